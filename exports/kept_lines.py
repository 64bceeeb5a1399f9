"""A paragraph of the consolidated PDF report that breaks its lines once for each width.

reportlab lays a paragraph out again each time it is asked its size: a table asks each cell
while it measures its rows and again while it draws them, a chart page kept on its page
(`KeepInFrame`) asks its paragraphs while it fits the page and again while it draws it. Each
time the text's words were measured and broken into lines anew, at the same width: a fifth of
a 92-unit report's time went to breaking lines, half of it repeated.
"""
from __future__ import annotations

from reportlab.platypus import Paragraph

from exports.official_page import escape, keep_comparators


class KeptLines(Paragraph):
    """A `Paragraph` that keeps the lines it broke for its last width: asked again at that
    width, it gives the same size without breaking them again (its lines are the ones drawn)."""

    _kept: tuple | None = None  # (width, the lines reportlab broke, height)

    def wrap(self, availWidth, availHeight):
        kept = self._kept
        if kept is not None and kept[0] == availWidth and kept[1] is self.__dict__.get("blPara"):
            self.width, self.height = availWidth, kept[2]
            return availWidth, kept[2]
        size = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__ and self.width == availWidth:  # a width too narrow sets none
            self._kept = (availWidth, self.blPara, self.height)
        return size


def kept_cell(text: str, style) -> KeptLines:
    """`official_page._p`'s paragraph of a plain text, keeping its lines."""
    return KeptLines(escape(keep_comparators(text)).replace("\n", "<br/>"), style)
