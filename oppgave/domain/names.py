"""How names are compared when the same thing arrives twice (import, paste, the task library).

People retype task names with different capitals, double spaces, a trailing full stop or a
non-breaking space from Word; these must still be the same task, or a second import of the same
sheet would duplicate every task. Only such noise is removed: "Stell (morgen)" and "Stell morgen"
stay different names.
"""

from __future__ import annotations

import unicodedata

_TRIM = " \t\r\n.,:;·-–—*\"'«»“”‘’"


def normalise_name(name: str) -> str:
    """The key a name is compared by: NFKC, case-folded, whitespace collapsed, surrounding
    punctuation and quotes removed."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = " ".join(text.split())
    return text.strip(_TRIM)
