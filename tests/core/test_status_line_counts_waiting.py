"""`chitieu status` counts a period as the window's period list does: the rows whose result waits
for the start-of-term figure apart ("1/7, 2 chờ"), where it printed "1/7" alone, read as six rows
not entered while two of them are typed."""
from __future__ import annotations

import json

from desktop_app.__main__ import main


def _status(data_dir, capsys, *json_flag) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "status", *json_flag]) == 0
    return capsys.readouterr().out


def test_status_counts_the_rows_waiting_for_the_start_of_term_figure(workspace, data_dir, capsys):
    workspace.set_entry("2026-6M", "bhyt", numerator="9500", denominator="10000")
    workspace.set_entry("2026-6M", "giam_ngheo", numerator="312", denominator="12480")
    workspace.set_entry("2026-6M", "ket_nap_dang_vien", value="12")
    line = next(s for s in _status(data_dir, capsys).splitlines() if s.startswith("2026-6M "))
    assert " 1/7, 2 chờ hạn " in line, line
    half_year = next(s for s in json.loads(_status(data_dir, capsys, "--json")) if s["period"] == "2026-6M")
    assert (half_year["entered"], half_year["required"], half_year["waiting"]) == (1, 7, 2)
    workspace.set_baseline("giam_ngheo", "5,2")
    workspace.set_baseline("ket_nap_dang_vien", "250")
    line = next(s for s in _status(data_dir, capsys).splitlines() if s.startswith("2026-6M "))
    assert " 3/7 hạn " in line, line
