"""The window's Duyệt after another copy of the program imported a newer catalogue: refused,
saying so, and the window shows the new targets at once (not only when next brought to front)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop_app import catalog_update as cu
from desktop_app.core.periods import Period
from desktop_app.core.workflow import State
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from tests.province.helpers import fill_unit
from ui import workflow_actions
from ui.entry_model import Col

SIX_MONTHS = Period(2026, "6M")


def _target(window, code: str) -> str:
    return window.model.index(window.model.line_of(code), Col.TARGET).data().split("\n")[0]


def test_approve_refused_after_an_import_elsewhere_and_the_window_shows_the_new_target(
        make_window, tmp_path, monkeypatch):
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "50", unit="05503")
    cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    ws = Workspace.open(tmp_path / "xa", user="lanh-dao")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_unit(ws, "2026-6M", seed=3)
    ws.complete("2026-6M")
    window = make_window(ws)
    window.show_period(SIX_MONTHS)
    assert _target(window, "bhyt") == "100"

    other = Workspace.open(tmp_path / "xa", user="can-bo")  # another copy of the program
    cu.import_update(other, tmp_path / "bo-chi-tieu-2026.2.chitieu-catalog.json", office.ws.key_code)
    other.close()

    warnings = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text)))
    assert not workflow_actions.approve_period(window, ws, SIX_MONTHS)
    assert len(warnings) == 1 and "lên phiên bản 2026.2" in warnings[0]
    assert warnings[0].endswith("hãy xem lại kết quả rồi duyệt lại.")
    assert ws.period_state("2026-6M") == State.COMPLETE
    assert _target(window, "bhyt") == "≥ 50"  # shown at once, before the window is brought to front

    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    assert workflow_actions.approve_period(window, ws, SIX_MONTHS)
    assert ws.approval("2026-6M").catalog_version == "2026.2"
    office.close()


def test_an_update_imported_by_another_copy_is_shown_and_not_offered_again(make_window, tmp_path, monkeypatch):
    """Dữ liệu › Cập nhật bộ chỉ tiêu… with the file another copy already imported: the window
    shows the new targets at once and says the file is not newer, instead of asking to update
    "from 2026.1 to 2026.2" and then refusing."""
    from ui.catalog_update_dialog import import_catalog_update

    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "50", unit="05503")
    cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    update = tmp_path / "bo-chi-tieu-2026.2.chitieu-catalog.json"
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    window = make_window(ws)
    window.show_period(SIX_MONTHS)
    assert _target(window, "bhyt") == "100"
    other = Workspace.open(tmp_path / "xa", user="can-bo")
    cu.import_update(other, update, office.ws.key_code)
    other.close()

    asked, warnings = [], []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text)))
    assert not import_catalog_update(window, ws, str(update))
    assert not asked and len(warnings) == 1 and "2026.2" in warnings[0]
    assert _target(window, "bhyt") == "≥ 50"
    office.close()
