"""``oppgave report``: department, municipality, sections, and clear errors (exit 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from oppgave.cli.main import main
from tests.report.conftest import DEPARTMENT, pdf_text


def test_department_report(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rapport.pdf"
    code = main(
        [
            "report",
            str(demo_path),
            "-o",
            str(out),
            "--department",
            "Melhus/" + DEPARTMENT,
            "--scenario",
            "Forslag A",
            "--sections",
            "forside,sammendrag",
        ]
    )
    assert code == 0
    assert "Laget" in capsys.readouterr().out
    pages = pdf_text(out)
    assert len(pages) == 2
    assert DEPARTMENT in pages[0]


def test_municipality_report_shows_progress(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "skaun.pdf"
    code = main(
        [
            "report",
            str(demo_path),
            "-o",
            str(out),
            "--municipality",
            "Skaun",
            "--sections",
            "sammendrag,sammenligning",
        ]
    )
    assert code == 0
    captured = capsys.readouterr()
    assert "Lager rapporten: 7 av 7" in captured.err
    assert "Sammenligning av avdelingene" in "\n".join(pdf_text(out))


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--department", "Finnes ikke"], "Fant ingen avdeling Finnes ikke"),
        (["--municipality", "Oslo"], "Fant ingen kommune Oslo"),
        (["--department", "1", "--scenario", "Forslag Ø"], "Fant ikke scenarioet Forslag Ø"),
        (["--sections", "sammendrag,x"], "Ukjent del av rapporten: x"),
    ],
)
def test_errors_are_messages_not_tracebacks(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    code = main(["report", str(demo_path), "-o", str(tmp_path / "r.pdf"), *extra])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("Feil: ") and message in err
    assert "Traceback" not in err
    assert not (tmp_path / "r.pdf").exists()


def test_unwritable_output(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["report", str(demo_path), "-o", str(tmp_path / "nei" / "r.pdf"), "--department", "1"]
    )
    assert code == 1
    assert "Mappen" in capsys.readouterr().err
