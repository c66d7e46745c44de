"""``oppgave analyse`` and ``oppgave propose``: the analysis and the staffing-mix optimiser.

``analyse`` prints, per department and scenario, hours, FTE and kroner per role, the mapped
share, the full-time figures and the competence-upgrade plan; with ``--json`` the document of
``docs/analyse-json.md``. ``propose`` runs the optimiser on one department and saves the result
as a new proposal scenario, printing each moved task with its explanation and the cost change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oppgave.cli.conventions import EXIT_OK
from oppgave.cli.lazy import lazy_module
from oppgave.domain.enums import DayType, Shift
from oppgave.errors import ValidationError
from oppgave.i18n import translate

if TYPE_CHECKING:
    from oppgave.analysis import norwegian_text as norwegian

    # The analysis and the optimiser import pandas and SciPy (≈1 s); the handlers import them
    # when they run, so building the parser (every command pays it) stays light.
    from oppgave.analysis.department_analysis import DepartmentAnalysis
    from oppgave.analysis.scenario_price import ScenarioPrice
    from oppgave.services.staffing_proposals import MinimumRequest
else:
    # number words (decimal): imported when a command prints (the parser stays light)
    norwegian = lazy_module("oppgave.analysis.norwegian_text")

#: Words accepted for shifts and day types in ``--min-per-shift`` (Norwegian and English).
SHIFT_WORDS = {
    "dag": Shift.DAY,
    "dagvakt": Shift.DAY,
    "day": Shift.DAY,
    "kveld": Shift.EVENING,
    "kveldsvakt": Shift.EVENING,
    "evening": Shift.EVENING,
    "natt": Shift.NIGHT,
    "nattevakt": Shift.NIGHT,
    "night": Shift.NIGHT,
}
#: ``--mode`` words → the name of the ``ProposalMode`` member (the enum lives with the optimiser).
MODE_WORDS = {
    "omfordel": "REDISTRIBUTE",
    "redistribute": "REDISTRIBUTE",
    "laveste-kostnad": "LOWEST_COST",
    "lowest-cost": "LOWEST_COST",
    "flere-brukere": "GROWTH",
    "growth": "GROWTH",
}
DAY_TYPE_WORDS = {
    "hverdag": DayType.WEEKDAY,
    "hverdager": DayType.WEEKDAY,
    "weekday": DayType.WEEKDAY,
    "helg": DayType.WEEKEND,
    "weekend": DayType.WEEKEND,
}


def _tr(text: str) -> str:
    return translate("Cli", text)


def register(subparsers: Any) -> None:
    analyse = subparsers.add_parser(
        "analyse",
        help=_tr("analyser avdelingene: timer, årsverk, kostnad, heltid og kompetanseløft"),
        description=_tr(
            "Analyserer hver avdeling (eller bare --department) under hvert scenario (eller bare "
            "--scenario). Tallene og formlene er forklart i docs/analyse.md."
        ),
    )
    analyse.add_argument("path", type=Path, metavar="FIL")
    analyse.add_argument(
        "--department", metavar="AVDELING", help=_tr("avdelingens navn, id eller Kommune/Avdeling")
    )
    analyse.add_argument(
        "--scenario",
        metavar="SCENARIO",
        help=_tr("bare scenarioet med dette navnet eller id-en (standard: alle scenarioene)"),
    )
    analyse.add_argument(
        "--json", action="store_true", help=_tr("skriv ut som JSON (se docs/analyse-json.md)")
    )
    analyse.add_argument(
        "--indent",
        type=int,
        metavar="N",
        help=_tr("med --json: rykk inn N mellomrom per nivå, for å lese selv (standard: kompakt)"),
    )
    analyse.set_defaults(func=run_analyse)

    propose = subparsers.add_parser(
        "propose",
        help=_tr("lag et bemanningsforslag med optimering og lagre det som nytt scenario"),
        description=_tr(
            "Finner den billigste fordelingen av oppgavene som bryter ingen regel, og lagrer den "
            "som et nytt forslag. Støttefunksjoner (merkantil, renholder/kjøkken/service) får "
            "bare praktiske og administrative oppgaver. Lærlinger og elever får høyst like mange "
            "årsverk som stillingene gir i dag (0 uten stillinger), med mindre --cap sier noe "
            "annet. Avslutter med kode 1 og sier hva som stopper når ingen fordeling oppfyller "
            "kravene."
        ),
    )
    propose.add_argument("path", type=Path, metavar="FIL")
    propose.add_argument(
        "--department",
        required=True,
        metavar="AVDELING",
        help=_tr("avdelingens navn, id eller Kommune/Avdeling"),
    )
    propose.add_argument(
        "--name", metavar="NAVN", help=_tr("navnet på det nye scenarioet (standard: Forslag B, …)")
    )
    propose.add_argument(
        "--cap",
        action="append",
        default=[],
        metavar="ROLLE=ÅRSVERK",
        help=_tr(
            "høyst så mange årsverk for rollen, for eksempel SPL=4,5 (kan gjentas); for "
            "lærlinger og elever erstatter det standardtaket (dagens stillinger)"
        ),
    )
    propose.add_argument(
        "--cap-at-positions",
        action="append",
        default=[],
        metavar="ROLLE",
        help=_tr("høyst like mange årsverk for rollen som stillingene gir i dag (kan gjentas)"),
    )
    propose.add_argument(
        "--min-per-shift",
        action="append",
        default=[],
        metavar="ROLLE[:VAKT[:DAGTYPE]]=ANTALL",
        help=_tr(
            "minst så mange av rollen på vakt, for eksempel SPL=1 (hver vakt), SPL:natt=1 eller "
            "SPL:dag:helg=2; vakt: dag, kveld, natt; dagtype: hverdag, helg (kan gjentas)"
        ),
    )
    propose.add_argument(
        "--keep-staffing",
        action="append",
        default=[],
        metavar="ROLLE",
        help=_tr("minst like mange av rollen på hver vakt som bemanningsplanen har i dag"),
    )
    propose.add_argument(
        "--mode",
        default="omfordel",
        choices=sorted(MODE_WORDS),
        help=_tr(
            "omfordel (standard): dagens stillinger er tilbudet; laveste-kostnad: billigst, "
            "alle roller kan vokse unntatt de med --hire; flere-brukere: med --growth"
        ),
    )
    propose.add_argument(
        "--hire",
        action="append",
        default=[],
        metavar="ROLLE=ÅRSVERK",
        help=_tr("ansettelsesramme utover dagens stillinger, for eksempel SPL=1 (kan gjentas)"),
    )
    propose.add_argument(
        "--growth",
        type=str,
        default=None,
        metavar="PROSENT",
        help=_tr("så mange prosent flere brukere (gir modus flere-brukere), for eksempel 30"),
    )
    propose.add_argument(
        "--no-floor",
        action="store_true",
        help=_tr("uten forsvarlighetsgulvet (sykepleier på vakt, andel fagutdannede)"),
    )
    propose.add_argument(
        "--time-limit",
        type=float,
        default=30.0,
        metavar="SEKUNDER",
        help=_tr("lengste tid optimeringen får (standard 30)"),
    )
    propose.set_defaults(func=run_propose)

    floor = subparsers.add_parser(
        "floor",
        help=_tr("vis eller endre avdelingens forsvarlighetsgulv og forslagsinnstillinger"),
        description=_tr(
            "Viser avdelingens forsvarlighetsgulv (sykepleiere på vakt, hjemmevakt, andel "
            "fagutdannede), andelen nødvendig tilstedeværelse og ansettelsesrammen per rolle, "
            "og endrer dem med valgene under. Uten lagrede verdier gjelder standardene for "
            "tjenestetypen (docs/analyse.md)."
        ),
    )
    floor.add_argument("path", type=Path, metavar="FIL")
    floor.add_argument(
        "--department",
        required=True,
        metavar="AVDELING",
        help=_tr("avdelingens navn, id eller Kommune/Avdeling"),
    )
    floor.add_argument(
        "--nurses-per-shift",
        metavar="ANTALL",
        help=_tr("autoriserte sykepleiere på vakt på hver vakt (0 = uten gulv)"),
    )
    floor.add_argument(
        "--on-call",
        action="append",
        default=None,
        metavar="VAKT",
        help=_tr(
            "vakt der sykepleieren kan ha hjemmevakt (dag, kveld, natt; kan gjentas; "
            "«ingen» for ingen)"
        ),
    )
    floor.add_argument(
        "--skilled-share", metavar="PROSENT", help=_tr("minste andel timer til fagutdannede")
    )
    floor.add_argument(
        "--presence",
        metavar="PROSENT",
        help=_tr("andel av vakten til nødvendig tilstedeværelse (ikke ledig tid)"),
    )
    floor.add_argument(
        "--hire",
        action="append",
        default=[],
        metavar="ROLLE=ÅRSVERK",
        help=_tr("ansettelsesramme utover dagens stillinger, for eksempel SPL=1 (0 fjerner)"),
    )
    floor.add_argument(
        "--reset",
        action="store_true",
        help=_tr("tilbake til standardene for tjenestetypen (før de andre valgene)"),
    )
    floor.add_argument("--json", action="store_true", help=_tr("skriv innstillingene som JSON"))
    floor.set_defaults(func=run_floor)


# --- analyse ----------------------------------------------------------------------------------


def run_analyse(args: argparse.Namespace) -> int:
    from oppgave.services import analysis_runs, organisation, workspaces

    with workspaces.open_workspace(args.path) as workspace:
        ids = None
        if args.department is not None:
            ids = [organisation.resolve_department(workspace, args.department).id]
        run = analysis_runs.analyse_departments(workspace, ids, args.scenario)
    if args.json:
        document = analysis_runs.json_document(run, str(args.path))
        # Compact by default (a program reads it; ≈40 % smaller and faster); --indent for people.
        separators = (",", ":") if args.indent is None else None
        text = json.dumps(
            document,
            ensure_ascii=False,
            indent=args.indent,
            separators=separators,
            allow_nan=False,
        )
        print(text)
        return EXIT_OK
    municipalities = {m.id: m.name for m in run.municipalities}
    for department_id, analyses in run.by_department().items():
        baseline = run.baselines.get(department_id)
        first = analyses[0]
        print(_department_heading(first, municipalities))
        for analysis in analyses:
            print()
            print(_scenario_report(analysis, baseline))
        print()
    for department in run.skipped:
        print(
            _tr("{department}: har ikke scenarioet {scenario}.").format(
                department=department.name, scenario=run.scenario
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def _department_heading(analysis: DepartmentAnalysis, municipalities: dict[int, str]) -> str:
    department = analysis.department
    title = f"{department.name} ({municipalities.get(department.municipality_id, '')})"
    details = _tr("{residents} brukere, {tasks} oppgaver").format(
        residents=department.residents, tasks=len(analysis.tasks)
    )
    return f"{title}\n{'=' * len(title)}\n{details}"


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    indent: str = "  ",
    text_columns: int = 1,
) -> str:
    """The first ``text_columns`` columns left-aligned, the numbers after them right-aligned."""
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    lines = []
    for row in [headers, *rows]:
        cells = [
            str(cell).ljust(widths[i]) if i < text_columns else str(cell).rjust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append(indent + "  ".join(cells).rstrip())
    return "\n".join(lines)


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{norwegian.format_number(share * 100.0, 0)} %"


def _scenario_report(analysis: DepartmentAnalysis, baseline: DepartmentAnalysis | None) -> str:
    lines = [_tr("Scenario: {name}").format(name=analysis.scenario.name)]
    compare = baseline is not None and baseline is not analysis
    before = {row.role_id: row for row in baseline.capacity.roles} if baseline else {}
    headers = [_tr("Yrkesgruppe"), _tr("Timer/uke"), _tr("Årsverk"), _tr("Kr/uke")]
    if compare:
        headers += [_tr("Endring årsverk"), _tr("Endring kr/uke")]
    rows: list[list[str]] = []
    for row in analysis.capacity.roles:
        old = before.get(row.role_id)
        if row.hours_per_week <= 0 and (old is None or old.hours_per_week <= 0):
            continue
        cells = [
            row.role_name,
            norwegian.format_number(row.hours_per_week, 1),
            norwegian.format_number(row.fte, 2),
            norwegian.format_number(row.cost_per_week, 0),
        ]
        if compare:
            cells += [
                _signed(row.fte - (old.fte if old else 0.0), 2),
                norwegian.signed_kroner(row.cost_per_week - (old.cost_per_week if old else 0.0)),
            ]
        rows.append(cells)
    total = analysis.capacity
    cells = [
        _tr("Sum"),
        norwegian.format_number(total.hours_per_week, 1),
        norwegian.format_number(total.fte, 2),
        norwegian.format_number(total.cost_per_week, 0),
    ]
    if compare and baseline is not None:
        cells += [
            _signed(total.fte - baseline.capacity.fte, 2),
            norwegian.signed_kroner(total.cost_per_week - baseline.capacity.cost_per_week),
        ]
    rows.append(cells)
    lines.append(_table(headers, rows))
    if total.unassigned_hours_per_week > 0.05:
        lines.append(
            "  "
            + _tr("Ikke fordelt: {hours} timer per uke.").format(
                hours=norwegian.format_number(total.unassigned_hours_per_week, 1)
            )
        )
    lines.append(
        "  "
        + _tr(
            "Kartlagt andel av tilgjengelig tid: {share} ({hours} av {available} timer/uke)."
        ).format(
            share=_percent(analysis.mapped_share),
            hours=norwegian.format_number(analysis.workload.total_hours, 1),
            available=norwegian.format_number(analysis.available_hours_per_week, 1),
        )
    )
    full = analysis.fulltime
    lines.append(
        "  "
        + _tr(
            "Heltidsandel {fulltime}, kontinuitetsbærere {continuity}, "
            "gjennomsnittlig stilling {position}."
        ).format(
            fulltime=_percent(full.fulltime_share),
            continuity=_percent(full.continuity_share),
            position="–"
            if full.avg_position is None
            else f"{norwegian.format_number(full.avg_position)} %",
        )
    )
    lines.extend("  " + line for line in price_lines(analysis.price))
    if analysis.upgrades:
        lines.append(
            "  "
            + (
                _tr("Kompetansegap i dagens praksis (ikke regnet som kostnad):")
                if analysis.scenario.is_baseline
                else _tr("Kompetanseløft:")
            )
        )
        upgrade_rows = [
            [
                row.role_name,
                row.competence_name,
                row.course_name or _tr("(ingen kurs)"),
                str(row.people),
                norwegian.format_number(row.hours, 0),
                norwegian.format_number(row.cost, 0),
            ]
            for row in analysis.upgrades
        ]
        lines.append(
            _table(
                [
                    _tr("Yrkesgruppe"),
                    _tr("Kompetanse"),
                    _tr("Kurs"),
                    _tr("Personer"),
                    _tr("Timer"),
                    _tr("Kr"),
                ],
                upgrade_rows,
                indent="    ",
                text_columns=3,
            )
        )
    return "\n".join(lines)


def price_lines(price: ScenarioPrice) -> list[str]:
    """The scenario's one price in a few lines (the same figure as JSON, GUI, Excel and PDF)."""
    lines = [
        _tr(
            "Pris per år (lønn og kurs): {total} kr; endring mot i dag {change} kr; "
            "mot dagens stillinger {positions} kr."
        ).format(
            total=norwegian.format_number(price.total_per_year, 0),
            change=norwegian.signed_kroner(price.change_vs_today),
            positions=norwegian.signed_kroner(price.change_vs_positions),
        )
    ]
    if price.course_cost_once > 0:
        lines.append(
            _tr("Kurs: {once} kr engang, {per_year} kr per år; tjenes inn på {payback}.").format(
                once=norwegian.format_number(price.course_cost_once, 0),
                per_year=norwegian.format_number(price.course_cost_per_year, 0),
                payback=price.payback_text(),
            )
        )
    freed = price.freed_text()
    if freed and not price.is_baseline:
        lines.append(_tr("Frigjort: {freed}.").format(freed=freed))
    for sign in price.sign_offs:
        lines.append(
            _tr("Delegering: {people} {role} trenger kompetanseerklæring ({tasks}).").format(
                people=sign.people, role=sign.role_name, tasks=", ".join(sign.task_names)
            )
        )
    for role in price.shortfalls:
        lines.append(
            _tr("Mangler {fte} årsverk {role} utover dagens stillinger og ramme.").format(
                fte=norwegian.format_number(role.shortfall_fte, 2), role=role.role_name
            )
        )
    return lines


