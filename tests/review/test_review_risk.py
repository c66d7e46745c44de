"""The review copy and the review PDF show each task's risk level and delegation rule."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from oppgave.domain.enums import DelegationRule, RiskLevel
from oppgave.services import review_documents, tasks, workspaces
from tests.review.conftest import Leader


def test_review_copy_and_pdf_show_risk_and_delegation(leader: Leader, tmp_path: Path) -> None:
    tasks.update_task(
        leader.workspace,
        leader.task_ids["Medisinutdeling"],
        risk_level=RiskLevel.HIGH,
        delegation_rule=DelegationRule.KEEP,
    )
    tasks.update_task(
        leader.workspace,
        leader.task_ids["Morgenstell"],
        risk_level=RiskLevel.MEDIUM,
        delegation_rule=DelegationRule.DELEGATE,
    )
    copy_path = tmp_path / "kopi.oppgave"
    leader.export(copy_path)
    with workspaces.open_workspace(copy_path) as copy:
        document = review_documents.review_document(copy, leader.department.id)
        rows = {row.name: row for group in document.groups for row in group.rows}
        assert rows["Medisinutdeling"].risk == "Risiko høy · beholdes"
        assert rows["Morgenstell"].risk == "Risiko middels · kan delegeres med veiledning"
        assert rows["Oppvask"].risk == "Risiko lav · kan overføres"
        target = tmp_path / "gjennomgang.pdf"
        review_documents.write_review_pdf(copy, target, leader.department.id)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "Risiko høy · beholdes" in text
    assert "Risiko middels · kan delegeres med veiledning" in text
