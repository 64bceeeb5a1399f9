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

from tests.signature.conftest import approved, pki  # noqa: F401 (the fixtures)
from tests.ui.conftest import Script, press, type_text
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)
from ui import send_report
from ui.export_dialog import add_export_action
from ui.setup_dialog import SetupDialog
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)

UNIT = "Xã Tân Cương"
PERIOD = "6 tháng đầu năm 2026"
ADDRESS = "baocao@thainguyen.gov.vn"


@pytest.fixture
def desktop(monkeypatch):
    """What the program asked of the desktop: URLs opened, programs started (and their answers)."""
    asked = {"urls": [], "started": [], "open_ok": True, "drafts": 0}

    def send_the_draft(controller):  # the question before a draft goes (test_a_draft_is_sent_only_after_a_question)
        asked["drafts"] += 1
        return True

    def open_url(url):
        asked["urls"].append(url)
        return asked["open_ok"]

    def start_detached(program, arguments=(), working_directory=""):
        asked["started"].append((program, list(arguments)))
        return True, 4321

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    monkeypatch.setattr(QProcess, "startDetached", staticmethod(start_detached))
    monkeypatch.setattr(send_report.SendController, "confirm_draft", send_the_draft)
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
                                                                          folder, clock):  # noqa: F811
    """Enter closes the dialog (it starts on Đóng), and the clipboard keeps the whole e-mail (subject
    and text) for webmail. Enter or Space on another button presses that button ("Chép tiêu đề" is
    one Tab before Đóng: walk U26 F1/F2). (The dialog opened by itself, when the
    e-mail was ready: its keys act once the person paused, tests/ui/test_unprompted_boxes.py.)"""
    from PySide6.QtWidgets import QApplication

    some_figures(workspace)
    draft, dialog = run_send(window, qtbot)
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is dialog.close_button)
    clock.passes(2.0)  # reads it
    whole = f"{draft.subject}\n\n{draft.body}"
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == whole

    dialog = send_report.SendDoneDialog(draft, opened=True, revealed=True, copied=True, parent=window)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.close_button)
    dialog.copy_subject_button.setFocus()
    press(Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == draft.subject and dialog.isVisible()
    dialog.copy_body_button.setFocus()
    press(Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == draft.body and dialog.isVisible()
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
    text = dialog.message.text().replace("\u00a0", " ")  # ui.unbroken_paths
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


def test_sending_after_signing_attaches_the_signed_report_and_exports_nothing(qtbot, make_window, approved, pki,
                                                                              desktop, monkeypatch):  # noqa: F811
    """Ký số báo cáo, then Tệp › Gửi cho tỉnh… into the same folder: no question, nothing
    written again; the e-mail carries <stem>_ky-so.pdf and the workbook naming it, and the
    dialog says so (it exported again before, attaching the unsigned PDF)."""
    from desktop_app.certificates import KeySource
    from desktop_app.core.periods import parse_period
    from desktop_app.report_signing import sign_report
    from tests.signature.conftest import P12_PASSWORD
    from tests.signature.test_send_signed import attachments, folder_state

    ws, out, export = approved
    signed = sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD))
    before = folder_state(out)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(out)))
    asked = []
    monkeypatch.setattr(send_report.SendController, "confirm_replace", lambda self, plan: asked.append(plan))
    window = make_window(ws)
    window.show_period(parse_period("2026"))
    draft, dialog = run_send(window, qtbot)
    stem = export.submission.file_stem
    assert asked == []
    assert {k: v for k, v in folder_state(out).items() if k != f"{stem}.eml"} == before
    files = attachments(draft.path)
    assert sorted(files) == [f"{stem}.xlsx", f"{stem}_ky-so.pdf"]
    assert files[f"{stem}_ky-so.pdf"] == signed.pdf.read_bytes()
    text = dialog.message.text().replace("\u2060", "")  # the names held whole on a line by word joiners
    assert (f"Đính kèm nguyên các tệp đã có, không xuất lại: báo cáo đã ký số {stem}_ky-so.pdf và tệp "
            f"{stem}.xlsx ghi mã của bản ký số đó.") in text
    assert f"đính kèm {stem}_ky-so.pdf, {stem}.xlsx" in text  # what webmail users attach


