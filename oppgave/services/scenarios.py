"""Scenarios ("I dag" and proposals) and who does each task in them (assignments)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from oppgave.analysis.eligibility import Qualifications, support_rule_text
from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain.enums import DayType, Restriction, Shift
from oppgave.errors import ConflictError, NotFoundError, ValidationError
from oppgave.i18n import translate
from oppgave.services import record_loading, validation
from oppgave.services import settings as workspace_settings
from oppgave.services.lookup import check_version, delete_row, delete_where, get_or_raise


def _tr(text: str) -> str:
    return translate("Scenarios", text)


@dataclass(frozen=True, slots=True)
class ScenarioSnapshot:
    """A deleted scenario with its assignments and bemanningsplan edits, for undo."""

    scenario: r.Scenario
    assignments: Mapping[int, Mapping[int, float]]
    explanations: Mapping[int, str]
    #: (role id, shift, day type) → people: the leader's hand edits of the scenario's plan
    plan_edits: Mapping[tuple[int, Shift, DayType], int] = field(default_factory=dict)
    #: the scenario's saved rota as stored (weeks, start date, JSON content, edited), if any
    saved_rota: tuple[int, date | None, str, bool] | None = None


# --- scenarios --------------------------------------------------------------------------------


def list_scenarios(workspace: Workspace, department_id: int) -> list[r.Scenario]:
    """The department's scenarios, the baseline first."""
    with workspace.reading() as session:
        return record_loading.scenarios(session, [department_id])


def get_scenario(workspace: Workspace, scenario_id: int) -> r.Scenario:
    with workspace.reading() as session:
        return record_loading.scenario_record(get_or_raise(session, m.Scenario, scenario_id))


def baseline(workspace: Workspace, department_id: int) -> r.Scenario:
    for scenario in list_scenarios(workspace, department_id):
        if scenario.is_baseline:
            return scenario
    raise NotFoundError(_tr("Avdelingen mangler scenarioet «I dag»."))


def resolve_scenario(workspace: Workspace, department_id: int, key: str | int | None) -> r.Scenario:
    """A scenario of a department by id or name; ``None`` means the baseline."""
    scenarios = list_scenarios(workspace, department_id)
    if key is None:
        return baseline(workspace, department_id)
    text = str(key).strip()
    for scenario in scenarios:
        if (text.isdigit() and scenario.id == int(text)) or (
            scenario.name.casefold() == text.casefold()
        ):
            return scenario
    raise NotFoundError(
        _tr("Fant ikke scenarioet {key}. Scenarioer: {names}").format(
            key=text, names=", ".join(s.name for s in scenarios)
        )
    )


def create_scenario(
    workspace: Workspace,
    department_id: int,
    name: str,
    *,
    copy_from: int | None = None,
    description: str = "",
    uuid: str | None = None,
) -> r.Scenario:
    """A new proposal; with ``copy_from`` it starts as an independent copy of that scenario's
    assignments, otherwise as a copy of the baseline. ``uuid`` keeps an imported identity."""
    clean = validation.name(name, max_length=200)
    uuid = None if uuid is None else validation.uuid_text(uuid)
    with workspace.transaction() as session:
        row = _add_scenario(session, department_id, clean, description, uuid)
        if copy_from is None:
            copy_from = session.scalar(
                select(m.Scenario.id).where(
                    m.Scenario.department_id == department_id, m.Scenario.is_baseline.is_(True)
                )
            )
        if copy_from is not None:
            source = get_or_raise(session, m.Scenario, copy_from)
            if source.department_id != department_id:
                raise ValidationError(_tr("Kan bare kopiere scenarioer fra samme avdeling."))
            _copy_assignments(session, copy_from, row.id)
            _copy_plan_edits(session, copy_from, row.id)
        return record_loading.scenario_record(row)


