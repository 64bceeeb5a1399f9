"""The province's forms on Windows' dark mode and High Contrast (walk U23, what S120 left): the notes under
the signers and the lock's minutes were "color: #555", 2.2 : 1 on the dark window; each reads at 4.5 : 1
now, and keeps #555 on a light one."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.province.conftest import office  # noqa: F401 (the fixture)
from tests.ui.conftest import shot
from tests.ui.test_dark_palette_colours import assert_reads, dark, light  # noqa: F401 (the fixtures)
from ui.province_settings import ProvinceSettingsDialog


def settings(qtbot, office):  # noqa: F811
    dialog = ProvinceSettingsDialog(office.ws, office=office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def test_the_settings_notes_read_on_a_dark_palette(dark, qtbot, office):  # noqa: F811
    dialog = settings(qtbot, office)
    assert_reads(dialog.signers_note, "the note under the signers")
    assert_reads(dialog.note, "the note under the lock's minutes")
    shot(dialog, f"s50_province_settings_{dark}")


def test_the_settings_notes_keep_their_grey_on_a_light_palette(light, qtbot, office):  # noqa: F811
    dialog = settings(qtbot, office)
    assert "color: #555555;" in dialog.signers_note.styleSheet()
    assert "color: #555555;" in dialog.note.styleSheet()
