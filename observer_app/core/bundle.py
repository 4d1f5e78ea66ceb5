"""Team note bundles: the JSON format (docs/notes-bundle.md) and the merge rules. Pure: no Qt,
no SQL, no network; the service (``services.bundles``) reads and writes the store and the folder.

Observers of one organisation split the bodies between them and exchange their notes as bundles.
Merging must never lose a note and never duplicate one, so:

* every note keeps its UUID everywhere; a bundle lists every note, deleted ones as tombstones;
* two versions of a note are compared by a *content fingerprint* (what an edit can change);
* each side remembers, per note, the fingerprints of the versions it has held ("known versions",
  kept in the store's ancestor column and sent along in bundles). With them, an importer can tell
  a teammate's stale copy (a version it already had: keep ours) from a newer edit (a version that
  grew from ours: take it) from a concurrent edit (neither knew the other: keep both, visibly).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

import jsonschema

from observer_app.core import clock
from observer_app.core.jsondoc import decode_json
from observer_app.core.model import Note, StreamKind
from observer_app.core.transcript import TranscriptLine

#: A bundle, a note or the schema as parsed JSON.
JsonDict = dict[str, Any]

FORMAT = "observer-notes"
#: The newest version this code reads. It writes the lowest version that holds what it sends:
#: 1 for notes alone (every Observer reads it), 2 when transcript lines go too.
FORMAT_VERSION = 2
TRANSCRIPTS_VERSION = 2
#: Known versions remembered per note; older ones are forgotten (at worst a false conflict, never a loss).
MAX_VERSIONS = 64
#: Conflict copies get uuid5(this, original id + fingerprint): the same copy has the same id everywhere.
_COPY_NAMESPACE = uuid.UUID("6f1d8a52-3c1e-5b7a-9d0e-4b2f6c8a1e37")


class BundleError(ValueError):
    """A bundle that cannot be used; ``str()`` names the file, the place and the problem."""

    def __init__(self, source: str, place: str, problem: str):
        self.source, self.place, self.problem = source, place, problem
        where = f"{source}, {place}" if place else source
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Bundle:
    conference_id: str
    author: str
    exported: datetime
    notes: list[Note]
    #: note id -> the exporter's known versions (None: the bundle did not say).
    versions: dict[str, tuple[str, ...] | None]
    #: Transcript lines of the conference (format version 2; none in version 1).
    transcripts: list[TranscriptLine] = field(default_factory=list)


# -- fingerprints and known versions ----------------------------------------------------------------


def fingerprint(note: Note) -> str:
    """sha256 of the canonical JSON of ``note.content_key()``: equal iff the notes say the same."""
    canonical = json.dumps(list(note.content_key()), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def known_versions(ancestor_key: str | None) -> list[str]:
    """The fingerprints stored as a note's ancestor (space-separated, newest first)."""
    return ancestor_key.split() if ancestor_key else []


def make_ancestor_key(*groups: Iterable[str] | None) -> str:
    """Join fingerprint lists into a stored ancestor key: first occurrence wins, capped."""
    seen = dict.fromkeys(fp for group in groups if group for fp in group)
    return " ".join(list(seen)[:MAX_VERSIONS])


# -- what may leave the machine ---------------------------------------------------------------------


def withdrawal(note: Note) -> Note:
    """The tombstone that withdraws a note made private after it was shared: teammates learn of
    it as of a deletion, and nothing of what it says (text, speaker, item, stance, tags) goes."""
    return replace(
        note,
        text="",
        speaker="",
        agenda_item="",
        stance="",
        tags=(),
        for_feedback=True,
        deleted=True,
    )


def shareable(note: Note, was_shared: bool) -> Note | None:
    """What of ``note`` may go into a team bundle. A private note (not for feedback) never
    leaves the machine: left out, or, when a version of it was shared before, replaced by its
    withdrawal. Every other note (tombstones of shared notes too) goes as it is."""
    if note.for_feedback:
        return note
    return withdrawal(note) if was_shared else None


# -- writing -----------------------------------------------------------------------------------------


