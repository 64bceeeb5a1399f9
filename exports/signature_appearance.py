"""What a digital signature shows on the report page: a one-page PDF exactly the size of its
signature field, drawn with the report's own fonts (embedded, every Vietnamese letter), which
the signing puts into the field as its appearance (`desktop_app.report_signing`).

Decree 30/2020, Phụ lục I, Phần II (docs/digital-signature.md):
- the signer's signature: the image of the handwritten signature (blue PNG, transparent)
  centred between the title and the name, the seal over its left third as on paper; without
  one, the words "Đã ký số" and the signer's name in blue, right of the seal. Short lines name
  the certificate's holder and the signing time, at the right, clear of the seal;
- the organisation's signature: the seal's image (red PNG) the size of the seal; without one,
  a red ring; over it the organisation's name and the signing time (ISO 8601, Vietnam time).
"""
from __future__ import annotations

import io
from itertools import chain

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_app.core.pdf_signature import SIGNATURE_IMAGE_SHARE, Box, seal_box
from exports.fonts import report_fonts
from exports.official_page import fit_line

BLUE = colors.Color(0.05, 0.2, 0.6)  # the decree's signature image is blue
RED = colors.Color(0.8, 0.05, 0.05)  # and the seal red


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The size at most `size` at which `text` fits `width`."""
    w = stringWidth(text, font, size)
    return size if w <= width else max(5.0, size * width / w)


def _image(canv: Canvas, data: bytes, x: float, y: float, width: float, height: float) -> None:
    """`data` (PNG) scaled to fit the box, centred, its transparency kept."""
    img = ImageReader(io.BytesIO(data))
    iw, ih = img.getSize()
    scale = min(width / iw, height / ih)
    w, h = iw * scale, ih * scale
    canv.drawImage(img, x + (width - w) / 2, y + (height - h) / 2, w, h, mask="auto")


def _fitted(text: str, font: str, size: float, width: float, height: float) -> tuple[float, list[str]]:
    """(size, lines) of `text` within `width` × `height` (lines `LEADING` × size apart): on one
    line at `size` or down to `ONE_LINE_LEAST` of it, else broken (`official_page.fit_line`) at
    the largest size its lines fit; a word wider than `width` is shrunk with the rest, never
    printed past it."""
    steps = [size - 0.25 * k for k in range(int(size / 0.25) - 4)]  # down to 1,25 pt
    tried = chain(((s, [text]) for s in steps if s >= size * ONE_LINE_LEAST),
                  (fit_line(text, font, (s,), width) for s in steps))
    least = min(1.0, width / max(stringWidth(text, font, 1), 1), height / LEADING)  # one line, however small
    return next(((s, lines) for s, lines in tried if len(lines) * s * LEADING <= height
                 and all(stringWidth(t, font, s) <= width for t in lines)), (least, [text]))


ONE_LINE_LEAST = 0.75  # of the largest size: a name smaller than this on one line is broken instead
LEADING = 1.2  # the appearance's lines, this times their size apart: a "g" clear of an "Ẫ" under it
GAP = 3  # pt between the seal's square and the signer's text


def signer_appearance(width: float, height: float, *, signer: str, signed_at: str,
                      image: bytes | None = None) -> bytes:
    """The signer's signature, `width` × `height` points. Its words are printed right of the
    seal's square (`seal_box`) whatever the name's length, shrunk and wrapped to fit: a
    certificate's long name ("Tôn Nữ Hoàng Phượng Nguyễn Phước Thị Minh Khai Bù") on one line
    from the block's middle ran over the seal's "PHÙNG"."""
    f = report_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), initialFontName=f.regular)
    left = min(seal_box(Box(0, 0, 0, width, height)).x2 + GAP, width / 2)
    right = width - 2
    column = right - left
    # Bottom right: who signed and when, the name wrapped on at most two lines.
    by_size, by = _fitted(f"Ký bởi: {signer}", f.regular, 7.5, column, 2 * 7.5 * LEADING)
    at_size, at = _fitted(f"Thời gian ký: {signed_at}", f.regular, 7.5, column, 7.5 * LEADING)
    info = [(by_size, t) for t in by] + [(at_size, t) for t in at]
    info_h = 2 + sum(size * LEADING for size, _ in info)
    if image:
        area_w = width * SIGNATURE_IMAGE_SHARE  # centred, under the seal's edge as on paper
        _image(c, image, (width - area_w) / 2, info_h, area_w, height - info_h)
    else:
        c.setFillColor(BLUE)
        c.setFont(f.bold, 10)
        mid = (left + right) / 2
        c.drawCentredString(mid, height - 14, "Đã ký số")
        room = height - 20 - info_h  # under "Đã ký số", over who signed
        size, lines = _fitted(signer, f.bold_italic, 15, column, room)
        c.setFont(f.bold_italic, size)
        y = height - 20 - (room - len(lines) * size * LEADING) / 2 - size  # the lines centred in their room
        for text in lines:
            c.drawCentredString(mid, y, text)
            y -= size * LEADING
    c.setFillColor(BLUE)
    y = info_h - 2
    for size, text in info:
        y -= size * LEADING
        c.setFont(f.regular, size)
        c.drawRightString(right, y + 0.25 * size, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def organisation_appearance(side: float, *, organisation: str, signed_at: str,
                            seal: bytes | None = None) -> bytes:
    """The organisation's signature, a `side` × `side` square."""
    f = report_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(side, side), initialFontName=f.regular)
    if seal:
        _image(c, seal, 0, 0, side, side)
    else:
        c.setStrokeColor(RED)
        c.setLineWidth(1.6)
        c.circle(side / 2, side / 2, side / 2 - 1.5)
        c.setLineWidth(0.7)
        c.circle(side / 2, side / 2, side / 2 - 5)
    c.setFillColor(RED)
    words, rows, row = organisation.split(), [], ""
    inner = side * 0.72
    for word in words:  # the name in as many lines as the ring's width needs
        trial = f"{row} {word}".strip()
        if row and stringWidth(trial, f.bold, 7) > inner:
            rows.append(row)
            row = word
        else:
            row = trial
    rows.append(row)
    y = side / 2 + 4 + 4 * len(rows)
    for text in rows:
        c.setFont(f.bold, _fit(text, f.bold, 7, inner))
        c.drawCentredString(side / 2, y, text)
        y -= 8.5
    for text in ("Thời gian ký:", signed_at):
        c.setFont(f.regular, _fit(text, f.regular, 6.5, inner))
        c.drawCentredString(side / 2, y - 2, text)
        y -= 7.5
    c.showPage()
    c.save()
    return buf.getvalue()
