"""At a person's next login after a restore that undid their own work, one box listing it: their approvals undone,
the figures they entered since the backup put back as they were (walk U7, F3: nobody affected was told). Shown once
per person (`Workspace.restore_undid_seen`, a setting written with its row in the change log); Enter or Esc closes
it. Opened by itself, after the login's Enter: keys typed through it wait for a pause (`keyboard.unprompted`)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ui.actions import FAILED, run_action
from ui.common import in_language
from ui.i18n import translate


def tell(window) -> QMessageBox | None:
    """The box over `window` (one with `notice_box`: ui/notices.py) for the person logged in, when a restore undid
    any of their work since they were last told; None when none."""
    ws = window.workspace
    if getattr(ws, "restore_undid_mine", None) is None or getattr(ws, "user", None) is None:
        return None
    found = run_action(window, ws.restore_undid_mine, reads=True,
                       title=translate("restore_undid_box", "Could not read what a restore undid"))
    if found is FAILED or not found[1]:
        return None
    row, lines = found
    lead = translate("restore_undid_box", "A restore of the data undid some of your work:")
    box = window.notice_box(QMessageBox.Icon.Information, translate("restore_undid_box", "Your work undone by a restore"),
                            "\n\n".join([lead, *(f"• {in_language(line)}" for line in lines)]))
    run_action(window, ws.restore_undid_seen, row, reads=True,
               title=translate("restore_undid_box", "Could not record that you were told"))
    return box


def follow_logins(window) -> None:
    """`tell` now, for the person logged in at start, and at each login of another person after (the window's one
    `changes` signal, which a login emits: ui/actions.py), once the window has followed it (connected after its own
    `follow_changes`: the box in the new person's language)."""
    told = [getattr(window.workspace, "account", None)]

    def followed() -> None:
        account = getattr(window.workspace, "account", None)
        if account is not None and account != told[0]:
            told[0] = account
            tell(window)
        elif account is None:
            told[0] = None

    tell(window)
    window.changes.changed.connect(followed)
