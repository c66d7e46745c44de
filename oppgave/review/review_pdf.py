"""The printable review form (A4 landscape, Norwegian) and flowables for the PDF report.

The form is for an HMS group reviewing on paper: the working-environment summary first (what
the group checks), then every task with who does it today and in the proposal and boxes to tick
(enig / uenig / spørsmål) with room to write, then a box for the overall comment and a sign-off
block. Page footers carry the department, the proposal, the copy id and "side X av Y", so a
returned paper copy can be matched to its file. Everything is readable in black and white:
changed rows are marked with shading *and* bold text, warnings with a symbol *and* words.

:func:`work_environment_flowables` and :func:`comment_digest_flowables` give the same sections
to the PDF report (DESIGN §7: "HMS comments").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from oppgave.analysis.norwegian_text import format_number
from oppgave.analysis.work_environment import (
    FLAG_ORDER,
    FlagHours,
    WorkEnvironmentSummary,
    flag_label,
    hours_text,
)
from oppgave.domain.enums import Verdict
from oppgave.i18n import translate
from oppgave.review.pdf_fonts import FontSet, register_fonts
from oppgave.review.review_document import (
    CommentDigest,
    CommentLine,
    ReviewDocument,
    ReviewTaskRow,
    RoleFteRow,
    ShareText,
)

PAGE = landscape(A4)
MARGIN = 15 * mm
GRID = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.88, 0.88, 0.88)
HEAD_SHADE = colors.Color(0.80, 0.80, 0.80)
GROUP_SHADE = colors.Color(0.93, 0.93, 0.93)


def _tr(text: str) -> str:
    return translate("ReviewPdf", text)


def _esc(text: str) -> str:
    """Text for a ReportLab paragraph (which reads a little XML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True, slots=True)
class PdfStyles:
    """Paragraph styles of the form; the report can pass its own fonts."""

    fonts: FontSet
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head: ParagraphStyle
    cell_roles: ParagraphStyle
    cell_small: ParagraphStyle
    cell_right: ParagraphStyle
    box: ParagraphStyle
    cell_bold_right: ParagraphStyle

    @classmethod
    def create(cls, fonts: FontSet | None = None) -> PdfStyles:
        fonts = fonts or register_fonts()

        def style(name: str, size: float, font: str | None = None, **extra: Any) -> ParagraphStyle:
            return ParagraphStyle(
                name,
                fontName=font or fonts.regular,
                fontSize=size,
                leading=round(size * 1.25, 1),
                **extra,
            )

        return cls(
            fonts=fonts,
            title=style("title", 17, fonts.bold, spaceAfter=2 * mm),
            heading=style("heading", 12.5, fonts.bold, spaceBefore=4 * mm, spaceAfter=2 * mm),
            body=style("body", 9.5, spaceAfter=1.5 * mm),
            small=style("small", 8, textColor=colors.Color(0.25, 0.25, 0.25)),
            cell=style("cell", 8.5),
            cell_bold=style("cell_bold", 8.5, fonts.bold),
            head=style("head", 7.8, fonts.bold),
            cell_roles=style("cell_roles", 7.8),
            cell_small=style("cell_small", 7.3, textColor=colors.Color(0.25, 0.25, 0.25)),
            cell_right=style("cell_right", 8.5, alignment=TA_RIGHT),
            box=style("box", 13, alignment=TA_CENTER),
            cell_bold_right=style("cell_bold_right", 8.5, fonts.bold, alignment=TA_RIGHT),
        )


# --- working environment ----------------------------------------------------------------------


def _flag_cell(item: FlagHours) -> str:
    if item.today == 0 and item.proposal == 0:
        return "–"
    return f"{hours_text(item.today)} → {hours_text(item.proposal)}"


