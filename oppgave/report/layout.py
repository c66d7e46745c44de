"""Page templates of the report: A4, a cover without header and footer, then content pages.

Content pages carry a header (municipality, report title) and a footer with the workspace,
department, scenario and date on the left and "Side 3 av 12" on the right. Headings made with
:func:`heading` feed the table of contents and the PDF outline (bookmarks).

The document is laid out in **one pass**. Numbers that are only known at the end (the page
total in every footer, the page of each heading in the table of contents) are drawn as PDF form
XObjects that are referenced while the pages are laid out and defined when the last page is
done (:meth:`ReportDocument.build_once`). A report of 600 pages therefore costs one layout, not
the three that ReportLab's ``multiBuild`` needs for a table of contents and a page total.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from oppgave.i18n import translate
from oppgave.report import styles

PAGE_WIDTH, PAGE_HEIGHT = A4
FRAME_WIDTH = PAGE_WIDTH - styles.PAGE_MARGIN_LEFT - styles.PAGE_MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - styles.PAGE_MARGIN_TOP - styles.PAGE_MARGIN_BOTTOM


def _tr(text: str) -> str:
    return translate("Report", text)


@dataclass(frozen=True, slots=True)
class FooterContext:
    """What the header and footer say; a :class:`ContextMarker` changes it mid-document."""

    workspace: str
    municipality: str
    department: str
    scenario: str
    date: str
    title: str


class ContentsMarker(Flowable):
    """Where the table of contents goes; replaced by :func:`table_of_contents` before layout."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class DeferredFlowables(Flowable):
    """Stands for flowables that are made only when the layout reaches them.

    ``headings`` are the :class:`HeadingParagraph` objects the made flowables will contain (the
    table of contents is built before the layout). Replaced in place by
    :meth:`ReportDocument.handle_flowable`.
    """

    def __init__(self, make: Callable[[], list[Flowable]], headings: list[HeadingParagraph]):
        super().__init__()
        self.make = make
        self.headings = headings

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class ContextMarker(Flowable):
    """Zero-size flowable: from the page it is on, header and footer use ``changes``."""

    def __init__(self, **changes: str) -> None:
        super().__init__()
        self.changes = changes

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class ProgressMarker(Flowable):
    """Zero-size flowable reporting layout progress (one step per department)."""

    def __init__(self, step: int) -> None:
        super().__init__()
        self.step = step

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class HeadingParagraph(Paragraph):
    """A heading that goes into the table of contents and the PDF outline (``text`` is
    markup, already escaped)."""

    def __init__(self, text: str, style: Any, level: int, key: str) -> None:
        super().__init__(text, style)
        self.toc_level = level
        self.toc_key = key
        self.toc_markup = text


_heading_counter = [0]


def heading(text: str, level: int, style: Any | None = None) -> HeadingParagraph:
    """A level-``level`` heading (0: chapter, 1: section, 2: department sub-section)."""
    _heading_counter[0] += 1
    chosen = style or (styles.H1, styles.H2, styles.H3)[min(level, 2)]
    return HeadingParagraph(text, chosen, level, f"h{_heading_counter[0]}")


class FormRef(Flowable):
    """Draws a form XObject that is defined at the end of the build (a number known later).

    The form is drawn with its origin at the flowable's right edge on the text baseline, so the
    number it holds is right-aligned in the space given.
    """

    def __init__(self, name: str, width: float, height: float, baseline: float) -> None:
        super().__init__()
        self.name = name
        self.width = width
        self.height = height
        self.baseline = baseline

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(self.width, self.baseline)
        self.canv.doForm(self.name)
        self.canv.restoreState()


def toc_form_name(key: str) -> str:
    return f"toc{key}"


