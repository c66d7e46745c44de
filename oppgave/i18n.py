"""The one translation hook for code that must not import Qt (db, services, analysis, reports).

Source strings are Norwegian bokmål, the product's first language. ``translate(context, text)``
has the same shape as ``QCoreApplication.translate`` so that ``pyside6-lupdate`` extracts these
calls into ``resources/translations/*.ts``; the UI (or the CLI) installs Qt's translator with
:func:`install_translator` when another language is chosen. Placeholders use ``str.format``
names, so a translation can reorder them.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_generation = 0


def translate(context: str, text: str) -> str:
    """Translate ``text`` (Norwegian source) in ``context`` with the installed translator."""
    return _translator(context, text)


def translator_generation() -> int:
    """A number that changes with every :func:`install_translator` (each change of language
    calls it, even with the same function): what a cache of translated words is keyed on."""
    return _generation


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for extraction without translating it yet (for tables of labels)."""
    return text


def install_translator(translator: Translator | None) -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores the Norwegian source)."""
    global _translator, _generation
    _translator = translator or _identity
    _generation += 1
