"""The province window's side of signed submissions, used as a person does (keyboard, clicks,
the real modal dialogs): the key register tab (confirming a key with the code typed from the
paper, a wrong code, revoking), unsigned files accepted after a warning, the date of receipt
typed in the intake dialog deciding lateness, a forged file and a key mismatch refused with
their reasons in view, lock files apart, the differences under the summary."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.keys import KeyState
from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import (
    KEYS,
    ON_TIME,
    delivered,
    later,
    make_submissions,
    sign_with,
)
from tests.ui.conftest import Script, press, type_text
from ui import i18n
from ui.province_intake_dialog import IntakeDialog
from ui.province_key_dialog import KeyConfirmDialog

AFTER_DEADLINE = dt.date(2026, 6, 25)  # the 6-month deadline is 20/06/2026
TODAY = dt.date(2026, 7, 1)


@pytest.fixture(scope="module")
def mail(tmp_path_factory):
    """A folder as saved from the e-mails on 18/06/2026 (on time), each unit its own key:

    - A: signed and approved; and "sua-so.xlsx", A's file with a figure changed after signing
      and written again by the program's writer (fingerprint right, signature not);
    - B: signed, stating BHYT's target as 95 and the verdict "Đạt" (the province assigns 100);
      and "may-moi.xlsx", B corrected on a reinstalled laptop, signed by a new key;
    - C: unsigned;
    - Excel's lock file of an open workbook, and A's paper report as a PDF beside its file.
    """
    root = tmp_path_factory.mktemp("keys-window")
    folder = root / "hop-thu"
    folder.mkdir()
    a_code, b_code, c_code = pick_units(3, 0)
    subs = {}
    for code, sign in ((a_code, True), (b_code, True), (c_code, False)):
        ws, written = make_submissions(folder, [code], PERIOD, data_dir=root / code, sign=sign)
        ws.close()
        subs[code] = written[code]
    b = subs[b_code]
    claims = replace(b, items=tuple(replace(i, target_value="95", target_text="≥ 95", verdict="Đạt")
                                    if i.code == "bhyt" else i for i in b.items))
    subs[b_code] = claims = sign_with(claims, KEYS[b.public_key])
    delivered(write_submission(claims, folder / f"{b.file_stem}.xlsx"), ON_TIME)
    a = subs[a_code]
    forged = replace(a, items=tuple(replace(i, value="77777", input_value="77777", value_text="77.777")
                                    if i.code == "thu_ngan_sach" else i for i in a.items))
    delivered(write_submission(forged, folder / "sua-so.xlsx"), ON_TIME)
    reinstalled = signed(later(claims, 90), new_private_key())
    delivered(write_submission(reinstalled, folder / "may-moi.xlsx"), ON_TIME)
    (folder / "~$sua-so.xlsx").write_bytes(b"\x0bNguyen Van An" + b"\x00" * 150)
    (folder / f"{a.file_stem}.pdf").write_bytes(b"%PDF-1.4\n% the printed report\n")
    return {"folder": folder, "a": a, "b": claims, "c": subs[c_code], "reinstalled": reinstalled}


@pytest.fixture
def window(qtbot, office):
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=TODAY)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=10000)
    yield w
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.install_language(i18n.VIETNAMESE)


@pytest.fixture
def received(qtbot, window, mail):
    """The window once it has read the folder (each file's own date), the keyboard back in it:
    on a slow run the reading's progress box shows and takes it, and offscreen Qt has no window
    manager to give it back when the box closes."""
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(mail["folder"])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    return window


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, table, row: int) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def key_row(tab, unit_code: str, key_code: str) -> int:
    """The row of a key in the tab's table as shown (through its filter)."""
    proxy = tab.table.model()
    return next(r for r in range(proxy.rowCount())
                if proxy.index(r, 0).data() == unit_code and proxy.index(r, 2).data() == key_code)


def unit_row(window, unit_code: str) -> dict[str, str]:
    """A unit's row of "Tình hình gửi báo cáo", by column header."""
    model = window.model
    row = next(r for r, u in enumerate(model.rows) if u.code == unit_code)
    return {model.headerData(c, Qt.Orientation.Horizontal): model.index(row, c).data()
            for c in range(model.columnCount())}


def file_row(window, name: str) -> dict[str, str]:
    model = window.intake_model
    row = next(r for r, f in enumerate(model.rows) if f.file_name == name)
    return {model.headerData(c, Qt.Orientation.Horizontal): model.index(row, c).data()
            for c in range(model.columnCount())}


def test_a_key_confirmed_with_the_code_typed_from_the_paper(qtbot, received, mail, office):
    """The key register lists A's key awaiting confirmation; chosen with a click, "Xác nhận
    khóa…" opens with the keyboard in the code field (Tab: Xác nhận, Hủy, back to the code);
    the code typed as read on the paper (lower case, spaces) and Enter confirm it: its state
    changes in the tab, and in "Tình hình gửi báo cáo" the unit loses its pending mark."""
    window, a = received, mail["a"]
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Khó&a ký"
    row = key_row(tab, a.unit_code, a.key_code)
    assert tab.table.model().index(row, 3).data() == "Chờ xác nhận"
    assert unit_row(window, a.unit_code)["Tình trạng"] == "Đã nhận, khóa chờ xác nhận"
    assert unit_row(window, a.unit_code)["Khóa ký"] == f"{a.key_code} · Chờ xác nhận"
    assert "2 đơn vị có khóa chờ xác nhận" in window.counts.text()
    click_row(qtbot, tab.table, row)
    seen = {}

    def type_the_paper_code(dialog):
        seen["first"] = QApplication.focusWidget() is dialog.code
        seen["title"] = dialog.windowTitle()
        type_text(a.key_code.lower().replace("-", " "))
        order = []
        for _ in range(3):
            press(Qt.Key.Key_Tab)
            order.append(QApplication.focusWidget())
        seen["tab"] = order == [dialog.confirm_button, dialog.cancel_button, dialog.code]
        press(Qt.Key.Key_Return)

    script = Script((KeyConfirmDialog, type_the_paper_code))
    click(qtbot, tab.confirm_button)
    script.check()
    assert seen == {"first": True, "title": f"Xác nhận khóa — {a.unit_name}", "tab": True}
    assert office.key_state(a.unit_code).state == KeyState.XAC_NHAN
    row = key_row(tab, a.unit_code, a.key_code)
    assert tab.table.model().index(row, 3).data() == "Đã xác nhận"
    assert tab.table.model().index(row, 6).data().endswith(", van-thu")
    assert unit_row(window, a.unit_code)["Tình trạng"] == "Đã nhận"
    assert unit_row(window, a.unit_code)["Khóa ký"] == f"{a.key_code} · Đã xác nhận"
    assert "1 đơn vị có khóa chờ xác nhận" in window.counts.text()
    assert window.statusBar().currentMessage().startswith(f"Đã xác nhận khóa {a.key_code} của {a.unit_name}")


def test_the_register_names_who_confirmed_by_their_name(qtbot, received, mail, office):
    """Walk 13, L4: "Xác nhận (lúc, người)" read "…, tinh.lanhdao"; the person is named, with the
    account the register keeps, as the change log names people."""
    window, a = received, mail["a"]
    tab = window.keys_tab
    office.confirm_key(a.unit_code, a.key_code)  # by "van-thu", before any account existed
    office.ws.add_user("quantri", "Hoàng Văn Quản", "Quản trị", "cay-tre-2026")
    office.ws.login("quantri", "cay-tre-2026")
    office.ws.add_user("van-thu", "Lê Thị Thu", "Lãnh đạo", "so-van-2026")
    tab.show_period(tab.period)
    row = key_row(tab, a.unit_code, a.key_code)
    assert tab.table.model().index(row, 6).data().endswith(", Lê Thị Thu (van-thu)")


def test_a_wrong_code_is_refused_and_changes_nothing(qtbot, received, mail, office):
    """A code that is not the unit's: the message names the code typed, not the unit's key
    (copied from the message, the paper would not be compared); the dialog stays open with the code selected to type again; Escape closes it; the key
    still awaits confirmation, in the register and in the table."""
    window, b = received, mail["b"]
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    click_row(qtbot, tab.table, key_row(tab, b.unit_code, b.key_code))
    shown = {}

    def wrong_code(dialog):
        type_text("AAAA-BBBB-CCCC-DDDD")
        # pressed from the event loop: the refusal's message box runs a loop of its own, where
        # the script's next step is polled
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def read(box):
        shown["title"], shown["text"] = box.windowTitle(), box.text()
        press(Qt.Key.Key_Return)

    def still_open(dialog):
        shown["selected"] = dialog.code.selectedText()
        shown["focus"] = QApplication.focusWidget() is dialog.code
        press(Qt.Key.Key_Escape)

    script = Script((KeyConfirmDialog, wrong_code), (QMessageBox, read), (KeyConfirmDialog, still_open))
    click(qtbot, tab.confirm_button)
    script.check()
    assert shown["title"] == "Không xác nhận được khóa"
    assert "Mã khóa AAAA-BBBB-CCCC-DDDD không khớp khóa nào tỉnh đã nhận của" in shown["text"]
    assert b.key_code not in shown["text"] and "Không xác nhận" in shown["text"]
    assert shown["selected"] == "AAAA-BBBB-CCCC-DDDD" and shown["focus"]
    assert {k.key_code: k.state for k in office.keys(b.unit_code)}[b.key_code] == KeyState.CHO
    assert tab.table.model().index(key_row(tab, b.unit_code, b.key_code), 3).data() == "Chờ xác nhận"
    assert unit_row(window, b.unit_code)["Tình trạng"] == "Đã nhận, khóa chờ xác nhận"


def test_a_key_revoked_only_after_the_warning(qtbot, received, mail, office):
    """"Thu hồi khóa…" warns, No by default (Enter keeps the key); Yes revokes it: the unit's
    report no longer counts and shows refused."""
    window, a = received, mail["a"]
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    click_row(qtbot, tab.table, key_row(tab, a.unit_code, a.key_code))
    texts = []

    def keep(box):
        texts.append(box.text())
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, keep))
    click(qtbot, tab.revoke_button)
    script.check()
    assert f"Thu hồi khóa {a.key_code} của {a.unit_name}?" in texts[0]
    assert "không còn được tính vào tổng hợp" in texts[0]
    assert office.key_state(a.unit_code).state == KeyState.CHO

    script = Script((QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()))
    click(qtbot, tab.revoke_button)
    script.check()
    assert tab.table.model().index(key_row(tab, a.unit_code, a.key_code), 3).data() == "Đã thu hồi"
    assert not tab.revoke_button.isEnabled()
    assert unit_row(window, a.unit_code)["Tình trạng"] == "Bị từ chối"
    assert a.unit_code not in office.submissions(PERIOD)


