"""The colour of a text by what it means (a note, a warning, a refusal…), for the palette it is drawn on.

Each meaning has the colour the program always drew it in, dark on a light window, and a light one for a
dark window (Windows' dark mode, High Contrast): a note in #555 on Windows' dark grey was 2.2 : 1, a refusal
in #b71c1c 2.5 : 1, unreadable (walk U23). Which one is decided by the background's lightness: the window's
(a label), the base's (a table cell, `on_base`), or a cell's own background (`on`). Either is then checked
against that background by the WCAG formula and, if under 4.5 : 1 (a palette neither light nor dark), the
palette's own text colour is drawn instead. Muted notes on a dark palette take its PlaceholderText, as the
system draws its own hints, where that reads at 4.5 : 1.

Text on a fixed pale background (the verdict cells, the yellow bars, a refused cell's red) keeps the
program's dark colours (ui.common) on any palette: there it always reads.

Colours are read when a widget is built or its line written, not again on a live switch of the system's theme.
"""
from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

MIN_CONTRAST = 4.5  # WCAG AA for text of the usual size


class Meaning(Enum):
    """(the colour on a light background, as always; the colour on a dark one)."""

    NOTE = ("#555555", "#b0b0b0")  # a note or hint under a field, the keys' line
    HINT = ("#455a64", "#b0bec5")  # the province's notes (blue grey)
    MUTED = ("#6b6b6b", "#a8a8a8")  # what is not there yet: a period not started, no file chosen
    WARNING = ("#6d4c00", "#ffd54f")  # "⚠ Lưu ý", "ℹ" lines under the table
    REFUSAL = ("#b71c1c", "#ff8a80")  # "✖ Chưa lưu", a form's refused value, a backup failed
    DONE = ("#1b5e20", "#81c784")  # "Đã xuất"
    OWN_TARGET = ("#0d47a1", "#90caf9")  # the commune's own target under the province's
    KEY_MISMATCH = ("#880e4f", "#f48fb1")  # a file refused by the key register (province)
    DUE = ("#8a4b00", "#ffb74d")  # a copy out of this computer due

    @property
    def light(self) -> QColor:
        return QColor(self.value[0])

    @property
    def dark(self) -> QColor:
        return QColor(self.value[1])


MUTED_MEANINGS = (Meaning.NOTE, Meaning.HINT, Meaning.MUTED)
BY_LIGHT = {m.value[0]: m for m in Meaning}  # "#b71c1c" -> REFUSAL: a colour kept by its light value


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(background: QColor) -> bool:
    return background.lightnessF() < 0.5


def _palette(widget: QWidget | None) -> QPalette:
    if widget is not None:
        return widget.palette()
    return QGuiApplication.palette() if QGuiApplication.instance() is not None else QPalette()


def _over(colour: QColor, background: QColor) -> QColor:
    """A colour with transparency as drawn over `background` (Qt's PlaceholderText is often half opaque)."""
    a = colour.alphaF()
    if a >= 1:
        return QColor(colour)
    mixed = QColor()
    mixed.setRgbF(*(a * c + (1 - a) * b for c, b in ((colour.redF(), background.redF()),
                                                     (colour.greenF(), background.greenF()),
                                                     (colour.blueF(), background.blueF()))))
    return mixed


def on(meaning: Meaning | str, background: QColor, palette: QPalette | None = None,
       text_role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QColor:
    """The colour of `meaning` on `background` (a meaning, or its light colour "#b71c1c"; another colour is
    kept on a light background and drawn in the palette's text colour on a dark one if it does not read)."""
    if isinstance(meaning, str):
        meaning = BY_LIGHT.get(QColor(meaning).name(), meaning)
    palette = palette or _palette(None)
    background = _over(background, palette.color(QPalette.ColorRole.Window))
    if isinstance(meaning, Meaning):
        if not is_dark(background):
            chosen = meaning.light
        elif meaning in MUTED_MEANINGS and contrast(
                placeholder := _over(palette.color(QPalette.ColorRole.PlaceholderText), background),
                background) >= MIN_CONTRAST:
            chosen = placeholder
        else:
            chosen = meaning.dark
    else:
        chosen = QColor(meaning)
    if contrast(chosen, background) >= MIN_CONTRAST:
        return chosen
    text = _over(palette.color(text_role), background)
    if contrast(text, background) >= MIN_CONTRAST:
        return text
    return QColor("#000000") if luminance(background) > 0.18 else QColor("#ffffff")


def ink(meaning: Meaning | str, widget: QWidget | None = None) -> QColor:
    """`meaning`'s colour for a text on `widget`'s window background (a label; None: the application's)."""
    palette = _palette(widget)
    return on(meaning, palette.color(QPalette.ColorRole.Window), palette)


def on_base(meaning: Meaning | str, widget: QWidget | None = None) -> QColor:
    """`meaning`'s colour on the base of a list, table or box (`widget`'s; None: the application's)."""
    palette = _palette(widget)
    return on(meaning, palette.color(QPalette.ColorRole.Base), palette, QPalette.ColorRole.Text)


def named(meaning: Meaning | str, widget: QWidget | None = None) -> str:
    """`ink` as "#rrggbb", for a style sheet or a rich-text span."""
    return ink(meaning, widget).name()


def style(meaning: Meaning | str, widget: QWidget | None = None, more: str = "") -> str:
    """A style sheet of `meaning`'s colour on the window: "color: #b71c1c;" (+ `more`)."""
    return f"color: {named(meaning, widget)};{' ' + more if more else ''}"
