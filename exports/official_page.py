"""The page of an official document as Decree 30/2020/NĐ-CP lays it out, shared by every PDF
the program prints (the commune's report, the province's summary report, the catalogue
update's cover note): A4, margins top and bottom 20 mm, left 30 mm, right 15 mm; the header
(issuer, Quốc hiệu, Tiêu ngữ, number, place and date), the styles of the text, tables numbered
(1), (2)… with their header repeated, the signature block, page numbers and the draft's mark.
"""
from __future__ import annotations

import html
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.core.catalog import OPS
from desktop_app.core.pdf_signature import LEADER_FIELD, ORG_FIELD, Box, seal_box
from desktop_app.core.wording import kept_whole
from exports.fonts import FontSet

def escape(text: str) -> str:
    """`text` inside a Paragraph's markup (&, < and >; as xml.sax.saxutils.escape, whose module
    imports urllib and email: ~20 ms of every command that writes a PDF)."""
    return html.escape(text, quote=False)


PAGE = A4
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm

BODY_SIZE = 14
BODY_LEADING = 18  # about 1,3 lines: within the decree's single to 1,5
TABLE_SIZE = 12
TABLE_LEADING = 14

DRAFT_MARK = "DỰ THẢO"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def signature_lines(signer_title: str) -> list[str]:
    """"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" for a vice-chair."""
    if signer_title.strip().lower().startswith("phó"):
        return ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    return ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


class _Styles:
    def __init__(self, f: FontSet):
        self.f = f
        base = dict(fontName=f.regular, fontSize=BODY_SIZE, leading=BODY_LEADING)
        self.title = ParagraphStyle("title", **{**base, "fontName": f.bold}, alignment=TA_CENTER)
        self.subtitle = ParagraphStyle("subtitle", **{**base, "fontName": f.bold, "leading": 17},
                                       alignment=TA_CENTER)
        self.center = ParagraphStyle("center", **base, alignment=TA_CENTER)
        self.body = ParagraphStyle("body", **base, alignment=TA_JUSTIFY, firstLineIndent=10 * mm,
                                   spaceAfter=6)
        # the pieces of a long paragraph (`narrative_paragraphs`): one paragraph on paper, the 6 pt
        # after the last piece only, the indent on the first only
        self.body_on = ParagraphStyle("body_on", parent=self.body, firstLineIndent=0)  # the last piece
        self.body_first = ParagraphStyle("body_first", parent=self.body, spaceAfter=0)
        self.body_mid = ParagraphStyle("body_mid", parent=self.body_on, spaceAfter=0)
        self.heading = ParagraphStyle("heading", **{**base, "fontName": f.bold},
                                      alignment=TA_JUSTIFY, firstLineIndent=10 * mm,
                                      spaceBefore=6, spaceAfter=6, keepWithNext=True)
        self.heading_table = ParagraphStyle("heading_table", parent=self.heading, keepWithNext=False)
        # the notes under the table: typed text with codes and web addresses, whose lines justified
        # stretched to gaps wider than a word; a web address too long for a line breaks after a "/"
        self.note = ParagraphStyle("note", parent=self.body, alignment=TA_LEFT, uriWasteReduce=0.3)
        # a note's lines as typed but its last (`report_annex.note_paragraphs`): each at the indent, the 6 pt
        # after the note's last only
        self.note_line = ParagraphStyle("note_line", parent=self.note, spaceAfter=0)
        cell = dict(fontName=f.regular, fontSize=TABLE_SIZE, leading=TABLE_LEADING)
        self.cell = ParagraphStyle("cell", **cell, alignment=TA_LEFT)
        self.cell_c = ParagraphStyle("cellc", **cell, alignment=TA_CENTER)
        self.cell_h = ParagraphStyle("cellh", **{**cell, "fontName": f.bold}, alignment=TA_CENTER)
        self.cell_g = ParagraphStyle("cellg", **{**cell, "fontName": f.bold}, alignment=TA_LEFT)
        self.cell_gc = ParagraphStyle("cellgc", **{**cell, "fontName": f.bold}, alignment=TA_CENTER)
        self.sign = ParagraphStyle("sign", fontName=f.bold, fontSize=14, leading=17,
                                   alignment=TA_CENTER)
        self.recv_title = ParagraphStyle("recvt", fontName=f.bold_italic, fontSize=12, leading=14)
        self.recv = ParagraphStyle("recv", fontName=f.regular, fontSize=11, leading=13)
        self.foot = ParagraphStyle("foot", fontName=f.regular, fontSize=11, leading=13.5)


NBSP = "\u00a0"
# A comparator and the number after it ("≥ 94", "Giảm ≥ 5%"): a line never ends between them.
_COMPARATOR_SPACE = re.compile("(?<=[" + re.escape("".join(OPS)) + r"]) (?=[-−+]?\d)")


