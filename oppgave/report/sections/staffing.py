"""The staffing proposal: positions today and the price's FTE and wages per role, «I dag» and
the scenario (the one price: the same figures as page one)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from oppgave.report import formatting as fmt
from oppgave.report import styles
from oppgave.report.report_data import DepartmentReport
from oppgave.report.sections.common import (
    SectionStyle,
    esc,
    p,
    productive_hours,
    q,
    short,
    signed_kroner,
    tr,
)
from oppgave.report.table_spec import (
    COUNT,
    THOUSANDS,
    ColumnSpec,
    change,
    column_table,
    decimals,
)
from oppgave.report.tables import Wrap


def staffing(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """FTE and kroner per year per role: positions today, and the scenario's price per role
    (the one price: the same figures as page one), today and in the scenario."""
    compares = report.compares
    story: list[Flowable] = [
        p(
            tr(
                "Tabellen viser per yrkesgruppe stillingene avdelingen har i dag, og årsverk og "
                "lønn i prisen for {baseline} og {scenario}: de kartlagte oppgavene med "
                "veiledning og nødvendig tilstedeværelse (de samme tallene som på side én). "
                "Stillingene dekker også tid som ikke er kartlagt."
            ).format(baseline=q(report.baseline.name), scenario=q(report.scenario.name))
            if compares
            else tr(
                "Tabellen viser per yrkesgruppe stillingene avdelingen har i dag, og årsverk og "
                "lønn i prisen: de kartlagte oppgavene med veiledning og nødvendig "
                "tilstedeværelse. Stillingene dekker også tid som ikke er kartlagt."
            )
        )
    ]
    table = report.staffing_rows()
    body: list[list[Any]] = []
    for row in (*table.rows, table.total):
        label = Wrap(row.label) if row is not table.total else row.label
        cells: list[Any] = [label, row.people, row.positions_fte, row.fte_today]
        if compares:
            cells += [
                row.fte_scenario,
                row.fte_scenario - row.fte_today,
                row.wages_today,
                row.wages_scenario,
                (row.wages_scenario - row.wages_today) / 1000.0,
            ]
        else:
            cells.append(row.wages_today)
        body.append(cells)
    if compares:
        today, chosen = short(report.baseline.name), short(report.scenario.name)
        positions, fte = tr("Stillinger i dag"), tr("Årsverk i prisen")
        wages = tr("Lønn per år (1 000 kr)")
        columns = [
            ColumnSpec(tr("Yrkesgruppe")),
            ColumnSpec(tr("Ansatte"), 15 * mm, "R", COUNT, group=positions),
            ColumnSpec(tr("Årsverk"), 16 * mm, "R", decimals(1), group=positions),
            ColumnSpec(today, 16 * mm, "R", decimals(2), group=fte),
            ColumnSpec(chosen, 16 * mm, "R", decimals(2), group=fte),
            ColumnSpec(tr("Endring"), 16 * mm, "R", change(2), group=fte),
            ColumnSpec(today, 17 * mm, "R", THOUSANDS, group=wages),
            ColumnSpec(chosen, 17 * mm, "R", THOUSANDS, group=wages),
            ColumnSpec(tr("Endring"), 17 * mm, "R", change(0), group=wages),
        ]
    else:
        columns = [
            ColumnSpec(tr("Yrkesgruppe")),
            ColumnSpec(tr("Ansatte"), 22 * mm, "R", COUNT),
            ColumnSpec(tr("Årsverk i\nstillinger"), 26 * mm, "R", decimals(1)),
            ColumnSpec(tr("Årsverk i\nprisen"), 26 * mm, "R", decimals(2)),
            ColumnSpec(tr("Lønn per år\n(1 000 kr)"), 30 * mm, "R", THOUSANDS),
        ]
    story.append(column_table(columns, body, total_rows=[-1]))
    year_change = table.total.wages_scenario - table.total.wages_today
    if compares:
        price = report.price
        story.append(Spacer(1, 3 * mm))
        story.append(
            p(
                tr(
                    "Lønnen i prisen endres med {change} per år. Kursene koster "
                    "{courses} én gang ({per_year} per år fordelt); kursene tjenes inn på "
                    "{payback}."
                ).format(
                    change=signed_kroner(year_change),
                    courses=fmt.kroner_text(price.course_cost_once),
                    per_year=fmt.kroner_text(price.course_cost_per_year),
                    payback=esc(price.payback_text()),
                )
                if price.payback_years is not None
                else tr(
                    "Lønnen i prisen endres med {change} per år. Kursene koster "
                    "{courses} én gang ({per_year} per år fordelt)."
                ).format(
                    change=signed_kroner(year_change),
                    courses=fmt.kroner_text(price.course_cost_once),
                    per_year=fmt.kroner_text(price.course_cost_per_year),
                )
            )
        )
    story.append(
        p(
            tr(
                "Årsverk = timer per uke ÷ {hours} timer. Lønnskostnad per år = timer per uke ÷ "
                "{productive} × timekostnad × {weeks} uker (alle får lønn, også de som er borte). "
                "Timekostnaden per yrkesgruppe står i Forutsetninger og formler."
            ).format(
                hours=fmt.number(productive_hours(report), 1),
                productive=fmt.number(1.0 - report.data.settings.total_allowance, 2),
                weeks=fmt.number(report.data.settings.weeks_per_year, 0),
            ),
            styles.NOTE,
        )
    )
    return story