def create_scenario_with_assignments(
    workspace: Workspace,
    department_id: int,
    name: str,
    shares_by_task: Mapping[int, Mapping[int, float]],
    explanations: Mapping[int, str] | None = None,
    *,
    description: str = "",
    complete: bool = False,
    proposal_options: str | None = None,
) -> r.Scenario:
    """A new proposal holding exactly ``shares_by_task`` (task id → role id → share %), with an
    explanation per task, created in **one** transaction (how an optimiser's result is saved).

    Tasks not in the map are unassigned. With ``complete`` the map must cover every task of the
    department, so a proposal computed before tasks were added is refused with a
    :class:`ConflictError` instead of being saved with holes. Undo: :func:`delete_scenario`.
    """
    clean_name = validation.name(name, max_length=200)
    clean = {task_id: validation.shares(shares) for task_id, shares in shares_by_task.items()}
    with workspace.transaction() as session:
        row = _add_scenario(session, department_id, clean_name, description)
        row.proposal_options = proposal_options
        if complete:
            missing = session.scalars(
                select(m.Task.name).where(
                    m.Task.department_id == department_id, m.Task.id.not_in(list(clean))
                )
            ).all()
            if missing:
                raise ConflictError(
                    _tr(
                        "Oppgavene er endret siden forslaget ble laget ({tasks} er ny). "
                        "Lag forslaget på nytt."
                    ).format(tasks=", ".join(f"«{n}»" for n in missing[:3]))
                )
        _write_assignments(session, row, clean, explanations or {})
        return record_loading.scenario_record(row)


def _add_scenario(
    session: Session,
    department_id: int,
    clean_name: str,
    description: str,
    uuid: str | None = None,
) -> m.Scenario:
    get_or_raise(session, m.Department, department_id)
    _check_name_free(session, department_id, clean_name, None)
    order = (
        session.scalar(
            select(func.max(m.Scenario.sort_order)).where(m.Scenario.department_id == department_id)
        )
        or 0
    ) + 1
    row = m.Scenario(
        department_id=department_id,
        name=clean_name,
        is_baseline=False,
        description=validation.text(description, "description"),
        sort_order=order,
    )
    if uuid is not None:
        row.uuid = uuid
    session.add(row)
    session.flush()
    return row


def _copy_assignments(session: Session, source_id: int, target_id: int) -> None:
    rows = [
        {
            "scenario_id": target_id,
            "task_id": task_id,
            "role_id": role_id,
            "share": share,
            "explanation": explanation,
        }
        for task_id, role_id, share, explanation in session.execute(
            select(
                m.Assignment.task_id,
                m.Assignment.role_id,
                m.Assignment.share,
                m.Assignment.explanation,
            ).where(m.Assignment.scenario_id == source_id)
        )
    ]
    if rows:
        session.execute(insert(m.Assignment), rows)


def _copy_plan_edits(session: Session, source_id: int, target_id: int) -> None:
    """A copy starts with the source's hand edits of the bemanningsplan too (its saved rota is
    not copied: a rota belongs to the plan it was made for; make one for the copy)."""
    rows = [
        {
            "scenario_id": target_id,
            "role_id": role_id,
            "shift": shift,
            "day_type": day_type,
            "people": people,
        }
        for role_id, shift, day_type, people in session.execute(
            select(
                m.StaffingPlanEdit.role_id,
                m.StaffingPlanEdit.shift,
                m.StaffingPlanEdit.day_type,
                m.StaffingPlanEdit.people,
            ).where(m.StaffingPlanEdit.scenario_id == source_id)
        )
    ]
    if rows:
        session.execute(insert(m.StaffingPlanEdit), rows)