def work_environment_flowables(
    summary: WorkEnvironmentSummary,
    *,
    baseline_name: str,
    proposal_name: str,
    styles: PdfStyles | None = None,
    width: float | None = None,
    heading: bool = True,
) -> list[Flowable]:
    """The working-environment section: hours per week of flagged work per role, today →
    proposal, with the concentration warnings spelled out below the table."""
    styles = styles or PdfStyles.create()
    width = width or PAGE[0] - 2 * MARGIN
    story: list[Flowable] = []
    if heading:
        story.append(Paragraph(_esc(_tr("Arbeidsmiljø")), styles.heading))
    story.append(
        Paragraph(
            _esc(
                _tr(
                    "Timer per uke med arbeid som er merket tunge løft/forflytning, alenearbeid, "
                    "smittefare, nattarbeid eller psykisk belastning, per yrkesgruppe: "
                    "«{baseline}» → «{proposal}». En oppgave med flere merker teller under hvert "
                    "av dem."
                ).format(baseline=baseline_name, proposal=proposal_name)
            ),
            styles.body,
        )
    )
    if not summary.flagged_task_count:
        story.append(
            Paragraph(
                _esc(
                    _tr(
                        "Ingen oppgaver er merket med arbeidsmiljøforhold ennå. Merk oppgavene "
                        "(eller foreslå merker i gjennomgangen), så vises timene her."
                    )
                ),
                styles.body,
            )
        )
        return story
    warned = {(w.role_id, w.flag) for w in summary.warnings}
    header = [Paragraph(_esc(_tr("Yrkesgruppe")), styles.cell_bold)] + [
        Paragraph(_esc(flag_label(flag)), styles.cell_bold) for flag in FLAG_ORDER
    ]
    rows: list[list[Any]] = [header]
    bold_cells: list[tuple[int, int]] = []
    for role in summary.roles:
        cells: list[Any] = [Paragraph(_esc(role.role_name), styles.cell)]
        for column, item in enumerate(role.flags, start=1):
            flagged = (role.role_id, item.flag) in warned
            text = _flag_cell(item) + (" \u26a0" if flagged and styles.fonts.unicode else "")
            if flagged and not styles.fonts.unicode:
                text += " (!)"
            cells.append(Paragraph(_esc(text), styles.cell_bold if flagged else styles.cell_right))
            if flagged:
                bold_cells.append((column, len(rows)))
        rows.append(cells)
    rows.append(
        [Paragraph(_esc(_tr("Sum")), styles.cell_bold)]
        + [Paragraph(_esc(_flag_cell(item)), styles.cell_right) for item in summary.totals]
    )
    first = 0.22 * width
    table = Table(
        rows,
        colWidths=[first] + [(width - first) / len(FLAG_ORDER)] * len(FLAG_ORDER),
        repeatRows=1,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_SHADE),
        ("BACKGROUND", (0, -1), (-1, -1), GROUP_SHADE),
        ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    commands += [("BACKGROUND", cell, cell, SHADE) for cell in bold_cells]
    table.setStyle(TableStyle(commands))
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    if summary.warnings:
        story.append(
            Paragraph(
                _esc(_tr("Forslaget samler mer av dette arbeidet på én yrkesgruppe:")),
                styles.cell_bold,
            )
        )
        symbol = "\u26a0" if styles.fonts.unicode else "(!)"
        for warning in summary.warnings:
            story.append(
                Paragraph(
                    f"{symbol} <b>{_esc(warning.text())}</b> ({_esc(warning.detail())})",
                    styles.body,
                )
            )
    else:
        story.append(
            Paragraph(
                _esc(_tr("Forslaget samler ikke tunge løft eller alenearbeid på én yrkesgruppe.")),
                styles.body,
            )
        )
    rule = summary.rule
    story.append(
        Paragraph(
            _esc(
                _tr(
                    "Advarsel gis når en yrkesgruppe får minst {hours} t/uke mer av tunge løft "
                    "eller alenearbeid enn i dag, og økningen er minst {relative} % av dagens "
                    "timer eller gruppens andel av alt slikt arbeid øker med minst {points} "
                    "prosentpoeng."
                ).format(
                    hours=format_number(rule.min_increase_hours, 0),
                    relative=format_number(rule.min_relative_increase * 100, 0),
                    points=format_number(rule.min_share_increase * 100, 0),
                )
            ),
            styles.small,
        )
    )
    return story


# --- comments ---------------------------------------------------------------------------------