def keep_comparators(text: str) -> str:
    """`text` with a no-break space between a comparator and its number, and inside a unit of
    two words ("điểm %", `wording.kept_whole`): how a PDF paragraph prints it (the texts
    themselves, signed and written to the Excel file, are not changed)."""
    return kept_whole(_COMPARATOR_SPACE.sub(NBSP, text))


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(keep_comparators(text)).replace("\n", "<br/>"), style)


def fit_line(text: str, font: str, sizes: tuple[float, ...], width: float, *,
             head: str = "") -> tuple[float, list[str]]:
    """(size, lines) to print `text` within `width`: on one line at the first of `sizes` it fits
    at, else at the last size broken after a "-", "/" or space (as few lines as that takes). A
    `head` ("Số:") the text starts with: broken after it first when the rest then fits one line, so
    a document's number and symbol are never split ("Số: 1234/BC-UBND-" over "VP.HĐND&UBND" was
    copied into a register as "1234/BC-UBND-": walk U4 F4); the spaces left for a number written by
    hand stay."""
    for size in sizes:
        if stringWidth(text, font, size) <= width:
            return size, [text]
    size, lines, rest = sizes[-1], [], text
    if head and text.startswith(head + " ") and stringWidth(text[len(head) + 1:], font, size) <= width:
        return size, [head, text[len(head) + 1:]]
    while stringWidth(rest, font, size) > width:
        cuts = [k + 1 for k, ch in enumerate(rest) if ch in "-/ " and 0 < k < len(rest) - 1
                and stringWidth(rest[:k + 1].rstrip(), font, size) <= width]
        if not cuts:
            break  # one word wider than the column: printed as it is
        lines.append(rest[:cuts[-1]].rstrip())
        rest = rest[cuts[-1]:].lstrip()
    return size, lines + [rest]


