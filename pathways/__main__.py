"""Lets `python -m pathways` run the command-line interface."""

import sys

from pathways.cli import main

sys.exit(main())
