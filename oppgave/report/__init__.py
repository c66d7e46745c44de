"""The PDF report (DESIGN §7): one department, or a municipality with a chapter per department.

Qt-free. :mod:`~oppgave.report.report_data` gathers plain data through the services and the
analysis; :mod:`~oppgave.report.charts` draws matplotlib charts; :mod:`~oppgave.report.layout`
and :mod:`~oppgave.report.styles` hold the page templates, fonts and styles; the section modules
turn the data into flowables; :mod:`~oppgave.report.pdf_report` puts it together::

    build_department_report(workspace, department_id, "rapport.pdf", scenario="Forslag A")
    build_municipality_report(workspace, municipality_id, "kommune.pdf", progress=print)

Importing the package (or the light :mod:`~oppgave.report.sections`, which the command-line
parser and the report dialog need) loads neither ReportLab, matplotlib nor pandas: the names
below are imported on first use (PEP 562), so building the ``oppgave`` parser and opening the
first window stay fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from oppgave.report.sections import ALL_SECTIONS, Section, parse_sections

if TYPE_CHECKING:
    from oppgave.report.pdf_report import (
        ReportResult,
        ReportWriteError,
        build_department_report,
        build_municipality_report,
    )
    from oppgave.report.report_data import ReportCancelled

#: Public names imported on first use → the module that defines them.
_LAZY = {
    "ReportResult": "oppgave.report.pdf_report",
    "ReportWriteError": "oppgave.report.pdf_report",
    "build_department_report": "oppgave.report.pdf_report",
    "build_municipality_report": "oppgave.report.pdf_report",
    "ReportCancelled": "oppgave.report.report_data",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "ALL_SECTIONS",
    "ReportCancelled",
    "ReportResult",
    "ReportWriteError",
    "Section",
    "build_department_report",
    "build_municipality_report",
    "parse_sections",
]
