"""The sections of the report; each can be switched off (CLI ``--sections``, the dialog).

This module is light (no ReportLab): the command-line parser and the report dialog import it.
The department sections live one module each beside it, named by what they show
(:mod:`.summary`, :mod:`.task_map`, :mod:`.roles`, :mod:`.rhythm`, :mod:`.staffing`,
:mod:`.competence`, :mod:`.fulltime`, :mod:`.hms`; shared helpers in :mod:`.common`); each
builds its tables from column specs (:mod:`oppgave.report.table_spec`).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from oppgave.errors import ValidationError
from oppgave.i18n import QT_TRANSLATE_NOOP, translate


class Section(StrEnum):
    """A report section; the value is the key the CLI accepts (``--sections sammendrag,hms``)."""

    COVER = "forside"
    BRIEF = "beslutning"  # the one-page decision brief, right after the cover
    CONTENTS = "innhold"
    SUMMARY = "sammendrag"
    PROPOSALS = "forslag"  # two proposals against each other (department report, --compare)
    COMPARISON = "sammenligning"  # municipality reports only
    TASK_MAP = "oppgavekart"
    ROLES = "yrkesgrupper"
    RHYTHM = "dognrytme"
    STAFFING = "bemanning"
    UPGRADES = "kompetanse"
    FULLTIME = "heltid"
    STAFFING_PLAN = "bemanningsplan"
    ROTA = "turnus"  # the saved rota; department reports, only when the scenario has one
    HMS = "hms"
    ASSUMPTIONS = "forutsetninger"


#: Titles as they appear in the report and the dialog, in report order.
_TITLES: dict[Section, str] = {
    Section.COVER: QT_TRANSLATE_NOOP("Report", "Forside"),
    Section.BRIEF: QT_TRANSLATE_NOOP("Report", "Beslutningsnotat"),
    Section.CONTENTS: QT_TRANSLATE_NOOP("Report", "Innhold"),
    Section.SUMMARY: QT_TRANSLATE_NOOP("Report", "Sammendrag"),
    Section.PROPOSALS: QT_TRANSLATE_NOOP("Report", "Forslagene mot hverandre"),
    Section.COMPARISON: QT_TRANSLATE_NOOP("Report", "Sammenligning av avdelingene"),
    Section.TASK_MAP: QT_TRANSLATE_NOOP("Report", "Oppgavekart etter kategori"),
    Section.ROLES: QT_TRANSLATE_NOOP("Report", "I dag og forslaget per yrkesgruppe"),
    Section.RHYTHM: QT_TRANSLATE_NOOP("Report", "Døgnrytme og bemanning per vakt"),
    Section.STAFFING: QT_TRANSLATE_NOOP("Report", "Bemanningsforslag"),
    Section.UPGRADES: QT_TRANSLATE_NOOP("Report", "Kompetanseløft"),
    Section.FULLTIME: QT_TRANSLATE_NOOP("Report", "Heltid og helgearbeid"),
    Section.STAFFING_PLAN: QT_TRANSLATE_NOOP("Report", "Bemanningsplan og heltid i scenarioet"),
    Section.ROTA: QT_TRANSLATE_NOOP("Report", "Turnus"),
    Section.HMS: QT_TRANSLATE_NOOP("Report", "HMS-kommentarer"),
    Section.ASSUMPTIONS: QT_TRANSLATE_NOOP("Report", "Forutsetninger og formler"),
}

ALL_SECTIONS: frozenset[Section] = frozenset(Section)

#: Sections that belong to each department (repeated per department in a municipality report).
DEPARTMENT_SECTIONS: tuple[Section, ...] = (
    Section.SUMMARY,
    Section.TASK_MAP,
    Section.ROLES,
    Section.RHYTHM,
    Section.STAFFING,
    Section.UPGRADES,
    Section.FULLTIME,
    Section.STAFFING_PLAN,
    Section.HMS,
)


def title(section: Section) -> str:
    """The section's title in the current language."""
    return translate("Report", _TITLES[section])


def ordered(sections: Iterable[Section]) -> list[Section]:
    """``sections`` in report order."""
    wanted = set(sections)
    return [section for section in Section if section in wanted]


def parse_sections(text: str) -> frozenset[Section]:
    """``"sammendrag, hms"`` → those sections; ``"alle"`` → every section.

    Raises :class:`ValidationError` naming the valid keys for an unknown one.
    """
    keys = [part.strip().casefold() for part in text.split(",") if part.strip()]
    if not keys or keys == [translate("Report", "alle")]:
        return ALL_SECTIONS
    chosen: set[Section] = set()
    for key in keys:
        try:
            chosen.add(Section(key))
        except ValueError:
            valid = ", ".join(section.value for section in Section)
            raise ValidationError(
                translate("Report", "Ukjent del av rapporten: {key}. Gyldige: {valid}.").format(
                    key=key, valid=valid
                ),
                "sections",
            ) from None
    return frozenset(chosen)
