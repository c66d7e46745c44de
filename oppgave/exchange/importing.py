"""Importing a department's sheet into a workspace: where it goes, what it is checked against,
and writing an accepted plan in one transaction.

:class:`SheetImport` is what the CLI and the import dialog use::

    session = SheetImport.open(workspace, "kartlegging.xlsx", ImportTarget("Avdeling 2"))
    plan = session.plan(ImportOptions(overrides=...))     # as often as the user changes things
    outcome = session.apply(plan)                           # one transaction, all or nothing

Decisions (see ``docs/exchange.md``): "Hvem gjør i dag" goes to the baseline «I dag»; "Hvem kan
gjøre" goes to a proposal (``ImportTarget.proposal``, default «Forslag fra import», created as
a copy of «I dag» when missing); a department that does not exist is created under the given
municipality (or the first one; a municipality is created only when named). Nothing is written
while a plan has errors, unless the rows with errors are skipped on purpose.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from oppgave import output_files
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.errors import NotFoundError, OppgaveError, ValidationError
from oppgave.exchange.columns import Field
from oppgave.exchange.sheet_import import (
    DEFAULT_PROPOSAL_NAME,
    ImportContext,
    ImportOptions,
    ImportPlan,
    PlannedRow,
    RowAction,
    plan_import,
)
from oppgave.exchange.workbook_reading import WorkbookGrid, read_workbook
from oppgave.i18n import translate
from oppgave.services import (
    catalogue,
    organisation,
    scenarios,
    settings,
    staffing,
    tasks,
    workspaces,
)
from oppgave.services.tasks import TaskDraft


def _tr(text: str) -> str:
    return translate("Import", text)


class ImportRefusedError(OppgaveError):
    """The plan has errors: nothing was written."""


@dataclass(frozen=True, slots=True)
class ImportTarget:
    """Where a sheet goes: a department by name, id or "Kommune/Avdeling"; the municipality a
    new department is created in; the scenario that gets "Hvem kan gjøre"."""

    department: str | int
    municipality: str | None = None
    proposal: str | None = None


@dataclass(frozen=True, slots=True)
class ResolvedTarget:
    department: r.Department | None
    department_name: str
    municipality: r.Municipality | None
    municipality_name: str
    proposal: r.Scenario | None
    proposal_name: str

    @property
    def creates_department(self) -> bool:
        return self.department is None

    @property
    def creates_municipality(self) -> bool:
        return self.department is None and self.municipality is None


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    department: r.Department
    proposal: r.Scenario | None
    created: int
    updated: int
    unchanged: int
    skipped: int
    created_department: bool = False
    created_proposal: bool = False


def resolve_target(workspace: Workspace, target: ImportTarget) -> ResolvedTarget:
    """The department (existing, or to be created), its municipality and the proposal.

    Raises :class:`OppgaveError` when the department is ambiguous, an id that does not exist,
    or a new department has nowhere to go.
    """
    key = str(target.department).strip()
    if not key:
        raise ValidationError(_tr("Oppgi avdelingen det skal importeres til."), "department")
    proposal_name = " ".join((target.proposal or DEFAULT_PROPOSAL_NAME).split())
    try:
        department = organisation.resolve_department(workspace, key)
    except NotFoundError:
        department = None
        if key.isdigit() or _name_taken(workspace, key):
            raise
    if department is not None:
        home = next(
            m
            for m in organisation.list_municipalities(workspace)
            if m.id == department.municipality_id
        )
        proposal = _find_proposal(workspace, department.id, proposal_name)
        return ResolvedTarget(department, department.name, home, home.name, proposal, proposal_name)
    name = key
    municipality_name = target.municipality
    if "/" in key and municipality_name is None:
        municipality_name, _, name = (part.strip() for part in key.partition("/"))
    municipalities = organisation.list_municipalities(workspace)
    municipality: r.Municipality | None = None
    if municipality_name:
        folded = municipality_name.strip().casefold()
        municipality = next((m for m in municipalities if m.name.casefold() == folded), None)
    elif municipalities:
        municipality = municipalities[0]
        municipality_name = municipality.name
    else:
        raise ValidationError(
            _tr(
                "Avdelingen {name} finnes ikke, og arbeidsfilen har ingen kommune å lage den i. "
                "Oppgi kommunen (--municipality NAVN)."
            ).format(name=name),
            "municipality",
        )
    return ResolvedTarget(None, name, municipality, municipality_name or "", None, proposal_name)


def _name_taken(workspace: Workspace, key: str) -> bool:
    """Whether several departments have this name (then resolve's message should stand)."""
    folded = key.casefold()
    return (
        sum(1 for d in organisation.list_departments(workspace) if d.name.casefold() == folded) > 1
    )


def _find_proposal(workspace: Workspace, department_id: int, name: str) -> r.Scenario | None:
    for scenario in scenarios.list_scenarios(workspace, department_id):
        if scenario.name.casefold() == name.casefold():
            if scenario.is_baseline:
                raise ValidationError(
                    _tr(
                        "«{name}» er utgangspunktet; velg et annet scenario for «Hvem kan gjøre»."
                    ).format(name=name),
                    "scenario",
                )
            return scenario
    return None


def load_context(
    workspace: Workspace, target: ResolvedTarget, uuids: frozenset[str] = frozenset()
) -> ImportContext:
    """The catalogue, shifts and the target department's tasks and assignments; ``uuids``
    found in the sheet are looked up so a task of another department is recognised."""
    department_tasks: tuple[r.Task, ...] = ()
    today: Mapping[int, Mapping[int, float]] = {}
    future: Mapping[int, Mapping[int, float]] | None = None
    if target.department is not None:
        department_tasks = tuple(tasks.list_tasks(workspace, target.department.id))
        baseline = scenarios.baseline(workspace, target.department.id)
        today = scenarios.get_assignments(workspace, baseline.id)
        if target.proposal is not None:
            future = scenarios.get_assignments(workspace, target.proposal.id)
    own = {t.uuid for t in department_tasks}
    foreign = frozenset(u for u in tasks.tasks_by_uuid(workspace, uuids - own))
    roles = tuple(catalogue.list_roles(workspace))
    loaded_settings = settings.load(workspace)
    care_roles: tuple[int, ...] = ()
    if target.department is not None:
        # «Alle» split evenly: the roles the department has positions for, except support roles
        staffed = staffing.positions_fte_by_role(workspace, target.department.id)
        support = set(loaded_settings.support_role_codes)
        care_roles = tuple(
            role.id for role in roles if staffed.get(role.id, 0.0) > 0 and role.code not in support
        )
    return ImportContext(
        roles=roles,
        care_role_ids=care_roles,
        competences=tuple(catalogue.list_competences(workspace)),
        courses=tuple(catalogue.list_courses(workspace)),
        shifts=loaded_settings.shifts,
        tasks=department_tasks,
        today=today,
        future=future,
        foreign_uuids=foreign,
    )


class SheetImport:
    """One sheet file being imported into one workspace (the CLI's run, the dialog's life)."""

    def __init__(self, workspace: Workspace, grid: WorkbookGrid, target: ResolvedTarget) -> None:
        self.workspace = workspace
        self.grid = grid
        self.target = target
        self.context = load_context(workspace, target)
        self._stale = False

    @classmethod
    def open(cls, workspace: Workspace, path: Path | str, target: ImportTarget) -> SheetImport:
        """Read the file (raising :class:`~oppgave.exchange.workbook_reading.WorkbookError`
        for a bad file) and resolve where it goes."""
        grid = read_workbook(path)
        return cls(workspace, grid, resolve_target(workspace, target))

    def plan(self, options: ImportOptions | None = None) -> ImportPlan:
        """The plan for the user's current choices; cheap enough to call on every change."""
        if self._stale:
            self.context = load_context(self.workspace, self.target)
            self._stale = False
        plan = plan_import(self.grid, self.context, options)
        uuids = frozenset(
            row.uuid for row in plan.rows if row.uuid is not None and row.task_id is None
        )
        if uuids - self.context.foreign_uuids:
            found = load_context(self.workspace, self.target, uuids).foreign_uuids
            if found - self.context.foreign_uuids:
                self.context = replace(
                    self.context, foreign_uuids=self.context.foreign_uuids | found
                )
                plan = plan_import(self.grid, self.context, options)
        return plan

    def apply(self, plan: ImportPlan, *, skip_invalid: bool = False) -> ImportOutcome:
        outcome = apply_plan(self.workspace, plan, self.target, skip_invalid=skip_invalid)
        self.target = resolve_target(
            self.workspace,
            ImportTarget(outcome.department.id, None, self.target.proposal_name),
        )
        self._stale = True  # compare later plans with what is now stored (loaded when asked)
        return outcome


def apply_plan(
    workspace: Workspace, plan: ImportPlan, target: ResolvedTarget, *, skip_invalid: bool = False
) -> ImportOutcome:
    """Write a plan: create and update its tasks and their assignments, in one transaction.

    Refuses (writing nothing) when the plan has errors, unless ``skip_invalid`` and the errors
    are all on task rows, which are then skipped.
    """
    if plan.file_errors:
        raise ImportRefusedError(
            _tr("Importen er stoppet: {message} Ingenting er lagret.").format(
                message=plan.file_errors[0].message
            )
        )
    invalid = plan.invalid_rows
    if invalid and not skip_invalid:
        raise ImportRefusedError(
            _tr(
                "{n} rader har feil. Rett dem eller hopp over dem (--skip-invalid); ingenting er "
                "lagret."
            ).format(n=len(invalid))
        )
    rows = [row for row in plan.rows if row.action in (RowAction.CREATE, RowAction.UPDATE)]
    with workspace.batch():
        department, created_department = _ensure_department(workspace, target)
        baseline = scenarios.baseline(workspace, department.id)
        proposal = _find_proposal(workspace, department.id, target.proposal_name)
        created_proposal = False
        if proposal is None and any(row.future is not None for row in rows):
            proposal = scenarios.create_scenario(
                workspace,
                department.id,
                target.proposal_name,
                description=_tr("«Hvem kan gjøre» fra {file}").format(file=plan.source.name),
            )
            created_proposal = True
        creates = [row for row in rows if row.action is RowAction.CREATE]
        updates = [row for row in rows if row.action is RowAction.UPDATE]
        tasks.create_tasks(
            workspace,
            department.id,
            [_draft(row, baseline.id, proposal.id if proposal else None) for row in creates],
        )
        tasks.update_tasks(
            workspace,
            {row.task_id: dict(row.fields) for row in updates if row.fields and row.task_id},
        )
        today = {row.task_id: row.today for row in updates if row.today is not None and row.task_id}
        if today:
            scenarios.set_assignments(workspace, baseline.id, today)
        if proposal is not None:
            future: dict[int, Mapping[int, float]] = {}
            for row in updates:
                if row.task_id is None:
                    continue
                if row.future is not None:
                    future[row.task_id] = row.future
                elif created_proposal and row.today is not None:
                    future[row.task_id] = row.today
            if future:
                scenarios.set_assignments(workspace, proposal.id, future)
    return ImportOutcome(
        department=department,
        proposal=proposal,
        created=len(creates),
        updated=len(updates),
        unchanged=plan.count(RowAction.UNCHANGED),
        skipped=plan.count(RowAction.SKIPPED) + len(invalid),
        created_department=created_department,
        created_proposal=created_proposal,
    )


def _ensure_department(workspace: Workspace, target: ResolvedTarget) -> tuple[r.Department, bool]:
    if target.department is not None:
        return organisation.get_department(workspace, target.department.id), False
    municipality = target.municipality
    if municipality is None:
        municipality = organisation.create_municipality(workspace, target.municipality_name)
    department = organisation.create_department(workspace, municipality.id, target.department_name)
    return department, True


def _draft(row: PlannedRow, baseline_id: int, proposal_id: int | None) -> TaskDraft:
    today = dict(row.today or {})
    assignments: dict[int, Mapping[int, float]] = {baseline_id: today}
    if proposal_id is not None:
        assignments[proposal_id] = dict(row.future) if row.future is not None else today
    return TaskDraft(
        name=row.name,
        fields=dict(row.fields),
        default_assignment=today,
        assignments=assignments,
        uuid=row.uuid,
    )


def mapped_fields(plan: ImportPlan) -> set[Field]:
    """Every field some sheet of the plan reads (for the summary)."""
    return {item for layout in plan.layouts for item in layout.columns.values()}


@contextmanager
def workspace_for_import(
    path: Path | str, *, default_catalogue: bool = True, keep: bool = True
) -> Iterator[tuple[Workspace, bool]]:
    """The workspace an import writes to, and whether it is new.

    An existing file is opened. A new one is built in a temporary file next to ``path`` and
    renamed into place only when the block succeeds and ``keep`` is true (not for a dry run),
    so a failed import into a new file leaves nothing behind.
    """
    path = Path(path)
    if path.exists():
        workspace = workspaces.open_workspace(path)
        try:
            yield workspace, False
        finally:
            workspace.close()
        return
    if not keep:  # a dry run into a new file: build it where nobody sees it
        output_files.check_output_path(path, force=False, workspace=True)
        with output_files.scratch_folder("import") as folder:
            workspace = workspaces.new_workspace(
                folder / "ny.oppgave", default_catalogue=default_catalogue
            )
            try:
                yield workspace, True
            finally:
                workspace.close()
        return
    with output_files.atomic_output(path, force=False, workspace=True) as temporary:
        workspace = workspaces.new_workspace(
            temporary, overwrite=True, default_catalogue=default_catalogue
        )
        try:
            yield workspace, True
        finally:
            workspace.close()
