"""Gửi cho tỉnh: the period's two files exported afresh and an e-mail draft (.eml) beside them
with both attached, addressed to the province's address from the settings. The window opens
the draft in the mail program, shows the folder and copies subject and body for webmail."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.periods import Period
from desktop_app.services import Workspace, export_period
from exports.bundle import ExportResult
from desktop_app.core.mail import mail_body, mail_subject
from exports.mail_draft import write_mail_draft


@dataclass(frozen=True)
class MailDraft:
    export: ExportResult
    path: Path  # the .eml
    to: str
    subject: str
    body: str


def prepare_mail(ws: Workspace, period: str | Period, out_dir: str | Path, *, progress=None,
                 cancelled=None, mark_sent: bool = True, **document) -> MailDraft:
    """Export the PDF and the Excel file of `period` into `out_dir` and write `<stem>.eml`
    (`document`: the report's `doc_number` and `report_date`, as for `export_period`)."""
    result = export_period(ws, period, out_dir, progress=progress, cancelled=cancelled, mark_sent=False,
                           **document)
    to = ws.province_email
    path = write_mail_draft(result.submission, result.paths, Path(out_dir) / f"{result.submission.file_stem}.eml", to)
    if mark_sent:
        ws.mark_sent(result.submission)
    return MailDraft(result, path, to, mail_subject(result.submission),
                     mail_body(result.submission, [p.name for p in result.paths]))
