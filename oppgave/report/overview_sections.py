"""Sections that are not about one department: the cover, the assumptions and formulas, and a
municipality's summary and comparison of its departments (DESIGN §6.7)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from oppgave import __version__
from oppgave.domain import labels as domain_labels
from oppgave.domain.enums import Category, DelegationRule, RiskLevel
from oppgave.domain.records import Role, Settings
from oppgave.i18n import translate
from oppgave.report import charts, labels, styles
from oppgave.report import formatting as fmt
from oppgave.report.layout import FRAME_WIDTH
from oppgave.report.report_data import MunicipalityReport
from oppgave.report.sections.common import SectionStyle, sub_heading
from oppgave.report.table_spec import (
    COUNT,
    KRONER,
    THOUSANDS,
    ColumnSpec,
    change,
    column_table,
    decimals,
)
from oppgave.report.tables import Wrap, para


def _tr(text: str) -> str:
    return translate("Report", text)


def _p(text: str, style: Any = styles.BODY) -> Paragraph:
    return Paragraph(text, style)


# --- cover ---------------------------------------------------------------------------------------


def cover(
    title: str,
    subtitle: str,
    lead: str,
    facts: Sequence[tuple[str, str]],
    note: str = "",
) -> list[Flowable]:
    """The cover's text below the accent band (the band is drawn by the page template)."""
    story: list[Flowable] = [
        Spacer(1, 14 * mm),
        Paragraph(escape(title), styles.COVER_TITLE),
        Paragraph(escape(subtitle), styles.COVER_SUBTITLE),
        Spacer(1, 2 * mm),
        Paragraph(lead, styles.COVER_TEXT),
        Spacer(1, 16 * mm),
    ]
    rows = [
        [Paragraph(escape(label), styles.COVER_LABEL), Paragraph(escape(value), styles.COVER_VALUE)]
        for label, value in facts
    ]
    table = Table(rows, colWidths=[42 * mm, FRAME_WIDTH - 42 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, styles.ACCENT),
            ]
        )
    )
    story.append(table)
    if note:
        story += [Spacer(1, 8 * mm), Paragraph(note, styles.COVER_TEXT)]
    story += [
        Spacer(1, 10 * mm),
        Paragraph(
            _tr(
                "Tallene er regnet ut med programmet oppgave {version} fra opplysningene i "
                "arbeidsfilen, etter formlene i kapittelet «Forutsetninger og formler»."
            ).format(version=__version__),
            styles.NOTE,
        ),
    ]
    return story


# --- assumptions and formulas ------------------------------------------------------------------


