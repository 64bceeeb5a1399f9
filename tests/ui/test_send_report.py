"""Tệp › Gửi cho tỉnh… (issue 15, point 9): the e-mail draft with both files is written, opened
with the mail program, the folder is opened, subject and body are copied, and the dialog says
which of these happened. Desktop services are patched at the edges and record what they were
asked."""
from __future__ import annotations

import email
import email.policy

import pytest
from PySide6.QtCore import QProcess, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import Script, press, type_text
from ui import send_report
from ui.export_dialog import add_export_action
from ui.setup_dialog import SetupDialog

UNIT = "Xã Tân Cương"
PERIOD = "6 tháng đầu năm 2026"
ADDRESS = "baocao@thainguyen.gov.vn"


@pytest.fixture
def desktop(monkeypatch):
    """What the program asked of the desktop: URLs opened, programs started (and their answers)."""
    asked = {"urls": [], "started": [], "open_ok": True}

    def open_url(url):
        asked["urls"].append(url)
        return asked["open_ok"]

    def start_detached(program, arguments=(), working_directory=""):
        asked["started"].append((program, list(arguments)))
        return True, 4321

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    monkeypatch.setattr(QProcess, "startDetached", staticmethod(start_detached))
    return asked


@pytest.fixture
def folder(monkeypatch, tmp_path):
    """The folder chosen in the folder dialog."""
    out = tmp_path / "gui-tinh"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(out)))
    return out


def some_figures(workspace) -> None:
    workspace.set_entry("2026-6M", "thu_ngan_sach", value="52.000")
    workspace.set_entry("2026-6M", "bhyt", numerator="9.500", denominator="10.000")


def run_send(window, qtbot):
    """Tệp › Gửi cho tỉnh…, until its dialog is shown; returns (MailDraft, dialog)."""
    window.send_action.trigger()
    controller = window.send_controller
    qtbot.waitUntil(lambda: controller.done_dialog is not None, timeout=30000)
    return controller.done_dialog.draft, controller.done_dialog


def test_send_writes_the_draft_with_both_files_and_says_what_happened(window, workspace, qtbot, desktop,
                                                                      folder):
    """The draft (.eml) is written beside the PDF and the workbook: To the province, a UTF-8
    subject naming the unit and the period, both files attached, X-Unsent. It is opened with
    the mail program, the folder is opened, subject and body are on the clipboard; the dialog
    says so line by line."""
    workspace.set_province_email(ADDRESS)
    some_figures(workspace)
    draft, dialog = run_send(window, qtbot)
    stem = draft.export.submission.file_stem
    assert sorted(p.name for p in folder.iterdir()) == [f"{stem}.eml", f"{stem}.pdf", f"{stem}.xlsx"]
    raw = (folder / f"{stem}.eml").read_bytes()
    assert b"=?utf-8?" in raw.split(b"\r\n\r\n", 1)[0].lower()  # the subject encoded as UTF-8
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["To"] == ADDRESS and message["X-Unsent"] == "1"
    assert UNIT in message["Subject"] and PERIOD in message["Subject"]
    attached = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert sorted(attached) == [f"{stem}.pdf", f"{stem}.xlsx"]
    assert attached[f"{stem}.pdf"] == (folder / f"{stem}.pdf").read_bytes()
    assert attached[f"{stem}.xlsx"] == (folder / f"{stem}.xlsx").read_bytes()

    assert desktop["urls"] == [QUrl.fromLocalFile(str(folder / f"{stem}.eml")), QUrl.fromLocalFile(str(folder))]
    assert QGuiApplication.clipboard().text() == f"{draft.subject}\n\n{draft.body}"
    assert draft.subject == message["Subject"] and "Kính gửi: Ủy ban nhân dân tỉnh Thái Nguyên." in draft.body

    assert dialog.isVisible() and dialog.windowTitle() == "Gửi cho tỉnh"
    assert [ok for ok, _ in dialog.lines] == [True, True, True, True]
    text = dialog.message.text()
    assert f"Gửi đến: {ADDRESS}" in text
    assert "Đã mở thư trong chương trình thư điện tử của máy" in text
    assert f"Đã mở thư mục: {folder}" in text
    assert "Đã chép tiêu đề và nội dung thư" in text
    assert text.count("✓") == 4 and "✗" not in text
    # the code shown is explained, with the signing key's code the paper prints beside it
    assert workspace.key_code in dialog.message.toolTip() and "Mã xác thực" in dialog.message.toolTip()
    dialog.copy_subject_button.click()
    assert QGuiApplication.clipboard().text() == draft.subject


