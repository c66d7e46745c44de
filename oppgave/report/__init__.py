"""The PDF report (DESIGN §7): one department, or a municipality with a chapter per department.

Qt-free. :mod:`~oppgave.report.report_data` gathers plain data through the services and the
analysis; :mod:`~oppgave.report.charts` draws matplotlib charts; :mod:`~oppgave.report.layout`
and :mod:`~oppgave.report.styles` hold the page templates, fonts and styles; the section modules
turn the data into flowables; :mod:`~oppgave.report.pdf_report` puts it together::

    build_department_report(workspace, department_id, "rapport.pdf", scenario="Forslag A")
    build_municipality_report(workspace, municipality_id, "kommune.pdf", progress=print)
"""

from oppgave.report.pdf_report import (
    ReportResult,
    ReportWriteError,
    build_department_report,
    build_municipality_report,
)
from oppgave.report.report_data import ReportCancelled
from oppgave.report.sections import ALL_SECTIONS, Section, parse_sections

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
