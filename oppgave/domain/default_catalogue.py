"""The default catalogue of roles, competences and courses (DESIGN §4).

Written into every new workspace, where the user may edit it; these are data, not UI strings,
so the Norwegian names live here and are not translated. Hourly costs are a rough 2025 level
including holiday pay, pension and employer tax (NOK).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RoleSpec:
    code: str
    name: str
    leon_level: int
    authorised: bool
    hourly_cost: float
    colour: str
    competences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CompetenceSpec:
    code: str
    name: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class CourseSpec:
    name: str
    competence: str
    min_level: int
    hours: float
    cost_per_participant: float


COMPETENCES: tuple[CompetenceSpec, ...] = (
    CompetenceSpec(
        "STELL", "Personlig stell og pleie", "Morgenstell, kveldsstell, hjelp til påkledning"
    ),
    CompetenceSpec(
        "FORFLYT", "Forflytning og løft", "Sikker forflytning, bruk av løftehjelpemidler"
    ),
    CompetenceSpec("HYGIENE", "Hygiene og smittevern", "Basale smittevernrutiner, isolering"),
    CompetenceSpec(
        "LM-MULTI", "Legemidler: utdeling fra multidose", "Utdeling av ferdig pakkede legemidler"
    ),
    CompetenceSpec("LM-INJ", "Legemidler: injeksjoner", "Subkutane og intramuskulære injeksjoner"),
    CompetenceSpec("LM-INSULIN", "Legemidler: insulin", "Blodsukkermåling og insulin"),
    CompetenceSpec(
        "LM-OPIOID", "Legemidler: opioider", "Håndtering av A-preparater og smertepumper"
    ),
    CompetenceSpec("SAR-ENKEL", "Sårstell, enkelt", "Enkle sår og bandasjeskift"),
    CompetenceSpec("SAR-KOMPL", "Sårstell, komplekst", "Trykksår, leggsår, vakuumbehandling"),
    CompetenceSpec(
        "KATETER", "Kateterisering", "Permanent kateter og intermitterende kateterisering"
    ),
    CompetenceSpec("SONDE", "Sondeernæring", "PEG og nasogastrisk sonde"),
    CompetenceSpec("OBS", "Observasjon og tidlig varsling (NEWS2)", "Vitale tegn og varsling"),
    CompetenceSpec("PALL", "Palliativ omsorg", "Lindrende behandling og omsorg ved livets slutt"),
    CompetenceSpec("DEMENS", "Demensomsorg", "Personsentrert omsorg, miljøbehandling"),
    CompetenceSpec("DOK", "Dokumentasjon i pasientjournal", "Rapport og journalføring i EPJ"),
    CompetenceSpec("VEIL", "Veiledning av studenter og lærlinger"),
    CompetenceSpec("TURNUS", "Turnusplanlegging"),
    CompetenceSpec("RENHOLD", "Renhold"),
    CompetenceSpec("MAT", "Måltider og ernæring"),
)

_BASIC = ("STELL", "HYGIENE", "RENHOLD", "MAT")
_NURSE = (
    "STELL",
    "FORFLYT",
    "HYGIENE",
    "LM-MULTI",
    "LM-INJ",
    "LM-INSULIN",
    "LM-OPIOID",
    "SAR-ENKEL",
    "SAR-KOMPL",
    "KATETER",
    "SONDE",
    "OBS",
    "PALL",
    "DEMENS",
    "DOK",
    "VEIL",
    "RENHOLD",
    "MAT",
)

ROLES: tuple[RoleSpec, ...] = (
    RoleSpec("ASS", "Assistent (ufaglært)", 0, False, 380.0, "#9e9e9e", _BASIC + ("FORFLYT",)),
    RoleSpec("LRL", "Lærling / elev", 0, False, 250.0, "#bcaaa4", _BASIC),
    RoleSpec(
        "HFA",
        "Helsefagarbeider",
        1,
        True,
        440.0,
        "#4caf50",
        _BASIC + ("FORFLYT", "LM-MULTI", "SAR-ENKEL", "OBS", "DEMENS", "DOK", "VEIL"),
    ),
    RoleSpec(
        "MIL",
        "Miljøarbeider / aktivitør",
        1,
        False,
        420.0,
        "#8bc34a",
        _BASIC + ("DEMENS",),
    ),
    RoleSpec("SPL", "Sykepleier", 2, True, 520.0, "#2196f3", _NURSE),
    RoleSpec(
        "VPL",
        "Vernepleier",
        2,
        True,
        520.0,
        "#03a9f4",
        _BASIC
        + (
            "FORFLYT",
            "LM-MULTI",
            "LM-INJ",
            "LM-INSULIN",
            "SAR-ENKEL",
            "KATETER",
            "OBS",
            "DEMENS",
            "DOK",
            "VEIL",
        ),
    ),
    RoleSpec(
        "ERF",
        "Ergoterapeut / fysioterapeut",
        2,
        True,
        520.0,
        "#ff9800",
        ("STELL", "FORFLYT", "HYGIENE", "DEMENS", "DOK", "VEIL"),
    ),
    RoleSpec("SSP", "Spesialsykepleier", 3, True, 580.0, "#3f51b5", _NURSE + ("TURNUS",)),
    RoleSpec("MRK", "Merkantil / administrativ", 0, False, 400.0, "#795548", ("TURNUS",)),
    RoleSpec(
        "SRV",
        "Renholder / kjøkken / service",
        0,
        False,
        370.0,
        "#607d8b",
        ("HYGIENE", "RENHOLD", "MAT"),
    ),
)

COURSES: tuple[CourseSpec, ...] = (
    CourseSpec("Kurs i personlig stell", "STELL", 0, 8, 1000),
    CourseSpec("Forflytningskurs", "FORFLYT", 0, 7, 1500),
    CourseSpec("Smittevern og hygiene", "HYGIENE", 0, 4, 800),
    CourseSpec("Legemiddelkurs: multidose", "LM-MULTI", 1, 15, 3000),
    CourseSpec("Legemiddelkurs: injeksjoner", "LM-INJ", 1, 30, 6000),
    CourseSpec("Insulinopplæring", "LM-INSULIN", 1, 8, 2500),
    CourseSpec("Opioidhåndtering og smertepumpe", "LM-OPIOID", 2, 8, 3000),
    CourseSpec("Sårstell grunnkurs", "SAR-ENKEL", 0, 6, 1500),
    CourseSpec("Kurs i komplekst sårstell", "SAR-KOMPL", 1, 12, 4000),
    CourseSpec("Kateteriseringskurs", "KATETER", 1, 6, 2000),
    CourseSpec("Sondeernæring", "SONDE", 1, 4, 1500),
    CourseSpec("NEWS2 og tidlig varsling", "OBS", 0, 7, 1800),
    CourseSpec("Palliasjonens ABC", "PALL", 1, 30, 5000),
    CourseSpec("Demensomsorgens ABC", "DEMENS", 0, 40, 4000),
    CourseSpec("Dokumentasjon i EPJ", "DOK", 0, 6, 1200),
    CourseSpec("Veilederkurs", "VEIL", 1, 15, 3500),
    CourseSpec("Turnusplanlegging", "TURNUS", 1, 14, 3000),
    CourseSpec("Renhold i helseinstitusjon", "RENHOLD", 0, 4, 800),
    CourseSpec("Kost og ernæring", "MAT", 0, 4, 800),
)
