"""Observer: follow intergovernmental conferences from afar.

Nothing here runs at import time; see ``observer_app.__main__`` for the entry point.
"""

__version__ = "0.1.0"
APP_NAME = "Observer"
APP_ID = "observer-app"