def _signed(value: float, decimals: int) -> str:
    text = norwegian.format_number(value, decimals)
    if text.lstrip("-").strip("0,") == "":
        return norwegian.format_number(0.0, decimals)
    return ("+" if value > 0 else "") + text


# --- propose ----------------------------------------------------------------------------------


def parse_number(text: str, option: str) -> float:
    """``"4,5"`` or ``"4.5"`` → 4.5; anything else is a :class:`ValidationError`."""
    try:
        return float(text.strip().replace(",", ".").replace(" ", ""))
    except ValueError:
        raise ValidationError(
            _tr("{option}: {text!r} er ikke et tall.").format(option=option, text=text), option
        ) from None


def _split(item: str, option: str, form: str) -> tuple[str, str]:
    key, sep, value = item.rpartition("=")
    if not sep or not key.strip() or not value.strip():
        raise ValidationError(
            _tr("{option} skrives {form}, ikke {item!r}.").format(
                option=option, form=form, item=item
            ),
            option,
        )
    return key.strip(), value.strip()


def parse_cap(item: str) -> tuple[str, float]:
    """``"SPL=4,5"`` → ``("SPL", 4.5)``."""
    role, value = _split(item, "--cap", "ROLLE=ÅRSVERK")
    return role, parse_number(value, "--cap")


