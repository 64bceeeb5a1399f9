"""Where a menu item is and its keys, in the words its menus show now: what a message names when
it sends someone to the item ("Kỳ báo cáo › Duyệt kỳ báo cáo: Alt+K, D"). Apart from the menus
(ui.main_menus), so that what they open (ui.workflow_actions) may name other items too.

A path and its keys are written with no-break spaces (U+00A0, shown as spaces: `unbroken`): a message
wrapped at its box's width never breaks one, as the box after Duyệt broke "Kỳ báo cáo › Ký số" from
"báo cáo…" and could leave "Tệp ›" alone at a line's end."""
from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop_app.core.start_of_term import unbroken


def menu_path(menu: QMenu, action: QAction) -> str:
    """"Kỳ báo cáo › Mở lại kỳ báo cáo…": where an item is, in the words its menu shows now (the
    mnemonics' & left out), so a message never names an item the menu does not have."""
    return unbroken(" › ".join(re.sub("&(.)", r"\1", text) for text in (menu.title(), action.text())))


def menu_keys(menu: QMenu, action: QAction) -> str:
    """"Alt+K, H": the keys of a menu's item, read from the mnemonics its menu and it show now (a
    message never names keys the menu bar does not have); its `menu_path` where one has none."""
    keys = [re.search("&([^&])", text) for text in (menu.title(), action.text())]
    if None in keys:
        return menu_path(menu, action)
    return unbroken(f"Alt+{keys[0].group(1).upper()}, {keys[1].group(1).upper()}")
