"""Tệp › Khôi phục…: a leader's approval from the command line while the question is open is not undone by
"Có" (red-team H4 F1). The window passes the warning it showed; the restore, reading it again while it holds the
database, refuses, and the window says why and stays on the data as they are."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app import backups
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script

Q1 = "2026-Q1"


def _approve_elsewhere(folder: Path) -> None:
    """`chitieu approve --period 2026-Q1` in another process."""
    command = Workspace.open(folder)
    try:
        command.login("lanhdao", PW["lanhdao"])
        command.approve(Q1)
    finally:
        command.close()


def test_an_approval_while_the_restore_question_is_open_is_said_not_undone(
        qtbot, make_window, office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, Q1)
    office.complete(Q1)
    as_(office, "admin")
    backup = backups.take_backup(office, "thu-cong", target_dir=tmp_path)
    window = make_window(office)
    said = []

    def approved_meanwhile_then_yes(box):
        said.append(box.text())
        _approve_elsewhere(Path(office.store.path).parent)
        box.button(QMessageBox.StandardButton.Yes).click()

    def read_and_close(box):  # shown as a refusal after the copying is (unprompted: a key waits for a pause)
        said.append(box.text())
        box.buttons()[0].click()

    script = Script((QMessageBox, approved_meanwhile_then_yes), (QMessageBox, read_and_close))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
        window.restore()
    script.check()
    assert "⚠" not in said[0]  # nothing to warn of when it was asked
    assert said[1].startswith("Không khôi phục, chưa có gì bị thay: từ lúc câu hỏi khôi phục hiện ra"), said[1]
    assert "Kỳ quý I năm 2026 đã được Lãnh đạo duyệt sau khi sao lưu" in said[1]
    assert office.period_state(Q1) == State.APPROVED and window.isVisible() and not window.restored
