"""Streams and bodies made in bulk for playlists: the model's frozen dataclasses, built without
running their ``__init__`` when that only stores fields.

A frozen dataclass stores each field through ``object.__setattr__``; for the iptv-org index
(4,600 channels) that was the costliest step of a channel (1.2 us of 4). Filling the instance
``__dict__`` in field order gives an equal object with the same attributes in the same order; if
the model ever gives ``Stream`` or ``Body`` something their ``__init__`` must run, ``plain_fields``
says so and the real constructor is used.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from observer_app.core.model import Body, Stream, StreamKind

#: ``(id, body_id, url, kind, user_agent, referrer) -> Stream``
StreamBuilder = Callable[[str, str, str, StreamKind, "str | None", "str | None"], Stream]
#: ``(id, name) -> Body``
BodyBuilder = Callable[[str, str], Body]


def plain_fields(cls: type[Any], *given: str) -> dict[str, Any] | None:
    """The instance ``__dict__`` of dataclass ``cls`` with its defaults (``given`` fields None),
    or None when ``cls`` needs its ``__init__`` (``__post_init__``, slots, a default factory, a
    required field not given, a field left out of ``__init__``)."""
    fields = dataclasses.fields(cls)
    if (
        hasattr(cls, "__post_init__")
        or "__slots__" in vars(cls)
        or not set(given) <= {f.name for f in fields}
        or any(
            not f.init or (f.name not in given and f.default is dataclasses.MISSING) for f in fields
        )
    ):
        return None
    return {f.name: None if f.name in given else f.default for f in fields}


def _stream_builder() -> StreamBuilder:
    template = plain_fields(Stream, "id", "body_id", "url", "kind", "user_agent", "referrer")
    if template is None:
        return lambda id_, body_id, url, kind, user_agent, referrer: Stream(
            id_, body_id, url, kind, user_agent=user_agent, referrer=referrer
        )
    new = object.__new__

    def build(
        id_: str,
        body_id: str,
        url: str,
        kind: StreamKind,
        user_agent: str | None,
        referrer: str | None,
    ) -> Stream:
        made = new(Stream)
        fill = made.__dict__
        fill.update(template)
        fill["id"], fill["body_id"], fill["url"], fill["kind"] = id_, body_id, url, kind
        fill["user_agent"], fill["referrer"] = user_agent, referrer
        return made

    return build


def _body_builder() -> BodyBuilder:
    template = plain_fields(Body, "id", "name")
    if template is None:
        return Body
    new = object.__new__

    def build(id_: str, name: str) -> Body:
        made = new(Body)
        fill = made.__dict__
        fill.update(template)
        fill["id"], fill["name"] = id_, name
        return made

    return build


#: ``Stream(id, body_id, url, kind, user_agent=..., referrer=...)``, the fast way when possible.
new_stream = _stream_builder()
#: ``Body(id, name)``, the fast way when possible.
new_body = _body_builder()
