"""``python -m directive_report`` runs the command line."""

import sys

from directive_report.cli import main

sys.exit(main())
