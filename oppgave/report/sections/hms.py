"""HMS: the HMS group's comments (the overall ones first, then per task) and flagged work per
role, today and in the scenario, with warnings."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from oppgave.analysis.work_environment import FLAG_ORDER, FlagHours, flag_label, hours_text
from oppgave.report import labels
from oppgave.report.report_data import DepartmentReport
from oppgave.report.sections.common import SectionStyle, p, sub_heading, tr
from oppgave.report.table_spec import ColumnSpec, column_table
from oppgave.report.tables import para


def hms(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """The HMS group's comments, the overall ones first, then per task; then the
    working-environment summary per role."""
    return _hms_comments(report) + work_environment(report, style)


def work_environment(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """Hours per week of flagged work per role, today and in the scenario, with warnings."""
    summary = report.work_environment()
    story = sub_heading(tr("Arbeidsmiljø per yrkesgruppe"), style, 50 * mm)
    if not summary.roles:
        story.append(p(tr("Ingen oppgaver har arbeidsmiljømerker.")))
        return story
    story.append(
        p(
            tr(
                "Timer per uke med merket arbeid, {today} → {proposal}. En oppgave med flere "
                "merker teller under hvert av dem."
            ).format(today=report.baseline.name, proposal=report.scenario.name)
        )
    )
    warned = {(w.role_id, w.flag) for w in summary.warnings}

    def cell(item: FlagHours) -> str:
        if item.today == 0 and item.proposal == 0:
            return "–"
        return f"{hours_text(item.today)} → {hours_text(item.proposal)}"

    body: list[list[Any]] = []
    for role in summary.roles:
        line: list[Any] = [para(role.role_name)]
        for flag in FLAG_ORDER:
            text = cell(role.hours(flag))
            line.append("⚠ " + text if (role.role_id, flag) in warned else text)
        body.append(line)
    body.append([para(tr("Sum"))] + [cell(summary.total(flag)) for flag in FLAG_ORDER])
    columns = [ColumnSpec(tr("Yrkesgruppe"))] + [
        ColumnSpec(flag_label(flag, short=True), 24 * mm, "R") for flag in FLAG_ORDER
    ]
    story.append(column_table(columns, body))
    if summary.warnings:
        story.append(Spacer(1, 2 * mm))
        for warning in summary.warnings:
            # the bullet font has no ⚠: the sign goes into the text (DejaVu Sans has it)
            story.append(p(f"⚠ {warning.text()} ({warning.detail()})"))
    else:
        story.append(
            p(
                tr(
                    "Ingen advarsler: forslaget samler ikke tunge løft eller alenearbeid på én "
                    "yrkesgruppe."
                )
            )
        )
    return story


def _hms_comments(report: DepartmentReport) -> list[Flowable]:
    comments = list(report.comments)
    if not comments:
        return [p(tr("Ingen kommentarer er registrert fra HMS-gjennomgangen."))]
    story: list[Flowable] = [
        p(
            tr(
                "Kommentarer fra HMS-gruppen (leder, tillitsvalgt, verneombud og ansatte) til "
                "fordelingen av oppgavene: {count} kommentarer, {open} åpne."
            ).format(
                count=len(comments),
                open=sum(1 for c in comments if c.status.value == "open"),
            )
        )
    ]
    comments.sort(key=lambda c: (c.task_uuid is not None, c.task_name.casefold(), c.created_at))
    body: list[list[Any]] = []
    for comment in comments:
        body.append(
            [
                para(comment.task_name if comment.task_uuid else tr("Hele fordelingen")),
                labels.reviewer(comment.reviewer_role),
                labels.verdict(comment.verdict),
                para(comment.text),
                labels.comment_status(comment.status),
            ]
        )
    columns = [
        ColumnSpec(tr("Oppgave"), 40 * mm),
        ColumnSpec(tr("Fra"), 22 * mm),
        ColumnSpec(tr("Vurdering"), 19 * mm),
        ColumnSpec(tr("Kommentar")),
        ColumnSpec(tr("Status"), 14 * mm),
    ]
    story.append(column_table(columns, body))
    return story
