"""Reading a dialog's layout for its Tab order holds nothing of the layout's (CI, 07/12/2026).

`in_layout_order` asked each layout for its items (`itemAt`); PySide kept every item's wrapper
alive with its layout, and once Qt deleted the item (a box laid out again, a widget removed, a
dialog gone) a button made later at the same address came back as that item: "Quay lại sửa"
given to `setDefaultButton` as a `QSpacerItem` (the question before leaving red cells never
opened), `'QWidgetItem' object has no attribute 'parentWidget'` opening the province window,
and two test workers killed by "Fatal Python error". The order itself is unchanged."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from tests.conftest import kept_layout_items
from ui.keyboard import in_layout_order
from ui.login_dialog import LoginDialog
from ui.setup_dialog import SetupDialog


def test_a_form_is_read_in_its_layouts_order_and_nothing_of_the_layout_is_kept(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    outer = QVBoxLayout(page)
    form = QFormLayout()
    later, first = QPushButton("Lưu"), QLineEdit()  # made in the other order than they are shown
    name_label = QLabel("Họ và tên")
    outer.addWidget(QLabel("Thông tin người ký"))
    outer.addLayout(form)
    form.addRow(name_label, first)
    outer.addStretch()
    outer.addWidget(later)
    order = in_layout_order(page)
    assert [type(w).__name__ for w in order] == ["QLabel", "QLabel", "QLineEdit", "QPushButton"]
    assert order[1:] == [name_label, first, later]
    assert kept_layout_items() == []


def test_the_login_and_set_up_dialogs_keep_no_item_of_their_layouts(qtbot, blank_workspace):
    for dialog in (LoginDialog(blank_workspace), SetupDialog(blank_workspace)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.focusWidget() is not None  # its Tab order and first field were set as it showed
        assert kept_layout_items() == [], type(dialog).__name__
        dialog.close()
