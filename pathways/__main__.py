"""Lets `python -m pathways` run the command-line interface."""

import os
import sys

from pathways.cli import main

try:
    sys.exit(main())
except BrokenPipeError:
    # `python -m pathways jobs | head` closes the pipe early: that is the reader's choice, not an error.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)
