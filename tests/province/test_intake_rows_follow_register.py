"""The province window's "Kết quả nhận tệp" after the province decides on a key or an unsigned
file (walk 18, F6): the rows read at intake said "<mã> · Chờ xác nhận" for a key just confirmed
and "Hợp lệ, chưa tính (chưa ký)" for an unsigned file just accepted, under a headline counting
the file. Each row now says what its file counts as, and what it was when read; in English too."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.keys import KeyState
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions
from tests.ui.conftest import Script, type_text
from ui import i18n
from ui.province_key_dialog import KeyConfirmDialog

TODAY = dt.date(2026, 7, 1)


@pytest.fixture(scope="module")
def mail(tmp_path_factory):
    """A folder from the e-mails: A's report signed with its first key, C's unsigned."""
    folder = tmp_path_factory.mktemp("follow-register") / "hop-thu"
    folder.mkdir()
    a_code, c_code = pick_units(2, 0)
    subs = {}
    for code, sign in ((a_code, True), (c_code, False)):
        ws, written = make_submissions(folder, [code], PERIOD, data_dir=folder.parent / code, sign=sign)
        ws.close()
        subs[code] = written[code]
    return {"folder": folder, "a": subs[a_code], "c": subs[c_code]}


@pytest.fixture
def window(qtbot, office, mail):
    """The window once it has read the folder, the "Kết quả nhận tệp" tab in view."""
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=TODAY)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.resize(1500, 800)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.intake_done, timeout=30000):
        w.start_intake(mail["folder"])
    yield w
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.install_language(i18n.VIETNAMESE)


def file_row(window, name: str) -> dict[str, str]:
    """A file's row of "Kết quả nhận tệp", by column header."""
    model = window.intake_model
    row = next(r for r, f in enumerate(model.rows) if f.file_name == name)
    return {model.headerData(c, Qt.Orientation.Horizontal): model.index(row, c).data()
            for c in range(model.columnCount())}


def result_tip(window, name: str) -> str:
    model = window.intake_model
    row = next(r for r, f in enumerate(model.rows) if f.file_name == name)
    return model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)


def choose(qtbot, table, row: int) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def confirm_key(qtbot, window, unit_code: str, key_code: str) -> None:
    """Khóa ký › the unit's key chosen › Xác nhận khóa…, the code typed from the paper."""
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    proxy = tab.table.model()
    choose(qtbot, tab.table, next(r for r in range(proxy.rowCount())
                                  if proxy.index(r, 0).data() == unit_code and proxy.index(r, 2).data() == key_code))
    script = Script((KeyConfirmDialog, lambda dialog: (type_text(key_code), dialog.confirm_button.click())))
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    script.check()


def accept_unsigned(qtbot, window) -> None:
    """Khóa ký › the unsigned file chosen › Nhận tệp chưa ký… › Có."""
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    choose(qtbot, tab.unsigned_table, 0)
    script = Script((QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()))
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    script.check()


def grab(window, name: str) -> None:
    if os.environ.get("CHITIEU_GRAB"):
        for _ in range(3):  # the details' layout, grown to the lines set (posted in turn)
            QApplication.processEvents()
        window.grab().save(os.path.join(os.environ["CHITIEU_GRAB"], name))


