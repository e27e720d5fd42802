"""Lets `python -m pathways` run the command-line interface."""

import os
import sys

from pathways.cli import main

try:
    code = main()
    sys.stdout.flush()  # a short answer sits in the buffer until here: a closed pipe must fail inside this `try`
except BrokenPipeError:
    # `python -m pathways jobs | head` closes the pipe early: that is the reader's choice, not an error.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)
sys.exit(code)
