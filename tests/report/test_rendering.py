"""The PDF renders to PNG pages that are not blank, and the charts are sharp enough to print."""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pytest

from oppgave.report import charts
from oppgave.report.layout import FRAME_WIDTH
from tests.report.conftest import BuiltReport


def _pages(report: BuiltReport, scale: float = 0.6) -> list[np.ndarray]:
    document = pdfium.PdfDocument(str(report.path))
    try:
        return [
            np.asarray(document[i].render(scale=scale, grayscale=True).to_pil().convert("L"))
            for i in range(len(document))
        ]
    finally:
        document.close()


def test_every_page_renders_and_has_content(department_pdf: BuiltReport) -> None:
    pages = _pages(department_pdf)
    assert len(pages) == len(department_pdf.pages) >= 10
    for number, pixels in enumerate(pages, start=1):
        assert pixels.shape[0] > pixels.shape[1], "A4 portrait"
        inked = float((pixels < 200).mean())
        assert inked > 0.004, f"page {number} is (nearly) blank"
    cover = pages[0]
    assert float((cover[: cover.shape[0] // 5] < 100).mean()) > 0.5, "the cover's dark band"


def test_municipality_pages_render(municipality_pdf: BuiltReport) -> None:
    for number, pixels in enumerate(_pages(municipality_pdf, scale=0.3), start=1):
        assert float((pixels < 200).mean()) > 0.003, f"page {number} is (nearly) blank"


def test_charts_are_at_least_200_dpi_and_grey_readable() -> None:
    chart = charts.roles_chart(
        ["Sykepleier", "Helsefagarbeider"],
        [6.0, 12.8],
        [3.0, 11.8],
        "I dag",
        "Forslag A",
        "Årsverk",
        FRAME_WIDTH,
    )
    image = chart.image
    assert image.width / (chart.width / 72.0) >= 199.5
    assert image.height / (chart.height / 72.0) >= 199.5
    grey = np.asarray(image.convert("L"))
    # Both series are visible in grey: the solid bars are dark, the hatching mid-grey.
    assert (grey < 90).mean() > 0.005
    assert ((grey > 120) & (grey < 220)).mean() > 0.001


@pytest.mark.parametrize("png", [True])
def test_png_bytes(png: bool) -> None:
    chart = charts.roles_chart(["A"], [1.0], None, "I dag", "", "Årsverk", 200.0)
    assert charts.png_bytes(chart).startswith(b"\x89PNG")
