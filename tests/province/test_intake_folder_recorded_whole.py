"""A folder read from the command line as `chitieu consolidate hop-thu …` was recorded as "hop-thu", relative to
where the command ran: the window, started elsewhere, could not find the PDFs beside the files of that reading
(red-team R4 F4; S5). The run records the folder's whole path."""
from __future__ import annotations

from pathlib import Path

from tests.province.conftest import PERIOD


def test_a_folder_named_relatively_is_recorded_whole(office, inbox, monkeypatch):
    folder = Path(inbox["folder"])
    monkeypatch.chdir(folder.parent)
    run = office.intake(folder.name, PERIOD)  # as typed on the command line, from its parent folder
    monkeypatch.chdir("/")
    recorded = office.store.intake_runs()[-1][3]
    assert Path(run.folder) == Path(recorded) == folder
    assert Path(recorded).is_absolute()
