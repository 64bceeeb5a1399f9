"""The printed report (PDF), laid out as Decree 30/2020/NĐ-CP asks for a "Báo cáo".

A4: the text on portrait pages (body 165 mm wide), ending with the counts of the verdicts, the
closing and the signature, then the indicator table as the report's annex ("Phụ lục") on
landscape pages (body 252 mm), its header rows repeated on each; margins top and bottom 20 mm,
left 30 mm, right 15 mm; Times New Roman (or a metric-compatible serif, see `exports.fonts`),
embedded. Written from a `Submission` only: the same model the Excel file is written from, whose
fingerprint the signed page prints with a QR code.
"""
from __future__ import annotations

import io
from itertools import groupby
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.flowables import KeepTogether

from desktop_app.core.doc_number import printed_number
from desktop_app.core.periods import format_date
from desktop_app.core.report_info import REPLACES_KEY, replaces_info
from desktop_app.core.submission import SHORT_FINGERPRINT, Replaced, Submission
from desktop_app.core.term_end import term_end_title
from exports.atomic import write_bytes_atomic
from exports.fonts import FontSet, report_fonts
from exports.narrative_tables import blocks, narrative_table
from exports.official_page import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    NBSP,
    PAGE,
    ROMAN,
    OfficialHeader,
    _p,
    _Styles,
    document,
    escape,
    keep_comparators,
    opening,
    signature,
)
from exports.paper_version import paper_day
from exports.report_annex import ANNEX_REFERENCE, annex_story
from exports.report_rows import own_summary, summary_sentence


def recipients(sub: Submission) -> list[str]:
    """The "Nơi nhận" entries, the last one ending with a full stop."""
    kind = sub.unit_kind
    return [
        "- UBND tỉnh (b/c);",
        f"- Thường trực Đảng ủy {kind};",
        f"- Chủ tịch, các Phó Chủ tịch UBND {kind};",
        "- Lưu: VT.",
    ]


def replaced_words(old: Replaced, sub: Submission | None = None) -> str:
    """What the paper says it replaces, escaped: the report issued under that approval, "thay thế Báo cáo số
    45/BC-UBND ngày 08/04/2026 (bản mã 6ff1b4b7… đã duyệt ngày 05/04/2026)" (walk U20 F8: named by its code
    alone, the clerk could not find it in the register; from 0.3.0), or, not issued with a number or not known,
    "thay bản mã 6ff1b4b7… đã duyệt ngày 05/04/2026"."""
    code = (f"bản mã {escape(old.fingerprint[:SHORT_FINGERPRINT])}"
            + (f" đã duyệt ngày {escape(paper_day(old.approved_at, sub))}" if old.approved_at else ""))
    issued = old.issued
    if issued is None:
        return f"thay {code}"
    number = printed_number(issued.doc_number, issued.symbol)
    said = f"số {number}/{issued.symbol} " if number else ""
    return f"thay thế Báo cáo {escape(said)}ngày {format_date(issued.report_date)} ({code})"


def approval_line(sub: Submission) -> str:
    """The line under the code saying which approval the paper is of: "Duyệt ngày 05/04/2026.",
    or, when it replaces an earlier approval (the period reopened, or its approval voided, and
    approved again), "Duyệt lại ngày 10/04/2026, thay thế Báo cáo số 45/BC-UBND ngày 08/04/2026 (bản
    mã 6ff1b4b7… đã duyệt ngày 05/04/2026); lý do mở lại: …." (`Submission.replaces`,
    `replaced_words`): paper copies of the two tell themselves apart. Days in Vietnam time. "" for a draft."""
    if not sub.approved or not sub.approved_at:
        return ""
    old = sub.replaces
    if old is None:
        return f"<b>Duyệt ngày</b> {paper_day(sub.approved_at, sub)}."
    # Every field escaped: the province renders this line from what a received PDF states (red-team R5
    # F2: a fingerprint '<font x' made reportlab's markup fail).
    text = f"<b>Duyệt lại ngày</b> {escape(paper_day(sub.approved_at, sub))}, {replaced_words(old, sub)}"
    if old.reason:
        text += f"; {'lý do mở lại' if old.reopened else 'lý do'}: {escape(old.reason)}"
    return text if text.endswith((".", "!", "?")) else text + "."


