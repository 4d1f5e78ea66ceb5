"""A conference profile: one small JSON file listing where the conference's sources are.

    {"format": "observer-profile", "format_version": 1, "name": "PP-14", "timezone": "Asia/Seoul",
     "sources": [{"url": "channels.m3u", "refresh_minutes": 60},
                 {"url": "https://indico.example.org/export/event/7.json?detail=sessions",
                  "token_secret": "indico.token"}]}

Relative source addresses are resolved against the profile's own place. ``token_secret`` names a
secret in the keyring (``observer-app secret set indico.token``); the token itself is never here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from observer_app.core import clock
from observer_app.core.feeds.base import resolve_url
from observer_app.core.jsondoc import decode_json

FORMAT = "observer-profile"
FORMAT_VERSION = 1
KINDS = ("observer", "m3u", "xmltv", "ical", "indico", "pretalx", "rss", "page")
_SOURCE_KEYS = {"url", "refresh_minutes", "token_secret", "kind", "name"}
_SOURCE_PLACE = re.compile(r"sources/(\d+)[/:]")


class ProfileError(ValueError):
    """A profile that cannot be used; ``str()`` names the file, the field and the problem."""

    def __init__(self, source: str, place: str, problem: str):
        self.source, self.place, self.problem = source, place, problem
        super().__init__(f"{source}, {place}: {problem}" if place else f"{source}: {problem}")


@dataclass(frozen=True)
class ProfileSource:
    url: str
    refresh_minutes: int = 60
    token_secret: str = ""
    kind: str = ""  # empty: detected from the content


@dataclass
class Profile:
    name: str
    timezone: str = ""
    sources: list[ProfileSource] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: str = ""


def source_index(warning: str) -> int | None:
    """Which of the profile's sources a warning of ``parse_profile`` is about (its place is
    ``sources/N/...``), None for one about the whole profile."""
    found = _SOURCE_PLACE.match(warning)
    return int(found.group(1)) if found else None


def is_profile(raw: object) -> bool:
    return isinstance(raw, dict) and raw.get("format") == FORMAT


def parse_profile(data: bytes, source: str) -> Profile:
    """The profile in ``data`` (read from ``source``), or ``ProfileError``."""
    raw = decode_json(
        data,
        source,
        ProfileError,
        "this is HTML or XML, not a conference profile (JSON)",
        "a conference profile",
    )
    if not isinstance(raw, dict):
        raise ProfileError(source, "top level", "a profile is a JSON object")
    if raw.get("format") != FORMAT:
        raise ProfileError(source, "format", f"expected {FORMAT!r}, found {raw.get('format')!r}")
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProfileError(source, "format_version", "missing or not a whole number")
    if version > FORMAT_VERSION:
        raise ProfileError(
            source,
            "format_version",
            f"version {version} is newer than this app understands ({FORMAT_VERSION}); update Observer",
        )
    name = raw.get("name", "")
    if not isinstance(name, str):
        raise ProfileError(source, "name", "must be text")
    zone = raw.get("timezone", "")
    if not isinstance(zone, str):
        raise ProfileError(source, "timezone", "must be text such as 'Asia/Seoul'")
    if zone:
        try:
            clock.zone(zone)
        except clock.TimeZoneError as exc:
            raise ProfileError(source, "timezone", str(exc)) from None
    entries = raw.get("sources")
    if not isinstance(entries, list) or not entries:
        raise ProfileError(source, "sources", "a non-empty list of sources is required")
    profile = Profile(name.strip(), zone, source=source)
    for i, entry in enumerate(entries):
        profile.sources.append(_source(entry, f"sources/{i}", source, profile.warnings))
    for key in sorted(set(raw) - {"format", "format_version", "name", "timezone", "sources"}):
        profile.warnings.append(f"{key}: not a profile field; ignored")
    return profile


def _source(entry: object, place: str, source: str, warnings: list[str]) -> ProfileSource:
    if isinstance(entry, str):
        entry = {"url": entry}
    if not isinstance(entry, dict):
        raise ProfileError(source, place, 'a source is an object with a "url"')
    url = entry.get("url")
    if not isinstance(url, str) or not url.strip():
        raise ProfileError(source, f"{place}/url", "missing or empty")
    refresh = entry.get("refresh_minutes", 60)
    if not isinstance(refresh, int) or isinstance(refresh, bool) or refresh < 1:
        raise ProfileError(
            source, f"{place}/refresh_minutes", f"{refresh!r} is not a whole number of minutes >= 1"
        )
    secret = entry.get("token_secret", "")
    if not isinstance(secret, str):
        raise ProfileError(source, f"{place}/token_secret", "must be the name of a stored secret")
    kind = entry.get("kind", "")
    if kind and kind not in KINDS:
        raise ProfileError(source, f"{place}/kind", f"{kind!r} is not one of {', '.join(KINDS)}")
    for key in sorted(set(entry) - _SOURCE_KEYS):
        warnings.append(f"{place}/{key}: not a source field; ignored")
    return ProfileSource(
        resolve_url(url.strip(), source) if "://" not in url else url.strip(),
        refresh,
        secret.strip(),
        kind,
    )
