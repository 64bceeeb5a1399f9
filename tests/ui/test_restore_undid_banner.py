"""A period whose approval a restore undid says so over its table, to the leader and to the officer (walk U7, F3:
the leader's window showed the year "Hoàn thành" with no word that their approval was undone, nor by whom): who
approved it, when, its code, which administrator restored which backup, and that it must be approved again (to the
leader: where). Once approved again, nothing is said."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app import backups
from desktop_app.services import Workspace
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, shot, window_in_english

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 1)
ALT = Qt.KeyboardModifier.AltModifier


def _restored(ws) -> tuple[Workspace, str, str]:
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    backup = backups.take_backup(ws, "truoc-duyet")
    as_(ws, "lanhdao")
    ws.approve("2026")
    code = ws.approval("2026").fingerprint[:16]
    as_(ws, "canbo")
    ws.set_entry("2026-9M", "thu_ngan_sach", value="31.000")
    as_(ws, "admin")
    backups.restore(ws, backup, confirmed=backups.restore_warning(Path(ws.store.path), backup))
    return Workspace.open(Path(ws.store.path).parent), code, backup.name


def _to_year(window):
    """Alt+PgDown / Alt+PgUp, as a person goes from period to period, to the year 2026."""
    periods = [p.code for p in window._statuses]
    key = Qt.Key.Key_PageDown if periods.index(window.period.code) < periods.index("2026") else Qt.Key.Key_PageUp
    while window.period.code != "2026":
        before = window.period.code
        press(key, ALT)
        assert window.period.code != before


def _said(window) -> str:
    return window.frozen_label.text().replace("\u00a0", " ")  # a menu path's no-break spaces read as spaces


def test_the_leader_and_the_officer_read_that_a_restore_undid_the_approval(make_window, office, qtbot,  # noqa: F811
                                                                           english):
    ws, code, backup = _restored(office)
    try:
        as_(ws, "lanhdao")
        window = make_window(ws, today=DAY)
        window.resize(1366, 768)
        _to_year(window)
        text = _said(window)
        assert window.frozen_label.isVisible(), text
        assert text.startswith(f"Kỳ này đã được Trần Thị Bình duyệt ngày 04/12/2026 (mã {code}); lúc "), text
        assert (f", quản trị viên Hoàng Văn Quản khôi phục bản sao lưu {backup} nên việc duyệt bị hủy. Cần duyệt "
                "lại.") in text, text
        assert "Cần duyệt lại. " in text and "Kỳ báo cáo › Duyệt kỳ báo cáo (Alt+K, D)." in text, text
        assert window.frozen_label.height() <= 3 * window.frozen_label.fontMetrics().lineSpacing() + 8
        shot(window, "s48_banner_vi")
        window_in_english(window, qtbot, english)
        text = _said(window)
        assert text.startswith(f"This period was approved by Trần Thị Bình on 04/12/2026 (code {code}); at "), text
        assert f"the administrator Hoàng Văn Quản restored the backup {backup}, which undid the approval." in text
        assert text.endswith("It must be approved again. Approve it in Period › Approve the period (Alt+P, A)."), text
        shot(window, "s48_banner_en")
        QApplication.processEvents()

        as_(ws, "canbo")
        officer = make_window(ws, today=DAY)
        officer.resize(1366, 768)
        _to_year(officer)
        text = _said(officer)
        assert f"(code {code})" in text and "Approve it in" not in text, text  # the officer does not approve

        as_(ws, "lanhdao")
        ws.approve("2026")
        window.reload(window.period)
        assert "restored" not in _said(window) and "Trần Thị Bình on 04/12/2026" not in _said(window), _said(window)
        QApplication.processEvents()
    finally:
        ws.close()
