"""The cover note (công văn gửi kèm) of a catalogue update, in the format of Decree 30/2020/NĐ-CP.

Written by the province beside the update file when it publishes a new catalogue version
(`desktop_app.catalog_update.publish`): an administrative letter from the province office to
the communes and wards, with, when a target changed at more units than the letter names
(`catalog_changes.needs_annex`), an annex after the signed page listing each unit's changed
target, old and new ("Phụ lục", its pages numbered on their own, the table's header repeated
on each). The header, page layout, fonts and signature block are the
official page's (`exports.official_page`), with the letter's own parts: the number line of a
công văn (`UBND-VP`, left blank for the clerk to number) and the "V/v" summary under it. The
body names the new version and the one it replaces, the update file and its fingerprint
(short and in full), the changes (`catalog_changes.describe_changes`, the words the commune's
import dialog and the command line show), and, set apart in a box, large, the
province's signing-key code in groups of four: the code each commune types from this paper
at its first import (`catalog_update.check_signer`), never from the file or a screen.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from itertools import groupby
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from desktop_app.core.catalog_changes import UnitTargetChange, needs_annex
from desktop_app.core.consolidation import ProvinceSettings
from desktop_app.core.submission import date_words, number_text
from exports.atomic import write_bytes_atomic
from exports.fonts import FontSet, report_fonts
from exports.official_page import (
    BODY_SIZE,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    NBSP,
    PAGE,
    OfficialHeader,
    _p,
    _Styles,
    document,
    escape,
    fitted_columns,
    numbered_table,
    signature,
)

RECIPIENT = "Ủy ban nhân dân các xã, phường"
# A công văn's symbol is the issuing body's abbreviation, then the drafting unit's (Decree 30,
# Appendix III): the province office (Văn phòng UBND tỉnh) drafts and sends the update.
DRAFTING_UNIT = "VP"
RECIPIENTS = [
    "- Như trên;",
    "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
    "- Lưu: VT.",
]
SUBJECT_SIZE = 12  # the "V/v" line: 12-13 pt, upright
CODE_SIZE = 26  # the key code: read by eye and typed letter by letter


def letter_symbol(report_symbol: str) -> str:
    """The công văn's symbol from the report's: "BC-UBND" -> "UBND-VP". A symbol of Decree 30 is
    two parts, issuer and drafting unit: a province whose prefix names its drafting unit already
    ("BC-UBND-VP", "BC-UBND-VPHĐND&UBND") has it kept, never "UBND-VP-VP"."""
    body = report_symbol.removeprefix("BC-") or "UBND"
    return body if "-" in body else f"{body}-{DRAFTING_UNIT}"


def grouped(hex_digits: str, size: int = 8) -> str:
    """"1a2b3c4d5e6f…" -> "1a2b3c4d 5e6f…": a long fingerprint compared group by group."""
    return " ".join(hex_digits[i:i + size] for i in range(0, len(hex_digits), size))


def subject(update: dict) -> str:
    """The "V/v" summary, "chỉ tiêu" one word (a no-break space): balanced, it read "V/v cập
    nhật bộ chỉ / tiêu phiên bản 2026.2" (walk 11, finding 9)."""
    return f"V/v cập nhật bộ chỉ{NBSP}tiêu phiên bản {update['catalog_version']}"


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` wrapped at its spaces only, never at a no-break space (reportlab's simpleSplit
    breaks at both); a word wider than `width` stands alone on its line."""
    lines: list[str] = []
    for word in text.split(" "):
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and stringWidth(joined.replace(NBSP, " "), font, size) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` in as few lines as fit `width`, made as even as they can be: "V/v cập nhật bộ chỉ
    tiêu / phiên bản 2026.2", never a last line holding only the version. Words joined by a
    no-break space stay on one line; the lines keep it (drawn as a space)."""
    lines = _wrapped(text, font, size, width)
    low, high = 0.0, width
    while high - low > 1:
        mid = (low + high) / 2
        if len(_wrapped(text, font, size, mid)) <= len(lines):
            high = mid
        else:
            low = mid
    return _wrapped(text, font, size, high)


class LetterHeader(OfficialHeader):
    """The report's two-column header with a công văn's summary ("V/v …") centred under the
    number, wrapped to the left column, under the number's last line when a long symbol breaks
    it (`OfficialHeader` fits it): put under its first, the "VP" of "…&UBNDW-" / "VP" printed
    over "V/v"."""

    def __init__(self, issuer, number, place_date, summary: str, f: FontSet, width: float):
        super().__init__(issuer, number, place_date, f, width)
        self.summary = balanced_lines(summary, f.regular, SUBJECT_SIZE, self.left_w - 4 * mm)
        self.extra = 4 + len(self.summary) * (SUBJECT_SIZE + 2)
        self.height += self.extra

    def draw(self):
        super().draw()
        c = self.canv
        c.setFont(self.f.regular, SUBJECT_SIZE)
        # under the number's last line (its first 54 pt below the top, `OfficialHeader.draw`)
        y = self.height - 54 - (len(self.number_lines) - 1) * (self.number_size + 2) - 16
        for line in self.summary:
            c.drawCentredString(self.left_w / 2, y, line.replace(NBSP, " "))
            y -= SUBJECT_SIZE + 2


def _key_box(code: str, s: _Styles, width: float) -> Table:
    """The key code set apart: a ruled box, the code large on a line of its own, and what to do
    with it."""
    f = s.f
    label = ParagraphStyle("keylabel", fontName=f.bold, fontSize=BODY_SIZE, leading=18, alignment=TA_CENTER)
    big = ParagraphStyle("keycode", fontName=f.bold, fontSize=CODE_SIZE, leading=CODE_SIZE + 6,
                         alignment=TA_CENTER)
    note = ParagraphStyle("keynote", fontName=f.regular, fontSize=13, leading=16.5, alignment=TA_JUSTIFY,
                          spaceBefore=4)
    cells = [
        Paragraph("Mã khóa ký của tỉnh:", label),
        Paragraph(escape(code), big),
        Paragraph("Khi nhập bản cập nhật lần đầu, cán bộ <b>gõ mã này từ công văn giấy</b> (chữ cái và chữ số "
                  "từ 2 đến 7, không có số 0, số 1), không chép từ tệp hay màn hình. <b>Tệp ký bằng khóa khác "
                  "không được nhập</b>; báo ngay cho Văn phòng Ủy ban nhân dân tỉnh.", note),
    ]
    t = Table([[c] for c in cells], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (0, 0), 8),
        ("BOTTOMPADDING", (0, -1), (0, -1), 9),
    ]))
    return t


ANNEX_TITLE = "Chỉ tiêu giao từng đơn vị đã thay đổi"
ANNEX_REFERENCE = "Chỉ tiêu giao của từng đơn vị đã thay đổi (cũ → mới): xem Phụ lục kèm theo Công văn này."
# (title, width in mm) of the annex's table, on a portrait page (165 mm); widened to its words
# at printing (`fitted_columns`), the unit's name giving the room.
ANNEX_COLUMNS = (
    ("STT", 11),
    ("Xã, phường", 83),
    ("Chỉ tiêu giao cũ", 35.5),
    ("Chỉ tiêu giao mới", 35.5),
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


# The words before a place's name on the issuer's second line, written in lower case in a sentence.
_PLACE_KINDS = ("thành phố", "đặc khu", "tỉnh", "xã", "phường")


def issuer_words(issuer: tuple[str, str]) -> str:
    """The issuing body as a sentence and a document's metadata write it: ("ỦY BAN NHÂN DÂN",
    "TỈNH THÁI NGUYÊN") -> "Ủy ban nhân dân tỉnh Thái Nguyên", "THÀNH PHỐ HẢI PHÒNG" -> "thành phố
    Hải Phòng" (str.title() wrote "Ủy Ban Nhân Dân Tỉnh Thái Nguyên"). A second line of another
    kind: its first word in lower case, as for "tỉnh"."""
    place = " ".join(issuer[1].split()).lower()
    kind = next((k for k in _PLACE_KINDS if place.startswith(k + " ")), place.partition(" ")[0])
    name = place[len(kind):].strip().title()
    return " ".join(w for w in (issuer[0].strip().lower().capitalize(), kind, name) if w)


_OPERATOR = re.compile(r"(?<=[=≥≤<>]) (?=[0-9−-])")


def _glued(text: str) -> str:
    """A target's operator kept on the line of its number ("= 100", "≥ 97": never "=" at a line's end)."""
    return _OPERATOR.sub(NBSP, text)


def annex_story(changes: list[UnitTargetChange], settings: ProvinceSettings, number: str, day: dt.date,
                s: _Styles) -> list:
    """The annex (Decree 30: "Phụ lục", its title, "(Kèm theo Công văn số … ngày … của …)"), on
    pages of its own after the signed page: one row per unit and indicator, by unit in the
    catalogue's order, the old target and the new."""
    italic = ParagraphStyle("annexref", parent=s.center, fontName=s.f.italic, fontSize=13, leading=16)
    number = number.removeprefix("Số:").strip()
    number = number if not number.startswith("/") else "\u00a0" * 8 + number  # room for the number by hand
    texts, style = [], []
    for g, (_, group) in enumerate(groupby(changes, key=lambda c: c.indicator_no)):
        group = sorted(group, key=lambda c: c.unit_no)
        at = len(texts) + 2  # below the two header rows
        style += [("SPAN", (1, at), (-1, at)), ("NOSPLIT", (0, at), (0, at + 1))]  # kept with its first unit
        texts.append((ROMAN[g] if g < len(ROMAN) else str(g + 1), f"{group[0].indicator} ({group[0].measure})"))
        texts += [(str(n), c.unit_name, _glued(c.old), _glued(c.new)) for n, c in enumerate(group, 1)]
    cells = [[_p(t[0], s.cell_gc), _p(t[1], s.cell_g), "", ""] if len(t) == 2 else
             [_p(text, s.cell if col == 1 else s.cell_c) for col, text in enumerate(t)] for t in texts]
    columns = fitted_columns(ANNEX_COLUMNS, [t for t in texts if len(t) > 2], s.f, flexible=1)
    return [
        NextPageTemplate("annex"), PageBreak(),
        _p("Phụ lục", s.title), _p(ANNEX_TITLE.upper(), s.title),
        _p(f"(Kèm theo Công văn số {number} {date_words(day)} của {issuer_words(settings.issuer)})", italic),
        Spacer(1, 10), numbered_table(columns, cells, s, style),
    ]