class OfficialHeader(Flowable):
    """The two-column header of template 1.4: issuing body (two lines) and number on the
    left; Quốc hiệu, Tiêu ngữ and the place-and-date line on the right."""

    def __init__(self, issuer: tuple[str, str], number_text: str, place_date_text: str, f: FontSet,
                 width: float):
        super().__init__()
        self.issuer, self.number_text, self.place_date_text = issuer, number_text, place_date_text
        self.f, self.width = f, width
        self.left_w = width * 0.39
        self.right_w = width - self.left_w
        # 13 pt bold, 12 pt when a long ward name would not fit its column.
        self.issuer_size = 13
        if max(stringWidth(t, f.bold, 13) for t in self.issuer) > self.left_w - 2 * mm:
            self.issuer_size = 12
        # the number line and the place-and-date line likewise: 13 pt, smaller for a long symbol
        # ("Số: 01/BC-UBND-VPHĐND&UBND") or place, broken into lines when still too long
        self.number_size, self.number_lines = fit_line(number_text, f.regular, (13, 12, 11, 10.5, 10),
                                                       self.left_w - 2 * mm, head="Số:")
        self.date_size, self.date_lines = fit_line(place_date_text, f.italic, (13, 12),
                                                   self.right_w - 2 * mm)
        more = max((len(self.number_lines) - 1) * (self.number_size + 2),
                   (len(self.date_lines) - 1) * (self.date_size + 2))
        self.height = 62 + more

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c, f = self.canv, self.f
        top = self.height
        lx = self.left_w / 2
        rx = self.left_w + self.right_w / 2
        y1, y2 = top - 12, top - 27
        # left: issuing body, a short line under it
        size = self.issuer_size
        c.setFont(f.bold, size)
        c.drawCentredString(lx, y1, self.issuer[0])
        c.drawCentredString(lx, y2, self.issuer[1])
        widest = max(stringWidth(t, f.bold, size) for t in self.issuer)
        line = widest * 0.4
        c.setLineWidth(0.6)
        c.line(lx - line / 2, y2 - 6, lx + line / 2, y2 - 6)
        # right: Quốc hiệu, Tiêu ngữ with a line as long as the text
        c.setFont(f.bold, 12)
        c.drawCentredString(rx, y1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        motto = "Độc lập - Tự do - Hạnh phúc"
        c.setFont(f.bold, 13)
        c.drawCentredString(rx, y2, motto)
        mw = stringWidth(motto, f.bold, 13)
        c.line(rx - mw / 2, y2 - 6.5, rx + mw / 2, y2 - 6.5)
        # number and place-and-date on one line
        y3 = y2 - 27
        for x, font, size, lines in ((lx, f.regular, self.number_size, self.number_lines),
                                     (rx, f.italic, self.date_size, self.date_lines)):
            c.setFont(font, size)
            for k, text in enumerate(lines):
                c.drawCentredString(x, y3 - k * (size + 2), text)


class CentredRule(Flowable):
    """A solid line, centred, of `fraction` of the preceding text's width."""

    def __init__(self, text_width: float, fraction: float = 0.4, space: float = 4):
        super().__init__()
        self.len = text_width * fraction
        self.space = space

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.space + 1

    def draw(self):
        self.canv.setLineWidth(0.6)
        y = 1
        self.canv.line((self.aw - self.len) / 2, y, (self.aw + self.len) / 2, y)


def _page_decorations(draft: bool, f: FontSet, own_numbers: bool = False):
    """The draft mark and the page number of each page; `own_numbers`: an annex's pages,
    numbered on their own from its first page, which shows no number (as the document's)."""
    first: list[int] = []

    def on_page(canv, doc):
        if not first:
            first.append(doc.page if own_numbers else 1)
        number = doc.page - first[0] + 1
        w, h = canv._pagesize
        canv.saveState()
        if draft:
            # a faint diagonal mark under the text, and a boxed mark in the top margin
            canv.setFillColor(colors.Color(0.9, 0.9, 0.9))
            canv.setFont(f.bold, 80)
            canv.translate(w / 2, h / 2)
            canv.rotate(35)
            canv.drawCentredString(0, -30, DRAFT_MARK)
            canv.rotate(-35)
            canv.translate(-w / 2, -h / 2)
            canv.setFillColor(colors.black)
            canv.setFont(f.bold, 13)
            tw = stringWidth(DRAFT_MARK, f.bold, 13)
            x1 = w - MARGIN_RIGHT
            y = h - 12 * mm
            canv.drawRightString(x1 - 2 * mm, y, DRAFT_MARK)
            canv.setLineWidth(0.8)
            canv.rect(x1 - tw - 4 * mm, y - 1.6 * mm, tw + 4 * mm, 6.6 * mm)
        if number > 1:
            canv.setFillColor(colors.black)
            canv.setFont(f.regular, 13)
            canv.drawCentredString(MARGIN_LEFT + (w - MARGIN_LEFT - MARGIN_RIGHT) / 2,
                                   h - 12 * mm, str(number))
        canv.restoreState()

    return on_page


def _frame(size, ident):
    w, h = size
    return Frame(MARGIN_LEFT, MARGIN_BOTTOM, w - MARGIN_LEFT - MARGIN_RIGHT,
                 h - MARGIN_TOP - MARGIN_BOTTOM, id=ident,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def document(buf, f: FontSet, *, draft: bool, annex=None, **meta) -> BaseDocTemplate:
    """An A4 document with the decree's margins: a portrait page template, a landscape one for
    the province's summary tables (`exports.consolidated_pdf`), and with `annex` (a page size)
    one for an annex after the signed page, "Phụ lục" (the commune's indicator table, landscape;
    a catalogue update's changed targets, portrait); every page numbered from the second, an
    annex's on their own, a draft marked on each."""
    decorate = _page_decorations(draft, f)
    doc = BaseDocTemplate(
        buf, pagesize=PAGE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, lang="vi",
        initialFontName=f.regular,  # else every page references an unembedded Helvetica
        initialFontSize=BODY_SIZE, **meta)
    doc.addPageTemplates([
        PageTemplate("portrait", frames=[_frame(PAGE, "p")], pagesize=PAGE, onPage=decorate),
        PageTemplate("landscape", frames=[_frame(landscape(PAGE), "l")],
                     pagesize=landscape(PAGE), onPage=decorate),
    ])
    if annex is not None:
        doc.addPageTemplates([PageTemplate("annex", frames=[_frame(annex, "a")], pagesize=annex,
                                           onPage=_page_decorations(draft, f, own_numbers=True))])
    return doc


def opening(header: OfficialHeader, title: str, recipient: str, s: _Styles) -> list:
    """The first page's top: the header, "BÁO CÁO" and the title over a short rule, "Kính gửi"."""
    rule = CentredRule(min(stringWidth(title, s.f.bold, BODY_SIZE), header.width), 0.4, space=6)
    return [header, Spacer(1, 14), _p("BÁO CÁO", s.title), _p(title, s.subtitle), rule, Spacer(1, 10),
            _p(f"Kính gửi: {recipient}.", s.center), Spacer(1, 12)]


CELL_PADDING = 6  # pt, left and right of a cell of `numbered_table`


def fitted_columns(columns, rows, f: FontSet, flexible: int = 1, free=()) -> list[tuple[str, float]]:
    """`columns` (title, mm), each widened to its longest word (titles bold, cells regular, at the
    table's size; words as the cells print them, `keep_comparators`) and the widening taken from
    column `flexible` (the indicator's name): reportlab breaks a word wider than its cell
    anywhere ("Có/Khô" over "ng"), and wraps only at spaces otherwise. Columns `free` hold what
    people type (a remark may quote a 40-letter web address) and are never widened: there a long
    word is broken. The name column gives at most `FLEXIBLE_SHARE` of its width; when more is
    wanted, every widening is scaled down to fit (a word still too wide is broken)."""
    def longest(texts, font) -> float:
        return max((stringWidth(w, font, TABLE_SIZE) for t in texts if t
                    for w in keep_comparators(t).replace("\n", " ").split(" ") if w), default=0)

    wanted = []
    for j, (title, width) in enumerate(columns):
        cells = [] if j in free else [r[j] for r in rows]
        need = max(longest([title], f.bold), longest(cells, f.regular)) + CELL_PADDING + 1
        wanted.append(max(0.0, need / mm - width) if j != flexible else 0.0)
    room = columns[flexible][1] * FLEXIBLE_SHARE
    scale = min(1.0, room / sum(wanted)) if sum(wanted) else 1.0
    out = [(title, width + extra * scale) for (title, width), extra in zip(columns, wanted)]
    out[flexible] = (out[flexible][0], columns[flexible][1] - sum(wanted) * scale)
    return out


FLEXIBLE_SHARE = 0.4  # of the name column's width, at most, given to the other columns' words


def numbered_table(columns, rows: list[list], s: _Styles, style=()) -> Table:
    """A ruled table under its column titles and their numbers (1), (2)…, both repeated on
    every page; `columns` are (title, width in mm)."""
    head = [_p(t, s.cell_h) for t, _ in columns]
    numbers = [_p(f"({n})", s.cell_gc) for n in range(1, len(columns) + 1)]
    t = Table([head, numbers, *rows], colWidths=[w * mm for _, w in columns], repeatRows=2)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONT", (0, 0), (-1, -1), s.f.regular, TABLE_SIZE),  # empty cells too: no Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *style,
    ]))
    return t


