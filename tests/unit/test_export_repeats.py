"""What a report repeats is made once per render (core/export/repeats.py), and never given to
the wrong note."""

from __future__ import annotations

from types import SimpleNamespace

from observer_app.core.export.repeats import OncePerObject, OncePerValue


def test_once_per_value_makes_each_key_once_and_keeps_keys_apart():
    made = []
    who = OncePerValue(lambda key: made.append(key) or f"{key[0]} ({key[1]})")
    assert who(("Egypt", "opposes")) == "Egypt (opposes)"
    assert who(("Egypt", "supports")) == "Egypt (supports)"
    assert who(("Egypt", "opposes")) == "Egypt (opposes)"
    assert made == [("Egypt", "opposes"), ("Egypt", "supports")]


def test_once_per_object_tells_objects_apart_by_identity_hashable_or_not():
    made = []
    cited = OncePerObject(lambda docs: made.append(docs) or "; ".join(d.symbol for d in docs))
    shared = [SimpleNamespace(symbol="DT/33")]  # unhashable, as an older report's objects
    other = [SimpleNamespace(symbol="ADM/54")]
    assert cited(shared) == "DT/33"
    assert cited(other) == "ADM/54"
    assert cited(shared) == "DT/33"
    assert made == [shared, other]
    # The object is kept: its id cannot go to a new object while the render runs.
    assert cited([SimpleNamespace(symbol="67")]) == "67"
