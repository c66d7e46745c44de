"""Helpers shared by the UI tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from oppgave.domain.enums import Category, DayType, FrequencyUnit, Restriction, ServiceType, Shift
from oppgave.domain.records import Frequency, TimeWindow
from oppgave.services import catalogue, organisation, scenarios, staffing, tasks, workspaces
from oppgave.ui.common.dialog_service import DepartmentFields, DialogService, FileKind, with_suffix
from oppgave.ui.document.department_context import DepartmentContext


class ScriptedDialogs(DialogService):
    """Answers every dialog at once from queued answers, and records what was asked."""

    def __init__(self) -> None:
        super().__init__(None)
        self.asked: list[tuple[str, str, str]] = []
        self.answers: dict[str, list[Any]] = {}
        self.kinds: list[FileKind] = []  # the kind of each save dialog asked for

    def answer(self, kind: str, *values: Any) -> None:
        self.answers.setdefault(kind, []).extend(values)

    def _next(self, kind: str, default: Any) -> Any:
        queue = self.answers.get(kind)
        return queue.pop(0) if queue else default

    def messages(self, kind: str) -> list[str]:
        return [message for k, _title, message in self.asked if k == kind]

    def error(self, title: str, message: str) -> None:
        self.asked.append(("error", title, message))

    def information(self, title: str, message: str) -> None:
        self.asked.append(("information", title, message))

    def confirm(self, title: str, message: str, accept_text: str) -> bool:
        self.asked.append(("confirm", title, message))
        return bool(self._next("confirm", True))

    def choose(self, title: str, message: str, options: list[str]) -> int | None:
        self.asked.append(("choose", title, message))
        return self._next("choose", None)

    def get_text(self, title: str, label: str, text: str = "") -> str | None:
        self.asked.append(("get_text", title, label))
        return self._next("get_text", text)

    def get_item(self, title: str, label: str, items: list[str], current: int = 0) -> int | None:
        self.asked.append(("get_item", title, label))
        return self._next("get_item", current)

    def get_share(self, title: str, label: str, maximum: float) -> float | None:
        self.asked.append(("get_share", title, label))
        return self._next("get_share", maximum)

    def edit_department(
        self, title: str, initial: DepartmentFields | None = None
    ) -> DepartmentFields | None:
        self.asked.append(("edit_department", title, ""))
        return self._next("edit_department", initial)

    def open_file(
        self, title: str, directory: str = "", kind: FileKind = FileKind.WORKSPACE
    ) -> str | None:
        self.asked.append(("open_file", title, directory))
        return self._next("open_file", None)

    def save_file(
        self, title: str, suggested: str = "", kind: FileKind = FileKind.WORKSPACE
    ) -> str | None:
        """Answers with the queued path as the real dialog would return it: with the kind's
        suffix added when missing (the real dialog is tested in test_file_dialogs.py)."""
        self.asked.append(("save_file", title, suggested))
        self.kinds.append(kind)
        answer = self._next("save_file", None)
        return with_suffix(answer, kind.suffix) if answer else answer

    def crash(self, title: str, message: str, details: str) -> None:
        self.asked.append(("crash", title, message + "\n" + details))


def build_small_workspace(path: Path) -> Path:
    """One department (Solsiden) with six known tasks, a proposal, positions and staffing."""
    ws = workspaces.new_workspace(path)
    try:
        roles = {role.code: role.id for role in catalogue.list_roles(ws)}
        comps = {c.code: c.id for c in catalogue.list_competences(ws)}
        melhus = organisation.create_municipality(ws, "Melhus")
        department = organisation.create_department(
            ws, melhus.id, "Solsiden", ServiceType.LONG_TERM, residents=20
        )
        organisation.create_department(ws, melhus.id, "Bakkehuset", ServiceType.DEMENTIA)
        day = Frequency(1, FrequencyUnit.DAY)
        tasks.create_task(
            ws,
            department.id,
            "Morgenstell",
            assignment={roles["HFA"]: 70.0, roles["ASS"]: 30.0},
            frequency=Frequency(12, FrequencyUnit.DAY),
            duration_minutes=20.0,
            competence_ids={comps["STELL"]},
            windows=(TimeWindow(420, 600),),
        )
        tasks.create_task(
            ws,
            department.id,
            "Insulin",
            assignment={roles["SPL"]: 100.0},
            frequency=Frequency(4, FrequencyUnit.DAY),
            duration_minutes=10.0,
            competence_ids={comps["LM-INSULIN"]},
            restriction=Restriction.AUTHORISED,
        )
        tasks.create_task(
            ws,
            department.id,
            "Forflytning",
            assignment={roles["HFA"]: 100.0},
            frequency=Frequency(6, FrequencyUnit.DAY),
            duration_minutes=15.0,
            staff_count=2,
            competence_ids={comps["FORFLYT"]},
        )
        tasks.create_task(
            ws,
            department.id,
            "Turnusplanlegging",
            assignment={roles["SPL"]: 100.0},
            frequency=Frequency(2, FrequencyUnit.WEEK),
            duration_minutes=60.0,
            category=Category.ADMINISTRATIVE,
            competence_ids={comps["TURNUS"]},
        )
        tasks.create_task(
            ws,
            department.id,
            "Middag",
            assignment={roles["ASS"]: 100.0},
            frequency=day,
            duration_minutes=45.0,
            category=Category.PRACTICAL,
            notes="kjøkkenet",
        )
        tasks.create_task(ws, department.id, "Aktivitet", frequency=day, duration_minutes=30.0)
        scenarios.create_scenario(ws, department.id, "Forslag A")
        staffing.replace_department_staffing(
            ws,
            department.id,
            [(roles["HFA"], 100.0, 2), (roles["HFA"], 75.0, 4), (roles["SPL"], 100.0, 3)],
            [
                (roles["HFA"], Shift.DAY, DayType.WEEKDAY, 3),
                (roles["SPL"], Shift.NIGHT, DayType.WEEKEND, 1),
            ],
        )
    finally:
        ws.close()
    return path


def wait_loaded(qtbot: QtBot, context: DepartmentContext) -> None:
    qtbot.waitUntil(lambda: not context.loading, timeout=10_000)
