"""A folder copied in one go (all its files modified within minutes) is said so before it is read,
and one date for the folder chosen instead of each file's own date (the day of copying); a
refused file shows the unit its name carries, "(theo tên tệp)", and its reason without its name."""
from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt

from desktop_app.cli import run
from desktop_app.core.intake import (
    VIETNAM_TIME,
    code_in_file_name,
    copied_at,
    reason_without_name,
)
from desktop_app.core.periods import parse_period
from tests.province.conftest import PERIOD
from tests.ui.test_keyboard import shown

COPIED = dt.datetime(2026, 12, 2, 14, 5, 10, tzinfo=VIETNAM_TIME)
TODAY = dt.date(2026, 12, 2)


def folder_of(tmp_path, times: list[dt.datetime], name: str = "hop-thu"):
    """A folder of files (their contents do not matter to the check) modified at `times`, and a lock
    file written now, as Excel leaves one beside a workbook open."""
    folder = tmp_path / name
    folder.mkdir()
    for n, t in enumerate(times):
        path = folder / f"2026-6M_0{5500 + n}_xa-{n}.xlsx"
        path.write_bytes(b"PK not a workbook")
        os.utime(path, (t.timestamp(), t.timestamp()))
    (folder / "~$2026-6M_05500_xa-0.xlsx").write_bytes(b"lock")
    return folder


def copied_times(n: int = 6) -> list[dt.datetime]:
    return [COPIED + dt.timedelta(seconds=s) for s in range(n)]


def saved_times(n: int = 6) -> list[dt.datetime]:
    """Saved from the e-mails as they came, a day apart."""
    return [COPIED - dt.timedelta(days=d) for d in range(n)]


# --- the rules -------------------------------------------------------------------------------------

def test_files_modified_within_minutes_look_copied_and_files_over_days_do_not():
    assert copied_at([t.timestamp() for t in copied_times()]) == COPIED + dt.timedelta(seconds=5)
    assert copied_at([t.timestamp() for t in saved_times()]) is None
    assert copied_at([t.timestamp() for t in copied_times(4)]) is None  # too few to tell
    assert copied_at([]) is None
    spread = [COPIED.timestamp()] + [(COPIED + dt.timedelta(minutes=6)).timestamp()] * 5
    assert copied_at(spread) is None


def test_the_unit_code_in_a_file_name_and_a_reason_without_the_name():
    codes = {"05665", "05503"}
    assert code_in_file_name("2026-6M_05665_xa-van-lang.xlsx", codes) == "05665"
    assert code_in_file_name("2026-6M_05665_xa-van-lang (1).xlsx", codes) == "05665"
    assert code_in_file_name("2026-6M_99999_xa-khac.xlsx", codes) == ""  # not a unit of the province
    assert code_in_file_name("05665-va-05503.xlsx", codes) == ""  # two units: neither is taken
    assert code_in_file_name("bao-cao.xlsx", codes) == ""
    name = "2026-6M_05665_xa-van-lang.xlsx"
    assert reason_without_name(f"Tệp {name} bị hỏng hoặc không phải tệp Excel đọc được.", name) == (
        "Bị hỏng hoặc không phải tệp Excel đọc được.")
    assert reason_without_name(f'Tệp {name}, trang "Thông tin": x.', name) == 'Trang "Thông tin": x.'
    assert reason_without_name(f"Số liệu trong tệp {name} (Xã A) không hợp lệ.", name) == (
        "Số liệu trong tệp này (Xã A) không hợp lệ.")
    assert reason_without_name("Đã nhận Xã A.", name) == "Đã nhận Xã A."
    assert reason_without_name(f"Tệp {name} (Xã A) được ký bằng khóa mã X.", name) == "Được ký bằng khóa mã X."


# --- the intake dialog ----------------------------------------------------------------------------

def open_dialog(qtbot):
    from ui.province_intake_dialog import IntakeDialog

    return shown(qtbot, IntakeDialog(parse_period(PERIOD), dt.date(2026, 6, 20), TODAY))


def type_folder(qtbot, dialog, folder) -> None:
    """The folder typed in its field, then Tab to the next control."""
    qtbot.keyClicks(dialog.folder_edit, str(folder))
    qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_Tab)


