"""Installing the user's language: Qt translators for the UI and the hook for Qt-free code.

Source strings are Norwegian bokmål, so Norwegian needs no translator for our own texts; English
loads ``resources/translations/oppgave_en.qm`` (made from ``oppgave_en.ts`` by
``scripts/update_translations.py``). Qt's own texts (file dialogs, «Save»/«Cancel» buttons,
text-field menus) are English at the source, so Norwegian loads Qt's ``qtbase_nb.qm``: from Qt's
translations folder when it has one, else ours (``resources/qt_translations``; the
PySide6-Essentials wheel ships none for bokmål). :func:`oppgave.i18n.translate` is routed through
``QCoreApplication.translate`` so that messages from the services and the domain (validation
errors, labels) follow the same language.
"""

from __future__ import annotations

import contextlib
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from oppgave import i18n

LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
_installed: list[QTranslator] = []
_language = "nb"
#: Qt's own catalogues to load per language (the app's texts are bokmål already).
QT_CATALOGUES = {"nb": ("qtbase",)}


def translation_file(language: str) -> str:
    return f"oppgave_{language}.qm"


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the app to ``language`` ("nb" or "en"); ``False`` if its translation is missing.

    Removing or installing a translator makes Qt send every widget a LanguageChange event.
    """
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.install_translator(_qt_translate)
    QLocale.setDefault(
        QLocale(QLocale.Language.NorwegianBokmal if language == "nb" else QLocale.Language.English)
    )
    _language = language
    for catalogue in QT_CATALOGUES.get(language, ()):
        _install(app, qt_translation(catalogue, language))
    if language == "nb":
        return True
    resource = files("oppgave.resources") / "translations" / translation_file(language)
    if not resource.is_file():
        return False
    with as_file(resource) as path:
        return _install(app, str(path))


def _install(app: QCoreApplication, path: str | None) -> bool:
    if path is None:
        return False
    translator = QTranslator(app)
    if not translator.load(path):
        with contextlib.suppress(RuntimeError):
            translator.deleteLater()
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def qt_translation(catalogue: str, language: str) -> str | None:
    """The ``.qm`` file of Qt's ``catalogue`` (``qtbase``) in ``language``: Qt's own, if its
    translations folder has one (a system Qt, a later wheel), else the one we ship."""
    name = f"{catalogue}_{language}.qm"
    shipped_by_qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / name
    if shipped_by_qt.is_file():
        return str(shipped_by_qt)
    ours = files("oppgave.resources") / "qt_translations" / name
    if not ours.is_file():
        return None
    with as_file(ours) as path:  # a real file for an installed package (not a zip)
        return str(path)


def current_language() -> str:
    return _language
