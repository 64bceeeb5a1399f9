"""What a digital signature shows on the report page: a one-page PDF exactly the size of its
signature field, drawn with the report's own fonts (embedded, every Vietnamese letter), which
the signing puts into the field as its appearance (`desktop_app.report_signing`).

Decree 30/2020, Phụ lục I, Phần II (docs/digital-signature.md):
- the signer's signature: the image of the handwritten signature (blue PNG, transparent)
  centred between the title and the name; without one, the words "Đã ký số" and the signer's
  name in blue. A short line names the certificate's holder and the signing time, at the
  right, clear of the seal;
- the organisation's signature: the seal's image (red PNG) the size of the seal; without one,
  a red ring; over it the organisation's name and the signing time (ISO 8601, Vietnam time).
"""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_app.core.pdf_signature import SIGNATURE_IMAGE_SHARE
from exports.fonts import report_fonts

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


def signer_appearance(width: float, height: float, *, signer: str, signed_at: str,
                      image: bytes | None = None) -> bytes:
    """The signer's signature, `width` × `height` points."""
    f = report_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), initialFontName=f.regular)
    info_h = 17  # two small lines at the bottom
    area_w = width * SIGNATURE_IMAGE_SHARE
    area_x = (width - area_w) / 2
    if image:
        _image(c, image, area_x, info_h, area_w, height - info_h)
    else:
        c.setFillColor(BLUE)
        size = _fit(signer, f.bold_italic, 15, area_w)
        c.setFont(f.bold, 10)
        c.drawCentredString(width / 2, height - 22, "Đã ký số")
        c.setFont(f.bold_italic, size)
        c.drawCentredString(width / 2, height - 40, signer)
    # Right-aligned, from the middle of the block: the seal covers its left part.
    c.setFillColor(BLUE)
    lines = (f"Ký bởi: {signer}", f"Thời gian ký: {signed_at}")
    for n, text in enumerate(lines):
        size = _fit(text, f.regular, 7.5, width / 2 - 2)
        c.setFont(f.regular, size)
        c.drawRightString(width - 2, 10 - n * 8.5 + 0.5, text)
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
