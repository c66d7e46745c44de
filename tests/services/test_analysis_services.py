"""Analysis runs, staffing proposals and the analysis settings through the services."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from oppgave.analysis.comparison import key_figure_inputs
from oppgave.analysis.department_analysis import analyse_department
from oppgave.analysis.norwegian_text import format_number
from oppgave.analysis.staffing_cost import ShiftMinimum
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import DayType, Shift
from oppgave.domain.records import Settings, ShiftDefinition
from oppgave.errors import ConflictError, NotFoundError, ValidationError
from oppgave.services import (
    analysis_runs,
    organisation,
    scenarios,
    settings,
    staffing_proposals,
    tasks,
    workspaces,
)
from oppgave.services.staffing_proposals import (
    InfeasibleStaffingError,
    MinimumRequest,
    ProposalMode,
    ProposalRequest,
)

LONG_TERM = "Melhus sykehjem, langtid 2. etasje"


@pytest.fixture
def demo(demo_copy: Path) -> Workspace:
    workspace = workspaces.open_workspace(demo_copy)
    yield workspace
    workspace.close()


def long_term(workspace: Workspace) -> int:
    return organisation.resolve_department(workspace, LONG_TERM).id


# --- analysis runs ----------------------------------------------------------------------------


def test_analyse_is_the_pure_analysis_of_the_loaded_data(demo: Workspace) -> None:
    department_id = long_term(demo)
    data = workspaces.load_department_data(demo, department_id)
    result = analysis_runs.analyse(demo, department_id)
    assert result.scenario.is_baseline
    assert result.to_json_dict() == analyse_department(data, data.baseline.id).to_json_dict()
    proposal = scenarios.resolve_scenario(demo, department_id, "Forslag A")
    assert analysis_runs.analyse(demo, department_id, proposal.id).scenario == proposal
    with pytest.raises(NotFoundError):
        analysis_runs.analyse(demo, department_id, 99_999)
    with pytest.raises(NotFoundError):
        analysis_runs.analyse(demo, 99_999)


def test_analyse_departments_progress_cancel_and_filter(demo: Workspace) -> None:
    seen: list[tuple[int, int]] = []
    run = analysis_runs.analyse_departments(demo, progress=lambda d, n: seen.append((d, n)))
    assert len(run.analyses) == 16 and seen[-1] == (8, 8)
    assert set(run.baselines) == {a.department.id for a in run.analyses}
    with pytest.raises(analysis_runs.AnalysisCancelled):
        analysis_runs.analyse_departments(demo, cancelled=lambda: True)
    only = analysis_runs.analyse_departments(demo, [long_term(demo)], "FORSLAG A")
    assert [a.scenario.name for a in only.analyses] == ["Forslag A"]
    assert only.baselines[long_term(demo)].scenario.is_baseline  # for the change against today
    with pytest.raises(NotFoundError):
        analysis_runs.analyse_departments(demo, scenario="Forslag X")


def test_comparison_is_ratios_of_sums(demo: Workspace) -> None:
    comparison = analysis_runs.compare(demo)
    assert len(comparison.departments) == 8
    assert set(comparison.departments["scenario_name"]) == {"I dag"}
    melhus = organisation.resolve_municipality(demo, "Melhus")
    datas = [
        d for d in workspaces.load_workspace_data(demo) if d.department.municipality_id == melhus.id
    ]
    inputs = [key_figure_inputs(d) for d in datas]
    nurse = sum(i.nurse_hours for i in inputs) / sum(i.assigned_hours for i in inputs)
    assert comparison.municipalities.loc[melhus.id, "nurse_share"] == pytest.approx(nurse)
    assert comparison.municipalities.loc[melhus.id, "municipality_name"] == "Melhus"
    everything = comparison.total.iloc[0]
    assert everything["departments"] == 8
    assert everything["residents"] == comparison.departments["residents"].sum()
    proposals = analysis_runs.compare(demo, scenario="Forslag A")
    assert set(proposals.departments["scenario_name"]) == {"Forslag A"}


# --- staffing proposals -----------------------------------------------------------------------


def test_propose_saves_one_scenario_with_explanations_and_undo(demo: Workspace) -> None:
    department_id = long_term(demo)
    before = scenarios.list_scenarios(demo, department_id)
    request = ProposalRequest(caps={"SPL": 7.5}, minimums=(MinimumRequest("Sykepleier", 1),))
    proposal = staffing_proposals.propose(demo, department_id, request=request)
    assert proposal.scenario.name == "Forslag B"
    assert proposal.result.moves
    saved = scenarios.get_assignments(demo, proposal.scenario.id)
    assert saved == {t: dict(s) for t, s in proposal.result.assignments.items()}
    assert scenarios.get_explanations(demo, proposal.scenario.id) == dict(
        proposal.result.explanations
    )
    assert "Sykepleier høyst 7,50 årsverk" in proposal.scenario.description
    # undo = delete the created scenario; redo = restore it
    snapshot = scenarios.delete_scenario(demo, proposal.scenario.id)
    assert scenarios.list_scenarios(demo, department_id) == before
    restored = scenarios.restore_scenario(demo, snapshot)
    assert restored == proposal.scenario
    assert scenarios.get_explanations(demo, restored.id) == dict(proposal.result.explanations)


def test_infeasible_proposal_names_the_cap_and_saves_nothing(demo: Workspace) -> None:
    department_id = long_term(demo)
    before = scenarios.list_scenarios(demo, department_id)
    request = ProposalRequest(caps={"SPL": 1}, minimums=(MinimumRequest("SPL", 1),))
    with pytest.raises(InfeasibleStaffingError) as caught:
        staffing_proposals.propose(demo, department_id, "Umulig", request)
    assert "Taket på 1,0 årsverk for Sykepleier er for lavt" in caught.value.message
    assert caught.value.constraint.kind == "cap"
    assert scenarios.list_scenarios(demo, department_id) == before


def test_name_collisions(demo: Workspace) -> None:
    department_id = long_term(demo)
    assert staffing_proposals.free_proposal_name(demo, department_id) == "Forslag B"
    with pytest.raises(ValidationError) as caught:
        staffing_proposals.propose(demo, department_id, " forslag  a ")
    assert "for eksempel Forslag B" in caught.value.message
    assert caught.value.field == "name"


def test_saving_is_one_transaction(demo: Workspace) -> None:
    """A draft whose assignments the database refuses leaves no half-made scenario behind."""
    department_id = long_term(demo)
    data = workspaces.load_department_data(demo, department_id)
    draft = staffing_proposals.compute_proposal(data, ProposalRequest())
    bad = dict(draft.result.assignments)
    first = next(iter(bad))
    bad[first] = {999_999: 100.0}  # no such role
    broken = dataclasses.replace(draft, result=dataclasses.replace(draft.result, assignments=bad))
    before = scenarios.list_scenarios(demo, department_id)
    with pytest.raises(ValidationError):
        staffing_proposals.save_proposal(demo, "Forslag B", broken)
    assert scenarios.list_scenarios(demo, department_id) == before
    # the good draft saves
    saved = staffing_proposals.save_proposal(demo, "Forslag B", draft)
    assert saved.name == "Forslag B" and not saved.is_baseline


def test_a_draft_older_than_the_tasks_is_refused(demo: Workspace) -> None:
    department_id = long_term(demo)
    data = workspaces.load_department_data(demo, department_id)
    draft = staffing_proposals.compute_proposal(data, ProposalRequest())
    tasks.create_task(demo, department_id, "Ny oppgave etter forslaget")
    with pytest.raises(ConflictError, match="Ny oppgave etter forslaget"):
        staffing_proposals.save_proposal(demo, "Forslag B", draft)
    assert len(scenarios.list_scenarios(demo, department_id)) == 2


def test_staffing_options_from_user_keys(demo: Workspace) -> None:
    data = workspaces.load_department_data(demo, long_term(demo))
    roles = {role.code: role for role in data.roles}
    nurse, apprentice = roles["SPL"], roles["LRL"]
    options = staffing_proposals.staffing_options(
        data,
        ProposalRequest(
            caps={str(nurse.id): 4, "lærling / elev": 1.5},
            minimums=(
                MinimumRequest("spl", 1),
                MinimumRequest("HFA", 2, Shift.NIGHT, DayType.WEEKEND),
            ),
            time_limit_seconds=5,
        ),
    )
    assert options.fte_caps == {nurse.id: 4.0, apprentice.id: 1.5}
    assert {(m.role_id, m.shift, m.day_type, m.people) for m in options.shift_minimums} == {
        (nurse.id, Shift.DAY, None, 1),
        (nurse.id, Shift.EVENING, None, 1),
        (nurse.id, Shift.NIGHT, None, 1),
        (roles["HFA"].id, Shift.NIGHT, DayType.WEEKEND, 2),
    }
    assert options.time_limit_seconds == 5
    text = staffing_proposals.describe_options(data, options)
    assert "minst 1 Sykepleier på hver vakt" in text
    assert "minst 2 Helsefagarbeider på nattevakt (helg)" in text
    for bad in (
        ProposalRequest(caps={"SPL": -1}),
        ProposalRequest(caps={"SPL": float("nan")}),
        ProposalRequest(minimums=(MinimumRequest("SPL", 1.5),)),  # type: ignore[arg-type]
        ProposalRequest(time_limit_seconds=0),
    ):
        with pytest.raises(ValidationError):
            staffing_proposals.staffing_options(data, bad)
    with pytest.raises(NotFoundError):
        staffing_proposals.staffing_options(data, ProposalRequest(caps={"Lege": 1}))
    # the default: today's people, the floor of a nursing home, trainees at their positions
    lrl_fte = sum(p.fte for p in data.positions if p.role_id == apprentice.id)
    assert staffing_proposals.describe_options(
        data, staffing_proposals.staffing_options(data, ProposalRequest())
    ) == (
        "modus: Omfordel med dagens ansatte; dagens stillinger, ingen nyansettelser; "
        "gulv: minst 1 autorisert sykepleier på vakt hver vakt; "
        # two-person direct care on every shift: a colleague beside the floor nurse
        "gulv: minst 2 pleiere på vakt når en oppgave krever 2 samtidig hver vakt; "
        f"tak: Lærling / elev høyst {format_number(lrl_fte, 2)} årsverk "
        "(dagens stillinger: lærlinger og elever er i opplæring)"
    )
    no_trainees = dataclasses.replace(
        data, settings=dataclasses.replace(data.settings, trainee_role_codes=())
    )
    text = staffing_proposals.describe_options(
        no_trainees,
        staffing_proposals.staffing_options(
            no_trainees,
            ProposalRequest(mode=ProposalMode.LOWEST_COST, use_floor=False, hire={"SPL": 1}),
        ),
    )
    assert text == (
        "modus: Laveste kostnad; dagens stillinger + ansettelsesramme (Sykepleier 1,00 årsverk)"
    )


def test_keep_todays_staffing_and_cap_at_positions(demo: Workspace) -> None:
    data = workspaces.load_department_data(demo, long_term(demo))
    nurse = next(r for r in data.roles if r.code == "SPL")
    today = [s for s in data.staffing if s.role_id == nurse.id and s.count > 0]
    assert today
    minimums = staffing_proposals.current_staffing_minimums(data, [nurse.id])
    assert {(m.shift, m.day_type, m.people) for m in minimums} == {
        (s.shift, s.day_type, s.count) for s in today
    }
    options = staffing_proposals.staffing_options(
        data, ProposalRequest(keep_staffing=("SPL",), cap_at_positions=("HFA", "SPL"))
    )
    assert set(options.shift_minimums) == set(minimums)
    hfa = next(r for r in data.roles if r.code == "HFA")
    assert options.fte_caps[hfa.id] == pytest.approx(
        sum(p.fte for p in data.positions if p.role_id == hfa.id)
    )
    assert all(isinstance(m, ShiftMinimum) for m in options.shift_minimums)


# --- settings ---------------------------------------------------------------------------------


def test_every_analysis_setting_is_editable_and_kept(workspace: Workspace) -> None:
    changed = settings.update(
        workspace,
        hours_per_fte=37.5,
        absence_allowance=0.08,
        training_allowance=0.02,
        shifts=(
            ShiftDefinition(Shift.DAY, 7 * 60 + 30, 15 * 60),
            ShiftDefinition(Shift.EVENING, 15 * 60, 22 * 60 + 30),
            ShiftDefinition(Shift.NIGHT, 22 * 60 + 30, 7 * 60 + 30),
        ),
        weekend_shift_hours=[12.5, 7.5, 12.5, 10],
        weekend_frequencies=[4, 3],
        weeks_per_year=52.14,
        nurse_role_codes=["SPL", "SSP", "VPL"],
        weekend_shifts_per_person=3,
        continuity_threshold_percent=75,
        support_role_codes=[" SRV", "SRV"],
        trainee_role_codes=["LRL", "ASS"],
    )
    assert changed.support_role_codes == ("SRV",)  # stripped, no repeats
    assert changed.trainee_role_codes == ("LRL", "ASS")
    assert changed.weekend_shift_hours == (7.5, 10.0, 12.5)  # sorted, no repeats
    assert changed.weekend_frequencies == (3, 4)
    assert settings.load(workspace) == changed
    assert set(settings.FIELD_LABELS) == {f.name for f in dataclasses.fields(Settings)}


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {
                "shifts": (
                    ShiftDefinition(Shift.DAY, 7 * 60, 15 * 60 + 30),
                    ShiftDefinition(Shift.EVENING, 15 * 60, 23 * 60),
                    ShiftDefinition(Shift.NIGHT, 23 * 60, 7 * 60),
                )
            },
            "shifts",
            "overlapper (kl. 15:00)",
        ),
        (
            {
                "shifts": (
                    ShiftDefinition(Shift.DAY, 8 * 60, 15 * 60),
                    ShiftDefinition(Shift.EVENING, 15 * 60, 23 * 60),
                    ShiftDefinition(Shift.NIGHT, 23 * 60, 7 * 60),
                )
            },
            "shifts",
            "Ingen vakt dekker kl. 07:00",
        ),
        ({"weekend_shift_hours": ()}, "weekend_shift_hours", "tom"),
        ({"weekend_shift_hours": (20,)}, "weekend_shift_hours", "større enn 16"),
        ({"weekend_frequencies": (0,)}, "weekend_frequencies", "mindre enn 1"),
        ({"weeks_per_year": 0}, "weeks_per_year", "mindre enn 1"),
        ({"nurse_role_codes": ("SPL", "XYZ")}, "nurse_role_codes", "Ukjent rollekode XYZ"),
        ({"nurse_role_codes": "SPL"}, "nurse_role_codes", "liste"),
        ({"support_role_codes": ("SRV", "XYZ")}, "support_role_codes", "Ukjent rollekode XYZ"),
        ({"support_role_codes": "SRV"}, "support_role_codes", "liste"),
        ({"support_role_codes": ("SRV", "SPL")}, "support_role_codes", "både sykepleierrolle"),
        ({"trainee_role_codes": ("LRL", " ")}, "trainee_role_codes", "kan ikke være tom"),
        ({"trainee_role_codes": ("ABC",)}, "trainee_role_codes", "Ukjent rollekode ABC"),
        ({"trainee_role_codes": 3}, "trainee_role_codes", "liste"),
        ({"weekend_shifts_per_person": 0}, "weekend_shifts_per_person", "mindre enn 1"),
        ({"continuity_threshold_percent": 0}, "continuity_threshold_percent", "større enn 0"),
        ({"hours_per_fte": "35,5"}, "hours_per_fte", "tall"),
        ({"hour_per_fte": 30}, "hour_per_fte", "Ukjent innstilling"),
    ],
)
def test_settings_are_validated(
    workspace: Workspace, changes: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        settings.update(workspace, **changes)
    assert caught.value.field == field
    assert message in caught.value.message
    assert settings.load(workspace) == Settings()
