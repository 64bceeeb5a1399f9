"""The PySide6 window. Importing it applies the PySide6 work-arounds (see pyside_workarounds)."""
from ui.pyside_workarounds import pin_singletons

pin_singletons()
