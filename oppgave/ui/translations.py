"""Installing the user's language: Qt translators for the UI and the hook for Qt-free code.

Source strings are Norwegian bokmål, so Norwegian needs no translator; English loads
``resources/translations/oppgave_en.qm`` (made from ``oppgave_en.ts`` by
``scripts/update_translations.py``). :func:`oppgave.i18n.translate` is routed through
``QCoreApplication.translate`` so that messages from the services and the domain (validation
errors, labels) follow the same language.
"""

from __future__ import annotations

import contextlib
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from oppgave import i18n

LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
_installed: list[QTranslator] = []


def translation_file(language: str) -> str:
    return f"oppgave_{language}.qm"


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the app to ``language`` ("nb" or "en"); ``False`` if its translation is missing.

    Removing or installing a translator makes Qt send every widget a LanguageChange event.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.install_translator(_qt_translate)
    QLocale.setDefault(
        QLocale(QLocale.Language.NorwegianBokmal if language == "nb" else QLocale.Language.English)
    )
    if language == "nb":
        return True
    resource = files("oppgave.resources") / "translations" / translation_file(language)
    if not resource.is_file():
        return False
    translator = QTranslator(app)
    with as_file(resource) as path:
        loaded = translator.load(str(path))
    if not loaded:
        with contextlib.suppress(RuntimeError):
            translator.deleteLater()
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def current_language() -> str:
    return "en" if _installed else "nb"