def _comment_paragraph(line: CommentLine, styles: PdfStyles, *, with_task: bool = False) -> Any:
    parts = []
    if with_task and line.task_name:
        parts.append(f"<b>{_esc(line.task_name)}</b>")
        if line.state_label:
            parts.append(f"<i>({_esc(line.state_label)})</i>")
        parts.append("–")
    parts.append(
        f"<b>{_esc(line.verdict_label.capitalize())}</b> ({_esc(line.reviewer_role_label)})"
        + (":" if line.text or line.flags_text else "")
    )
    if line.text:
        parts.append(_esc(line.text))
    if line.flags_text:
        parts.append(
            "<br/><i>"
            + _esc(_tr("Foreslåtte merker: {flags}").format(flags=line.flags_text))
            + "</i>"
        )
    if line.resolved:
        parts.append("<i>" + _esc(_tr("(behandlet)")) + "</i>")
    return Paragraph(" ".join(parts), styles.cell)


def comment_digest_flowables(
    digest: CommentDigest, *, styles: PdfStyles | None = None, heading: bool = True
) -> list[Flowable]:
    """The "HMS comments" section of the report: counts, overall comments, then the open
    disagreements, questions and suggested flags, quoted."""
    styles = styles or PdfStyles.create()
    story: list[Flowable] = []
    if heading:
        story.append(Paragraph(_esc(_tr("Kommentarer fra HMS-gruppen")), styles.heading))
    if not digest.total:
        story.append(Paragraph(_esc(_tr("Ingen kommentarer er mottatt.")), styles.body))
        return story
    verdicts = ", ".join(f"{label} {count}" for label, count in digest.by_verdict if count)
    roles = ", ".join(f"{label} {count}" for label, count in digest.by_reviewer_role if count)
    story.append(
        Paragraph(
            _esc(
                _tr(
                    "{total} kommentarer fra {copies} gjennomgang(er): {open} åpne, {resolved} "
                    "behandlet. Vurderinger: {verdicts}. Fra: {roles}."
                ).format(
                    total=digest.total,
                    copies=digest.copies,
                    open=digest.open,
                    resolved=digest.resolved,
                    verdicts=verdicts,
                    roles=roles,
                )
            ),
            styles.body,
        )
    )
    if digest.on_changed_tasks or digest.on_deleted_tasks:
        story.append(
            Paragraph(
                _esc(
                    _tr(
                        "{changed} kommentarer gjelder oppgaver som er endret og {deleted} "
                        "oppgaver som er slettet siden gjennomgangskopien ble laget."
                    ).format(changed=digest.on_changed_tasks, deleted=digest.on_deleted_tasks)
                ),
                styles.body,
            )
        )
    for title, lines in (
        (_tr("Helhetlige kommentarer"), digest.overall),
        (_tr("Uenighet (åpne)"), digest.disagreements),
        (_tr("Spørsmål (åpne)"), digest.questions),
        (_tr("Foreslåtte arbeidsmiljømerker (åpne)"), digest.flag_suggestions),
    ):
        if not lines:
            continue
        story.append(Paragraph(_esc(title), styles.cell_bold))
        for line in lines:
            story.append(_comment_paragraph(line, styles, with_task=True))
            story.append(Spacer(1, 1 * mm))
        story.append(Spacer(1, 2 * mm))
    return story


# --- full-time equivalents per role -----------------------------------------------------------


def _fte(value: float | None) -> str:
    return "–" if value is None else format_number(value, 1)


def _fte_change(value: float) -> str:
    if abs(value) < 0.05:
        return "0,0"
    return ("+" if value > 0 else "\u2212") + format_number(abs(value), 1)


