"""The window on a database of an early version: a period approved then, of which no copy was
kept, says so above its figures and offers the leader to reopen it."""
from __future__ import annotations

import shutil

from desktop_app.core.periods import Period
from desktop_app.services import Workspace
from tests.db.test_old_database import OLD, PW


def test_the_window_says_an_old_approval_was_kept_without_a_copy(make_window, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(OLD, folder / "chitieu.db")
    ws = Workspace.open(folder)
    ws.login("lanhdao", PW["lanhdao"])
    window = make_window(ws)
    window.navigator.select(Period(2026, "Y"))
    assert window.drift_notice.isVisible()
    text = window.drift_label.text()
    assert "được duyệt bằng phiên bản cũ" in text and "70965086932252b7" in text
    assert window.reopen_button.isEnabled()
    window.navigator.select(Period(2026, "Q1"))  # reopened then: nothing to say
    assert not window.drift_notice.isVisible()
