"""Tệp › Cài đặt… › Ngôn ngữ: English and back, live in the open window, remembered on this computer."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.mail import prepare_mail
from ui import i18n
from ui.app import plug_exports
from ui.entry_model import Col
from ui.setup_dialog import SetupDialog

MENUS_VI = ["&Tệp", "&Sửa", "&Kỳ báo cáo", "&Dữ liệu", "&Quản trị", "Trợ &giúp"]
MENUS_EN = ["&File", "&Edit", "&Period", "&Data", "&Administration", "&Help"]


def choose_language(qtbot, window, language: str) -> SetupDialog:
    """Open Cài đặt from the window, pick the language in its list, press Lưu (Save)."""
    dialog = SetupDialog(window.workspace, window, first_run=False)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.ok_button.click()
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    window.reload(window.period)  # what MainWindow.open_settings does after the dialog
    wanted = MENUS_EN[0] if language == "en" else MENUS_VI[0]
    qtbot.waitUntil(lambda: window.file_menu.title() == wanted)  # Qt posts LanguageChange to the windows
    return dialog


def words(window) -> dict:
    """What the officer reads: menus, menu items, buttons, tabs, headers, status, the table's cells."""
    model = window.model
    line = model.line_of("bhyt")
    return {
        "menus": [a.text() for a in window.menuBar().actions()],
        "file": [a.text() for a in window.file_menu.actions() if a.text()],
        "period": [a.text() for a in window.period_menu.actions()],
        "buttons": [window.undo_button.text(), window.redo_button.text(), window.history_button.text()],
        "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
        "columns": [model.headerData(c, Qt.Orientation.Horizontal) for c in Col],
        "navigator": [window.navigator.headerItem().text(c) for c in range(4)],
        "completeness": window.completeness.format(),
        "group": model.index(0, 0).data(),
        "name": model.index(line, Col.NAME).data(),
        "verdict": model.index(line, Col.VERDICT).data(),
        "period_label": window.period_label.text(),
        "deadline": window.deadline_label.text(),
        "people": window.people_label.text(),
        "narrative": window.narratives.intro.text(),
    }


def test_english_and_back_without_a_restart(qtbot, make_window, workspace):
    """Choosing English in Cài đặt translates the open window at once; Tiếng Việt brings every word back."""
    window = make_window(workspace)
    plug_exports(window)
    workspace.set_entry("2026-6M", "bhyt", numerator="9500", denominator="10000")
    window.reload(window.period)
    before = words(window)
    assert before["menus"] == MENUS_VI
    assert "&Xuất báo cáo…" in before["file"] and "T&hoát" in before["file"]
    assert before["columns"][:3] == ["STT", "Chỉ tiêu", "ĐVT"] and before["tabs"][0] == "Số liệu các chỉ tiêu"
    assert before["group"] == "Kinh tế" and before["verdict"].startswith("Đang thực hiện")
    assert before["period_label"] == "6 tháng đầu năm 2026"
    assert before["narrative"] == "Phần thuyết minh của báo cáo kỳ này (tự động lưu khi gõ):", before["narrative"]

    choose_language(qtbot, window, "en")
    english = words(window)
    assert english["menus"] == MENUS_EN
    assert english["file"] == ["&Settings…", "&Export the report…", "&Print the report…", "Se&nd to the province…",
                               "&Back up to…", "&Restore from a backup…", "Log in as another &account…", "Log &out",
                               "&Quit"]
    assert english["period"] == ["Mark as &complete", "&Approve the period", "&Reopen the period…", "",
                                 "&Sign the report digitally…", "", "&Previous period", "&Next period"]
    assert english["buttons"] == ["Undo", "Redo", "History across periods…"]
    assert english["tabs"] == ["Indicator figures", "Report narrative"]
    assert english["columns"] == ["No.", "Indicator", "Unit", "Target", "Numerator\n/ Value",
                                  "Denominator\n/ Last year", "Result", "Assessment", "Comment"]
    assert english["navigator"] == ["Period", "Entered", "Due", "Status"]
    assert english["completeness"].startswith("Entered ") and english["completeness"].endswith(
        " indicators due this period")  # 6 tháng: the 8th assigned is judged at year end
    assert english["group"] == "Economy"
    assert english["name"] == "Health insurance coverage"  # the catalogue's English name column
    assert english["verdict"].startswith("In progress\n95") and english["verdict"].endswith("% of target")
    assert english["period_label"] == "First 6 months of 2026"
    # the report stays Vietnamese: its narrative is typed so (walk U8 F5)
    assert english["narrative"].startswith("The report is printed in Vietnamese (Decree 30/2020): type these "
                                           "sections in Vietnamese")
    assert english["deadline"].startswith("Data from ") and "Due 20/06/2026" in english["deadline"]
    assert english["people"].startswith("Unit code ") and "Chair of the People's Committee" in english["people"]
    assert i18n.saved_language() == "en"

    choose_language(qtbot, window, "vi")
    assert words(window) == before
    assert i18n.saved_language() == "vi"