def fte_flowables(document: ReviewDocument, styles: PdfStyles, width: float) -> list[Flowable]:
    """FTE per role today and in the proposal: who gets more work, who less. Figures come
    ready from the service (the analysis' capacity); this only lays them out."""
    if not document.fte_rows:
        return []
    story: list[Flowable] = [
        Paragraph(_esc(_tr("Årsverk per yrkesgruppe")), styles.heading),
        Paragraph(
            _esc(
                _tr(
                    "Årsverk som de kartlagte oppgavene krever, «{baseline}» → «{proposal}», "
                    "ved siden av årsverkene i dagens stillinger. Endringen viser hvilke "
                    "yrkesgrupper som får mer og mindre å gjøre i forslaget."
                ).format(baseline=document.baseline_name, proposal=document.proposal_name)
            ),
            styles.body,
        ),
    ]
    header = [
        Paragraph(_esc(text), styles.cell_bold)
        for text in (
            _tr("Yrkesgruppe"),
            _tr("Stillinger i dag (årsverk)"),
            _tr("Oppgavene i dag (årsverk)"),
            _tr("Oppgavene i forslaget (årsverk)"),
            _tr("Endring (årsverk)"),
        )
    ]

    def cells(row: RoleFteRow, bold: bool = False) -> list[Any]:
        number = styles.cell_bold_right if bold else styles.cell_right
        changed = abs(row.fte_change) >= 0.05
        return [
            Paragraph(_esc(row.role_name), styles.cell_bold if bold else styles.cell),
            Paragraph(_fte(row.positions_fte), number),
            Paragraph(_fte(row.fte_today), number),
            Paragraph(_fte(row.fte_proposal), number),
            Paragraph(
                _esc(_fte_change(row.fte_change)),
                styles.cell_bold_right if changed else number,
            ),
        ]

    rows = [header] + [cells(row) for row in document.fte_rows]
    if document.fte_total is not None:
        rows.append(cells(document.fte_total, bold=True))
    first = 0.30 * width
    table = Table(rows, colWidths=[first] + [(width - first) / 4] * 4, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for index, row in enumerate(document.fte_rows, start=1):
        if abs(row.fte_change) >= 0.05:
            commands.append(("BACKGROUND", (4, index), (4, index), SHADE))
    if document.fte_total is not None:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), GROUP_SHADE),
            ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
        ]
    table.setStyle(TableStyle(commands))
    # The heading and the table stay together; a Sum row never starts a page alone.
    return [KeepTogether([*story, table])]


# --- the review form --------------------------------------------------------------------------


