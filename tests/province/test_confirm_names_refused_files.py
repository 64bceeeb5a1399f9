"""Walk 17, M2: a reinstalled laptop's file is refused ("Chữ ký không khớp") while its new key waits
for the paper; once the province confirms that key, the confirmation names the file refused before,
the unit's state for its period (nothing counted: still not sent) and the folder to read again,
with the window's button; the kept version's change reads "nothing kept now", not "now kept, none".
The province keeps no copy of a refused file, so it cannot judge it again by itself."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.cli import run
from desktop_app.core.intake import FileClass
from desktop_app.core.signing import new_private_key
from tests.province.conftest import PERIOD
from tests.province.helpers import sign_with
from tests.province.test_keys_window import click, click_row, key_row
from tests.province.test_replaced_key_report import _read, clock, reports  # noqa: F401 (fixtures)
from tests.ui.conftest import Script, press, type_text
from ui import i18n
from ui.province_key_dialog import KeyConfirmDialog


def _pending_then_refused(office, tmp_path, reports):
    k1, k2 = reports["k1"], reports["k2"]
    assert _read(office, tmp_path / "1", k1).class_ == FileClass.HOP_LE  # K1 pending, counted
    assert _read(office, tmp_path / "2", k2).class_ == FileClass.CHU_KY_KHONG_KHOP  # K2: another key
    return k1, k2


def test_confirming_names_the_file_refused_before_and_the_folder_to_read(office, reports, tmp_path, clock,  # noqa: F811
                                                                         capsys):
    k1, k2 = _pending_then_refused(office, tmp_path, reports)
    confirmed = office.confirm_key(k2.unit_code, k2.key_code)
    folder = tmp_path / "2"
    assert (f"Tệp ký bằng khóa mã {k2.key_code} đã bị từ chối (Chữ ký không khớp) trước khi xác nhận, chưa được "
            "tính: bao-cao.xlsx (6 tháng đầu năm 2026, nhận 18/06/2026).") in confirmed.refused
    assert f"{k2.unit_name} chưa có bản nào được tính cho 6 tháng đầu năm 2026: vẫn là đơn vị chưa gửi." \
        in confirmed.refused
    assert f"Đọc lại thư mục {folder} (Nhận báo cáo từ thư mục…) để nhận bao-cao.xlsx." in confirmed.refused
    assert (f"Read the folder {folder} again (Receive reports from a folder…) to receive bao-cao.xlsx."
            in confirmed.refused.en)
    assert f"{k2.unit_name} has no version counted for first 6 months of 2026: it still counts as not sent." \
        in confirmed.refused.en
    assert "nay không giữ bản nào" in confirmed.kept and "nothing kept now" in confirmed.kept.en
    assert "now kept, none" not in confirmed.kept.en
    # read again as the box says: received, counted, and no longer named
    [again] = office.intake(folder, PERIOD).results
    assert again.class_ == FileClass.HOP_LE and again.kept
    assert office.confirm_key(k2.unit_code, k2.key_code).refused == ""


def test_the_command_line_names_it_too(office, reports, tmp_path, clock, capsys):  # noqa: F811
    k1, k2 = _pending_then_refused(office, tmp_path, reports)
    capsys.readouterr()
    assert run(["--data-dir", str(tmp_path / "tinh"), "keys", "confirm", k2.unit_code, k2.key_code]) == 0
    said = capsys.readouterr().out
    assert f"Đọc lại thư mục {tmp_path / '2'} (Nhận báo cáo từ thư mục…) để nhận bao-cao.xlsx." in said


def test_the_window_s_box_names_the_file_in_english(qtbot, office, reports, tmp_path, clock):  # noqa: F811
    from ui.province_window import ProvinceWindow

    k1, k2 = _pending_then_refused(office, tmp_path, reports)
    i18n.switch_language(i18n.ENGLISH)
    try:
        window = ProvinceWindow(office.ws)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        tab = window.keys_tab
        window.tabs.setCurrentWidget(tab)
        click_row(qtbot, tab.table, key_row(tab, k2.unit_code, k2.key_code))
        said = []

        def type_the_paper_code(dialog):
            type_text(k2.key_code)
            press(Qt.Key.Key_Return)

        def read_and_close(box):
            said.append(box.text())
            press(Qt.Key.Key_Return)

        script = Script((KeyConfirmDialog, type_the_paper_code), (QMessageBox, read_and_close))
        click(qtbot, tab.confirm_button)
        script.check()
    finally:
        i18n.switch_language(i18n.VIETNAMESE)
    assert said[0].startswith(f"Confirmed key {k2.key_code} of {k2.unit_name}")
    assert "nothing kept now" in said[0]
    assert (f"The file signed by key {k2.key_code} was refused (signature mismatch) before this confirmation "
            "and is not counted: bao-cao.xlsx (first 6 months of 2026, received on 18/06/2026).") in said[0]
    assert f"Read the folder {tmp_path / '2'} again (Receive reports from a folder…) to receive bao-cao.xlsx." \
        in said[0]


def test_the_same_report_signed_by_the_old_key_does_not_hide_the_refused_file(office, reports, tmp_path, clock):  # noqa: F811
    """Walk 23, M1: the unit's same report (same fingerprint) exported again on a reinstalled laptop,
    signed by its new key, is refused while the old key waits; confirming the new key revokes the old
    one, nothing is kept, and the box named neither the file nor the folder to read again."""
    k1 = reports["k1"]
    again = sign_with(k1, new_private_key())
    assert again.fingerprint == k1.fingerprint and again.key_code != k1.key_code
    assert _read(office, tmp_path / "1", k1).class_ == FileClass.HOP_LE
    assert _read(office, tmp_path / "2", again).class_ == FileClass.CHU_KY_KHONG_KHOP
    confirmed = office.confirm_key(again.unit_code, again.key_code)
    assert "nay không giữ bản nào" in confirmed.kept
    assert f"Đọc lại thư mục {tmp_path / '2'} (Nhận báo cáo từ thư mục…) để nhận bao-cao.xlsx." in confirmed.refused
    [read] = office.intake(tmp_path / "2", PERIOD).results
    assert read.class_ == FileClass.HOP_LE and read.kept