def update_scenario(
    workspace: Workspace,
    scenario_id: int,
    *,
    name: str | None = None,
    description: str | None = None,
    expected_version: int | None = None,
) -> r.Scenario:
    """Rename or describe a scenario; ``expected_version`` (``Scenario.version`` as the user
    saw it) refuses the edit with ``ConflictError`` if someone changed it since."""
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Scenario, scenario_id)
        check_version(row, expected_version)
        if name is not None:
            clean = validation.name(name, max_length=200)
            _check_name_free(session, row.department_id, clean, scenario_id)
            row.name = clean
        if description is not None:
            row.description = validation.text(description, "description")
        session.flush()
        return record_loading.scenario_record(row)


def set_proposal_options(
    workspace: Workspace, scenario_id: int, proposal_options: str | None
) -> r.Scenario:
    """Set the options that shaped a proposal (JSON, as ``create_scenario_with_assignments``
    stores them; ``None`` for a hand-made one): a department moved from a file to the server
    keeps how its proposals are priced."""
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Scenario, scenario_id)
        row.proposal_options = proposal_options
        session.flush()
        return record_loading.scenario_record(row)


def rename_scenario(workspace: Workspace, scenario_id: int, name: str) -> r.Scenario:
    return update_scenario(workspace, scenario_id, name=name)


def delete_scenario(workspace: Workspace, scenario_id: int) -> ScenarioSnapshot:
    """Delete a proposal (never the baseline) and return what undo needs to restore it."""
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Scenario, scenario_id)
        if row.is_baseline:
            raise ConflictError(_tr("«I dag» kan ikke slettes; den er utgangspunktet."))
        snapshot = ScenarioSnapshot(
            scenario=record_loading.scenario_record(row),
            assignments=record_loading.assignments(session, [scenario_id])[scenario_id],
            explanations=record_loading.explanations(session, scenario_id),
            plan_edits={
                (role_id, Shift(shift), DayType(day_type)): people
                for role_id, shift, day_type, people in session.execute(
                    select(
                        m.StaffingPlanEdit.role_id,
                        m.StaffingPlanEdit.shift,
                        m.StaffingPlanEdit.day_type,
                        m.StaffingPlanEdit.people,
                    ).where(m.StaffingPlanEdit.scenario_id == scenario_id)
                )
            },
        )
        rota = session.execute(
            select(
                m.SavedRota.weeks, m.SavedRota.start_date, m.SavedRota.content, m.SavedRota.edited
            ).where(m.SavedRota.scenario_id == scenario_id)
        ).first()
        if rota is not None:
            snapshot = replace(snapshot, saved_rota=(rota[0], rota[1], rota[2], bool(rota[3])))
        delete_row(session, row)  # the database cascades to its assignments, edits and rota
        return snapshot


def restore_scenario(workspace: Workspace, snapshot: ScenarioSnapshot) -> r.Scenario:
    """Undo of :func:`delete_scenario`: same id, uuid, name, assignments, bemanningsplan
    edits and saved rota (tasks and roles deleted in the meantime are skipped)."""
    source = snapshot.scenario
    with workspace.transaction() as session:
        get_or_raise(session, m.Department, source.department_id)
        row = m.Scenario(
            id=source.id,
            uuid=source.uuid,
            department_id=source.department_id,
            name=source.name,
            is_baseline=False,
            description=source.description,
            sort_order=source.sort_order,
            is_chosen=source.is_chosen,
            proposal_options=source.proposal_options_json,
        )
        if source.is_chosen:  # undo of a delete gives the mark back, taking it from any other
            _clear_chosen(session, source.department_id)
        session.add(row)
        session.flush()
        existing = set(
            session.scalars(select(m.Task.id).where(m.Task.department_id == source.department_id))
        )
        rows = [
            {
                "scenario_id": row.id,
                "task_id": task_id,
                "role_id": role_id,
                "share": share,
                "explanation": snapshot.explanations.get(task_id, ""),
            }
            for task_id, shares in snapshot.assignments.items()
            if task_id in existing
            for role_id, share in shares.items()
        ]
        if rows:
            session.execute(insert(m.Assignment), rows)
        roles = set(session.scalars(select(m.Role.id)))
        edits = [
            {
                "scenario_id": row.id,
                "role_id": role_id,
                "shift": Shift(shift).value,
                "day_type": DayType(day_type).value,
                "people": people,
            }
            for (role_id, shift, day_type), people in snapshot.plan_edits.items()
            if role_id in roles
        ]
        if edits:
            session.execute(insert(m.StaffingPlanEdit), edits)
        if snapshot.saved_rota is not None:
            weeks, start_date, content, edited = snapshot.saved_rota
            session.add(
                m.SavedRota(
                    scenario_id=row.id,
                    weeks=weeks,
                    start_date=start_date,
                    content=content,
                    edited=edited,
                )
            )
        return record_loading.scenario_record(row)


