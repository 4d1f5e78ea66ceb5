"""The demo conference shipped with the app is validated here, by the suite, not at each start
(importing jsonschema cost the first picture 0.1 s; issue 15)."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema

from observer_app.core.feeds.ownjson import FeedError, load_schema
from observer_app.runtime import paths as app_paths


def test_the_bundled_demo_feed_follows_the_schema():
    schema = load_schema(app_paths.feed_schema())
    demo = json.loads(app_paths.demo_feed().read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    assert [e.message for e in validator.iter_errors(demo)] == []


def test_opening_the_demo_does_not_import_jsonschema():
    code = (
        "import sys\n"
        "from observer_app.runtime import paths\n"
        "from observer_app.services.conference import open_feed\n"
        "result = open_feed(str(paths.demo_feed()))\n"
        "print(len(result.feed.conference.sessions) > 0, 'jsonschema' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


def test_any_other_feed_is_still_validated(tmp_path):
    feed = json.loads(app_paths.demo_feed().read_text(encoding="utf-8"))
    feed["bodies"][0]["id"] = 42  # not a string
    path = tmp_path / "conference.json"
    path.write_text(json.dumps(feed))
    from observer_app.services.conference import open_feed

    try:
        open_feed(str(path))
    except FeedError as exc:
        assert "bodies/0/id" in str(exc) and "42" in str(exc)
    else:
        raise AssertionError("a feed breaking the schema was accepted")


def test_the_bundled_demo_is_an_observer_feed_so_its_kind_is_not_detected_at_each_start():
    from observer_app.core.feeds.detect import detect_kind

    data = app_paths.demo_feed().read_bytes()
    assert detect_kind(data, str(app_paths.demo_feed())) == "observer"
    code = (
        "import sys\n"
        "from observer_app.runtime import paths\n"
        "from observer_app.services.conference import open_feed\n"
        "result = open_feed(str(paths.demo_feed()))\n"
        "readers = ('indico', 'pretalx', 'rss')\n"
        "print(*[f'observer_app.core.feeds.{r}' in sys.modules for r in readers])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]
