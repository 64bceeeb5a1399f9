"""The window's Xuất báo cáo…, Gửi cho tỉnh… and In báo cáo… after another copy of the program imported a
newer catalogue: the worker refuses the draft, and the window shows the new targets as soon as
the refusal is said, not only when it is next brought to front."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app import catalog_update as cu
from desktop_app.core.periods import Period
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from tests.province.helpers import fill_unit
from ui.app import plug_exports
from ui.entry_model import Col
from ui.print_report import ReportPrinter
from ui.send_report import SendController

SIX_MONTHS = Period(2026, "6M")


def _target(window, code: str) -> str:
    return window.model.index(window.model.line_of(code), Col.TARGET).data().split("\n")[0]


@pytest.fixture
def refused_meanwhile(make_window, tmp_path, monkeypatch):
    """A window showing Quý I-II's draft with bhyt's target 100, after which another copy of the
    program on the same database imported catalogue 2026.2 (bhyt ≥ 50 for this unit); the
    returned list collects the warnings shown."""
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "50", unit="05503")
    cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_unit(ws, "2026-6M", seed=3)
    window = make_window(ws)
    plug_exports(window)
    window.show_period(SIX_MONTHS)
    assert _target(window, "bhyt") == "100"
    other = Workspace.open(tmp_path / "xa", user="can-bo")  # another copy of the program
    cu.import_update(other, tmp_path / "bo-chi-tieu-2026.2.chitieu-catalog.json", office.ws.key_code)
    other.close()
    office.close()
    out = tmp_path / "xuat"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(out)))
    warnings = []

    def warning(parent, title, text, *a):
        warnings.append((text, _target(window, "bhyt")))  # what the window shows behind the message
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return window, warnings


def test_a_draft_export_refused_by_a_newer_catalogue_shows_the_new_target_at_once(qtbot, refused_meanwhile):
    """Xuất báo cáo… refused by the worker: the message names the new version, and the window
    behind it already shows the new target."""
    window, warnings = refused_meanwhile
    export = next(a for a in window.file_menu.actions() if a.text().replace("&", "") == "Xuất báo cáo…")
    with qtbot.waitSignal(export.controller.failed, timeout=30_000):
        export.trigger()
    [(text, behind)] = warnings
    assert "chưa xuất báo cáo được" in text and "lên phiên bản 2026.2" in text
    assert behind == "≥ 50"
    assert _target(window, "bhyt") == "≥ 50"


@pytest.mark.parametrize("controller", [SendController, ReportPrinter], ids=["send", "print"])
def test_sending_or_printing_refused_by_a_newer_catalogue_shows_the_new_target_at_once(
        qtbot, refused_meanwhile, controller, monkeypatch):
    """Gửi cho tỉnh… and In báo cáo… refused by the worker (each exports the draft first): the same."""
    window, warnings = refused_meanwhile
    monkeypatch.setattr(SendController, "confirm_draft", lambda self: True)  # "Gửi bản dự thảo"
    started = controller(window, window.workspace, SIX_MONTHS)
    task = started.start()
    with qtbot.waitSignal(task.failed, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    [(text, behind)] = warnings
    assert "lên phiên bản 2026.2" in text
    assert behind == "≥ 50"
    assert _target(window, "bhyt") == "≥ 50"
    if controller is ReportPrinter:
        assert not started.busy


def test_an_export_failing_with_an_unreadable_database_still_says_why(qtbot, refused_meanwhile, monkeypatch):
    """The catching up after a failed export must not hide the failure behind an error of its own
    when the database cannot be read (a disk gone): the export's own message is shown."""
    import sqlite3

    window, warnings = refused_meanwhile

    def unreadable():
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(window.workspace, "changed_elsewhere", unreadable)
    export = next(a for a in window.file_menu.actions() if a.text().replace("&", "") == "Xuất báo cáo…")
    with qtbot.waitSignal(export.controller.failed, timeout=30_000):
        export.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    [(text, _behind)] = warnings
    assert "lên phiên bản 2026.2" in text
