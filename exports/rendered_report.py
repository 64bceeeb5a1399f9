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
import struct
from dataclasses import replace

from desktop_app.core.submission import Replaced, Submission

# What a report rendered twice differs in (reportlab's document information and trailer): the
# moment it was made, and the file identifier, a digest of the moment among the rest.
_WHEN = re.compile(rb"/CreationDate \(D:\d{14}[-+Z0-9']{0,7}\)|/ModDate \(D:\d{14}[-+Z0-9']{0,7}\)"
                   rb"|\[<[0-9a-f]{32}><[0-9a-f]{32}>\]")


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


def font_revision(program: bytes) -> str:
    """The revision an embedded TrueType font program states (its `head` table's fontRevision, "7.01"),
    "" when none can be read. Two computers' Times New Roman of different revisions draw the same
    report in different bytes, whatever its figures."""
    try:
        for i in range(min(struct.unpack_from(">H", program, 4)[0], 64)):
            tag, _, offset, _ = struct.unpack_from(">4sIII", program, 12 + 16 * i)
            if tag == b"head":
                return f"{struct.unpack_from('>i', program, offset + 4)[0] / 65536:.2f}"
    except struct.error:
        pass
    return ""


def other_revision(theirs: dict[str, str], ours: dict[str, str]) -> str:
    """Why a report PDF embedding the fonts `theirs` (name -> `font_revision`) may differ from this
    computer's render embedding `ours` without its figures differing: the same fonts, every one, but
    another revision of one of them (Times New Roman 7.00 and 7.01 draw the same report in different
    bytes); "" otherwise: other names, one more or fewer, none, or a revision that cannot be read
    excuse nothing (red-team R5 F1: an edited export with its fonts renamed or dropped)."""
    if not ours or set(theirs) != set(ours):
        return ""
    for name in sorted(ours):
        if theirs[name] and ours[name] and theirs[name] != ours[name]:
            return f"báo cáo in bằng phông chữ {name} phiên bản {theirs[name]}, máy này phiên bản {ours[name]}"
    return ""


def other_families(theirs: dict[str, str], ours: dict[str, str]) -> str:
    """How the fonts a report PDF embeds (`theirs`) differ in name from the render's (`ours`), as a
    difference of the file ("" when they do not): a page with no embedded font, or in none of the
    fonts the program prints in, is not the program's report."""
    if not theirs:
        return "tệp không nhúng phông chữ nào, báo cáo phần mềm in có nhúng phông chữ"
    if set(theirs) == set(ours):
        return ""
    return (f"tệp in bằng phông chữ {', '.join(sorted(theirs))[:120]}, báo cáo phần mềm in từ số liệu đó bằng "
            f"{', '.join(sorted(ours))}")
