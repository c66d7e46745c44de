"""Working environment (HMS): hours of flagged work per role, today and in a proposal.

An HMS group checks what a proposal does to the people who will do the work: who gets the heavy
lifting and transfers, who works alone, who is exposed to infection, who works nights, who
carries the emotionally heavy tasks. Each task may carry such flags (:class:`WorkFlag`); this
module sums them per role. Units: **hours of work per week** (staff-hours, as everywhere in the
analysis).

* Flagged hours of a role = Σ over tasks carrying the flag of task hours per week × the role's
  share / 100, where task hours = occurrences per week × duration / 60 × staff at once. A task
  with several flags counts once under each of them.
* The total of a flag in a scenario is the sum over roles (unassigned work belongs to no role).
* A **concentration warning** is given for a role and a watched flag (default: heavy lifting and
  lone work) when the proposal gives the role at least ``min_increase_hours`` (default 5 t/uke)
  more of that work than today, **and** either that is a large step for the role (at least
  ``min_relative_increase``, default +50 %, of what it has today; any amount if it has none
  today) or the role's share of all that work rises by at least ``min_share_increase``
  (default 10 percentage points): the proposal piles that strain onto one group.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from oppgave.analysis.norwegian_text import format_number
from oppgave.domain.enums import WorkFlag
from oppgave.domain.records import AssignmentMap, Role, Task
from oppgave.i18n import QT_TRANSLATE_NOOP, translate

#: The flags in the order they are shown.
FLAG_ORDER: tuple[WorkFlag, ...] = (
    WorkFlag.HEAVY_LIFTING,
    WorkFlag.LONE_WORK,
    WorkFlag.INFECTION_RISK,
    WorkFlag.NIGHT_WORK,
    WorkFlag.MENTAL_STRAIN,
)

_LABELS: Mapping[WorkFlag, tuple[str, str]] = {
    WorkFlag.HEAVY_LIFTING: (
        QT_TRANSLATE_NOOP("WorkEnvironment", "tunge løft/forflytning"),
        QT_TRANSLATE_NOOP("WorkEnvironment", "tunge løft"),
    ),
    WorkFlag.LONE_WORK: (
        QT_TRANSLATE_NOOP("WorkEnvironment", "alenearbeid"),
        QT_TRANSLATE_NOOP("WorkEnvironment", "alenearbeid"),
    ),
    WorkFlag.INFECTION_RISK: (
        QT_TRANSLATE_NOOP("WorkEnvironment", "smittefare"),
        QT_TRANSLATE_NOOP("WorkEnvironment", "smittefare"),
    ),
    WorkFlag.NIGHT_WORK: (
        QT_TRANSLATE_NOOP("WorkEnvironment", "nattarbeid"),
        QT_TRANSLATE_NOOP("WorkEnvironment", "nattarbeid"),
    ),
    WorkFlag.MENTAL_STRAIN: (
        QT_TRANSLATE_NOOP("WorkEnvironment", "psykisk belastning"),
        QT_TRANSLATE_NOOP("WorkEnvironment", "psykisk belastning"),
    ),
}


def flag_label(flag: WorkFlag, *, short: bool = False) -> str:
    """The Norwegian name of one flag ("tunge løft/forflytning", short "tunge løft")."""
    full, brief = _LABELS[WorkFlag(flag)]
    return translate("WorkEnvironment", brief if short else full)


def flags_text(mask: int, *, short: bool = True) -> str:
    """The flags set in ``mask`` as words ("tunge løft, nattarbeid"); ``""`` for none."""
    return ", ".join(flag_label(f, short=short) for f in FLAG_ORDER if mask & f)


def hours_text(hours: float) -> str:
    """Hours per week as written in warnings: whole hours from 10 up, else one decimal."""
    return format_number(hours, 0 if abs(hours) >= 10 else 1)


@dataclass(frozen=True, slots=True)
class ConcentrationRule:
    """When a proposal concentrates strain on one role (see the module doc)."""

    watched: WorkFlag = WorkFlag.HEAVY_LIFTING | WorkFlag.LONE_WORK
    #: Increase of the role's flagged hours from today to the proposal (hours per week).
    min_increase_hours: float = 5.0
    #: ... and either the increase relative to today's hours (0.5 = +50 %) ...
    min_relative_increase: float = 0.5
    #: ... or the rise of the role's share of all hours of that flag (0.10 = 10 points).
    min_share_increase: float = 0.10


@dataclass(frozen=True, slots=True)
class FlagHours:
    """Hours per week of one flag's work, today and in the proposal."""

    flag: WorkFlag
    today: float
    proposal: float

    @property
    def change(self) -> float:
        """Proposal − today (hours per week)."""
        return self.proposal - self.today


