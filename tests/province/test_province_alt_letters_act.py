"""Every Alt+letter in sight on each tab of the province window acts, pressed for real from the
tab's first table (walk 29, M1: Alt+C on "Khóa ký" seemed to do nothing, "&Chỉ các tệp không được
nhận" on "Kết quả nhận tệp" and "&Chỉ tiêu:" on "Biểu đồ" sharing its letter). Qt matches a
mnemonic only among the widgets in sight (a hidden tab's do not compete) and a button's mnemonic
presses it as a click with its animation: clicked 100 ms later, the focus left where it was, which
a check made at once took for nothing happening. A label's letter gives the focus to its field, a
check box's toggles it, a button's clicks it (its own actions disconnected: what is tested is the
letter, not the dialogs behind), a tab title's shows its tab."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QTableView, QWidget

from tests.province.test_keys_window import (  # noqa: F401 - fixtures: the e-mailed folder, the window
    mail,
    received,
    window,
)
from tests.ui.conftest import press


def letter(text: str) -> str | None:
    m = re.search(r"&([^&])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def in_sight(window, page: QWidget) -> list[QWidget]:
    """The page's buttons and fields' labels with a letter, and the header's, that are in sight."""
    header = [window.period_label, window.intake_button, window.xlsx_button, window.pdf_button,
              window.dhis2_button, window.copy_button]
    own = [w for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel)
           if not isinstance(w, QLabel) or w.buddy() is not None]
    return [w for w in header + own if w.isVisible() and w.isEnabled() and letter(w.text())]


def alt(key_letter: str) -> None:
    press(Qt.Key(ord(key_letter.upper())), Qt.KeyboardModifier.AltModifier)


def tables(page: QWidget) -> list[QTableView]:
    return [t for t in page.findChildren(QTableView) if t.isVisible()]


def test_every_alt_letter_in_sight_acts_on_every_tab(qtbot, received):
    """From each table of each tab, its row chosen (the key tab's buttons act on it), each letter
    in sight, none twice with the tabs' titles; then each tab's title from another tab."""
    window = received
    tabs = window.tabs
    acted, quiet = set(), set()
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        page = tabs.widget(i)
        QApplication.processEvents()
        for table in tables(page) or [page]:
            table.setFocus()
            press(Qt.Key.Key_Down)
            widgets = in_sight(window, page)
            letters = [letter(w.text()) for w in widgets]
            tab_letters = [letter(tabs.tabText(j)) for j in range(tabs.count())]
            assert len(set(letters + tab_letters)) == len(letters) + len(tab_letters), (tabs.tabText(i), letters)
            for w in widgets:
                table.setFocus()
                if isinstance(w, QLabel):
                    alt(letter(w.text()))
                    buddy = w.buddy()
                    assert QApplication.focusWidget() in (buddy, buddy.focusProxy()), (tabs.tabText(i), w.text())
                elif isinstance(w, QCheckBox):
                    was = w.isChecked()
                    alt(letter(w.text()))
                    qtbot.waitUntil(lambda: w.isChecked() != was, timeout=10000)
                    w.setChecked(was)
                else:
                    if id(w) not in quiet:  # the letter, not the dialog behind it
                        w.clicked.disconnect()
                        quiet.add(id(w))
                    with qtbot.waitSignal(w.clicked, timeout=1000):
                        alt(letter(w.text()))
                    assert QApplication.focusWidget() is table, (w.text(), QApplication.focusWidget())
                assert tabs.currentIndex() == i, (tabs.tabText(i), w.text())
                acted.add(w)
    keys = window.keys_tab
    for w in (keys.confirm_button, keys.revoke_button, keys.accept_button, keys.search_label, keys.state_label,
              window.refused_only, window.search_label, window.status_label, window.copy_button):
        assert w in acted, w.text()
    for i in reversed(range(tabs.count())):  # each tab's title from the one after it
        tabs.setCurrentIndex((i + 1) % tabs.count())
        alt(letter(tabs.tabText(i)))
        assert tabs.currentIndex() == i, tabs.tabText(i)


def test_alt_p_presses_accept_unsigned_on_the_key_tab(qtbot, received):
    """The walk's keys: the unsigned table's first row, Alt+letter: "Nhận tệ&p chưa ký…" is clicked
    (not a hidden tab's widget), once its animation is over. Its letter was C (walk 29, M1, then
    walk 29b: C is "&Có" of the question it opens)."""
    window = received
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    tab.unsigned_table.setFocus()
    press(Qt.Key.Key_Down)
    assert tab.accept_button.text() == "Nhận tệ&p chưa ký…"
    assert not window.refused_only.isVisible()
    tab.accept_button.clicked.disconnect()
    with qtbot.waitSignal(tab.accept_button.clicked, timeout=1000):
        press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert not window.refused_only.isChecked()


def test_no_button_shares_a_letter_with_the_question_boxes_answers(qtbot, received):
    """Walk 29b, HIGH: "Nhận tệp &chưa ký…" (Alt+C) opens a question whose "&Có" is Alt+C too, so
    Alt+C pressed twice (a repeated key, a clerk who thought nothing happened) accepted an unsigned
    file into the consolidation. No button of the window, on any tab, opens with the letter of
    "&Có" or "&Không": a second press must not answer the box it opens."""
    window = received
    answers = {letter(QApplication.translate("QPlatformTheme", "&Yes")),
               letter(QApplication.translate("QPlatformTheme", "&No"))}
    assert answers == {"c", "k"}  # the window speaks Vietnamese
    tabs = window.tabs
    sharing = set()
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        for table in tables(tabs.widget(i)) or [tabs.widget(i)]:
            table.setFocus()
            press(Qt.Key.Key_Down)  # a row chosen: the key tab's buttons act on it
            sharing |= {w.text() for w in in_sight(window, tabs.widget(i)) if isinstance(w, QAbstractButton)
                        and not isinstance(w, QCheckBox) and letter(w.text()) in answers}
    assert sharing == set()
