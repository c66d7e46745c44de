"""Build the PDF report for one department or a whole municipality (DESIGN §7).

Two layers:

* :func:`department_story` / :func:`municipality_story` turn gathered data
  (:mod:`oppgave.report.report_data`) into ReportLab flowables, and :func:`write_pdf` lays them out
  (pure: no services, usable on data built in a test);
* :func:`build_department_report` / :func:`build_municipality_report` gather through the services
  and write the file, with a progress callback ``(done, total)`` and a cancel check.

The file is written to a temporary file beside the target and moved into place at the end, so a
failed or cancelled report never leaves a half-written PDF (nor replaces a good one).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from oppgave import output_files
from oppgave.db.workspace import Workspace
from oppgave.errors import OutputFileError
from oppgave.i18n import translate
from oppgave.report import brief_sections, labels, overview_sections, styles
from oppgave.report import formatting as fmt
from oppgave.report.layout import (
    ContentsMarker,
    ContextMarker,
    DeferredFlowables,
    FooterContext,
    HeadingParagraph,
    ProgressMarker,
    ReportDocument,
    heading,
    table_of_contents,
)
from oppgave.report.report_data import (
    CancelCheck,
    DepartmentReport,
    MunicipalityReport,
    Progress,
    ReportCancelled,
    gather_department,
    gather_municipality,
    municipality_title,
)
from oppgave.report.rota_section import rota_section
from oppgave.report.sections import ALL_SECTIONS, DEPARTMENT_SECTIONS, Section, title
from oppgave.report.sections.common import SectionStyle
from oppgave.report.sections.competence import upgrades
from oppgave.report.sections.fulltime import fulltime
from oppgave.report.sections.hms import hms
from oppgave.report.sections.rhythm import rhythm
from oppgave.report.sections.roles import roles
from oppgave.report.sections.staffing import staffing
from oppgave.report.sections.summary import summary
from oppgave.report.sections.task_map import task_map
from oppgave.report.staffing_plan_section import staffing_plan_section

__all__ = [
    "ReportCancelled",
    "ReportResult",
    "ReportWriteError",
    "build_department_report",
    "build_municipality_report",
    "department_story",
    "municipality_story",
    "write_pdf",
]


def _tr(text: str) -> str:
    return translate("Report", text)


#: The PDF cannot be written where the user asked (missing folder, no permission, a workspace
#: in the way, …): the shared error of :mod:`oppgave.output_files`.
ReportWriteError = OutputFileError


@dataclass(frozen=True, slots=True)
class ReportResult:
    """What was written: where, how many pages, how long it took (seconds)."""

    path: Path | None
    pages: int
    seconds: float


SectionBuilder = Callable[[DepartmentReport, SectionStyle], list[Flowable]]

_DEPARTMENT_BUILDERS: dict[Section, SectionBuilder] = {
    Section.SUMMARY: summary,
    Section.TASK_MAP: task_map,
    Section.ROLES: roles,
    Section.RHYTHM: rhythm,
    Section.STAFFING: staffing,
    Section.UPGRADES: upgrades,
    Section.FULLTIME: fulltime,
    Section.STAFFING_PLAN: staffing_plan_section,
    Section.HMS: hms,
}

#: Room a section needs under its heading before it starts (else it starts on the next page):
#: enough for the intro and the first chart or table.
SECTION_START = {Section.ROLES: 125 * mm, Section.RHYTHM: 100 * mm}

_TITLE = "Oppgavedeling og bemanning"


def _numbered(number: str, text: str) -> str:
    return f"{number}{fmt.NBSP}{fmt.NBSP}{fmt.NBSP}{escape(text)}"


# --- stories ------------------------------------------------------------------------------------


def _contents() -> list[Flowable]:
    return [Paragraph(title(Section.CONTENTS), styles.H1), ContentsMarker(), PageBreak()]


def _department_cover(report: DepartmentReport, day: date) -> list[Flowable]:
    department = report.department
    facts = [
        (_tr("Kommune"), municipality_title(report.municipality.name)),
        (_tr("Avdeling"), department.name),
        (_tr("Tjeneste"), labels.service_type(department.service_type)),
        (_tr("Brukere"), fmt.number(department.residents, 0)),
        (_tr("Oppgaver kartlagt"), fmt.number(len(report.data.tasks), 0)),
        (
            _tr("Scenario"),
            _tr("{scenario} sammenlignet med {baseline}").format(
                scenario=f"«{report.scenario.name}»", baseline=f"«{report.baseline.name}»"
            )
            if report.compares
            else f"«{report.scenario.name}»",
        ),
        (_tr("Dato"), fmt.norwegian_date(day)),
        (_tr("Arbeidsfil"), report.workspace_name),
    ]
    return overview_sections.cover(
        _tr(_TITLE),
        department.name,
        _tr(
            "Kartlegging av oppgaver, forslag til fordeling etter LEON-prinsippet (laveste "
            "effektive omsorgsnivå), bemanning i årsverk og kroner, kompetanseløft og heltid."
        ),
        facts,
        report.scenario_note,
    )


def department_story(
    report: DepartmentReport, sections: Iterable[Section] = ALL_SECTIONS, *, day: date
) -> tuple[list[Flowable], FooterContext, bool]:
    """The flowables of a one-department report, the footer context and whether it has a cover."""
    styles.register_fonts()
    chosen = set(sections)
    context = FooterContext(
        workspace=report.workspace_name,
        municipality=municipality_title(report.municipality.name),
        department=report.department.name,
        scenario=report.scenario.name,
        date=fmt.norwegian_date(day),
        title=_tr(_TITLE),
    )
    story: list[Flowable] = []
    has_cover = Section.COVER in chosen
    if has_cover:
        story += _department_cover(report, day)
        story.append(PageBreak())
    if Section.BRIEF in chosen:
        story.append(brief_sections.one_page(brief_sections.department_brief(report)))
        story.append(PageBreak())
    if Section.CONTENTS in chosen:
        story += _contents()
    number = 0
    style = SectionStyle(sub=styles.H2)
    order = [*DEPARTMENT_SECTIONS, Section.ASSUMPTIONS]
    if report.compared is not None:  # right after the summary: the two proposals side by side
        order.insert(order.index(Section.SUMMARY) + 1, Section.PROPOSALS)
    if report.rota is not None:  # the saved rota, after the bemanningsplan it was made from
        order.insert(order.index(Section.STAFFING_PLAN) + 1, Section.ROTA)
    for section in order:
        if section not in chosen:
            continue
        number += 1
        if number > 1:
            story.append(PageBreak())
        story.append(heading(_numbered(str(number), title(section)), 0))
        if section is Section.ASSUMPTIONS:
            story += overview_sections.assumptions(report.data.settings, report.data.roles, style)
        elif section is Section.PROPOSALS:
            story += brief_sections.proposals(report, style)
        elif section is Section.ROTA:
            story += rota_section(report, style)
        else:
            story += _DEPARTMENT_BUILDERS[section](report, style)
    return story, context, has_cover


def _municipality_cover(report: MunicipalityReport, day: date) -> list[Flowable]:
    departments = report.departments
    facts = [
        (
            _tr("Kommune") if len(report.municipalities) == 1 else _tr("Kommuner"),
            ", ".join(municipality_title(m.name) for m in report.municipalities),
        ),
        (_tr("Avdelinger"), fmt.number(len(departments), 0)),
        (_tr("Brukere"), fmt.number(sum(d.department.residents for d in departments), 0)),
        (_tr("Oppgaver kartlagt"), fmt.number(sum(len(d.data.tasks) for d in departments), 0)),
        (_tr("Scenario"), f"«{report.scenario_name}»"),
        (_tr("Dato"), fmt.norwegian_date(day)),
        (_tr("Arbeidsfil"), report.workspace_name),
    ]
    return overview_sections.cover(
        _tr(_TITLE),
        _tr("Sammenstilling for {title}").format(title=report.title),
        _tr(
            "Nøkkeltall for alle avdelingene side om side (tallanalyse), og for hver avdeling "
            "kartlagte oppgaver, forslag til fordeling, bemanning i årsverk og kroner, "
            "kompetanseløft og heltid."
        ),
        facts,
    )


def municipality_story(
    report: MunicipalityReport,
    sections: Iterable[Section] = ALL_SECTIONS,
    *,
    day: date,
) -> tuple[list[Flowable], FooterContext, bool]:
    """The flowables of a municipality report: overview, comparison, a chapter per department."""
    styles.register_fonts()
    chosen = set(sections)
    all_departments = _tr("Alle avdelinger")
    context = FooterContext(
        workspace=report.workspace_name,
        municipality=report.title,
        department=all_departments,
        scenario=report.scenario_name,
        date=fmt.norwegian_date(day),
        title=_tr(_TITLE),
    )
    story: list[Flowable] = []
    has_cover = Section.COVER in chosen
    if has_cover:
        story += _municipality_cover(report, day)
        story.append(PageBreak())
    if Section.BRIEF in chosen:
        story.append(brief_sections.one_page(brief_sections.municipality_brief(report)))
        story.append(PageBreak())
    if Section.CONTENTS in chosen:
        story += _contents()
    chapter = 0
    top = SectionStyle(sub=styles.H2)
    inner = SectionStyle(sub=styles.H3)

    def chapter_break() -> None:
        if chapter > 1:
            story.append(PageBreak())

    if Section.SUMMARY in chosen:
        chapter += 1
        chapter_break()
        story.append(heading(_numbered(str(chapter), title(Section.SUMMARY)), 0))
        story += overview_sections.municipality_summary(report, top)
    if Section.COMPARISON in chosen:
        chapter += 1
        chapter_break()
        story.append(heading(_numbered(str(chapter), title(Section.COMPARISON)), 0))
        story += overview_sections.comparison(report, top)
    department_sections = [s for s in DEPARTMENT_SECTIONS if s in chosen]
    if department_sections:
        for step, department in enumerate(report.departments, start=1):
            chapter += 1
            chapter_break()
            headings = [heading(_numbered(str(chapter), department.department.name), 0)] + [
                heading(_numbered(f"{chapter}.{index}", title(section)), 1)
                for index, section in enumerate(department_sections, start=1)
            ]
            story.append(
                DeferredFlowables(
                    partial(
                        _department_chapter,
                        department,
                        department_sections,
                        headings,
                        inner,
                        step,
                    ),
                    headings,
                )
            )
    if Section.ASSUMPTIONS in chosen:
        chapter += 1
        chapter_break()
        story.append(ContextMarker(department=all_departments, scenario=report.scenario_name))
        story.append(heading(_numbered(str(chapter), title(Section.ASSUMPTIONS)), 0))
        first = report.departments[0].data
        story += overview_sections.assumptions(first.settings, first.roles, top)
    return story, context, has_cover


def _department_chapter(
    department: DepartmentReport,
    sections: list[Section],
    headings: list[HeadingParagraph],
    style: SectionStyle,
    step: int,
) -> list[Flowable]:
    """One department's chapter in a municipality report, built when the layout reaches it
    (so only one department's tables and charts are in memory at a time)."""
    story: list[Flowable] = [
        ContextMarker(department=department.department.name, scenario=department.scenario.name),
        headings[0],
        Paragraph(
            escape(
                _tr("{service} · {residents} brukere · scenario «{scenario}»").format(
                    service=labels.service_type(department.department.service_type),
                    residents=fmt.number(department.department.residents, 0),
                    scenario=department.scenario.name,
                )
            ),
            styles.NOTE,
        ),
    ]
    for section, section_heading in zip(sections, headings[1:], strict=True):
        story.append(CondPageBreak(SECTION_START.get(section, 60 * mm)))
        story.append(section_heading)
        story += _DEPARTMENT_BUILDERS[section](department, style)
    story.append(ProgressMarker(step))
    return story


# --- writing ------------------------------------------------------------------------------------


def write_pdf(
    story: list[Flowable],
    context: FooterContext,
    target: Path | str | IO[bytes],
    *,
    has_cover: bool = True,
    on_layout: Callable[[int], None] | None = None,
    cancelled: CancelCheck | None = None,
    subject: str = "",
    inputs: Iterable[Path | str] = (),
) -> int:
    """Lay out ``story`` into ``target`` (a path or a binary file); returns the page count.

    A path is written through a temporary file in the same folder and replaced at the end
    (:func:`oppgave.output_files.atomic_output`: never onto a workspace nor onto ``inputs``).
    """
    styles.register_fonts()

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled()

    if not isinstance(target, (str, Path)):
        return _layout(story, context, target, has_cover, on_layout, check, subject)
    with output_files.atomic_output(target, inputs=inputs) as temporary:
        with temporary.open("wb") as stream:
            return _layout(story, context, stream, has_cover, on_layout, check, subject)


def _layout(
    story: list[Flowable],
    context: FooterContext,
    stream: IO[bytes],
    has_cover: bool,
    on_layout: Callable[[int], None] | None,
    check: Callable[[], None],
    subject: str,
) -> int:
    headings: list[HeadingParagraph] = []
    for flowable in story:
        if isinstance(flowable, HeadingParagraph):
            headings.append(flowable)
        elif isinstance(flowable, DeferredFlowables):
            headings += flowable.headings
    laid_out = [
        table_of_contents(headings) if isinstance(flowable, ContentsMarker) else flowable
        for flowable in story
    ]
    story.clear()  # laid-out flowables are dropped as the pages are done
    document = ReportDocument(
        stream,
        context,
        has_cover=has_cover,
        on_layout=on_layout,
        check_cancel=check,
        title=f"{context.title} – {context.department}",
        subject=subject,
        author=context.municipality,
    )
    document.toc_keys = [heading.toc_key for heading in headings]
    return document.build_once(laid_out)


def _writable_target(output: Path | str | IO[bytes], workspace: Workspace) -> None:
    """Fail early (before the heavy work) when ``output`` cannot or must not be written: a
    workspace (this one or another), a folder, a missing folder (see ``output_files``)."""
    if isinstance(output, (str, Path)):
        output_files.check_output_path(output, inputs=(workspace.path,), force=True)


def build_department_report(
    workspace: Workspace,
    department_id: int,
    output: Path | str | IO[bytes],
    *,
    scenario: str | int | None = None,
    sections: Iterable[Section] = ALL_SECTIONS,
    report_date: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    compare: str | int | None = None,
) -> ReportResult:
    """Write the report for one department (scenario: name or id; default: the chosen one,
    else the latest proposal); ``compare`` adds a section setting another scenario beside it."""
    started = time.perf_counter()
    _writable_target(output, workspace)
    day = report_date or date.today()
    report = gather_department(workspace, department_id, scenario, compare)
    if progress is not None:
        progress(1, 3)
    if cancelled is not None and cancelled():
        raise ReportCancelled()
    story, context, has_cover = department_story(report, sections, day=day)
    pages = write_pdf(
        story,
        context,
        output,
        has_cover=has_cover,
        on_layout=None,
        cancelled=cancelled,
        subject=report.department.name,
        inputs=(workspace.path,),
    )
    if progress is not None:
        progress(3, 3)
    return ReportResult(
        Path(output) if isinstance(output, (str, Path)) else None,
        pages,
        time.perf_counter() - started,
    )


def build_municipality_report(
    workspace: Workspace,
    municipality_id: int | None,
    output: Path | str | IO[bytes],
    *,
    scenario: str | int | None = None,
    sections: Iterable[Section] = ALL_SECTIONS,
    report_date: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ReportResult:
    """Write the report for every department of a municipality (``None``: the whole workspace).

    Progress runs over 2 × departments + 1 steps: analysing each department, drawing and laying
    out its chapter (tables and charts are made when the layout reaches it), and finishing.
    """
    started = time.perf_counter()
    _writable_target(output, workspace)
    day = report_date or date.today()
    report = gather_municipality(
        workspace,
        municipality_id,
        scenario,
        progress=progress,
        cancelled=cancelled,
        layout_steps=True,
    )
    count = len(report.departments)
    total = 2 * count + 1

    def laid_out(step: int) -> None:
        if progress is not None:
            progress(count + step, total)

    story, context, has_cover = municipality_story(report, sections, day=day)
    pages = write_pdf(
        story,
        context,
        output,
        has_cover=has_cover,
        on_layout=laid_out,
        cancelled=cancelled,
        subject=report.title,
        inputs=(workspace.path,),
    )
    if progress is not None:
        progress(total, total)
    return ReportResult(
        Path(output) if isinstance(output, (str, Path)) else None,
        pages,
        time.perf_counter() - started,
    )
