"""Work-arounds for bugs of the PySide6 release we ship with; imported by `ui/__init__.py`.

PySide6 6.12.0 on Python 3.11: every Qt call that hands None back to Python
(`QModelIndex.data()` of an empty role, `QApplication.focusWidget()` with no focus,
`QTreeWidgetItem.data()`, `QComboBox.currentData()`, …) takes one reference from
None without giving it. None then reaches a reference count of zero after a few
thousand such calls (a table paints hundreds per second) and the process aborts
with "Fatal Python error: none_dealloc". Measured here: 1,000 calls of
`QStandardItemModel().index(0, 0).data(Qt.ToolTipRole)` drop None's count by 998.

From Python 3.12 None is immortal and the bug is harmless; before it, we give None
a reference count so large that the missing references never matter.
"""
from __future__ import annotations

import sys

_PINNED = False


def pin_none() -> None:
    """Make None effectively immortal on Python < 3.12 (idempotent)."""
    global _PINNED
    if _PINNED or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _PINNED = True