def test_an_unsigned_file_accepted_after_the_warning(qtbot, received, mail, office):
    """C's unsigned file is listed under the keys, not counted; "Nhận tệp chưa ký…" explains
    the risk (No by default); once accepted, C is received and counted."""
    window, c = received, mail["c"]
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    assert unit_row(window, c.unit_code)["Tình trạng"] == "Chưa ký"
    assert "chưa ký chờ chấp nhận 1" in window.counts.text()
    assert tab.unsigned_box.title() == "Tệp chưa ký — 6 tháng đầu năm 2026"
    assert tab.unsigned_model.rowCount() == 1 and not tab.accept_button.isEnabled()
    click_row(qtbot, tab.unsigned_table, 0)
    assert tab.unsigned_table.model().index(0, 6).data() == "Chờ chấp nhận: chưa tính"
    texts = []

    def refuse(box):
        texts.append(box.text())
        texts.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, refuse))
    click(qtbot, tab.accept_button)
    script.check()
    text, no_by_default = texts
    assert no_by_default and f"Tính tệp chưa ký {c.file_stem}.xlsx của {c.unit_name}" in text
    assert "không chứng minh được ai đã lập" in text and c.fingerprint[:16] in text
    assert office.checked_completeness(PERIOD).counts["unsigned"] == 1

    script = Script((QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()))
    click(qtbot, tab.accept_button)
    script.check()
    assert unit_row(window, c.unit_code)["Tình trạng"] == "Đã nhận (chưa ký, đã chấp nhận)"  # U12 F10
    assert unit_row(window, c.unit_code)["Khóa ký"] == "Chưa ký, đã chấp nhận"
    assert tab.unsigned_table.model().index(0, 6).data().startswith("Đã chấp nhận ")
    assert not tab.accept_button.isEnabled()
    assert c.unit_code in office.submissions(PERIOD)