def _opt_iso(dt: datetime | None) -> str | None:
    return clock.iso_utc(dt) if dt else None


def note_to_dict(note: Note, versions: Iterable[str] | None = None) -> JsonDict:
    d = {
        "id": note.id,
        "conference_id": note.conference_id,
        "text": note.text,
        "utc": clock.iso_utc(note.utc),
        "body_id": note.body_id,
        "session_id": note.session_id,
        "stream_url": note.stream_url,
        "stream_kind": note.stream_kind.value if note.stream_kind else None,
        "media_position_ms": note.media_position_ms,
        "program_date_time": _opt_iso(note.program_date_time),
        "for_feedback": note.for_feedback,
        "created": clock.iso_utc(note.created),
        "updated": clock.iso_utc(note.updated),
        "speaker": note.speaker,
        "agenda_item": note.agenda_item,
        "stance": note.stance,
        "tags": list(note.tags),
        "author": note.author,
        "conflict_of": note.conflict_of,
        "deleted": note.deleted,
    }
    if note.edited_by and note.edited_by != note.author:
        d["edited_by"] = note.edited_by
    if versions is not None:
        d["versions"] = list(versions)
    return d


def line_to_dict(line: TranscriptLine) -> JsonDict:
    """A transcript line as a bundle holds it (its conference is the bundle's)."""
    return {
        "session_key": line.session_key,
        "body_id": line.body_id,
        "stream_url": line.stream_url,
        "start_ms": line.start_ms,
        "end_ms": line.end_ms,
        "utc": clock.iso_utc(line.utc),
        "text": line.text,
        "language": line.language,
        "source": line.source,
        "speaker": line.speaker,
        "documents": list(line.documents),
    }


def _line_order(line: TranscriptLine) -> tuple[str, datetime, int, str, str]:
    return (line.session_key, line.utc, line.start_ms, line.stream_url, line.text)


def to_bundle(
    conference_id: str,
    author: str,
    notes: Iterable[Note],
    now: datetime,
    versions: Mapping[str, Iterable[str]] | None = None,
    transcripts: Iterable[TranscriptLine] = (),
) -> JsonDict:
    """The bundle of ``notes`` (tombstones and conflict copies included), sorted by id so that
    the same notes always give the same file. ``versions``: note id -> its known versions.
    ``transcripts``: the conference's transcript lines; with any, the bundle is version 2."""
    versions = versions or {}
    lines = sorted(transcripts, key=_line_order)
    bundle: JsonDict = {
        "format": FORMAT,
        "format_version": TRANSCRIPTS_VERSION if lines else 1,
        "conference_id": conference_id,
        "author": author,
        "exported": clock.iso_utc(now),
        "notes": [note_to_dict(n, versions.get(n.id)) for n in sorted(notes, key=lambda n: n.id)],
    }
    if lines:
        bundle["transcripts"] = [line_to_dict(line) for line in lines]
    return bundle