def kept_field(label: str, code: str) -> str:
    """"<b>label:</b> code" whose words a line never parts: the province reads the code off the
    paper to compare it, and "Mã khóa của máy lập:" at a line's end with its code on the next
    read as a label without a value."""
    return f"<b>{escape(label).replace(' ', NBSP)}:</b>{NBSP}{escape(code)}"


def period_with_code(sub: Submission) -> str:
    """The period as the foot names it: its name, and its code (what `chitieu` commands and the
    province's files call it) only when the name does not spell it already: "Năm 2026", not
    "Năm 2026 (2026)"; "6 tháng đầu năm 2026 (mã 2026-6M)"."""
    return sub.period_name if sub.period in sub.period_name else f"{sub.period_name} (mã {sub.period})"


class SignedPageFoot(Flowable):
    """The foot of the signed page: preparer, fingerprint, the signing key's short code, when the
    report was approved (and which approval it replaces, `approval_line`) and the QR code of
    the submission identity. It takes its own height in the flow (so it is kept
    on the page of the signature block it follows, `build_story`) and draws at the bottom of
    the frame, so it sits at the foot of whatever page the signature is on."""

    QR = 24 * mm

    def __init__(self, sub: Submission, styles: _Styles, xlsx_name: str):
        super().__init__()
        self.sub, self.styles, self.xlsx_name = sub, styles, xlsx_name

    def _lines(self) -> list[Paragraph]:
        sub = self.sub
        key = f" &nbsp; {kept_field('Mã khóa của máy lập', sub.key_code)}" if sub.key_code else ""
        approved = approval_line(sub)
        texts = [
            f"<b>Người lập biểu:</b> {escape(sub.preparer or '')}",
            f"{kept_field('Mã xác thực báo cáo', sub.short_fingerprint)}{key}",
            *([approved] if approved else []),
            "Mã xác thực là dấu vân tay của số liệu: tỉnh tính lại nó từ tệp Excel gửi kèm; khác một "
            "chữ số là số liệu đã khác bản in này." + (" Mã khóa cho biết máy nào đã ký tệp." if key else ""),
            f"Đơn vị: {escape(sub.unit_name)} (mã {sub.unit_code}); kỳ báo cáo: "
            f"{escape(period_with_code(sub))}; bộ chỉ tiêu {escape(sub.catalog_version)}.",
            f"Tệp số liệu gửi kèm: {escape(self.xlsx_name)} (cùng mã xác thực; kiểm tra bằng "
            "lệnh <i>chitieu verify</i>).",
        ]
        return [Paragraph(t, self.styles.foot) for t in texts]

    def wrap(self, aw, ah):
        self.aw = aw
        self.paras = self._lines()
        self.text_h = sum(p.wrap(aw - self.QR - 6 * mm, 1000)[1] + 1 for p in self.paras)
        self.h = max(self.QR, self.text_h) + 4 * mm
        return aw, self.h

    def split(self, aw, ah):
        return []  # never split: move whole to the next page

    def draw(self):
        c, size = self.canv, self.QR
        # down to the frame's bottom (every frame of `document` has its bottom at the margin)
        c.translate(0, MARGIN_BOTTOM - c.absolutePosition(0, 0)[1])
        bottom = max(size, self.text_h)
        draw_qr(c, self.sub.qr_payload, self.aw - size, bottom - size, size)
        c.setLineWidth(0.4)
        c.line(0, bottom + 2 * mm, self.aw, bottom + 2 * mm)
        y = bottom - 2
        for p in self.paras:
            _, h = p.wrap(self.aw - size - 6 * mm, 1000)
            y -= h
            p.drawOn(c, 0, y)
            y -= 1


def qr_modules(payload: str, level: str = "M") -> tuple[tuple[bool, ...], ...]:
    """The dark/light modules of the QR code of `payload` (byte mode, UTF-8)."""
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    qr.addData(payload)
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


def draw_qr(canv, payload: str, x: float, y: float, size: float, border: int = 2) -> None:
    """Draw the QR code as one filled path: a square `size` wide at (x, y), quiet zone
    `border` modules. (reportlab's widget builds a shape per module: 100 ms.)"""
    modules = qr_modules(payload)
    n = len(modules)
    box = size / (n + 2 * border)
    path = canv.beginPath()
    for r, row in enumerate(modules):
        top = y + size - (r + border + 1) * box
        c = 0
        for dark, run in groupby(row):
            count = len(list(run))
            if dark:
                path.rect(x + (c + border) * box, top, count * box, box)
            c += count
    canv.saveState()
    canv.setFillColor(colors.black)
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


