"""After a reopening and a second approval, the number box of the first export of that approval says the
number the earlier approval went out as and the next free (walk U17 F3: it said "được xuất gửi tỉnh lần đầu"
with an empty number and nothing else; the leader typed 17 again and learnt "số tiếp theo là 18" only from
the refusal). A period never issued before is asked as it was, nothing more said."""
from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.services import export_period  # noqa: E402
from tests.ui.conftest import Script, press, shot, type_text  # noqa: E402
from tests.ui.test_document_number_box import XLSX, _action, approved  # noqa: E402, F401 (the fixture)
from ui.document_dialog import DocumentDialog  # noqa: E402

pytestmark = [pytest.mark.usefixtures("approved_before_report_date"), pytest.mark.document_box]


def _approved_again(ws, tmp_path):
    export_period(ws, "2026", tmp_path / "first", doc_number="17", report_date=dt.date(2026, 12, 18))
    ws.reopen("2026", "Điều chỉnh theo số liệu của Chi cục Thuế")
    ws.set_entry("2026", "thu_ngan_sach", value="52.500")
    ws.complete("2026")
    ws.approve("2026")


def test_the_box_of_a_second_approval_says_the_earlier_number_and_the_next(qtbot, approved, tmp_path,  # noqa: F811
                                                                           monkeypatch):
    _approved_again(approved, tmp_path)
    action, out = _action(qtbot, approved, tmp_path, monkeypatch)
    seen = {}

    def read_then_type(box):
        box.resize(box.sizeHint())
        shot(box, "s94_document_box_second_approval")
        seen["said"] = box.earlier.text().replace("\u2060", "").replace("\u00a0", " ") if box.earlier.isVisible() else ""
        seen["example"] = box.number.placeholderText()
        seen["hint"] = box.hint.text()
        assert QApplication.focusWidget() is box.number
        type_text("18")
        press(Qt.Key.Key_Return)

    script = Script((DocumentDialog, read_then_type))
    with qtbot.waitSignal(action.controller.exported, timeout=20000) as blocker:
        action.trigger()
    script.check()
    # the number and date as the refusal names them, then the next: "Lần duyệt trước của kỳ này đã xuất gửi tỉnh
    # với số 17/BC-UBND ngày 18/12/2026. Lần duyệt này cần số văn bản riêng: số tiếp theo năm 2026 là 18/BC-UBND."
    said = seen["said"]
    assert "số 17/BC-UBND ngày 18/12/2026" in said and said.endswith(" 18/BC-UBND."), said
    assert seen["example"].endswith(" 18"), seen
    assert "ví dụ 18 " in seen["hint"] and "ví dụ 15" not in seen["hint"], seen  # the grey hint as the field (U17)
    assert blocker.args[0].submission.doc_number == "18"


def test_a_first_approval_is_asked_as_before(qtbot, approved, tmp_path, monkeypatch):  # noqa: F811
    action, out = _action(qtbot, approved, tmp_path, monkeypatch)
    seen = {}

    def read(box):
        seen["said"] = box.earlier.isVisible()
        press(Qt.Key.Key_Escape)

    script = Script((DocumentDialog, read))
    action.trigger()
    script.check()
    assert seen == {"said": False}
