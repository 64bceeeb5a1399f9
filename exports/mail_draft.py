"""The e-mail to the province as a draft file (.eml) with both files attached: a mailto: link
cannot carry attachments, and officers forgot one of the two. `X-Unsent: 1` makes Outlook
open the file as a message ready to send; Thunderbird and Windows Mail open it too.

The message is official: Vietnamese whatever the interface language."""
from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from desktop_app.core.mail import mail_body, mail_subject
from desktop_app.core.submission import Submission
from exports.atomic import write_bytes_atomic

_TYPES = {".pdf": ("application", "pdf"),
          ".xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")}


def mail_draft(sub: Submission, attachments: list[Path], to: str = "") -> EmailMessage:
    """The message itself: To (may be empty, the officer fills it in), subject, body, files."""
    msg = EmailMessage(policy=SMTP)  # CRLF line ends, as .eml readers expect
    if to:
        msg["To"] = to
    msg["Subject"] = mail_subject(sub)
    msg["X-Unsent"] = "1"
    msg.set_content(mail_body(sub, [p.name for p in attachments]), charset="utf-8")
    for path in attachments:
        maintype, subtype = _TYPES.get(path.suffix.lower(), ("application", "octet-stream"))
        msg.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
    return msg


def write_mail_draft(sub: Submission, attachments: list[Path], path: str | Path, to: str = "") -> Path:
    """Write the draft to `path` (atomically, like every file we write)."""
    return write_bytes_atomic(path, mail_draft(sub, attachments, to).as_bytes())