def test_enter_closes_the_dialog_and_the_clipboard_keeps_subject_and_text(window, workspace, qtbot, desktop,
                                                                          folder):
    """Enter closes the dialog, whatever button has the cursor (it starts on Đóng; "Chép tiêu
    đề" is one Tab before it), and the clipboard keeps the whole e-mail (subject and text) for
    webmail. Space presses the button that has the cursor."""
    from PySide6.QtWidgets import QApplication

    some_figures(workspace)
    draft, dialog = run_send(window, qtbot)
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is dialog.close_button)
    whole = f"{draft.subject}\n\n{draft.body}"
    dialog.copy_subject_button.setFocus()  # as a person who went back to it with Shift+Tab
    assert QApplication.focusWidget() is dialog.copy_subject_button
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == whole

    dialog = send_report.SendDoneDialog(draft, opened=True, revealed=True, copied=True, parent=window)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.close_button)
    dialog.copy_subject_button.setFocus()
    press(Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == draft.subject and dialog.isVisible()
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_on_windows_explorer_opens_the_folder_with_the_report_selected(window, workspace, qtbot, desktop,
                                                                       folder, monkeypatch):
    monkeypatch.setattr(send_report, "WINDOWS", True)
    some_figures(workspace)
    draft, dialog = run_send(window, qtbot)
    assert desktop["started"] == [("explorer.exe", ["/select,", str(draft.export.pdf)])]
    assert desktop["urls"] == [QUrl.fromLocalFile(str(draft.path))]  # only the draft: the folder by Explorer
    assert "Đã mở thư mục, tệp báo cáo được chọn sẵn" in dialog.message.text()


def test_a_missing_address_and_no_mail_program_are_said_in_the_dialog(window, workspace, qtbot, desktop,
                                                                      folder):
    """Without the province's address the draft has no To and the dialog says where to set it;
    a computer with no mail program gets ✗ and why, and webmail still has the words."""
    desktop["open_ok"] = False
    some_figures(workspace)
    draft, dialog = run_send(window, qtbot)
    message = email.message_from_bytes(draft.path.read_bytes(), policy=email.policy.default)
    assert message["To"] is None
    assert [ok for ok, _ in dialog.lines] == [False, False, False, True]
    text = dialog.message.text()
    assert "Chưa có địa chỉ thư của tỉnh" in text and "Tệp › Cài đặt…" in text
    assert "Không mở được thư: máy này chưa có chương trình thư điện tử mở được tệp .eml" in text
    assert "Đã chép tiêu đề và nội dung thư" in text


def test_the_export_done_dialog_sends_the_files_just_exported(window, workspace, qtbot, desktop, folder,
                                                               tmp_path):
    """Xuất báo cáo…, then Gửi cho tỉnh… in its dialog: the draft goes beside the exported files."""
    workspace.set_province_email(ADDRESS)
    some_figures(workspace)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    action = add_export_action(window, None, lambda: workspace, lambda: window.period, settings=settings)
    window.add_export_action(action)  # as the real start plugs it in (ui.app.plug_exports)
    assert [a.text() for a in window.file_menu.actions()[1:4]] == ["&Xuất báo cáo…", "&In báo cáo…", "&Gửi cho tỉnh…"]
    with qtbot.waitSignal(action.controller.exported, timeout=30000):
        action.trigger()
    done = action.controller.done_dialog
    assert done.send_button.text().replace("&", "") == "Gửi cho tỉnh…"
    done.send_button.click()
    assert not done.isVisible()
    qtbot.waitUntil(lambda: window.send_controller.done_dialog is not None, timeout=30000)
    draft = window.send_controller.done_dialog.draft
    assert draft.path == folder / f"{draft.export.submission.file_stem}.eml" and draft.to == ADDRESS


def test_the_province_address_is_set_in_the_settings_and_checked(window, workspace):
    """Tệp › Cài đặt…: the province's address, typed; a wrong one is refused naming the field,
    the cursor back in it; a right one is saved."""
    seen = {}

    def type_address(dialog):
        dialog.province_email.setFocus()
        type_text("bao cao@tinh"); press(Qt.Key.Key_Return)
        seen["error"] = dialog.error.text()
        seen["focus"] = dialog.focusWidget() is dialog.province_email
        seen["saved"] = workspace.province_email
        dialog.province_email.selectAll()
        type_text(ADDRESS); press(Qt.Key.Key_Return)

    script = Script((SetupDialog, type_address))
    window.open_settings()
    script.check()
    assert seen["error"].startswith('Địa chỉ thư điện tử của tỉnh: "bao cao@tinh" không phải địa chỉ thư điện tử.')
    assert seen["focus"] and seen["saved"] == ""
    assert workspace.province_email == ADDRESS