# --- the chosen scenario («valgt») --------------------------------------------------------------


def chosen_scenario(workspace: Workspace, department_id: int) -> r.Scenario | None:
    """The scenario the leader has marked as chosen for the department, if any."""
    return next((s for s in list_scenarios(workspace, department_id) if s.is_chosen), None)


def set_chosen(workspace: Workspace, scenario_id: int) -> int | None:
    """Mark ``scenario_id`` as its department's chosen scenario («valgt»), the one the
    municipality report uses. At most one per department: any other mark is taken away.

    Returns the id of the scenario that was chosen before (``None`` if none), which is what
    undo needs: :func:`set_chosen` with it, or :func:`clear_chosen` when it is ``None``.
    """
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Scenario, scenario_id)
        previous = _clear_chosen(session, row.department_id)
        row.is_chosen = True
        return previous


def clear_chosen(workspace: Workspace, department_id: int) -> int | None:
    """Take the «valgt» mark away from the department's scenarios; returns the id that had it
    (for undo: :func:`set_chosen` with it)."""
    with workspace.transaction() as session:
        get_or_raise(session, m.Department, department_id)
        return _clear_chosen(session, department_id)


def _clear_chosen(session: Session, department_id: int) -> int | None:
    previous = None
    for row in session.scalars(
        select(m.Scenario).where(
            m.Scenario.department_id == department_id, m.Scenario.is_chosen.is_(True)
        )
    ):
        previous = row.id
        row.is_chosen = False
    session.flush()
    return previous


def _check_name_free(
    session: Session, department_id: int, name: str, scenario_id: int | None
) -> None:
    query = select(m.Scenario.id).where(
        m.Scenario.department_id == department_id, func.lower(m.Scenario.name) == name.lower()
    )
    if scenario_id is not None:
        query = query.where(m.Scenario.id != scenario_id)
    if session.scalar(query) is not None:
        raise ValidationError(
            _tr("Avdelingen har allerede et scenario som heter {name}.").format(name=name), "name"
        )


# --- assignments ------------------------------------------------------------------------------


def get_assignments(
    workspace: Workspace, scenario_id: int, task_ids: Sequence[int] | None = None
) -> dict[int, dict[int, float]]:
    """task id → role id → share (%) in a scenario; unassigned tasks are absent.

    With ``task_ids`` only those tasks are read (a view refreshing the rows it changed).
    """
    with workspace.reading() as session:
        get_or_raise(session, m.Scenario, scenario_id)
        if task_ids is None:
            return record_loading.assignments(session, [scenario_id])[scenario_id]
        result: dict[int, dict[int, float]] = {}
        for task_id, role_id, share in session.execute(
            select(m.Assignment.task_id, m.Assignment.role_id, m.Assignment.share)
            .where(m.Assignment.scenario_id == scenario_id, m.Assignment.task_id.in_(task_ids))
            .order_by(m.Assignment.task_id, m.Assignment.share.desc())
        ):
            result.setdefault(task_id, {})[role_id] = share
        return result


def get_explanations(workspace: Workspace, scenario_id: int) -> dict[int, str]:
    with workspace.reading() as session:
        return record_loading.explanations(session, scenario_id)


