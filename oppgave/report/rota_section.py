"""Report section «Turnus»: the saved rota of the report's scenario (issue 17).

Positions × days for the first :data:`WEEKS_SHOWN` weeks, three weeks to a table in a compact
font (A4 portrait: 21 day columns of 5.6 mm), weekend and holiday columns shaded, the hours per
position (total over the rota and per week against the target), the shift legend with times,
and the rule checker's verdict on the saved rota. The section is in the report only when the
scenario has a saved rota (``DepartmentReport.rota``, loaded by ``report_data``); every figure
comes from :func:`oppgave.services.saved_rotas.rota_view`.
"""

from __future__ import annotations

from datetime import timedelta
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from oppgave.analysis.rota import DAYS_PER_WEEK
from oppgave.i18n import translate
from oppgave.report import formatting as fmt
from oppgave.report import styles
from oppgave.report.layout import FRAME_WIDTH
from oppgave.report.report_data import DepartmentReport, RotaView
from oppgave.report.sections.common import SectionStyle, sub_heading
from oppgave.report.tables import TableSpec, head, make_table

#: Weeks printed (a 52-week årsturnus prints its first weeks; the whole rota is in Excel).
WEEKS_SHOWN = 6
#: Weeks per table: 21 day columns fit the A4 frame in a 6.5 pt font.
WEEKS_PER_TABLE = 3
#: Rule findings listed (the rest are counted).
FINDINGS_SHOWN = 15
FONT_SIZE = 6.5
WEEKEND = colors.HexColor("#D9DCE3")
BROKEN = colors.HexColor("#F4C7C7")
WEEKDAYS = ("ma", "ti", "on", "to", "fr", "lø", "sø")


def _tr(text: str) -> str:
    return translate("Report", text)


