"""An approval binds to the figures the leader looked at (red-team 15, F4): another window or a
command (a script's `chitieu set`, then `complete`) that changes them before the leader's "Duyệt"
is not approved unseen. The service compares the code of the figures reviewed with the figures it
approves; the window shows a change first, and states the code of what it asked about."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import Period
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, press


Q1 = Period(2026, "Q1")


def _another_process_changes_bhyt(office):  # noqa: F811
    """What a command in another process does: a new BHYT figure, and the period Complete again."""
    command = Workspace.open(Path(office.store.path).parent)
    try:
        command.login("canbo", PW["canbo"])
        command.set_entry("2026-Q1", "bhyt", numerator="9.990", denominator="10.000")
        command.complete("2026-Q1")
    finally:
        command.close()


def _bhyt(view) -> str:
    return next(r for r in view.rows if r.indicator.code == "bhyt").value_text


@pytest.fixture
def completed(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    office.complete("2026-Q1")
    as_(office, "lanhdao")
    return office


def test_the_service_refuses_figures_changed_since_they_were_reviewed(completed):
    seen = completed.submission("2026-Q1").fingerprint
    _another_process_changes_bhyt(completed)
    with pytest.raises(InvalidInput) as refused:
        completed.approve("2026-Q1", seen[:16])
    assert "số liệu đã thay đổi ở cửa sổ hoặc lệnh khác" in refused.value.message
    assert seen[:16] in refused.value.message and refused.value.field == "Mã xác thực"
    assert completed.period_state("2026-Q1") == State.COMPLETE and completed.approval("2026-Q1") is None
    now = completed.submission("2026-Q1").fingerprint
    assert completed.approve("2026-Q1", now[:16]) == now  # the figures reviewed again: approved
    assert _bhyt(completed.period_view("2026-Q1")) == "99,9"


def test_a_code_that_is_no_code_is_refused_naming_what_is_accepted(completed):
    with pytest.raises(InvalidInput) as refused:
        completed.approve("2026-Q1", "12ab")
    assert "ít nhất 16 chữ số hệ 16" in refused.value.message
    assert completed.period_state("2026-Q1") == State.COMPLETE


def test_the_command_line_prints_the_code_and_approves_only_those_figures(completed, capsys):
    from desktop_app.cli import run as main

    folder = str(Path(completed.store.path).parent)
    completed.close()
    env = ["--data-dir", folder, "--user", "lanhdao"]
    import os

    os.environ["CHITIEU_PASSWORD"] = PW["lanhdao"]
    try:
        assert main([*env, "show", "--period", "2026-Q1"]) == 0
        shown = capsys.readouterr().out
        code = shown.split("Mã xác thực số liệu: ", 1)[1][:16]
        assert f"--expect {code}" in shown
        again = Workspace.open(folder)
        _another_process_changes_bhyt(again)
        again.close()
        assert main([*env, "approve", "--period", "2026-Q1", "--expect", code]) == 2
        assert "số liệu đã thay đổi" in capsys.readouterr().err
    finally:
        del os.environ["CHITIEU_PASSWORD"]


def test_the_window_shows_a_change_made_elsewhere_before_asking(qtbot, make_window, completed):
    """The window was not activated again (the command ran in a scheduled task): "Duyệt" says
    the figures changed, shows them, and approves nothing."""
    window = make_window(completed)
    window.show_period(Q1)
    assert _bhyt(window.view) == "95"
    _another_process_changes_bhyt(completed)
    said = []

    def read_and_close(box):
        said.append(box.text())
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read_and_close))
    window.approve_action.trigger()
    script.check()
    assert "vừa được thay đổi ở cửa sổ hoặc lệnh khác" in said[0]
    assert completed.period_state("2026-Q1") == State.COMPLETE
    assert _bhyt(window.view) == "99,9"  # the window shows them now


def test_a_change_while_the_question_is_open_is_refused(qtbot, make_window, completed):
    """Changed while "Duyệt kết quả …?" waits for the leader's answer: the approval is refused
    naming the change, and the window shows the new figures."""
    window = make_window(completed)
    window.show_period(Q1)
    said = []

    def change_then_yes(box):
        _another_process_changes_bhyt(completed)
        yes_by_alt(box)

    def read_and_close(box):
        said.append(box.text())
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, change_then_yes), (QMessageBox, read_and_close))
    window.approve_action.trigger()
    script.check()
    assert "số liệu đã thay đổi ở cửa sổ hoặc lệnh khác" in said[0]
    assert completed.period_state("2026-Q1") == State.COMPLETE
    assert _bhyt(window.view) == "99,9"


def test_a_change_just_before_the_question_is_not_approved_unseen(qtbot, make_window, completed, monkeypatch):
    """Saved elsewhere after "Duyệt" looked for a change and before it read what to approve (red-team H4 F4), which
    a look finding nothing simulates: the approval states the code of the figures the window shows, not of those
    stored now, and the service refuses it."""
    window = make_window(completed)
    window.show_period(Q1)
    _another_process_changes_bhyt(completed)
    monkeypatch.setattr(completed, "changed_elsewhere", lambda catalog=True: False)
    said = []

    def read_and_answer(box):
        said.append(box.text())
        yes_by_alt(box)

    def read_and_close(box):
        said.append(box.text())
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read_and_answer), (QMessageBox, read_and_close))
    window.approve_action.trigger()
    script.check()
    assert said[0].startswith("Duyệt kết quả quý I năm 2026?"), said[0]
    assert "Chưa duyệt kỳ quý I năm 2026: số liệu đã thay đổi ở cửa sổ hoặc lệnh khác từ lúc xem" in said[1], said[1]
    assert completed.period_state("2026-Q1") == State.COMPLETE and completed.approval("2026-Q1") is None
    assert _bhyt(window.view) == "95"  # what the window showed, and was asked about


def test_the_command_line_says_what_it_approved(completed, capsys, monkeypatch):
    """`chitieu approve` without --expect approves the figures stored when it runs (red-team H4 F4): it says which
    period, how many indicators with what results, the code, and how to look at them again."""
    from desktop_app.cli import run as main

    folder = str(Path(completed.store.path).parent)
    code = completed.submission("2026-Q1").fingerprint[:16]
    completed.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])
    assert main(["--data-dir", folder, "--user", "lanhdao", "approve", "--period", "2026-Q1"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Đã duyệt kỳ quý I năm 2026: 8 chỉ tiêu tỉnh giao (Vượt ") and f"Mã xác thực: {code}" in said
    assert ("Đã duyệt số liệu đang lưu lúc chạy lệnh (không có --expect). Kiểm tra lại bằng chitieu show --period "
            "2026-Q1; để chỉ duyệt số liệu đã xem: chitieu approve --period 2026-Q1 --expect MÃ") in said
