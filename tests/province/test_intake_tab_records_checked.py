""""Kết quả nhận tệp" over a folder read elsewhere believes only what the program wrote (red-team 31
on dc1a9d8). F3: the run's row edited with sqlite3 (no files, another folder and reader) hid every
line under a heading stating the edited folder and reader as fact, and an empty run inserted for the
period hid the real reading, unsaid; now the row is checked against the audit chain as its lines
are. F4: a folder name or a login without a space widened the window past the screen, a direction
override shown raw. F5: every refresh read 10.000 files' lines again."""
from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.cli import run
from desktop_app.core.intake import when_text
from desktop_app.core.users import computer_user_login
from desktop_app.core.periods import parse_period
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD
from tests.province.test_intake_tab_read_elsewhere import files_tab, rows, words
from tests.province.test_opens_on_last_period import open_window
from tests.ui.conftest import press
from ui.i18n import translate
from ui.labels import with_period

SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: the tab as a person sees it, saved there
ALTERED = ("The record of this reading was changed outside the program: its folder, reader and number of files "
           "are not as the program wrote them, and are not shown; its first file kept was read at {time}. The "
           "files' lines as the program wrote them:")
HIDDEN = "Not shown: %n later record(s) of a reading, changed, added or deleted outside the program."


@pytest.fixture
def read_on_the_command_line(office, inbox, qapp, monkeypatch):
    """The inbox read on the command line by "thu-ky"; nobody's preferences yet. Yields an sqlite3
    connection to the database, as someone editing it outside the program has."""
    QSettings().remove("users")
    monkeypatch.setenv("LOGNAME", "thu-ky")
    assert run(["--data-dir", str(Path(office.ws.store.path).parent), "consolidate", str(inbox["folder"]),
                "--period", PERIOD]) == 0
    conn = sqlite3.connect(office.ws.store.path)
    yield conn
    conn.close()
    QSettings().remove("users")


def results(window) -> dict[str, str]:
    return {name: row["Kết quả"] for name, row in rows(window).items()}


def test_a_reading_whose_row_was_edited_outside_lists_only_what_the_program_wrote(
        qtbot, office, inbox, read_on_the_command_line):
    conn = read_on_the_command_line
    first = conn.execute("SELECT at FROM intake_log ORDER BY id LIMIT 1").fetchone()[0]
    conn.execute("UPDATE intake_runs SET files = 0, user = 'admin', folder = 'C:/khong-co'")
    conn.execute("UPDATE intake_log SET reason = 'Đã nhận.' WHERE file_name = 'bao-cao-da-sua.xlsx'")
    conn.commit()

    window = open_window(qtbot, office)
    # its period not known from its changed row (tests/province/test_last_run_checked.py): chosen
    assert window.period.code == "2026-9M"
    window.table.setFocus()
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    press(Qt.Key.Key_Up)
    assert window.period.code == PERIOD
    files_tab(window)
    expected = {name: word for name, word in words(inbox).items() if name != "bao-cao-da-sua.xlsx"}
    assert results(window) == expected  # every line the program wrote; none was
    heading = window.intake_summary.text()
    assert translate("ProvinceWindow", ALTERED).format(time=when_text(first)) in heading
    assert "C:/khong-co" not in heading and "admin" not in heading and "thu-ky" not in heading
    assert translate("ProvinceWindow", "%n file(s) of this reading not shown: their lines are not as the program "
                     "wrote them (changed outside the program).", None, 1) in heading
    window.close()


