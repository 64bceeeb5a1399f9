"""Whether a PDF is the report this program renders from a submission: byte for byte, but for the
moment it was rendered (`_WHEN`). One comparison for the commune, which sends and signs only its own
export (`desktop_app.mail.is_exported_report`, red-team 17 F3 and 22 F1), and for the province, which
compares the pages the first signature of a received PDF signed with the report rendered from the
workbook beside it (`desktop_app.signature_check`, red-team R3 F2: an export edited, then signed with
another tool, kept its Subject and was "hợp lệ"), rendering it with the approval the PDF states its
paper replaces (`desktop_app.core.report_info`: the workbook does not carry it).

reportlab is imported only to render (`rendered_report`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.submission import Replaced, Submission

# What a report rendered twice differs in (reportlab's document information and trailer): the
# moment it was made, and the file identifier, a digest of the moment among the rest.
_WHEN = re.compile(rb"/CreationDate \(D:\d{14}[-+Z0-9']{0,7}\)|/ModDate \(D:\d{14}[-+Z0-9']{0,7}\)"
                   rb"|\[<[0-9a-f]{32}><[0-9a-f]{32}>\]")
_FONTS = re.compile(rb"/BaseFont /[A-Z]{6}\+([!-~]{1,80}?)[\s/>]")


def rendered_report(sub: Submission, replaces: Replaced | None = None) -> bytes:
    """The report PDF this program renders from `sub` (with `replaces`: the approval its paper names,
    which the workbook does not carry), as the export writes it beside `<stem>.xlsx`."""
    from exports.report_pdf import render_pdf

    return render_pdf(replace(sub, replaces=replaces), xlsx_name=f"{sub.file_stem}.xlsx")


def same_but_when(data: bytes, made: bytes) -> bool:
    """Whether `data` is `made` byte for byte but for the moment each was made (`_WHEN`: the file's
    own moment stands where the render has its own; nothing else differs)."""
    when = [m.span() for m in _WHEN.finditer(made)]
    if len(data) != len(made) or len(when) != 3:
        return False
    taken, at = [], 0
    for start, end in when:
        if _WHEN.fullmatch(data[start:end]) is None:
            return False
        taken += [made[at:start], data[start:end]]
        at = end
    return b"".join(taken) + made[at:] == data


def is_rendered_report(data: bytes, sub: Submission) -> bool:
    """Whether `data` is the report PDF rendered from `sub` (its `replaces` included), but for the
    moment it was made."""
    return data.startswith(b"%PDF") and same_but_when(data, rendered_report(sub, sub.replaces))


def font_names(pdf: bytes) -> tuple[str, ...]:
    """The fonts a report PDF embeds, as their names say ("LiberationSerif-Bold"): a report rendered
    with other fonts (Times New Roman where this computer has Liberation Serif) differs in every
    byte after them, whatever its figures."""
    return tuple(sorted({m.decode("ascii") for m in _FONTS.findall(pdf)}))
