"""run_action: one service call for one user action, its failure shown through the one error function."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.errors import InvalidInput
from ui.actions import FAILED, run_action


def _boxes(monkeypatch) -> list[tuple[str, str, str]]:
    """The message boxes shown, as (kind, title, text), without waiting for a click."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(("warning", title, text)))
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append(("critical", box.windowTitle(), box.text())) or 0)
    return shown


def test_a_success_gives_the_result_and_runs_on_done(qtbot, monkeypatch):
    """The action's result comes back (None too, not taken for a failure), on_done sees it, no box."""
    shown = _boxes(monkeypatch)
    done = []
    assert run_action(None, lambda a, b=0: a + b, 2, b=3, on_done=done.append) == 5
    assert run_action(None, lambda: None) is None
    assert done == [5] and shown == []


def test_a_refusal_shows_its_vietnamese_message_under_the_title(qtbot, monkeypatch):
    """A ChiTieuError: a warning with its message and the caller's title; FAILED back, on_done not run."""
    shown = _boxes(monkeypatch)
    parent = QWidget()
    qtbot.addWidget(parent)
    done = []

    def refuse():
        raise InvalidInput("Tử số không được lớn hơn mẫu số.", field="Tử số")

    result = run_action(parent, refuse, title="Không duyệt được", on_done=done.append)
    assert result is FAILED and not result
    assert shown == [("warning", "Không duyệt được", "Tử số không được lớn hơn mẫu số.")]
    assert done == []


def test_an_unexpected_error_reaches_the_support_box(qtbot, monkeypatch):
    """Anything else is not swallowed: the "unexpected error" box, whatever title the caller gave."""
    shown = _boxes(monkeypatch)

    def crash():
        raise OSError("disk gone")

    assert run_action(None, crash, title="Không sao lưu được") is FAILED
    assert len(shown) == 1 and shown[0][0] == "critical" and shown[0][1] != "Không sao lưu được"
