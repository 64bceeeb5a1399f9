"""Walk U14, F2: the line under the table after a figure is saved, shortened to one line when a
note follows it, shortens the indicator's name (and, if need be, the field's) so that the figure
just saved stays in sight, in English as in Vietnamese (the English line kept the long name and
cut "480 tonnes" to "48…"; the Vietnamese one, its name cut at 40 characters, kept it)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import Period
from tests.ui.conftest import press, shot, type_text, window_in_english
from tests.ui.test_entry_form import go_to
from ui import i18n

CODE = "rac_thai_do_thi"  # "Urban solid waste collected and treated": a short name, two long field names


def _saved_line(window) -> str:
    """The first line of the result under the table, as shown (cut with … to fit)."""
    return window.feedback.text().split("<br>")[0]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_figure_just_saved_stays_in_sight(make_window, ward_workspace, qtbot, english, language):
    workspace = ward_workspace
    # 480 t of 1.400 t treated by March 2027, 1.300 t of 1.400 t by March 2026: "Unusual change" follows the line.
    workspace.set_entry("2026-Q1", CODE, numerator="1.300", denominator="1.400")
    workspace.set_entry("2027-Q1", CODE, denominator="1.400")
    window = make_window(workspace, today=dt.date(2027, 5, 1))
    window.resize(1280, 768)
    window.reload(Period(2027, "Q1"))
    if language == "en":
        window_in_english(window, qtbot, english)
    else:
        i18n.install_language(i18n.VIETNAMESE)
        QApplication.processEvents()  # the language change reaches every widget
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=10000)
        window.table.setFocus()
    go_to(window, CODE, "numerator")
    type_text("480")
    press(Qt.Key.Key_Tab)
    QApplication.processEvents()
    shown = _saved_line(window)
    whole = window.feedback.toolTip().splitlines()[0]  # the line whole, names and all
    shot(window, f"s80_saved_line_{language}")
    assert "<br>" in window.feedback.text(), "a note follows the saved line"
    figure = "480 tonnes" if language == "en" else "480 tấn"
    assert figure in shown, shown
    verdict = "In progress" if language == "en" else "Đang thực hiện"
    assert verdict in shown, shown  # the result too, the line not cut
    assert "(cumulative since the start of the year)" in whole or "(lũy kế từ đầu năm)" in whole
