"""Page one of a report: the decision brief (DESIGN §7).

What a leader sends to the municipal chief: what changes, what the scenario costs against
today's positions budget (the positions priced, not only the mapped task time), freed hours,
recruitment and courses per role, open HMS objections, work-environment warnings, and what is
to be decided. Every figure comes from :class:`~oppgave.report.report_data.DecisionBrief` (or
:class:`~oppgave.report.report_data.MunicipalityTotals`); this module only words and lays them
out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
)

from oppgave.i18n import translate
from oppgave.report import formatting as fmt
from oppgave.report import labels, styles
from oppgave.report.layout import FRAME_HEIGHT, FRAME_WIDTH
from oppgave.report.report_data import (
    DecisionBrief,
    DepartmentReport,
    MunicipalityReport,
    RoleBrief,
)
from oppgave.report.sections.common import cards, millions
from oppgave.report.table_spec import ColumnSpec, column_table
from oppgave.report.tables import Wrap

#: Work-environment warnings named on page one (the HMS section lists them all).
SHOWN_WARNINGS = 3


def _tr(text: str) -> str:
    return translate("Report", text)


def _q(name: str) -> str:
    return f"«{escape(name)}»"


def _p(text: str, style: Any = styles.BODY) -> Paragraph:
    return Paragraph(text, style)


#: The brief's headings: H3 with less room above (page one must stay one page).
_BRIEF_HEADING = ParagraphStyle("BriefHeading", parent=styles.H3, spaceBefore=6, spaceAfter=3)


def _h(text: str) -> Paragraph:
    return Paragraph(escape(text), _BRIEF_HEADING)


def _signed_millions(kroner: float) -> str:
    text = millions(kroner)
    return ("+" if round(kroner, -4) > 0 else "") + text.replace("-", fmt.MINUS)


def title() -> str:
    return _tr("Beslutningsnotat")


def one_page(story: list[Flowable]) -> Flowable:
    """The brief on exactly one page: shrunk a little when a department has many roles or
    decisions (never split; ReportLab scales the whole block to the frame)."""
    return KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT - 2 * mm, story, mode="shrink")


def department_brief(report: DepartmentReport) -> list[Flowable]:
    """The one-page decision brief of a department report."""
    brief = report.brief()
    story: list[Flowable] = [
        Paragraph(escape(title()), styles.H1),
        _p(
            _tr("{department}: {scenario} sammenlignet med {baseline}.").format(
                department=f"<b>{escape(brief.department_name)}</b>",
                scenario=_q(brief.scenario_name),
                baseline=_q(brief.baseline_name),
            )
            if brief.compares
            else _tr("{department}: bemanningen slik den er i dag ({baseline}).").format(
                department=f"<b>{escape(brief.department_name)}</b>",
                baseline=_q(brief.baseline_name),
            )
        ),
    ]
    if brief.scenario_note:
        story.append(_p(f"<b>{escape(brief.scenario_note)}</b>", styles.NOTE))
    story += [cards(_cards_of(brief)), Spacer(1, 2 * mm)]

    story.append(_h(_tr("Hva endres")))
    if brief.compares and brief.moved_tasks:
        story.append(
            _p(
                _tr(
                    "{moved} av {tasks} oppgaver får ny fordeling; {hours} timer per uke går til "
                    "en annen yrkesgruppe. Største endringer: {moves}."
                ).format(
                    moved=brief.moved_tasks,
                    tasks=brief.tasks,
                    hours=fmt.number(brief.moved_hours_per_week, 1),
                    moves="; ".join(
                        _tr("{task} ({hours} t/uke)").format(
                            task=escape(row.task.name), hours=fmt.number(row.moved_hours, 1)
                        )
                        for row in brief.main_moves[:2]
                    ),
                )
            )
        )
    elif brief.compares:
        story.append(_p(_tr("Ingen oppgaver får ny fordeling i dette scenarioet.")))
    else:
        story.append(_p(_tr("Rapporten viser dagens fordeling; ingen endring er foreslått.")))

    story.append(_h(_tr("Kostnad mot dagens budsjett")))
    story.append(_cost_table(brief))
    story.append(Spacer(1, 3 * mm))
    if any(role.worth_a_row for role in brief.roles):
        story.append(_h(_tr("Per yrkesgruppe: tid, rekruttering og kurs")))
        story.append(_role_table(brief))
        story.append(
            _p(
                _tr(
                    "Årsverk i prisen: oppgavene med veiledning og nødvendig tilstedeværelse. "
                    "Minus = frigjort tid. Rekruttere = årsverk utover dagens stillinger. "
                    "Ansatte på kurs: minst den største kursgruppen, høyst de ansatte."
                ),
                styles.NOTE_TIGHT,
            )
        )
    story.append(_h(_tr("HMS og arbeidsmiljø")))
    hms = _tr(
        "{objections} åpne innsigelser («uenig») fra HMS-gruppen, {open} åpne kommentarer i alt."
    ).format(objections=brief.open_objections, open=brief.open_comments)
    if not brief.warnings:
        hms += " " + _tr("Ingen arbeidsmiljøadvarsler.")
    story.append(_p(hms, styles.BODY_TIGHT))
    for warning in brief.warnings[:SHOWN_WARNINGS]:
        story.append(_p(f"⚠ {escape(warning)}", styles.BODY_TIGHT))
    if len(brief.warnings) > SHOWN_WARNINGS:
        story.append(
            _p(
                _tr("… og {count} advarsler til (se HMS-kommentarer).").format(
                    count=len(brief.warnings) - SHOWN_WARNINGS
                ),
                styles.NOTE_TIGHT,
            )
        )
    story.append(_h(_tr("Til beslutning")))
    story.append(_decisions(_decision_points(brief)))
    return story


def _cards_of(brief: DecisionBrief) -> list[tuple[str, str]]:
    cards = [
        (
            millions(brief.positions_budget),
            _tr("mill. kr per år: dagens stillinger ({fte} årsverk)").format(
                fte=fmt.number(brief.positions_fte, 1)
            ),
        ),
        (
            millions(brief.scenario_total),
            _tr("mill. kr per år i lønn og kurs, {scenario}").format(
                scenario=_q(brief.scenario_name)
            ),
        ),
        (
            _signed_millions(brief.change_vs_budget),
            _tr("mill. kr per år mot dagens stillinger"),
        ),
    ]
    freed = brief.freed_hours_per_week
    if brief.compares:
        cards.append((fmt.number(freed, 0), _tr("timer per uke frigjort")))
    else:
        cards.append((fmt.number(brief.open_objections, 0), _tr("åpne innsigelser fra HMS")))
    return cards


def _cost_table(brief: DecisionBrief) -> Flowable:
    rows: list[list[Any]] = [
        [
            Wrap(
                _tr("Dagens stillinger: {fte} årsverk, {people} ansatte").format(
                    fte=fmt.number(brief.positions_fte, 1), people=brief.people
                )
            ),
            fmt.kroner(brief.positions_budget),
        ],
        [
            Wrap(_tr("  herav kartlagt oppgavetid i «{name}»").format(name=brief.baseline_name)),
            fmt.kroner(brief.task_wages_today),
        ],
    ]
    if brief.compares:
        rows += [
            [
                Wrap(_tr("{scenario}: lønn for oppgavene").format(scenario=brief.scenario_name)),
                fmt.kroner(brief.scenario_wages),
            ],
            [
                Wrap(
                    _tr("{scenario}: kurs per år ({once} kr én gang, fordelt)").format(
                        scenario=brief.scenario_name, once=fmt.kroner(brief.course_cost_once)
                    )
                ),
                fmt.kroner(brief.course_cost_per_year),
            ],
        ]
    rows += [
        [
            Wrap(_tr("Pris per år, {scenario}").format(scenario=brief.scenario_name)),
            fmt.kroner(brief.scenario_total),
        ],
        [
            Wrap(_tr("Mot dagens stillinger (negativt: under budsjettet)")),
            fmt.signed(brief.change_vs_budget, 0),
        ],
    ]
    return column_table(
        [ColumnSpec(_tr("Kroner per år")), ColumnSpec(_tr("Kroner"), 40 * mm, "R")],
        rows,
        total_rows=[-1],
    )


def _role_line(name: str, rows: Sequence[RoleBrief], brief: DecisionBrief) -> list[Any]:
    """One line of the role table: a role, the other roles together, or the sum."""
    return [
        Wrap(name),
        fmt.number(sum(r.people for r in rows), 0),
        fmt.number(sum(r.positions_fte for r in rows), 1),
        f"{fmt.number(sum(r.fte_today for r in rows), 1)} → "
        f"{fmt.number(sum(r.fte_scenario for r in rows), 1)}",
        fmt.signed(-sum(r.freed_hours_per_week for r in rows), 0)
        if brief.compares
        else fmt.MISSING,
        _or_dash(sum(r.recruit_fte for r in rows), 1, 0.05),
        _or_dash(sum(r.course_places for r in rows), 0, 0.5),
        _or_dash(sum(r.course_people for r in rows), 0, 0.5),
    ]


def _or_dash(value: float, decimals: int, least: float) -> str:
    return fmt.number(value, decimals) if value >= least else fmt.MISSING


def _role_table(brief: DecisionBrief) -> Flowable:
    """Roles with something to decide (hours, recruitment or courses), the others in one line,
    and the sum over every role (the same totals as the cost table)."""
    shown = [role for role in brief.roles if role.worth_a_row]
    others = [role for role in brief.roles if not role.worth_a_row]
    body = [_role_line(row.role.name, [row], brief) for row in shown]
    if others:
        body.append(_role_line(_tr("Øvrige yrkesgrupper"), others, brief))
    body.append(_role_line(_tr("Sum"), brief.roles, brief))
    columns = [
        ColumnSpec(_tr("Yrkesgruppe")),
        ColumnSpec(_tr("Ansatte"), 15 * mm, "R"),
        ColumnSpec(_tr("Stillinger\n(årsverk)"), 18 * mm, "R"),
        ColumnSpec(_tr("Årsverk\ni prisen"), 24 * mm, "R"),
        ColumnSpec(_tr("Timer/uke\nmot i dag"), 18 * mm, "R"),
        ColumnSpec(_tr("Rekruttere\n(årsverk)"), 21 * mm, "R"),
        ColumnSpec(_tr("Kurs-\nplasser"), 15 * mm, "R"),
        ColumnSpec(_tr("Ansatte\npå kurs"), 15 * mm, "R"),
    ]
    return column_table(columns, body, total_rows=[-1])


def _decision_points(brief: DecisionBrief) -> list[str]:
    """What the leader asks the reader to decide, from the figures."""
    if not brief.compares:
        return [_tr("Ingen endring er foreslått; rapporten er et grunnlag for å lage forslag.")]
    points = [
        _tr("Å vedta {scenario} som fordeling av oppgavene i {department}.").format(
            scenario=_q(brief.scenario_name), department=escape(brief.department_name)
        )
    ]
    if brief.course_places:
        text = _tr(
            "Å sette av {cost} kr til kurs ({places} kursplasser for minst {people} ansatte)."
        ).format(
            cost=fmt.kroner(brief.course_cost_once),
            places=brief.course_places,
            people=brief.course_people,
        )
        if brief.payback_years is not None:
            text += " " + _tr("Kursene tjenes inn på {payback}.").format(
                payback=escape(brief.payback)
            )
        else:
            text += " " + _tr("Lønnen alene tjener ikke inn kursene.")
        points.append(text)
    if brief.recruit_fte >= 0.05:
        points.append(
            _tr(
                "Å rekruttere {fte} årsverk utover dagens stillinger (se tabellen), eller "
                "justere forslaget."
            ).format(fte=fmt.number(brief.recruit_fte, 1))
        )
    freed = brief.freed_hours_per_week
    if freed >= 0.5:
        points.append(
            _tr("Hva {hours} frigjorte timer per uke skal brukes til (se tabellen).").format(
                hours=fmt.number(freed, 0)
            )
        )
    if brief.open_objections:
        points.append(
            _tr("Å ta stilling til {count} åpne innsigelser fra HMS-gruppen.").format(
                count=brief.open_objections
            )
        )
    if brief.warnings:
        points.append(_tr("Tiltak for arbeidsmiljøadvarslene ovenfor."))
    if brief.courses_missing:
        points.append(
            _tr("Hvordan {count} kompetansebehov uten kurs i katalogen skal dekkes.").format(
                count=len(brief.courses_missing)
            )
        )
    return points


def _decisions(points: Sequence[str]) -> Flowable:
    return ListFlowable(
        [ListItem(Paragraph(text, styles.BODY_TIGHT), leftIndent=14) for text in points],
        bulletType="1",
        bulletFontName=styles.FONT,
        bulletFontSize=styles.BODY_SIZE,
        leftIndent=14,
    )


def municipality_brief(report: MunicipalityReport) -> list[Flowable]:
    """Page one of a municipality report: totals over the departments, each under its chosen
    scenario (or the latest proposal, said so), and what is to be decided."""
    totals = report.totals()
    story: list[Flowable] = [
        Paragraph(escape(title()), styles.H1),
        _p(
            _tr(
                "{title}: {count} avdelinger, hver med sitt valgte scenario (det siste "
                "forslaget der ingen er valgt, merket *). Tallene for kommunen er summen av "
                "avdelingene."
            ).format(title=f"<b>{escape(report.title)}</b>", count=len(report.departments))
            if report.uses_chosen
            else _tr(
                "{title}: {count} avdelinger, scenarioet {scenario} i hver. Tallene for "
                "kommunen er summen av avdelingene."
            ).format(
                title=f"<b>{escape(report.title)}</b>",
                count=len(report.departments),
                scenario=_q(report.scenario_name),
            )
        ),
        cards(
            [
                (
                    millions(totals.positions_budget),
                    _tr("mill. kr per år: dagens stillinger"),
                ),
                (millions(totals.scenario_total), _tr("mill. kr per år i lønn og kurs")),
                (
                    _signed_millions(totals.scenario_total - totals.positions_budget),
                    _tr("mill. kr per år mot dagens stillinger"),
                ),
                (fmt.number(totals.open_objections, 0), _tr("åpne innsigelser fra HMS")),
            ]
        ),
        Spacer(1, 4 * mm),
    ]
    body: list[list[Any]] = []
    for department in report.departments:
        brief = department.brief()
        body.append(
            [
                Wrap(brief.department_name),
                Wrap(brief.scenario_name + (" *" if department.scenario_note else "")),
                f"{fmt.number(brief.fte_today, 1)} → {fmt.number(brief.fte_scenario, 1)}",
                fmt.signed(brief.change_vs_budget / 1000.0, 0),
                fmt.number(brief.course_places, 0),
                fmt.number(brief.course_people, 0),
                fmt.percent(department.analysis.fulltime.fulltime_share, 0),
                fmt.number(brief.open_objections, 0),
            ]
        )
    body.append(
        [
            _tr("Sum"),
            "",
            f"{fmt.number(totals.fte_today, 1)} → {fmt.number(totals.fte_scenario, 1)}",
            fmt.signed((totals.scenario_total - totals.positions_budget) / 1000.0, 0),
            fmt.number(totals.course_places, 0),
            fmt.number(totals.course_people, 0),
            fmt.percent(totals.fulltime_share, 0),
            fmt.number(totals.open_objections, 0),
        ]
    )
    columns = [
        ColumnSpec(_tr("Avdeling")),
        ColumnSpec(_tr("Scenario"), 24 * mm),
        ColumnSpec(_tr("Årsverk\ni prisen"), 24 * mm, "R"),
        ColumnSpec(_tr("Mot stillingene\n(1 000 kr/år)"), 20 * mm, "R"),
        ColumnSpec(_tr("Kurs-\nplasser"), 15 * mm, "R"),
        ColumnSpec(_tr("Ansatte\npå kurs"), 15 * mm, "R"),
        ColumnSpec(_tr("Heltids-\nandel"), 15 * mm, "R"),
        ColumnSpec(_tr("Åpne inn-\nsigelser"), 17 * mm, "R"),
    ]
    story.append(column_table(columns, body, total_rows=[-1]))
    for department in report.departments:
        if department.scenario_note:
            story.append(
                _p(
                    f"* <b>{escape(department.department.name)}</b>: "
                    f"{escape(department.scenario_note)}",
                    styles.NOTE_TIGHT,
                )
            )
    story.append(Spacer(1, 3 * mm))
    story.append(
        _p(
            _tr(
                "Kompetanseløftet i kommunen: {places} kursplasser for minst {people} ansatte, "
                "{cost} kr én gang. Heltidsandelen er {share} ({fulltime} av {people_all} "
                "ansatte i hel stilling; målet er minst 50{nbsp}%)."
            ).format(
                places=totals.course_places,
                people=totals.course_people,
                cost=fmt.kroner(totals.course_cost_once),
                share=fmt.percent(totals.fulltime_share, 0),
                fulltime=totals.fulltime_people,
                people_all=totals.people,
                nbsp=fmt.NBSP,
            )
        )
    )
    story.append(_h(_tr("Til beslutning")))
    missing = [d for d in report.departments if d.scenario_note]
    points = [
        _tr("Å vedta fordelingen i hver avdeling slik tabellen viser.")
        if not missing
        else _tr(
            "Å vedta fordelingen i hver avdeling; {count} avdelinger har ikke valgt scenario "
            "(merket *)."
        ).format(count=len(missing))
    ]
    if totals.course_places:
        points.append(
            _tr("Å sette av {cost} kr til kurs i kommunen.").format(
                cost=fmt.kroner(totals.course_cost_once)
            )
        )
    if totals.open_objections:
        points.append(
            _tr("Å ta stilling til {count} åpne innsigelser fra HMS-gruppene.").format(
                count=totals.open_objections
            )
        )
    story.append(_decisions(points))
    return story


#: How many of the tasks the two proposals share out differently are listed.
DIFFERENT_TASKS = 15


def proposals(report: DepartmentReport, style: Any) -> list[Flowable]:
    """Two proposals against each other (not each against «I dag»): price, positions budget,
    courses and FTE per role, and the tasks they share out differently."""
    comparison = report.comparison()
    if comparison is None:
        return [_p(_tr("Velg et forslag å sammenligne med."))]
    first, second = comparison.first, comparison.second
    a, b = _q(first.scenario_name), _q(second.scenario_name)
    difference = comparison.price_difference
    story: list[Flowable] = [
        _p(
            _tr(
                "{first} og {second} side om side. Endring = {second} minus {first}; "
                "negativt betyr at {second} er billigere eller trenger mindre."
            ).format(first=a, second=b)
        )
    ]

    def line(label: str, one: float, two: float, decimals: int | None = None) -> list[Any]:
        """A row: kroner (``decimals`` None) or a number with ``decimals``."""
        if decimals is None:
            return [Wrap(label), fmt.kroner(one), fmt.kroner(two), fmt.signed(two - one, 0)]
        return [
            Wrap(label),
            fmt.number(one, decimals),
            fmt.number(two, decimals),
            fmt.signed(two - one, decimals),
        ]

    body = [
        line(_tr("Pris per år, lønn og kurs (kr)"), first.scenario_total, second.scenario_total),
        line(
            _tr("Mot dagens stillinger (kr per år)"),
            first.change_vs_budget,
            second.change_vs_budget,
        ),
        line(_tr("Kurs, én gang (kr)"), first.course_cost_once, second.course_cost_once),
        line(_tr("Kursplasser"), first.course_places, second.course_places, 0),
        line(_tr("Ansatte på kurs (minst)"), first.course_people, second.course_people, 0),
        line(_tr("Årsverk i prisen"), first.fte_scenario, second.fte_scenario, 1),
        line(_tr("Rekruttering (årsverk)"), first.recruit_fte, second.recruit_fte, 1),
        line(
            _tr("Frigjort tid (timer per uke)"),
            first.freed_hours_per_week,
            second.freed_hours_per_week,
            0,
        ),
        line(_tr("Oppgaver med ny fordeling mot i dag"), first.moved_tasks, second.moved_tasks, 0),
    ]
    columns = [
        ColumnSpec(_tr("Nøkkeltall")),
        ColumnSpec(first.scenario_name, 32 * mm, "R"),
        ColumnSpec(second.scenario_name, 32 * mm, "R"),
        ColumnSpec(_tr("Endring"), 32 * mm, "R"),
    ]
    story.append(column_table(columns, body))
    story.append(
        _p(
            _tr("{second} koster {amount} kr {direction} per år enn {first}.").format(
                second=b,
                first=a,
                amount=fmt.kroner(abs(difference)),
                direction=_tr("mer") if difference > 0 else _tr("mindre"),
            )
        )
    )
    if comparison.roles:
        rows = [
            [
                Wrap(row.role.name),
                fmt.number(row.hours_first, 1),
                fmt.number(row.hours_second, 1),
                fmt.number(row.fte_first, 1),
                fmt.number(row.fte_second, 1),
                fmt.signed(row.fte_second - row.fte_first, 1),
                fmt.number(row.places_first, 0),
                fmt.number(row.places_second, 0),
            ]
            for row in comparison.roles
        ]
        story.append(Paragraph(escape(_tr("Per yrkesgruppe")), style.sub))
        one, two = first.scenario_name, second.scenario_name
        column = 17 * mm
        columns = [
            ColumnSpec(_tr("Yrkesgruppe")),
            ColumnSpec(_tr("Timer\n{name}").format(name=one), column, "R"),
            ColumnSpec(_tr("Timer\n{name}").format(name=two), column, "R"),
            ColumnSpec(_tr("Årsverk\n{name}").format(name=one), column, "R"),
            ColumnSpec(_tr("Årsverk\n{name}").format(name=two), column, "R"),
            ColumnSpec(_tr("Endring\nårsverk"), column, "R"),
            ColumnSpec(_tr("Kurs-\nplasser\n{name}").format(name=one), column, "R"),
            ColumnSpec(_tr("Kurs-\nplasser\n{name}").format(name=two), column, "R"),
        ]
        story.append(column_table(columns, rows))
    roles_by_id = {role.id: role for role in report.data.roles}
    story.append(Paragraph(escape(_tr("Oppgaver som fordeles ulikt")), style.sub))
    if not comparison.different:
        story.append(_p(_tr("Forslagene fordeler alle oppgavene likt.")))
        return story
    story.append(
        _p(
            _tr(
                "{count} oppgaver fordeles ulikt i de to forslagene; tabellen viser de {shown} "
                "der flest timer går til en annen yrkesgruppe."
            ).format(
                count=len(comparison.different),
                shown=min(DIFFERENT_TASKS, len(comparison.different)),
            )
        )
    )
    body = [
        [
            Wrap(task.name),
            labels.shares(one, roles_by_id),
            labels.shares(two, roles_by_id),
            fmt.number(hours, 1),
        ]
        for task, one, two, hours in comparison.different[:DIFFERENT_TASKS]
    ]
    columns = [
        ColumnSpec(_tr("Oppgave")),
        ColumnSpec(first.scenario_name, 34 * mm),
        ColumnSpec(second.scenario_name, 34 * mm),
        ColumnSpec(_tr("Timer som\nfordeles ulikt"), 24 * mm, "R"),
    ]
    story.append(column_table(columns, body))
    return story
