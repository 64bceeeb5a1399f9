"""The commune window closed, or its person logging out, while Xuất báo cáo… still writes the files:
the files are staged and named only once the period is recorded Sent, on the window's thread, so a
window closed at once left no file at all, and nobody was told. Now closing asks ("Wait for it to
finish" the default, "Back to the window" on Escape) and waits for the export's end; logging out
likewise, before the login asks who comes next."""
from __future__ import annotations

import threading
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.core.test_workflow import office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press
from tests.ui.test_window_follows import Q1, overdue_q1_approved
import ui.export_dialog
from ui.app import plug_exports


@pytest.fixture
def exporting(qtbot, make_window, office, tmp_path, monkeypatch):  # noqa: F811
    """The window of the leader, Quý I approved, and a function starting a real export into `tmp_path`.
    The export waits for `window.release()` before it writes (a year's export takes a fraction of a
    second: it would end before the close on an idle machine, and no question be asked); the tests
    release it once the question is up."""
    gate = threading.Event()
    real_export = ui.export_dialog.export_period

    def held_export(*args, **kwargs):
        gate.wait(30)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(ui.export_dialog, "export_period", held_export)
    overdue_q1_approved(office)
    office.approve("2026-Q1")
    window = make_window(office)
    plug_exports(window)
    window.show_period(Q1)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(tmp_path)))
    export = next(a for a in window.file_menu.actions() if getattr(a, "controller", None) is not None)

    def start():
        export.trigger()
        task = export.controller.task
        assert task is not None and task.running  # closed at once: the export has just started
        return task

    window.start_export = start
    window.release = gate.set
    window.export = export
    return window


def whole_files(folder, office) -> None:  # noqa: F811
    """Both files under their names, whole, and the period recorded Sent."""
    files = sorted(p.name for p in folder.iterdir() if p.suffix in (".pdf", ".xlsx"))
    assert [name.rsplit(".", 1)[1] for name in files] == ["pdf", "xlsx"], files
    pdf = next(folder.glob("*.pdf")).read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    with zipfile.ZipFile(next(folder.glob("*.xlsx"))) as book:
        assert book.testzip() is None
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []  # no stage left
    assert office.store.period_state(office.commune.code, "2026-Q1").sent_at is not None


def test_closing_during_an_export_asks_then_waits_for_whole_files(exporting, office, tmp_path):  # noqa: F811
    window = exporting
    task = window.start_export()
    seen = []

    def back(box):
        seen.append((box.text(), box.informativeText(), box.defaultButton().text(), box.escapeButton().text()))
        press(Qt.Key.Key_Escape)

    script = Script((QMessageBox, back))
    window.close()
    script.check()
    [(text, informative, default, escape)] = seen
    assert default != escape and default.replace("&", "").startswith(("Wait", "Chờ"))  # waiting, the default
    assert escape.replace("&", "").startswith(("Back", "Quay lại"))
    assert window.isVisible() and task.running  # back to the window: it stays, nothing stopped

    def wait(box):  # Enter: wait for it
        window.release()
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, wait))
    window.close()
    script.check()
    assert not window.isVisible() and not window.export.controller.task.running
    whole_files(tmp_path, office)
    # which report, named (checked last: a failure with the export held would leave its question unanswered)
    assert text in ("The files of the report of Quarter I 2026 (PDF and Excel) are still being written.",
                    "Tệp báo cáo quý I năm 2026 (PDF và Excel) vẫn đang được ghi."), text


def test_closed_at_once_the_files_are_written_whole(exporting, office, tmp_path):  # noqa: F811
    """The walk's case: Xuất báo cáo…, then at once Tệp › Thoát, Enter on the question."""
    window = exporting
    window.start_export()
    asked = []

    def wait(box):
        asked.append(box.text())
        window.release()
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, wait))
    window.close()
    script.check()
    assert asked and not window.isVisible()
    done = window.export.controller.done_dialog
    assert done is None or not done.isVisible()  # what the export's end opened went with the window
    whole_files(tmp_path, office)


def test_logging_out_during_an_export_waits_before_the_next_person(exporting, office, tmp_path,  # noqa: F811
                                                                   monkeypatch):
    """Tệp › Đăng xuất during an export: the files are written and recorded Sent, in the leader's
    name, before the login asks who comes next (before, the export ended after the log-out, nobody's)."""
    window = exporting
    task = window.start_export()
    at_login = {}

    def next_person():
        at_login.update(running=task.running, account=office.account,
                        sent=office.store.period_state(office.commune.code, "2026-Q1").sent_at)
        return False

    monkeypatch.setattr(window.idle_lock, "ask_next_person", next_person)
    def wait(box):
        window.release()
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, wait))
    window.log_out()
    script.check()
    assert at_login["running"] is False and at_login["account"] is None and at_login["sent"] is not None
    whole_files(tmp_path, office)