def test_a_copied_folder_is_said_so_and_one_date_for_it_chosen(qtbot, tmp_path):
    dialog = open_dialog(qtbot)
    assert dialog.files_date.isChecked() and dialog.copied.isHidden()
    type_folder(qtbot, dialog, folder_of(tmp_path, copied_times()))
    assert dialog.copied.isVisible()
    assert "cùng giờ sửa (14:05 02/12/2026)" in dialog.copied.text()
    assert "có vẻ vừa được chép sang" in dialog.copied.text()
    assert dialog.batch_date.isChecked() and dialog.date_edit.isEnabled()
    assert dialog.read_button.isEnabled()  # today's date stands until the e-mails' date is typed

    # each file's own date chosen again: the folder can still be read as it is, the warning says what to choose
    dialog.files_date.setChecked(True)
    assert dialog.read_button.isEnabled() and dialog.received() is None
    assert "Nên chọn \"Một ngày nhận chung cho cả thư mục\" và gõ ngày nhận thư" in dialog.copied.text()
    type_folder(qtbot, dialog, "")  # the same folder left again: not chosen for the person a second time
    assert dialog.files_date.isChecked()


def test_a_folder_saved_over_days_is_read_by_each_files_own_date(qtbot, tmp_path):
    dialog = open_dialog(qtbot)
    type_folder(qtbot, dialog, folder_of(tmp_path, saved_times()))
    assert dialog.copied.isHidden() and dialog.files_date.isChecked()


def test_typing_alone_does_not_check_the_folder_enter_does(qtbot, tmp_path, monkeypatch):
    """The check looks at every file (slow, or hanging, on a network path typed by hand): a pause
    in typing does not start it, only Enter or leaving the field does, once."""
    import ui.province_intake_dialog

    checked = []
    real = ui.province_intake_dialog.folder_copied_at
    monkeypatch.setattr(ui.province_intake_dialog, "folder_copied_at",
                        lambda folder: checked.append(folder) or real(folder))
    dialog = open_dialog(qtbot)
    folder = str(folder_of(tmp_path, copied_times()))
    qtbot.keyClicks(dialog.folder_edit, folder)
    qtbot.wait(600)  # longer than the pause that used to start the check
    assert checked == [] and dialog.copied.isHidden() and dialog.files_date.isChecked()
    dialog.folder_edit.editingFinished.emit()  # what Enter, or the focus leaving, sends
    assert checked == [folder] and dialog.copied.isVisible() and dialog.batch_date.isChecked()


# --- the command line and the table of files read --------------------------------------------------

def test_consolidate_without_a_date_of_receipt_warns_of_a_copied_folder(tmp_path, capsys):
    folder = folder_of(tmp_path, copied_times())
    assert run(["--data-dir", str(tmp_path / "tinh"), "consolidate", str(folder), "--period", PERIOD]) == 0
    err = capsys.readouterr().err
    assert "Cảnh báo: các tệp trong thư mục có cùng giờ sửa (14:05 02/12/2026), có vẻ vừa được chép sang" in err
    assert run(["--data-dir", str(tmp_path / "tinh"), "consolidate", str(folder), "--period", PERIOD,
                "--received", "19/06/2026"]) == 0
    assert "cùng giờ sửa" not in capsys.readouterr().err


@pytest.fixture
def window(qtbot, office):
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=dt.date(2026, 6, 19))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_a_refused_file_shows_the_unit_its_name_carries(qtbot, window, office, tmp_path):
    unit = office.catalog.communes[4]
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    (folder / f"2026-6M_{unit.code}_xa-abc.xlsx").write_bytes(b"PK not a workbook")
    (folder / "bao-cao-moi.xlsx").write_bytes(b"PK not a workbook")
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(folder)
    model = window.intake_model
    rows = {model.index(r, 0).data(): (model.index(r, 2).data(), model.index(r, 5).data())
            for r in range(model.rowCount())}
    unit_shown, reason = rows[f"2026-6M_{unit.code}_xa-abc.xlsx"]
    assert unit_shown == f"{unit.name} (theo tên tệp)"
    assert reason.startswith("Không phải tệp Excel .xlsx")  # why, not the file's name again
    assert rows["bao-cao-moi.xlsx"][0] == ""  # no unit in the name: none made up
    # sorting by unit finds the refused file under its unit's name
    window.intake_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert window.intake_table.model().index(0, 2).data() == unit_shown