LONG_PARAGRAPH = 1500  # characters: reportlab re-wraps the rest of a paragraph at each page
BODY_WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT  # the frame's width on the text's portrait pages


class _Continued(Paragraph):
    """A piece of a long paragraph that the next piece continues: its last line is justified as
    the paragraph's other lines are (and stays so when the piece is split at a page's end:
    reportlab makes the pieces of a split of this class)."""
    _JustifyLast = True


def narrative_paragraphs(text: str, s: _Styles, width: float = BODY_WIDTH) -> list[Flowable]:
    """A narrative's paragraphs. A very long one (typed before sections were capped) is printed
    in pieces of about `LONG_PARAGRAPH` characters, so a report with pages of it is written in
    linear time; the pieces are cut between the lines the whole paragraph wraps to at the
    frame's `width`, so on paper it is one paragraph: indented once, no space between pieces,
    every line but its last justified. Rows of a table pasted from Word or Excel (lines with
    tabs) print as a table (`exports.narrative_tables`)."""
    out = []
    for block in blocks(text):
        if isinstance(block, list):
            table = narrative_table(block, s, width)
            if table is not None:
                out.append(table)
                continue
            # more columns than the page holds: its lines as text, a tab a space (as before tables)
            out.extend(narrative_paragraphs("\n".join(" ".join(row) for row in block), s, width))
            continue
        line = block.strip()
        if len(line) <= LONG_PARAGRAPH:
            if line:
                out.append(_wide_words_apart(line, s, width))
            continue
        whole = _wide_words_apart(line, s, width)
        whole.wrap(width, 1e9)  # once, whole: linear (only its splitting at pages is not)
        if whole.blPara.kind != 0:  # a line broken before a wide word (`_wide_words_apart`): whole
            out.append(whole)
            continue
        pieces, start, size = [], 0, 0
        lines = [words for _, words in whole.blPara.lines]
        for k, words in enumerate(lines):
            size += sum(map(len, words)) + len(words)
            if size >= LONG_PARAGRAPH or k == len(lines) - 1:
                pieces.append(" ".join(w for ws in lines[start:k + 1] for w in ws))
                start, size = k + 1, 0
        for k, piece in enumerate(pieces):
            last = k == len(pieces) - 1
            style = ((s.body if last else s.body_first) if k == 0 else s.body_on if last else s.body_mid)
            out.append((Paragraph if last else _Continued)(escape(piece), style))
    return out


def _wide_words_apart(line: str, s: _Styles, width: float) -> Paragraph:
    """`line` as a paragraph, a word wider than a line (a web address typed in the text) starting a
    line of its own, then broken where that line ends, as a browser breaks it (CSS `overflow-wrap:
    break-word`). reportlab's `splitLongWords` breaks it where it stands: "…triệu đồng; h" over
    "ttp://www.…" (walk U2 F13); its `uriWasteReduce` breaks a web address after a "/" only where the
    head fits, and then lets a part after the last "/" wider than a line run into the margin. The
    line before ends ragged: justified (`justifyBreaks`), its few words stood apart across the line."""
    words = keep_comparators(line).split(" ")
    wide = [stringWidth(w, s.body.fontName, s.body.fontSize) > width for w in words]
    if not any(wide[1:]):
        return _p(line, s.body)
    markup = escape(words[0]) + "".join(("<br/>" if w else " ") + escape(word) for word, w in zip(words[1:], wide[1:]))
    return Paragraph(markup, s.body)


def title(sub: Submission) -> str:
    """The summary line under "BÁO CÁO": the submission's, and in the term's last year report "… năm
    2030 và cả nhiệm kỳ 2026-2030" (`term_end.term_end_title`; walk U11 F4: it read as a year's only)."""
    return term_end_title(sub.report_title, sub.period)


