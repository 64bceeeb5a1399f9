"""The windows' side of the digital signature: the commune's "Ký số báo cáo…" dialog (PIN first,
Enter signs, Escape cancels, a wrong PIN said and cleared with nothing written) and the
province's signature column in "Tình hình gửi báo cáo"."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop_app.certificates import KeySource
from desktop_app.core.periods import parse_period
from desktop_app.report_signing import set_signature_settings, sign_report
from desktop_app.trust_roots import import_trust_roots
from tests.exports.sample_data import REPORT_DATE
from tests.signature.conftest import P12_PASSWORD, PIN


@pytest.fixture
def boxes(monkeypatch):
    """The message boxes shown, as (title, text), without waiting for a click."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    return shown


def test_the_sign_dialog_asks_the_pin_first_and_says_a_wrong_one(qapp, qtbot, softhsm, approved, boxes):
    from ui.sign_dialog import SignDialog

    ws, out, _ = approved
    set_signature_settings(ws, pkcs11_module=softhsm, token_label="Lanh dao")
    dialog = SignDialog(ws, parse_period("2026"), str(out))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.pin and dialog.pin.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.module.text() == str(Path(softhsm).resolve())  # browsed to once, in the settings
    qtbot.keyClicks(dialog.pin, "000000")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert boxes and boxes[0][0] == "Không ký số được báo cáo"
    assert boxes[0][1].startswith('Mã PIN của thiết bị ký số "Lanh dao" không đúng.')
    assert dialog.isVisible() and dialog.pin.text() == "" and dialog.focusWidget() is dialog.pin
    assert not (out / "2026_05503_xa-tan-cuong_ky-so.pdf").exists()
    qtbot.keyClicks(dialog.pin, PIN)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result.signers == ("Trần Thị Bình",)
    assert (out / "2026_05503_xa-tan-cuong_ky-so.pdf").is_file()


def test_escape_cancels_and_the_certificate_file_is_a_second_way(qapp, qtbot, pki, approved, boxes):
    from ui.sign_dialog import SignDialog

    ws, out, _ = approved
    dialog = SignDialog(ws, parse_period("2026"), str(out))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result is None
    dialog.show()
    dialog.source.setCurrentIndex(dialog.source.findData("p12"))
    assert dialog.p12.isVisible() and not dialog.module.isVisible() and dialog.pin_label.text() == "Mật khẩu tệp chứng thư số:"
    dialog.p12.setText(str(pki.leader_p12))
    dialog.pin.setText(P12_PASSWORD)
    dialog.accept()
    assert boxes == [] and dialog.result.pdf.name == "2026_05503_xa-tan-cuong_ky-so.pdf"


def test_the_period_menu_offers_signing_to_a_leader_only(qapp, qtbot, approved):
    from ui.main_window import MainWindow

    ws, _, _ = approved
    ws.add_user("admin", "Quản Trị", "Quản trị", "mat-khau-dai-1")
    ws.login("admin", "mat-khau-dai-1")
    ws.add_user("lanhdao", "Trần Thị Bình", "Lãnh đạo", "mat-khau-dai-3")
    # The approved report's date: the window opens on 2026 (on any day up to its deadline, 20/12/2026).
    # Opened on the computer's day, from 21/12/2026 on it chose Quý I 2027, not approved.
    window = MainWindow(ws, today=REPORT_DATE)
    qtbot.addWidget(window)
    assert window.sign_action.text() == "&Ký số báo cáo…" and not window.sign_action.isEnabled()
    ws.login("lanhdao", "mat-khau-dai-3")
    window._enable_actions()
    assert window.sign_action.isEnabled()


def test_the_province_window_shows_each_units_signature(qapp, qtbot, pki, approved, tmp_path):
    from desktop_app.province import ProvinceOffice
    from desktop_app.services import Workspace
    from ui.province_intake_rows import COMPLETENESS_HEADERS
    from ui.province_window import ProvinceWindow

    ws, out, _ = approved
    result = sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD))
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    for path in (result.xlsx, result.pdf):
        shutil.copy2(path, inbox / path.name)
    province = Workspace.open(tmp_path / "tinh", user="van-thu")
    office = ProvinceOffice(province)
    office.setup()
    import_trust_roots(office, [pki.root_pem])
    office.intake(inbox, "2026")
    window = ProvinceWindow(province)
    qtbot.addWidget(window)
    window.period_box.setCurrentIndex(window.period_box.findData("2026"))
    column = len(COMPLETENESS_HEADERS) - 1
    assert window.model.headerData(column, Qt.Orientation.Horizontal) == "Chữ ký số (PDF)"
    row = next(i for i, u in enumerate(window.model.rows) if u.code == "05503")
    index = window.model.index(row, column)
    assert window.model.data(index) == "Chữ ký số hợp lệ: Trần Thị Bình"
    tip = window.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Người có thẩm quyền: Trần Thị Bình (UBND xã Tân Cương)" in tip and "Tin cậy: tin cậy" in tip
    other = next(i for i, u in enumerate(window.model.rows) if u.code != "05503")
    assert window.model.data(window.model.index(other, column)) == ""
    province.close()
