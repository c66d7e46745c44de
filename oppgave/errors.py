"""Exceptions the services raise for the UI and the CLI to show.

Every exception carries a message meant for the user (already translated); the UI shows it in a
dialog or next to the cell, the CLI prints it and exits with a non-zero code. No traceback should
ever reach a user for an :class:`OppgaveError`.
"""

from __future__ import annotations


class OppgaveError(Exception):
    """Base of every error that has a message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class WorkspaceFileError(OppgaveError):
    """A workspace file cannot be created, opened or written."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


class WorkspaceNotFoundError(WorkspaceFileError):
    pass


class NotAWorkspaceError(WorkspaceFileError):
    """The file is not an oppgave workspace (another kind of file, or another SQLite database)."""


class CorruptWorkspaceError(WorkspaceFileError):
    """The file was a workspace but is damaged (truncated, failed integrity check)."""


class NewerSchemaError(WorkspaceFileError):
    """The file was written by a newer version of the app."""


class ReadOnlyWorkspaceError(WorkspaceFileError):
    """The file or its folder cannot be written."""


class ReviewCopyError(OppgaveError):
    """A change refused because the workspace is a review copy (only comments may be written),
    or a review copy that cannot be used for what was asked."""


class ValidationError(OppgaveError):
    """Input that the domain refuses; ``field`` names what was wrong, for the UI to point at."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(OppgaveError):
    """A name or id that matches nothing (or, for names, more than one thing)."""


class ConflictError(OppgaveError):
    """An action that would break integrity, e.g. deleting a role that tasks still use."""


class OutputFileError(OppgaveError):
    """A file the user asked for (report, export, copy, new workspace) cannot be written where
    asked: the target is a workspace or the command's own input, exists without ``--force``, or
    the disk refused (full, no access, name too long). Nothing was written under that name."""

    def __init__(self, message: str, path: str = "", *, reason: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason  # the disk's reason alone ("disken er full"), when there is one