def parse_minimum(item: str) -> MinimumRequest:
    """``"SPL=1"``, ``"SPL:natt=1"`` or ``"SPL:dag:helg=2"`` → a :class:`MinimumRequest`."""
    key, value = _split(item, "--min-per-shift", "ROLLE[:VAKT[:DAGTYPE]]=ANTALL")
    role, *rest = [part.strip() for part in key.split(":")]
    shift = day_type = None
    if len(rest) > 2:
        raise ValidationError(
            _tr("--min-per-shift: for mange deler i {item!r}.").format(item=item), "minimums"
        )
    if rest and rest[0]:
        shift = SHIFT_WORDS.get(rest[0].casefold())
        if shift is None:
            raise ValidationError(
                _tr("Ukjent vakt {word!r} (bruk dag, kveld eller natt).").format(word=rest[0]),
                "minimums",
            )
    if len(rest) == 2:
        day_type = DAY_TYPE_WORDS.get(rest[1].casefold())
        if day_type is None:
            raise ValidationError(
                _tr("Ukjent dagtype {word!r} (bruk hverdag eller helg).").format(word=rest[1]),
                "minimums",
            )
    people = parse_number(value, "--min-per-shift")
    if not people.is_integer():
        raise ValidationError(
            _tr("--min-per-shift: antallet må være et helt tall, ikke {value}.").format(
                value=value
            ),
            "minimums",
        )
    from oppgave.services.staffing_proposals import MinimumRequest

    return MinimumRequest(role=role, people=int(people), shift=shift, day_type=day_type)


