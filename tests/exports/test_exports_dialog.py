"""Tệp > Xuất báo cáo… in the window (pytest-qt, on a bare QWidget; file dialog and desktop
services patched at the edges)."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDesktopServices  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget  # noqa: E402

from exports.bundle import ExportCancelled  # noqa: E402
from ui import export_dialog  # noqa: E402
from ui.export_dialog import SETTINGS_KEY, add_export_action  # noqa: E402
from ui.tasks import BackgroundTask  # noqa: E402


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def opened(monkeypatch):
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True))
    return urls


@pytest.fixture
def pick(monkeypatch):
    """Patch the folder dialog: returns what the test sets, records where it started."""
    state = {"answer": "", "started_at": []}

    def fake(parent, caption, start):
        state["started_at"].append(start)
        return state["answer"]

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(fake))
    return state


def _action(parent, workspace, settings, period="2026"):
    menu = QMenu(parent)
    return add_export_action(parent, menu, lambda: workspace, lambda: period, settings=settings)


def test_export_writes_both_files_and_offers_next_steps(qtbot, parent, workspace, settings, pick,
                                                        opened, tmp_path):
    """The action writes PDF and Excel into the chosen folder, remembers it, and the buttons
    open the PDF and the folder (Gửi cho tỉnh…, the third, needs a window that sends:
    tests/ui/test_print_and_send.py)."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    out = tmp_path / "out"
    out.mkdir()
    pick["answer"] = str(out)
    action = _action(parent, workspace, settings)
    assert action.text().replace("&", "") == "Xuất báo cáo…"
    with qtbot.waitSignal(action.controller.exported, timeout=20000) as blocker:
        action.trigger()
    result = blocker.args[0]
    assert sorted(p.name for p in out.iterdir()) == ["2026_05503_xa-tan-cuong.pdf", "2026_05503_xa-tan-cuong.xlsx"]
    assert settings.value(SETTINGS_KEY) == str(out)
    dialog = action.controller.done_dialog
    assert dialog.isVisible() and result.submission.short_fingerprint in dialog.message.text()
    qtbot.mouseClick(dialog.open_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(out / "2026_05503_xa-tan-cuong.pdf")), QUrl.fromLocalFile(str(out))]
    assert not dialog.send_button.isEnabled()


def test_the_folder_is_remembered(qtbot, parent, workspace, settings, pick, opened, tmp_path,
                                  monkeypatch):
    """The next export starts the folder dialog where the last one went; an existing file is
    only overwritten when the user agrees."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    out = tmp_path / "out"
    out.mkdir()
    settings.setValue(SETTINGS_KEY, str(out))
    pick["answer"] = str(out)
    action = _action(parent, workspace, settings)
    with qtbot.waitSignal(action.controller.exported, timeout=20000):
        action.trigger()
    assert pick["started_at"][0] == str(out)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No))
    assert action.controller.start() is None
    assert asked and "2026_05503_xa-tan-cuong.pdf" in asked[0][2]


def test_replacing_files_beside_a_signed_report_says_the_signature_will_not_match(
        parent, workspace, settings, pick, tmp_path, monkeypatch):
    """A folder holding the digitally signed report: the question says the new workbook will not
    name it, and not replacing is the default."""
    out = tmp_path / "out"
    out.mkdir()
    stem = workspace.submission("2026").file_stem
    for name in (f"{stem}.pdf", f"{stem}.xlsx", f"{stem}_ky-so.pdf"):
        (out / name).write_bytes(b"x")
    pick["answer"] = str(out)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No))
    assert _action(parent, workspace, settings).controller.start() is None
    text, default = asked[0][2], asked[0][4]
    assert f"báo cáo đã ký số {stem}_ky-so.pdf" in text and "ký số lại" in text
    assert default == QMessageBox.StandardButton.No
    assert (out / f"{stem}.xlsx").read_bytes() == b"x"


def test_cancelled_folder_dialog_does_nothing(parent, workspace, settings, pick, tmp_path):
    """Closing the folder dialog starts no export and remembers nothing."""
    action = _action(parent, workspace, settings)
    assert action.controller.start() is None
    assert settings.value(SETTINGS_KEY) is None


def test_failure_reaches_the_error_dialog(qtbot, parent, workspace, settings, pick, monkeypatch,
                                          tmp_path):
    """A folder that cannot be written ends in the one error dialog, in Vietnamese."""
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    pick["answer"] = str(blocker_file)
    shown = []
    monkeypatch.setattr(export_dialog, "show_error", lambda parent, err, title="": shown.append(err))
    action = _action(parent, workspace, settings)
    with qtbot.waitSignal(action.controller.failed, timeout=20000):
        action.trigger()
    assert shown and "thư mục" in shown[0].message


def test_background_task_runs_off_the_ui_thread_and_reports_progress(qtbot, parent):
    """The work runs on a pool thread; progress updates the dialog; the result arrives on the UI thread."""
    seen = {}

    def work(progress, cancelled):
        seen["thread"] = threading.get_ident()
        progress(1, 2, "Bước một")
        return 42

    task = BackgroundTask(parent, "Thử", work, show_after_ms=0)
    with qtbot.waitSignal(task.finished, timeout=10000) as blocker:
        task.start()
    assert blocker.args == [42]
    assert seen["thread"] != threading.get_ident()
    assert not task.running


def test_background_task_cancel(qtbot, parent):
    """Pressing Hủy sets the flag the work checks; its exception comes back as `failed`."""
    started = threading.Event()
    release = threading.Event()

    def work(progress, cancelled):
        started.set()
        release.wait(5)
        if cancelled():
            raise ExportCancelled("Đã dừng xuất báo cáo.")
        return "done"

    task = BackgroundTask(parent, "Thử", work, show_after_ms=0)
    with qtbot.waitSignal(task.failed, timeout=10000) as blocker:
        task.start()
        assert started.wait(5)
        cancel_button = task.dialog.findChild(QPushButton)
        assert cancel_button.text() == "Hủy"
        cancel_button.click()
        assert task.cancel_requested
        release.set()
    assert isinstance(blocker.args[0], ExportCancelled)


def test_action_plugs_into_the_main_window_hook(qtbot, workspace):
    """The action goes into the real window's Tệp menu through its add_export_action hook,
    above Thoát."""
    from ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    action = add_export_action(window, None, lambda: window.workspace, lambda: window.period)
    window.add_export_action(action)
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert "Xuất báo cáo…" in texts
    assert texts.index("Xuất báo cáo…") < texts.index("Thoát")