def set_assignment(
    workspace: Workspace,
    scenario_id: int,
    task_id: int,
    shares: Mapping[int, float],
    explanation: str = "",
) -> dict[int, float]:
    """Set who does a task in a scenario (shares in %, summing to 100; empty = unassigned).

    Returns the previous shares, which is what undo needs.
    """
    return set_assignments(workspace, scenario_id, {task_id: shares}, {task_id: explanation})[
        task_id
    ]


def set_assignments(
    workspace: Workspace,
    scenario_id: int,
    shares_by_task: Mapping[int, Mapping[int, float]],
    explanations: Mapping[int, str] | None = None,
    *,
    enforce_rules: bool = True,
) -> dict[int, dict[int, float]]:
    """Set the assignments of many tasks at once (one transaction); returns the previous ones.

    ``enforce_rules=False`` only for restoring shares as they were stored (the app's own
    export imported back): a proposal's share that now breaks a rule is kept, and
    :func:`rule_breaks` reports it, instead of the whole import being refused.
    """
    clean = {task_id: validation.shares(shares) for task_id, shares in shares_by_task.items()}
    explanations = explanations or {}
    with workspace.transaction() as session:
        scenario = get_or_raise(session, m.Scenario, scenario_id)
        return _write_assignments(
            session, scenario, clean, explanations, enforce_rules=enforce_rules
        )


def _write_assignments(
    session: Session,
    scenario: m.Scenario,
    clean: Mapping[int, Mapping[int, float]],
    explanations: Mapping[int, str],
    *,
    enforce_rules: bool = True,
) -> dict[int, dict[int, float]]:
    """Replace the assignments of the tasks in ``clean`` (already validated shares); checks the
    tasks belong to the scenario's department, the roles exist and, for a proposal, the
    restrictions (unless ``enforce_rules`` is false). Returns the previous shares."""
    scenario_id = scenario.id
    task_ids = list(clean)
    found = set(
        session.scalars(
            select(m.Task.id).where(
                m.Task.id.in_(task_ids), m.Task.department_id == scenario.department_id
            )
        )
    )
    missing = set(task_ids) - found
    if missing:
        raise NotFoundError(
            _tr("Oppgaven finnes ikke (lenger) i denne avdelingen (id {ids}).").format(
                ids=", ".join(str(i) for i in sorted(missing))
            )
        )
    roles = {role.id: role for role in record_loading.roles(session)}
    for shares in clean.values():
        if set(shares) - set(roles):
            raise ValidationError(_tr("Ukjent yrkesgruppe i fordelingen."), "assignments")
    if enforce_rules and not scenario.is_baseline:
        check_restrictions(
            record_loading.tasks(session, task_ids=task_ids),
            clean,
            roles,
            workspace_settings.load_in_session(session),
        )
    previous: dict[int, dict[int, float]] = {task_id: {} for task_id in task_ids}
    for task_id, role_id, share in session.execute(
        select(m.Assignment.task_id, m.Assignment.role_id, m.Assignment.share).where(
            m.Assignment.scenario_id == scenario_id, m.Assignment.task_id.in_(task_ids)
        )
    ):
        previous[task_id][role_id] = share
    delete_where(
        session,
        m.Assignment,
        m.Assignment.scenario_id == scenario_id,
        m.Assignment.task_id.in_(task_ids),
        expected=sum(len(shares) for shares in previous.values()),
    )
    rows = [
        {
            "scenario_id": scenario_id,
            "task_id": task_id,
            "role_id": role_id,
            "share": share,
            "explanation": explanations.get(task_id, ""),
        }
        for task_id, shares in clean.items()
        for role_id, share in shares.items()
    ]
    if rows:
        session.execute(insert(m.Assignment), rows)
    return previous