def dumps(bundle: JsonDict) -> bytes:
    """Deterministic UTF-8 JSON: readable (indented, non-ASCII kept), one trailing newline."""
    return (json.dumps(bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# -- reading -----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def bundle_schema() -> JsonDict:
    """The shipped JSON Schema (read once, on first use), with its ``$ref``s to ``$defs`` inlined:
    resolving 20 references per note made validation twice as slow."""
    from observer_app.runtime.paths import resources_dir  # noqa: PLC0415 - keep core free of path setup

    schema = json.loads(
        (resources_dir() / "schema" / "notes-bundle.schema.json").read_text(encoding="utf-8")
    )
    inlined = _inline_refs(schema, schema.get("$defs", {}))
    assert isinstance(inlined, dict)
    return inlined


def _inline_refs(node: object, defs: JsonDict) -> object:
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if len(node) == 1 and ref.startswith("#/$defs/"):
            return _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


def _decode(data: bytes, source: str) -> object:
    return decode_json(
        data,
        source,
        BundleError,
        "this is HTML or XML (a login or error page?), not an Observer notes bundle",
        "a notes bundle",
    )


def _schema_message(error: jsonschema.ValidationError) -> str:
    if error.validator == "required":
        return str(error.message).replace("is a required property", "is missing")
    schema = error.schema if isinstance(error.schema, Mapping) else {}  # bool/unset: no words
    if error.validator == "pattern" and "offset" in str(schema.get("description", "")):
        return f"{error.instance!r} is not a date-time with a UTC offset (write it like 2026-11-30T06:15:01.234Z)"
    if error.validator == "pattern":
        return f"{error.instance!r} is not in the expected form"
    return str(error.message)


def _validate(raw: object, source: str, schema: JsonDict) -> None:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        found = (
            f"its format is {raw['format']!r}"
            if isinstance(raw, dict) and "format" in raw
            else "it has no format"
        )
        raise BundleError(
            source, "format", f"not an Observer notes bundle ({found}, expected {FORMAT!r})"
        )
    version = raw.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise BundleError(
            source,
            "format_version",
            f"this bundle is format version {version}, newer than this version of Observer "
            f"understands ({FORMAT_VERSION}); update Observer to import it",
        )
    lines = raw.get("transcripts")
    if isinstance(lines, list) and lines:
        # Thousands of lines: jsonschema took 0.7 ms each (13 s for ten 3-hour sittings); the
        # same rules checked directly take a few µs. The rest goes through the schema.
        raw = {**raw, "transcripts": []}
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(raw), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        first = errors[0]
        place = "/".join(str(p) for p in first.absolute_path) or "top level"
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise BundleError(source, place, _schema_message(first) + more)
    if isinstance(lines, list):
        for i, line in enumerate(lines):
            _check_line(line, source, f"transcripts/{i}")


_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$")
_LINE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "session_key": str,
    "body_id": (str, type(None)),
    "stream_url": str,
    "start_ms": int,
    "end_ms": int,
    "utc": str,
    "text": str,
    "language": str,
    "source": str,
    "speaker": str,
    "documents": list,
}


def _check_line(line: object, source: str, place: str) -> None:
    """The schema's ``transcript_line`` rules, checked directly (see ``_validate``);
    tests/unit/test_transcript_sharing.py holds both to the same answers."""
    if not isinstance(line, dict):
        raise BundleError(source, place, f"{line!r} is not of type 'object'")
    missing = [k for k in _LINE_FIELDS if k not in line]
    if missing:
        raise BundleError(source, place, f"{missing[0]!r} is missing")
    extra = sorted(set(line) - set(_LINE_FIELDS))
    if extra:
        raise BundleError(source, place, f"Additional properties are not allowed ({extra[0]!r})")
    for key, kind in _LINE_FIELDS.items():
        value = line[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise BundleError(source, f"{place}/{key}", f"{value!r} is not of the expected type")
    for key in ("start_ms", "end_ms"):
        if line[key] < 0:
            raise BundleError(
                source, f"{place}/{key}", f"{line[key]} is less than the minimum of 0"
            )
    problem = _line_problem(line)
    if problem:
        raise BundleError(source, f"{place}/{problem[0]}", problem[1])


def _line_problem(line: dict[str, Any]) -> tuple[str, str] | None:
    if not line["session_key"]:
        return "session_key", "'' should be non-empty"
    if not _INSTANT.match(line["utc"]):
        return "utc", (
            f"{line['utc']!r} is not a date-time with a UTC offset (write it like "
            "2026-11-30T06:15:01.234Z)"
        )
    if line["source"] not in ("automatic", "captions"):
        return "source", f"{line['source']!r} is not one of ['automatic', 'captions']"
    bad = next((d for d in line["documents"] if not isinstance(d, str)), None)
    if bad is not None:
        return "documents", f"{bad!r} is not of type 'string'"
    return None


def _note_from_dict(d: JsonDict) -> Note:
    def opt_dt(text: str | None) -> datetime | None:
        return clock.parse_iso(text) if text else None

    return Note(
        id=d["id"].lower(),
        conference_id=d["conference_id"],
        text=d["text"],
        utc=clock.parse_iso(d["utc"]),
        body_id=d["body_id"],
        session_id=d["session_id"],
        stream_url=d["stream_url"],
        stream_kind=StreamKind(d["stream_kind"]) if d["stream_kind"] else None,
        media_position_ms=d["media_position_ms"],
        program_date_time=opt_dt(d["program_date_time"]),
        for_feedback=d["for_feedback"],
        created=clock.parse_iso(d["created"]),
        updated=clock.parse_iso(d["updated"]),
        speaker=d["speaker"],
        agenda_item=d["agenda_item"],
        stance=d["stance"],
        tags=tuple(d["tags"]),
        author=d["author"],
        conflict_of=d["conflict_of"].lower() if d["conflict_of"] else None,
        deleted=d["deleted"],
        edited_by=d.get("edited_by", ""),
    )


def _line_from_dict(d: JsonDict, conference_id: str) -> TranscriptLine:
    return TranscriptLine(
        conference_id=conference_id,
        session_key=d["session_key"],
        start_ms=d["start_ms"],
        end_ms=d["end_ms"],
        utc=clock.parse_iso(d["utc"]),
        text=d["text"],
        language=d["language"],
        source=d["source"],
        speaker=d["speaker"],
        body_id=d["body_id"],
        stream_url=d["stream_url"],
        documents=tuple(d["documents"]),
    )


def _read_lines(raw: JsonDict, source_name: str) -> list[TranscriptLine]:
    lines = []
    for i, d in enumerate(raw.get("transcripts", ())):
        try:
            lines.append(_line_from_dict(d, raw["conference_id"]))
        except ValueError as exc:  # an impossible date the pattern let through
            raise BundleError(
                source_name, f"transcripts/{i}", f"impossible date or time ({exc})"
            ) from None
    return lines


def read_bundle(data: bytes, source_name: str, schema: JsonDict | None = None) -> Bundle:
    """Parse and validate bundle bytes; every problem is a ``BundleError`` naming
    ``source_name`` (a path or URL), the JSON path and what is wrong."""
    raw = _decode(data, source_name)
    _validate(raw, source_name, schema or bundle_schema())
    assert isinstance(raw, dict)
    notes: list[Note] = []
    versions: dict[str, tuple[str, ...] | None] = {}
    for i, d in enumerate(raw["notes"]):
        place = f"notes/{i}"
        if d["conference_id"] != raw["conference_id"]:
            raise BundleError(
                source_name,
                f"{place}/conference_id",
                f"note of conference {d['conference_id']!r} in a bundle of {raw['conference_id']!r}",
            )
        try:
            note = _note_from_dict(d)
        except ValueError as exc:  # an impossible date the pattern let through (month 13)
            raise BundleError(source_name, place, f"impossible date or time ({exc})") from None
        if note.id in versions:
            raise BundleError(source_name, f"{place}/id", f"note {note.id} appears twice")
        versions[note.id] = tuple(d["versions"]) if "versions" in d else None
        notes.append(note)
    try:
        exported = clock.parse_iso(raw["exported"])
    except ValueError as exc:
        raise BundleError(source_name, "exported", f"impossible date or time ({exc})") from None
    lines = _read_lines(raw, source_name)
    return Bundle(raw["conference_id"], raw["author"], exported, notes, versions, lines)


# -- merging -----------------------------------------------------------------------------------------


class Outcome(StrEnum):
    ADDED = "added"  # we did not have the note: take it
    UNCHANGED = "unchanged"  # both say the same
    UPDATED = "updated"  # theirs grew from ours: take theirs
    KEPT = "kept"  # theirs is a version we already had: keep ours
    CONFLICT = "conflict"  # both changed it: keep ours, add theirs as a conflict copy
    RESTORED = "restored"  # we deleted it, they edited it: the edit wins, the note comes back


@dataclass(frozen=True)
class MergeDecision:
    outcome: Outcome
    #: Write this under the note's id (None: leave the local note as it is).
    note: Note | None
    #: A conflict copy to add (its own id; ``conflict_of`` names the original).
    copy: Note | None
    #: The note's new ancestor key (known versions, newest agreed first).
    ancestor: str
    copy_ancestor: str | None = None


def conflict_copy(remote: Note, remote_fp: str | None = None) -> Note:
    """The remote version kept beside ours, under an id that depends only on the original id and
    the content: importing the same bundle twice, or on two machines, yields the same copy."""
    fp = remote_fp or fingerprint(remote)
    copy_id = str(uuid.uuid5(_COPY_NAMESPACE, f"{remote.id}:{fp}"))
    return replace(remote, id=copy_id, conflict_of=remote.conflict_of or remote.id)


def merge(
    local: Note | None,
    remote: Note,
    ancestor_key: str | None,
    remote_versions: Iterable[str] | None = None,
) -> MergeDecision:
    """Three-way merge of one note.

    ``ancestor_key``: what the store remembers for the note (fingerprints of versions we held,
    the last agreed one first). ``remote_versions``: the versions the other side had held, when
    its bundle says; without them the classic rule applies (ours unchanged since the ancestor:
    take theirs).
    """
    r = fingerprint(remote)
    theirs = list(remote_versions) if remote_versions is not None else None
    if local is None:
        return MergeDecision(Outcome.ADDED, remote, None, make_ancestor_key([r], theirs))
    local_fp = fingerprint(local)
    mine = known_versions(ancestor_key)
    if local_fp == r:
        return MergeDecision(
            Outcome.UNCHANGED, None, None, make_ancestor_key([local_fp], mine, theirs)
        )
    remote_is_stale = r in mine  # a version we already had and moved on from
    remote_grew_from_ours = local_fp in (theirs if theirs is not None else mine)
    if remote_is_stale and remote_grew_from_ours:
        # Both held both versions: someone went back to an earlier text. The later edit wins,
        # decided the same way on every machine.
        remote_grew_from_ours = (remote.updated, r) > (local.updated, local_fp)
        remote_is_stale = not remote_grew_from_ours
    if remote_is_stale:
        return MergeDecision(Outcome.KEPT, None, None, make_ancestor_key(mine, theirs))
    if remote_grew_from_ours:
        return MergeDecision(Outcome.UPDATED, remote, None, make_ancestor_key([r], mine, theirs))
    # Concurrent changes. An edit always beats a deletion, so nothing anyone wrote disappears.
    if local.deleted and not remote.deleted:
        return MergeDecision(
            Outcome.RESTORED, remote, None, make_ancestor_key([r], mine, theirs, [local_fp])
        )
    known = make_ancestor_key([local_fp], mine, theirs, [r])
    if remote.deleted:  # they deleted what we edited: keep ours, there is nothing to show of theirs
        return MergeDecision(Outcome.CONFLICT, None, None, known)
    if keeps_place(remote, r, local, local_fp):  # theirs is the note, ours the conflicting edit
        return MergeDecision(
            Outcome.CONFLICT,
            remote,
            conflict_copy(local, local_fp),
            known,
            make_ancestor_key([local_fp]),
        )
    return MergeDecision(
        Outcome.CONFLICT, None, conflict_copy(remote, r), known, make_ancestor_key([r])
    )


def keeps_place(a: Note, a_fp: str, b: Note, b_fp: str) -> bool:
    """Of two concurrent versions of a note, whether ``a`` stays the note (``b`` becoming the
    conflicting edit beside it). The same answer on every machine, whichever version it holds:
    the version of the note's author wins over a teammate's edit; between two teammates' edits,
    the earlier one stays and the later one is marked."""
    owner = a.author or b.author
    a_by_owner = (a.edited_by or a.author) == owner
    b_by_owner = (b.edited_by or b.author) == owner
    if a_by_owner != b_by_owner:
        return a_by_owner
    return (a.updated, a_fp) <= (b.updated, b_fp)


def redundant_copies(notes: Iterable[Note]) -> list[Note]:
    """Live conflict copies that now say exactly what their live original says (both sides met
    the same conflict at once and settled on the same text): they can be retired as tombstones."""
    notes = list(notes)
    live = {n.id: fingerprint(n) for n in notes if not n.deleted}
    return [
        n
        for n in notes
        if n.conflict_of and not n.deleted and live.get(n.conflict_of) == live.get(n.id)
    ]
