"""One price per scenario (issue 13): every option combination of ``oppgave propose`` on the
demo, and the same figure in the CLI text, the stored description, ``analyse --json``, the
Analyse tab's card, the Excel export and the report data.

Also the «done when» of the issue on the default proposal of every demo department: the
safety floor holds on every shift, no role needs more than its positions plus allowance.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import openpyxl
import pytest

from oppgave.analysis.scenario_price import ScenarioPrice, safety_roles
from oppgave.analysis.staffing_cost import CostModel
from oppgave.cli.main import main
from oppgave.exchange import export_format as fmt
from oppgave.exchange.workbook_export import export_workbook
from oppgave.report.report_data import gather_department
from oppgave.services import (
    organisation,
    scenario_pricing,
    scenarios,
    staffing_proposals,
    workspaces,
)
from oppgave.services.staffing_proposals import ProposalRequest, signed_kroner
from oppgave.ui.analysis.analysis_models import signed
from oppgave.ui.analysis.analysis_tab import price_card

LONG_TERM = "Melhus sykehjem, langtid 2. etasje"
MODES = (["--mode", "omfordel"], ["--mode", "laveste-kostnad"], ["--growth", "30"])
FLOORS = ([], ["--no-floor"])
EXTRAS = (
    [],
    ["--min-per-shift", "HFA:natt=1"],
    ["--keep-staffing", "SPL"],
    ["--hire", "SPL=1", "--cap", "HFA=20"],
)
PRICE_LINE = re.compile(
    r"Pris per år \(lønn og kurs\): (?P<total>[^;]+?) kr; endring mot i dag (?P<change>[^;]+?) kr;"
)


def _kroner(text: str) -> float:
    return float(re.sub(r"\s", "", text).replace("−", "-"))


def test_every_option_combination_prints_the_same_price_everywhere(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    printed: dict[str, tuple[float, str]] = {}
    for number, (mode, floor, extra) in enumerate(itertools.product(MODES, FLOORS, EXTRAS)):
        name = f"Kombinasjon {number}"
        args = ["propose", str(demo_copy), "--department", LONG_TERM, "--name", name]
        code = main([*args, *mode, *floor, *extra])
        out, err = capsys.readouterr()
        assert code == 0, (mode, floor, extra, err)
        match = PRICE_LINE.search(out)
        assert match is not None, out
        printed[name] = (_kroner(match["total"]), match["change"])

    assert main(["analyse", str(demo_copy), "--department", LONG_TERM, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    json_prices = {a["scenario"]["name"]: a["price"] for a in document["analyses"]}

    workbook_path = tmp_path / "eksport.xlsx"
    with workspaces.open_workspace(demo_copy) as workspace:
        department = organisation.resolve_department(workspace, LONG_TERM)
        export_workbook(workspace, workbook_path, department_ids=[department.id])
        sheet = openpyxl.load_workbook(workbook_path)[fmt.SHEET_KEY_FIGURES]
        header = [cell.value for cell in sheet[1]]
        price_column = header.index("Pris per år, lønn og kurs (kr)")
        change_column = header.index("Endring mot i dag (kr per år)")
        excel = {
            row[1]: (row[price_column], row[change_column])
            for row in sheet.iter_rows(min_row=2, values_only=True)
        }
        modes_seen = set()
        for name, (total, change) in printed.items():
            scenario = scenarios.resolve_scenario(workspace, department.id, name)
            price: ScenarioPrice = scenario_pricing.price_scenario(workspace, scenario.id)
            modes_seen.add(price.mode)
            assert price.options_stored
            # CLI text
            assert total == round(price.total_per_year)
            assert change == signed_kroner(price.change_vs_today)
            # the stored description (what the dialog and the report show about the scenario)
            assert f"({signed_kroner(price.change_vs_today)} kr mot i dag)" in (
                scenario.description
            )
            # analyse --json
            assert json_prices[name]["total_per_year"] == pytest.approx(price.total_per_year)
            assert json_prices[name]["change_vs_today"] == pytest.approx(price.change_vs_today)
            # the Analyse tab's card (the GUI model of the price)
            figure, detail, _ = price_card(price)
            assert _kroner(figure.removesuffix(" kr")) == round(price.total_per_year)
            assert signed(price.change_vs_today, 0) in detail
            # Excel
            assert excel[name][0] == pytest.approx(price.total_per_year)
            assert excel[name][1] == pytest.approx(price.change_vs_today)
        assert len(modes_seen) == 3
        # the report (gathered once for two of them: it is the slowest path)
        for name in ("Kombinasjon 0", "Kombinasjon 13"):
            report = gather_department(workspace, department.id, name)
            price = scenario_pricing.price_scenario(
                workspace, scenarios.resolve_scenario(workspace, department.id, name).id
            )
            assert report.analysis.price.total_per_year == pytest.approx(price.total_per_year)
            assert report.analysis.price.change_vs_today == pytest.approx(price.change_vs_today)


def test_default_proposals_keep_the_floor_and_todays_people(demo_path: Path) -> None:
    """On every demo department: the default proposal needs no role beyond its positions
    (no hiring allowance by default), and the nurses cover the floor on every shift."""
    with workspaces.open_workspace(demo_path) as workspace:
        departments = organisation.list_departments(workspace)
        datas = [workspaces.load_department_data(workspace, d.id) for d in departments]
    for data in datas:
        draft = staffing_proposals.compute_proposal(data, ProposalRequest())
        price = draft.price
        assert price.shortfalls == (), (data.department.name, price.shortfalls)
        for role in price.roles:
            assert role.hours_per_week <= role.supply_hours_per_week + 0.05 or (
                role.role_id in draft.options.fte_caps
            ), (data.department.name, role.role_name)
        model = CostModel(data, draft.options)
        shares = model.arrays.shares(draft.result.assignments)
        nurses = {model.arrays.roles.index[r.id] for r in safety_roles(data)}
        floors = [b for b in model.blocks if set(b.role_indices) == nurses]
        if data.department.service_type.value != "sheltered_housing":
            assert len(floors) == 6, data.department.name  # 3 shifts × weekday / weekend
        task_hours, _, hours = model.hours(shares)
        for block in floors:
            in_block = sum(float(block.task_hours @ shares[:, r]) for r in nurses)
            idle = sum(hours[r] - task_hours[r] for r in nurses)
            # the nurses' task hours on the shift, plus the idle time the price pays, reach
            # the floor
            assert in_block + idle >= block.floor_hours - 1e-6, (data.department.name, block)
        nurse_fte = sum(price.by_role_id()[r.id].fte for r in safety_roles(data))
        floor_fte = sum(b.floor_hours for b in floors) / float(model.fte_hours.mean())
        assert nurse_fte >= floor_fte - 1e-6, data.department.name


def test_hours_per_fte_per_role_and_department_floors_are_stored(demo_copy: Path) -> None:
    from oppgave.analysis.scenario_price import ProposalSettings
    from oppgave.services import catalogue

    with workspaces.open_workspace(demo_copy) as workspace:
        department = organisation.resolve_department(workspace, LONG_TERM)
        nurse = next(r for r in catalogue.list_roles(workspace) if r.code == "SPL")
        before = scenario_pricing.price_scenario(
            workspace, scenarios.baseline(workspace, department.id).id
        )
        assert catalogue.update_role(workspace, nurse.id, hours_per_fte=33.6).hours_per_fte == 33.6
        after = scenario_pricing.price_scenario(
            workspace, scenarios.baseline(workspace, department.id).id
        )
        # fewer paid hours per FTE: more FTE for the same hours, the same kroner
        old, new = before.by_role_id()[nurse.id], after.by_role_id()[nurse.id]
        assert new.fte == pytest.approx(old.fte * 35.5 / 33.6)
        assert new.cost_per_year == pytest.approx(old.cost_per_year)
        # the department's floor: two nurses on every shift costs more idle nurse time
        settings = scenario_pricing.department_proposal_settings(workspace, department.id)
        assert settings.nurses_per_shift == 1
        scenario_pricing.set_department_proposal_settings(
            workspace, department.id, ProposalSettings(nurses_per_shift=2, skilled_share=0.5)
        )
        two = scenario_pricing.price_scenario(
            workspace, scenarios.baseline(workspace, department.id).id
        )
        assert two.total_per_year > after.total_per_year
        assert any("minst 2 autorisert sykepleier" in line for line in two.floors)
