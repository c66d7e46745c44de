"""Competence upgrades: per role and competence the course, places, course hours and cost (the
one course list of :meth:`DepartmentReport.courses`, as on page one and in the summary)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from oppgave.report import formatting as fmt
from oppgave.report import styles
from oppgave.report.report_data import DepartmentReport
from oppgave.report.sections.common import SectionStyle, b, esc, p, q, superscript, tr
from oppgave.report.table_spec import COUNT, KRONER, ColumnSpec, column_table, decimals
from oppgave.report.tables import Wrap


def upgrades(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """The upgrade plan: per role and competence the course, places, hours and cost (the one
    course list of :meth:`DepartmentReport.courses`, as on page one and in the summary)."""
    plan = report.courses()
    story: list[Flowable] = [
        p(
            tr(
                "Når en yrkesgruppe i {scenario} får oppgaver som krever en kompetanse den ikke "
                "har fra utdanningen, må noen ta kurs. Antallet er regnet slik at noen med "
                "kompetansen er på hver vakt der oppgavene forekommer, med tillegg for fravær, "
                "men aldri flere enn de ansatte i yrkesgruppen."
            ).format(scenario=q(report.scenario.name))
        )
    ]
    if not plan:
        story.append(p(b(tr("Scenarioet krever ikke noe kompetanseløft."))))
        return story
    if report.scenario.is_baseline:
        story.append(
            p(
                tr(
                    "«I dag» viser kompetansegap i dagens praksis, ikke kurs som skal kjøpes: "
                    "kostnaden er derfor ikke med."
                ),
                styles.NOTE,
            )
        )
    notes: dict[str, int] = {}
    body: list[list[Any]] = []
    for row in plan:
        marks = ""
        for note in [n.strip() for n in row.note.split(";") if n.strip()]:
            number = notes.setdefault(note, len(notes) + 1)
            marks += superscript(number)
        body.append(
            [
                Wrap(row.role_name),
                Wrap(row.competence_name),
                Wrap((row.course_name or tr("(ingen kurs)")) + marks),
                row.shifts_per_week,
                f"{fmt.number(row.places, 0)} / {fmt.number(row.staff, 0)}",
                row.course_hours,
                row.cost_once,
            ]
        )
    brief = report.brief()
    totals = report.course_totals()
    body.append([tr("Sum"), "", "", "", totals.places, totals.course_hours, totals.cost_once])
    columns = [
        ColumnSpec(tr("Yrkesgruppe"), 32 * mm),
        ColumnSpec(tr("Kompetanse"), 36 * mm),
        ColumnSpec(tr("Kurs")),
        ColumnSpec(tr("Vakter\nper uke"), 16 * mm, "R", decimals(1)),
        ColumnSpec(tr("Plasser /\nansatte"), 18 * mm, "R", COUNT),
        ColumnSpec(tr("Kurs-\ntimer"), 14 * mm, "R", decimals(0)),
        ColumnSpec(tr("Kostnad\n(kr)"), 17 * mm, "R", KRONER),
    ]
    story.append(column_table(columns, body, total_rows=[-1], spans=[(-1, 0, 3)]))
    if notes:
        story.append(Spacer(1, 2 * mm))
        for note, number in notes.items():
            story.append(
                Paragraph(
                    f"{superscript(number)} {esc(note[:1].upper() + note[1:])}.",
                    styles.NOTE_TIGHT,
                )
            )
    story.append(Spacer(1, 2 * mm))
    if not report.scenario.is_baseline:
        story.append(
            p(
                tr(
                    "{places} kursplasser for minst {people} ansatte: samme ansatt kan ta flere "
                    "kurs, så en yrkesgruppe trenger minst like mange som det største kurset og "
                    "aldri flere enn de ansatte."
                ).format(
                    places=fmt.number(totals.places, 0), people=fmt.number(brief.course_people, 0)
                )
            )
        )
    story.append(
        p(
            tr(
                "Vakter per uke = vakter der oppgavene forekommer (en oppgave sjeldnere enn "
                "ukentlig teller med sin andel). Plasser = vakter per uke ÷ vakter én person går "
                "per uke × (1 + fravær), rundet opp, høyst de ansatte i yrkesgruppen. Kostnaden "
                "er pris per deltaker × plasser, én gang."
            ),
            styles.NOTE,
        )
    )
    return story


# --- full time ----------------------------------------------------------------------------------
