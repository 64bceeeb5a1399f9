"""A period's history changed with sqlite3 (red-team 12, finding 1: the reopening's reason the approved
paper prints) is listed in the window's list of changes made outside the program with the period's name,
and acknowledging it voids the period's approval, as the question says before it is confirmed."""
from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, click_button

LISTED = "Dòng số 3 của lịch sử trạng thái kỳ năm 2026 (Đã duyệt → Đang nhập) đã bị sửa ngoài chương trình."


def test_a_reopen_reason_edited_is_listed_by_its_period_and_its_acknowledgement_voids_the_approval(
        make_window, office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    office.reopen("2026", "Sửa số BHYT theo công văn 12")
    as_(office, "canbo")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    conn = sqlite3.connect(office.store.path)
    conn.execute("UPDATE period_history SET reason = 'Theo chỉ đạo của Bí thư' WHERE event = 'reopen'")
    conn.commit()
    conn.close()
    as_(office, "admin")
    window = make_window(office)
    asked = []

    def look(box):
        asked.append(box.text())
        box.grab().save(str(tmp_path / "ack.png"))
        click_button(box, "Xác nhận đã kiểm tra")

    script = Script((QMessageBox, look))
    assert window.acknowledge_changes() == [LISTED]
    script.check()
    assert LISTED in asked[0] and "năm 2026" in asked[0]
    assert office.period_state("2026").value == "Hoàn thành" and office.verify_history() == []
