"""The catalogue update's window and the province key (red team R33 F3, F4): the first import asks
the code from the paper letter, signed and stamped, or from the province office on the telephone,
never from a PDF that came in the same e-mail; a later import's question names the key recorded,
its code and day; a province database is refused at once, before any file is chosen."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop_app import catalog_update as cu
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.province import ProvinceOffice
from tests.ui.conftest import Script, press, shot
from ui.catalog_update_dialog import CoverCodeDialog, import_catalog_update
from ui.fitting import unbroken_code
from ui.i18n import translate

PROVINCE = new_private_key()
CODE = key_code(public_key(PROVINCE))
# the dialog's words (English until translated; compared through the translation, whichever it is)
PAPER = ("This is the first indicator catalogue update this computer takes: it will record the key that signed the "
         "file, and from then on take only updates signed with that key.\n\nType the key code printed on the "
         "province's paper letter, signed and stamped, that came by official post (four groups of four letters and "
         "digits), or have the provincial People's Committee office read it to you on the telephone. Do not take it "
         "from a PDF letter that came in the same e-mail as the file, nor from the file or the screen: anyone can "
         "make such a PDF, and sign a file with a key of their own.")


def _update(workspace, folder, version="2026.2", base="2026.1", target="97"):
    doc = cu.set_target(workspace.catalog.document, "bhyt", ">=", target, unit="05503")
    update = cu.build_update(doc, base, version, issuer="UBND tỉnh Thái Nguyên", private_key=PROVINCE)
    return str(cu.write_update(update, folder / f"bo-chi-tieu-{version}{cu.SUFFIX}"))


def test_the_first_import_asks_the_code_from_the_paper_letter_or_the_telephone(qtbot, workspace, tmp_path):
    seen = {}

    def code(dialog):
        dialog.resize(dialog.sizeHint())
        seen["texts"] = "\n".join(label.text() for label in dialog.findChildren(QLabel))
        seen["fits"] = dialog.width() <= 1366 and dialog.height() <= 768
        shot(dialog, "catalog_update_first_code")
        press(Qt.Key.Key_Escape)

    script = Script((CoverCodeDialog, code))
    assert import_catalog_update(None, workspace, _update(workspace, tmp_path)) is False
    script.check()
    assert translate("CatalogUpdate", PAPER) in seen["texts"] and seen["fits"]
    assert cu.province_key(workspace) is None and workspace.catalog.version == "2026.1"


def test_a_later_imports_question_names_the_key_recorded_and_its_day(qtbot, workspace, tmp_path):
    cu.import_update(workspace, _update(workspace, tmp_path), CODE)
    at = cu.province_key(workspace)["pinned_at"]
    seen = {}

    def confirm(box):
        seen["key"] = box.informativeText()
        shot(box, "catalog_update_later_question")
        box.button(QMessageBox.StandardButton.No).click()

    script = Script((QMessageBox, confirm))
    assert import_catalog_update(None, workspace, _update(workspace, tmp_path, "2026.3", "2026.2", "98")) is False
    script.check()
    said = seen["key"].replace(unbroken_code(CODE), CODE)
    assert said.startswith(f"Khóa của tỉnh đã ghi nhận: mã {CODE}, ngày {at[8:10]}/{at[5:7]}/{at[:4]} (từ bản cập "
                           "nhật phiên bản 2026.2).")
    assert said.endswith(translate("CatalogUpdate", "The file is signed with this key."))
    assert workspace.catalog.version == "2026.2"


def test_a_province_database_is_refused_before_any_file_is_chosen(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    try:
        office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
        chosen = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: chosen.append(a) or ("", ""))
        seen = {}

        def refused(box):
            seen["text"] = box.text().replace("\u00a0", " ").replace("\u2011", "-")  # a menu path kept whole
            QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

        script = Script((QMessageBox, refused))
        assert import_catalog_update(None, office.ws) is False
        script.check()
        assert not chosen and seen["text"].startswith("Đây là cơ sở dữ liệu cấp tỉnh: tỉnh không nhập bản cập nhật")
        assert "Tệp › Phát hành cập nhật bộ chỉ tiêu…" in seen["text"]
    finally:
        office.close()