def test_an_empty_run_added_outside_does_not_hide_the_reading(qtbot, office, inbox, read_on_the_command_line):
    conn = read_on_the_command_line
    # one for a period never read, one over the reading (the last: the window opens on its period)
    for period in ("2026-9M", PERIOD):
        conn.execute("INSERT INTO intake_runs (started_at, finished_at, folder, period, user, files, accepted,"
                     " refused, cancelled) SELECT started_at, finished_at, 'D:/thu-muc-trong', ?, user, 0, 0, 0, 0"
                     " FROM intake_runs ORDER BY id LIMIT 1", (period,))
    conn.commit()

    window = open_window(qtbot, office)
    # the last row added outside the program: which reading was last is not known (test_last_run_checked)
    assert window.period.code == "2026-9M"
    window.table.setFocus()
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    press(Qt.Key.Key_Up)
    assert window.period.code == PERIOD
    files_tab(window)
    assert results(window) == words(inbox)
    heading = window.intake_summary.text()
    assert str(inbox["folder"]) in heading and "thu-ky" in heading and "D:/thu-muc-trong" not in heading
    assert translate("ProvinceWindow", HIDDEN, None, 1) in heading

    window.table.setFocus()
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    press(Qt.Key.Key_Down)  # 9 tháng
    assert window.period.code == "2026-9M"
    assert window.intake_model.rows == []
    none = with_period(translate("ProvinceWindow", "No folder has been read for {period} as the program recorded "
                                 "it."), parse_period("2026-9M"))
    assert window.intake_summary.text() == f"{none} {translate('ProvinceWindow', HIDDEN, None, 1)}"
    window.close()


def test_a_long_folder_name_and_login_keep_the_window_on_the_screen(qtbot, office, inbox, tmp_path, monkeypatch):
    QSettings().remove("users")
    deep = tmp_path / ("BaoCao6ThangDauNam2026CacXaPhuongGuiQuaThuDienTu" * 4)  # one name of 192 characters
    shutil.copytree(inbox["folder"], deep)
    login = "\u202eudnT\u202c" + "x" * 3000 + "\nby admin"  # what the system said the reader was
    monkeypatch.setenv("LOGNAME", login)
    assert run(["--data-dir", str(Path(office.ws.store.path).parent), "consolidate", str(deep),
                "--period", PERIOD]) == 0
    window = open_window(qtbot, office)
    try:
        window.resize(1366, 728)
        files_tab(window)
        qtbot.wait(20)
        assert window.width() == 1366 and window.minimumSizeHint().width() <= 1366
        box = window.period_box
        assert box.mapTo(window, QPoint(box.width(), 0)).x() <= window.width()  # the period's box whole
        heading = window.intake_summary.text()
        assert "\u202e" not in heading and "\u202c" not in heading and "\n" not in heading.split("\n")[0]
        # the reader as a unit without accounts names it: the login as a login name (walk U22 F1)
        assert f"người đọc {computer_user_login(login)}." in heading and computer_user_login(login).startswith("udnt.xxx")
        tip = window.intake_summary.toolTip()
        assert str(deep) in tip  # the whole path where the heading cuts it
        assert window.intake_table.height() > 200  # the files still in sight under the heading
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, "intake_tab_long_folder.png"))
    finally:
        window.close()
        QSettings().remove("users")


def test_the_records_are_read_again_only_once_something_was_read_or_written(
        qtbot, office, inbox, read_on_the_command_line, tmp_path, monkeypatch):
    reads = []
    period_reading = office.store.period_reading
    monkeypatch.setattr(office.store, "period_reading", lambda p: reads.append(p) or period_reading(p))
    window = open_window(qtbot, office)
    files_tab(window)
    assert reads == [PERIOD]
    window.refresh()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert reads == [PERIOD] and results(window) == words(inbox)

    other = tmp_path / "hop-thu-2"  # another person reads two files of the mail
    other.mkdir()
    for name in ("bao-cao-da-sua.xlsx", "rac.xlsx"):
        shutil.copy2(inbox["folder"] / name, other / name)
    elsewhere = ProvinceOffice.open(Path(office.ws.store.path).parent, user="nguoi-khac")
    elsewhere.intake(other, PERIOD)
    elsewhere.close()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))  # the window active again
    assert reads == [PERIOD, PERIOD]
    assert "nguoi-khac" in window.intake_summary.text()
    assert results(window) == {"bao-cao-da-sua.xlsx": "Đã bị sửa", "rac.xlsx": "Tệp hỏng"}
    window.close()