def _info_table(document: ReviewDocument, styles: PdfStyles, width: float) -> Table:
    rows = [
        (_tr("Avdeling"), f"{document.department}, {document.municipality}"),
        (
            _tr("Forslag som gjennomgås"),
            _tr("«{proposal}», sammenlignet med «{baseline}»").format(
                proposal=document.proposal_name, baseline=document.baseline_name
            ),
        ),
        (_tr("Oppgaver"), str(document.task_count)),
        (_tr("Fra arbeidsfil"), document.source_name),
    ]
    if document.copy_uuid:
        rows.append(
            (
                _tr("Gjennomgangskopi"),
                _tr("{uuid}, laget {when}").format(
                    uuid=document.copy_uuid, when=document.exported_at
                ),
            )
        )
    if document.fingerprint:
        rows.append((_tr("Fingeravtrykk"), document.fingerprint[:32]))
    rows.append((_tr("Skrevet ut"), document.printed_on))
    table = Table(
        [[Paragraph(_esc(k), styles.cell_bold), Paragraph(_esc(v), styles.cell)] for k, v in rows],
        colWidths=[50 * mm, width - 50 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _instructions(styles: PdfStyles, width: float) -> Table:
    box = styles.fonts.box(False)
    text = _tr(
        "<b>Slik gjør dere:</b> Gå gjennom oppgavene og kryss av {box} <b>Enig</b>, "
        "{box} <b>Uenig</b> eller {box} <b>Spørsmål</b> for hver oppgave, og skriv gjerne en "
        "kort kommentar. Oppgi rolle (tillitsvalgt, verneombud, ansatt eller leder) – navn "
        "trengs ikke. <b>Grå bakgrunn</b> i forslagskolonnen betyr at forslaget endrer hvem som "
        "gjør oppgaven; andelene som endres står med <b>fet skrift</b>. Se særlig etter tunge "
        "løft og alenearbeid (tabellen «Arbeidsmiljø»). Til slutt: en helhetlig kommentar og "
        "signatur."
    ).format(box=box)
    table = Table([[Paragraph(text, styles.body)]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), GROUP_SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


#: Task table columns (mm), the comment column takes what is left (≈ 8 cm of the 26,7 cm).
_COLUMNS = (9, 46, 11, 41, 41, 13, 13, 13)
#: Lines to write on per task, and their spacing: room for a few sentences by hand.
WRITING_LINES = 3
WRITING_LINE_SPACING = 6.5 * mm


class WritingLines(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Ruled lines to write on, as wide as the cell (light grey, dotted: readable when printed
    in black and white, and no confusion with the table grid)."""

    def __init__(self, count: int = WRITING_LINES, spacing: float = WRITING_LINE_SPACING) -> None:
        super().__init__()
        self.count, self.spacing = count, spacing
        self.width = 0.0

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * self.spacing

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
        canvas.setLineWidth(0.4)
        canvas.setDash(1, 2)
        for line in range(self.count):
            y = line * self.spacing
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


def _task_table(document: ReviewDocument, styles: PdfStyles, width: float) -> Table:
    widths = [c * mm for c in _COLUMNS]
    widths.append(width - sum(widths))

    def head(text: str, caption: str = "", *, markup: bool = False) -> list[Any]:
        cell: list[Any] = [Paragraph(text if markup else _esc(text), styles.head)]
        if caption:
            cell.append(Paragraph(_esc(caption), styles.cell_small))
        return cell

    header = [
        head(_tr("Nr")),
        head(_tr("Oppgave"), _tr("hyppighet · varighet · merker · risiko")),
        head(_tr("t/uke")),
        head(document.baseline_name, _tr("(dagens fordeling)")),
        head(document.proposal_name, _tr("(forslaget)")),
        head(_tr("Enig")),
        head(_tr("Uenig")),
        head(_tr("Spørs-<br/>mål"), markup=True),
        head(
            _tr("Kommentar"),
            _tr("oppgi rolle: tillitsvalgt, verneombud, ansatt eller leder"),
        ),
    ]
    rows: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (5, 1), (7, -1), "MIDDLE"),
        ("LEFTPADDING", (2, 0), (7, -1), 3),
        ("RIGHTPADDING", (2, 0), (7, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for group in document.groups:
        index = len(rows)
        rows.append([Paragraph(_esc(group.title), styles.cell_bold)] + [""] * 8)
        commands += [
            ("SPAN", (0, index), (-1, index)),
            ("BACKGROUND", (0, index), (-1, index), GROUP_SHADE),
        ]
        for row in group.rows:
            if row.changed:
                commands.append(("BACKGROUND", (4, len(rows)), (4, len(rows)), SHADE))
            rows.append(_task_cells(row, styles))
    return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(commands))


def _lines(entries: tuple[ShareText, ...]) -> str:
    """One role per line ("Helsefagarbeider 60 %"), changed shares in bold; a dash for an
    unassigned task."""
    if not entries:
        return "–"
    return "<br/>".join(
        f"<b>{_esc(entry.text)}</b>" if entry.changed else _esc(entry.text) for entry in entries
    )


def _task_cells(row: ReviewTaskRow, styles: PdfStyles) -> list[Any]:
    name: list[Any] = [Paragraph(_esc(row.name), styles.cell_bold)]
    details = row.details + (f" · {row.flags}" if row.flags else "")
    name.append(Paragraph(_esc(details), styles.cell_small))
    if row.risk:
        name.append(Paragraph(_esc(row.risk), styles.cell_small))
    verdicts = {line.verdict for line in row.comments}
    boxes = [
        Paragraph(styles.fonts.box(verdict in verdicts), styles.box)
        for verdict in (Verdict.AGREE, Verdict.DISAGREE, Verdict.QUESTION)
    ]
    comment_cell: list[Any] = [_comment_paragraph(line, styles) for line in row.comments]
    # Room to write by hand under any printed comments: at least three ruled lines.
    comment_cell.append(WritingLines())
    return [
        Paragraph(str(row.number), styles.cell_right),
        name,
        Paragraph(format_number(row.hours_per_week, 1), styles.cell_right),
        Paragraph(_lines(row.today), styles.cell_roles),
        Paragraph(_lines(row.proposal), styles.cell_roles),
        *boxes,
        comment_cell,
    ]


def _overall_box(document: ReviewDocument, styles: PdfStyles, width: float) -> Flowable:
    content: list[Any] = [
        Paragraph(_esc(_tr("Helhetlig kommentar fra HMS-gruppen")), styles.cell_bold),
        Paragraph(
            _esc(
                _tr(
                    "Hva mener gruppen om forslaget som helhet? Hva bør lederen se nærmere på? "
                    "Oppgi rolle."
                )
            ),
            styles.cell_small,
        ),
    ]
    content += [_comment_paragraph(line, styles) for line in document.overall_comments]
    content.append(Spacer(1, 38 * mm if not document.overall_comments else 6 * mm))
    table = Table([[content]], colWidths=[width], hAlign="LEFT")
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
    return table


def _sign_off(styles: PdfStyles, width: float) -> Flowable:
    box = styles.fonts.box(False)
    statement = Paragraph(
        _tr(
            "HMS-gruppen har gjennomgått oppgavefordelingen i forslaget: "
            "{box} uten merknader &nbsp;&nbsp; {box} med merknader (se kommentarene)"
        ).format(box=box),
        styles.body,
    )
    header = [
        Paragraph(_esc(text), styles.cell_bold)
        for text in (_tr("Rolle"), _tr("Dato"), _tr("Signatur"))
    ]
    rows: list[list[Any]] = [header]
    for role in (_tr("Leder"), _tr("Tillitsvalgt"), _tr("Verneombud"), _tr("Ansattrepresentant")):
        rows.append([Paragraph(_esc(role), styles.cell), "", ""])
    table = Table(
        rows,
        colWidths=[55 * mm, 40 * mm, width - 95 * mm],
        rowHeights=[None] + [12 * mm] * 4,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_SHADE),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return KeepTogether(
        [
            Paragraph(_esc(_tr("Signering")), styles.heading),
            statement,
            Spacer(1, 2 * mm),
            table,
        ]
    )


def _canvas_class(footer_left: str, fonts: FontSet, pages: list[int]) -> Callable[..., Canvas]:
    """A canvas that knows the page count when it draws the footers ("side 2 av 7")."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            pages.append(total)
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(fonts.regular, 7.5)
            self.setFillColor(colors.Color(0.3, 0.3, 0.3))
            y = MARGIN / 2
            self.drawString(MARGIN, y, footer_left)
            self.drawRightString(
                PAGE[0] - MARGIN,
                y,
                _tr("Side {page} av {total}").format(page=self._pageNumber, total=total),
            )
            self.restoreState()

    return NumberedCanvas


def build_review_story(document: ReviewDocument, styles: PdfStyles) -> list[Flowable]:
    width = PAGE[0] - 2 * MARGIN
    story: list[Flowable] = [
        Paragraph(_esc(_tr("Gjennomgang i HMS-gruppen: oppgavefordeling")), styles.title),
        _info_table(document, styles, width),
        Spacer(1, 3 * mm),
        _instructions(styles, width),
    ]
    story += fte_flowables(document, styles, width)
    story += work_environment_flowables(
        document.work_environment,
        baseline_name=document.baseline_name,
        proposal_name=document.proposal_name,
        styles=styles,
        width=width,
    )
    # The tasks start on the same page when the heading and a few rows fit there.
    story.append(CondPageBreak(90 * mm))
    story.append(Paragraph(_esc(_tr("Oppgavene")), styles.heading))
    story.append(_task_table(document, styles, width))
    story.append(Spacer(1, 4 * mm))
    # The signature block is never alone on the last page: it stays with the overall comment.
    story.append(KeepTogether([_overall_box(document, styles, width), _sign_off(styles, width)]))
    return story


def write_review_pdf(
    document: ReviewDocument, target: Path, *, fonts: FontSet | None = None
) -> int:
    """Write the review form to ``target`` and return its number of pages."""
    styles = PdfStyles.create(fonts)
    copy = _tr("kopi {id}").format(id=document.copy_uuid[:8]) if document.copy_uuid else ""
    footer = " · ".join(
        part
        for part in (
            _tr("HMS-gjennomgang"),
            document.department,
            document.proposal_name,
            copy,
        )
        if part
    )
    pages: list[int] = []
    doc = SimpleDocTemplate(
        str(target),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=_tr("HMS-gjennomgang: {department}").format(department=document.department),
        author="oppgave",
        subject=_tr("Oppgavefordeling til gjennomgang"),
    )
    doc.build(
        build_review_story(document, styles),
        canvasmaker=_canvas_class(footer, styles.fonts, pages),
    )
    return pages[0] if pages else 0
