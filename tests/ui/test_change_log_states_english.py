"""The change log in English (walk 11, finding 4): a period's states read Complete / Approved / Entering,
not "Hoàn thành" / "Đã duyệt" / "Đang nhập"; a reopening's reason stays as the leader typed it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import english, press  # noqa: F401 (the fixture)
from tests.ui.test_keyboard import shown
from ui.audit_dialog import AuditDialog

OLD, NEW = 6, 7


def test_period_states_in_english_with_the_reason_as_typed(qtbot, office, english):
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    office.complete("2026-Q1")
    as_(office, "lanhdao")
    office.approve("2026-Q1")
    office.reopen("2026-Q1", "Sửa số thu ngân sách theo số liệu Kho bạc")
    as_(office, "admin")
    english()
    dialog = shown(qtbot, AuditDialog(office))
    press(Qt.Key.Key_Down)  # the period filter: Quarter 1 of 2026
    model = dialog.model
    states = [(model.index(r, OLD).data(), model.index(r, NEW).data()) for r in range(model.rowCount())
              if model.index(r, 2).data() == "Period status"]
    assert states == [("Approved", "Entering (Sửa số thu ngân sách theo số liệu Kho bạc)"),
                      ("Complete", "Approved"), ("Entering", "Complete")]