class SignatureSpace(Flowable):
    """The room to sign between the authority and the signer's name. In an approved report it
    also carries the two empty signature fields a digital signature goes into (PAdES,
    docs/digital-signature.md): the signer's over this very room, the organisation's where
    the seal goes (`seal_box`). Their places are recorded while the page is drawn, so
    signing never guesses where the block ended up."""

    def __init__(self, width: float, height: float, fields: bool):
        super().__init__()
        self.width, self.height, self.fields = width, height, fields

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        if not self.fields:
            return
        c = self.canv
        x1, y1 = c.absolutePosition(0, 0)
        x2, y2 = c.absolutePosition(self.width, self.height)
        block = Box(c.getPageNumber() - 1, x1, y1, x2, y2)
        # The signer's first, then the organisation's: viewers draw later widgets on top, and
        # the seal lies over the signature, as on paper.
        for name, box in ((LEADER_FIELD, block), (ORG_FIELD, seal_box(block))):
            add_signature_field(c, name, box)


def add_signature_field(canv, name: str, box: Box) -> None:
    """An empty, printable signature field (/FT /Sig widget) on the current page. reportlab's
    form API has no signature fields; this is the dictionary ISO 32000 §12.7.4.5 asks for,
    added the way reportlab adds its own fields."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString

    form = canv.acroForm
    form.sigFlags = 1  # SignaturesExist: viewers show the signature panel
    field = PDFDictionary(dict(
        FT=PDFName("Sig"), T=PDFString(name), Type=PDFName("Annot"), Subtype=PDFName("Widget"),
        Rect=PDFArray([round(v, 2) for v in (box.x1, box.y1, box.x2, box.y2)]), F=4,
        P=canv._doc.thisPageRef()))
    canv._addAnnotation(field)
    form.fields.append(form.getRef(field))


def signature(recipients: list[str], signer_title: str, signer: str, s: _Styles, width: float,
              fields: bool = False) -> Table:
    """"Nơi nhận" on the left; the signing authority, room to sign and the signer on the right
    (`fields`: with the empty digital signature fields, `SignatureSpace`)."""
    left = [_p("Nơi nhận:", s.recv_title)] + [_p(r, s.recv) for r in recipients]
    right = [_p(t, s.sign) for t in signature_lines(signer_title)]
    right_w = min(100 * mm, width * 0.55)
    right.append(SignatureSpace(right_w, 28 * mm, fields))  # room for the signature and the seal
    right.append(_p(signer, s.sign))
    t = Table([[left, right]], colWidths=[width - right_w, right_w])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), s.f.regular, 12),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (0, 0), 3),  # "Nơi nhận" a little below the authority line
    ]))
    return t