def check_restrictions(
    tasks: list[r.Task],
    shares_by_task: Mapping[int, Mapping[int, float]],
    roles: dict[int, r.Role],
    settings: r.Settings,
) -> None:
    """Refuse a proposal that gives a task to a role the analysis would not allow: the task's
    restriction, or the support-role rule (``settings.support_role_codes`` only take practical
    and administrative tasks; the rule lives in :class:`~oppgave.analysis.eligibility.
    Qualifications`).

    The baseline records what happens today and may break either; a proposal may not.
    """
    for task, role, reason in _refusals(tasks, shares_by_task, roles, settings):
        raise ValidationError(
            _tr("{role} kan ikke gjøre «{task}»: {reason}.").format(
                role=role.name, task=task.name, reason=reason
            ),
            "assignments",
        )


def _refusals(
    tasks: Sequence[r.Task],
    shares_by_task: Mapping[int, Mapping[int, float]],
    roles: Mapping[int, r.Role],
    settings: r.Settings,
) -> Iterator[tuple[r.Task, r.Role, str]]:
    """Every (task, role, why in words) of the shares that :func:`check_restrictions` refuses:
    the one list both the refusal and the report of stored breaks (:func:`rule_breaks`) use."""
    qualifications = Qualifications(list(roles.values()), (), (), settings.support_role_codes)
    for task in tasks:
        for role_id in shares_by_task.get(task.id, {}):
            role = roles[role_id]
            if not task.allows(role):
                yield (
                    task,
                    role,
                    _tr("oppgaven er begrenset ({rule})").format(
                        rule=restriction_text(task, dict(roles))
                    ),
                )
            elif not qualifications.support_rule_allows(task, role):
                yield task, role, support_rule_text()


def rule_breaks(
    workspace: Workspace,
    department_ids: Sequence[int] | None = None,
    scenario_ids: Sequence[int] | None = None,
) -> list[r.RuleBreak]:
    """The stored proposal shares that break a task's restriction or the support-role rule
    under today's settings, in the departments (all when None), only ``scenario_ids`` when
    given; baselines are never counted (they record what happens today).

    Setting such a share is refused, but a stored one can come to break a rule afterwards
    (the settings' support roles or the task changed, a file from an older version) and is
    kept: this is where it is found, for ``oppgave check`` and the import's summary.
    """
    wanted = None if scenario_ids is None else set(scenario_ids)
    with workspace.reading() as session:
        proposals = [
            s
            for s in record_loading.scenarios(session, department_ids)
            if not s.is_baseline and (wanted is None or s.id in wanted)
        ]
        if not proposals:
            return []
        departments = {d.id: d.name for d in record_loading.departments(session)}
        shares = record_loading.assignments(session, [s.id for s in proposals])
        task_list = record_loading.tasks(
            session, department_ids={s.department_id for s in proposals}
        )
        roles = {role.id: role for role in record_loading.roles(session)}
        current_settings = workspace_settings.load_in_session(session)
    tasks_by_department: dict[int, list[r.Task]] = {}
    for task in task_list:
        tasks_by_department.setdefault(task.department_id, []).append(task)
    return [
        r.RuleBreak(
            department_id=scenario.department_id,
            department_name=departments.get(scenario.department_id, ""),
            scenario_id=scenario.id,
            scenario_name=scenario.name,
            task_id=task.id,
            task_name=task.name,
            role_id=role.id,
            role_name=role.name,
            reason=reason,
        )
        for scenario in proposals
        for task, role, reason in _refusals(
            tasks_by_department.get(scenario.department_id, []),
            shares[scenario.id],
            roles,
            current_settings,
        )
    ]