def assumptions(settings: Settings, roles: Sequence[Role], style: SectionStyle) -> list[Flowable]:
    """The settings used, the role catalogue's costs and the formulas (as in docs/analyse.md)."""
    productive = settings.hours_per_fte * (1.0 - settings.total_allowance)
    shifts = "; ".join(
        f"{labels.shift(d.shift).lower()} {fmt.clock(d.start_minute)}{fmt.EN_DASH}"
        f"{fmt.clock(d.end_minute)}"
        for d in settings.shifts
    )
    rows = [
        [
            _tr("Timer per årsverk"),
            _tr("{hours} timer per uke").format(hours=fmt.number(settings.hours_per_fte, 1)),
        ],
        [
            _tr("Ferie og helligdager"),
            _tr("{weeks} uker ferie og {days} helligdager: {share}").format(
                weeks=fmt.number(settings.holiday_weeks, 0),
                days=fmt.number(settings.public_holidays, 0),
                share=fmt.percent(settings.holiday_allowance, 1),
            ),
        ],
        [_tr("Fravær (sykefravær)"), fmt.percent(settings.absence_allowance, 1)],
        [_tr("Opplæring og møter"), fmt.percent(settings.training_allowance, 1)],
        [
            _tr("Tilgjengelig for oppgaver per årsverk"),
            _tr("{hours} timer per uke").format(hours=fmt.number(productive, 1)),
        ],
        [_tr("Uker per år"), fmt.number(settings.weeks_per_year, 0)],
        [_tr("Vakter"), shifts],
        [
            _tr("Helgefrekvenser"),
            ", ".join(_tr("hver {n}.").format(n=n) for n in settings.weekend_frequencies)
            + " "
            + _tr("helg"),
        ],
        [
            _tr("Lengde på helgevakt"),
            _tr("{hours} timer").format(
                hours=f" {_tr('og')} ".join(fmt.number(h, 1) for h in settings.weekend_shift_hours)
            ),
        ],
        [_tr("Helgevakter per person per helg"), fmt.number(settings.weekend_shifts_per_person, 0)],
        [
            _tr("Grense for kontinuitetsbærer"),
            _tr("stillinger over {limit}").format(
                limit=fmt.position_percent(settings.continuity_threshold_percent)
            ),
        ],
        [_tr("Sykepleierroller"), ", ".join(settings.nurse_role_codes)],
        [
            _tr("Forsvarlighetsgulv i forslag"),
            _tr(
                "sykehjem: minst 1 autorisert sykepleier ({roles}) på vakt hver vakt, minst "
                "50 % av oppgavetimene av autorisert personell; hjemmetjeneste: sykepleier på "
                "vakt dag og kveld, hjemmevakt natt (regnet 1:5), minst 40 %; oppgaver med "
                "restriksjon blir hos roller som har lov"
            ).format(roles="/".join(settings.safety_role_codes)),
        ],
        [
            _tr("Nødvendig tilstedeværelse"),
            _tr("15 % av vakttiden (hjemmetjeneste 10 %) regnes ikke som ledig tid"),
        ],
        [
            _tr("Kurs som investering"),
            _tr("fordelt over {years} år, oppfriskning {share} av kurskostnaden per år").format(
                years=fmt.number(settings.course_horizon_years, 0),
                share=fmt.percent(settings.course_refresher_share, 0),
            ),
        ],
    ]
    story: list[Flowable] = [
        _p(
            _tr(
                "Alle tall i rapporten er regnet ut fra opplysningene i arbeidsfilen med "
                "innstillingene og formlene nedenfor. Innstillingene kan endres i programmet; "
                "formlene er forklart med et regneeksempel i brukerdokumentasjonen (analyse.md)."
            )
        ),
        *sub_heading(_tr("Innstillinger"), style),
        column_table(
            [
                ColumnSpec(_tr("Innstilling"), 70 * mm, wrap=True),
                ColumnSpec(_tr("Verdi"), wrap=True),
            ],
            rows,
        ),
        *sub_heading(_tr("Yrkesgrupper og timekostnad"), style),
        _p(
            _tr(
                "Timekostnad inkluderer feriepenger, pensjon og arbeidsgiveravgift. LEON-nivå: "
                "0 er laveste omsorgsnivå."
            ),
            styles.NOTE,
        ),
        column_table(
            [
                ColumnSpec(_tr("Kode"), 16 * mm),
                ColumnSpec(_tr("Yrkesgruppe"), wrap=True),
                ColumnSpec(_tr("LEON-nivå"), 26 * mm, "R", COUNT),
                ColumnSpec(_tr("Autorisert"), 26 * mm),
                ColumnSpec(_tr("Timekostnad (kr)"), 26 * mm, "R", KRONER),
            ],
            [
                [
                    role.code,
                    role.name,
                    role.leon_level,
                    _tr("ja") if role.authorised else _tr("nei"),
                    role.hourly_cost,
                ]
                for role in roles
            ],
        ),
        *sub_heading(_tr("Formler"), style),
    ]
    formulas = [
        (
            _tr("Timer per uke for en oppgave"),
            _tr(
                "forekomster per uke × varighet i minutter ÷ 60 × antall ansatte samtidig. "
                "«n per dag» = n × antall valgte dager; «per måned» = n × 12 ÷ 52; «per år» = n "
                "÷ 52."
            ),
        ),
        (
            _tr("Timer for en yrkesgruppe"),
            _tr("summen over oppgavene av oppgavens timer × yrkesgruppens andel ÷ 100."),
        ),
        (
            _tr("Døgnrytme"),
            _tr(
                "forekomstene deles likt på de valgte dagene og spres jevnt over oppgavens "
                "tidsvinduer; en oppgave uten tidsvindu regnes som arbeid på dagvakt. En vakt "
                "hører "
                "til dagen den begynner."
            ),
        ),
        (
            _tr("Årsverk"),
            _tr(
                "timer per uke ÷ (timer per årsverk × (1 − fravær − opplæring)) = timer ÷ {hours}."
            ).format(hours=fmt.number(productive, 1)),
        ),
        (
            _tr("Lønnskostnad"),
            _tr(
                "årsverk × timer per årsverk × timekostnad per uke; per år × {weeks} uker. Én "
                "kartlagt time koster dermed timekostnad ÷ {share}."
            ).format(
                weeks=fmt.number(settings.weeks_per_year, 0),
                share=fmt.number(1.0 - settings.total_allowance, 2),
            ),
        ),
        (
            _tr("Tilgjengelig tid og kartlagt andel"),
            _tr(
                "tilgjengelig tid = Σ stillinger × stillingsprosent ÷ 100 × {hours} timer; "
                "kartlagt "
                "andel = oppgavetimer ÷ tilgjengelig tid."
            ).format(hours=fmt.number(productive, 1)),
        ),
        (
            _tr("Sykepleierandel"),
            _tr("timer fordelt til sykepleierroller ÷ alle fordelte timer."),
        ),
        (
            _tr("Kompetanseløft"),
            _tr(
                "personer = ⌈vakter per uke som trenger kompetansen ÷ vakter én person går per uke "
                "× (1 + fravær)⌉, høyst de ansatte i yrkesgruppen. Vakter per person = "
                "stillingsstørrelse × timer per årsverk ÷ gjennomsnittlig vaktlengde. Kostnad = "
                "personer × pris per deltaker (én gang)."
            ),
        ),
        (
            _tr("Heltid"),
            _tr(
                "heltidsandel = ansatte i 100 % stilling ÷ alle ansatte; kontinuitetsbærere = "
                "ansatte over grensen ÷ alle ansatte; gjennomsnittlig stilling = Σ antall × "
                "stillingsprosent ÷ Σ antall."
            ),
        ),
        (
            _tr("Helgetabellen"),
            _tr(
                "timer per helg = Σ helgebemanning × vaktlengde × 2 dager; helgevakter = ⌈timer ÷ "
                "vaktlengde⌉; personer = ⌈helgevakter × frekvens ÷ helgevakter per person⌉; "
                "største "
                "snittstilling = årsverk ÷ personer, høyst 100 %."
            ),
        ),
        (
            _tr("Sammenligning"),
            _tr(
                "for en kommune summeres tellerne og nevnerne over avdelingene før det deles; det "
                "er aldri et gjennomsnitt av avdelingenes andeler. Kostnad per brukerdøgn = "
                "lønnskostnad per uke ÷ (brukere × 7)."
            ),
        ),
    ]
    story.append(
        column_table(
            [ColumnSpec(_tr("Størrelse"), 42 * mm), ColumnSpec(_tr("Formel"))],
            [
                [para(name, styles.CELL_BOLD), para(text.replace(" %", fmt.NBSP + "%"))]
                for name, text in formulas
            ],
        )
    )
    story += _risk_and_delegation(settings, style)
    return story