def run_propose(args: argparse.Namespace) -> int:
    from oppgave.services import organisation, staffing_proposals, workspaces
    from oppgave.services.staffing_proposals import ProposalMode, ProposalRequest

    mode = ProposalMode[MODE_WORDS[args.mode]]
    growth = 0.0
    if args.growth is not None:
        growth = parse_number(args.growth, "--growth")
        mode = ProposalMode.GROWTH
    request = ProposalRequest(
        caps=dict(parse_cap(item) for item in args.cap),
        minimums=tuple(parse_minimum(item) for item in args.min_per_shift),
        keep_staffing=tuple(args.keep_staffing),
        cap_at_positions=tuple(args.cap_at_positions),
        time_limit_seconds=args.time_limit,
        mode=mode,
        hire=dict(parse_hire(item) for item in args.hire),
        growth_percent=growth,
        use_floor=not args.no_floor,
    )
    with workspaces.open_workspace(args.path) as workspace:
        department = organisation.resolve_department(workspace, args.department)
        data = workspaces.load_department_data(workspace, department.id)
        proposal = staffing_proposals.propose(workspace, department.id, args.name, request)
    result = proposal.result
    price = proposal.draft.price
    print(
        _tr("Laget «{name}» i {department} (scenario-id {id}).").format(
            name=proposal.scenario.name, department=department.name, id=proposal.scenario.id
        )
    )
    print(
        _tr("Krav: {options}.").format(
            options=staffing_proposals.describe_options(data, proposal.draft.options)
        )
    )
    print(
        _tr("{status} ({seconds} s, {variables} variabler)").format(
            status=result.status_text,
            seconds=norwegian.format_number(result.solve_seconds, 2),
            variables=result.variables,
        )
    )
    print()
    if result.moves:
        print(_tr("Flyttede oppgaver ({n}):").format(n=len(result.moves)))
        for move in result.moves:
            print(f"  «{move.task_name}»: {move.explanation}")
    else:
        print(_tr("Ingen oppgaver flyttes: dagens fordeling er allerede den beste."))
    print()
    rows = [
        [
            row.role_name,
            norwegian.format_number(row.positions_fte, 2),
            norwegian.format_number(row.fte_today, 2),
            norwegian.format_number(row.fte, 2),
            _signed(row.fte - row.fte_today, 2),
            norwegian.format_number(row.freed_hours_per_week, 0),
            norwegian.signed_kroner(row.cost_per_year - row.cost_per_year_today),
        ]
        for row in price.roles
        if row.fte_today > 0.005 or row.fte > 0.005 or row.positions_fte > 0
    ]
    print(_tr("Årsverk per yrkesgruppe: stillinger, i dag og i forslaget (kroner per år):"))
    print(
        _table(
            [
                _tr("Yrkesgruppe"),
                _tr("Stillinger"),
                _tr("I dag"),
                _tr("Forslag"),
                _tr("Endring"),
                _tr("Frigjort t/uke"),
                _tr("Endring kr/år"),
            ],
            rows,
        )
    )
    if price.courses:
        print()
        print(_tr("Kurs (investering):"))
        for course in price.courses:
            print(
                "  "
                + _tr(
                    "{course} for {role}: {people} pers., {cost} kr ({per_year} kr per år)"
                ).format(
                    course=course.course_name,
                    role=course.role_name,
                    people=course.people,
                    cost=norwegian.format_number(course.cost, 0),
                    per_year=norwegian.format_number(course.cost_per_year, 0),
                )
            )
    print()
    print(_tr("Forsvarlighet:"))
    for line in price.floors:
        print(f"  {line}")
    print()
    for line in price_lines(price):
        print(line)
    return EXIT_OK


