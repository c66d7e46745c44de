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


def with_credentials(address: str, user: str, password: str = "") -> str:
    """``address`` (``postgresql://maskin:5432/database``) with ``user`` and, if given,
    ``password`` put in, quoted. The result lives only in memory (the «Koble til server»
    dialog): a password is never written to settings, and shown URLs hide it."""
    from urllib.parse import quote, urlsplit, urlunsplit

    parts = urlsplit(address.strip())
    host = parts.netloc.rpartition("@")[2]
    credentials = quote(user.strip(), safe="")
    if password:
        credentials += ":" + quote(password, safe="")
    netloc = f"{credentials}@{host}" if credentials else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