def _risk_and_delegation(settings: Settings, style: SectionStyle) -> list[Flowable]:
    """What the Calderdale categories mean and how a proposal treats them (docs/analyse.md,
    «Risiko og delegering»); the words are the app's (``oppgave.domain.labels``)."""
    rows = [
        (
            domain_labels.label(RiskLevel.LOW),
            _tr("en feil gjør liten skade; oppgaven kan gjøres av alle med grunnopplæring."),
        ),
        (
            domain_labels.label(RiskLevel.MEDIUM),
            _tr("en feil kan skade brukeren; oppgaven krever opplæring og observasjon."),
        ),
        (
            domain_labels.label(RiskLevel.HIGH),
            _tr(
                "en feil kan gi alvorlig skade; et forslag gir aldri oppgaven til en yrkesgruppe "
                "under LEON-nivået {level} (innstilling)."
            ).format(level=settings.high_risk_min_level),
        ),
        (
            domain_labels.label(DelegationRule.TRANSFER),
            _tr("oppgaven kan gå over til en annen yrkesgruppe for godt."),
        ),
        (
            domain_labels.label(DelegationRule.DELEGATE),
            _tr(
                "oppgaven kan delegeres, men den som delegerer beholder ansvaret: forslaget "
                "legger til veiledningstid for den delegerende yrkesgruppen ({share} av de "
                "delegerte timene), og hver person som overtar trenger en "
                "kompetansegodkjenning, som telles per person med forslagets pris."
            ).format(share=fmt.percent(settings.supervision_share, 0)),
        ),
        (
            domain_labels.label(DelegationRule.KEEP),
            _tr("oppgaven blir hos yrkesgruppene som gjør den i dag."),
        ),
    ]
    return [
        *sub_heading(_tr("Risiko og delegering"), style),
        _p(
            _tr(
                "Hver oppgave har et risikonivå og en delegeringsregel, etter "
                "Calderdale-rammeverket for oppgavedeling. Oppgavekartet viser dem per oppgave."
            ),
            styles.NOTE,
        ),
        column_table(
            [ColumnSpec(_tr("Verdi"), 42 * mm), ColumnSpec(_tr("Betydning i forslaget"))],
            [[para(name, styles.CELL_BOLD), para(text)] for name, text in rows],
        ),
    ]


