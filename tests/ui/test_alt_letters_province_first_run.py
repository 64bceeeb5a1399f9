"""The province's first-run box and the "Đã xuất…" boxes have an Alt letter on every button (walk 19,
L4: "Tiếp tục" / "Thoát" and "Đóng" had none, where the mode dialog just before has "&Tiếp tục",
"Th&oát"), none twice in a box, and Alt+letter presses it. The letters are read from the words shown,
so the tests hold in either language (Vietnamese: Tiế&p tục, Th&oát, Đó&ng)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QDialog

from desktop_app.core.periods import parse_period
from tests.ui.test_alt_letters_first_run import (
    alt,
    assert_one_letter_each,
    letter,
    shown,
)
from ui.export_dialog import ExportDoneDialog
from ui.files_written import FilesWrittenDialog
from ui.province_first_run import ProvinceFirstRunDialog

PASSWORD = "hoa-sen-2026"


LANGUAGES = ["vi", "en"]


def _in(language, english) -> None:
    if language == "en":
        english()


def _province_first_run(qtbot, ws, language, english) -> ProvinceFirstRunDialog:
    _in(language, english)
    ws.add_first_accounts("tinh", "Đỗ Thị Thanh Hương", PASSWORD, None)
    ws.login("tinh", PASSWORD)
    dialog = shown(qtbot, ProvinceFirstRunDialog(ws))
    assert language == "en" or dialog.continue_button.text() == "Tiế&p tục"
    return dialog


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_province_first_run_buttons_have_a_letter_each_and_alt_quits(qtbot, blank_workspace, language, english):
    dialog = _province_first_run(qtbot, blank_workspace, language, english)
    dialog.resize(640, 600)
    by_letter = assert_one_letter_each(dialog)
    assert by_letter[letter(dialog.continue_button.text())] is dialog.continue_button
    assert by_letter[letter(dialog.quit_button.text())] is dialog.quit_button
    alt(letter(dialog.quit_button.text()), dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("language", LANGUAGES)
def test_alt_continue_goes_on(qtbot, blank_workspace, language, english):
    dialog = _province_first_run(qtbot, blank_workspace, language, english)
    alt(letter(dialog.continue_button.text()), dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_files_written_boxes_close_by_their_letter(qtbot, tmp_path, language, english):
    _in(language, english)
    written = [tmp_path / "bao-cao.pdf", tmp_path / "bao-cao.xlsx"]
    submission = SimpleNamespace(approved=True, period=parse_period("2026-6M"), unit_name="Xã Tân Cương",
                                 short_fingerprint="AB12-CD34", key_code="K-1234")
    result = SimpleNamespace(folder=tmp_path, paths=written, pdf=written[0], submission=submission)
    for dialog in (ExportDoneDialog(result, send=lambda: None),  # the commune's "Đã xuất báo cáo"
                   FilesWrittenDialog(tmp_path, written, written[0])):  # the province's summary
        shown(qtbot, dialog)
        assert language == "en" or dialog.close_button.text() == "Đó&ng"
        by_letter = assert_one_letter_each(dialog)
        assert by_letter[letter(dialog.close_button.text())] is dialog.close_button
        alt(letter(dialog.close_button.text()), dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)  # noqa: B023
        assert dialog.result() == QDialog.DialogCode.Rejected
