"""The PySide6 6.12 reference-count work-around keeps long sessions alive."""
import sys

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

import ui  # noqa: F401  (applies the work-around)
from ui.pyside_workarounds import needed


class _Emitter(QObject):
    ping = Signal()


def test_many_none_results_and_emits_do_not_crash_the_process():
    """50.000 None-returning Qt calls and signal emits (more than None's and True's own counts) survive."""
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("a"))
    index = model.index(0, 0)
    emitter = _Emitter()
    for _ in range(50_000):
        index.data(Qt.ItemDataRole.ToolTipRole)
        emitter.ping.emit()
    if needed():
        assert sys.getrefcount(None) > 1 << 39 and sys.getrefcount(True) > 1 << 39
