"""Walk U7 F8: an officer's account locked by the administrator (another copy, the command line) while the
officer types: the next Enter is refused saying nothing was saved and who unlocks it, without "Sửa lại, hoặc
nhấn Esc để bỏ" (typing again cannot help), and the status bar no longer names the officer as logged in."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt

from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, type_text
from ui.i18n import translate


def test_a_figure_typed_after_the_account_was_locked_says_so_and_the_status_bar_follows(make_window, office,  # noqa: F811
                                                                                        data_dir):
    as_(office, "canbo")
    window = make_window(office)
    assert "Nguyễn Văn An" in window.account_label.text()
    admin = Workspace.open(data_dir)  # the administrator, at another copy
    admin.login("admin", PW["admin"])
    admin.lock_account("canbo")
    admin.close()
    window.table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))
    window.table.setFocus()
    type_text("9.500")
    press(Qt.Key.Key_Return)
    said = re.sub("<[^>]+>", "", window.feedback.text())
    assert "Tài khoản canbo đã bị khóa hoặc xóa trong lúc đang mở" in said, said
    assert "không có gì được lưu" in said and "quản trị viên mở khóa" in said, said
    assert translate("MainWindow", "Correct it, or press Esc to drop it.") not in said
    assert "Nguyễn Văn An" not in window.account_label.text()
    assert window.account_label.text() == translate("WindowNotices", "Nobody is logged in")