def rota_section(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """The saved rota of the report's scenario (empty list when it has none)."""
    view = report.rota
    if view is None:
        return []
    rota = view.rota
    problem = rota.problem
    rules = problem.rules
    shown = min(rules.weeks, WEEKS_SHOWN)
    start = problem.start
    intro = _tr(
        "Lagret turnus for «{scenario}»: {n} stillinger, {w} uker, arbeid hver {f}. helg{long}."
    ).format(
        scenario=report.scenario.name,
        n=len(problem.positions),
        w=rules.weeks,
        f=rules.weekend_every,
        long=_tr(", langvakter i helgene") if rules.long_weekend_shifts else "",
    )
    if start is not None:
        intro += " " + _tr("Første dag {d}.").format(d=fmt.norwegian_date(start))
    if shown < rules.weeks:
        intro += " " + _tr("Her vises uke 1–{s}; hele turnusen står i Excel-eksporten.").format(
            s=shown
        )
    if problem.holidays:
        intro += " " + _tr("Helligdager bemannes som søndag.")
    story: list[Flowable] = [Paragraph(escape(intro), styles.BODY)]
    for first_week in range(0, shown, WEEKS_PER_TABLE):
        weeks = range(first_week, min(shown, first_week + WEEKS_PER_TABLE))
        story.append(_grid(view, weeks))
        story.append(Spacer(1, 3 * mm))
    story.append(_legend(view))
    story += sub_heading(_tr("Timer per stilling"), style, 30 * mm)
    story.append(_hours(view))
    story += sub_heading(_tr("Regelsjekk"), style, 25 * mm)
    story += _findings(view)
    return story


def _grid(view: RotaView, weeks: range) -> Flowable:
    rota = view.rota
    problem = rota.problem
    days = [d for w in weeks for d in range(w * DAYS_PER_WEEK, (w + 1) * DAYS_PER_WEEK)]
    label_width = 30 * mm
    hours_width = 14 * mm
    day_width = (FRAME_WIDTH - label_width - hours_width) / (WEEKS_PER_TABLE * DAYS_PER_WEEK)
    header: list[object] = [head(_tr("Uke {a}–{b}").format(a=weeks[0] + 1, b=weeks[-1] + 1))]
    for day in days:
        when = (
            f"{(problem.start + timedelta(days=day)).day}"
            if problem.start is not None
            else str(day + 1)
        )
        header.append(head(f"{WEEKDAYS[day % DAYS_PER_WEEK]}\n{when}", "C"))
    header.append(head(_tr("t/uke"), "R"))
    body = []
    for p, position in enumerate(problem.positions):
        row: list[object] = [position.label]
        row += [rota.grid[p][d] for d in days]
        row.append(fmt.number(view.hours[p].per_week, 1))
        body.append(row)
    extra: list[tuple[object, ...]] = [
        ("LEFTPADDING", (1, 0), (-2, -1), 0.5),
        ("RIGHTPADDING", (1, 0), (-2, -1), 0.5),
        ("TOPPADDING", (0, 1), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1.4),
    ]
    for column, day in enumerate(days, start=1):
        if problem.is_helg(day):
            extra.append(("BACKGROUND", (column, 1), (column, -1), WEEKEND))
    for p in range(len(problem.positions)):
        for column, day in enumerate(days, start=1):
            if view.cell_violations(p, day):
                extra.append(("BACKGROUND", (column, 1 + p), (column, 1 + p), BROKEN))
    widths = [label_width] + [day_width] * len(days) + [hours_width]
    align = ["L"] + ["C"] * len(days) + ["R"]
    return make_table(
        [header],
        body,
        TableSpec(widths=widths, align=align, font_size=FONT_SIZE, zebra=True, extra=extra),
    )


def _legend(view: RotaView) -> Flowable:
    parts = [
        f"<b>{escape(t.code)}</b> {escape(t.name)} {t.times()} ({fmt.number(t.hours, 1)} t)"
        for t in view.rota.problem.shift_types
    ]
    text = _tr("Vakter: {parts}. Grå kolonner: helg og helligdag.").format(parts=" · ".join(parts))
    return Paragraph(text, styles.NOTE)


def _hours(view: RotaView) -> Flowable:
    rota = view.rota
    body = []
    for p, position in enumerate(rota.problem.positions):
        hours = view.hours[p]
        body.append(
            [
                position.label,
                rota.problem.role_name(position.role_id),
                fmt.number(hours.hours, 1),
                fmt.number(hours.per_week, 1),
                fmt.number(hours.target_per_week, 1),
                ""
                if hours.within
                else _tr("utenfor ± {t} t").format(t=fmt.number(hours.tolerance, 1)),
            ]
        )
    header = [
        head(_tr("Stilling")),
        head(_tr("Rolle")),
        head(_tr("Timer i turnusen"), "R"),
        head(_tr("Per uke"), "R"),
        head(_tr("Mål per uke"), "R"),
        head(_tr("Merknad")),
    ]
    widths = [34 * mm, 40 * mm, 22 * mm, 18 * mm, 20 * mm, FRAME_WIDTH - 134 * mm]
    return make_table(
        [header],
        body,
        TableSpec(widths=widths, align=["L", "L", "R", "R", "R", "L"], font_size=7),
    )


def _findings(view: RotaView) -> list[Flowable]:
    if not view.violations:
        return [
            Paragraph(
                escape(
                    _tr(
                        "Turnusen holder alle reglene: hviletid, ukentlig fritid, timer per uke, "
                        "dager på rad, stillingsstørrelser, helgefrekvens og bemanning per vakt."
                    )
                ),
                styles.BODY,
            )
        ]
    story: list[Flowable] = [
        Paragraph(
            escape(
                _tr("{n} brudd på reglene (markert rødt i turnusen over):").format(
                    n=len(view.violations)
                )
            ),
            styles.BODY,
        )
    ]
    for violation in view.violations[:FINDINGS_SHOWN]:
        story.append(Paragraph(escape(violation.message), styles.BULLET, bulletText="•"))
    rest = len(view.violations) - FINDINGS_SHOWN
    if rest > 0:
        story.append(Paragraph(escape(_tr("… og {n} til.").format(n=rest)), styles.NOTE))
    return story
