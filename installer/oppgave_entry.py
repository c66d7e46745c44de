"""Entry point of the frozen bundle: the same ``oppgave`` command as the pip-installed one."""

import sys

from oppgave.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
