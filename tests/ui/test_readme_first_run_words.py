"""The README's first-run steps name the first-run dialog's check box by the words the dialog
shows, so an administrator reading it finds the box (walk 7, L8: README said "Tôi cũng là người
nhập số liệu", the dialog "Tôi cũng làm việc của cán bộ nhập liệu")."""
from __future__ import annotations

from pathlib import Path

from ui.login_dialog import FirstAdminDialog

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_names_the_officer_check_box_as_the_dialog_shows_it(qtbot, blank_workspace):
    dialog = FirstAdminDialog(blank_workspace)
    qtbot.addWidget(dialog)
    words = dialog.also_officer.text().replace("&", "")
    assert words == "Tôi cũng làm việc của cán bộ nhập liệu"
    assert f"**{words}**" in README.read_text(encoding="utf-8")
