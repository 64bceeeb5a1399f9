"""The line over the table of a period whose approval a restore undid, not approved again since (walk U7, F3: the
leader's window read "Đang nhập / Quá hạn" with no word of the approval undone, nor by whom): who approved it, when,
its code, and which administrator's restore of which backup undid it (core/restore_undid.py, the same words as
`chitieu status`), then where to approve it again, to whoever may."""
from __future__ import annotations

from desktop_app.core.users import Permission
from ui.common import in_language
from ui.i18n import translate
from ui.menu_place import menu_keys, menu_path


def said(window) -> str:
    """The line for `window`'s period (a MainWindow); "" when no restore undid its approval, or it was approved
    again since."""
    undid_approval = getattr(window.workspace, "undid_approval", None)
    if window.period is None or undid_approval is None:
        return ""
    undid = undid_approval(window.period)
    if undid is None:
        return ""
    text = in_language(undid.words())
    if window.may(Permission.APPROVE):
        text += " " + translate("restore_undid_note", "Approve it in {menu} ({keys}).").format(
            menu=menu_path(window.period_menu, window.approve_action),
            keys=menu_keys(window.period_menu, window.approve_action))
    return text
