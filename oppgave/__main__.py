"""``python -m oppgave`` does what the ``oppgave`` command does."""

from oppgave.cli.main import main

raise SystemExit(main())
