"""``python -m dateline``: the ``dateline`` command, for an environment without its script."""

import sys

from dateline.cli import main

sys.exit(main())
