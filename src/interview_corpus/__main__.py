"""``python -m interview_corpus``: the same program as the ``interview-corpus`` script."""

import sys

from .cli._main import main

if __name__ == "__main__":
    sys.exit(main())
