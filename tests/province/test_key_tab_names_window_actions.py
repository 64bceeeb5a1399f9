"""The "Khóa ký" tab's refusals name the window's own actions, as the rest of the province window
does since 218bbd2 (`desktop_app.core.keys.in_window`): they ended with the command line's
"(chitieu keys confirm 05503 …)", "(chitieu keys revoke 05503 --code …)" and, for a key of two
units, "xác nhận khóa dùng chung: chitieu keys confirm … --shared." (not in brackets, so left as
it was), while the people reading them confirm and revoke keys with the tab's buttons."""
from __future__ import annotations

import datetime as dt
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.keys import KeyState
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, make_submissions
from tests.province.test_shared_keys import _inbox, reports  # noqa: F401 - the module fixture
from tests.ui.conftest import Script, press, type_text
from ui.province_key_dialog import KeyConfirmDialog

TODAY = dt.date(2026, 7, 1)
CONFIRM = "(Khóa ký › Xác nhận khóa…)"
REVOKE = "(Khóa ký › Thu hồi khóa…)"


def _window(qtbot, office):
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=TODAY)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=10000)
    w.tabs.setCurrentWidget(w.keys_tab)
    return w


def test_a_key_of_two_units_is_refused_naming_the_tab_s_buttons(qtbot, office, reports, tmp_path):  # noqa: F811
    t, d = reports["t"], reports["d"]
    office.intake(_inbox(tmp_path / "in1", {"1.xlsx": reports["forged"], "2.xlsx": t}), PERIOD)
    w = _window(qtbot, office)
    tab = w.keys_tab
    assert tab.select_key(d.unit_code, t.key_code)
    said = []

    def type_code(dialog):
        type_text(t.key_code)
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def answer_no(box):
        said.append(box.text().replace("\u00a0", " "))  # ui.unbroken_paths
        press(Qt.Key.Key_Return)  # No, the default

    script = Script((KeyConfirmDialog, type_code), (QMessageBox, answer_no),
                    (KeyConfirmDialog, lambda dialog: press(Qt.Key.Key_Escape)))
    assert tab.confirm_key() is None
    script.check()
    text = said[0]
    assert "chitieu" not in text and "--shared" not in text
    assert f"thu hồi khóa này cho đơn vị đó {REVOKE} rồi xác nhận lại." in text
    assert f"xác nhận khóa dùng chung {CONFIRM}." in text
    assert {k.unit_code: k.state for k in office.keys()} == {t.unit_code: KeyState.CHO, d.unit_code: KeyState.CHO}


@pytest.fixture
def signed_then_unsigned(tmp_path):
    """Unit A's report signed by its laptop's key, and later the same report unsigned."""
    (a,) = pick_units(1, 0)
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    ws, signed = make_submissions(folder / "ky", [a], PERIOD, data_dir=tmp_path / "may-a")
    ws.close()
    ws, _ = make_submissions(folder / "chua-ky", [a], PERIOD, data_dir=tmp_path / "may-cu", sign=False,
                             generated_at=ON_TIME + timedelta(hours=2))
    ws.close()
    return folder, a, signed[a]


def test_an_unsigned_file_refused_names_the_tab_s_buttons(qtbot, office, signed_then_unsigned):
    folder, a, sub = signed_then_unsigned
    office.intake(folder / "ky", PERIOD)
    office.intake(folder / "chua-ky", PERIOD)
    w = _window(qtbot, office)
    tab = w.keys_tab
    assert tab.unsigned_model.rowCount() == 1
    said = []

    def yes(box):
        box.button(QMessageBox.StandardButton.Yes).click()

    def refused(box):
        said.append(box.text().replace("\u00a0", " "))  # ui.unbroken_paths
        press(Qt.Key.Key_Return)

    def accept():
        tab.unsigned_table.selectRow(0)
        script = Script((QMessageBox, yes), (QMessageBox, refused))
        assert tab.accept_unsigned() is None
        script.check()
        return said[-1]

    # the unit signed its report with a key still pending: compare it with the paper, or revoke it
    text = accept()
    assert "chitieu" not in text
    assert f"rồi xác nhận khóa, gõ mã in trên giấy {CONFIRM}. Nếu máy của đơn vị đã mất khóa: thu hồi khóa đó {REVOKE} rồi mới " \
           "chấp nhận bản chưa ký." in text
    # the key confirmed: an unsigned file of the unit is never accepted, but after revoking its key
    office.confirm_key(a, sub.key_code)
    tab.show_period(tab.period)
    text = accept()
    assert "chitieu" not in text and f"thu hồi khóa đó {REVOKE} trước." in text
    assert not office.unsigned(PERIOD)[0].accepted_at
