"""Walk U10 F2 (HIGH): the province could not restore a backup from its window (its File menu had no backup
item, the only way left was copying a file by hand), and after a restore nothing said what it took back. Now Tệp ›
Sao lưu ra… and Tệp › Khôi phục từ bản sao lưu… run the commune window's flow: refused at once for one who may not
restore; the question (Không by default) says a key revoked since stays revoked; the window closes, `restored`
set, and the window opened again says once what the restore took back (a key confirmed since is pending again)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app import backups
from desktop_app.core.keys import KeyState
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD
from tests.province.helpers import make_submissions
from tests.province.test_opens_on_last_period import open_window
from tests.ui.conftest import Script, shot
from ui.province_backup import say_taken_back

PASSWORD = "Hoasen#2027"
TAN_CUONG, LINH_SON = "05503", "05710"


def _people(office) -> None:
    ws = office.ws
    ws.add_user("quan-tri", "Nguyễn Văn Quản", "Quản trị", PASSWORD)
    ws.login("quan-tri", PASSWORD)
    ws.add_user("lanh-dao", "Lê Thị Thu", "Lãnh đạo", PASSWORD)
    ws.add_user("can-bo", "Phạm Văn Nhận", "Cán bộ nhập liệu", PASSWORD)


def _no_file_dialog(*_a, **_k):
    raise AssertionError("no backup is asked for")


def test_the_items_are_there_and_restoring_is_refused_at_once_for_an_officer(qtbot, office):
    _people(office)
    window = open_window(qtbot, office)
    texts = [a.text() for a in window.file_menu.actions() if a.text()]
    assert "&Sao lưu ra…" in texts and "Khôi &phục từ bản sao lưu…" in texts
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) == len(set(letters))  # none twice in the menu
    window.file_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    qtbot.waitExposed(window.file_menu)
    window.file_menu.setActiveAction(window.restore_action)
    shot(window.file_menu, "s57_menu")
    window.file_menu.hide()

    office.ws.login("can-bo", PASSWORD)
    refused = []
    script = Script((QMessageBox, lambda box: (refused.append(box.text()), box.accept())))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", _no_file_dialog)
        window.restore_action.trigger()
    script.check()
    assert "khôi phục từ bản sao lưu" in refused[0] and "Quản trị" in refused[0]
    assert not window.restored


def test_a_restore_from_the_window_keeps_a_revocation_and_says_what_it_took_back(qtbot, office, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    ws, subs = make_submissions(folder, [TAN_CUONG, LINH_SON], PERIOD, data_dir=tmp_path / "communes")
    ws.close()
    office.intake(folder, PERIOD)
    _people(office)
    backup = backups.take_backup(office.ws, "thu-cong", target_dir=tmp_path)
    office.ws.login("lanh-dao", PASSWORD)
    office.confirm_key(TAN_CUONG, subs[TAN_CUONG].key_code)
    office.revoke_key(LINH_SON)  # a forged report
    office.ws.login("quan-tri", PASSWORD)
    db = Path(office.store.path)
    window = open_window(qtbot, office)
    asked, done = [], []

    def no_by_default_then_yes(box):
        asked.append(box.said().replace("\u00a0", " "))  # the question and, in its frame, what it would undo
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        shot(box, "s57_question")
        box.button(QMessageBox.StandardButton.Yes).click()

    script = Script((QMessageBox, no_by_default_then_yes),
                    (QMessageBox, lambda box: (done.append(box.text()), box.button(QMessageBox.StandardButton.Ok).click())))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
        window.restore_action.trigger()
    script.check()
    revoked = f"Khóa {subs[LINH_SON].key_code} của Phường Linh Sơn đã thu hồi sau lúc sao lưu"
    assert revoked in asked[0] and "khóa vẫn ở trạng thái Thu hồi" in asked[0]
    assert "hãy thu hồi lại khóa này" not in asked[0]
    assert window.restored and not window.isVisible()

    again = ProvinceOffice.open(db.parent, user="quan-tri")
    try:
        again.ws.login("quan-tri", PASSWORD)
        keys = {k.unit_code: k.state for k in again.store.unit_keys()}
        assert keys == {TAN_CUONG: KeyState.CHO.value, LINH_SON: KeyState.THU_HOI.value}
        assert (LINH_SON, "bhyt") not in again.consolidation(PERIOD).items
        reopened = open_window(qtbot, again)
        said = []

        def look(box):
            said.append(box.text().replace("\u00a0", " ").replace("\u2011", "-"))
            shot(box, "s57_after_restore")
            box.button(QMessageBox.StandardButton.Ok).click()

        script = Script((QMessageBox, look))
        say_taken_back(reopened, window.restored_note)
        script.check()
        note = said[0]
        assert note.startswith(f"Sau khi khôi phục bản sao lưu {backup.name}, những việc sau")
        assert (f"Khóa {subs[TAN_CUONG].key_code} của Xã Tân Cương đã được xác nhận (đối chiếu với báo cáo giấy) sau "
                "lúc sao lưu") in note and "xác nhận lại" in note
        assert revoked in note and "vẫn không được tính" in note
        reopened.close()
    finally:
        again.close()
