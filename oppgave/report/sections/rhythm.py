"""Døgnrytme: the 7 × 24 heat map, the hourly profiles against the staffing, and the staffing
and task hours per shift (in all and per role)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from oppgave.domain.enums import DayType
from oppgave.report import charts, labels, styles
from oppgave.report import formatting as fmt
from oppgave.report.layout import FRAME_WIDTH
from oppgave.report.report_data import DepartmentReport
from oppgave.report.sections.common import SectionStyle, p, q, sub_heading, tr
from oppgave.report.table_spec import COUNT, ColumnSpec, column_table, decimals, share
from oppgave.report.tables import Wrap


def rhythm_table(matrix: Any) -> Table:
    """The 7 × 24 døgnrytme as a heat map: one shaded cell per clock hour and weekday with its
    value printed (grey levels, so it reads the same in black and white; vector text)."""
    values = [[float(v) for v in row] for row in matrix]
    largest = max((v for row in values for v in row), default=0.0)
    decimals = 0 if largest >= 10 else 1
    first = 11 * mm
    cell = (FRAME_WIDTH - first) / 24
    rows: list[list[Any]] = [[""] + [f"{hour:02d}" for hour in range(24)]]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 6.3),
        ("LEADING", (0, 0), (-1, -1), 7.5),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("ALIGN", (0, 0), (0, -1), "LEFT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
        ("TEXTCOLOR", (0, 0), (-1, 0), styles.MUTED),
        ("FONTNAME", (0, 1), (0, -1), styles.FONT_BOLD),
        ("FONTSIZE", (0, 1), (0, -1), 7),
        ("GRID", (1, 1), (-1, -1), 0.6, styles.WHITE),
        ("LINEBELOW", (0, 5), (-1, 5), 1.4, styles.ACCENT),
    ]
    for day, row in enumerate(values):
        rows.append(
            [labels.weekday_short(day)]
            + [fmt.number(v, decimals) if v >= 0.05 else "" for v in row]
        )
        for hour, value in enumerate(row):
            level = value / largest if largest > 0 else 0.0
            grey = 1.0 - 0.82 * level
            commands.append(("BACKGROUND", (hour + 1, day + 1), (hour + 1, day + 1), _grey(grey)))
            if grey < 0.55:
                commands.append(
                    ("TEXTCOLOR", (hour + 1, day + 1), (hour + 1, day + 1), styles.WHITE)
                )
    table = Table(rows, colWidths=[first] + [cell] * 24, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _grey(level: float) -> Any:
    return Color(level, level, level)


def rhythm(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """The 7 × 24 heat map, the hourly profiles against the staffing, and the shift table."""
    analysis = report.analysis
    staffed = report.staffing_by_hour()
    story: list[Flowable] = [
        p(
            tr(
                "Døgnrytmen viser når på døgnet og i uka arbeidet med oppgavene ligger. Hver rute "
                "er arbeidstimer i den klokketimen i løpet av en uke, som er det samme som hvor "
                "mange ansatte som i snitt er opptatt med oppgaver i den timen. Mørkere rute betyr "
                "mer arbeid. Oppgaver uten tidspunkt regnes som arbeid på dagvakt."
            )
        ),
        KeepTogether(
            [
                rhythm_table(analysis.workload.rhythm),
                p(
                    tr(
                        "Figur: Arbeidstimer per klokketime (timen som begynner) og ukedag, alle "
                        "oppgaver. Streken skiller hverdager og helg."
                    ),
                    styles.CAPTION,
                ),
            ]
        ),
        KeepTogether(
            [
                charts.rhythm_profiles(
                    analysis.workload.rhythm, staffed, report.data.settings, FRAME_WIDTH
                ),
                p(
                    tr(
                        "Figur: Ansatte opptatt med oppgaver (stolper) mot ansatte på vakt etter "
                        "dagens bemanningsplan (linje), per klokketime. Der stolpene når linjen, "
                        "går all vakttiden med til kartlagte oppgaver."
                    ),
                    styles.CAPTION,
                ),
            ]
        ),
    ]
    story += sub_heading(tr("Bemanning og oppgavetimer per vakt"), style)
    body: list[list[Any]] = []
    for row in report.shift_rows():
        definition = report.data.settings.shift(row.shift)
        body.append(
            [
                labels.shift(row.shift),
                labels.day_type(row.day_type),
                f"{fmt.clock(definition.start_minute)}{fmt.EN_DASH}{fmt.clock(definition.end_minute)}",
                row.staffed_people,
                row.staffed_hours_per_day,
                row.task_hours_per_day,
                row.task_share,
            ]
        )
    columns = [
        ColumnSpec(tr("Vakt")),
        ColumnSpec(tr("Dager"), 22 * mm),
        ColumnSpec(tr("Tid"), 26 * mm),
        ColumnSpec(tr("På vakt per\ndag (personer)"), 24 * mm, "R", COUNT),
        ColumnSpec(tr("Vakttimer\nper dag"), 24 * mm, "R", decimals(1)),
        ColumnSpec(tr("Oppgavetimer\nper dag"), 26 * mm, "R", decimals(1)),
        ColumnSpec(tr("Oppgaver i %\nav vakttimene"), 28 * mm, "R", share(0)),
    ]
    story.append(column_table(columns, body))
    story.append(
        p(
            tr(
                "Vakttimer per dag = personer på vakt × vaktens lengde. Oppgavetimer per dag = "
                "oppgavetimene i vakten i {scenario} ÷ antall dager (5 hverdager, 2 helgedager). "
                "Resten av vakttiden går til pauser, forflytning mellom brukere, uforutsett arbeid "
                "og det som ikke er kartlagt."
            ).format(scenario=q(report.scenario.name)),
            styles.NOTE,
        )
    )
    story += _role_shift_tables(report, style)
    return story


def _role_shift_tables(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """Per role: people on each shift today (staffing plan) and task hours per shift."""
    settings = report.data.settings
    keys = [(d.shift, t) for d in settings.shifts for t in (DayType.WEEKDAY, DayType.WEEKEND)]
    people: dict[tuple[int, Any, DayType], int] = {}
    for row in report.data.staffing:
        key = (row.role_id, row.shift, row.day_type)
        people[key] = people.get(key, 0) + row.count
    hours = report.analysis.workload.role_shift_hours
    body: list[list[Any]] = []
    for role in report.data.roles:
        staffed = [people.get((role.id, s, t), 0) for s, t in keys]
        work = [
            hours.get((role.id, s, t), 0.0) / (5 if t is DayType.WEEKDAY else 2) for s, t in keys
        ]
        if not any(staffed) and max(work, default=0.0) < 0.05:
            continue
        body.append(
            [Wrap(role.name)]
            + [
                f"{fmt.number(n, 0)} / {fmt.number(h, 1)}"
                for n, h in zip(staffed, work, strict=True)
            ]
        )
    if not body:
        return []
    columns = [ColumnSpec(tr("Yrkesgruppe"))] + [
        ColumnSpec(labels.day_type(day_type), 20 * mm, "R", group=labels.shift(shift))
        for shift, day_type in keys
    ]
    return [
        *sub_heading(tr("Per yrkesgruppe og vakt"), style, space=70 * mm),
        p(
            tr(
                "Hver rute: personer på vakt per dag etter dagens bemanningsplan / oppgavetimer "
                "per dag for yrkesgruppen i {scenario}."
            ).format(scenario=q(report.scenario.name)),
            styles.NOTE,
        ),
        column_table(columns, body),
    ]


# --- staffing proposal --------------------------------------------------------------------------
