"""Settings at 1366×768 (walk 21, L5): the province's e-mail address sat in the group of the data
cut-off day and the report deadline; it has a group of its own. The token library's hint ("tệp .dll
cài cùng trình điều khiển thiết bị ký số") and the signature image's were cut at their end: every
field's hint is read whole."""
from __future__ import annotations

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QGroupBox, QLineEdit, QStyle, QStyleOptionFrame

from ui.setup_dialog import SetupDialog


def group_of(widget) -> str:
    while not isinstance(widget, QGroupBox):
        widget = widget.parentWidget()
    return widget.title()


def test_the_e_mail_address_is_not_among_the_dates(qtbot, workspace):
    dialog = SetupDialog(workspace, first_run=False)
    qtbot.addWidget(dialog)
    assert group_of(dialog.cutoff_day) == group_of(dialog.deadline_day) == "Ngày chốt số liệu và hạn gửi báo cáo"
    assert group_of(dialog.province_email) != group_of(dialog.deadline_day)
    assert group_of(dialog.province_email) != group_of(dialog.preparer)


def test_every_hint_is_read_whole(qtbot, workspace):
    dialog = SetupDialog(workspace, first_run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= 1366 and dialog.height() <= 768
    QApplication.processEvents()
    hinted = [e for e in dialog.findChildren(QLineEdit) if e.placeholderText()]
    assert dialog.signature_box.module in hinted and dialog.signature_box.image in hinted
    for edit in hinted:
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit).width() - 4
        room -= edit.textMargins().left() + edit.textMargins().right()
        if edit.isClearButtonEnabled():
            room -= 20
        assert QFontMetricsF(edit.font()).horizontalAdvance(edit.placeholderText()) <= room, edit.placeholderText()
