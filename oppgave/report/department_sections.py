"""The sections about one department: each function returns the flowables under its heading.

Every figure comes from :mod:`oppgave.report.report_data` (the analysis' own results); the
functions only choose, order and format them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from oppgave.analysis.work_environment import FLAG_ORDER, FlagHours, flag_label, hours_text
from oppgave.domain.enums import Category, DayType, DelegationRule
from oppgave.domain.records import Role
from oppgave.i18n import translate
from oppgave.report import charts, labels, styles
from oppgave.report import formatting as fmt
from oppgave.report.layout import FRAME_WIDTH
from oppgave.report.report_data import DepartmentReport, RoleComparison, TaskRow
from oppgave.report.sections import Section
from oppgave.report.tables import TableSpec, Wrap, head, make_table, para, wrapped


def _tr(text: str) -> str:
    return translate("Report", text)


@dataclass(frozen=True, slots=True)
class SectionStyle:
    """Heading style for sub-headings inside a section (one level below the section's)."""

    sub: Any = styles.H2


def sub_heading(text: str, style: SectionStyle, space: float = 35 * mm) -> list[Flowable]:
    """A sub-heading that moves to the next page when less than ``space`` is left under it."""
    return [CondPageBreak(space), Paragraph(text, style.sub)]


def _p(text: str, style: Any = styles.BODY) -> Paragraph:
    return Paragraph(text, style)


def _b(text: str) -> str:
    return f"<b>{text}</b>"


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def _q(name: str) -> str:
    return f"«{_esc(name)}»"


# --- summary ------------------------------------------------------------------------------------


def _millions(kroner: float) -> str:
    """Kroner in millions for a key-figure card: one decimal, two below one million."""
    return fmt.number(kroner / 1_000_000, 1 if abs(kroner) >= 1_000_000 else 2)


def _cards(items: Sequence[tuple[str, str]]) -> Table:
    """Key-figure cards: a big value over a small label, side by side."""
    data = [
        [[Paragraph(v, styles.CARD_VALUE), Paragraph(lab, styles.CARD_LABEL)] for v, lab in items]
    ]
    gap = 3 * mm
    width = (FRAME_WIDTH - gap * (len(items) - 1)) / len(items)
    widths: list[float] = []
    table_data: list[list[Any]] = [[]]
    for index, cell in enumerate(data[0]):
        if index:
            table_data[0].append("")
            widths.append(gap)
        table_data[0].append(cell)
        widths.append(width)
    table = Table(table_data, colWidths=widths, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    for index in range(0, len(table_data[0]), 2):
        commands += [
            ("BACKGROUND", (index, 0), (index, 0), styles.ZEBRA),
            ("LINEABOVE", (index, 0), (index, 0), 2.2, styles.ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def summary(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """Key figures of the department: «I dag» against the scenario, and what it means."""
    today, chosen = report.baseline_figures, report.figures
    department = report.department
    compares = report.compares
    story: list[Flowable] = []
    intro = _tr(
        "Rapporten viser kartleggingen av oppgavene i {department} og hva som skjer med "
        "bemanning, kostnader og kompetansebehov i scenarioet {scenario} sammenlignet med "
        "dagens praksis ({baseline})."
    ).format(
        department=_b(_esc(department.name)),
        scenario=_q(report.scenario.name),
        baseline=_q(report.baseline.name),
    )
    if not compares:
        intro = _tr(
            "Rapporten viser kartleggingen av oppgavene i {department} og bemanningen slik den "
            "er i dag ({baseline})."
        ).format(department=_b(_esc(department.name)), baseline=_q(report.baseline.name))
    story.append(_p(intro))
    if report.scenario.description:
        story.append(
            _p(
                _tr("Om scenarioet: {text}").format(
                    text=f"<i>{_esc(report.scenario.description)}</i>"
                )
            )
        )
    if report.scenario_note:
        story.append(_p(f"<b>{_esc(report.scenario_note)}</b>"))

    price = report.analysis.price
    change_year = price.change_vs_today
    cards = [
        (fmt.number(chosen.hours_per_week, 1), _tr("oppgavetimer per uke")),
        (fmt.number(chosen.fte, 2), _tr("årsverk til oppgavene")),
        (
            _millions(price.total_per_year),
            _tr("mill. kr per år i lønn og kurs, {scenario}").format(
                scenario=_q(report.scenario.name)
            ),
        ),
    ]
    if compares:
        cards.append(
            (
                ("+" if round(change_year, -4) > 0 else "") + _millions(change_year),
                _tr("mill. kr per år mot {baseline}").format(baseline=_q(report.baseline.name)),
            )
        )
    else:
        cards.append((fmt.percent(chosen.mapped_share, 0), _tr("av tilgjengelig tid er kartlagt")))
    story += [_cards(cards), Spacer(1, 5 * mm)]

    header_cells: list[Any] = [_tr("Nøkkeltall"), _esc(report.baseline.name)]
    if compares:
        header_cells += [_esc(report.scenario.name), _tr("Endring")]
    rows: list[list[Any]] = []

    def add(label: str, before: str, after: str, change: str) -> None:
        rows.append([Wrap(label), before] + ([after, change] if compares else []))

    add(
        _tr("Oppgavetimer per uke"),
        fmt.number(today.hours_per_week),
        fmt.number(chosen.hours_per_week),
        fmt.signed(chosen.hours_per_week - today.hours_per_week),
    )
    if today.unassigned_hours_per_week > 0.05 or chosen.unassigned_hours_per_week > 0.05:
        add(
            _tr("  herav ikke fordelt på noen rolle"),
            fmt.number(today.unassigned_hours_per_week),
            fmt.number(chosen.unassigned_hours_per_week),
            fmt.signed(chosen.unassigned_hours_per_week - today.unassigned_hours_per_week),
        )
    add(
        _tr("Årsverk til oppgavene"),
        fmt.number(today.fte, 2),
        fmt.number(chosen.fte, 2),
        fmt.signed(chosen.fte - today.fte, 2),
    )
    add(
        _tr("Pris per år, lønn og kurs (kr)"),
        fmt.kroner(price.today_total_per_year),
        fmt.kroner(price.total_per_year),
        fmt.signed(change_year, 0),
    )
    if compares and price.course_cost_once > 0:
        add(
            _tr("Kurs tjenes inn på"),
            fmt.MISSING,
            _esc(price.payback_text()),
            fmt.MISSING,
        )
    add(
        _tr("Sykepleierandel av timene"),
        fmt.percent(today.nurse_share),
        fmt.percent(chosen.nurse_share),
        fmt.percent_points(
            None
            if today.nurse_share is None or chosen.nurse_share is None
            else chosen.nurse_share - today.nurse_share
        ),
    )
    add(
        _tr("Andel av tilgjengelig tid som er kartlagt"),
        fmt.percent(today.mapped_share),
        fmt.percent(chosen.mapped_share),
        fmt.MISSING,
    )
    add(
        _tr("Heltidsandel (stillinger i dag)"),
        fmt.percent(today.fulltime_share),
        fmt.percent(chosen.fulltime_share),
        fmt.MISSING,
    )
    brief = report.brief()
    if compares:
        add(
            _tr("Kursplasser forslaget krever (ansatte på kurs, minst)"),
            fmt.MISSING,
            _tr("{places} ({people})").format(
                places=fmt.number(brief.course_places, 0),
                people=fmt.number(brief.course_people, 0),
            ),
            fmt.MISSING,
        )
    add(
        _tr("Kurs, én gang (kr; «I dag»: kompetansegap, ikke kostnad)"),
        fmt.MISSING,
        fmt.kroner(price.course_cost_once),
        fmt.MISSING,
    )
    widths = [FRAME_WIDTH - 3 * 27 * mm, 27 * mm, 27 * mm, 27 * mm]
    if not compares:
        widths = [FRAME_WIDTH - 40 * mm, 40 * mm]
    story.append(
        make_table(
            [[head(c, "L" if i == 0 else "R") for i, c in enumerate(header_cells)]],
            rows,
            TableSpec(widths=widths, align=["L"] + ["R"] * (len(widths) - 1)),
        )
    )
    story.append(Spacer(1, 3 * mm))
    story += sub_heading(_tr("Hovedpunkter"), style)
    for point in _findings(report):
        story.append(Paragraph(point, styles.BULLET, bulletText="•"))
    return story


def _findings(report: DepartmentReport) -> list[str]:
    """Plain sentences about the department's figures (no judgement beyond the formulas)."""
    chosen = report.figures
    points: list[str] = []
    if not report.data.tasks:
        points.append(_tr("Ingen oppgaver er kartlagt ennå."))
    if report.compares:
        price = report.analysis.price
        change_year = price.change_vs_today
        relative = change_year / price.today_total_per_year if price.today_total_per_year else None
        points.append(
            _tr(
                "{scenario} endrer prisen (lønn og kurs) med {year} kr per år ({relative})."
            ).format(
                scenario=_q(report.scenario.name),
                year=fmt.signed(change_year, 0),
                relative=fmt.percent_points(relative).replace(_tr("p.p."), "%")
                if relative is not None
                else fmt.MISSING,
            )
        )
        if price.shortfalls:  # one line: page one has them per role
            points.append(
                _esc(
                    _tr("Mangler utover dagens stillinger og ramme: {parts} årsverk.").format(
                        parts="; ".join(
                            f"{role.role_name} {fmt.number(role.shortfall_fte, 2)}"
                            for role in price.shortfalls
                        )
                    )
                )
            )
        points.append(_esc(_tr("Forsvarlighet: {floors}.").format(floors="; ".join(price.floors))))
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
                f"{_esc(row.role.name)} {fmt.signed(row.fte_scenario - row.fte_today, 1)}"
                for row in moves[:4]
            ]
            points.append(_tr("Størst endring i årsverk: {parts}.").format(parts="; ".join(parts)))
        changed = [row for row in report.task_rows() if row.changed]
        if changed:
            points.append(
                _tr(
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
            _tr(
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
            _tr(
                "Ingen kurs i katalogen gir {items}. Det må avklares før fordelingen kan brukes."
            ).format(
                items="; ".join(
                    f"{_q(c.competence_name)} til {_esc(c.role_name.lower())}" for c in missing
                )
            )
        )
    if chosen.mapped_share is not None:
        share = chosen.mapped_share
        meaning = (
            _tr("kartleggingen er trolig ikke ferdig")
            if share < 0.9
            else _tr("avdelingen trenger trolig flere folk")
            if share > 1.0
            else _tr("kartleggingen dekker det meste av tiden")
        )
        points.append(
            _tr("{share} av tiden stillingene gir til oppgaver, er kartlagt: {meaning}.").format(
                share=fmt.percent(share, 0), meaning=meaning
            )
        )
    if chosen.fulltime_share is not None:
        points.append(
            _tr("Heltidsandelen er {share} (målet er minst 50 %).")
            .format(share=fmt.percent(chosen.fulltime_share, 0))
            .replace("50 %", f"50{fmt.NBSP}%")
        )
    if chosen.unassigned_hours_per_week > 0.05:
        points.append(
            _tr(
                "{hours} timer per uke er ikke fordelt på noen rolle og er ikke med i årsverk og "
                "kroner."
            ).format(hours=fmt.number(chosen.unassigned_hours_per_week, 1))
        )
    return points


# --- task map -----------------------------------------------------------------------------------


def _role_legend(roles: Sequence[Role]) -> str:
    return "; ".join(f"<b>{_esc(r.code)}</b> {_esc(r.name)}" for r in roles)


def task_map(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """Every task grouped by category: how often, when, how long, hours, who today and then."""
    rows = report.task_rows()
    roles = {role.id: role for role in report.data.roles}
    used = {rid for row in rows for rid in (*row.today, *row.scenario)}
    compares = report.compares
    story: list[Flowable] = [
        _p(
            _tr(
                "Tabellene viser alle kartlagte oppgaver etter kategori. Timer per uke = "
                "forekomster per uke × varighet × antall ansatte samtidig. Kolonnene {baseline} og "
                "{scenario} viser hvilke yrkesgrupper som gjør oppgaven, med andel når flere deler "
                "den. Der fordelingen endres, er {scenario} uthevet."
            ).format(baseline=_q(report.baseline.name), scenario=_q(report.scenario.name))
            if compares
            else _tr(
                "Tabellene viser alle kartlagte oppgaver etter kategori. Timer per uke = "
                "forekomster per uke × varighet × antall ansatte samtidig. Kolonnen {baseline} "
                "viser hvilke yrkesgrupper som gjør oppgaven."
            ).format(baseline=_q(report.baseline.name))
        ),
        _p(
            _tr("Forkortelser: {legend}.").format(
                legend=_role_legend([r for r in report.data.roles if r.id in used])
            ),
            styles.NOTE,
        ),
    ]
    by_category: dict[Category, list[TaskRow]] = {}
    for row in rows:
        by_category.setdefault(row.task.category, []).append(row)
    total = sum(row.hours_per_week for row in rows) or 1.0
    overview = [
        [
            labels.category(category),
            fmt.number(len(by_category.get(category, [])), 0),
            fmt.number(sum(r.hours_per_week for r in by_category.get(category, [])), 1),
            fmt.percent(sum(r.hours_per_week for r in by_category.get(category, [])) / total),
        ]
        for category in Category
    ]
    overview.append(
        [
            _tr("Sum"),
            fmt.number(len(rows), 0),
            fmt.number(sum(r.hours_per_week for r in rows), 1),
            fmt.percent(1.0 if rows else None),
        ]
    )
    story.append(
        make_table(
            [
                [
                    head(_tr("Kategori")),
                    head(_tr("Oppgaver"), "R"),
                    head(_tr("Timer per uke"), "R"),
                    head(_tr("Andel av timene"), "R"),
                ]
            ],
            overview,
            TableSpec(
                widths=[FRAME_WIDTH - 3 * 30 * mm, 30 * mm, 30 * mm, 30 * mm],
                align=["L", "R", "R", "R"],
                total_rows=[len(overview) - 1],
            ),
        )
    )
    story.append(
        _p(
            _tr(
                "Kolonnen Risiko viser oppgavens risikonivå (lav, middels, høy) og "
                "delegeringsregel: {transfer}, {delegate} eller {keep} (se Forutsetninger og "
                "formler)."
            ).format(
                transfer=_q(labels.delegation_short(DelegationRule.TRANSFER)),
                delegate=_q(labels.delegation_short(DelegationRule.DELEGATE)),
                keep=_q(labels.delegation_short(DelegationRule.KEEP)),
            ),
            styles.NOTE,
        )
    )
    if compares:
        widths = [40 * mm, 23 * mm, 19 * mm, 16 * mm, 13 * mm, 17 * mm, 20 * mm, 0.0]
        widths[-1] = FRAME_WIDTH - sum(widths)
        header = [
            head(_tr("Oppgave")),
            head(_tr("Hyppighet")),
            head(_tr("Tidspunkt")),
            head(_tr("Varighet")),
            head(_tr("Timer per uke"), "R"),
            head(_tr("Risiko")),
            head(report.baseline.name),
            head(report.scenario.name),
        ]
        align = ["L", "L", "L", "L", "R", "L", "L", "L"]
    else:
        widths = [54 * mm, 25 * mm, 21 * mm, 16 * mm, 14 * mm, 17 * mm, 0.0]
        widths[-1] = FRAME_WIDTH - sum(widths)
        header = [
            head(_tr("Oppgave")),
            head(_tr("Hyppighet")),
            head(_tr("Tidspunkt")),
            head(_tr("Varighet")),
            head(_tr("Timer per uke"), "R"),
            head(_tr("Risiko")),
            head(report.baseline.name),
        ]
        align = ["L", "L", "L", "L", "R", "L", "L"]
    for category in Category:
        items = by_category.get(category, [])
        if not items:
            continue
        hours = sum(row.hours_per_week for row in items)
        story += sub_heading(
            _tr("{category} – {count} oppgaver, {hours} timer per uke").format(
                category=_esc(labels.category(category)),
                count=len(items),
                hours=fmt.number(hours, 1),
            ),
            style,
        )
        body: list[list[Any]] = []
        highlight: list[int] = []
        for index, row in enumerate(items):
            task = row.task
            cells: list[Any] = [
                wrapped(task.name, widths[0]),
                labels.frequency(task.frequency),
                labels.windows(task),
                labels.duration(task),
                fmt.number(row.hours_per_week, 1),
                labels.risk_marker(task),
                labels.shares(row.today, roles),
            ]
            if compares:
                cells.append(labels.shares(row.scenario, roles))
                if row.changed:
                    highlight.append(index)
            body.append(cells)
        body.append(
            [
                _tr("Sum {category}").format(category=labels.category(category).lower()),
                "",
                "",
                "",
                fmt.number(hours, 1),
                "",
                "",
            ]
            + ([""] if compares else [])
        )
        extra: list[tuple[Any, ...]] = [("SPAN", (0, len(body)), (3, len(body)))]
        for index in highlight:
            extra.append(("FONTNAME", (7, index + 1), (7, index + 1), styles.FONT_BOLD))
        story.append(
            make_table(
                [header],
                body,
                TableSpec(
                    widths=widths,
                    align=align,
                    total_rows=[len(body) - 1],
                    extra=extra,
                ),
            )
        )
    return story


# --- today against the scenario per role --------------------------------------------------------


def roles(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """Hours, FTE and kroner per role: a chart and a table; then the tasks that move."""
    rows = [
        row
        for row in report.role_comparison()
        if row.hours_today > 0.005 or row.hours_scenario > 0.005
    ]
    compares = report.compares
    if not rows:
        return [_p(_tr("Ingen oppgaver er kartlagt ennå."))]
    story: list[Flowable] = []
    story.append(
        _p(
            _tr(
                "Årsverk per yrkesgruppe for de kartlagte oppgavene, i dag og i {scenario}. "
                "Ett årsverk gir {hours} timer per uke til oppgaver etter fravær og opplæring "
                "(se Forutsetninger og formler)."
            ).format(
                scenario=_q(report.scenario.name),
                hours=fmt.number(_productive_hours(report), 1),
            )
        )
    )
    chart = charts.roles_chart(
        [row.role.name for row in rows],
        [row.fte_today for row in rows],
        [row.fte_scenario for row in rows] if compares else None,
        report.baseline.name,
        report.scenario.name,
        _tr("Årsverk"),
        FRAME_WIDTH,
    )
    caption = _p(
        _tr("Figur: Årsverk per yrkesgruppe. Skravert: {baseline}; mørk: {scenario}.").format(
            baseline=_q(report.baseline.name), scenario=_q(report.scenario.name)
        )
        if compares
        else _tr("Figur: Årsverk per yrkesgruppe i {baseline}.").format(
            baseline=_q(report.baseline.name)
        ),
        styles.CAPTION,
    )
    story.append(KeepTogether([chart, caption]))
    story.append(_role_table(report, rows))
    if compares:
        story += _moved_tasks(report, style)
    return story


def _productive_hours(report: DepartmentReport) -> float:
    settings = report.data.settings
    return settings.hours_per_fte * (1.0 - settings.total_allowance)


def _role_table(report: DepartmentReport, rows: Sequence[RoleComparison]) -> Table:
    compares = report.compares
    body: list[list[Any]] = []
    for row in rows:
        cells: list[Any] = [Wrap(row.role.name)]
        if compares:
            cells += [
                fmt.number(row.hours_today),
                fmt.number(row.hours_scenario),
                fmt.number(row.fte_today, 2),
                fmt.number(row.fte_scenario, 2),
                fmt.signed(row.fte_scenario - row.fte_today, 2),
                fmt.kroner(row.cost_today),
                fmt.kroner(row.cost_scenario),
                fmt.signed(row.cost_scenario - row.cost_today, 0),
            ]
        else:
            cells += [
                fmt.number(row.hours_today),
                fmt.number(row.fte_today, 2),
                fmt.kroner(row.cost_today),
                fmt.kroner(row.cost_today * report.data.settings.weeks_per_year),
            ]
        body.append(cells)
    a = report.baseline_analysis.capacity
    b = report.analysis.capacity
    if compares:
        body.append(
            [
                _tr("Sum"),
                fmt.number(a.hours_per_week),
                fmt.number(b.hours_per_week),
                fmt.number(a.fte, 2),
                fmt.number(b.fte, 2),
                fmt.signed(b.fte - a.fte, 2),
                fmt.kroner(a.cost_per_week),
                fmt.kroner(b.cost_per_week),
                fmt.signed(b.cost_per_week - a.cost_per_week, 0),
            ]
        )
        widths = [0.0] + [17 * mm] * 8
        widths[0] = FRAME_WIDTH - sum(widths)
        today, chosen = _short(report.baseline.name), _short(report.scenario.name)
        header = [
            [
                head(_tr("Yrkesgruppe")),
                head(_tr("Timer per uke")),
                "",
                head(_tr("Årsverk")),
                "",
                "",
                head(_tr("Kroner per uke")),
                "",
                "",
            ],
            [
                "",
                head(today, "R"),
                head(chosen, "R"),
                head(today, "R"),
                head(chosen, "R"),
                head(_tr("Endring"), "R"),
                head(today, "R"),
                head(chosen, "R"),
                head(_tr("Endring"), "R"),
            ],
        ]
        spans = _group_spans([(1, 2), (3, 5), (6, 8)])
        return make_table(
            header,
            body,
            TableSpec(
                widths=widths,
                align=["L"] + ["R"] * 8,
                header_rows=2,
                header_spans=spans,
                total_rows=[len(body) - 1],
            ),
        )
    body.append(
        [
            _tr("Sum"),
            fmt.number(a.hours_per_week),
            fmt.number(a.fte, 2),
            fmt.kroner(a.cost_per_week),
            fmt.kroner(a.cost_per_week * report.data.settings.weeks_per_year),
        ]
    )
    widths = [FRAME_WIDTH - 4 * 28 * mm] + [28 * mm] * 4
    return make_table(
        [
            [
                head(_tr("Yrkesgruppe")),
                head(_tr("Timer per uke"), "R"),
                head(_tr("Årsverk"), "R"),
                head(_tr("Kroner per uke"), "R"),
                head(_tr("Kroner per år"), "R"),
            ]
        ],
        body,
        TableSpec(widths=widths, align=["L", "R", "R", "R", "R"], total_rows=[len(body) - 1]),
    )


#: How many of the largest moves the roles section lists (the task map shows all).
LARGEST_MOVES = 12


def _moved_tasks(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """The tasks whose distribution changes the most hours (the task map shows them all)."""
    changed = [row for row in report.task_rows() if row.changed]
    if not changed:
        return [
            *sub_heading(_tr("Oppgaver som får ny fordeling"), style),
            _p(_tr("Ingen oppgaver får ny fordeling i dette scenarioet.")),
        ]
    largest = sorted(changed, key=lambda r: (-r.moved_hours, r.task.sort_order))[:LARGEST_MOVES]
    story: list[Flowable] = sub_heading(
        _tr("De største endringene i fordelingen"), style, space=80 * mm
    )
    story.append(
        _p(
            _tr(
                "{count} oppgaver får ny fordeling, og {hours} timer per uke flyttes til en annen "
                "yrkesgruppe. Tabellen viser de {shown} oppgavene der flest timer flyttes; "
                "oppgavekartet viser alle."
            ).format(
                count=len(changed),
                hours=fmt.number(sum(r.moved_hours for r in changed), 1),
                shown=len(largest),
            )
            if len(largest) < len(changed)
            else _tr(
                "{count} oppgaver får ny fordeling, og {hours} timer per uke flyttes til en annen "
                "yrkesgruppe."
            ).format(count=len(changed), hours=fmt.number(sum(r.moved_hours for r in changed), 1))
        )
    )
    roles_by_id = {role.id: role for role in report.data.roles}
    explained = any(row.explanation for row in largest)
    body: list[list[Any]] = []
    for row in largest:
        cells: list[Any] = [
            Wrap(row.task.name),
            labels.shares(row.today, roles_by_id),
            labels.shares(row.scenario, roles_by_id),
            fmt.number(row.hours_per_week, 1),
            fmt.number(row.moved_hours, 1),
        ]
        if explained:
            cells.append(para(row.explanation, styles.CELL_SMALL))
        body.append(cells)
    if explained:
        widths = [44 * mm, 20 * mm, 20 * mm, 15 * mm, 15 * mm, 0.0]
        widths[-1] = FRAME_WIDTH - sum(widths)
    else:
        widths = [0.0, 30 * mm, 30 * mm, 22 * mm, 22 * mm]
        widths[0] = FRAME_WIDTH - sum(widths)
    header = [
        head(_tr("Oppgave")),
        head(report.baseline.name),
        head(report.scenario.name),
        head(_tr("Timer per\nuke"), "R"),
        head(_tr("Timer som\nflyttes"), "R"),
    ] + ([head(_tr("Begrunnelse"))] if explained else [])
    story.append(
        make_table(
            [header],
            body,
            TableSpec(
                widths=widths, align=["L", "L", "L", "R", "R"] + (["L"] if explained else [])
            ),
        )
    )
    story.append(
        _p(
            _tr(
                "Timer som flyttes = oppgavens timer per uke × summen av andelene yrkesgruppene "
                "får mer av enn i dag."
            ),
            styles.NOTE,
        )
    )
    return story


# --- døgnrytme ----------------------------------------------------------------------------------


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
    from reportlab.lib.colors import Color

    return Color(level, level, level)


def rhythm(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """The 7 × 24 heat map, the hourly profiles against the staffing, and the shift table."""
    analysis = report.analysis
    staffed = report.staffing_by_hour()
    story: list[Flowable] = [
        _p(
            _tr(
                "Døgnrytmen viser når på døgnet og i uka arbeidet med oppgavene ligger. Hver rute "
                "er arbeidstimer i den klokketimen i løpet av en uke, som er det samme som hvor "
                "mange ansatte som i snitt er opptatt med oppgaver i den timen. Mørkere rute betyr "
                "mer arbeid. Oppgaver uten tidspunkt regnes som arbeid på dagvakt."
            )
        ),
        KeepTogether(
            [
                rhythm_table(analysis.workload.rhythm),
                _p(
                    _tr(
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
                _p(
                    _tr(
                        "Figur: Ansatte opptatt med oppgaver (stolper) mot ansatte på vakt etter "
                        "dagens bemanningsplan (linje), per klokketime. Der stolpene når linjen, "
                        "går all vakttiden med til kartlagte oppgaver."
                    ),
                    styles.CAPTION,
                ),
            ]
        ),
    ]
    story += sub_heading(_tr("Bemanning og oppgavetimer per vakt"), style)
    body: list[list[Any]] = []
    for row in report.shift_rows():
        definition = report.data.settings.shift(row.shift)
        body.append(
            [
                labels.shift(row.shift),
                labels.day_type(row.day_type),
                f"{fmt.clock(definition.start_minute)}{fmt.EN_DASH}{fmt.clock(definition.end_minute)}",
                fmt.number(row.staffed_people, 0),
                fmt.number(row.staffed_hours_per_day, 1),
                fmt.number(row.task_hours_per_day, 1),
                fmt.percent(row.task_share, 0),
            ]
        )
    widths = [0.0, 22 * mm, 26 * mm, 24 * mm, 24 * mm, 26 * mm, 28 * mm]
    widths[0] = FRAME_WIDTH - sum(widths)
    story.append(
        make_table(
            [
                [
                    head(_tr("Vakt")),
                    head(_tr("Dager")),
                    head(_tr("Tid")),
                    head(_tr("På vakt per\ndag (personer)"), "R"),
                    head(_tr("Vakttimer\nper dag"), "R"),
                    head(_tr("Oppgavetimer\nper dag"), "R"),
                    head(_tr("Oppgaver i %\nav vakttimene"), "R"),
                ]
            ],
            body,
            TableSpec(widths=widths, align=["L", "L", "L", "R", "R", "R", "R"]),
        )
    )
    story.append(
        _p(
            _tr(
                "Vakttimer per dag = personer på vakt × vaktens lengde. Oppgavetimer per dag = "
                "oppgavetimene i vakten i {scenario} ÷ antall dager (5 hverdager, 2 helgedager). "
                "Resten av vakttiden går til pauser, forflytning mellom brukere, uforutsett arbeid "
                "og det som ikke er kartlagt."
            ).format(scenario=_q(report.scenario.name)),
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
    first = FRAME_WIDTH - 6 * 20 * mm
    header = [
        [head(_tr("Yrkesgruppe"))]
        + sum(([head(labels.shift(s.shift)), ""] for s in settings.shifts), []),
        [""] + [head(labels.day_type(t), "R") for _s, t in keys],
    ]
    spans = _group_spans([(1 + 2 * i, 2 + 2 * i) for i in range(len(settings.shifts))])
    return [
        *sub_heading(_tr("Per yrkesgruppe og vakt"), style, space=70 * mm),
        _p(
            _tr(
                "Hver rute: personer på vakt per dag etter dagens bemanningsplan / oppgavetimer "
                "per dag for yrkesgruppen i {scenario}."
            ).format(scenario=_q(report.scenario.name)),
            styles.NOTE,
        ),
        make_table(
            header,
            body,
            TableSpec(
                widths=[first] + [20 * mm] * 6,
                align=["L"] + ["R"] * 6,
                header_rows=2,
                header_spans=spans,
            ),
        ),
    ]


# --- staffing proposal --------------------------------------------------------------------------


def _thousands(kroner: float) -> str:
    """Kroner in thousands (the unit "1 000 kr" goes in the heading)."""
    return fmt.number(kroner / 1000.0, 0)


def staffing(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """FTE and kroner per year per role: positions today, and the scenario's price per role
    (the one price: the same figures as page one), today and in the scenario."""
    rows = [row for row in report.role_comparison() if row.used]
    priced = report.price.by_role_id()
    compares = report.compares
    story: list[Flowable] = [
        _p(
            _tr(
                "Tabellen viser per yrkesgruppe stillingene avdelingen har i dag, og årsverk og "
                "lønn i prisen for {baseline} og {scenario}: de kartlagte oppgavene med "
                "veiledning og nødvendig tilstedeværelse (de samme tallene som på side én). "
                "Stillingene dekker også tid som ikke er kartlagt."
            ).format(baseline=_q(report.baseline.name), scenario=_q(report.scenario.name))
            if compares
            else _tr(
                "Tabellen viser per yrkesgruppe stillingene avdelingen har i dag, og årsverk og "
                "lønn i prisen: de kartlagte oppgavene med veiledning og nødvendig "
                "tilstedeværelse. Stillingene dekker også tid som ikke er kartlagt."
            )
        )
    ]
    body: list[list[Any]] = []
    sums = [0.0] * 4  # fte today, fte scenario, kroner today, kroner scenario
    for row in rows:
        price = priced.get(row.role.id)
        values = (
            (price.fte_today, price.fte, price.cost_per_year_today, price.cost_per_year)
            if price is not None
            else (0.0, 0.0, 0.0, 0.0)
        )
        sums = [t + v for t, v in zip(sums, values, strict=True)]
        cells: list[Any] = [
            Wrap(row.role.name),
            fmt.number(row.people, 0),
            fmt.number(row.positions_fte, 1),
            fmt.number(values[0], 2),
        ]
        if compares:
            cells += [
                fmt.number(values[1], 2),
                fmt.signed(values[1] - values[0], 2),
                _thousands(values[2]),
                _thousands(values[3]),
                fmt.signed((values[3] - values[2]) / 1000.0, 0),
            ]
        else:
            cells.append(_thousands(values[2]))
        body.append(cells)
    total: list[Any] = [
        _tr("Sum"),
        fmt.number(sum(row.people for row in rows), 0),
        fmt.number(sum(row.positions_fte for row in rows), 1),
        fmt.number(sums[0], 2),
    ]
    if compares:
        total += [
            fmt.number(sums[1], 2),
            fmt.signed(sums[1] - sums[0], 2),
            _thousands(sums[2]),
            _thousands(sums[3]),
            fmt.signed((sums[3] - sums[2]) / 1000.0, 0),
        ]
    else:
        total.append(_thousands(sums[2]))
    body.append(total)
    today, chosen = _short(report.baseline.name), _short(report.scenario.name)
    if compares:
        widths = [0.0, 15 * mm, 16 * mm, 16 * mm, 16 * mm, 16 * mm, 17 * mm, 17 * mm, 17 * mm]
        widths[0] = FRAME_WIDTH - sum(widths)
        header = [
            [
                head(_tr("Yrkesgruppe")),
                head(_tr("Stillinger i dag")),
                "",
                head(_tr("Årsverk i prisen")),
                "",
                "",
                head(_tr("Lønn per år (1 000 kr)")),
                "",
                "",
            ],
            [
                "",
                head(_tr("Ansatte"), "R"),
                head(_tr("Årsverk"), "R"),
                head(today, "R"),
                head(chosen, "R"),
                head(_tr("Endring"), "R"),
                head(today, "R"),
                head(chosen, "R"),
                head(_tr("Endring"), "R"),
            ],
        ]
        story.append(
            make_table(
                header,
                body,
                TableSpec(
                    widths=widths,
                    align=["L"] + ["R"] * 8,
                    header_rows=2,
                    header_spans=_group_spans([(1, 2), (3, 5), (6, 8)]),
                    total_rows=[len(body) - 1],
                ),
            )
        )
    else:
        widths = [0.0, 22 * mm, 26 * mm, 26 * mm, 30 * mm]
        widths[0] = FRAME_WIDTH - sum(widths)
        story.append(
            make_table(
                [
                    [
                        head(_tr("Yrkesgruppe")),
                        head(_tr("Ansatte"), "R"),
                        head(_tr("Årsverk i\nstillinger"), "R"),
                        head(_tr("Årsverk i\nprisen"), "R"),
                        head(_tr("Lønn per år\n(1 000 kr)"), "R"),
                    ]
                ],
                body,
                TableSpec(
                    widths=widths, align=["L", "R", "R", "R", "R"], total_rows=[len(body) - 1]
                ),
            )
        )
    year_change = sums[3] - sums[2]
    if compares:
        price = report.price
        story.append(Spacer(1, 3 * mm))
        story.append(
            _p(
                _tr(
                    "Lønnen i prisen endres med {change} per år. Kursene koster "
                    "{courses} én gang ({per_year} per år fordelt); kursene tjenes inn på "
                    "{payback}."
                ).format(
                    change=_signed_kroner(year_change),
                    courses=fmt.kroner_text(price.course_cost_once),
                    per_year=fmt.kroner_text(price.course_cost_per_year),
                    payback=_esc(price.payback_text()),
                )
                if price.payback_years is not None
                else _tr(
                    "Lønnen i prisen endres med {change} per år. Kursene koster "
                    "{courses} én gang ({per_year} per år fordelt)."
                ).format(
                    change=_signed_kroner(year_change),
                    courses=fmt.kroner_text(price.course_cost_once),
                    per_year=fmt.kroner_text(price.course_cost_per_year),
                )
            )
        )
    story.append(
        _p(
            _tr(
                "Årsverk = timer per uke ÷ {hours} timer. Lønnskostnad per år = timer per uke ÷ "
                "{productive} × timekostnad × {weeks} uker (alle får lønn, også de som er borte). "
                "Timekostnaden per yrkesgruppe står i Forutsetninger og formler."
            ).format(
                hours=fmt.number(_productive_hours(report), 1),
                productive=fmt.number(1.0 - report.data.settings.total_allowance, 2),
                weeks=fmt.number(report.data.settings.weeks_per_year, 0),
            ),
            styles.NOTE,
        )
    )
    return story


def _short(name: str, limit: int = 14) -> str:
    """A scenario name short enough for a narrow column heading."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _group_spans(groups: Sequence[tuple[int, int]]) -> list[tuple[Any, ...]]:
    """Header commands for a two-row header: column 0 spans both rows, each (first, last)
    group shares a heading in row 0 and is ruled off on its left."""
    commands: list[tuple[Any, ...]] = [("SPAN", (0, 0), (0, 1))]
    for first, last in groups:
        if last > first:
            commands.append(("SPAN", (first, 0), (last, 0)))
        else:
            commands.append(("SPAN", (first, 0), (first, 1)))
        commands.append(("LINEBELOW", (first, 0), (last, 0), 0.5, styles.ACCENT_LIGHT))
        commands.append(("LINEBEFORE", (first, 0), (first, -1), 0.5, styles.RULE))
    return commands


def _superscript(number: int) -> str:
    """``12`` → ``"¹²"`` (a note mark in plain text)."""
    return str(number).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))


def _signed_kroner(value: float) -> str:
    return ("+" if round(value) > 0 else "") + fmt.kroner_text(value)


# --- competence upgrades ------------------------------------------------------------------------


def upgrades(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """The upgrade plan: per role and competence the course, places, hours and cost (the one
    course list of :meth:`DepartmentReport.courses`, as on page one and in the summary)."""
    plan = report.courses()
    story: list[Flowable] = [
        _p(
            _tr(
                "Når en yrkesgruppe i {scenario} får oppgaver som krever en kompetanse den ikke "
                "har fra utdanningen, må noen ta kurs. Antallet er regnet slik at noen med "
                "kompetansen er på hver vakt der oppgavene forekommer, med tillegg for fravær, "
                "men aldri flere enn de ansatte i yrkesgruppen."
            ).format(scenario=_q(report.scenario.name))
        )
    ]
    if not plan:
        story.append(_p(_b(_tr("Scenarioet krever ikke noe kompetanseløft."))))
        return story
    if report.scenario.is_baseline:
        story.append(
            _p(
                _tr(
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
            marks += _superscript(number)
        body.append(
            [
                Wrap(row.role_name),
                Wrap(row.competence_name),
                Wrap((row.course_name or _tr("(ingen kurs)")) + marks),
                fmt.number(row.shifts_per_week, 1)
                if row.shifts_per_week is not None
                else fmt.MISSING,
                f"{fmt.number(row.places, 0)} / {fmt.number(row.staff, 0)}",
                fmt.number(row.course_hours, 0),
                fmt.kroner(row.cost_once),
            ]
        )
    brief = report.brief()
    places = sum(row.places for row in plan)
    body.append(
        [
            _tr("Sum"),
            "",
            "",
            "",
            fmt.number(places, 0),
            fmt.number(sum(row.course_hours for row in plan), 0),
            fmt.kroner(sum(row.cost_once for row in plan)),
        ]
    )
    widths = [32 * mm, 36 * mm, 0.0, 16 * mm, 18 * mm, 14 * mm, 17 * mm]
    widths[2] = FRAME_WIDTH - sum(widths)
    story.append(
        make_table(
            [
                [
                    head(_tr("Yrkesgruppe")),
                    head(_tr("Kompetanse")),
                    head(_tr("Kurs")),
                    head(_tr("Vakter\nper uke"), "R"),
                    head(_tr("Plasser /\nansatte"), "R"),
                    head(_tr("Kurs-\ntimer"), "R"),
                    head(_tr("Kostnad\n(kr)"), "R"),
                ]
            ],
            body,
            TableSpec(
                widths=widths,
                align=["L", "L", "L", "R", "R", "R", "R"],
                total_rows=[len(body) - 1],
                extra=[("SPAN", (0, len(body)), (3, len(body)))],
            ),
        )
    )
    if notes:
        story.append(Spacer(1, 2 * mm))
        for note, number in notes.items():
            story.append(
                Paragraph(
                    f"{_superscript(number)} {_esc(note[:1].upper() + note[1:])}.",
                    styles.NOTE_TIGHT,
                )
            )
    story.append(Spacer(1, 2 * mm))
    if not report.scenario.is_baseline:
        story.append(
            _p(
                _tr(
                    "{places} kursplasser for minst {people} ansatte: samme ansatt kan ta flere "
                    "kurs, så en yrkesgruppe trenger minst like mange som det største kurset og "
                    "aldri flere enn de ansatte."
                ).format(places=fmt.number(places, 0), people=fmt.number(brief.course_people, 0))
            )
        )
    story.append(
        _p(
            _tr(
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


def fulltime(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """Full-time share, continuity carriers, position sizes and the weekend table."""
    analysis = report.analysis
    full = analysis.fulltime
    settings = report.data.settings
    story: list[Flowable] = []
    facts = [
        [_tr("Ansatte i stillingene"), fmt.number(full.people, 0)],
        [_tr("Årsverk i stillingene"), fmt.number(full.fte, 1)],
        [
            _tr("Heltidsandel (ansatte i 100 % stilling)").replace("100 %", f"100{fmt.NBSP}%"),
            f"{fmt.percent(full.fulltime_share, 0)}  ({full.fulltime_people})",
        ],
        [
            _tr("Kontinuitetsbærere (stillinger over {limit})").format(
                limit=fmt.position_percent(settings.continuity_threshold_percent)
            ),
            f"{fmt.percent(full.continuity_share, 0)}  ({full.continuity_people})",
        ],
        [_tr("Gjennomsnittlig stillingsstørrelse"), fmt.position_percent(full.avg_position)],
    ]
    story.append(
        make_table(
            [[head(_tr("Heltid i dag")), head(_tr("Verdi"), "R")]],
            facts,
            TableSpec(widths=[FRAME_WIDTH - 45 * mm, 45 * mm], align=["L", "R"]),
        )
    )
    story.append(
        _p(
            _tr(
                "Målet i kommunene er at minst halvparten av de ansatte i turnus har hel stilling. "
                "Kontinuitetsbærere er ansatte i stillinger over {limit}."
            ).format(limit=fmt.position_percent(settings.continuity_threshold_percent)),
            styles.NOTE,
        )
    )
    story += _position_sizes(report, style)
    story += sub_heading(_tr("Helgetabellen"), style)
    source = (
        _tr("helgebemanningen i bemanningsplanen")
        if analysis.weekend_hours_source == "staffing"
        else _tr("oppgavetimene i helgevaktene (ingen helgebemanning registrert; et minimum)")
    )
    fte_source = (
        _tr("stillingene")
        if analysis.total_fte_source == "positions"
        else _tr("behovet i scenarioet")
    )
    story.append(
        _p(
            _tr(
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
        cells: list[Any] = [_tr("Hver {n}. helg").format(n=frequency)]
        for length in lengths:
            row = by_key[(frequency, length)]
            cells += [
                fmt.number(row.shifts_needed, 0),
                fmt.number(row.people_needed, 0),
                fmt.position_percent(row.max_avg_position),
            ]
        body.append(cells)
    first = FRAME_WIDTH - len(lengths) * 3 * 22 * mm
    header = [
        [head(_tr("Helgefrekvens"))]
        + sum(
            (
                [
                    head(_tr("Helgevakter på {hours} timer").format(hours=fmt.number(length, 1))),
                    "",
                    "",
                ]
                for length in lengths
            ),
            [],
        ),
        [""]
        + [
            head(_tr("Vakter per\nhelg"), "R"),
            head(_tr("Personer\nsom trengs"), "R"),
            head(_tr("Største snitt-\nstilling"), "R"),
        ]
        * len(lengths),
    ]
    spans = _group_spans([(1 + 3 * i, 3 + 3 * i) for i in range(len(lengths))])
    story.append(
        make_table(
            header,
            body,
            TableSpec(
                widths=[first] + [22 * mm] * (3 * len(lengths)),
                align=["L"] + ["R"] * (3 * len(lengths)),
                header_rows=2,
                header_spans=spans,
            ),
        )
    )
    story.append(
        _p(
            _tr(
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
        return [_p(_tr("Ingen stillinger er registrert for avdelingen."))]
    roles = [r for r in report.data.roles if any(p.role_id == r.id and p.count for p in positions)]
    sizes = sorted({p.size_percent for p in positions}, reverse=True)
    counts: dict[tuple[float, int], int] = {}
    for p in positions:
        counts[(p.size_percent, p.role_id)] = counts.get((p.size_percent, p.role_id), 0) + p.count
    body: list[list[Any]] = []
    for size in sizes:
        row = [fmt.position_percent(size)]
        row += [
            fmt.number(counts.get((size, r.id), 0), 0) if counts.get((size, r.id)) else ""
            for r in roles
        ]
        row.append(fmt.number(sum(counts.get((size, r.id), 0) for r in roles), 0))
        body.append(row)
    body.append(
        [_tr("Sum")]
        + [fmt.number(sum(counts.get((s, r.id), 0) for s in sizes), 0) for r in roles]
        + [fmt.number(sum(counts.values()), 0)]
    )
    column = min(24 * mm, (FRAME_WIDTH - 30 * mm) / (len(roles) + 1))
    widths = [FRAME_WIDTH - column * (len(roles) + 1)] + [column] * (len(roles) + 1)
    return [
        *sub_heading(_tr("Stillingsstørrelser"), style),
        _p(_tr("Antall ansatte per stillingsstørrelse og yrkesgruppe."), styles.NOTE),
        make_table(
            [
                [head(_tr("Stilling"))]
                + [head(r.code, "R") for r in roles]
                + [head(_tr("Sum"), "R")]
            ],
            body,
            TableSpec(
                widths=widths, align=["L"] + ["R"] * (len(roles) + 1), total_rows=[len(body) - 1]
            ),
        ),
    ]


# --- HMS comments -------------------------------------------------------------------------------


def hms(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """The HMS group's comments, the overall ones first, then per task; then the
    working-environment summary per role."""
    return _hms_comments(report) + work_environment(report, style)


def work_environment(report: DepartmentReport, style: SectionStyle) -> list[Flowable]:
    """Hours per week of flagged work per role, today and in the scenario, with warnings."""
    summary = report.work_environment()
    story = sub_heading(_tr("Arbeidsmiljø per yrkesgruppe"), style, 50 * mm)
    if not summary.roles:
        story.append(_p(_tr("Ingen oppgaver har arbeidsmiljømerker.")))
        return story
    story.append(
        _p(
            _tr(
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
    body.append([para(_tr("Sum"))] + [cell(summary.total(flag)) for flag in FLAG_ORDER])
    widths = [0.0] + [24 * mm] * len(FLAG_ORDER)
    widths[0] = FRAME_WIDTH - sum(widths)
    story.append(
        make_table(
            [[head(_tr("Yrkesgruppe"))] + [head(flag_label(f, short=True)) for f in FLAG_ORDER]],
            body,
            TableSpec(widths=widths, align=["L"] + ["R"] * len(FLAG_ORDER)),
        )
    )
    if summary.warnings:
        story.append(Spacer(1, 2 * mm))
        for warning in summary.warnings:
            # the bullet font has no ⚠: the sign goes into the text (DejaVu Sans has it)
            story.append(_p(f"⚠ {warning.text()} ({warning.detail()})"))
    else:
        story.append(
            _p(
                _tr(
                    "Ingen advarsler: forslaget samler ikke tunge løft eller alenearbeid på én "
                    "yrkesgruppe."
                )
            )
        )
    return story


def _hms_comments(report: DepartmentReport) -> list[Flowable]:
    comments = list(report.comments)
    if not comments:
        return [_p(_tr("Ingen kommentarer er registrert fra HMS-gjennomgangen."))]
    story: list[Flowable] = [
        _p(
            _tr(
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
                para(comment.task_name if comment.task_uuid else _tr("Hele fordelingen")),
                labels.reviewer(comment.reviewer_role),
                labels.verdict(comment.verdict),
                para(comment.text),
                labels.comment_status(comment.status),
            ]
        )
    widths = [40 * mm, 22 * mm, 19 * mm, 0.0, 14 * mm]
    widths[3] = FRAME_WIDTH - sum(widths)
    story.append(
        make_table(
            [
                [
                    head(_tr("Oppgave")),
                    head(_tr("Fra")),
                    head(_tr("Vurdering")),
                    head(_tr("Kommentar")),
                    head(_tr("Status")),
                ]
            ],
            body,
            TableSpec(widths=widths, align=["L", "L", "L", "L", "L"]),
        )
    )
    return story


#: Room a section needs under its heading before it starts (else it starts on the next page):
#: enough for the intro and the first chart or table.
SECTION_START = {Section.ROLES: 125 * mm, Section.RHYTHM: 100 * mm}
