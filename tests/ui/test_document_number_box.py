"""Tệp › Xuất báo cáo… of an approval not exported for the province yet asks its document number and date
first (ui/document_dialog.py): the window printed no number (only `chitieu export --number` did), so a
report signed digitally in the window went out with "Số:      /BC-UBND". The number may stay blank (written
by hand on the paper); what the core refuses is said under the form, the cursor in the field it names, and
nothing is written."""
from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget  # noqa: E402

from desktop_app.core.doc_number import Issued  # noqa: E402
from desktop_app.services import export_period  # noqa: E402
from exports.submission_reader import read_submission  # noqa: E402
from tests.core.test_workflow import fill_year  # noqa: E402
from tests.ui.conftest import Script, press, type_text  # noqa: E402
from ui.document_dialog import DocumentDialog  # noqa: E402
from ui.export_dialog import add_export_action  # noqa: E402
from ui.issued_dialog import IssuedDialog  # noqa: E402

pytestmark = [pytest.mark.usefixtures("approved_before_report_date"), pytest.mark.document_box]
TODAY = dt.date(2026, 12, 18)  # the year's figures end 14/12/2026; approved 04/12/2026 (the fixture)
XLSX = "2026_05503_xa-tan-cuong.xlsx"


@pytest.fixture
def approved(workspace):
    """The first half and the whole of 2026 approved, neither exported yet."""
    for period in ("2026-6M", "2026"):
        fill_year(workspace, period)
    for period in ("2026-6M", "2026"):
        workspace.complete(period)
        workspace.approve(period)
    workspace.today_is = TODAY
    return workspace


def _action(qtbot, workspace, tmp_path, monkeypatch, period="2026"):
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(out)))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return add_export_action(parent, QMenu(parent), lambda: workspace, lambda: period, settings=settings), out


def test_the_number_typed_is_printed_and_kept_for_the_approval(qtbot, approved, tmp_path, monkeypatch):
    action, out = _action(qtbot, approved, tmp_path, monkeypatch)
    seen = {}

    def type_the_number(box):
        seen["first"] = QApplication.focusWidget() is box.number
        seen["date"] = box.date.text()
        type_text("15")
        press(Qt.Key.Key_Tab)
        seen["then"] = QApplication.focusWidget() is box.date
        press(Qt.Key.Key_Return)

    script = Script((DocumentDialog, type_the_number))
    with qtbot.waitSignal(action.controller.exported, timeout=20000) as blocker:
        action.trigger()
    script.check()
    assert seen == {"first": True, "date": "18/12/2026", "then": True}
    assert (blocker.args[0].submission.doc_number, read_submission(out / XLSX).doc_number) == ("15", "15")
    assert approved.issued("2026") == Issued("15", TODAY)


def test_a_number_taken_is_refused_in_the_box_and_nothing_is_written(qtbot, approved, tmp_path, monkeypatch):
    """Another report of the year went out as 15/BC-UBND: the box says so under the form, the cursor back in
    the number; the next number typed exports."""
    export_period(approved, "2026-6M", tmp_path / "six", doc_number="15", report_date=dt.date(2026, 12, 10))
    action, out = _action(qtbot, approved, tmp_path, monkeypatch)
    seen = []

    def type_a_taken_number(box):
        type_text("15")
        press(Qt.Key.Key_Return)
        seen.append((box.isVisible(), box.error.text(), QApplication.focusWidget() is box.number, list(out.iterdir())))
        type_text("16")  # the number is selected: typed over
        press(Qt.Key.Key_Return)

    script = Script((DocumentDialog, type_a_taken_number))
    with qtbot.waitSignal(action.controller.exported, timeout=20000):
        action.trigger()
    script.check()
    visible, error, in_number, written = seen[0]
    assert visible and in_number and written == []
    assert error.startswith("Không xuất được báo cáo kỳ năm 2026 với số văn bản 15/BC-UBND: năm 2026, số 15/BC-UBND "
                            "đã dùng cho báo cáo đã duyệt kỳ 6 tháng đầu năm 2026"), error
    assert "số tiếp theo là 16" in error
    assert read_submission(out / XLSX).doc_number == "16"


def test_a_date_that_does_not_exist_or_a_wrong_number_names_its_field(qtbot, approved, tmp_path, monkeypatch):
    action, out = _action(qtbot, approved, tmp_path, monkeypatch)
    seen = []

    def type_wrong_things(box):
        press(Qt.Key.Key_Tab)  # the number empty: its "written by hand" choice, then the date
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("31/02/2026")
        press(Qt.Key.Key_Return)
        seen.append((box.error.text(), QApplication.focusWidget() is box.date))
        type_text("19/12/2026")
        box.number.setFocus()
        type_text("15 bis!")
        press(Qt.Key.Key_Return)
        seen.append((box.error.text(), QApplication.focusWidget() is box.number))
        press(Qt.Key.Key_Escape)

    script = Script((DocumentDialog, type_wrong_things))
    action.trigger()
    script.check()
    assert seen[0] == ("Ngày báo cáo 31/02/2026 không có: tháng 2/2026 có 28 ngày.", True)
    assert seen[1][0].startswith('Số văn bản "15 bis!" không dùng được: có các ký tự không dùng được: dấu cách, "!". '
                                 'Số văn bản gồm chữ số'), seen[1]
    assert seen[1][1]
    assert list(out.iterdir()) == [] and approved.issued("2026") is None  # Escape: nothing written, nothing fixed


def test_no_number_is_asked_of_a_draft_nor_again_of_an_approval_issued(qtbot, approved, tmp_path, monkeypatch):
    export_period(approved, "2026", tmp_path / "first", doc_number="07", report_date=TODAY)
    action, out = _action(qtbot, approved, tmp_path, monkeypatch)
    script = Script((IssuedDialog, lambda box: press(Qt.Key.Key_Return)))
    with qtbot.waitSignal(action.controller.exported, timeout=20000):
        action.trigger()
    script.check()  # the fixed number shown, no box asking one
    assert read_submission(out / XLSX).doc_number == "07"

    approved.reopen("2026", "Sửa số liệu")
    (tmp_path / "draft").mkdir()
    draft, out_draft = _action(qtbot, approved, tmp_path / "draft", monkeypatch)
    script = Script()  # no box expected: one shown is closed and reported
    with qtbot.waitSignal(draft.controller.exported, timeout=20000):
        draft.trigger()
    script.check()
    assert read_submission(out_draft / XLSX).doc_number == ""


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_number_field_shows_its_hint_whole(qtbot, approved, english, language):
    """Walk U8 F4: in English the empty number field read "blank: written by …", its hint cut."""
    if language == "en":
        english()
    box = DocumentDialog(approved, approved.submission("2026"))
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    field = box.number
    room = field.contentsRect().width() - field.textMargins().left() - field.textMargins().right()
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) + 8 <= room, field.placeholderText()
