"""``oppgave bemanning`` and ``oppgave turnus``: bemanningsplan, full-time effect and grunnturnus.

``bemanning`` prints a scenario's people per role per shift against today's, the FTE per role and
the full-time answer («hvor mange 100 % stillinger kan vi tilby?») for every weekend frequency and
weekend shift length; ``--json`` gives the same as one JSON document. ``turnus`` builds an N-week
rota with the CP-SAT generator, checks it with the rule checker and writes it to .xlsx or .csv.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oppgave.cli.conventions import EXIT_FAILED, EXIT_OK, add_force_option
from oppgave.cli.lazy import lazy_module
from oppgave.domain.enums import DayType, PositionSource, Shift
from oppgave.errors import ValidationError
from oppgave.i18n import translate

if TYPE_CHECKING:
    from oppgave import output_files
    from oppgave.analysis import norwegian_text as norwegian
    from oppgave.services import workspaces
    from oppgave.services.rota_planning import ScenarioStaffing
else:
    norwegian = lazy_module("oppgave.analysis.norwegian_text")
    output_files = lazy_module("oppgave.output_files")
    # The services (SQLAlchemy) and the .xlsx writers (openpyxl) load when a handler runs:
    # building the parser, which every command pays for, imports neither (issue 18).
    workspaces = lazy_module("oppgave.services.workspaces")

SHIFT_WORDS = {Shift.DAY: "dag", Shift.EVENING: "kveld", Shift.NIGHT: "natt"}
DAY_TYPE_WORDS = {DayType.WEEKDAY: "hverdag", DayType.WEEKEND: "helg"}


def _tr(text: str) -> str:
    return translate("Cli", text)


def _add_target(parser: argparse.ArgumentParser) -> None:
    """The workspace, department and scenario both commands work on."""
    parser.add_argument("path", type=Path, metavar="FIL")
    parser.add_argument(
        "--department",
        required=True,
        metavar="AVDELING",
        help=_tr("avdelingens navn, id eller Kommune/Avdeling"),
    )
    parser.add_argument(
        "--scenario",
        metavar="SCENARIO",
        help=_tr("scenarioets navn eller id (standard: første forslag)"),
    )


def register(subparsers: Any) -> None:
    plan = subparsers.add_parser(
        "bemanning",
        help=_tr("bemanningsplan og heltidseffekt for et scenario"),
        description=_tr(
            "Vis personer per rolle per vakt (dag/kveld/natt, hverdag/helg) i scenarioet mot "
            "dagens bemanning, årsverk per rolle og hvor mange 100 %-stillinger som kan tilbys "
            "med arbeid hver 2./3./4. helg og 7,5 t eller 12,5 t helgevakter."
        ),
    )
    _add_target(plan)
    plan.add_argument(
        "--min-position",
        type=float,
        default=50.0,
        metavar="PROSENT",
        help=_tr("minste stillingsstørrelse i prosent (standard 50)"),
    )
    plan.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="ROLLE:VAKT:DAGTYPE=N",
        help=_tr(
            "overstyr planen: N personer av rollen på vakten (dag/kveld/natt) og dagtypen "
            "(hverdag/helg), lagres i scenarioet; kan gjentas"
        ),
    )
    plan.add_argument(
        "--clear",
        action="append",
        default=[],
        metavar="ROLLE:VAKT:DAGTYPE",
        help=_tr("fjern en overstyring (det beregnede tallet gjelder igjen); kan gjentas"),
    )
    plan.add_argument("--json", action="store_true", help=_tr("skriv JSON"))
    plan.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PLAN.xlsx",
        help=_tr("skriv bemanningsplanen og heltidstallene til Excel"),
    )
    add_force_option(plan)
    plan.set_defaults(func=run_bemanning)

    rota = subparsers.add_parser(
        "turnus",
        help=_tr("lag en grunnturnus for et scenario"),
        description=_tr(
            "Lag en grunnturnus på N uker fra scenarioets bemanningsplan med en "
            "begrensningsløser (OR-Tools CP-SAT), sjekk den mot arbeidsmiljølovens regler og "
            "skriv den til Excel (.xlsx) eller CSV."
        ),
    )
    _add_target(rota)
    rota.add_argument(
        "--weeks",
        type=int,
        default=6,
        metavar="UKER",
        help=_tr("turnusens lengde i uker (standard 6)"),
    )
    rota.add_argument(
        "--weekend-every",
        type=int,
        default=3,
        metavar="N",
        help=_tr("arbeid hver N. helg (standard 3)"),
    )
    rota.add_argument(
        "--long-weekend-shifts", action="store_true", help=_tr("langvakter (12,5 t) i helgene")
    )
    rota.add_argument(
        "--positions",
        choices=[s.value for s in PositionSource],
        default=PositionSource.PLAN.value,
        help=_tr(
            "stillinger: plan = strukturen scenarioet trenger, today = dagens stillinger, "
            "heltid = flest mulig heltidsstillinger (standard plan)"
        ),
    )
    rota.add_argument(
        "--min-position",
        type=float,
        default=50.0,
        metavar="PROSENT",
        help=_tr("minste stillingsstørrelse i prosent (standard 50)"),
    )
    rota.add_argument(
        "--rest-hours",
        type=float,
        default=11.0,
        metavar="TIMER",
        help=_tr("hvile mellom vakter (standard 11; under 11 krever --rest-agreement)"),
    )
    rota.add_argument(
        "--rest-agreement",
        default="",
        metavar="TEKST",
        help=_tr("avtalen som tillater kortere hviletid (AML § 10-8 (3))"),
    )
    rota.add_argument(
        "--max-days-in-a-row",
        type=int,
        default=5,
        metavar="N",
        help=_tr("høyst N vakter på rad (standard 5)"),
    )
    rota.add_argument(
        "--time-limit",
        type=float,
        default=30.0,
        metavar="SEKUNDER",
        help=_tr("tidsgrense for løseren (standard 30)"),
    )
    rota.add_argument(
        "--start",
        type=date.fromisoformat,
        metavar="ÅÅÅÅ-MM-DD",
        help=_tr("første dag (en mandag; standard neste mandag)"),
    )
    rota.add_argument(
        "--save",
        action="store_true",
        help=_tr(
            "lagre turnusen for scenarioet i arbeidsfilen (erstatter den lagrede; vises i "
            "fanen Turnus og i rapporten)"
        ),
    )
    rota.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="TURNUS.xlsx",
        help=_tr("filen turnusen skrives til (.xlsx eller .csv)"),
    )
    add_force_option(rota)
    rota.set_defaults(func=run_turnus)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{norwegian.format_number(value * 100, 1)} %"


def run_bemanning(args: argparse.Namespace) -> int:
    from oppgave.services import rota_planning  # imports OR-Tools: only when asked for

    if args.output is not None:  # before the work: never the workspace, another file with --force
        output_files.check_output_path(args.output, inputs=(args.path,), force=args.force)

    changed: list[str] = []
    with workspaces.open_workspace(args.path) as workspace:
        if args.set or args.clear:
            changed = _apply_edits(workspace, args)
        staffing = rota_planning.scenario_staffing(
            workspace, args.department, args.scenario, args.min_position
        )
    for line in changed:
        print(line, file=sys.stderr if args.json else sys.stdout)
    if args.output is not None:
        from oppgave.exchange.staffing_plan_export import write_staffing_plan_xlsx

        write_staffing_plan_xlsx(args.output, staffing.data, staffing.plan, staffing.effect)
    if args.json:
        print(json.dumps(bemanning_document(staffing), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(_report(staffing))
    return EXIT_OK


#: Words the CLI takes for shifts and day types (Norwegian as printed, and the stored values).
SHIFT_INPUT = {**{w: s for s, w in SHIFT_WORDS.items()}, **{s.value: s for s in Shift}}
DAY_TYPE_INPUT = {**{w: d for d, w in DAY_TYPE_WORDS.items()}, **{d.value: d for d in DayType}}


def parse_cell(text: str, roles: Any) -> tuple[Any, Shift, DayType]:
    """``ROLLE:VAKT:DAGTYPE`` → (role record, shift, day type); the role by code or name."""
    parts = [part.strip() for part in text.split(":")]
    if len(parts) != 3:
        raise ValidationError(
            _tr("«{text}»: skriv ROLLE:VAKT:DAGTYPE, f.eks. SPL:natt:helg.").format(text=text)
        )
    role_text, shift_text, day_text = parts
    role = next(
        (
            role
            for role in roles
            if role_text.casefold() in (role.code.casefold(), role.name.casefold())
        ),
        None,
    )
    if role is None:
        raise ValidationError(
            _tr("Ukjent rolle «{role}» (kjente: {known}).").format(
                role=role_text, known=", ".join(r.code for r in roles)
            )
        )
    shift = SHIFT_INPUT.get(shift_text.casefold())
    if shift is None:
        raise ValidationError(
            _tr("Ukjent vakt «{shift}» (dag, kveld eller natt).").format(shift=shift_text)
        )
    day_type = DAY_TYPE_INPUT.get(day_text.casefold())
    if day_type is None:
        raise ValidationError(
            _tr("Ukjent dagtype «{day}» (hverdag eller helg).").format(day=day_text)
        )
    return role, shift, day_type


def _apply_edits(workspace: Any, args: argparse.Namespace) -> list[str]:
    """Store the ``--set`` and ``--clear`` edits (all or none); what changed, in words."""
    from oppgave.services import rota_planning, staffing_plan_edits

    data, scenario = rota_planning.load(workspace, args.department, args.scenario)
    planned: list[tuple[Any, Shift, DayType, int | None]] = []
    for spec in args.set:
        cell, sep, number = spec.rpartition("=")
        if not sep:
            raise ValidationError(
                _tr("«{text}»: skriv ROLLE:VAKT:DAGTYPE=N, f.eks. SPL:natt:helg=2.").format(
                    text=spec
                )
            )
        try:
            people = int(number.strip())
        except ValueError:
            raise ValidationError(
                _tr("«{text}»: antallet må være et heltall.").format(text=spec)
            ) from None
        if not 0 <= people <= staffing_plan_edits.MAX_PEOPLE:
            raise ValidationError(
                _tr("«{text}»: antallet må være mellom 0 og {most}.").format(
                    text=spec, most=staffing_plan_edits.MAX_PEOPLE
                )
            )
        planned.append((*parse_cell(cell, data.roles), people))
    for spec in args.clear:
        planned.append((*parse_cell(spec, data.roles), None))
    lines = []
    with workspace.batch():
        for role, shift, day_type, people in planned:
            previous = staffing_plan_edits.set_edit(
                workspace, scenario.id, role.id, shift, day_type, people
            )
            where = f"{role.code} {SHIFT_WORDS[shift]} {DAY_TYPE_WORDS[day_type]}"
            before = _tr("beregnet") if previous is None else str(previous)
            after = _tr("beregnet") if people is None else str(people)
            lines.append(
                _tr("{scenario}: {where} {before} → {after}").format(
                    scenario=scenario.name, where=where, before=before, after=after
                )
            )
    return lines


def bemanning_document(staffing: ScenarioStaffing) -> dict[str, Any]:
    """The bemanningsplan and full-time effect as plain JSON values."""
    from oppgave.analysis.fulltime_effect import FULLTIME_GOAL  # not at the parser (issue 18)

    roles = {role.id: role for role in staffing.data.roles}
    plan, effect = staffing.plan, staffing.effect
    return {
        "department": staffing.data.department.name,
        "scenario": staffing.scenario.name,
        "presence_share": plan.presence_share,
        "cells": [
            {
                "role": roles[c.role_id].code,
                "shift": c.shift.value,
                "day_type": c.day_type.value,
                "task_hours_per_day": round(c.task_hours_per_day, 3),
                "need": round(c.need, 3),
                "people": c.people,
                "today": c.today,
                "on_call": c.on_call,
                "floor_added": c.floor_added,
                "edited": c.edited,
                "overloaded": c.overloaded,
                "under_used": c.under_used,
            }
            for c in plan.cells
        ],
        "roles": [
            {
                "role": roles[r.role_id].code,
                "hours_per_week": round(r.hours_per_week, 2),
                "fte": round(r.fte, 3),
                "today_fte": round(r.today_fte, 3),
                "weekday_only": r.weekday_only,
            }
            for r in plan.roles
        ],
        "fulltime": {
            "goal": FULLTIME_GOAL,
            "min_position_percent": effect.min_position * 100,
            "rota_roles": [roles[r].code for r in effect.rota_role_ids],
            "left_out_roles": [roles[r].code for r in effect.left_out_role_ids],
            "today_people": effect.today_people,
            "today_fulltime": effect.today_fulltime,
            "today_share": effect.today_share,
            "options": [
                {
                    "weekend_every": o.frequency,
                    "weekend_shift_hours": o.shift_hours,
                    "people_needed": o.people_needed,
                    "fulltime_positions": o.fulltime_positions,
                    "people": o.people,
                    "fulltime_share": o.fulltime_share,
                    "meets_goal": o.meets_goal,
                    "feasible": o.feasible,
                }
                for o in effect.options
            ],
        },
        "notes": list(plan.notes),
        "warnings": [b.message(roles_codes(staffing)) for b in plan.breaches],
    }


def roles_codes(staffing: ScenarioStaffing) -> dict[int, str]:
    return {role.id: role.code for role in staffing.data.roles}


def _report(staffing: ScenarioStaffing) -> str:
    roles = {role.id: role for role in staffing.data.roles}
    plan, effect = staffing.plan, staffing.effect
    lines = [
        f"{staffing.data.department.name} – {staffing.scenario.name}",
        _tr("Bemanningsplan: personer per vakt (i dag i parentes); tilstedeværelse {p}").format(
            p=_percent(plan.presence_share)
        ),
    ]
    shown = sorted(
        {c.role_id for c in plan.cells if c.people or c.today or c.on_call},
        key=lambda r: (roles[r].sort_order, roles[r].code),
    )
    columns = [(s, d) for d in DayType for s in Shift]
    header = f"{'':<8}" + "".join(
        f"{SHIFT_WORDS[s] + ' ' + DAY_TYPE_WORDS[d]:>16}" for s, d in columns
    )
    lines.append(header)
    for role_id in shown:
        row = f"{roles[role_id].code:<8}"
        for shift, day_type in columns:
            cell = plan.cell(role_id, shift, day_type)
            if cell is None:
                text = "–"
            else:
                flag = "!" if cell.overloaded else ("↓" if cell.under_used else "")
                mark = "*" if cell.edited else ""
                text = f"{cell.people}{mark} ({cell.today}){flag}"
                if cell.on_call:
                    text += f" +{cell.on_call}hv"
            row += f"{text:>16}"
        lines.append(row)
    lines.append(
        _tr(
            "! = flere enn i dag (overbelastet i dag), ↓ = færre (ledig kapasitet), hv = hjemmevakt"
        )
    )
    if plan.edited:
        lines.append(_tr("* = endret for hånd (overstyrer det beregnede tallet)"))
    for breach in plan.breaches:
        lines.append(_tr("Advarsel: {text}").format(text=breach.message(roles_codes(staffing))))
    lines.append("")
    lines.append(_tr("Årsverk per rolle (plan / i dag):"))
    for row in plan.roles:
        extra = _tr(" (bare hverdager)") if row.weekday_only else ""
        lines.append(
            f"  {roles[row.role_id].code:<6} {norwegian.format_number(row.fte, 1):>6} / "
            f"{norwegian.format_number(row.today_fte, 1):>6}{extra}"
        )
    lines.append("")
    lines.append(
        _tr(
            "Heltid (turnusroller {roles}; minste stilling {m} %; mål ≥ 50 %). I dag: {k} av "
            "{n} i 100 % = {s}."
        ).format(
            roles=", ".join(roles[r].code for r in effect.rota_role_ids),
            m=norwegian.format_number(effect.min_position * 100, 0),
            k=effect.today_fulltime,
            n=effect.today_people,
            s=_percent(effect.today_share),
        )
    )
    for option in effect.options:
        verdict = _tr("når målet") if option.meets_goal else _tr("under målet")
        if not option.feasible:
            verdict = _tr("helgene krever flere personer enn årsverkene gir med minste stilling")
        lines.append(
            _tr(
                "  hver {f}. helg, {h} t helgevakter: helgene krever {p} personer; "
                "{k} av {n} kan ha 100 % = {s} ({v})"
            ).format(
                f=option.frequency,
                h=norwegian.format_number(option.shift_hours, 1),
                p=option.people_needed,
                k=option.fulltime_positions,
                n=option.people,
                s=_percent(option.fulltime_share),
                v=verdict,
            )
        )
    for note in plan.notes:
        lines.append(note)
    return "\n".join(lines)


def run_turnus(args: argparse.Namespace) -> int:
    from oppgave.analysis.rota import RotaRules
    from oppgave.services import rota_planning  # imports OR-Tools: only when asked for

    if args.output is not None:  # before the work: never the workspace, another file with --force
        output_files.check_output_path(args.output, inputs=(args.path,), force=args.force)

    rules = RotaRules(
        weeks=args.weeks,
        weekend_every=args.weekend_every,
        long_weekend_shifts=args.long_weekend_shifts,
        min_rest_hours=args.rest_hours,
        rest_agreement=args.rest_agreement,
        max_days_in_a_row=args.max_days_in_a_row,
    )
    rules.validate()
    if args.time_limit <= 0:
        raise ValidationError(_tr("Tidsgrensen må være over 0 sekunder."), "time_limit")
    with workspaces.open_workspace(args.path) as workspace:
        staffing = rota_planning.scenario_staffing(
            workspace, args.department, args.scenario, args.min_position
        )
    outcome = rota_planning.generate_rota_data(
        staffing,
        rules,
        PositionSource(args.positions),
        time_limit=args.time_limit,
        start=args.start,
    )
    result = outcome.result
    print(f"{staffing.data.department.name} – {staffing.scenario.name}")
    print(
        _tr("{w} uker, hver {f}. helg{l}: {n} stillinger, løst på {s} s ({status}).").format(
            w=rules.weeks,
            f=rules.weekend_every,
            l=_tr(", langvakter i helgene") if rules.long_weekend_shifts else "",
            n=len(outcome.problem.positions),
            s=norwegian.format_number(result.seconds, 1),
            status=result.status.value,
        )
    )
    if result.message:
        print(result.message)
    if result.rota is None:
        print(_tr("Feil: fant ingen turnus."), file=sys.stderr)
        return EXIT_FAILED
    rota = result.rota
    print(
        _tr("Heltidsstillinger i turnusen: {k} av {n}.").format(
            k=rota.fulltime_positions(), n=len(rota.sizes)
        )
    )
    if outcome.violations:
        print(_tr("Regelsjekk: {n} brudd.").format(n=len(outcome.violations)))
        for violation in outcome.violations[:20]:
            print(f"  {violation.message}")
    else:
        print(_tr("Regelsjekk: alle regler holder."))
    if outcome.problem.holidays:
        print(
            _tr("Helligdager (bemannes som søndag): {n}, første dag {d}.").format(
                n=len(outcome.problem.holidays), d=outcome.problem.start
            )
        )
    if args.save:
        from oppgave.services import saved_rotas

        with workspaces.open_workspace(args.path) as workspace:
            saved_rotas.save_rota(workspace, staffing.scenario.id, rota)
        print(_tr("Lagret turnusen for «{s}» i arbeidsfilen.").format(s=staffing.scenario.name))
    if args.output is not None:
        from oppgave.exchange.rota_export import next_monday, write_rota

        start = rota.problem.start or args.start or next_monday()
        path = write_rota(args.output, rota, outcome.violations, start)
        print(_tr("Skrev {path}").format(path=path))
    return EXIT_FAILED if outcome.violations else EXIT_OK