# --- municipality: summary and comparison ------------------------------------------------------


def municipality_summary(report: MunicipalityReport, style: SectionStyle) -> list[Flowable]:
    """Totals over the departments and one line per department: FTE and kroner, then and now."""
    story: list[Flowable] = [
        _p(
            _tr(
                "Rapporten samler {count} avdelinger. For hver avdeling sammenlignes scenarioet "
                "{scenario} med dagens praksis. Tallene for kommunen er summen av avdelingene."
            ).format(count=len(report.departments), scenario=f"«{escape(report.scenario_name)}»")
        )
    ]
    notes = [d for d in report.departments if d.scenario_note]
    for department in notes:
        story.append(
            _p(
                f"<b>{escape(department.department.name)}</b>: {escape(department.scenario_note)}",
                styles.NOTE,
            )
        )
    body: list[list[Any]] = []
    for department in report.departments:
        brief = department.brief()  # the price per role: the same figures as page one
        body.append(
            [
                Wrap(department.department.name),
                Wrap(department.scenario.name),
                brief.fte_today,
                brief.fte_scenario,
                brief.task_wages_today,
                brief.scenario_wages,
                (brief.scenario_wages - brief.task_wages_today) / 1000.0,
                brief.course_cost_once,
            ]
        )
    totals = report.totals()  # the sums come from one place: report_data
    body.append(
        [
            _tr("Sum"),
            "",
            totals.fte_today,
            totals.fte_scenario,
            totals.task_wages_today,
            totals.scenario_wages,
            (totals.scenario_wages - totals.task_wages_today) / 1000.0,
            totals.course_cost_once,
        ]
    )
    fte, wages = _tr("Årsverk i prisen"), _tr("Lønn per år (1 000 kr)")
    columns = [
        ColumnSpec(_tr("Avdeling")),
        ColumnSpec(_tr("Scenario"), 24 * mm),
        ColumnSpec(_tr("I dag"), 16 * mm, "R", decimals(1), group=fte),
        ColumnSpec(_tr("Scenario"), 16 * mm, "R", decimals(1), group=fte),
        ColumnSpec(_tr("I dag"), 18 * mm, "R", THOUSANDS, group=wages),
        ColumnSpec(_tr("Scenario"), 18 * mm, "R", THOUSANDS, group=wages),
        ColumnSpec(_tr("Endring"), 18 * mm, "R", change(0), group=wages),
        ColumnSpec(_tr("Kurs, én\ngang\n(1 000 kr)"), 18 * mm, "R", THOUSANDS),
    ]
    story.append(column_table(columns, body, total_rows=[-1]))
    wage_change = totals.scenario_wages - totals.task_wages_today
    story.append(Spacer(1, 3 * mm))
    story.append(
        _p(
            _tr(
                "Samlet endrer scenarioene lønnen i prisen med {change} per år. "
                "Kompetanseløftene koster {courses} én gang."
            ).format(
                change=("+" if wage_change > 0 else "") + fmt.kroner_text(wage_change),
                courses=fmt.kroner_text(totals.course_cost_once),
            )
        )
    )
    return story


