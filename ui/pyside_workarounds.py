"""Work-arounds for bugs of the PySide6 release we ship with; imported by `ui/__init__.py`.

PySide6 6.12.0 on Python 3.11 drops references to Python's singletons:

- every Qt call that hands None back to Python (`QModelIndex.data()` of an empty
  role, `QApplication.focusWidget()` with no focus, `QTreeWidgetItem.data()`,
  `QComboBox.currentData()`, …) takes one reference from None without giving it;
- every `Signal.emit()` from Python returns True and takes one reference from True.

Measured here: 1,000 calls of `QStandardItemModel().index(0, 0).data(Qt.ToolTipRole)`
drop None's count by 998; 100 `model.dataChanged.emit(...)` drop True's by 100.
After a few thousand of them (a table paints hundreds of cells a second, each
saved edit emits several signals) the count reaches zero and the process aborts
with "Fatal Python error: none_dealloc" (or "bool_dealloc").

From Python 3.12 these objects are immortal and the bugs are harmless; before it,
we give them a reference count so large that the missing references never matter.
Remove this module once the PySide6 in use is fixed (see tests/ui/test_pyside_workarounds.py).
"""
from __future__ import annotations

import sys

_PINNED = False
PINNED_OBJECTS = (None, True, False)


def needed() -> bool:
    return sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def pin_singletons() -> None:
    """Make None, True and False effectively immortal on Python < 3.12 (idempotent)."""
    global _PINNED
    if _PINNED or not needed():
        return
    import ctypes

    for obj in PINNED_OBJECTS:
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _PINNED = True


pin_none = pin_singletons  # the first name of this work-around
