"""Hoàn thành and Duyệt list the comments that are only a number, naming the indicator and the comment,
without refusing (walk U9 F2: "80%" on BHYT and "1234.5" on the poverty row were said once at typing, then
"Duyệt kết quả năm 2026?" said nothing and the signed paper printed "80%" beside 95). Trợ giúp › Giới thiệu
says this computer's signing key code as text, read out when the province phones (walk U9 F6)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.periods import parse_period
from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, press, shot
from ui.fitting import unbroken_code

BHYT_LINE = "• Ghi chú chỉ có một số: Tỷ lệ người dân tham gia bảo hiểm y tế: “80%”"
POOR_LINE = "• Ghi chú chỉ có một số: Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030: “1234.5”"


def _filled(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.set_entry("2026", "bhyt", comment="80%")
    office.set_entry("2026", "giam_ngheo", comment="1234.5")


def _state(office):  # noqa: F811
    return {s.period.code: s.state for s in office.overview(dt.date(2026, 12, 1))}["2026"]




def test_complete_asks_with_each_number_comment_and_no_goes_back(make_window, office, qtbot):  # noqa: F811
    _filled(office)
    window = make_window(office, today=dt.date(2026, 12, 1))
    window.show_period(parse_period("2026"))
    seen = []

    def no(box):
        seen.append(box.text())
        press(Qt.Key.Key_Escape)

    script = Script((QMessageBox, no))
    window.complete_action.trigger()
    script.check()
    assert seen[0].startswith("Đánh dấu hoàn thành năm 2026?") or seen[0].startswith("Mark "), seen[0]
    assert BHYT_LINE in seen[0].splitlines() and POOR_LINE in seen[0].splitlines()
    assert "Báo cáo in nguyên ghi chú này" in seen[0]
    assert _state(office) == State.ENTERING  # No: nothing marked, the comments to correct

    def yes(box):
        seen.append(box.text())
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, yes), (QMessageBox, yes))
    window.complete_action.trigger()
    script.check()
    assert _state(office) == State.COMPLETE  # not refused: a comment may be a number on purpose


def test_approve_question_lists_each_number_comment(make_window, office, qtbot):  # noqa: F811
    _filled(office)
    office.complete("2026")
    as_(office, "lanhdao")
    window = make_window(office, today=dt.date(2026, 12, 1))
    seen = []

    def yes(box):
        seen.append(box.text())
        shot(box, "s60_approve_question")
        yes_by_alt(box)

    script = Script((QMessageBox, yes), (QMessageBox, lambda box: press(Qt.Key.Key_Return)))
    window.approve_action.trigger()
    script.check()
    lines = seen[0].splitlines()
    assert lines[0] == "Duyệt kết quả năm 2026?"
    assert BHYT_LINE in lines and POOR_LINE in lines
    assert lines.index(BHYT_LINE) < lines.index(POOR_LINE)
    assert _state(office) == State.APPROVED


def test_about_says_the_signing_key_code(make_window, office, qtbot):  # noqa: F811
    as_(office, "canbo")
    window = make_window(office, today=dt.date(2026, 12, 1))
    code = office.key_code_made()
    assert code
    seen = []

    def read(box):
        seen.append(box.text())
        shot(box, "s60_about_key_code")
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read))
    window.about_action.trigger()
    script.check()
    assert "Mã khóa ký của máy này" in seen[0] or "signing key code" in seen[0], seen[0]
    assert f">{unbroken_code(code)}</b>" in seen[0]  # whole on one line, as read out on the phone


def test_the_export_done_box_says_the_key_code_as_text(qtbot, tmp_path):
    from types import SimpleNamespace

    from ui.export_dialog import ExportDoneDialog

    written = [tmp_path / "bao-cao.pdf", tmp_path / "bao-cao.json"]
    submission = SimpleNamespace(approved=True, period=parse_period("2026"), unit_name="Xã Tân Cương",
                                 short_fingerprint="AB12CD34EF56GH78", key_code="UGYS-AB23-CD45-EF67")
    dialog = ExportDoneDialog(SimpleNamespace(folder=tmp_path, paths=written, pdf=written[0], submission=submission))
    qtbot.addWidget(dialog)
    assert unbroken_code("UGYS-AB23-CD45-EF67") in dialog.message.text()  # not only in its tooltip