def test_files_of_an_earlier_approval_are_replaced_only_after_a_question(qtbot, make_window, approved, pki,
                                                                         desktop, monkeypatch):  # noqa: F811
    """The folder holds the signed report of an approval since reopened and approved again:
    Gửi cho tỉnh… names the files, why they cannot be sent, that the province may hold them and
    that the signed report no longer matches; Enter answers Hủy (nothing written), the other
    button exports again."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.certificates import KeySource
    from desktop_app.core.periods import parse_period
    from desktop_app.report_signing import sign_report
    from tests.signature.conftest import P12_PASSWORD
    from tests.signature.test_send_signed import attachments, folder_state
    from tests.ui.conftest import Script, click_button

    ws, out, export = approved
    sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD))
    ws.reopen("2026", "Sửa số liệu bảo hiểm y tế")
    ws.complete("2026")
    ws.approve("2026")
    before = folder_state(out)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(out)))
    window = make_window(ws)
    window.show_period(parse_period("2026"))
    stem = export.submission.file_stem
    seen = []

    def enter(box):
        seen.append((box.text(), box.informativeText(), box.defaultButton().text()))
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, enter))
    window.send_action.trigger()
    script.check()
    text, question, default = seen[0]
    assert text.startswith(f"Thư mục đã có:\n{stem}.pdf\n{stem}_ky-so.pdf\n{stem}.xlsx\n\nKhông gửi được nguyên "
                           "như vậy: kỳ năm 2026 đã được mở lại và duyệt lại")
    assert "tỉnh có thể đã nhận các tệp đó" in text and "Lãnh đạo ký số lại" in text
    assert question == "Xuất lại báo cáo và thay các tệp này?" and default == "Hủy"
    assert window.send_controller.task is None and folder_state(out) == before

    script = Script((QMessageBox, lambda box: click_button(box, "Xuất lại và thay")))
    window.send_action.trigger()
    script.check()
    qtbot.waitUntil(lambda: window.send_controller.done_dialog is not None, timeout=30000)
    assert sorted(attachments(out / f"{stem}.eml")) == [f"{stem}.pdf", f"{stem}.xlsx"]
    assert "Đã xuất mới và đính kèm" in window.send_controller.done_dialog.message.text()


def test_sending_the_exported_files_again_keeps_their_export_time(laptop_in_vietnam, qtbot, make_window, approved, desktop,
                                                                  monkeypatch):  # noqa: F811
    """Gửi cho tỉnh… into the folder of the approved export, later: the files are attached as they
    are, and the dialog and the line over the table both give the time they were exported, written
    one way (walk 7, L3: the line took the sending's time, "ngày 02/12/2026 lúc 16:55", where the
    dialog said "xuất lúc 16:53 02/12/2026")."""
    import datetime as dt

    from desktop_app import approval
    from desktop_app.core.periods import parse_period

    ws, out, export = approved
    exported = dt.datetime.fromisoformat(export.submission.generated_at)
    at = f"{exported.astimezone():%H:%M %d/%m/%Y}"
    later = (exported + dt.timedelta(minutes=2)).isoformat(timespec="seconds")
    monkeypatch.setattr(approval, "now", lambda: later)  # the sending, two minutes after the export
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(out)))
    window = make_window(ws)
    window.show_period(parse_period("2026"))
    assert f"tệp gửi tỉnh đã được xuất lúc {at}." in window.frozen_label.text()
    draft, dialog = run_send(window, qtbot)
    assert not draft.exported
    assert f"Đính kèm nguyên các tệp đã có, không xuất lại (xuất lúc {at})" in dialog.message.text()
    assert ws.sent_at("2026") == export.submission.generated_at
    assert window.frozen_label.text().replace("\u00a0", " ") == (  # a menu path's no-break spaces read as spaces
        f"Kỳ này đã xuất: tệp gửi tỉnh đã được xuất lúc {at}. Chương trình không tự gửi: gửi tệp cho tỉnh qua thư "
        "điện tử (Tệp › Gửi cho tỉnh…) nếu chưa gửi. Chỉ xem, không sửa được. Muốn sửa, Lãnh đạo phải "
        "mở lại kỳ báo cáo (Kỳ báo cáo › Mở lại kỳ báo cáo…).")


def test_a_draft_is_sent_only_after_a_question(window, workspace, qtbot, folder):
    """Walk 10, finding 7: Tệp › Gửi cho tỉnh… of a period not approved asks first, before the folder,
    "Hủy" the default; cancelled, nothing is written or opened. (The tests above answer it "Gửi bản
    dự thảo" through the `desktop` fixture.)"""
    from PySide6.QtWidgets import QMessageBox

    some_figures(workspace)
    seen = {}

    def cancel(box):
        seen.update(text=box.text(), asked=box.informativeText(), default=box.defaultButton().text(),
                    buttons=[b.text() for b in box.buttons()])
        press(Qt.Key.Key_Return)  # the default

    script = Script((QMessageBox, cancel))
    window.send_action.trigger()
    script.check()
    assert seen["text"].startswith("6 tháng đầu năm 2026 chưa được duyệt: gửi cho tỉnh là bản DỰ THẢO")
    assert seen["asked"] == "Gửi bản dự thảo cho tỉnh?" and seen["default"] == "Hủy"
    assert "Gửi bản dự thảo" in seen["buttons"]
    assert list(folder.iterdir()) == [] and window.send_controller.done_dialog is None


def test_an_approved_period_is_sent_without_the_draft_question(qtbot, make_window, approved, desktop,  # noqa: F811
                                                               monkeypatch):
    ws, out, _ = approved
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(out)))
    from desktop_app.core.periods import parse_period

    window = make_window(ws)
    window.show_period(parse_period("2026"))
    draft, _ = run_send(window, qtbot)
    assert draft.export.submission.approved and desktop["drafts"] == 0


def test_a_token_library_not_found_keeps_the_cursor_in_its_field(window, workspace):
    """Tệp › Cài đặt… › Chữ ký số, a library path that does not exist, Enter (walk 21, M2): refused
    naming the field and the button beside it, the cursor in that field (it went to the unit's search
    box at the top, the field scrolled out of sight); nothing saved."""
    seen = {}

    def type_library(dialog):
        dialog.signature_box.module.setFocus()
        type_text("C:\\khong\\co.dll"); press(Qt.Key.Key_Return)
        seen["error"] = dialog.error.text()
        seen["focus"] = dialog.focusWidget() is dialog.signature_box.module
        press(Qt.Key.Key_Escape)

    script = Script((SetupDialog, type_library))
    window.open_settings()
    script.check()
    assert seen["error"] == ("Tệp thư viện PKCS#11 của thiết bị ký số: không có tệp C:\\khong\\co.dll. Bấm nút tìm tệp "
                             "bên cạnh ô này để chọn tệp.")
    assert seen["focus"]
