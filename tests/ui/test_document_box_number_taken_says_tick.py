"""A number already issued, refused in the number box, said "… hoặc để trống số văn bản để viết tay trên bản in",
the command line's way (no --number), while the box does not take an empty number with Enter: it asks to tick
"Số viết tay trên bản in" (walk U17). The refusal now says "hoặc ghi số viết tay trên bản in: đánh dấu “Số viết
tay trên bản in” (Alt+V)" after clearing the number (the choice is off while one is typed), and Delete, Alt+V
then export with the number written by hand. Phường Phan Đình Phùng."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.services import export_period
from exports.submission_reader import read_submission
from tests.ui.conftest import Script, press, shot, type_text
from tests.ui.test_document_box_says_this_approval import ward  # noqa: F401 (the fixture)
from tests.ui.test_document_number_box import _action
from ui import i18n
from ui.document_dialog import DocumentDialog

pytestmark = [pytest.mark.usefixtures("approved_before_report_date"), pytest.mark.document_box]


def _refused(qtbot, ws, tmp_path, monkeypatch, name: str, then, exports: bool = False) -> tuple[str, object]:
    """15 typed in the box of the year's first export, 15 being the first half's number; `then(box)` after;
    `exports`: that goes on to export."""
    export_period(ws, "2026-6M", tmp_path / "six", doc_number="15", report_date=dt.date(2026, 12, 10))
    action, out = _action(qtbot, ws, tmp_path, monkeypatch)
    seen = {}

    def type_a_taken_number(box):
        box.resize(box.sizeHint())
        type_text("15")
        press(Qt.Key.Key_Return)
        box.resize(box.sizeHint())
        shot(box, name)
        seen["error"] = box.error.text()
        then(box)

    script = Script((DocumentDialog, type_a_taken_number))
    if exports:
        with qtbot.waitSignal(action.controller.exported, timeout=20000):
            action.trigger()
    else:
        action.trigger()
    script.check()
    return seen["error"], out


@pytest.fixture
def ward_half_approved(ward):  # noqa: F811
    from tests.ui.test_approve_enter_says_no import FIGURES

    for code, typed in FIGURES:
        ward.set_entry("2026-6M", code, **typed)
    ward.complete("2026-6M")
    ward.approve("2026-6M")
    return ward


def test_the_refusal_says_to_tick_and_alt_v_then_exports(qtbot, ward_half_approved, tmp_path, monkeypatch):
    def by_hand(box):
        press(Qt.Key.Key_Delete)  # the number refused is selected
        press(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(box.by_hand.isChecked, timeout=2000)  # a mnemonic clicks after its 100 ms press is drawn
        press(Qt.Key.Key_Return)

    error, out = _refused(qtbot, ward_half_approved, tmp_path, monkeypatch, "s96_document_box_number_taken_vi",
                          by_hand, exports=True)
    assert "hoặc ghi số viết tay trên bản in: " in error and "“Số viết tay trên bản in” (Alt+V). Chưa ghi tệp nào." \
        in error, error  # the words between, how, are the window's (English until translated)
    assert "để trống số văn bản" not in error
    assert read_submission(next(out.glob("*.xlsx"))).doc_number == ""  # written by hand, as the refusal said


def test_in_english(qtbot, ward_half_approved, tmp_path, monkeypatch):
    i18n.install_language(i18n.ENGLISH)
    error, _ = _refused(qtbot, ward_half_approved, tmp_path, monkeypatch, "s96_document_box_number_taken_en",
                        lambda box: press(Qt.Key.Key_Escape))
    assert error.endswith("the next being 16, or write the number by hand on the paper: clear the number, then tick "
                          "“Number written by hand on the paper” (Alt+H). No file was written."), error


def test_a_number_not_a_register_s_says_it_too(qtbot, ward, tmp_path, monkeypatch):  # noqa: F811
    """"0" refused for what it is, then how a number is written by hand in the box (it said "để trống nếu số được
    viết tay trên bản in")."""
    action, _ = _action(qtbot, ward, tmp_path, monkeypatch)
    seen = {}

    def type_zero(box):
        type_text("0")
        press(Qt.Key.Key_Return)
        seen["error"] = box.error.text()
        press(Qt.Key.Key_Escape)

    script = Script((DocumentDialog, type_zero))
    action.trigger()
    script.check()
    error = seen["error"]
    assert error.startswith('Số văn bản "0" không dùng được: là số 0.'), error
    assert "; hoặc ghi số viết tay trên bản in: " in error and error.endswith("“Số viết tay trên bản in” (Alt+V)."), error
    assert "để trống" not in error
