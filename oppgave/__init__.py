"""oppgave: task sharing (oppgavedeling) for municipal health and care services."""

__version__ = "0.1.0"
