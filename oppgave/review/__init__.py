"""The HMS review round trip's Qt-free logic that is not a service (DESIGN §2, issue 7).

* :mod:`~oppgave.review.fingerprint` — SHA-256 fingerprints over a canonical serialisation of a
  department's content and of each task, so an import can tell a tampered copy and the tasks
  that changed since the copy was made.
* :mod:`~oppgave.review.pdf_fonts` — the Unicode font the review PDF is set in.
* :mod:`~oppgave.review.review_pdf` — the printable review form (ReportLab), and flowables of
  the working-environment summary and the comment summary for the PDF report.

Nothing here imports Qt or opens a session; the services in :mod:`oppgave.services.review` and
:mod:`oppgave.services.review_comments` gather the records and call these functions.
"""
