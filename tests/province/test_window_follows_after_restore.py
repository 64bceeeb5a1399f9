"""Red-team 30 F3: the folder a person's window has shown is noted in their preferences, outside the
database. A database restored from a backup (or set up again in its folder) numbers its readings again
from 1, so a folder read afterwards on the command line had an id no higher than the one noted, and the
window stayed on the period chosen last, without a word (walk W2 #7 back). A reading is now noted by its
id and start time."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.cli import run
from tests.province.conftest import PERIOD
from tests.province.test_opens_on_last_period import open_window
from tests.province.test_window_shows_period_read import RECEIVING, fresh, shows_six_months  # noqa: F401
from ui.preferences import UserPreferences


def test_a_folder_read_after_a_restore_is_followed(qtbot, office, inbox, fresh):  # noqa: F811
    window = open_window(qtbot, office)
    assert window.period.code == RECEIVING
    window.close()
    data = str(Path(office.ws.store.path).parent)
    assert run(["--data-dir", data, "consolidate", str(inbox["folder"]), "--period", PERIOD]) == 0
    mark, code = office.last_run()
    assert mark.startswith("1 ") and code == PERIOD
    # the window had shown reading 1 of the database this one was restored over: read earlier
    UserPreferences.of(office.ws).set_last_run("1 2026-06-01T08:00:00+07:00")

    again = open_window(qtbot, office)
    shows_six_months(again, inbox)
    assert "Đang xem 6 tháng đầu năm 2026" in again.statusBar().currentMessage()
    again.close()

    once_more = open_window(qtbot, office)  # seen now: the person's choice stands again
    assert "Đang xem" not in once_more.statusBar().currentMessage()
    once_more.close()
    QSettings().remove("users")
