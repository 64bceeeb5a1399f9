"""The reopen dialog says when today's targets are not the ones the period was approved against (walk
U18 F1): above the reason, the catalogue it was approved under and the one it is judged with once
reopened, a line per indicator whose target or verdict changes, and a box the leader ticks. The reason
typed and Enter alone do not reopen (refused under the question, the keyboard on the box); Space ticks it
and Enter then reopens; Escape cancels. Many changes scroll, and the dialog fits 1366x768 over the window
of Phường Phan Đình Phùng, the longest name of the 92 units. A period whose targets did not change is
asked as before, without the box."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from desktop_app import catalog_update as cu
from desktop_app.core.periods import parse_period
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.core.test_reopen_says_targets import PERIOD, approved_2026, import_2026_2
from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, shot, type_text
from tests.ui.test_alt_letters_first_run import shown
from tests.ui.test_approve_enter_says_no import FIGURES
from ui.workflow_actions import ReopenDialog

PROVINCE = new_private_key()


def _question(dialog) -> QLabel:
    return dialog.findChild(QLabel)  # the QInputDialog's own, made first


def test_enter_alone_does_not_reopen_a_period_judged_anew(qtbot, office, tmp_path):  # noqa: F811
    ws = import_2026_2(approved_2026(office), tmp_path)
    dialog = shown(qtbot, ReopenDialog(None, ws, PERIOD))
    shot(dialog, "s99_reopen_targets")
    said = dialog.targets
    assert said.lead.text() == ("Kỳ này được duyệt theo bộ chỉ tiêu 2026.1; mở lại, kỳ sẽ được đánh giá theo bộ "
                                "chỉ tiêu đang dùng 2026.2:")
    assert "• Tỷ lệ kết nạp đảng viên mới hằng năm: ≥ 3,2 → ≥ 4 (Vượt → Không đạt)" in said.lines.text()
    assert "chưa giao → ≥ 7,5 (Đạt)" in said.lines.text()
    assert QApplication.focusWidget() is dialog.field
    type_text("Sửa số liệu thu ngân sách")
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and "✖" in _question(dialog).text()
    shot(dialog, "s99_reopen_refused")
    assert said.scroll.verticalScrollBar().maximum() == 0  # both changes still whole above the refusal
    question = _question(dialog)
    assert question.height() >= question.heightForWidth(question.width())  # the refusal whole under it
    assert ws.period_state(PERIOD).frozen
    assert QApplication.focusWidget() is said.agree  # the box the refusal names
    press(Qt.Key.Key_Space)
    assert said.agree.isChecked()
    assert "✖" not in _question(dialog).text()  # the refusal for the box goes once it is ticked (walk U20 F5)
    press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.field and dialog.field.text() == "Sửa số liệu thu ngân sách"
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert not ws.period_state(PERIOD).frozen


def test_escape_cancels_with_the_box_ticked(qtbot, office, tmp_path):  # noqa: F811
    ws = import_2026_2(approved_2026(office), tmp_path)
    dialog = shown(qtbot, ReopenDialog(None, ws, PERIOD))
    type_text("Sửa số liệu")
    said, visited = dialog.targets, []
    for _ in range(5):  # Tab in reading order: from the reason, the box, Mở lại, Hủy, the changes, the reason
        press(Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[0] is said.agree and [w.text() for w in visited[1:3]] == ["&Mở lại", "&Hủy"]
    assert visited[3:] == [said.scroll, dialog.field]
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)  # on the box
    assert said.agree.isChecked()
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert ws.period_state(PERIOD).frozen


def test_a_period_with_the_same_targets_is_asked_as_before(qtbot, office):  # noqa: F811
    ws = approved_2026(office)
    dialog = shown(qtbot, ReopenDialog(None, ws, PERIOD))
    assert dialog.targets is None and not dialog.findChildren(QCheckBox)
    assert "bộ chỉ tiêu" not in " ".join(label.text() for label in dialog.findChildren(QLabel))
    type_text("Sửa số liệu thu ngân sách")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert not ws.period_state(PERIOD).frozen


@pytest.fixture
def ward(data_dir, tmp_path):
    """Phường Phan Đình Phùng's 2026 approved, then an update changing the targets of most indicators."""
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Hoàng Văn Quản", "Quản trị", PW["admin"])
    ws.login("admin", PW["admin"])
    ws.setup("phan dinh phung", "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user("canbo", "Nguyễn Văn An", Role.OFFICER, PW["canbo"])
    ws.add_user("lanhdao", "Trần Thị Bình", Role.LEADER, PW["lanhdao"])
    as_(ws, "canbo")
    ws.set_baseline("giam_ngheo", "5,2%")
    ws.set_baseline("ket_nap_dang_vien", "250")
    for code, typed in FIGURES:
        ws.set_entry(PERIOD, code, **typed)
    ws.complete(PERIOD)
    as_(ws, "lanhdao")
    ws.approve(PERIOD)
    as_(ws, "admin")
    doc = ws.catalog.document
    for ind in doc["indicators"]:
        if ind["kind"] in ("ratio", "ratio_of_baseline", "amount") and "phường" in ind["applies_to"]:
            doc = cu.assign(doc, ind["code"])
            doc = cu.set_target(doc, ind["code"], ">=", "99", unit="05443")
    update = cu.build_update(doc, "2026.1", "2026.2", issuer="UBND tỉnh Thái Nguyên", private_key=PROVINCE)
    cu.import_update(ws, cu.write_update(update, tmp_path / f"bo-chi-tieu-2026.2{cu.SUFFIX}"),
                     key_code(public_key(PROVINCE)))
    as_(ws, "lanhdao")
    yield ws
    ws.close()


def test_many_changes_scroll_and_the_dialog_fits_1366x768(make_window, ward):
    window = make_window(ward)
    window.resize(1366, 768)
    window.show_period(parse_period(PERIOD))
    seen = {}

    def look(dialog):
        shot(window, "s99_reopen_many_window")
        shot(dialog, "s99_reopen_many")
        said = dialog.targets
        seen["lines"] = said.lines.text().count("•")
        seen["scrolls"] = said.scroll.verticalScrollBar().maximum() > 0
        seen["height"] = dialog.frameGeometry().height()
        press(Qt.Key.Key_Escape)

    script = Script((ReopenDialog, look))
    window.reopen_action.trigger()
    script.check()
    assert seen["lines"] > 8 and seen["scrolls"]
    assert seen["height"] <= 700
    assert ward.period_state(PERIOD).frozen
    assert window.windowTitle().count("Phường Phan Đình Phùng") == 1