@dataclass(frozen=True, slots=True)
class RoleWorkEnvironment:
    """One role's flagged work (one :class:`FlagHours` per flag, in :data:`FLAG_ORDER`) and
    all its hours, today and in the proposal (hours per week)."""

    role_id: int
    role_name: str
    flags: tuple[FlagHours, ...]
    hours_today: float
    hours_proposal: float

    def hours(self, flag: WorkFlag) -> FlagHours:
        for item in self.flags:
            if item.flag == flag:
                return item
        raise KeyError(flag)


@dataclass(frozen=True, slots=True)
class ConcentrationWarning:
    """A proposal that gives one role much more of a watched kind of work."""

    role_id: int
    role_name: str
    flag: WorkFlag
    today: float
    proposal: float
    #: The role's share of all of that flag's hours, today and in the proposal (0–1).
    share_today: float
    share_proposal: float

    def text(self) -> str:
        """E.g. "Assistent: tunge løft 14 → 31 t/uke"."""
        return translate("WorkEnvironment", "{role}: {flag} {today} → {proposal} t/uke").format(
            role=self.role_name,
            flag=flag_label(self.flag, short=True),
            today=hours_text(self.today),
            proposal=hours_text(self.proposal),
        )

    def detail(self) -> str:
        """The shares behind the warning, e.g. "andel av alle tunge løft 30 % → 55 %"."""
        return translate("WorkEnvironment", "andel av alle {flag} {before} % → {after} %").format(
            flag=flag_label(self.flag, short=True),
            before=format_number(self.share_today * 100, 0),
            after=format_number(self.share_proposal * 100, 0),
        )


@dataclass(frozen=True, slots=True)
class WorkEnvironmentSummary:
    """Flagged work per role (only roles with some flagged work today or in the proposal, in
    the order the roles were given), totals per flag, and the concentration warnings."""

    roles: tuple[RoleWorkEnvironment, ...]
    totals: tuple[FlagHours, ...]
    warnings: tuple[ConcentrationWarning, ...]
    flagged_task_count: int
    rule: ConcentrationRule

    def total(self, flag: WorkFlag) -> FlagHours:
        for item in self.totals:
            if item.flag == flag:
                return item
        raise KeyError(flag)

    def role(self, role_id: int) -> RoleWorkEnvironment:
        for item in self.roles:
            if item.role_id == role_id:
                return item
        raise KeyError(role_id)


def _share(part: float, whole: float) -> float:
    return part / whole if whole > 0 else 0.0


def _concentrates(item: FlagHours, total: FlagHours, rule: ConcentrationRule) -> bool:
    """The warning rule of the module doc for one role and flag."""
    if item.change < rule.min_increase_hours:
        return False
    if item.today <= 0 or item.change / item.today >= rule.min_relative_increase:
        return True
    rise = _share(item.proposal, total.proposal) - _share(item.today, total.today)
    return rise >= rule.min_share_increase - 1e-12


