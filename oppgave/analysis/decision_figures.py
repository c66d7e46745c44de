"""The figures of a decision (report page one and the Excel «Nøkkeltall» sheet), pure.

One source for both: the scenario's price (:mod:`oppgave.analysis.scenario_price`) and the
positions. Units: kroner per year, hours per week, FTE, head counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from oppgave.analysis.scenario_price import ScenarioPrice
from oppgave.domain.enums import CommentStatus, Verdict
from oppgave.domain.records import Position, ReviewComment


def staff_by_role(positions: Iterable[Position]) -> dict[int, int]:
    """Employees per role id in today's positions (Σ count)."""
    staff: dict[int, int] = {}
    for position in positions:
        staff[position.role_id] = staff.get(position.role_id, 0) + position.count
    return staff


def course_people(places: Iterable[tuple[int, int]], staff: Mapping[int, int]) -> dict[int, int]:
    """Employees per role who must go on a course, at least, from ``(role id, places)`` per
    course: the largest course of the role (the same people can take the others), never more
    than the role's staff (when it has positions). Places (seats) are not people: 2 courses of
    13 places in a role of 23 employees need at least 13 people, not 26."""
    people: dict[int, int] = {}
    for role_id, count in places:
        if count <= 0:
            continue
        largest = max(people.get(role_id, 0), count)
        limit = staff.get(role_id, 0)
        people[role_id] = min(largest, limit) if limit else largest
    return people


def open_objections(comments: Iterable[ReviewComment]) -> int:
    """Open comments whose verdict is «uenig» (disagree): the HMS objections to decide on."""
    return sum(
        1 for c in comments if c.verdict is Verdict.DISAGREE and c.status is CommentStatus.OPEN
    )


@dataclass(frozen=True, slots=True)
class DecisionFigures:
    """A scenario against today's positions (kroner per year, hours per week, FTE, people)."""

    positions_budget: float  # today's positions priced: FTE × paid hours × hourly cost × weeks
    price: float  # the scenario's wages and courses per year
    freed_hours_per_week: float  # Σ over roles doing less than «I dag»
    recruit_fte: float  # FTE beyond today's positions and hiring room
    course_places: int
    course_people: int

    @property
    def change_vs_positions(self) -> float:
        return self.price - self.positions_budget


def decision_figures(price: ScenarioPrice, positions: Iterable[Position]) -> DecisionFigures:
    """The decision figures of a priced scenario («I dag»: no courses charged, nothing freed)."""
    courses = () if price.is_baseline else price.courses
    people = course_people(((c.role_id, c.people) for c in courses), staff_by_role(positions))
    return DecisionFigures(
        positions_budget=price.positions_budget_per_year,
        price=price.total_per_year,
        freed_hours_per_week=0.0
        if price.is_baseline
        else sum(r.freed_hours_per_week for r in price.roles if r.freed_hours_per_week > 0),
        recruit_fte=sum(r.shortfall_fte for r in price.roles),
        course_places=sum(c.people for c in courses),
        course_people=sum(people.values()),
    )
