"""How many phrases of the corpus the two old parsers got wrong (issue 15).

Before issue 15 the task table read cells with ``oppgave/domain/cell_text.py`` and the Excel import
with ``oppgave/exchange/free_text.py``. Both are gone; this script loads them from a git revision
where they still exist and runs ``tests/corpus/task_phrases.py`` through each, counting a phrase
as wrong when the parser gives another value than the corpus expects, accepts a phrase that must
be refused, or refuses a phrase it should read. A field a parser had no function for (the table
had no day column, the import no restriction column) is counted separately as «not covered».

    python scripts/count_old_parser_errors.py [REV]      # REV: default e1e4e22 (main before #15)
"""

from __future__ import annotations

import math
import subprocess
import sys
import tempfile
import types
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.corpus.task_phrases import (  # noqa: E402
    CORPUS,
    REFUSED,
    Continuous,
    Freq,
)

DEFAULT_REV = "e1e4e22"


def _load(rev: str, path: str, name: str) -> types.ModuleType:
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = types.ModuleType(name)
    module.__dict__["__name__"] = name
    sys.modules[name] = module  # dataclasses look their module up
    exec(compile(source, path, "exec"), module.__dict__)
    return module


def _catalogue() -> tuple[list[Any], list[Any]]:
    from oppgave.services import catalogue, workspaces

    with tempfile.TemporaryDirectory() as folder:
        with workspaces.new_workspace(Path(folder) / "c.oppgave") as workspace:
            return catalogue.list_roles(workspace), catalogue.list_competences(workspace)


def _same_frequency(value: Any, expected: Freq) -> bool:
    return (
        math.isclose(value.count, expected.count, rel_tol=1e-6)
        and value.unit.value == expected.unit
        and int(value.days) == expected.days
    )


def _judge(
    field: str, read: Any, expected: Any, roles: dict[int, str], comps: dict[int, str]
) -> bool:
    """Whether a reading (or None for a refusal) is what the corpus expects."""
    if expected is REFUSED:
        return read is None
    if read is None:
        return False
    if isinstance(expected, Continuous):
        return False  # neither old parser knew continuous presence
    if field == "frequency":
        return _same_frequency(read, expected)
    if field == "duration":
        return math.isclose(read, expected, rel_tol=1e-6)
    if field == "windows":
        return tuple((w.start_minute, w.end_minute) for w in read) == tuple(sorted(expected))
    if field in ("days", "staff"):
        return int(read) == expected
    if field == "shares":
        mapped = {roles[k]: v for k, v in read.items()}
        return mapped.keys() == expected.keys() and all(
            math.isclose(mapped[k], expected[k], abs_tol=0.01) for k in mapped
        )
    if field == "competences":
        return {comps[c] for c in read} == expected
    if field == "restriction":
        kind, level, allowed = read
        return (
            kind.value == expected.kind
            and (level if kind.value == "min_level" else None) == expected.level
            and {roles[r] for r in allowed} == set(expected.roles)
        )
    return str(getattr(read, "value", read)) == expected


def main() -> int:
    rev = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_REV
    cell_text = _load(rev, "oppgave/domain/cell_text.py", "old_cell_text")
    free_text = _load(rev, "oppgave/exchange/free_text.py", "old_free_text")
    from oppgave.domain.enums import Category, TaskStatus

    role_list, competence_list = _catalogue()
    roles = {r.id: r.code for r in role_list}
    comps = {c.id: c.code for c in competence_list}
    matcher = free_text.RoleMatcher(role_list)
    competence_matcher = free_text.CompetenceMatcher(competence_list)

    def ft_competences(text: str) -> Any:
        parsed = free_text.parse_competences(text, competence_matcher)
        if parsed.unknown:
            raise free_text.FreeTextError("unknown")
        return parsed.competence_ids

    old_table = {
        "frequency": cell_text.parse_frequency,
        "duration": cell_text.parse_duration,
        "windows": cell_text.parse_windows,
        "staff": cell_text.parse_staff,
        "shares": lambda t: cell_text.parse_shares(t, role_list),
        "competences": lambda t: cell_text.parse_competences(t, competence_list),
        "restriction": lambda t: cell_text.parse_restriction(t, role_list),
        "category": lambda t: cell_text.parse_choice(t, Category),
        "status": lambda t: cell_text.parse_choice(t, TaskStatus),
    }
    old_import = {
        "frequency": lambda t: free_text.parse_frequency(t).frequency,
        "duration": lambda t: free_text.parse_duration(t).minutes,
        "windows": free_text.parse_times,
        "days": free_text.parse_days,
        "staff": free_text.parse_staff_count,
        "shares": lambda t: free_text.parse_roles(t, matcher).shares,
        "competences": ft_competences,
        "category": free_text.parse_category,
        "status": free_text.parse_status,
    }
    print(f"Corpus: {len(CORPUS)} phrases (tests/corpus/task_phrases.py); old parsers from {rev}")
    for name, parsers in (("cell_text (table)", old_table), ("free_text (import)", old_import)):
        wrong: Counter[str] = Counter()
        uncovered = 0
        examples: list[str] = []
        for field, text, expected in CORPUS:
            parse = parsers.get(field)
            if parse is None:
                uncovered += 1
                continue
            try:
                read = parse(text)
            except Exception:  # noqa: BLE001 - a refusal of either kind
                read = None
            if not _judge(field, read, expected, roles, comps):
                wrong[field] += 1
                if len(examples) < 12 and field == "frequency":
                    examples.append(f"    {text!r} → {read!r}")
        covered = len(CORPUS) - uncovered
        print(
            f"{name}: {sum(wrong.values())} wrong of {covered} phrases it covers "
            f"({uncovered} not covered: no function for that field) — by field: {dict(wrong)}"
        )
        for line in examples:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
