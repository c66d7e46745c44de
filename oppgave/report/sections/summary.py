"""Summary: the department's key figures, «I dag» against the scenario, and the main points."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from oppgave.report import formatting as fmt
from oppgave.report import styles
from oppgave.report.report_data import DepartmentReport
from oppgave.report.sections.common import (
    SectionStyle,
    b,
    cards,
    esc,
    millions,
    p,
    q,
    sub_heading,
    tr,
)
from oppgave.report.table_spec import ColumnSpec, column_table


def summary(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """Key figures of the department: «I dag» against the scenario, and what it means."""
    today, chosen = report.baseline_figures, report.figures
    department = report.department
    compares = report.compares
    story: list[Flowable] = []
    intro = tr(
        "Rapporten viser kartleggingen av oppgavene i {department} og hva som skjer med "
        "bemanning, kostnader og kompetansebehov i scenarioet {scenario} sammenlignet med "
        "dagens praksis ({baseline})."
    ).format(
        department=b(esc(department.name)),
        scenario=q(report.scenario.name),
        baseline=q(report.baseline.name),
    )
    if not compares:
        intro = tr(
            "Rapporten viser kartleggingen av oppgavene i {department} og bemanningen slik den "
            "er i dag ({baseline})."
        ).format(department=b(esc(department.name)), baseline=q(report.baseline.name))
    story.append(p(intro))
    if report.scenario.description:
        story.append(
            p(tr("Om scenarioet: {text}").format(text=f"<i>{esc(report.scenario.description)}</i>"))
        )
    if report.scenario_note:
        story.append(p(f"<b>{esc(report.scenario_note)}</b>"))

    price = report.analysis.price
    change_year = price.change_vs_today
    key_figures = [
        (fmt.number(chosen.hours_per_week, 1), tr("oppgavetimer per uke")),
        (fmt.number(chosen.fte, 2), tr("årsverk til oppgavene")),
        (
            millions(price.total_per_year),
            tr("mill. kr per år i lønn og kurs, {scenario}").format(
                scenario=q(report.scenario.name)
            ),
        ),
    ]
    if compares:
        key_figures.append(
            (
                ("+" if round(change_year, -4) > 0 else "") + millions(change_year),
                tr("mill. kr per år mot {baseline}").format(baseline=q(report.baseline.name)),
            )
        )
    else:
        key_figures.append(
            (fmt.percent(chosen.mapped_share, 0), tr("av tilgjengelig tid er kartlagt"))
        )
    story += [cards(key_figures), Spacer(1, 5 * mm)]

    header_cells: list[str] = [tr("Nøkkeltall"), report.baseline.name]
    if compares:
        header_cells += [report.scenario.name, tr("Endring")]
    rows: list[list[Any]] = []

    def add(label: str, before: str, after: str, change: str) -> None:
        rows.append([label, before] + ([after, change] if compares else []))

    add(
        tr("Oppgavetimer per uke"),
        fmt.number(today.hours_per_week),
        fmt.number(chosen.hours_per_week),
        fmt.signed(chosen.hours_per_week - today.hours_per_week),
    )
    if today.unassigned_hours_per_week > 0.05 or chosen.unassigned_hours_per_week > 0.05:
        add(
            tr("  herav ikke fordelt på noen rolle"),
            fmt.number(today.unassigned_hours_per_week),
            fmt.number(chosen.unassigned_hours_per_week),
            fmt.signed(chosen.unassigned_hours_per_week - today.unassigned_hours_per_week),
        )
    add(
        tr("Årsverk til oppgavene"),
        fmt.number(today.fte, 2),
        fmt.number(chosen.fte, 2),
        fmt.signed(chosen.fte - today.fte, 2),
    )
    add(
        tr("Pris per år, lønn og kurs (kr)"),
        fmt.kroner(price.today_total_per_year),
        fmt.kroner(price.total_per_year),
        fmt.signed(change_year, 0),
    )
    if compares and price.course_cost_once > 0:
        add(
            tr("Kurs tjenes inn på"),
            fmt.MISSING,
            esc(price.payback_text()),
            fmt.MISSING,
        )
    add(
        tr("Sykepleierandel av timene"),
        fmt.percent(today.nurse_share),
        fmt.percent(chosen.nurse_share),
        fmt.percent_points(
            None
            if today.nurse_share is None or chosen.nurse_share is None
            else chosen.nurse_share - today.nurse_share
        ),
    )
    add(
        tr("Andel av tilgjengelig tid som er kartlagt"),
        fmt.percent(today.mapped_share),
        fmt.percent(chosen.mapped_share),
        fmt.MISSING,
    )
    add(
        tr("Heltidsandel (stillinger i dag)"),
        fmt.percent(today.fulltime_share),
        fmt.percent(chosen.fulltime_share),
        fmt.MISSING,
    )
    brief = report.brief()
    if compares:
        add(
            tr("Kursplasser forslaget krever (ansatte på kurs, minst)"),
            fmt.MISSING,
            tr("{places} ({people})").format(
                places=fmt.number(brief.course_places, 0),
                people=fmt.number(brief.course_people, 0),
            ),
            fmt.MISSING,
        )
    add(
        tr("Kurs, én gang (kr; «I dag»: kompetansegap, ikke kostnad)"),
        fmt.MISSING,
        fmt.kroner(price.course_cost_once),
        fmt.MISSING,
    )
    columns = [ColumnSpec(tr("Nøkkeltall"), wrap=True)]
    value_width = 27 * mm if compares else 40 * mm
    columns += [ColumnSpec(name, value_width, "R") for name in header_cells[1:]]
    story.append(column_table(columns, rows))
    story.append(Spacer(1, 3 * mm))
    story += sub_heading(tr("Hovedpunkter"), style)
    for point in _findings(report):
        story.append(Paragraph(point, styles.BULLET, bulletText="•"))
    return story


def _findings(report: DepartmentReport) -> list[str]:
    """Plain sentences about the department's figures (no judgement beyond the formulas)."""
    chosen = report.figures
    points: list[str] = []
    if not report.data.tasks:
        points.append(tr("Ingen oppgaver er kartlagt ennå."))
    if report.compares:
        price = report.analysis.price
        change_year = price.change_vs_today
        relative = change_year / price.today_total_per_year if price.today_total_per_year else None
        points.append(
            tr("{scenario} endrer prisen (lønn og kurs) med {year} kr per år ({relative}).").format(
                scenario=q(report.scenario.name),
                year=fmt.signed(change_year, 0),
                relative=fmt.percent_points(relative).replace(tr("p.p."), "%")
                if relative is not None
                else fmt.MISSING,
            )
        )
        if price.shortfalls:  # one line: page one has them per role
            points.append(
                esc(
                    tr("Mangler utover dagens stillinger og ramme: {parts} årsverk.").format(
                        parts="; ".join(
                            f"{role.role_name} {fmt.number(role.shortfall_fte, 2)}"
                            for role in price.shortfalls
                        )
                    )
                )
            )
        points.append(esc(tr("Forsvarlighet: {floors}.").format(floors="; ".join(price.floors))))
        moves = sorted(
            (
                row
                for row in report.role_comparison()
                if abs(row.fte_scenario - row.fte_today) >= 0.05
            ),
            key=lambda row: -abs(row.fte_scenario - row.fte_today),
        )
        if moves:
            parts = [
                f"{esc(row.role.name)} {fmt.signed(row.fte_scenario - row.fte_today, 1)}"
                for row in moves[:4]
            ]
            points.append(tr("Størst endring i årsverk: {parts}.").format(parts="; ".join(parts)))
        changed = [row for row in report.task_rows() if row.changed]
        if changed:
            points.append(
                tr(
                    "{count} av {total} oppgaver får ny fordeling; {hours} timer per uke flyttes "
                    "til en annen yrkesgruppe."
                ).format(
                    count=len(changed),
                    total=len(report.data.tasks),
                    hours=fmt.number(sum(row.moved_hours for row in changed), 1),
                )
            )
    courses = report.courses()
    charged = [c for c in courses if c.course_name is not None and c.places]
    if charged and report.compares:
        brief = report.brief()
        points.append(
            tr(
                "Kompetanseløftet: {places} kursplasser på {courses} kurs for minst {people} "
                "ansatte, til sammen {hours} kurstimer og {cost} (én gang)."
            ).format(
                places=fmt.number(brief.course_places, 0),
                people=fmt.number(brief.course_people, 0),
                courses=len({c.course_name for c in charged}),
                hours=fmt.number(sum(c.course_hours for c in charged), 0),
                cost=fmt.kroner_text(brief.course_cost_once),
            )
        )
    missing = [c for c in courses if c.course_name is None]
    if missing:
        points.append(
            tr(
                "Ingen kurs i katalogen gir {items}. Det må avklares før fordelingen kan brukes."
            ).format(
                items="; ".join(
                    f"{q(c.competence_name)} til {esc(c.role_name.lower())}" for c in missing
                )
            )
        )
    if chosen.mapped_share is not None:
        share = chosen.mapped_share
        meaning = (
            tr("kartleggingen er trolig ikke ferdig")
            if share < 0.9
            else tr("avdelingen trenger trolig flere folk")
            if share > 1.0
            else tr("kartleggingen dekker det meste av tiden")
        )
        points.append(
            tr("{share} av tiden stillingene gir til oppgaver, er kartlagt: {meaning}.").format(
                share=fmt.percent(share, 0), meaning=meaning
            )
        )
    if chosen.fulltime_share is not None:
        points.append(
            tr("Heltidsandelen er {share} (målet er minst 50 %).")
            .format(share=fmt.percent(chosen.fulltime_share, 0))
            .replace("50 %", f"50{fmt.NBSP}%")
        )
    if chosen.unassigned_hours_per_week > 0.05:
        points.append(
            tr(
                "{hours} timer per uke er ikke fordelt på noen rolle og er ikke med i årsverk og "
                "kroner."
            ).format(hours=fmt.number(chosen.unassigned_hours_per_week, 1))
        )
    return points


# --- task map -----------------------------------------------------------------------------------