def parse_hire(item: str) -> tuple[str, float]:
    """``"SPL=1"`` → ``("SPL", 1.0)``."""
    role, value = _split(item, "--hire", "ROLLE=ÅRSVERK")
    return role, parse_number(value, "--hire")


# --- floor ------------------------------------------------------------------------------------


def parse_percent(text: str, option: str) -> float:
    """``"50"`` or ``"12,5"`` (percent) → 0.5 / 0.125."""
    return parse_number(text, option) / 100


def parse_on_call(words: Sequence[str]) -> tuple[Shift, ...]:
    """``["natt"]`` → ``(Shift.NIGHT,)``; ``["ingen"]`` → ``()``."""
    shifts: list[Shift] = []
    for word in words:
        for part in word.split(","):
            part = part.strip().casefold()
            if part in ("", "ingen", "none"):
                continue
            shift = SHIFT_WORDS.get(part)
            if shift is None:
                raise ValidationError(
                    _tr("Ukjent vakt {word!r} (bruk dag, kveld, natt eller ingen).").format(
                        word=part
                    ),
                    "on_call_shifts",
                )
            if shift not in shifts:
                shifts.append(shift)
    return tuple(sorted(shifts, key=list(Shift).index))


def floor_changes(args: argparse.Namespace, settings: Any) -> Any:
    """The settings with the command line's changes applied (not yet validated)."""
    from dataclasses import replace

    if args.nurses_per_shift is not None:
        nurses = parse_number(args.nurses_per_shift, "--nurses-per-shift")
        if not nurses.is_integer():
            raise ValidationError(
                _tr("--nurses-per-shift: antallet må være et helt tall, ikke {value}.").format(
                    value=args.nurses_per_shift
                ),
                "nurses_per_shift",
            )
        settings = replace(settings, nurses_per_shift=int(nurses))
    if args.on_call is not None:
        settings = replace(settings, on_call_shifts=parse_on_call(args.on_call))
    if args.skilled_share is not None:
        settings = replace(
            settings, skilled_share=parse_percent(args.skilled_share, "--skilled-share")
        )
    if args.presence is not None:
        settings = replace(settings, presence_share=parse_percent(args.presence, "--presence"))
    if args.hire:
        hire = dict(settings.hire_fte)
        for item in args.hire:
            code, fte = parse_hire(item)
            if fte == 0:
                hire.pop(code, None)
            else:
                hire[code] = fte
        settings = replace(settings, hire_fte=hire)
    return settings


