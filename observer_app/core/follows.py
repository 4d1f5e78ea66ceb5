"""What the observer follows, and which followed sessions are due a reminder.

Following a body means following every session it holds; following a session means just
that one. Reminders fire once per session, ``lead`` before it starts; when the app starts
late (the session has already begun but not ended), the reminder still fires, saying so,
because "Committee 5 started 3 minutes ago" is still worth a notification.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from observer_app.core.model import Conference, Session

BODY, SESSION = "body", "session"


@dataclass(frozen=True)
class Follow:
    kind: str  # BODY or SESSION
    target_id: str


def is_followed(session: Session, follows: Iterable[Follow]) -> bool:
    wanted = set(follows)
    return Follow(SESSION, session.id) in wanted or Follow(BODY, session.body_id) in wanted


def followed_sessions(conference: Conference, follows: Iterable[Follow]) -> list[Session]:
    """Every session followed directly or through its body, in time order. Looked up by id,
    not with ``is_followed`` per session (a set copied for each of 2,000 sessions: 30 ms of
    the GUI thread at each reminder check and refresh)."""
    wanted = set(follows)
    sessions = {f.target_id for f in wanted if f.kind == SESSION}
    bodies = {f.target_id for f in wanted if f.kind == BODY}
    if not sessions and not bodies:
        return []
    return sorted(
        (s for s in conference.sessions if s.id in sessions or s.body_id in bodies),
        key=lambda s: (s.start, s.body_id),
    )


@dataclass(frozen=True)
class Reminder:
    session: Session
    body_label: str
    #: Minutes until the start (negative: started that many minutes ago).
    minutes: int

    @property
    def key(self) -> str:
        """Identifies the reminder so that it is shown once (a rescheduled session fires again)."""
        return f"{self.session.id}@{self.session.start.isoformat()}"

    def message(self) -> str:
        if self.minutes > 0:
            return f"{self.body_label}: “{self.session.title}” starts in {self.minutes} min."
        if self.minutes == 0:
            return f"{self.body_label}: “{self.session.title}” starts now."
        return f"{self.body_label}: “{self.session.title}” started {-self.minutes} min ago."


def due_reminders(
    conference: Conference,
    follows: Iterable[Follow],
    now: datetime,
    lead: timedelta,
    shown: set[str],
) -> list[Reminder]:
    """Followed sessions within ``lead`` of their start (or under way), not shown yet."""
    due = []
    for session in followed_sessions(conference, follows):
        if not session.start - lead <= now < session.end:
            continue
        body = conference.body(session.body_id)
        seconds = (session.start - now).total_seconds()
        minutes = (
            int(seconds // 60 + (1 if seconds % 60 else 0)) if seconds > 0 else -int(-seconds // 60)
        )
        reminder = Reminder(session, body.label if body else session.body_id, minutes)
        if reminder.key not in shown:
            due.append(reminder)
    return due
