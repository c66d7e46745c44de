from __future__ import annotations

from oppgave.domain.competence_rules import competence_gaps, fixing_courses, missing_competence_ids
from oppgave.domain.enums import FrequencyUnit
from oppgave.domain.records import Competence, Course, Frequency, Role, Task

INJ = Competence(1, "c1", "LM-INJ", "Injeksjoner")
OPI = Competence(2, "c2", "LM-OPIOID", "Opioider")
STELL = Competence(3, "c3", "STELL", "Stell")
COMPETENCES = {c.id: c for c in (INJ, OPI, STELL)}
COURSES = [
    Course(1, "k1", "Injeksjonskurs dyrt", INJ.id, 1, 30, 6000),
    Course(2, "k2", "Injeksjonskurs billig", INJ.id, 1, 20, 3000),
    Course(3, "k3", "Opioidkurs", OPI.id, 2, 8, 3000),
]
HFA = Role(1, "r1", "HFA", "Helsefagarbeider", 1, True, 440, competence_ids=frozenset({3}))
SPL = Role(2, "r2", "SPL", "Sykepleier", 2, True, 520, competence_ids=frozenset({1, 2, 3}))
TASK = Task(
    1,
    "t1",
    1,
    "Smertelindring",
    Frequency(1, FrequencyUnit.DAY),
    10,
    competence_ids=frozenset({INJ.id, OPI.id, STELL.id}),
)


def test_missing_competences() -> None:
    assert missing_competence_ids(TASK, HFA) == {INJ.id, OPI.id}
    assert missing_competence_ids(TASK, SPL) == frozenset()


def test_fixing_courses_cheapest_first_and_level_limited() -> None:
    assert [c.name for c in fixing_courses(INJ.id, HFA, COURSES)] == [
        "Injeksjonskurs billig",
        "Injeksjonskurs dyrt",
    ]
    assert fixing_courses(OPI.id, HFA, COURSES) == ()  # min level 2 > HFA's 1


def test_competence_gaps() -> None:
    gaps = competence_gaps(TASK, HFA, COMPETENCES, COURSES)
    assert [g.competence.code for g in gaps] == ["LM-INJ", "LM-OPIOID"]
    assert gaps[0].fixable and gaps[0].courses[0].name == "Injeksjonskurs billig"
    assert not gaps[1].fixable
    assert competence_gaps(TASK, SPL, COMPETENCES, COURSES) == ()
