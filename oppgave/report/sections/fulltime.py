"""Full time and weekends: full-time share, continuity carriers, position sizes per role and
the weekend table (how large positions the department can offer)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from oppgave.report import formatting as fmt
from oppgave.report import styles
from oppgave.report.layout import FRAME_WIDTH
from oppgave.report.report_data import DepartmentReport
from oppgave.report.sections.common import SectionStyle, p, sub_heading, tr
from oppgave.report.table_spec import COUNT, ColumnSpec, column_table


def _position(value: Any) -> str:
    return fmt.position_percent(value)


def fulltime(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """Full-time share, continuity carriers, position sizes and the weekend table."""
    analysis = report.analysis
    full = analysis.fulltime
    settings = report.data.settings
    story: list[Flowable] = []
    facts = [
        [tr("Ansatte i stillingene"), fmt.number(full.people, 0)],
        [tr("Årsverk i stillingene"), fmt.number(full.fte, 1)],
        [
            tr("Heltidsandel (ansatte i 100 % stilling)").replace("100 %", f"100{fmt.NBSP}%"),
            f"{fmt.percent(full.fulltime_share, 0)}  ({full.fulltime_people})",
        ],
        [
            tr("Kontinuitetsbærere (stillinger over {limit})").format(
                limit=fmt.position_percent(settings.continuity_threshold_percent)
            ),
            f"{fmt.percent(full.continuity_share, 0)}  ({full.continuity_people})",
        ],
        [tr("Gjennomsnittlig stillingsstørrelse"), fmt.position_percent(full.avg_position)],
    ]
    story.append(
        column_table([ColumnSpec(tr("Heltid i dag")), ColumnSpec(tr("Verdi"), 45 * mm, "R")], facts)
    )
    story.append(
        p(
            tr(
                "Målet i kommunene er at minst halvparten av de ansatte i turnus har hel stilling. "
                "Kontinuitetsbærere er ansatte i stillinger over {limit}."
            ).format(limit=fmt.position_percent(settings.continuity_threshold_percent)),
            styles.NOTE,
        )
    )
    story += _position_sizes(report, style)
    story += sub_heading(tr("Helgetabellen"), style)
    source = (
        tr("helgebemanningen i bemanningsplanen")
        if analysis.weekend_hours_source == "staffing"
        else tr("oppgavetimene i helgevaktene (ingen helgebemanning registrert; et minimum)")
    )
    fte_source = (
        tr("stillingene")
        if analysis.total_fte_source == "positions"
        else tr("behovet i scenarioet")
    )
    story.append(
        p(
            tr(
                "Alle må gå helg. Tabellen viser hvor store stillinger avdelingen i snitt kan "
                "tilby "
                "ved ulike helgefrekvenser og vaktlengder. Helgen krever {hours} timer (fra "
                "{source}); årsverkene er {fte} (fra {fte_source})."
            ).format(
                hours=fmt.number(analysis.weekend_hours, 1),
                source=source,
                fte=fmt.number(analysis.total_fte, 1),
                fte_source=fte_source,
            )
        )
    )
    lengths = list(settings.weekend_shift_hours)
    by_key = {(row.frequency, row.shift_hours): row for row in analysis.weekend_table}
    body: list[list[Any]] = []
    for frequency in settings.weekend_frequencies:
        cells: list[Any] = [tr("Hver {n}. helg").format(n=frequency)]
        for length in lengths:
            row = by_key[(frequency, length)]
            cells += [row.shifts_needed, row.people_needed, row.max_avg_position]
        body.append(cells)
    columns = [ColumnSpec(tr("Helgefrekvens"))]
    for length in lengths:
        group = tr("Helgevakter på {hours} timer").format(hours=fmt.number(length, 1))
        columns += [
            ColumnSpec(tr("Vakter per\nhelg"), 22 * mm, "R", COUNT, group=group),
            ColumnSpec(tr("Personer\nsom trengs"), 22 * mm, "R", COUNT, group=group),
            ColumnSpec(tr("Største snitt-\nstilling"), 22 * mm, "R", _position, group=group),
        ]
    story.append(column_table(columns, body))
    story.append(
        p(
            tr(
                "Helgevakter = timer per helg ÷ vaktlengden, rundet opp. Personer = helgevakter × "
                "frekvensen ÷ {per} vakter per person per helg, rundet opp. Største "
                "snittstilling = "
                "årsverk ÷ personer, høyst 100 %."
            ).format(per=settings.weekend_shifts_per_person),
            styles.NOTE,
        )
    )
    return story


def _position_sizes(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    positions = report.data.positions
    if not positions:
        return [p(tr("Ingen stillinger er registrert for avdelingen."))]
    table = report.position_sizes()
    roles = table.roles
    body: list[list[Any]] = []
    for size in table.sizes:
        row: list[Any] = [fmt.position_percent(size)]
        row += [table.counts.get((size, r.id)) or "" for r in roles]
        row.append(table.per_size[size])
        body.append(row)
    body.append([tr("Sum")] + [table.per_role[r.id] for r in roles] + [table.total])
    column = min(24 * mm, (FRAME_WIDTH - 30 * mm) / (len(roles) + 1))
    columns = (
        [ColumnSpec(tr("Stilling"))]
        + [ColumnSpec(r.code, column, "R", COUNT) for r in roles]
        + [ColumnSpec(tr("Sum"), column, "R", COUNT)]
    )
    return [
        *sub_heading(tr("Stillingsstørrelser"), style),
        p(tr("Antall ansatte per stillingsstørrelse og yrkesgruppe."), styles.NOTE),
        column_table(columns, body, total_rows=[-1]),
    ]
