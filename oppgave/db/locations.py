"""Where a workspace lives: a file path, or a ``postgresql://`` URL naming a server database.

Stdlib only, so the command line can tell the two apart before it imports the database layer.
"""

from __future__ import annotations

from urllib.parse import urlsplit

#: URL schemes that name a server (``postgresql://`` and ``postgres://`` mean psycopg 3).
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_server_url(location: object) -> bool:
    """Whether ``location`` (a path or a string from the user) names a server database."""
    if not isinstance(location, str) or "://" not in location:
        return False
    return urlsplit(location).scheme.lower() in SERVER_SCHEMES
