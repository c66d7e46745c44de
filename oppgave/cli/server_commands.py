"""``oppgave server init|grant``: a shared PostgreSQL server (docs/server.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oppgave.cli.conventions import EXIT_OK, add_force_option
from oppgave.cli.lazy import lazy_module
from oppgave.i18n import translate

if TYPE_CHECKING:
    from oppgave.exchange import server_sync
    from oppgave.services import server_admin
else:
    server_admin = lazy_module("oppgave.services.server_admin")
    server_sync = lazy_module("oppgave.exchange.server_sync")


def _tr(text: str) -> str:
    return translate("Cli", text)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "server", help=_tr("sett opp en delt PostgreSQL-server og gi brukere tilgang")
    )
    commands = parser.add_subparsers(dest="server_command", required=True, metavar="KOMMANDO")

    init = commands.add_parser(
        "init",
        help=_tr("lag skjemaet, standardkatalogen og tilgangsreglene i en database (som eier)"),
    )
    init.add_argument("url", metavar="URL", help="postgresql://eier@maskin/database")
    init.set_defaults(func=run_init)

    grant = commands.add_parser("grant", help=_tr("gi en bruker tilgang"))
    grant.add_argument("url", metavar="URL")
    grant.add_argument("user", metavar="BRUKER")
    grant.add_argument(
        "--role",
        required=True,
        choices=("read", "edit-department", "edit-municipality", "admin"),
        help=_tr("lese, endre egen avdeling, endre kommunen, administrere"),
    )
    grant.add_argument("--department", metavar="AVDELING", help=_tr("avdelingen (navn eller id)"))
    grant.add_argument("--municipality", metavar="KOMMUNE", help=_tr("kommunen (navn eller id)"))
    grant.set_defaults(func=run_grant)

    publish = commands.add_parser(
        "publish",
        help=_tr(
            "gjør avdelingen på serveren lik avdelingen i arbeidsfilen (nye, endrede og "
            "slettede oppgaver og forslag)"
        ),
    )
    publish.add_argument("file", type=Path, metavar="FIL")
    publish.add_argument("url", metavar="URL")
    publish.add_argument("--department", required=True, metavar="AVDELING")
    publish.add_argument(
        "--dry-run",
        action="store_true",
        help=_tr("vis hva som ville blitt endret på serveren, uten å endre noe"),
    )
    publish.add_argument(
        "--force",
        action="store_true",
        help=_tr("legg ut selv om avdelingen er endret på serveren siden filen ble hentet"),
    )
    publish.set_defaults(func=run_publish)

    checkout = commands.add_parser(
        "checkout", help=_tr("hent en avdeling fra serveren til en ny arbeidsfil")
    )
    checkout.add_argument("url", metavar="URL")
    checkout.add_argument("--department", required=True, metavar="AVDELING")
    checkout.add_argument("-o", "--output", required=True, type=Path, metavar="FIL")
    add_force_option(checkout)
    checkout.set_defaults(func=run_checkout)


def run_init(args: argparse.Namespace) -> int:
    setup = server_admin.init_server(args.url)
    if setup.created:
        print(_tr("Laget arbeidsflaten og tilgangsreglene på {url}").format(url=setup.location))
    else:
        print(_tr("Tilgangsreglene er oppdatert på {url}").format(url=setup.location))
    return EXIT_OK


def run_grant(args: argparse.Namespace) -> int:
    print(
        server_admin.grant(
            args.url,
            args.user,
            args.role,
            department=args.department,
            municipality=args.municipality,
        )
    )
    return EXIT_OK


def _summary(outcome: server_sync.SyncOutcome) -> str:
    return _tr("{name}: {created} nye, {updated} endret, {deleted} slettet").format(
        name=outcome.department_name,
        created=outcome.created,
        updated=outcome.updated,
        deleted=outcome.deleted,
    )


def run_publish(args: argparse.Namespace) -> int:
    outcome = server_sync.publish(
        args.file, args.url, args.department, dry_run=args.dry_run, force=args.force
    )
    if outcome.dry_run:
        print(
            _tr("Prøvekjøring, ingenting er endret på serveren: {summary}.").format(
                summary=_summary(outcome)
            )
        )
    else:
        print(_tr("Lagt ut på serveren: {summary}.").format(summary=_summary(outcome)))
    return EXIT_OK


def run_checkout(args: argparse.Namespace) -> int:
    outcome = server_sync.checkout(args.url, args.department, args.output, force=args.force)
    print(_tr("Hentet til {path}: {summary}.").format(path=args.output, summary=_summary(outcome)))
    return EXIT_OK
