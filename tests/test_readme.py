"""README's promises stay true: CI runs exactly its test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _shell_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(b for b in _shell_blocks(readme) if "pytest" in b)
    assert "\n" not in test_command, "one command"
    assert test_command in ci.splitlines()


def test_readme_starts_the_app_on_the_demo_in_one_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = next(b for b in _shell_blocks(readme) if "--demo" in b and "pip install" in b)
    assert "\n" not in start
