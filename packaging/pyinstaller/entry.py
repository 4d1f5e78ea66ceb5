"""PyInstaller's entry script: the same ``main`` as the ``observer-app`` console script."""

import multiprocessing
import sys

from observer_app.__main__ import main

if __name__ == "__main__":
    # Background refreshes parse in a child process (observer_app/isolate.py); in the bundle
    # that child is this executable again, and this call turns it into the worker.
    multiprocessing.freeze_support()
    sys.exit(main())