def test_a_confirmed_key_and_an_accepted_unsigned_file_read_as_they_count_now(qtbot, window, mail, office):
    a, c = mail["a"], mail["c"]
    a_file, c_file = f"{a.file_stem}.xlsx", f"{c.file_stem}.xlsx"
    assert file_row(window, a_file)["Khóa ký"] == f"{a.key_code} · Chờ xác nhận"
    assert file_row(window, c_file)["Kết quả"] == "Hợp lệ, chưa tính (chưa ký)"

    confirm_key(qtbot, window, a.unit_code, a.key_code)
    accept_unsigned(qtbot, window)
    assert office.key_state(a.unit_code).state == KeyState.XAC_NHAN
    assert c.unit_code in office.submissions(PERIOD)
    window.tabs.setCurrentIndex(1)
    choose(qtbot, window.intake_table, next(r for r, f in enumerate(window.intake_model.rows) if f.file_name == c_file))
    grab(window, "vi_after.png")

    # Vietnamese: the states in the register's words
    assert file_row(window, a_file)["Khóa ký"] == f"{a.key_code} · Chờ xác nhận lúc nhận · nay Đã xác nhận"
    assert file_row(window, a_file)["Kết quả"] == "Hợp lệ"
    row_c = file_row(window, c_file)
    assert row_c["Kết quả"] == "Hợp lệ"
    assert row_c["Khóa ký"] == "Chưa ký lúc nhận · nay Chưa ký, đã chấp nhận"
    assert result_tip(window, c_file) == "Hợp lệ (lúc nhận: Hợp lệ, chưa tính (chưa ký))"
    assert window.file_title.text() == f"{c_file} — Hợp lệ (lúc nhận: Hợp lệ, chưa tính (chưa ký))"
    assert "Chưa ký, đã chấp nhận" in window.file_reason.text()

    i18n.switch_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: window.file_title.text().startswith(f"{c_file} — Valid"))
    grab(window, "en_after.png")
    assert file_row(window, a_file)["Signing key"] == (
        f"{a.key_code} · Awaiting confirmation when read · now Confirmed")
    assert file_row(window, a_file)["Result"] == "Valid"
    assert file_row(window, c_file) | {"Reason": ""} == file_row(window, c_file) | {
        "Result": "Valid", "Signing key": "Unsigned when read · now Unsigned, accepted", "Reason": ""}
    assert result_tip(window, c_file) == "Valid (when read: Valid, not counted (unsigned))"
    assert window.file_title.text() == f"{c_file} — Valid (when read: Valid, not counted (unsigned))"
    assert window.file_facts.text().endswith(" · unsigned when read · now Unsigned, accepted")  # no "signing key Unsigned"
    assert "The reason was written when the file was read, at " in window.file_reason.text()
    assert window.file_reason.text().endswith(": Unsigned, accepted.")


def test_a_revoked_key_reads_as_not_counted(qtbot, window, mail, office):
    a = mail["a"]
    a_file = f"{a.file_stem}.xlsx"
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    proxy = tab.table.model()
    choose(qtbot, tab.table, next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == a.unit_code))
    script = Script((QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()))
    qtbot.mouseClick(tab.revoke_button, Qt.MouseButton.LeftButton)
    script.check()
    assert office.key_state(a.unit_code) is None or office.key_state(a.unit_code).state != KeyState.CHO
    row = file_row(window, a_file)
    assert row["Kết quả"] == "Hợp lệ, không tính (khóa đã thu hồi)"
    assert row["Khóa ký"].startswith(f"{a.key_code} · Chờ xác nhận") and row["Khóa ký"].endswith("Đã thu hồi")
    i18n.switch_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: window.intake_model.headerData(1, Qt.Orientation.Horizontal) == "Result")
    assert file_row(window, a_file)["Result"] == "Valid, not counted (key revoked)"
    assert file_row(window, a_file)["Signing key"] == f"{a.key_code} · Awaiting confirmation when read · now Revoked"


def test_a_key_confirmed_on_the_command_line_shows_when_the_window_is_back(qtbot, window, mail, office):
    """`chitieu keys confirm UNIT CODE` in a command prompt beside the window: back in the window, the
    register, the counts and the rows of the files read say what they count as now (before: only after
    the next reading of the folder)."""
    from PySide6.QtCore import QEvent

    from desktop_app.province import ProvinceOffice

    a = mail["a"]
    a_file = f"{a.file_stem}.xlsx"
    window.tabs.setCurrentIndex(1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    assert file_row(window, a_file)["Khóa ký"] == f"{a.key_code} · Chờ xác nhận"

    command = ProvinceOffice.open(Path(office.store.path).parent, user="van-thu")  # another process's connection
    try:
        command.confirm_key(a.unit_code, a.key_code)
    finally:
        command.close()
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))  # what Qt sends when the window is active again

    assert file_row(window, a_file)["Khóa ký"] == f"{a.key_code} · Chờ xác nhận lúc nhận · nay Đã xác nhận"
    assert file_row(window, a_file)["Kết quả"] == "Hợp lệ"
    unit = next(u for u in window.completeness.units if u.code == a.unit_code)
    assert unit.key_state == "Đã xác nhận"  # the register's state of the kept version's key, now
