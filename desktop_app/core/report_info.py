"""What the report PDF's document information states beyond its Subject (`pdf_signature.report_document`):
the earlier approval its paper says it replaces (`Submission.replaces`: "Duyệt lại ngày …, thay bản mã
…; lý do mở lại: …", from the commune's history, which the workbook does not carry).

The province renders a received report again from the workbook beside it to compare the pages signed
(`exports.rendered_report`); the paper's approval line it can render only from what the PDF states
here. A PDF stating another approval than the paper's differs from the render in that line; one whose
line and statement were both changed differs from the genuine paper in that line alone, never in a
figure, which the render takes from the workbook.

Qt-free and without I/O.
"""
from __future__ import annotations

import json

from desktop_app.core.submission import Replaced, Submission

# The report's own key in its document information: JSON of the `Replaced` the paper prints.
REPLACES_KEY = "/ChiTieuReplaces"
# A reason longer than this is not a leader's typed reason but a file made to be slow to render.
MAX_REPLACES = 4000


def replaces_info(sub: Submission) -> str:
    """What the report's document information states under `REPLACES_KEY`: the approval its paper
    says it replaces (`exports.report_pdf.approval_line`), "" when it names none."""
    old = sub.replaces
    if old is None or not sub.approved or not sub.approved_at:
        return ""
    return json.dumps({"fingerprint": old.fingerprint, "approved_at": old.approved_at, "reason": old.reason,
                       "reopened": old.reopened}, ensure_ascii=False, sort_keys=True)


def read_replaces(text: str) -> Replaced | None:
    """The `Replaced` a report's `REPLACES_KEY` states (`replaces_info`); None when it states none, or
    nothing of that form."""
    if not text or len(text) > MAX_REPLACES:
        return None
    try:
        found = json.loads(text)
        old = Replaced(found["fingerprint"], found["approved_at"], found["reason"], found["reopened"])
    except (ValueError, TypeError, KeyError):
        return None
    values = (old.fingerprint, old.approved_at, old.reason, old.reopened)
    return old if all(isinstance(v, kind) for v, kind in zip(values, (str, str, str, bool))) else None