def flagged_role_hours(
    tasks: Iterable[Task],
    assignments: AssignmentMap,
    flag: WorkFlag,
    flags_by_task: Mapping[int, int] | None = None,
) -> dict[int, float]:
    """Role id → hours per week of work carrying ``flag`` = Σ task hours × share / 100."""
    result: dict[int, float] = {}
    for task in tasks:
        mask = task.work_flags if flags_by_task is None else flags_by_task.get(task.id, 0)
        if not mask & flag:
            continue
        hours = task.hours_per_week
        for role_id, share in assignments.get(task.id, {}).items():
            result[role_id] = result.get(role_id, 0.0) + hours * share / 100.0
    return result


def _all_hours(tasks: Iterable[Task], assignments: AssignmentMap) -> dict[int, float]:
    result: dict[int, float] = {}
    for task in tasks:
        for role_id, share in assignments.get(task.id, {}).items():
            result[role_id] = result.get(role_id, 0.0) + task.hours_per_week * share / 100.0
    return result


def work_environment_summary(
    tasks: Iterable[Task],
    roles: Iterable[Role],
    today: AssignmentMap,
    proposal: AssignmentMap,
    *,
    flags_by_task: Mapping[int, int] | None = None,
    rule: ConcentrationRule | None = None,
) -> WorkEnvironmentSummary:
    """Hours per week of flagged work per role, today and in the proposal, with warnings.

    ``flags_by_task`` (task id → flag mask) replaces the tasks' own flags, e.g. to include the
    flags a review group suggested. ``today`` and ``proposal`` map task id → role id → share (%).
    """
    rule = rule or ConcentrationRule()
    task_list = list(tasks)
    role_list = list(roles)

    def mask(task: Task) -> int:
        return task.work_flags if flags_by_task is None else flags_by_task.get(task.id, 0)

    per_flag = {
        flag: (
            flagged_role_hours(task_list, today, flag, flags_by_task),
            flagged_role_hours(task_list, proposal, flag, flags_by_task),
        )
        for flag in FLAG_ORDER
    }
    all_today = _all_hours(task_list, today)
    all_proposal = _all_hours(task_list, proposal)
    totals = tuple(
        FlagHours(flag, sum(per_flag[flag][0].values()), sum(per_flag[flag][1].values()))
        for flag in FLAG_ORDER
    )
    total_by_flag = {item.flag: item for item in totals}
    names = {role.id: role.name for role in role_list}
    known = [role.id for role in role_list]
    extra = sorted(
        {rid for t, p in per_flag.values() for rid in (*t, *p)} - set(known)
    )  # roles not given (should not happen) still count, named by id
    summaries: list[RoleWorkEnvironment] = []
    warnings: list[ConcentrationWarning] = []
    for role_id in [*known, *extra]:
        flags = tuple(
            FlagHours(
                flag, per_flag[flag][0].get(role_id, 0.0), per_flag[flag][1].get(role_id, 0.0)
            )
            for flag in FLAG_ORDER
        )
        if not any(item.today > 0 or item.proposal > 0 for item in flags):
            continue
        name = names.get(role_id, f"#{role_id}")
        summaries.append(
            RoleWorkEnvironment(
                role_id=role_id,
                role_name=name,
                flags=flags,
                hours_today=all_today.get(role_id, 0.0),
                hours_proposal=all_proposal.get(role_id, 0.0),
            )
        )
        for item in flags:
            if item.flag & rule.watched and _concentrates(item, total_by_flag[item.flag], rule):
                total = total_by_flag[item.flag]
                warnings.append(
                    ConcentrationWarning(
                        role_id=role_id,
                        role_name=name,
                        flag=item.flag,
                        today=item.today,
                        proposal=item.proposal,
                        share_today=_share(item.today, total.today),
                        share_proposal=_share(item.proposal, total.proposal),
                    )
                )
    return WorkEnvironmentSummary(
        roles=tuple(summaries),
        totals=totals,
        warnings=tuple(warnings),
        flagged_task_count=sum(1 for task in task_list if mask(task)),
        rule=rule,
    )