def floor_lines(settings: Any, defaults: Any, stored: bool) -> list[str]:
    """The settings as lines, each marked when it differs from the service type's default."""
    from oppgave.domain import labels
    from oppgave.services.scenario_pricing import field_label

    def mark(name: str) -> str:
        if getattr(settings, name) != getattr(defaults, name):
            return "  " + _tr("(standard: {value})").format(value=value_text(name, defaults))
        return ""

    def value_text(name: str, source: Any) -> str:
        value = getattr(source, name)
        if name in ("skilled_share", "presence_share", "on_call_factor"):
            return f"{norwegian.format_number(value * 100, 0)} %"
        if name == "on_call_shifts":
            return ", ".join(labels.label(s) for s in value) or _tr("ingen")
        if name == "hire_fte":
            return ", ".join(
                f"{code}={norwegian.format_number(fte, 1)}" for code, fte in sorted(value.items())
            ) or _tr("ingen")
        return str(value)

    lines = [
        _tr("Egne innstillinger for avdelingen.")
        if stored
        else _tr("Standardene for tjenestetypen (ingen egne innstillinger lagret).")
    ]
    for name in (
        "nurses_per_shift",
        "on_call_shifts",
        "on_call_factor",
        "skilled_share",
        "presence_share",
        "hire_fte",
    ):
        lines.append(f"  {field_label(name)}: {value_text(name, settings)}{mark(name)}")
    return lines


