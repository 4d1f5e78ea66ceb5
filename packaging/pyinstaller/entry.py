"""PyInstaller's entry script: the same ``main`` as the ``observer-app`` console script."""

import sys

from observer_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
