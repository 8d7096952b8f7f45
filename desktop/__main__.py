"""``python -m desktop``: the same entry point as the ``factsheet`` command."""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    # Bulk import starts worker processes; a frozen bundle must hand them over here.
    multiprocessing.freeze_support()
    sys.exit(main())