def table_of_contents(headings: list[HeadingParagraph]) -> Table:
    """The table of contents for ``headings``: each title links to its heading, and its page
    number is a form defined once the heading has been placed."""
    number_width = 14 * mm
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for index, entry in enumerate(headings):
        level = min(entry.toc_level, len(styles.TOC_LEVELS) - 1)
        style = styles.TOC_LEVELS[level]
        text = f'<a href="#{entry.toc_key}">{entry.toc_markup}</a>'
        rows.append(
            [
                Paragraph(text, style),
                FormRef(
                    toc_form_name(entry.toc_key),
                    number_width,
                    style.leading,
                    style.leading - style.fontSize,
                ),
            ]
        )
        if level == 0:
            commands.append(("TOPPADDING", (0, index), (-1, index), style.spaceBefore + 1.5))
            commands.append(("LINEBELOW", (0, index), (-1, index), 0.4, styles.RULE))
    table = Table(rows, colWidths=[FRAME_WIDTH - number_width, number_width], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


class ReportDocument(BaseDocTemplate):
    """The report's document template (A4; cover and content page templates)."""

    def __init__(
        self,
        target: Any,
        context: FooterContext,
        *,
        has_cover: bool = True,
        on_layout: Callable[[int], None] | None = None,
        check_cancel: Callable[[], None] | None = None,
        title: str = "",
        subject: str = "",
        author: str = "",
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=styles.PAGE_MARGIN_LEFT,
            rightMargin=styles.PAGE_MARGIN_RIGHT,
            topMargin=styles.PAGE_MARGIN_TOP,
            bottomMargin=styles.PAGE_MARGIN_BOTTOM,
            title=title,
            subject=subject,
            author=author,
            creator="oppgave",
            lang="nb-NO",
        )
        self.base_context = context
        self.context = context
        self._on_layout = on_layout
        self._check_cancel = check_cancel
        #: Heading key → page number, filled while the pages are laid out.
        self.heading_pages: dict[str, int] = {}
        self.page_total = 0
        #: Keys of the headings in the table of contents (each one's form must be defined).
        self.toc_keys: list[str] = []
        self._labelled_pages: list[int] = []
        cover_frame = Frame(
            styles.PAGE_MARGIN_LEFT,
            styles.PAGE_MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE_HEIGHT - styles.PAGE_MARGIN_BOTTOM - 98 * mm,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        content_frame = Frame(
            styles.PAGE_MARGIN_LEFT,
            styles.PAGE_MARGIN_BOTTOM,
            FRAME_WIDTH,
            FRAME_HEIGHT,
            id="content",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover = PageTemplate("cover", [cover_frame], onPageEnd=self._draw_cover)
        content = PageTemplate("content", [content_frame], onPageEnd=self._draw_page)
        # The first template is the first page's; after the cover, pages use "content".
        cover.autoNextPageTemplate = "content"
        self.addPageTemplates([cover, content] if has_cover else [content, cover])

    # --- building -------------------------------------------------------------------------------

    def build_once(self, story: list[Flowable]) -> int:
        """Lay out ``story`` in one pass, then define the late numbers and save; returns pages."""
        self._doSave = 0
        self.build(story)
        self.page_total = self.page
        self._define_late_numbers()
        self.canv.save()
        return self.page_total

    def _define_late_numbers(self) -> None:
        canvas = self.canv
        for page in self._labelled_pages:
            canvas.beginForm(
                _page_form(page), lowerx=-120 * mm, lowery=-3 * mm, upperx=1, uppery=5 * mm
            )
            canvas.setFont(styles.FONT_BOLD, 7.5)
            canvas.setFillColor(styles.INK)
            canvas.drawRightString(
                0, 0, _tr("Side {page} av {total}").format(page=page, total=self.page_total)
            )
            canvas.endForm()
        for key in self.toc_keys:
            page = self.heading_pages.get(key)
            canvas.beginForm(
                toc_form_name(key), lowerx=-30 * mm, lowery=-3 * mm, upperx=1, uppery=6 * mm
            )
            canvas.setFont(styles.FONT, 9)
            canvas.setFillColor(styles.INK)
            canvas.drawRightString(0, 0, str(page) if page is not None else "")
            canvas.endForm()

    # --- hooks ----------------------------------------------------------------------------------

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        while flowables and isinstance(flowables[0], DeferredFlowables):
            deferred = flowables.pop(0)
            flowables[0:0] = deferred.make()
        if flowables:
            super().handle_flowable(flowables)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        if self._check_cancel is not None:
            self._check_cancel()
        if isinstance(flowable, ContextMarker):
            self.context = replace(self.context, **flowable.changes)
        elif isinstance(flowable, ProgressMarker):
            if self._on_layout is not None:
                self._on_layout(flowable.step)
        elif isinstance(flowable, HeadingParagraph):
            key = flowable.toc_key
            self.heading_pages[key] = self.page
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.getPlainText(), key, flowable.toc_level, closed=flowable.toc_level > 0
            )

    # --- page decoration ------------------------------------------------------------------------

    def _draw_cover(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        band = 84 * mm
        canvas.setFillColor(styles.ACCENT)
        canvas.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, band, stroke=0, fill=1)
        canvas.setFillColor(styles.WHITE)
        canvas.setFont(styles.FONT_BOLD, 20)
        canvas.drawString(
            styles.PAGE_MARGIN_LEFT, PAGE_HEIGHT - band + 26 * mm, self.context.municipality
        )
        canvas.setFont(styles.FONT, 11)
        canvas.drawString(
            styles.PAGE_MARGIN_LEFT, PAGE_HEIGHT - band + 18 * mm, _tr("Helse og omsorg")
        )
        canvas.setFillColor(styles.ACCENT_LIGHT)
        canvas.rect(0, PAGE_HEIGHT - band - 3 * mm, PAGE_WIDTH, 3 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _draw_page(self, canvas: Any, doc: Any) -> None:
        context = self.context
        canvas.saveState()
        left = styles.PAGE_MARGIN_LEFT
        right = PAGE_WIDTH - styles.PAGE_MARGIN_RIGHT
        # Header: municipality and title over a thin accent rule.
        top = PAGE_HEIGHT - 13 * mm
        canvas.setFont(styles.FONT_BOLD, 7.5)
        canvas.setFillColor(styles.ACCENT)
        canvas.drawString(left, top, context.municipality)
        canvas.setFont(styles.FONT, 7.5)
        canvas.setFillColor(styles.MUTED)
        canvas.drawRightString(right, top, _fit(context.title, 7.5, (right - left) * 0.6))
        canvas.setStrokeColor(styles.ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        # Footer: workspace · department · scenario · date, and "Side x av y" (a late form).
        bottom = 12 * mm
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        canvas.saveState()
        canvas.translate(right, bottom)
        canvas.doForm(_page_form(doc.page))
        canvas.restoreState()
        self._labelled_pages.append(doc.page)
        label_width = stringWidth(
            _tr("Side {page} av {total}").format(page=999, total=999), styles.FONT_BOLD, 7.5
        )
        parts = [context.workspace, context.department, context.scenario, context.date]
        footer = "  ·  ".join(part for part in parts if part)
        canvas.setFont(styles.FONT, 7)
        canvas.setFillColor(styles.MUTED)
        canvas.drawString(left, bottom, _fit(footer, 7, right - left - label_width - 6 * mm))
        canvas.restoreState()


def _page_form(page: int) -> str:
    return f"pagelabel{page}"


def _fit(text: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points at ``size``."""
    if stringWidth(text, styles.FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", styles.FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
