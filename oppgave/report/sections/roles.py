"""I dag against the scenario per role: a chart and a table of hours, FTE and kroner per role,
then the tasks whose distribution changes the most hours."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from oppgave.report import charts, labels, styles
from oppgave.report import formatting as fmt
from oppgave.report.layout import FRAME_WIDTH
from oppgave.report.report_data import DepartmentReport, RoleComparison
from oppgave.report.sections.common import (
    SectionStyle,
    p,
    productive_hours,
    q,
    short,
    sub_heading,
    tr,
)
from oppgave.report.table_spec import KRONER, ColumnSpec, change, column_table, decimals
from oppgave.report.tables import Wrap, para


def roles(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """Hours, FTE and kroner per role: a chart and a table; then the tasks that move."""
    rows = [
        row
        for row in report.role_comparison()
        if row.hours_today > 0.005 or row.hours_scenario > 0.005
    ]
    compares = report.compares
    if not rows:
        return [p(tr("Ingen oppgaver er kartlagt ennå."))]
    story: list[Flowable] = []
    story.append(
        p(
            tr(
                "Årsverk per yrkesgruppe for de kartlagte oppgavene, i dag og i {scenario}. "
                "Ett årsverk gir {hours} timer per uke til oppgaver etter fravær og opplæring "
                "(se Forutsetninger og formler)."
            ).format(
                scenario=q(report.scenario.name),
                hours=fmt.number(productive_hours(report), 1),
            )
        )
    )
    chart = charts.roles_chart(
        [row.role.name for row in rows],
        [row.fte_today for row in rows],
        [row.fte_scenario for row in rows] if compares else None,
        report.baseline.name,
        report.scenario.name,
        tr("Årsverk"),
        FRAME_WIDTH,
    )
    caption = p(
        tr("Figur: Årsverk per yrkesgruppe. Skravert: {baseline}; mørk: {scenario}.").format(
            baseline=q(report.baseline.name), scenario=q(report.scenario.name)
        )
        if compares
        else tr("Figur: Årsverk per yrkesgruppe i {baseline}.").format(
            baseline=q(report.baseline.name)
        ),
        styles.CAPTION,
    )
    story.append(KeepTogether([chart, caption]))
    story.append(_role_table(report, rows))
    if compares:
        story += _moved_tasks(report, style)
    return story


def _role_table(report: DepartmentReport, rows: Sequence[RoleComparison]) -> Table:
    a = report.baseline_analysis.capacity
    if report.compares:
        b = report.analysis.capacity
        body: list[list[Any]] = [
            [
                Wrap(row.role.name),
                row.hours_today,
                row.hours_scenario,
                row.fte_today,
                row.fte_scenario,
                row.fte_scenario - row.fte_today,
                row.cost_today,
                row.cost_scenario,
                row.cost_scenario - row.cost_today,
            ]
            for row in rows
        ]
        body.append(
            [
                tr("Sum"),
                a.hours_per_week,
                b.hours_per_week,
                a.fte,
                b.fte,
                b.fte - a.fte,
                a.cost_per_week,
                b.cost_per_week,
                b.cost_per_week - a.cost_per_week,
            ]
        )
        today, chosen = short(report.baseline.name), short(report.scenario.name)
        hours, fte, kroner = tr("Timer per uke"), tr("Årsverk"), tr("Kroner per uke")
        column = 17 * mm
        columns = [
            ColumnSpec(tr("Yrkesgruppe")),
            ColumnSpec(today, column, "R", decimals(1), group=hours),
            ColumnSpec(chosen, column, "R", decimals(1), group=hours),
            ColumnSpec(today, column, "R", decimals(2), group=fte),
            ColumnSpec(chosen, column, "R", decimals(2), group=fte),
            ColumnSpec(tr("Endring"), column, "R", change(2), group=fte),
            ColumnSpec(today, column, "R", KRONER, group=kroner),
            ColumnSpec(chosen, column, "R", KRONER, group=kroner),
            ColumnSpec(tr("Endring"), column, "R", change(0), group=kroner),
        ]
        return column_table(columns, body, total_rows=[-1])
    weeks = report.data.settings.weeks_per_year
    body = [
        [
            Wrap(row.role.name),
            row.hours_today,
            row.fte_today,
            row.cost_today,
            row.cost_today * weeks,
        ]
        for row in rows
    ]
    body.append([tr("Sum"), a.hours_per_week, a.fte, a.cost_per_week, a.cost_per_week * weeks])
    column = 28 * mm
    columns = [
        ColumnSpec(tr("Yrkesgruppe")),
        ColumnSpec(tr("Timer per uke"), column, "R", decimals(1)),
        ColumnSpec(tr("Årsverk"), column, "R", decimals(2)),
        ColumnSpec(tr("Kroner per uke"), column, "R", KRONER),
        ColumnSpec(tr("Kroner per år"), column, "R", KRONER),
    ]
    return column_table(columns, body, total_rows=[-1])


#: How many of the largest moves the roles section lists (the task map shows all).
LARGEST_MOVES = 12


def _moved_tasks(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """The tasks whose distribution changes the most hours (the task map shows them all)."""
    changed = [row for row in report.task_rows() if row.changed]
    if not changed:
        return [
            *sub_heading(tr("Oppgaver som får ny fordeling"), style),
            p(tr("Ingen oppgaver får ny fordeling i dette scenarioet.")),
        ]
    largest = sorted(changed, key=lambda r: (-r.moved_hours, r.task.sort_order))[:LARGEST_MOVES]
    story: list[Flowable] = sub_heading(
        tr("De største endringene i fordelingen"), style, space=80 * mm
    )
    story.append(
        p(
            tr(
                "{count} oppgaver får ny fordeling, og {hours} timer per uke flyttes til en annen "
                "yrkesgruppe. Tabellen viser de {shown} oppgavene der flest timer flyttes; "
                "oppgavekartet viser alle."
            ).format(
                count=len(changed),
                hours=fmt.number(sum(r.moved_hours for r in changed), 1),
                shown=len(largest),
            )
            if len(largest) < len(changed)
            else tr(
                "{count} oppgaver får ny fordeling, og {hours} timer per uke flyttes til en annen "
                "yrkesgruppe."
            ).format(count=len(changed), hours=fmt.number(sum(r.moved_hours for r in changed), 1))
        )
    )
    roles_by_id = {role.id: role for role in report.data.roles}
    explained = any(row.explanation for row in largest)
    body: list[list[Any]] = []
    for row in largest:
        cells: list[Any] = [
            Wrap(row.task.name),
            labels.shares(row.today, roles_by_id),
            labels.shares(row.scenario, roles_by_id),
            row.hours_per_week,
            row.moved_hours,
        ]
        if explained:
            cells.append(para(row.explanation, styles.CELL_SMALL))
        body.append(cells)
    wide = 30 * mm if not explained else 20 * mm
    number = 22 * mm if not explained else 15 * mm
    columns = [
        ColumnSpec(tr("Oppgave"), 44 * mm if explained else None),
        ColumnSpec(report.baseline.name, wide),
        ColumnSpec(report.scenario.name, wide),
        ColumnSpec(tr("Timer per\nuke"), number, "R", decimals(1)),
        ColumnSpec(tr("Timer som\nflyttes"), number, "R", decimals(1)),
    ]
    if explained:
        columns.append(ColumnSpec(tr("Begrunnelse")))
    story.append(column_table(columns, body))
    story.append(
        p(
            tr(
                "Timer som flyttes = oppgavens timer per uke × summen av andelene yrkesgruppene "
                "får mer av enn i dag."
            ),
            styles.NOTE,
        )
    )
    return story


# --- døgnrytme ----------------------------------------------------------------------------------
