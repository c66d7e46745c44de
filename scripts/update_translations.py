"""Refresh the translation sources and compile them.

    python scripts/update_translations.py            # update .ts from the code, compile .qm
    python scripts/update_translations.py --check    # exit 1 if a string is missing or untranslated

``pyside6-lupdate`` extracts ``self.tr(...)``, ``QCoreApplication.translate(...)``,
``translate(...)`` (:mod:`oppgave.i18n`) and ``QT_TRANSLATE_NOOP(...)`` by itself. Many modules
wrap the call in a small ``_tr(text)`` helper with a fixed context, which lupdate cannot follow;
this script finds those helpers with :mod:`ast`, writes their strings as plain
``translate("Context", "text")`` calls into a temporary file, and hands that to lupdate too.
Translations already in the ``.ts`` files are kept; strings no longer in the code are dropped.
Then ``pyside6-lrelease`` compiles every ``.ts`` into the ``.qm`` the app loads.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "oppgave"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}


def _pyside_tool(tool: str, *args: str) -> None:
    code = (
        "import sys; from PySide6.scripts import pyside_tool; "
        f"sys.argv[0] = 'pyside6-{tool}'; sys.exit(pyside_tool.{tool}())"
    )
    subprocess.run([sys.executable, "-c", code, *args], check=True)


def _helper_context(function: ast.FunctionDef) -> str | None:
    """The fixed context of ``def _tr(text): return translate("Ctx", text)``, else None."""
    if len(function.args.args) != 1 or len(function.body) != 1:
        return None
    statement = function.body[0]
    if not isinstance(statement, ast.Return) or not isinstance(statement.value, ast.Call):
        return None
    call = statement.value
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    if name != "translate" or len(call.args) != 2:
        return None
    context, text = call.args
    if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
        return None
    if not (isinstance(text, ast.Name) and text.id == function.args.args[0].arg):
        return None
    return context.value


def _module_name(path: Path) -> str:
    """``oppgave/report/sections/common.py`` → ``oppgave.report.sections.common``."""
    parts = path.resolve().relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def wrapped_strings(paths: list[Path]) -> list[tuple[str, str]]:
    """(context, text) of every ``helper("literal")`` call whose helper has a fixed context,
    defined in the same file or imported by name from another one (``from
    oppgave.report.sections.common import _tr``: one helper serves a whole package)."""
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"), filename=str(path)) for path in paths
    }
    defined = {
        _module_name(path): {
            node.name: context
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and (context := _helper_context(node)) is not None
        }
        for path, tree in trees.items()
    }
    found: list[tuple[str, str]] = []
    for path, tree in trees.items():
        helpers = dict(defined[_module_name(path)])
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module in defined:
                for alias in node.names:
                    if alias.name in defined[node.module]:
                        helpers[alias.asname or alias.name] = defined[node.module][alias.name]
        if not helpers:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append((helpers[node.func.id], node.args[0].value))
    return found


def update(languages: tuple[str, ...] = LANGUAGES, folder: Path = TRANSLATIONS) -> None:
    """Run lupdate for each language into ``folder`` (existing translations are kept)."""
    sources = sorted(p for p in SOURCES.rglob("*.py") if "migrations" not in p.parts)
    with tempfile.TemporaryDirectory() as scratch:
        extra = Path(scratch) / "wrapped_strings.py"
        lines = ["from oppgave.i18n import translate", ""]
        for context, text in wrapped_strings(sources):
            lines.append(
                f"translate({json.dumps(context, ensure_ascii=False)}, "
                f"{json.dumps(text, ensure_ascii=False)})"
            )
        extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
        folder.mkdir(parents=True, exist_ok=True)
        for language in languages:
            ts = folder / f"oppgave_{language}.ts"
            _pyside_tool(
                "lupdate",
                *map(str, sources),
                str(extra),
                "-source-language",
                "nb_NO",
                "-target-language",
                language,
                "-locations",
                "none",
                "-no-obsolete",
                "-ts",
                str(ts),
            )


def release() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        _pyside_tool("lrelease", str(ts), "-qm", str(ts.with_suffix(".qm")))


def messages(ts: Path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def not_extracted(language: str) -> set[tuple[str, str]]:
    """Strings in the code that the committed .ts file does not have yet."""
    with tempfile.TemporaryDirectory() as folder:
        update((language,), Path(folder))
        fresh = messages(Path(folder) / f"oppgave_{language}.ts")
    return fresh - messages(TRANSLATIONS / f"oppgave_{language}.ts")


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of messages without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished") or not message.findtext("source"):
                continue  # an empty source text needs no translation
            if kind == "unfinished" or not (translation.text or "").strip():
                missing.append((name, message.findtext("source", "")))
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is missing")
    args = parser.parse_args()
    if not args.check:
        update()
        release()
    status = 0
    for language in LANGUAGES:
        if args.check:
            for context, source in sorted(not_extracted(language)):
                print(f"{language}: not in the .ts file [{context}] {source!r}")
                status = 1
        missing = unfinished(TRANSLATIONS / f"oppgave_{language}.ts")
        for context, source in missing:
            print(f"{language}: untranslated [{context}] {source!r}")
        status |= bool(missing)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
