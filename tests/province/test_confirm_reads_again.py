"""A reinstalled laptop's new key confirmed while the old one still waits (walk U5 F2): the confirm
dialog says, before Enter, what confirming does (the other waiting key revoked, its report no longer
counted, the refused files counted only once their folder is read again); the box after offers
"Read the folder … again…", which opens the window's own "Receive reports from a folder…" on that
folder for the files' period, and once it is read the unit counts the new key's report."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.intake import FileClass
from desktop_app.core.consolidation import ReportStatus
from tests.province.conftest import PERIOD
from tests.province.test_keys_window import click, click_row, key_row
from tests.province.test_replaced_key_report import _read, clock, reports  # noqa: F401 (fixtures)
from tests.ui.conftest import Script, press, type_text
from ui import i18n
from ui.province_intake_dialog import IntakeDialog
from ui.province_key_dialog import KeyConfirmDialog


def test_confirming_a_new_key_says_what_it_does_and_reads_the_refused_folder_again(
        qtbot, office, reports, tmp_path, clock):  # noqa: F811
    from ui.province_window import ProvinceWindow

    k1, k2 = reports["k1"], reports["k2"]
    unit = k1.unit_code
    assert _read(office, tmp_path / "1", k1).kept  # K1 waits for its paper; its report counts, marked
    assert _read(office, tmp_path / "2", k2).class_ == FileClass.CHU_KY_KHONG_KHOP  # the new laptop's
    i18n.switch_language(i18n.ENGLISH)  # the new words, until the lead translates them
    window = ProvinceWindow(office.ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        tab = window.keys_tab
        window.tabs.setCurrentWidget(tab)
        click_row(qtbot, tab.table, key_row(tab, unit, k2.key_code))
        said, folders = [], []

        def read_then_type(dialog):
            said.append(dialog.effect.text())
            assert dialog.effect.isVisible()
            type_text(k2.key_code)
            press(Qt.Key.Key_Return)

        def read_again(box):
            [button] = [b for b in box.buttons() if b.text() == "&Read the folder 2 again…"]
            assert button.toolTip() == str(tmp_path / "2")
            button.click()

        def receive(dialog):
            folders.append(dialog.folder())
            press(Qt.Key.Key_Return)

        script = Script((KeyConfirmDialog, read_then_type), (QMessageBox, read_again), (IntakeDialog, receive))
        click(qtbot, tab.confirm_button)
        script.check()
        effect = said[0]
        assert "other keys awaiting confirmation are revoked and kept in the history" in effect
        assert "a report one of them signed stops counting" in effect
        assert "count only once their folder is read again" in effect
        assert k1.key_code not in effect and k2.key_code not in effect  # the dialog names no code
        assert folders == [str(tmp_path / "2")]
        qtbot.waitUntil(lambda: window.task is not None and not window.task.running, timeout=15000)
        qtbot.waitUntil(lambda: next(u for u in window.completeness.units if u.code == unit).status
                        == ReportStatus.DA_NHAN, timeout=5000)
        kept = next(u for u in window.completeness.units if u.code == unit)
        assert kept.fingerprint == k2.fingerprint and kept.key_code == k2.key_code
    finally:
        window.close()
        i18n.switch_language(i18n.VIETNAMESE)
