"""The department analysis entry point and its JSON document (docs/analyse-json.*)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from oppgave.analysis.capacity import capacity
from oppgave.analysis.department_analysis import analyse_department
from oppgave.analysis.upgrades import upgrade_plan
from oppgave.domain.enums import DayType, FrequencyUnit, Restriction, Shift
from tests.analysis.factories import PROPOSAL_ID, make_department, make_task

FULL_SCHEMA = json.loads(
    (Path(__file__).parents[2] / "docs" / "analyse-json.schema.json").read_text("utf-8")
)
#: One department and scenario; the file's root is the CLI envelope (tests/cli checks that).
SCHEMA = FULL_SCHEMA["$defs"]["department_analysis"]
DOC = (Path(__file__).parents[2] / "docs" / "analyse-json.md").read_text("utf-8")

_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, _TYPES[name])


def validate(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """A small JSON Schema check for the keywords the schema file uses."""
    if "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        schema = {**FULL_SCHEMA["$defs"][name], **{k: v for k, v in schema.items() if k != "$ref"}}
    errors: list[str] = []
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else types
        if not any(_is_type(value, n) for n in names):
            return [f"{path}: {value!r} is not {names}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: {value!r} != {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    if "minimum" in schema and isinstance(value, int | float) and value < schema["minimum"]:
        errors.append(f"{path}: {value} < {schema['minimum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing {key}")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in properties:
                errors += validate(item, properties[key], f"{path}.{key}")
            elif extra is False:
                errors.append(f"{path}: unexpected {key}")
            elif isinstance(extra, dict):
                errors += validate(item, extra, f"{path}.{key}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", 10**9):
            errors.append(f"{path}: {len(value)} items")
        for i, item in enumerate(value):
            errors += validate(item, schema.get("items", {}), f"{path}[{i}]")
    return errors


def department():  # type: ignore[no-untyped-def]
    tasks = [
        make_task(
            1,
            "Insulin",
            count=2,
            minutes=10,
            windows=[("07:30", "08:30"), ("19:30", "20:30")],
            competences=["LM-INSULIN"],
            restriction=Restriction.AUTHORISED,
        ),
        make_task(
            2,
            "Morgenstell",
            count=10,
            minutes=30,
            windows=[("07:00", "11:00")],
            competences=["STELL"],
        ),
        make_task(
            3, "Turnus", count=1, unit=FrequencyUnit.MONTH, minutes=240, competences=["TURNUS"]
        ),
    ]
    return make_department(
        tasks,
        baseline={1: {"SPL": 100}, 2: {"HFA": 50, "ASS": 50}},
        proposal={1: {"HFA": 100}, 2: {"HFA": 70, "ASS": 30}, 3: {"SPL": 100}},
        positions=[("SPL", 4, 80), ("HFA", 6, 75), ("ASS", 3, 50), ("HFA", 2, 100)],
        staffing=[
            ("HFA", Shift.DAY, DayType.WEEKEND, 3),
            ("SPL", Shift.EVENING, DayType.WEEKEND, 1),
        ],
    )


def test_analysis_agrees_with_the_single_functions() -> None:
    data = department()
    result = analyse_department(data, PROPOSAL_ID)
    expected = capacity(data, data.assignments[PROPOSAL_ID])
    assert result.capacity == expected
    assert result.upgrades == upgrade_plan(data, data.assignments[PROPOSAL_ID])
    assert [row.course_name for row in result.upgrades] == ["Insulinopplæring", "Turnusplanlegging"]
    # task hours: 2 × 7 × 10/60 + 10 × 7 × 0.5 + 12/52 × 4 = 2.333 + 35 + 0.923
    assert result.workload.total_hours == pytest.approx(14 / 6 + 35 + 48 / 52)
    # available: (3.2 + 4.5 + 1.5 + 2) FTE × 35.5 × (1 − 35/260 − 0.15) h
    fte_hours = 35.5 * (1 - 35 / 260 - 0.15)
    assert result.available_hours_per_week == pytest.approx(11.2 * fte_hours)
    assert result.mapped_share == pytest.approx(result.workload.total_hours / (11.2 * fte_hours))
    # weekend: (3 × 8 + 1 × 8) × 2 = 64 h from the staffing; FTE 11.2 from the positions
    assert result.weekend_hours == pytest.approx(64)
    assert (result.weekend_hours_source, result.total_fte_source) == ("staffing", "positions")
    assert len(result.weekend_table) == 6


def test_json_matches_the_schema_and_the_doc() -> None:
    data = department()
    document = analyse_department(data, PROPOSAL_ID).to_json_dict()
    assert validate(document, SCHEMA) == []
    text = json.dumps(document, allow_nan=False, ensure_ascii=False)  # strict JSON: no NaN
    assert json.loads(text) == document
    assert document["roles"]["Helsefagarbeider"]["hours_per_week"] == pytest.approx(
        14 / 6 + 35 * 0.7
    )
    assert document["tasks"][0]["assignments"] == {"Helsefagarbeider": 100.0}
    assert document["upgrades"][0]["tasks"] == ["Insulin"]
    # every field of the schema is described in the documentation
    for name in _field_names(SCHEMA):
        assert f"`{name}`" in DOC, name


def _field_names(schema: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for key, sub in schema.get("properties", {}).items():
        names.add(key)
        names |= _field_names(sub)
        if isinstance(sub.get("items"), dict):
            names |= _field_names(sub["items"])
        if isinstance(sub.get("additionalProperties"), dict):
            names |= _field_names(sub["additionalProperties"])
    return names


def test_without_positions_or_staffing_falls_back_and_stays_valid_json() -> None:
    data = make_department([make_task(1, minutes=60)], baseline={1: {"HFA": 100}})
    result = analyse_department(data, 1)
    assert result.mapped_share is None
    assert result.fulltime.fulltime_share is None
    assert result.total_fte_source == "scenario"
    assert result.weekend_hours_source == "tasks"
    assert result.weekend_hours == pytest.approx(2.0)  # 1 h on Saturday + 1 h on Sunday
    document = result.to_json_dict()
    assert validate(document, SCHEMA) == []
    json.dumps(document, allow_nan=False)


def test_schema_check_can_fail() -> None:
    document = analyse_department(department(), 1).to_json_dict()
    del document["total"]["fte"]
    document["tasks"][0]["category"] = "other"
    errors = validate(document, SCHEMA)
    assert any("missing fte" in e for e in errors)
    assert any("not in" in e for e in errors)


def test_unknown_scenario_is_refused() -> None:
    with pytest.raises(KeyError):
        analyse_department(department(), 99)


def test_worked_example_of_the_user_documentation() -> None:
    """docs/analyse.md, «Regneeksempel: Avdeling Eksempel», reproduced."""
    tasks = [
        make_task(
            1,
            "Morgenstell",
            count=10,
            minutes=30,
            windows=[("07:00", "11:00")],
            competences=["STELL"],
        ),
        make_task(
            2,
            "Medisinutdeling",
            count=3,
            minutes=15,
            windows=[("08:00", "09:00"), ("14:00", "15:00"), ("20:00", "21:00")],
            competences=["LM-MULTI"],
            restriction=Restriction.AUTHORISED,
        ),
        make_task(
            3,
            "Insulin",
            count=2,
            minutes=10,
            windows=[("07:30", "08:30"), ("19:30", "20:30")],
            competences=["LM-INSULIN"],
            restriction=Restriction.AUTHORISED,
        ),
        make_task(4, "Forflytning med to", count=4, minutes=15, staff=2, competences=["FORFLYT"]),
    ]
    data = make_department(
        tasks,
        baseline={1: {"HFA": 50, "ASS": 50}, 2: {"SPL": 100}, 3: {"SPL": 100}, 4: {"HFA": 100}},
        proposal={1: {"HFA": 50, "ASS": 50}, 2: {"HFA": 100}, 3: {"HFA": 100}, 4: {"HFA": 100}},
        positions=[("SPL", 1, 100), ("HFA", 2, 75), ("ASS", 1, 50)],
        residents=10,
    )
    today = analyse_department(data, 1)
    assert today.workload.total_hours == pytest.approx(56.583, abs=1e-3)
    assert today.capacity.fte == pytest.approx(2.228, abs=1e-3)
    assert round(today.capacity.cost_per_week) == 34_182
    assert today.mapped_share == pytest.approx(0.743, abs=1e-3)
    assert today.workload.rhythm[0, 7] == pytest.approx(1.25 + 0.25 + 1 / 12)
    assert today.fulltime.fulltime_share == 0.25
    assert today.fulltime.avg_position == 75.0
    proposal = analyse_department(data, PROPOSAL_ID)
    assert round(today.capacity.cost_per_week - proposal.capacity.cost_per_week) == 848
    (row,) = proposal.upgrades
    assert (row.shifts_per_week, row.people_uncapped, row.people) == (14.0, 5, 2)
    assert (row.hours, row.cost) == (16, 5000)
