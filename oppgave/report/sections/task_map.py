"""The task map: every task grouped by category, how often, when, how long, its hours and who
does it today and in the scenario."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from oppgave.domain.enums import Category, DelegationRule
from oppgave.domain.records import Role
from oppgave.report import formatting as fmt
from oppgave.report import labels, styles
from oppgave.report.report_data import DepartmentReport, TaskRow
from oppgave.report.sections.common import SectionStyle, esc, p, q, sub_heading, tr
from oppgave.report.table_spec import COUNT, ColumnSpec, column_table, decimals, share
from oppgave.report.tables import Wrap


def _role_legend(roles: Sequence[Role]) -> str:
    return "; ".join(f"<b>{esc(r.code)}</b> {esc(r.name)}" for r in roles)


def task_map(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """Every task grouped by category: how often, when, how long, hours, who today and then."""
    rows = report.task_rows()
    roles = {role.id: role for role in report.data.roles}
    used = {rid for row in rows for rid in (*row.today, *row.scenario)}
    compares = report.compares
    story: list[Flowable] = [
        p(
            tr(
                "Tabellene viser alle kartlagte oppgaver etter kategori. Timer per uke = "
                "forekomster per uke × varighet × antall ansatte samtidig. Kolonnene {baseline} og "
                "{scenario} viser hvilke yrkesgrupper som gjør oppgaven, med andel når flere deler "
                "den. Der fordelingen endres, er {scenario} uthevet."
            ).format(baseline=q(report.baseline.name), scenario=q(report.scenario.name))
            if compares
            else tr(
                "Tabellene viser alle kartlagte oppgaver etter kategori. Timer per uke = "
                "forekomster per uke × varighet × antall ansatte samtidig. Kolonnen {baseline} "
                "viser hvilke yrkesgrupper som gjør oppgaven."
            ).format(baseline=q(report.baseline.name))
        ),
        p(
            tr("Forkortelser: {legend}.").format(
                legend=_role_legend([r for r in report.data.roles if r.id in used])
            ),
            styles.NOTE,
        ),
    ]
    by_category: dict[Category, list[TaskRow]] = {}
    for row in rows:
        by_category.setdefault(row.task.category, []).append(row)
    categories = report.category_rows()
    overview = [
        [
            labels.category(row.category) if row.category is not None else tr("Sum"),
            row.tasks,
            row.hours_per_week,
            row.share,
        ]
        for row in categories
    ]
    story.append(
        column_table(
            [
                ColumnSpec(tr("Kategori")),
                ColumnSpec(tr("Oppgaver"), 30 * mm, "R", COUNT),
                ColumnSpec(tr("Timer per uke"), 30 * mm, "R", decimals(1)),
                ColumnSpec(tr("Andel av timene"), 30 * mm, "R", share()),
            ],
            overview,
            total_rows=[-1],
        )
    )
    story.append(
        p(
            tr(
                "Kolonnen Risiko viser oppgavens risikonivå (lav, middels, høy) og "
                "delegeringsregel: {transfer}, {delegate} eller {keep} (se Forutsetninger og "
                "formler)."
            ).format(
                transfer=q(labels.delegation_short(DelegationRule.TRANSFER)),
                delegate=q(labels.delegation_short(DelegationRule.DELEGATE)),
                keep=q(labels.delegation_short(DelegationRule.KEEP)),
            ),
            styles.NOTE,
        )
    )
    hours_column = ColumnSpec(tr("Timer per uke"), 13 * mm if compares else 14 * mm, "R")
    if compares:
        columns = [
            ColumnSpec(tr("Oppgave"), 40 * mm),
            ColumnSpec(tr("Hyppighet"), 23 * mm),
            ColumnSpec(tr("Tidspunkt"), 19 * mm),
            ColumnSpec(tr("Varighet"), 16 * mm),
            hours_column,
            ColumnSpec(tr("Risiko"), 17 * mm),
            ColumnSpec(report.baseline.name, 20 * mm),
            ColumnSpec(report.scenario.name),
        ]
    else:
        columns = [
            ColumnSpec(tr("Oppgave"), 54 * mm),
            ColumnSpec(tr("Hyppighet"), 25 * mm),
            ColumnSpec(tr("Tidspunkt"), 21 * mm),
            ColumnSpec(tr("Varighet"), 16 * mm),
            hours_column,
            ColumnSpec(tr("Risiko"), 17 * mm),
            ColumnSpec(report.baseline.name),
        ]
    sums = {row.category: row for row in report.category_rows()}
    for category in Category:
        items = by_category.get(category, [])
        if not items:
            continue
        hours = sums[category].hours_per_week
        story += sub_heading(
            tr("{category} – {count} oppgaver, {hours} timer per uke").format(
                category=esc(labels.category(category)),
                count=len(items),
                hours=fmt.number(hours, 1),
            ),
            style,
        )
        body: list[list[Any]] = []
        bold: list[tuple[int, int]] = []
        for index, row in enumerate(items):
            task = row.task
            cells: list[Any] = [
                Wrap(task.name),
                labels.frequency(task.frequency),
                labels.windows(task),
                labels.duration(task),
                fmt.number(row.hours_per_week, 1),
                labels.risk_marker(task),
                labels.shares(row.today, roles),
            ]
            if compares:
                cells.append(labels.shares(row.scenario, roles))
                if row.changed:
                    bold.append((index, 7))
            body.append(cells)
        body.append(
            [tr("Sum {category}").format(category=labels.category(category).lower())]
            + [""] * 3
            + [fmt.number(hours, 1)]
            + [""] * (len(columns) - 5)
        )
        story.append(
            column_table(columns, body, total_rows=[-1], bold_cells=bold, spans=[(-1, 0, 3)])
        )
    return story