def build_story(sub: Submission, f: FontSet, xlsx_name: str) -> list:
    s = _Styles(f)
    pw = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
    header = OfficialHeader(("ỦY BAN NHÂN DÂN", sub.unit_name.upper()), sub.doc_number_text,
                            sub.place_date_text, f, pw)
    story = opening(header, title(sub), "Ủy ban nhân dân tỉnh Thái Nguyên", s)
    period_words = title(sub).replace("Kết quả thực hiện ", "", 1)
    story.append(_p(
        f"Ủy ban nhân dân {sub.unit_running_name} báo cáo kết quả thực hiện {period_words} "
        "như sau:", s.body))
    for n, narrative in enumerate(sub.narratives):
        story.append(_p(f"{ROMAN[n]}. {narrative.title.upper()}", s.heading))
        story += narrative_paragraphs(narrative.text, s)
    # The last section states the counts and sends to the annex; the closing, "Nơi nhận", the
    # signature block and the foot (the codes the province compares with the signed paper) follow
    # it on the same page: a signature never stands alone on a page away from the text it signs,
    # nor the foot away from the signature. (The table once came first, on landscape pages of its
    # own, and the signature after it: page 1 held the header and a sentence, three sheets for
    # eight rows; walk-through 13, M5.)
    # The section's heading is kept with its sentences: its keepWithNext does not reach into a
    # KeepTogether, and after a narrative ending low on page 1 the heading stood alone at its foot.
    summary = [_p(f"{ROMAN[len(sub.narratives)]}. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", s.heading),
               Paragraph(f"<b>Tổng hợp {len(sub.assigned_items)} chỉ tiêu tỉnh giao:</b> "
                         f"{escape(summary_sentence(sub))}.", s.body)]
    if sub.own_summary_sentence():
        summary.append(_p(own_summary(sub), s.body))
    summary.append(_p(ANNEX_REFERENCE, s.body))
    story.append(KeepTogether(summary))  # the heading and the sentences on one page (were a page to overflow)
    closing = [_p(f"Trên đây là báo cáo kết quả thực hiện {period_words} của Ủy ban nhân dân "
                   f"{sub.unit_running_name}./.", s.body),
                Spacer(1, 6),
                signature(recipients(sub), sub.signer_title, sub.signer, s, pw, fields=sub.approved),
                Spacer(1, 6),
                SignedPageFoot(sub, s, xlsx_name)]
    story.append(KeepTogether(closing))
    return story + annex_story(sub, s)


def render_pdf(sub: Submission, fonts: FontSet | None = None, xlsx_name: str | None = None) -> bytes:
    """The report as PDF bytes."""
    f = fonts or report_fonts()
    buf = io.BytesIO()
    doc = document(
        buf, f, draft=not sub.approved, annex=landscape(PAGE),
        title=f"Báo cáo {title(sub)[:1].lower()}{title(sub)[1:]} - {sub.unit_name}",
        author=f"Ủy ban nhân dân {sub.unit_running_name}",
        subject=f"{sub.unit_code} {sub.period} {sub.fingerprint}",
        keywords=f"chitieu-submission; mã xác thực {sub.short_fingerprint}",
        creator=f"chitieu {sub.app_version}",
    )
    doc.build(build_story(sub, f, xlsx_name or f"{sub.file_stem}.xlsx"),
              canvasmaker=_canvas_stating(replaces_info(sub)))
    return buf.getvalue()


def _canvas_stating(replaces: str):
    """reportlab's canvas, its document information stating `replaces` under `REPLACES_KEY` when
    the paper names an approval it replaces (reportlab writes only the standard keys): the province
    renders the same paper from it (`desktop_app.core.report_info`)."""
    from reportlab.pdfbase.pdfdoc import PDFInfo, PDFString
    from reportlab.pdfgen.canvas import Canvas

    class Info(PDFInfo):
        def format(self, document):
            made = super().format(document)  # b"<< ... >>"
            return made[:-2] + REPLACES_KEY.encode("ascii") + b" " + PDFString(replaces).format(document) + b"\n>>"

    def make(*args, **kwargs):
        canv = Canvas(*args, **kwargs)
        if replaces:
            info = Info()
            info.__dict__.update(canv._doc.info.__dict__)
            canv._doc.info = info
        return canv

    return make


def write_report_pdf(sub: Submission, path: str | Path, fonts: FontSet | None = None) -> Path:
    """Write the report to `path` (through a temporary file, then renamed)."""
    return write_bytes_atomic(path, render_pdf(sub, fonts, xlsx_name=Path(path).with_suffix(".xlsx").name))
