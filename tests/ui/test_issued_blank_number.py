"""The box before exporting again an approval already issued (walk 29b): a number left blank at the first
export is said plainly, as text (not an empty box with a grey hint that looks typeable), and the advice
names only what the window does: another number comes with a new approval, whose first export asks it."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QLineEdit  # noqa: E402

from desktop_app.core.doc_number import Issued  # noqa: E402
from ui.issued_dialog import IssuedDialog  # noqa: E402

SUB = SimpleNamespace(doc_symbol="BC-UBND", period="2026-6M")


def test_a_blank_number_is_said_plainly_and_nothing_looks_typeable(qtbot):
    dialog = IssuedDialog(SUB, Issued("", dt.date(2026, 12, 5)))
    qtbot.addWidget(dialog)
    assert dialog.number.text() == "……/BC-UBND (viết tay trên bản in)"  # as the paper prints it (walk U17 F8)
    assert not dialog.findChildren(QLineEdit)  # no box to type in, no grey hint
    why = dialog.explanation.text()
    assert "chitieu" not in why  # the window asks the number at a first export: no command to learn
    assert "Cần số hoặc ngày khác: Lãnh đạo mở lại kỳ báo cáo rồi duyệt lại; lần xuất tiếp theo sẽ hỏi lại số và " \
           "ngày." in why


def test_an_issued_number_is_shown_as_printed(qtbot):
    dialog = IssuedDialog(SUB, Issued("5", dt.date(2026, 12, 5)))
    qtbot.addWidget(dialog)
    assert (dialog.number.text(), dialog.date.text()) == ("05/BC-UBND", "05/12/2026")