def test_the_choice_is_remembered_for_the_next_start(qtbot, make_window, workspace, english):
    """A window opened after the switch (as at the next start) is English from its first paint."""
    english()
    assert i18n.saved_language() == "en"
    window = make_window(workspace)  # built after the switch: no LanguageChange needed
    assert [a.text() for a in window.menuBar().actions()] == MENUS_EN
    assert window.windowTitle() == "Commune and ward indicators — Xã Tân Cương"


def test_menus_keep_one_shortcut_letter_each(qtbot, make_window, workspace, english):
    """In both languages no two items of a menu share their Alt letter."""
    for switch in (lambda: None, english):
        switch()
        window = make_window(workspace)
        plug_exports(window)
        menus = [window.menuBar()] + [a.menu() for a in window.menuBar().actions()]
        for menu in menus:
            letters = [a.text().split("&")[1][0].lower() for a in menu.actions() if "&" in a.text()]
            assert len(letters) == len(set(letters)), [a.text() for a in menu.actions()]


def test_reports_and_the_e_mail_stay_vietnamese_in_the_english_interface(qtbot, make_window, workspace,
                                                                          english, tmp_path):
    """Official documents do not follow the interface: the PDF, the workbook and the e-mail are Vietnamese."""
    english()
    window = make_window(workspace)
    assert window.file_menu.title() == "&File"
    workspace.set_entry("2026-6M", "bhyt", numerator="9500", denominator="10000")
    draft = prepare_mail(workspace, "2026-6M", tmp_path)
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(draft.export.pdf)).pages).split())
    assert "BÁO CÁO" in text.upper() and "tham gia bảo hiểm y tế" in text
    assert "Health insurance" not in text
    assert "Kính gửi: Ủy ban nhân dân tỉnh Thái Nguyên." in draft.body and "Dear" not in draft.body
    assert draft.subject.startswith("[05503] Báo cáo")


def test_the_about_box_shows_the_version_and_the_catalogue(qtbot, window, monkeypatch):
    """Trợ giúp › Giới thiệu: the program's name, its version and the catalogue's version, with the icon."""
    from PySide6.QtWidgets import QMessageBox

    from ui.common import app_version

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    window.show_about()
    box = window.about_box
    assert box.windowTitle() == "Giới thiệu"
    assert f"Phiên bản {app_version()}" in box.text()
    assert f"Bộ chỉ tiêu phiên bản {window.workspace.catalog.version}" in box.text()
    assert app_version() != "?" and not box.iconPixmap().isNull()


def test_the_about_box_names_the_province_key_this_computer_checks_updates_by(qtbot, window, monkeypatch):
    """Red team R33 F4: the province key pinned at the first catalogue update is said where an officer looks
    (Trợ giúp › Giới thiệu), its code and day; before one is pinned, that the paper letter's code pins it."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.catalog_import_rules import PROVINCE_KEY
    from ui.fitting import NO_BREAK_HYPHEN

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    window.show_about()
    assert "Máy này chưa ghi nhận khóa nào của tỉnh" in window.about_box.text()
    window.workspace.store.put_setting(PROVINCE_KEY, {"public_key": "x", "key_code": "K7QX-3M2P-ABCD-EFGH",
                                                      "catalog_version": "2026.2", "pinned_at": "2026-03-02T09:00:00+07:00"})
    window.show_about()
    assert ("Khóa của tỉnh đã ghi nhận: mã K7QX-3M2P-ABCD-EFGH, ngày 02/03/2026 (từ bản cập nhật phiên bản 2026.2)."
            in window.about_box.text().replace(NO_BREAK_HYPHEN, "-"))  # the code kept on one line


def test_the_window_has_the_application_icon(window):
    """The icon drawn in resources/icons is the window's (title bar, task bar)."""
    assert not window.windowIcon().isNull()
    assert window.windowIcon().availableSizes()


def test_a_yes_no_cell_in_english_stores_the_same_answer(qtbot, make_window, workspace, english):
    """In English a yes/no cell lists Yes/No; choosing Yes stores Có, as the report prints it."""
    english()
    window = make_window(workspace)
    index = window.model.index_of("khong_ma_tuy", "flag")
    assert window.model.setData(index, "Yes")
    assert workspace.row(window.period, "khong_ma_tuy").entry.flag is True
    assert index.data() == "Yes"
    i18n.switch_language("vi")
    window.reload(window.period)
    assert window.model.index_of("khong_ma_tuy", "flag").data() == "Có"
