"""``python -m interview_corpus``: the same program as the ``interview-corpus`` script."""

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main())
