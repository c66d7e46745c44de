"""Report section «Bemanningsplan og heltid i scenarioet» (docs/bemanning-og-turnus.md).

The scenario's people per role per shift against today's staffing (analysis.staffing_plan), FTE
per role, and how many 100 % positions every 2nd/3rd/4th weekend and 7.5 h / 12.5 h weekend shifts
allow (analysis.fulltime_effect), against the ≥ 50 % goal.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from oppgave.analysis.fulltime_effect import FULLTIME_GOAL, fulltime_effect
from oppgave.analysis.staffing_plan import staffing_plan
from oppgave.domain.enums import DayType, Shift
from oppgave.i18n import translate
from oppgave.report import formatting as fmt
from oppgave.report import styles
from oppgave.report.layout import FRAME_WIDTH
from oppgave.report.report_data import DepartmentReport
from oppgave.report.sections.common import SectionStyle, sub_heading
from oppgave.report.tables import TableSpec, head, make_table

SHIFT_WORDS = {
    Shift.DAY: "Dag",
    Shift.EVENING: "Kveld",
    Shift.NIGHT: "Natt",
}
DAY_TYPE_WORDS = {DayType.WEEKDAY: "hverdag", DayType.WEEKEND: "helg"}


def _tr(text: str) -> str:
    return translate("Report", text)


def staffing_plan_section(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """The bemanningsplan table, FTE per role and the full-time table of the report's scenario."""
    data = report.data
    plan = staffing_plan(data, report.scenario.id, edits=report.plan_edits)
    effect = fulltime_effect(data, plan)
    roles = {role.id: role for role in data.roles}
    story: list[Flowable] = [
        Paragraph(
            _tr(
                "Personer på vakt per rolle i «{scenario}», regnet fra oppgavetimene per vakt, "
                "nødvendig tilstedeværelse ({presence}) og forsvarlighetsgulvet. Tallet i parentes "
                "er dagens bemanning; ! = flere enn i dag, ↓ = færre."
            ).format(
                scenario=report.scenario.name,
                presence=fmt.percent(plan.presence_share, 0),
            ),
            styles.BODY,
        )
    ]
    columns = [(s, d) for d in DayType for s in Shift]
    header = [head(_tr("Rolle"))] + [
        head(f"{_tr(SHIFT_WORDS[s])} {_tr(DAY_TYPE_WORDS[d])}", "R") for s, d in columns
    ]
    shown = sorted(
        {c.role_id for c in plan.cells if c.people or c.today or c.on_call},
        key=lambda r: (roles[r].sort_order, roles[r].code),
    )
    body = []
    for role_id in shown:
        row: list[str] = [roles[role_id].name]
        for shift, day_type in columns:
            cell = plan.cell(role_id, shift, day_type)
            if cell is None:
                row.append("–")
                continue
            flag = " !" if cell.overloaded else (" ↓" if cell.under_used else "")
            mark = "*" if cell.edited else ""
            text = f"{cell.people}{mark} ({cell.today}){flag}"
            if cell.on_call:
                text += " " + _tr("+{n} hv").format(n=cell.on_call)
            row.append(text)
        body.append(row)
    first = FRAME_WIDTH - 6 * 21 * mm
    story.append(
        make_table(
            [header], body, TableSpec(widths=[first] + [21 * mm] * 6, align=["L"] + ["R"] * 6)
        )
    )
    if plan.edited:
        story.append(
            Paragraph(
                _tr("* = endret for hånd av lederen (overstyrer det beregnede tallet)."),
                styles.BODY,
            )
        )
    codes = {role.id: role.code for role in data.roles}
    names = {c.id: c.name for c in data.competences}
    for warning in [b.message(codes) for b in plan.breaches] + [
        n.message(names) for n in plan.competence_gaps
    ]:
        story.append(Paragraph(_tr("Advarsel: {text}").format(text=escape(warning)), styles.BODY))
    story += sub_heading(_tr("Årsverk per rolle"), style)
    fte_rows = [
        [
            roles[r.role_id].name,
            fmt.number(r.fte, 1),
            fmt.number(r.today_fte, 1),
            _tr("bare hverdager") if r.weekday_only else "",
        ]
        for r in plan.roles
    ]
    story.append(
        make_table(
            [
                [
                    head(_tr("Rolle")),
                    head(_tr("Plan"), "R"),
                    head(_tr("I dag"), "R"),
                    head(_tr("Merknad")),
                ]
            ],
            fte_rows,
            TableSpec(
                widths=[FRAME_WIDTH - 100 * mm, 25 * mm, 25 * mm, 50 * mm],
                align=["L", "R", "R", "L"],
            ),
        )
    )
    story += sub_heading(_tr("Hvor mange 100 %-stillinger kan vi tilby?"), style)
    story.append(
        Paragraph(
            _tr(
                "Turnusroller: {roles}. Minste stilling {m}. I dag har {k} av {n} ansatte i "
                "disse rollene 100 % stilling ({s}); målet er minst {goal}."
            ).format(
                roles=", ".join(roles[r].name for r in effect.rota_role_ids),
                m=fmt.position_percent(effect.min_position * 100),
                k=effect.today_fulltime,
                n=effect.today_people,
                s=fmt.percent(effect.today_share, 0),
                goal=fmt.percent(FULLTIME_GOAL, 0),
            ),
            styles.BODY,
        )
    )
    rows = []
    for option in effect.options:
        verdict = _tr("når målet") if option.meets_goal else _tr("under målet")
        if not option.feasible:
            verdict = _tr("for få årsverk til helgene")
        rows.append(
            [
                _tr("hver {f}. helg").format(f=option.frequency),
                fmt.number(option.shift_hours, 1) + " t",
                str(option.people_needed),
                f"{option.fulltime_positions} / {option.people}",
                fmt.percent(option.fulltime_share, 0),
                verdict,
            ]
        )
    story.append(
        make_table(
            [
                [
                    head(_tr("Helger")),
                    head(_tr("Helgevakt"), "R"),
                    head(_tr("Personer"), "R"),
                    head(_tr("100 % / ansatte"), "R"),
                    head(_tr("Heltid"), "R"),
                    head(_tr("Mål")),
                ]
            ],
            rows,
            TableSpec(
                widths=[28 * mm, 22 * mm, 22 * mm, 30 * mm, 20 * mm, FRAME_WIDTH - 122 * mm],
                align=["L", "R", "R", "R", "R", "L"],
            ),
        )
    )
    return story
