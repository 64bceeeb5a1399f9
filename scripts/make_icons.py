"""Draw the application icon into resources/icons/ (PNG sizes for Qt, one .ico for Windows).

    python scripts/make_icons.py

A rounded square in the window header's blue, three rising bars (the indicators'
results) and a green tick (target met). Drawn with QPainter so it needs nothing else;
the files are committed, run this again only to change the drawing.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

BLUE = QColor("#1f4e79")
LIGHT = QColor("#dbe8f5")
GREEN = QColor("#2e7d32")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    p.setBrush(LIGHT)
    for i, height in enumerate((70, 112, 154)):  # three rising bars
        x = 44 + i * 50
        p.drawRoundedRect(QRectF(x, 206 - height, 38, height), 6, 6)
    p.setBrush(GREEN)
    p.setPen(QPen(QColor("white"), 10))
    p.drawEllipse(QPointF(184, 80), 50, 50)
    tick = QPainterPath(QPointF(160, 80))
    tick.lineTo(178, 100)
    tick.lineTo(210, 62)
    pen = QPen(QColor("white"), 16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(tick)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def write_ico(path: Path, images: dict[int, bytes]) -> None:
    """An .ico holding PNG images (Windows Vista and later read them)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = images[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    path.write_bytes(header + entries + blobs)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in SIZES:
        data = png_bytes(draw(size))
        (OUT / f"chitieu-{size}.png").write_bytes(data)
        pngs[size] = data
    write_ico(OUT / "chitieu.ico", {s: pngs[s] for s in ICO_SIZES})
    for path in sorted(OUT.iterdir()):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
