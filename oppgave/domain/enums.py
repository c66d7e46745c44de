"""The closed vocabularies of the domain (DESIGN §4–5).

Values are stored as these strings in the database and in exchange files, so they must never be
renamed; user-facing labels come from the UI's translation layer, never from these values.
"""

from __future__ import annotations

from enum import IntFlag, StrEnum


class ServiceType(StrEnum):
    LONG_TERM = "long_term"
    SHORT_TERM = "short_term"
    HOME_CARE = "home_care"
    SHELTERED_HOUSING = "sheltered_housing"
    DEMENTIA = "dementia"
    REHABILITATION = "rehabilitation"
    OTHER = "other"


class Category(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    ADMINISTRATIVE = "administrative"
    PRACTICAL = "practical"
    DEVELOPMENT = "development"


class FrequencyUnit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Restriction(StrEnum):
    """Who may do a task, by law or local procedure.

    NONE: anyone; AUTHORISED: only authorised health personnel; MIN_LEVEL: only roles at or
    above a LEON level; ROLES: only the roles listed on the task.
    """

    NONE = "none"
    AUTHORISED = "authorised"
    MIN_LEVEL = "min_level"
    ROLES = "roles"


class TaskStatus(StrEnum):
    MAPPED = "mapped"
    DISCUSSED = "discussed"
    AGREED = "agreed"


class RiskLevel(StrEnum):
    """How much harm a mistake in the task can do (Calderdale Framework: risk assessment).

    High-risk tasks never go below ``Settings.high_risk_min_level`` in a proposal.
    """

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class DelegationRule(StrEnum):
    """Whether a task may leave the roles that do it today (Calderdale Framework).

    TRANSFER: may be handed over for good (kan overføres); DELEGATE: may be delegated with
    supervision (kan delegeres med veiledning) — costs supervision time of the delegating role
    and a competence sign-off per person; KEEP: stays with today's roles (beholdes).
    """

    TRANSFER = "transfer"
    DELEGATE = "delegate"
    KEEP = "keep"


class Shift(StrEnum):
    DAY = "day"
    EVENING = "evening"
    NIGHT = "night"


class DayType(StrEnum):
    WEEKDAY = "weekday"
    WEEKEND = "weekend"


class Verdict(StrEnum):
    AGREE = "agree"
    DISAGREE = "disagree"
    QUESTION = "question"
    COMMENT = "comment"


class ReviewerRole(StrEnum):
    UNION_REP = "union_rep"  # tillitsvalgt
    SAFETY_REP = "safety_rep"  # verneombud
    EMPLOYEE = "employee"  # ansatt
    LEADER = "leader"  # leder


class CommentStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class Weekday(IntFlag):
    """Days of the week as a bit mask; Monday is bit 0 as in ``datetime.weekday()``."""

    MON = 1
    TUE = 2
    WED = 4
    THU = 8
    FRI = 16
    SAT = 32
    SUN = 64


ALL_DAYS = 127
WEEKDAYS = 31
WEEKENDS = 96


class WorkFlag(IntFlag):
    """Working-environment flags an HMS group checks per task."""

    HEAVY_LIFTING = 1  # tunge løft / forflytning
    LONE_WORK = 2  # alenearbeid
    INFECTION_RISK = 4  # smittefare
    NIGHT_WORK = 8  # nattarbeid
    MENTAL_STRAIN = 16  # psykisk belastning


ALL_WORK_FLAGS = 31


class PositionSource(StrEnum):
    """Which positions a rota is built for (``oppgave turnus --stillinger``).

    Here, not in :mod:`oppgave.analysis.rota`, so that the command's choices need no analysis."""

    PLAN = "plan"  # the structure the scenario needs: most full-time positions by arithmetic
    TODAY = "today"  # today's positions of the rota roles
    MOST_FULLTIME = "heltid"  # «flest mulig heltid»: the most full-time positions with a rota


class AllRoles(StrEnum):
    """What «Alle» / «alle yrkesgrupper» / «hvem som helst» in a role cell means.

    There is no default: the user chooses (``--all-roles``, the import dialog). Here, not in
    :mod:`oppgave.domain.task_text`, so that the command's choices need no text parsers."""

    SPLIT = "split"  #: evenly among the department's care roles
    UNASSIGNED = "unassigned"  #: no shares: the task stays unassigned