def rule_break_lines(breaks: Sequence[r.RuleBreak], examples: int = 3) -> list[str]:
    """One line per scenario for :func:`rule_breaks`: how many tasks, and the first few with
    the role and the rule (what a leader needs to find and fix them)."""
    by_scenario: dict[int, list[r.RuleBreak]] = {}
    for one in breaks:
        by_scenario.setdefault(one.scenario_id, []).append(one)
    lines = []
    for group in by_scenario.values():
        first = group[0]
        per_task: dict[int, r.RuleBreak] = {}
        for item in group:
            per_task.setdefault(item.task_id, item)  # a task's first broken share stands for it
        task_count = len(per_task)
        shown = "; ".join(
            _tr("«{task}» til {role} ({reason})").format(
                task=item.task_name, role=item.role_name, reason=item.reason
            )
            for item in list(per_task.values())[:examples]
        )
        more = task_count - min(task_count, examples)
        if more:
            shown += _tr(" og {n} til").format(n=more)
        text = (
            _tr(
                "{department}, «{scenario}»: 1 oppgave er fordelt til en yrkesgruppe som "
                "reglene nå ikke tillater: {examples}."
            )
            if task_count == 1
            else _tr(
                "{department}, «{scenario}»: {n} oppgaver er fordelt til yrkesgrupper som "
                "reglene nå ikke tillater: {examples}."
            )
        )
        lines.append(
            text.format(
                department=first.department_name,
                scenario=first.scenario_name,
                n=task_count,
                examples=shown,
            )
        )
    return lines


def allowed_in_proposal(task: r.Task, role: r.Role, settings: r.Settings) -> bool:
    """Whether :func:`check_restrictions` lets a proposal give ``task`` to ``role``."""
    qualifications = Qualifications((role,), (), (), settings.support_role_codes)
    return qualifications.allows(task, role)


def restriction_text(task: r.Task, roles: dict[int, r.Role]) -> str:
    """The restriction of a task in words."""
    if task.restriction is Restriction.AUTHORISED:
        return _tr("bare autorisert helsepersonell")
    if task.restriction is Restriction.MIN_LEVEL:
        return _tr("bare LEON-nivå {level} eller høyere").format(level=task.restriction_min_level)
    if task.restriction is Restriction.ROLES:
        names = sorted(roles[i].name for i in task.allowed_role_ids if i in roles)
        return _tr("bare {roles}").format(roles=", ".join(names))
    return _tr("ingen begrensning")


def move_share(
    workspace: Workspace,
    scenario_id: int,
    task_id: int,
    from_role_id: int | None,
    to_role_id: int,
    share: float | None = None,
) -> dict[int, float]:
    """Move (part of) a task from one role to another: the board's drag and drop.

    ``share`` is the percentage to move (default: all of ``from_role_id``'s share); an
    unassigned task (``from_role_id`` None) goes 100 % to ``to_role_id``. Returns the previous
    shares for undo.
    """
    current = get_assignments(workspace, scenario_id, [task_id]).get(task_id, {})
    new = dict(current)
    if from_role_id is None or not current:
        new = {to_role_id: 100.0}
    else:
        if from_role_id not in current:
            raise ValidationError(_tr("Yrkesgruppen gjør ikke denne oppgaven i scenarioet."))
        available = current[from_role_id]
        moved = (
            available
            if share is None
            else validation.number(
                share, "share", minimum=0, maximum=available, exclusive_minimum=True
            )
        )
        remaining = available - moved
        if remaining > validation.SHARE_TOLERANCE:
            new[from_role_id] = remaining
        else:
            new.pop(from_role_id)
        new[to_role_id] = new.get(to_role_id, 0.0) + moved
    return set_assignment(workspace, scenario_id, task_id, new)


def unassigned_task_ids(workspace: Workspace, scenario_id: int) -> list[int]:
    with workspace.reading() as session:
        scenario = get_or_raise(session, m.Scenario, scenario_id)
        assigned = select(m.Assignment.task_id).where(m.Assignment.scenario_id == scenario_id)
        return list(
            session.scalars(
                select(m.Task.id).where(
                    m.Task.department_id == scenario.department_id, m.Task.id.not_in(assigned)
                )
            )
        )
