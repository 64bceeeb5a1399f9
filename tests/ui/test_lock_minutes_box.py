"""The lock's minutes are asked by one box in both settings dialogs (the commune's Settings and
the province's Tệp › Cài đặt…): the same words, the same Alt+letter, the same saving."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import press, type_text
from tests.ui.test_keyboard import shown
from ui import idle_lock
from ui.province_settings import ProvinceSettingsDialog
from ui.setup_dialog import SetupDialog


def settings_file(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_both_settings_dialogs_ask_the_minutes_in_the_same_words(qtbot, workspace, tmp_path):
    """"Khóa cửa sổ sau:", "phút", "Không khóa" at 0: word for word the same in the commune's
    Settings and the province's, and the same range."""
    settings = settings_file(tmp_path)
    commune = SetupDialog(workspace, first_run=False, ui_settings=settings)
    province = ProvinceSettingsDialog(workspace, ui_settings=settings)
    for dialog in (commune, province):
        qtbot.addWidget(dialog)
    a, b = commune.lock_minutes, province.minutes
    assert a.label.text() == b.label.text() == "&Khóa cửa sổ sau:"
    assert (a.suffix(), a.specialValueText(), a.maximum()) == (b.suffix(), b.specialValueText(), b.maximum())
    assert a.suffix() == " phút" and a.specialValueText() == "Không khóa"
    assert a.accessibleName() == b.accessibleName()


def test_alt_k_in_the_commune_settings_goes_to_the_minutes_and_saving_keeps_them(qtbot, workspace, tmp_path):
    """In the commune's Settings, Alt+K puts the cursor in the minutes as in the province's; 7
    typed and Lưu keeps 7 minutes on this computer."""
    settings = settings_file(tmp_path)
    dialog = shown(qtbot, SetupDialog(workspace, first_run=False, ui_settings=settings))
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.lock_minutes
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("7")
    dialog.accept()
    assert idle_lock.lock_minutes(settings) == 7
