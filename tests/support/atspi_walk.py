"""Read an application's accessibility tree through AT-SPI, as Orca does, and print it as JSON.

Run with the system Python (Debian's python3-gi and gir1.2-atspi-2.0; the project's venv has no
GObject bindings): ``/usr/bin/python3 tests/support/atspi_walk.py PID``. One JSON object per
interactive, showing control: its role, the name a screen reader speaks, its description, its
value (combo text, field text), and the names of the labels it is labelled by.

Used by tests/gui/test_accessibility.py; also handy by hand under a real desktop.
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "page tab list",
    "page tab",
    "table",
    "tree table",
    "list",
    "tree",
}


def find_app(pid: int, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_process_id() == pid:
                return app
        time.sleep(0.2)
    return None


def _value(node) -> str:
    try:
        text = node.get_text_iface()
        if text is not None:
            return text.get_text(0, text.get_character_count())
    except Exception:
        pass
    return ""


def _labelled_by(node) -> list[str]:
    names = []
    try:
        for relation in node.get_relation_set():
            if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
                for i in range(relation.get_n_targets()):
                    names.append(relation.get_target(i).get_name() or "")
    except Exception:
        pass
    return names


def walk(node, window: str, out: list, depth: int = 0) -> None:
    if node is None or depth > 60:
        return
    role = node.get_role_name()
    if role in ("frame", "dialog", "window"):
        window = node.get_name() or role
    states = node.get_state_set()
    showing = states.contains(Atspi.StateType.SHOWING)
    if role in INTERACTIVE and showing:
        out.append(
            {
                "window": window,
                "role": role,
                "name": node.get_name() or "",
                "description": node.get_description() or "",
                "value": _value(node),
                "labelled_by": _labelled_by(node),
            }
        )
    if role in ("table", "tree table", "list", "tree", "combo box"):
        return  # rows and cells are content, not controls; a combo's list is its value
    for i in range(node.get_child_count()):
        walk(node.get_child_at_index(i), window, out, depth + 1)


def main() -> int:
    app = find_app(int(sys.argv[1]))
    if app is None:
        print(json.dumps({"error": "application not found on the accessibility bus"}))
        return 1
    out: list = []
    for i in range(app.get_child_count()):
        walk(app.get_child_at_index(i), "", out)
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