def comparison(report: MunicipalityReport, style: SectionStyle) -> list[Flowable]:
    """Key figures side by side (tallanalyse): per department and per municipality."""
    frame = report.by_department
    names = {d.department.id: d.department.name for d in report.departments}
    story: list[Flowable] = [
        _p(
            _tr(
                "Nøkkeltallene er regnet ut på samme måte for alle avdelinger, i scenarioet hver "
                "avdeling er vist med. Kommunetallene er summer over avdelingene som deles til "
                "slutt, "
                "ikke gjennomsnitt av avdelingenes andeler."
            )
        )
    ]
    body: list[list[Any]] = []
    order = [d.department.id for d in report.departments]
    for department_id in order:
        row = frame.loc[department_id]
        body.append(_key_row(names[department_id], row))
    municipal = report.by_municipality
    total_rows = []
    for municipality_id in municipal.index:
        row = municipal.loc[municipality_id]
        total_rows.append(len(body))
        body.append(_key_row(str(row["municipality_name"]), row))
    columns = [
        ColumnSpec(_tr("Avdeling")),
        ColumnSpec(_tr("Brukere"), 15 * mm, "R"),
        ColumnSpec(_tr("Timer\nper uke"), 15 * mm, "R"),
        ColumnSpec(_tr("Timer per\nbruker"), 18 * mm, "R"),
        ColumnSpec(_tr("Kroner per\nbrukerdøgn"), 21 * mm, "R"),
        ColumnSpec(_tr("Sykepleier-\nandel"), 21 * mm, "R"),
        ColumnSpec(_tr("Heltids-\nandel"), 16 * mm, "R"),
        ColumnSpec(_tr("Kartlagt\nandel"), 16 * mm, "R"),
    ]
    story.append(column_table(columns, body, total_rows=total_rows))
    story.append(
        _p(
            _tr(
                "Timer per bruker er oppgavetimer per uke ÷ brukere. Kr per brukerdøgn = "
                "lønnskostnad per uke ÷ (brukere × 7). Sykepleierandel = timer til "
                "sykepleierroller "
                "÷ fordelte timer. Kartlagt andel = oppgavetimer ÷ tiden stillingene gir."
            ),
            styles.NOTE,
        )
    )
    chart_names = [names[i] for i in order]
    cost = [float(frame.loc[i, "cost_per_resident_day"]) for i in order]
    story += sub_heading(_tr("Kostnad per brukerdøgn"), style)
    story.append(
        charts.value_bars(
            chart_names,
            cost,
            [fmt.kroner(c) + f"{fmt.NBSP}kr" if c == c else fmt.MISSING for c in cost],
            _tr("Kroner per brukerdøgn"),
            FRAME_WIDTH,
        )
    )
    story.append(
        Paragraph(_tr("Figur: Lønnskostnad for oppgavene per brukerdøgn."), styles.CAPTION)
    )
    story += sub_heading(_tr("Oppgavetimer etter kategori"), style)
    categories = list(Category)
    shares = [[float(frame.loc[i, f"share_{c.value}"]) for c in categories] for i in order]
    story.append(
        charts.category_mix_chart(
            chart_names, shares, [labels.category(c) for c in categories], FRAME_WIDTH
        )
    )
    story.append(
        Paragraph(
            _tr("Figur: Andel av oppgavetimene i hver kategori (prosent, tall vist fra 8 %)."),
            styles.CAPTION,
        )
    )
    return story


def _key_row(name: str, row: Any) -> list[Any]:
    return [
        Wrap(name),
        fmt.number(float(row["residents"]), 0),
        fmt.number(float(row["task_hours"]), 0),
        fmt.number(float(row["hours_per_resident"]), 1),
        fmt.kroner(float(row["cost_per_resident_day"])),
        fmt.percent(float(row["nurse_share"]), 0),
        fmt.percent(float(row["fulltime_share"]), 0),
        fmt.percent(float(row["mapped_share"]), 0),
    ]
