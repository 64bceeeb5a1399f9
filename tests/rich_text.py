"""What a rich-text label shows of its links, as Qt lays them out."""
from __future__ import annotations


def links(html: str) -> list[tuple[str, bool]]:
    """Each link's words in `html` and whether Qt underlines them."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html)
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                found.append((fragment.text(), fragment.charFormat().fontUnderline()))
            it += 1
        block = block.next()
    return found