def run_floor(args: argparse.Namespace) -> int:
    from oppgave.services import organisation, scenario_pricing, workspaces

    changing = (
        args.reset
        or args.hire
        or any(
            value is not None
            for value in (args.nurses_per_shift, args.on_call, args.skilled_share, args.presence)
        )
    )
    with workspaces.open_workspace(args.path) as workspace:
        department = organisation.resolve_department(workspace, args.department)
        defaults = scenario_pricing.defaults_for(department.service_type)
        if changing:
            base = (
                defaults
                if args.reset
                else scenario_pricing.department_proposal_settings(workspace, department.id)
            )
            after = floor_changes(args, base)
            try:
                scenario_pricing.set_department_proposal_settings(
                    workspace, department.id, None if after == defaults else after
                )
            except ValidationError as error:
                # name the setting, and say that shares were given in percent
                message = f"{scenario_pricing.field_label(error.field or '')}: {error.message}"
                if error.field in ("skilled_share", "presence_share", "on_call_factor"):
                    message += " " + _tr("(andel: 0,5 er 50 %)")
                raise ValidationError(message, error.field) from None
        settings = scenario_pricing.department_proposal_settings(workspace, department.id)
        stored = bool(
            workspaces.load_department_data(
                workspace, department.id
            ).department.proposal_settings_json
        )
    if args.json:
        document = json.loads(settings.to_json())
        document["department"] = department.name
        document["stored"] = stored
        document["defaults"] = json.loads(defaults.to_json())
        print(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True))
        return EXIT_OK
    print(_tr("Forsvarlighet og forslag for {department}:").format(department=department.name))
    for line in floor_lines(settings, defaults, stored):
        print(line)
    return EXIT_OK
