"""The window's panes as dock widgets around the player, and the layouts "Watch", "Read" and
"Report" a click apart (View menu and toolbar).

The player is the central widget: a dock can be closed, floated or squeezed, the player cannot
vanish. Where the docks are is saved with QMainWindow.saveState in the profile's Qt settings
and restored at the next start; a first start gets the Watch layout on a window sized for the
screen. Sizes are fractions of the window, so the same layout works at 1280x800 and 1920x1080.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QToolBar, QWidget

from observer_app.ui import icons

Area = Qt.DockWidgetArea
# Dock ids -> their title (the ids are the object names saveState keys on: never rename).
PANES = {
    "schedule": QT_TRANSLATE_NOOP("Layouts", "Schedule"),
    "notes": QT_TRANSLATE_NOOP("Layouts", "Notes"),
    "documents": QT_TRANSLATE_NOOP("Layouts", "Documents"),
    "viewer": QT_TRANSLATE_NOOP("Layouts", "Document viewer"),
    "transcript": QT_TRANSLATE_NOOP("Layouts", "Transcript"),
}
# The View menu's items that show or hide each pane (mnemonics unique in that menu).
PANE_ITEMS = {
    "schedule": QT_TRANSLATE_NOOP("Layouts", "&Schedule pane"),
    "notes": QT_TRANSLATE_NOOP("Layouts", "N&otes pane"),
    "documents": QT_TRANSLATE_NOOP("Layouts", "&Documents pane"),
    "viewer": QT_TRANSLATE_NOOP("Layouts", "Document &viewer pane"),
    "transcript": QT_TRANSLATE_NOOP("Layouts", "Tr&anscript pane"),
}


@dataclass(frozen=True)
class Column:
    """One dock area: groups of tabbed panes stacked top to bottom, with their share of the
    window's width (side areas) or height (bottom area), and of the column's height."""

    area: Area
    groups: tuple[tuple[str, ...], ...]
    share: float
    heights: tuple[float, ...] = ()


@dataclass(frozen=True)
class Layout:
    key: str
    title: object  # QT_TRANSLATE_NOOP's marked English (typed object in PySide's stubs)
    item: object  # the View menu's item, with its mnemonic
    tip: object
    columns: tuple[Column, ...]


LAYOUTS = (
    # The video as wide as the notes leave it (58 % at 1280x800, full height), the notes
    # beside it, the schedule under the notes with its documents a tab away.
    Layout(
        "watch",
        QT_TRANSLATE_NOOP("Layouts", "Watch"),
        QT_TRANSLATE_NOOP("Layouts", "Wa&tch layout"),
        QT_TRANSLATE_NOOP("Layouts", "The video large, the notes and the schedule beside it"),
        (
            Column(
                Area.RightDockWidgetArea,
                (("notes",), ("schedule", "documents", "viewer", "transcript")),
                0.42,
                (0.58, 0.42),
            ),
        ),
    ),
    # A document page wide enough to read (fit width: a 10 pt body shows at 9 pt or more),
    # the full height; the video above the document list (10 rows and more).
    Layout(
        "read",
        QT_TRANSLATE_NOOP("Layouts", "Read"),
        QT_TRANSLATE_NOOP("Layouts", "&Read layout"),
        QT_TRANSLATE_NOOP(
            "Layouts", "A document page at reading size, the video and the document list beside it"
        ),
        (
            # The notes a tab behind the page: beside it they would leave no room to read.
            Column(Area.RightDockWidgetArea, (("viewer", "notes"),), 0.58),
            Column(Area.BottomDockWidgetArea, (("documents", "schedule", "transcript"),), 0.5),
        ),
    ),
    # Writing up: the notes list wide and tall, the video small, documents at hand to cite.
    Layout(
        "report",
        QT_TRANSLATE_NOOP("Layouts", "Report"),
        QT_TRANSLATE_NOOP("Layouts", "Re&port layout"),
        QT_TRANSLATE_NOOP("Layouts", "The notes wide to review and write, the video small"),
        (
            Column(Area.RightDockWidgetArea, (("notes",),), 0.58),
            Column(
                Area.BottomDockWidgetArea, (("documents", "schedule", "viewer", "transcript"),), 0.5
            ),
        ),
    ),
)


def _translated(text: object) -> str:
    return QCoreApplication.translate("Layouts", str(text))


class Panes:
    """Docks of ``window`` around its central player, their layouts and their saved state."""

    STATE_KEY = "window/state"
    GEOMETRY_KEY = "window/geometry"

    def __init__(self, window: QMainWindow, widgets: dict[str, QWidget]):
        self.window = window
        self.docks: dict[str, QDockWidget] = {}
        window.setDockNestingEnabled(True)
        # Side columns run the full height: the bottom area stays under the player only.
        window.setCorner(Qt.Corner.BottomLeftCorner, Area.LeftDockWidgetArea)
        window.setCorner(Qt.Corner.BottomRightCorner, Area.RightDockWidgetArea)
        for key, widget in widgets.items():
            dock = QDockWidget(_translated(PANES[key]), window)
            dock.setObjectName(f"dock_{key}")
            dock.setWidget(widget)
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
            )
            self.docks[key] = dock
        self.current = ""
        # Called after docks moved (the main window puts Tab back in reading order).
        self.rearranged: list = []
        self.group = QActionGroup(window)
        self.actions: dict[str, QAction] = {}
        for layout in LAYOUTS:
            action = QAction(_translated(layout.item), window)
            action.setIconText(_translated(layout.title))  # on the toolbar
            icons.set_icon(action, f"layout-{layout.key}")
            action.setCheckable(True)
            action.setToolTip(_translated(layout.tip))
            action.setObjectName(f"layout_{layout.key}")
            action.triggered.connect(lambda _checked=False, k=layout.key: self.apply(k))
            self.group.addAction(action)
            self.actions[layout.key] = action

    def layout(self, key: str) -> Layout:
        return next(layout for layout in LAYOUTS if layout.key == key)

    def apply(self, key: str) -> None:
        """Put every pane where layout ``key`` wants it; panes it does not name are closed."""
        layout = self.layout(key)
        window = self.window
        for dock in self.docks.values():
            dock.setFloating(False)
            window.removeDockWidget(dock)
        for column in layout.columns:
            orientation = (
                Qt.Orientation.Vertical
                if column.area == Area.BottomDockWidgetArea
                else Qt.Orientation.Horizontal
            )
            firsts = []
            for group in column.groups:
                first = self.docks[group[0]]
                window.addDockWidget(column.area, first, Qt.Orientation.Vertical)
                first.show()
                for other in group[1:]:
                    window.tabifyDockWidget(first, self.docks[other])
                    self.docks[other].show()
                first.raise_()
                firsts.append(first)
            total = window.width() if orientation == Qt.Orientation.Horizontal else window.height()
            window.resizeDocks([firsts[0]], [int(total * column.share)], orientation)
            if column.heights and len(firsts) > 1:
                height = window.height()
                window.resizeDocks(
                    firsts, [int(height * h) for h in column.heights], Qt.Orientation.Vertical
                )
        self.current = key
        self.actions[key].setChecked(True)
        self.name_tab_bars()

    def name_tab_bars(self) -> None:
        """The tab bars Qt makes for tabbed panes, named for screen readers; then whatever
        must follow a rearrangement (``rearranged``)."""
        for callback in self.rearranged:
            callback()
        for bar in self.window.findChildren(
            QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            bar.setAccessibleName(QCoreApplication.translate("Layouts", "Panes"))

    def reveal(self, key: str) -> None:
        """Show pane ``key`` where it is (in front of its tab group), or where Watch puts it."""
        dock = self.docks[key]
        if self.window.dockWidgetArea(dock) == Area.NoDockWidgetArea:
            self.window.addDockWidget(Area.RightDockWidgetArea, dock)
        dock.show()
        dock.raise_()

    def add_to(self, view_menu, toolbar: QToolBar) -> None:
        """Layouts and pane toggles into the View menu; layouts into the toolbar."""
        view_menu.addSeparator()
        for action in self.actions.values():
            view_menu.addAction(action)
            toolbar.addAction(action)
        view_menu.addSeparator()
        for key, dock in self.docks.items():
            toggle = dock.toggleViewAction()
            toggle.setText(_translated(PANE_ITEMS[key]))
            view_menu.addAction(toggle)

    # -- saved state ----------------------------------------------------------------------------
    def restore(self, settings: QSettings) -> None:
        """The last session's geometry and docks, else a window sized for the screen in Watch."""
        geometry, state = settings.value(self.GEOMETRY_KEY), settings.value(self.STATE_KEY)
        key = str(settings.value("window/layout") or "watch")
        self.current = key if key in self.actions else "watch"
        if not (geometry and self.window.restoreGeometry(geometry)):
            size_for_screen(self.window)
        if state and self.window.restoreState(state):
            self.actions[self.current].setChecked(True)
            self.name_tab_bars()
            return
        self.apply(self.current)

    def save(self, settings: QSettings) -> None:
        settings.setValue(self.GEOMETRY_KEY, self.window.saveGeometry())
        settings.setValue(self.STATE_KEY, self.window.saveState())
        settings.setValue("window/layout", self.current)


def size_for_screen(window: QWidget) -> None:
    """First start: most of the screen's free area, centred; all of it on a laptop screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(1280, 760)
        return
    free = screen.availableGeometry()
    if free.width() <= 1440 or free.height() <= 900:
        window.setGeometry(free)  # a laptop: every pixel counts
        return
    width, height = min(free.width() * 9 // 10, 1720), min(free.height() * 9 // 10, 1080)
    window.setGeometry(
        free.x() + (free.width() - width) // 2,
        free.y() + (free.height() - height) // 2,
        width,
        height,
    )
