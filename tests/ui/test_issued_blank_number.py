"""The box before exporting again an approval already issued (walk 29b): the window never prints a
document number, so a blank one is said plainly, as text (not an empty box with a grey hint that
looks typeable), and the advice names only what the window does and where a number comes from."""
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
    assert dialog.number.text() == "để trống (viết tay trên bản in) /BC-UBND"
    assert not dialog.findChildren(QLineEdit)  # no box to type in, no grey hint
    why = dialog.explanation.text()
    assert "chitieu export --period 2026-6M --number" in why  # where a printed number comes from
    assert "Xuất ở cửa sổ này không in số văn bản (số viết tay trên bản in)" in why


def test_an_issued_number_is_shown_as_printed(qtbot):
    dialog = IssuedDialog(SUB, Issued("5", dt.date(2026, 12, 5)))
    qtbot.addWidget(dialog)
    assert (dialog.number.text(), dialog.date.text()) == ("05/BC-UBND", "05/12/2026")
