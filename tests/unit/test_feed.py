"""The conference feed loader: the demo through the user's code path, and every kind of bad input."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from support.clock import PINNED_NOW

from observer_app.core.feeds.ownjson import FeedError, load_schema, parse_feed
from observer_app.core.model import FLOOR, StreamKind
from observer_app.runtime import paths as app_paths
from observer_app.services.conference import open_feed, open_with_fallback

SCHEMA = None


def schema():
    global SCHEMA
    SCHEMA = SCHEMA or load_schema(app_paths.feed_schema())
    return SCHEMA


def demo_raw() -> dict:
    return json.loads(app_paths.demo_feed().read_text(encoding="utf-8"))


def parse(raw, source="/feeds/test.json"):
    return parse_feed(json.dumps(raw).encode(), source, schema(), now=PINNED_NOW)


def test_demo_feed_is_a_valid_conference(demo_conference):
    conf = demo_conference
    assert conf.timezone == "Asia/Seoul"
    assert {b.id for b in conf.bodies} >= {"plenary", "wgpl", "com5", "com6"}
    assert len(conf.documents) >= 8
    symbols = {d.symbol for d in conf.documents}
    assert {"67", "67(Rev.1)", "67(Add.2)", "DT/33", "ADM/54"} <= symbols
    days = {s.start.date() for s in conf.sessions}
    assert len(days) >= 3


def test_demo_media_and_documents_exist_and_have_languages(demo_conference):
    for stream in demo_conference.streams:
        path = Path(stream.url.removeprefix("file://"))
        assert path.is_file() and path.stat().st_size > 10_000, stream.url
        languages = [a.language for a in stream.audio]
        assert languages[0] == FLOOR and len(languages) >= 3
    for doc in demo_conference.documents:
        assert doc.files, doc.symbol
        for f in doc.files:
            data = Path(f.url.removeprefix("file://")).read_bytes()
            assert data.startswith(b"%PDF-"), f.url


def test_demo_committed_media_stays_small():
    demo = app_paths.resources_dir() / "demo"
    total = sum(p.stat().st_size for p in demo.rglob("*") if p.suffix in (".mkv", ".pdf"))
    assert total < 8 * 1024 * 1024


@pytest.mark.parametrize("hour", range(0, 24))
def test_demo_has_every_body_live_at_any_hour(hour):
    now = PINNED_NOW.replace(hour=hour, minute=59, second=30)
    conf = open_feed(str(app_paths.demo_feed()), None, now=now).feed.conference
    assert conf.featured_body == "com5"
    assert all(conf.current_session(b.id, now) for b in conf.bodies)


def test_demo_rebase_makes_the_anchor_day_today(demo_conference):
    anchor = demo_conference.session("com5-d2-am")
    seoul = __import__("zoneinfo").ZoneInfo("Asia/Seoul")
    assert anchor.start.astimezone(seoul).date() == PINNED_NOW.astimezone(seoul).date()
    # Every body sits in parallel, and there are past sessions (archives) and future ones.
    assert all(demo_conference.current_session(b.id, PINNED_NOW) for b in demo_conference.bodies)
    assert any(s.is_past(PINNED_NOW) and s.archive_url for s in demo_conference.sessions)
    assert any(s.start > PINNED_NOW for s in demo_conference.sessions)


def test_relative_urls_resolve_against_the_feed():
    conf = parse(demo_raw(), "/somewhere/feeds/conf.json").conference
    assert conf.stream("com5-webcast").url == "file:///somewhere/feeds/media/com5.mkv"
    conf = parse(demo_raw(), "https://example.org/pp/feed.json").conference
    assert conf.stream("com5-webcast").url == "https://example.org/pp/media/com5.mkv"
    assert conf.stream("com5-webcast").kind is StreamKind.LIVE


def test_without_demo_block_times_are_kept():
    raw = demo_raw()
    del raw["demo"]
    conf = parse(raw).conference
    first = conf.session("plenary-d1-am")
    assert first.start.isoformat() == "2026-03-02T00:30:00+00:00"


@pytest.mark.parametrize(
    "mutate,place,problem",
    [
        (lambda r: r.pop("bodies"), "top level", "'bodies' is missing"),
        (
            lambda r: r["conference"].update(timezone="Asia/Nowhere"),
            "conference/timezone",
            "unknown time zone",
        ),
        (
            lambda r: r["sessions"][3].update(body="com9"),
            "sessions/3/body",
            "refers to body 'com9'",
        ),
        (
            lambda r: r["sessions"][0].update(start="2014-10-20 09:30"),
            "sessions/0/start",
            "with a UTC offset",
        ),
        (
            lambda r: r["sessions"][0].update(start="2014-10-20T09:30:00"),
            "sessions/0/start",
            "with a UTC offset",
        ),
        (
            lambda r: r["sessions"][0].update(start="2026-02-30T09:30:00+09:00"),
            "sessions/0",
            "impossible date",
        ),
        (
            lambda r: r["documents"][0].update(date="2026-02-30"),
            "documents/0/date",
            "is not a valid date",
        ),
        (lambda r: r["streams"][0].update(url="http://[::1"), "", "bad address"),
        (
            lambda r: r["sessions"][0].update(end=r["sessions"][0]["start"]),
            "sessions/0/end",
            "ends before it starts",
        ),
        (lambda r: r["streams"].append(dict(r["streams"][0])), "streams/4", "duplicate id"),
        (lambda r: r.update(format_version=7), "format_version", "newer than this app"),
        (lambda r: r["bodies"][0].update(colour="red"), "bodies/0", "'colour' was unexpected"),
    ],
)
def test_bad_feeds_name_place_and_problem(mutate, place, problem):
    raw = demo_raw()
    mutate(raw)
    with pytest.raises(FeedError) as err:
        parse(raw, "/feeds/bad.json")
    assert err.value.place == place
    assert problem in err.value.problem
    assert str(err.value).startswith("/feeds/bad.json")


@pytest.mark.parametrize(
    "data,place,problem",
    [
        (b"", "", "empty"),
        (b"\xff\xfe{\x00", "byte 0", "not UTF-8"),
        (b"<!DOCTYPE html><html><body>Not found</body></html>", "line 1", "HTML"),
        (
            b'{"format": "observer-conference",\n  "format_version": 1,\n  "bodies": [,]}',
            "line 3, column 14",
            "invalid JSON",
        ),
        (b"[1, 2, 3]", "top level", "not of type 'object'"),
    ],
)
def test_unreadable_bytes(data, place, problem):
    with pytest.raises(FeedError) as err:
        parse_feed(data, "x.json", schema())
    assert err.value.place == place
    assert problem in err.value.problem


def test_bom_is_accepted():
    data = b"\xef\xbb\xbf" + json.dumps(demo_raw()).encode()
    assert parse_feed(data, "bom.json", schema(), now=PINNED_NOW).conference.id == "pp-demo"


def test_unrecognised_symbol_is_a_warning_not_an_error():
    raw = demo_raw()
    raw["documents"][0]["symbol"] = "Information paper no. 3"
    loaded = parse(raw)
    assert any("Information paper no. 3" in w for w in loaded.warnings)
    assert loaded.conference.document("Information paper no. 3") is not None


def test_missing_feed_file_falls_back_to_demo_and_says_why(tmp_path):
    missing = tmp_path / "nope.json"
    result = open_with_fallback(str(missing), None, now=PINNED_NOW)
    assert result.feed.conference.id == "pp-demo"
    assert str(missing) in result.problems[0] and "no such file" in result.problems[0]
    with pytest.raises(FeedError, match="is a directory"):
        open_feed(str(tmp_path))


def test_feed_sessions_shift_together(demo_conference):
    a, b = demo_conference.session("com5-d2-am"), demo_conference.session("com5-d2-pm")
    assert b.start - a.start == timedelta(hours=6)


def test_deeply_nested_json_is_a_feed_error():
    data = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(FeedError, match="nested too deeply"):
        parse_feed(data, "deep.json", schema())


def test_a_bad_refresh_never_replaces_the_last_good_copy(tmp_path):
    """A captive portal answering 200 with HTML must not erase the conference."""
    import http.server
    import threading

    good = app_paths.demo_feed().read_bytes()
    bodies = [good, b"<html>Please log in to the hotel Wi-Fi</html>"]

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = bodies[0] if len(bodies) == 2 else bodies[-1]
            if len(bodies) == 2:
                bodies.pop(0)
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/feed.json"
    try:
        first = open_feed(url, tmp_path, now=PINNED_NOW)
        assert first.feed.conference.id == "pp-demo" and not first.problems
        second = open_feed(url, tmp_path, now=PINNED_NOW)  # now the portal page
        assert second.feed.conference.id == "pp-demo"
        assert (
            not second.problems and "the server sent a web page (a login page?)" in second.stale[0]
        )
        assert "using the copy saved earlier" in second.stale[0]
        third = open_feed(url, tmp_path, now=PINNED_NOW)
        assert third.feed.conference.id == "pp-demo"  # the copy was not overwritten by the portal
    finally:
        server.shutdown()


def test_stream_headers_from_fields_or_url_suffix():
    raw = demo_raw()
    raw["streams"][0]["url"] = (
        "https://cdn.example/pl/master.m3u8|User-Agent=Mozilla%2F5.0&Referer=https://itu.example/"
    )
    raw["streams"][1].update(
        url="https://cdn.example/wg/master.m3u8", user_agent="Kodi/20", referrer="https://x/"
    )
    conf = parse(raw).conference
    first, second = conf.streams[0], conf.streams[1]
    assert (first.url, first.user_agent, first.referrer) == (
        "https://cdn.example/pl/master.m3u8",
        "Mozilla/5.0",
        "https://itu.example/",
    )
    assert (second.user_agent, second.referrer) == ("Kodi/20", "https://x/")


@pytest.mark.parametrize("raw", [b"[]", b'"a feed"', b"42"])
def test_a_feed_that_is_not_a_json_object_is_refused_even_unvalidated(raw):
    # A shipped feed is read without its schema: a non-object must still be a FeedError (what the
    # caller reports), not an AttributeError out of the model builder.
    with pytest.raises(FeedError) as caught:
        parse_feed(raw, "shipped.json", None, now=PINNED_NOW)
    assert caught.value.problem == "the feed is not a JSON object"