def test_the_date_of_receipt_typed_in_the_intake_dialog_decides_lateness(qtbot, window, mail, office):
    """"Nhận báo cáo từ thư mục…": the folder typed (first field), Tab to "Chọn…" and to the
    choice of date, Down to one date for the folder, Tab to the date, 25/06/2026 typed, Enter:
    files saved on 18/06 count as received after the deadline, late in both tables."""
    seen = {}

    def fill(dialog):
        seen["first"] = QApplication.focusWidget() is dialog.folder_edit
        seen["default"] = dialog.files_date.isChecked() and not dialog.date_edit.isEnabled()
        type_text(str(mail["folder"]))
        order = []
        press(Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
        press(Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
        press(Qt.Key.Key_Down)
        order.append(QApplication.focusWidget())
        press(Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
        seen["tab"] = order == [dialog.choose_button, dialog.files_date, dialog.batch_date, dialog.date_edit]
        type_text("25062026")
        seen["note"] = dialog.note.text()
        press(Qt.Key.Key_Tab)
        seen["button"] = QApplication.focusWidget() is dialog.read_button
        press(Qt.Key.Key_Return)

    script = Script((IntakeDialog, fill))
    with qtbot.waitSignal(window.intake_done, timeout=30000) as blocker:
        click(qtbot, window.intake_button)
    script.check()
    run = blocker.args[0]
    assert seen == {"first": True, "default": True, "tab": True, "button": True,
                    "note": "Mọi báo cáo trong thư mục được tính là nhận ngày 25/06/2026: sau hạn 20/06/2026, "
                            "nên trễ hạn."}
    assert run.received_on == AFTER_DEADLINE.isoformat()
    a = mail["a"]
    assert file_row(window, f"{a.file_stem}.xlsx")["Ngày nhận"] == "25/06/2026, trễ hạn"
    assert unit_row(window, a.unit_code)["Tình trạng"] == "Trễ hạn, khóa chờ xác nhận"
    assert "trễ hạn 2" in window.counts.text()
    assert "Trễ hạn tính theo ngày nhận đã chọn: 25/06/2026." in window.intake_summary.text()


def open_intake_dialog(qtbot, parent, today=TODAY, deadline=dt.date(2026, 6, 20)) -> IntakeDialog:
    """The intake dialog on screen with a folder typed, "one date for the whole folder" chosen with
    Down and the keyboard in the date (reached with Tab)."""
    dialog = IntakeDialog(parent.period, deadline, today, parent)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText("/hop-thu")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=10000)
    dialog.files_date.setFocus()
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.date_edit
    return dialog


def on_time(day: str, deadline: str) -> str:
    """The note under a date of receipt not after the deadline: of that date only, never "đúng hạn"
    for files not read yet (walk 23, #2: one may say it was made after it, named when read)."""
    return (f"Mọi báo cáo trong thư mục được tính là nhận ngày {day}, không sau hạn {deadline}; báo cáo ghi ngày "
            f"lập sau ngày {day} sẽ được nêu tên khi đọc, để kiểm tra lại ngày.")


def test_a_date_of_receipt_after_today_cannot_be_read(qtbot, window):
    """A typo in the date (after today): said under the choice, and the folder is not read;
    Shift+Tab and Tab back into the date choose its whole text, typed over."""
    dialog = open_intake_dialog(qtbot, window)
    type_text("02072026")
    assert dialog.received() == dt.date(2026, 7, 2)
    assert dialog.note.text() == "Ngày nhận không thể sau hôm nay (01/07/2026)."
    assert not dialog.read_button.isEnabled()
    press(Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter reads nothing
    press(Qt.Key.Key_Backtab)
    press(Qt.Key.Key_Tab)
    type_text("02/06/2026")
    assert dialog.date_edit.text() == "02/06/2026"
    assert dialog.received() == dt.date(2026, 6, 2) and dialog.read_button.isEnabled()
    assert dialog.note.text() == on_time("02/06/2026", "20/06/2026")


@pytest.mark.parametrize(("typed", "shown", "day"), [
    ("31082026", "31/08/2026", dt.date(2026, 8, 31)),  # over 25/09: Qt's date field made it 30/08
    ("18/09/2026", "18/09/2026", dt.date(2026, 9, 18)),  # the "/" typed: Qt's field showed 18/09/00009/2026
    ("1/9/2026", "01/09/2026", dt.date(2026, 9, 1)),
    ("21/9/26", "21/09/2026", dt.date(2026, 9, 21)),  # a two-digit year, as people write it
    ("18.09.2026", "18/09/2026", dt.date(2026, 9, 18)),
])
def test_the_date_typed_is_the_date_taken(qtbot, window, typed, shown, day):
    """The date typed key by key over the one shown (today, 25/09/2026) is the date read, written
    back as dd/mm/yyyy once Tab leaves it for "Đọc thư mục"; the field shows a whole date."""
    dialog = open_intake_dialog(qtbot, window, today=dt.date(2026, 9, 25), deadline=dt.date(2026, 9, 20))
    assert dialog.date_edit.text() == "25/09/2026" and dialog.date_edit.selectedText() == "25/09/2026"
    metrics = dialog.date_edit.fontMetrics()
    assert dialog.date_edit.width() >= metrics.horizontalAdvance("31/08/2026") + 3 * metrics.averageCharWidth()
    type_text(typed)
    assert dialog.date_edit.text() == typed and dialog.received() == day
    late = f"Mọi báo cáo trong thư mục được tính là nhận ngày {shown}: sau hạn 20/09/2026, nên trễ hạn."
    assert dialog.note.text() == (late if day > dt.date(2026, 9, 20) else on_time(shown, "20/09/2026"))
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.read_button and dialog.date_edit.text() == shown


@pytest.mark.parametrize(("typed", "said"), [
    ("31/09/2026", "Ngày nhận 31/09/2026 không có thật: tháng 9/2026 chỉ có 30 ngày."),
    ("29022026", "Ngày nhận 29/02/2026 không có thật: tháng 2/2026 chỉ có 28 ngày."),
    ("01/13/2026", "Ngày nhận 01/13/2026 không có thật: không có tháng 13."),
    ("18/9", 'Ngày nhận "18/9" không đúng dạng ngày/tháng/năm, ví dụ 25/09/2026.'),
    ("01/09/2025", "Ngày nhận 01/09/2025 trước năm 2026, năm đầu tiên có kỳ báo cáo."),
])
def test_a_date_that_does_not_exist_is_refused_in_words(qtbot, window, typed, said):
    """An impossible date is never read as another one: the note names "Ngày nhận" and why, in
    red, and neither the button nor Enter reads the folder; the date stays as typed, to correct."""
    dialog = open_intake_dialog(qtbot, window, today=dt.date(2026, 9, 25), deadline=dt.date(2026, 9, 20))
    type_text(typed)
    assert dialog.note.text() == said and "#b71c1c" in dialog.note.styleSheet()
    assert dialog.received() is None and not dialog.read_button.isEnabled()
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != IntakeDialog.DialogCode.Accepted
    press(Qt.Key.Key_Tab)
    assert dialog.date_edit.text() == typed


def test_a_day_chosen_on_the_calendar_is_written_in_the_date(qtbot, window):
    """For the mouse, the button beside the date shows a calendar opened on the date typed (in the
    interface's language, no day after today); the day chosen is written as dd/mm/yyyy. Tab never
    stops on the button."""
    dialog = open_intake_dialog(qtbot, window, today=dt.date(2026, 9, 25), deadline=dt.date(2026, 9, 20))
    type_text("1/9/2026")
    dialog.calendar_button.menu().aboutToShow.emit()  # what opening it does
    assert dialog.calendar.selectedDate() == QDate(2026, 9, 1)
    assert dialog.calendar.maximumDate() == QDate(2026, 9, 25)
    assert dialog.calendar.locale().language() == QLocale.Language.Vietnamese
    dialog.calendar.clicked.emit(QDate(2026, 9, 10))
    assert dialog.date_edit.text() == "10/09/2026" and dialog.received() == dt.date(2026, 9, 10)
    assert dialog.calendar_button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_each_files_own_date_by_default_keeps_them_on_time(qtbot, window, mail):
    """The dialog's default: each file's modification date (18/06/2026), on time; Escape cancels."""
    script = Script((IntakeDialog, lambda dialog: press(Qt.Key.Key_Escape)))
    assert window.start_intake() is None
    script.check()

    def read_as_saved(dialog):
        type_text(str(mail["folder"]))
        press(Qt.Key.Key_Return)

    script = Script((IntakeDialog, read_as_saved))
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        click(qtbot, window.intake_button)
    script.check()
    assert file_row(window, f"{mail['a'].file_stem}.xlsx")["Ngày nhận"] == "18/06/2026"
    assert unit_row(window, mail["a"].unit_code)["Tình trạng"] == "Đã nhận, khóa chờ xác nhận"
    assert "Trễ hạn tính theo ngày sửa đổi của từng tệp (không sớm hơn ngày lập tệp)." in window.intake_summary.text()


def test_forged_and_mismatched_files_are_refused_with_their_reasons_in_view(qtbot, received, mail):
    """The forged file reads "Đã bị sửa", chosen at once with its whole reason under the table;
    the reinstalled laptop's file reads "Chữ ký không khớp" naming both codes; the lock file is
    listed apart, not read, and the PDF beside a file counted apart; "only the files not received"
    shows the two refused."""
    window, b, new = received, mail["b"], mail["reinstalled"]
    assert window.tabs.currentIndex() == 1
    forged = file_row(window, "sua-so.xlsx")
    assert forged["Kết quả"] == "Đã bị sửa" and "không khớp với nội dung" in forged["Lý do"]
    # the first refused file read (by name: may-moi.xlsx) is chosen, its reason in full
    assert window.file_title.text() == "may-moi.xlsx — Chữ ký không khớp"
    assert f"khóa mã {new.key_code}" in window.file_reason.text() and b.key_code in window.file_reason.text()
    assert f"khóa ký {new.key_code} · Chờ xác nhận" in window.file_facts.text()
    mismatch = file_row(window, "may-moi.xlsx")
    assert mismatch["Khóa ký"] == f"{new.key_code} · Chờ xác nhận"
    assert window.skipped_label.isVisible()
    assert window.skipped_label.text().endswith(": ~$sua-so.xlsx.")
    assert "Bỏ qua 1 tệp tạm, tệp khóa hoặc tệp ẩn." in window.intake_summary.text()
    assert "1 báo cáo PDF gửi kèm tệp Excel cùng tên: không đọc như một báo cáo" in window.intake_summary.text()
    assert "~$sua-so.xlsx" not in [f.file_name for f in window.intake_model.rows]

    qtbot.mouseClick(window.refused_only, Qt.MouseButton.LeftButton, pos=QPoint(8, window.refused_only.height() // 2))
    shown = [window.intake_table.model().index(r, 0).data() for r in range(window.intake_table.model().rowCount())]
    assert shown == ["may-moi.xlsx", "sua-so.xlsx"]
    click_row(qtbot, window.intake_table, 1)
    assert window.file_title.text() == "sua-so.xlsx — Đã bị sửa"
    assert window.file_reason.text().startswith(f"Chữ ký trong tệp sua-so.xlsx ({mail['a'].unit_name}) không khớp "
                                                "với nội dung: tệp đã bị sửa sau khi ký")


def test_the_summary_shows_what_a_file_claimed_that_the_province_computes_otherwise(received, mail):
    """B's file states BHYT's target 95 and "Đạt": the differences under the summary name both."""
    window, b = received, mail["b"]
    window.tabs.setCurrentIndex(2)
    rows = window.differences_model.rows
    assert {r[0] for r in rows} == {b.unit_code}
    texts = [r[2] for r in rows]
    assert any(t.startswith("Tỷ lệ người dân tham gia bảo hiểm y tế: tệp ghi chỉ tiêu \"95\"") for t in texts)
    assert any("tệp ghi đánh giá \"Đạt\"" in t for t in texts)
    assert window.differences_box.title().startswith("Khác biệt: 1 đơn vị có tệp ghi khác kết quả tỉnh tính lại")
    assert window.differences_model.headerData(2, Qt.Orientation.Horizontal) == "Nội dung khác biệt (tệp ghi / tỉnh tính lại)"


def test_the_key_register_follows_the_interface_language(qtbot, received, mail):
    """English live: the tab, its buttons, the states and the file class; Vietnamese again."""
    window, a = received, mail["a"]
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    i18n.switch_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: tab.confirm_button.text() == "Confirm ke&y…")
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Signing &keys"
    assert (tab.revoke_button.text(), tab.accept_button.text()) == ("Rev&oke key…", "&Accept unsigned file…")
    assert tab.table.model().index(key_row(tab, a.unit_code, a.key_code), 3).data() == "Awaiting confirmation"
    assert file_row(window, "may-moi.xlsx")["Result"] == "Signature mismatch"
    assert unit_row(window, a.unit_code)["Status"] == "Received, key awaiting confirmation"
    assert "2 units with a key awaiting confirmation, unsigned awaiting acceptance 1" in window.counts.text()
    assert tab.counts.text().startswith("Keys: 0 confirmed, 3 awaiting confirmation (of 2 units), 0 replaced, 0 revoked;")
    i18n.switch_language(i18n.VIETNAMESE)
    qtbot.waitUntil(lambda: tab.confirm_button.text() == "&Xác nhận khóa…")
    assert tab.table.model().index(key_row(tab, a.unit_code, a.key_code), 3).data() == "Chờ xác nhận"