def build_story(update: dict, settings: ProvinceSettings, file_name: str, f: FontSet, *,
                doc_number: str = "", annex: list[UnitTargetChange] = ()) -> list:
    s = _Styles(f)
    pw = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
    version, base, fp = update["catalog_version"], update["base_version"], update["fingerprint"]
    day = dt.datetime.fromisoformat(update["issued_at"]).date()
    number = number_text(doc_number, letter_symbol(settings.doc_symbol))
    header = LetterHeader(settings.issuer, number, f"{settings.place}, {date_words(day)}", subject(update), f, pw)
    item = ParagraphStyle("item", parent=s.body, firstLineIndent=0, leftIndent=10 * mm, spaceAfter=2)
    story = [header, Spacer(1, 12), _p(f"Kính gửi: {RECIPIENT}.", s.center), Spacer(1, 8)]
    story.append(_p(
        f"Ủy ban nhân dân tỉnh ban hành bộ chỉ tiêu phiên bản {version}, thay thế phiên bản {base}, và gửi kèm "
        "công văn này tệp cập nhật bộ chỉ tiêu:", s.body))
    story += [
        Paragraph(f"- Tên tệp: <b>{escape(file_name)}</b>;", item),
        Paragraph(f"- Mã xác thực nội dung (SHA-256) rút gọn: <b>{fp[:16]}</b>; đầy đủ:", item),
        Paragraph(grouped(fp), ParagraphStyle("fp", parent=item, alignment=TA_CENTER, leftIndent=0)),
    ]
    changes = list(update.get("changes") or [])
    if changes:
        story.append(_p(f"Nội dung thay đổi so với phiên bản {base}:", s.body))
        story += [_p(_glued(f"{n}. {line}").replace(" → ", f" →{NBSP}"), item) for n, line in enumerate(changes, 1)]
    with_annex = bool(annex) and needs_annex(list(annex))
    if with_annex:
        story.append(_p(ANNEX_REFERENCE, s.body))
    story += [Spacer(1, 4), KeepTogether([_key_box(update["key_code"], s, pw)]), Spacer(1, 6)]
    story.append(KeepTogether([
        _p("Đề nghị Ủy ban nhân dân các xã, phường nhập bản cập nhật trước khi lập báo cáo kỳ tiếp theo (số liệu "
           "đã nhập và các kỳ báo cáo đã duyệt không thay đổi); nếu có vướng mắc, liên hệ Văn phòng Ủy ban nhân "
           "dân tỉnh để được hướng dẫn./.", s.body),
        Spacer(1, 4),
        signature(RECIPIENTS, settings.signer_title, settings.signer, s, pw)]))
    if with_annex:
        story += annex_story(list(annex), settings, number, day, s)
    return story


def render_cover_note(update: dict, settings: ProvinceSettings, file_name: str, fonts: FontSet | None = None,
                      *, doc_number: str = "", annex: list[UnitTargetChange] = ()) -> bytes:
    """The cover note of `update` (as `catalog_update.build_update` makes it, signed), sent with
    the file named `file_name`, as PDF bytes; `annex`: each unit's changed target
    (`catalog_changes.target_changes`), listed after the signed page when the letter counts
    some of them instead of naming them."""
    f = fonts or report_fonts()
    buf = io.BytesIO()
    doc = document(buf, f, draft=False, annex=PAGE, title=subject(update).replace(NBSP, " "),
                   author=issuer_words(settings.issuer), subject=f"{update['catalog_version']} {update['fingerprint']}",
                   creator="chitieu (cấp tỉnh)")
    doc.build(build_story(update, settings, file_name, f, doc_number=doc_number, annex=annex))
    return buf.getvalue()


def write_cover_note(update: dict, settings: ProvinceSettings, path: str | Path, file_name: str,
                     fonts: FontSet | None = None, annex: list[UnitTargetChange] = ()) -> Path:
    return write_bytes_atomic(path, render_cover_note(update, settings, file_name, fonts, annex=annex))
