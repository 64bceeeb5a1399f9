"""What every window shares: the font, verdict colours, dates, and the one way errors are shown."""
from __future__ import annotations

import datetime as dt
import re
import sys
import traceback

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox, QSplitter, QWidget

from desktop_app.core.catalog import Target
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.evaluation import Verdict
from desktop_app.core.vietnam_time import in_vietnam
from desktop_app.core.wording import source_words
from ui import colours
from ui.colours import Meaning
from ui.i18n import is_english, translate
from ui.keyboard import unprompted_boxes
from ui.plain_text import as_plain

# The product's Vietnamese name (window titles of the province side, the installer); the
# interface shows app_title(), its translation.
APP_NAME = "Chỉ tiêu xã, phường"  # untranslated: the product's name
VIETNAMESE_SAMPLE = "ĐđẠạẶặỆệỢợỮữƯư"  # untranslated: letters a font must draw
PREFERRED_FAMILIES = ("Segoe UI", "DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Tahoma")

# Background and text colour of each verdict; the verdict's words are always shown too.
VERDICT_COLOURS: dict[Verdict, tuple[str, str]] = {
    Verdict.VUOT: ("#c8e6c9", "#1b5e20"),
    Verdict.DAT: ("#e3f2d5", "#2e5d14"),
    Verdict.KHONG_DAT: ("#ffcdd2", "#b71c1c"),
    Verdict.DANG_THUC_HIEN: ("#fff1c2", "#6d4c00"),
    Verdict.CHUA_NHAP: ("", "#6b6b6b"),
    Verdict.CHUA_GIAO: ("#eceff1", "#455a64"),
    Verdict.CHUA_DU_SO_LIEU: ("#eceff1", "#455a64"),
    Verdict.CHUA_DEN_KY: ("#eceff1", "#455a64"),
}
# The dark colours of a text ON its fixed pale background (a refused cell's red, the yellow bars), where
# they read on any palette; a text on the window's or a table's own background takes its colour for that
# palette from ui.colours (walk U23: #b71c1c on Windows' dark grey was 2.5 : 1).
ERROR_BACKGROUND = QColor("#ffcdd2")
ERROR_TEXT = Meaning.REFUSAL.light
WARNING_BACKGROUND = QColor("#fff1c2")
WARNING_TEXT = Meaning.WARNING.light
MUTED_TEXT = Meaning.MUTED.light
READONLY_BACKGROUND = QColor("#f4f5f7")


def app_title() -> str:
    """The program's name in the interface language."""
    return translate("common", "Commune and ward indicators")


def app_version() -> str:
    from desktop_app.resources import app_version as version

    return version()


def setup_font(app: QApplication) -> QFont:
    """Make sure the application font draws Vietnamese diacritics (ệ, ượ, Đ).

    Windows' Segoe UI does; a bare Linux or offscreen session may fall back to a
    font without them, so pick the first installed family that has them.
    """
    font = app.font()
    if not _draws_vietnamese(font):
        families = set(QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese))
        for family in PREFERRED_FAMILIES:
            if family in families:
                font = QFont(family, max(font.pointSize(), 9))
                break
        app.setFont(font)
    return font


def _draws_vietnamese(font: QFont) -> bool:
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(c)) for c in VIETNAMESE_SAMPLE)


def main_over_secondary(main: QWidget, secondary: QWidget) -> QSplitter:
    """A main table over a smaller box of what needs a look (3:1), the person moving the line
    between them but never hiding either (the province's summary over "Khác biệt", its key
    register over "Chưa ký")."""
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(main)
    split.addWidget(secondary)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 1)
    split.setChildrenCollapsible(False)
    return split


def verdict_colours(verdict: Verdict) -> tuple[QColor | None, QColor]:
    """A verdict's (background, text): its fixed pale background and dark text, or, with no background of its
    own ("Chưa nhập"), its text in the colour that reads on the table's base (a dark palette too: walk U23)."""
    background, text = VERDICT_COLOURS.get(verdict, ("", "#000000"))
    if background:
        return QColor(background), QColor(text)
    return None, colours.on_base(text)


def link_html(href: str, text: str, style: str = "") -> str:
    """A link in rich text (`text` already escaped), never underlined: the line merges with
    Vietnamese's dot below, "Phường Vạn Xuân" read "Van Xuân", "Xác nhận" "Xác nhân"."""
    return f'<a href="{href}" style="text-decoration: none; {style}">{text}</a>'


def date_text(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def time_text(t: dt.datetime) -> str:
    """The hour of a moment in Vietnam time, "16:53" (a naive one: this computer's local time)."""
    return in_vietnam(t).strftime("%H:%M")


def target_source_text(target: Target | None) -> str:
    """Where a target comes from and when it is judged, in a few words: the core's words
    (`wording.source_words`, which the report's span line shares), or the unit's own target's."""
    if target is None:
        return ""
    words = source_words(target)
    if words is not None:
        return in_language(words)
    year = re.search(r"\d{4}", target.source or "")
    if year:  # "Xã tự đặt (năm 2026)"
        return translate("common", "Own target {year}").format(year=year.group(0))
    return target.source or translate("common", "Own target")


# Above a refusal the program says only in Vietnamese (the province's side, the command line:
# desktop_app/core/errors.py), in the English interface; shown in no other language.
VIETNAMESE_ONLY_LEAD = "The program says (in Vietnamese):"  # untranslated: English interface only


def in_language(words) -> str:
    """Words from the Qt-free side (`desktop_app.core.words.Words`) in the interface's language:
    their English (`en`) in the English interface where they have one, else as given."""
    english = getattr(words, "en", None)
    return english if english and is_english() else str(words)


def error_text(exc: BaseException) -> str:
    """A failure's text in the interface's language: a ChiTieuError's Vietnamese message, or
    its English (`en`) in the English interface (the Vietnamese under a lead line where it
    has none); anything else as Python says it."""
    if isinstance(exc, ChiTieuError):
        if getattr(exc, "window", None):  # said to a window's user, not with the command line's --data-dir
            return exc.window_en if is_english() and exc.window_en else exc.window
        if not is_english():
            return exc.message
        return exc.en or f"{VIETNAMESE_ONLY_LEAD}\n{exc.message}"
    return str(exc) or type(exc).__name__


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """The one place a failure reaches the officer.

    An expected refusal (ChiTieuError) shows its message in the interface's language
    (`error_text`); anything else says what happened and what to send to support,
    instead of a silent death.
    """
    if title is None:
        title = translate("common", "Could not do it")
    if isinstance(exc, ChiTieuError):
        QMessageBox.warning(parent, title, as_plain(error_text(exc)))  # a file's words quoted: not HTML
        return
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("common", "Unexpected error"))
    box.setText(translate(
        "common",
        "The program met an unexpected error. Data saved before it are not lost.\n\n"
        "Take a screenshot of this window or copy the \"Details\" part and send it to support."))
    box.setDetailedText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def install_excepthook() -> None:
    """Unexpected exceptions in slots reach a dialog rather than only the console."""
    previous = sys.excepthook

    def hook(kind, value, tb):
        previous(kind, value, tb)
        if QApplication.instance() is not None and isinstance(value, Exception):
            try:
                with unprompted_boxes():  # a slot's error may come from a timer, while the person types
                    show_error(QApplication.activeWindow(), value.with_traceback(tb))
            except Exception:  # never let the error display itself crash the app
                pass

    sys.excepthook = hook
