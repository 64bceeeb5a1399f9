"""After Mở lại and a new approval, the number box of that approval's first export opened with "Báo cáo đã duyệt
… được xuất gửi tỉnh lần đầu" above "Lần duyệt trước của kỳ này đã xuất gửi tỉnh với 17/BC-UBND …": the two lines
read as contradicting each other (walk U17). It now says it of this approval: "Lần duyệt này … chưa xuất gửi
tỉnh"; a first approval's box keeps its words. Phường Phan Đình Phùng, the longest name of the 92 units."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.services import export_period
from tests.ui.conftest import Script, press, shot
from tests.ui.test_approve_enter_says_no import FIGURES
from tests.ui.test_document_number_box import TODAY, _action
from ui import i18n
from ui.document_dialog import DocumentDialog

pytestmark = [pytest.mark.usefixtures("approved_before_report_date"), pytest.mark.document_box]


@pytest.fixture
def ward(ward_workspace):
    """Phường Phan Đình Phùng's 2026 approved, not exported yet."""
    ws = ward_workspace
    ws.set_baseline("giam_ngheo", "5,2%")
    ws.set_baseline("ket_nap_dang_vien", "250")
    for code, typed in FIGURES:
        ws.set_entry("2026", code, **typed)
    ws.complete("2026")
    ws.approve("2026")
    ws.today_is = TODAY
    return ws


def _explanation(qtbot, ws, tmp_path, monkeypatch, name: str) -> str:
    (tmp_path / name).mkdir()
    action, _ = _action(qtbot, ws, tmp_path / name, monkeypatch)
    seen = {}

    def read(box):
        box.resize(box.sizeHint())
        shot(box, name)
        seen["said"] = box.explanation.text()
        press(Qt.Key.Key_Escape)

    script = Script((DocumentDialog, read))
    action.trigger()
    script.check()
    return seen["said"]


def test_a_second_approval_s_box_says_this_approval_is_not_exported_yet(qtbot, ward, tmp_path, monkeypatch):
    export_period(ward, "2026", tmp_path / "first", doc_number="17", report_date=dt.date(2026, 12, 18))
    ward.reopen("2026", "Điều chỉnh theo số liệu của Chi cục Thuế")
    ward.set_entry("2026", "thu_ngan_sach", value="52.500")
    ward.complete("2026")
    ward.approve("2026")
    said = _explanation(qtbot, ward, tmp_path, monkeypatch, "s96_document_box_second_approval_vi")
    assert "lần đầu" not in said, said  # "Lần duyệt này của kỳ năm 2026 chưa xuất gửi tỉnh." (S96, in the .ts)
    i18n.install_language(i18n.ENGLISH)
    said = _explanation(qtbot, ward, tmp_path, monkeypatch, "s96_document_box_second_approval_en")
    assert said.startswith("This approval of year 2026 has not been exported for the province yet. "), said
    assert "first time" not in said


def test_a_first_approval_s_box_says_it_as_before(qtbot, ward, tmp_path, monkeypatch):
    i18n.install_language(i18n.ENGLISH)
    said = _explanation(qtbot, ward, tmp_path, monkeypatch, "s96_document_box_first_approval_en")
    assert said.startswith("The approved report of year 2026 is exported for the province for the first time."), said
