"""`chitieu keys list` on the province's database gives each key the date its first file was
received (dd/mm/yyyy), what a reviewer compares with the deadline, as the window's "Nhận lần đầu"
column: it printed the time the program first read the file ('đọc tệp đầu tiên lúc 02:24
03/12/2026' for a 6-month report received on 19/06/2026). The file and the reading time stay."""
from __future__ import annotations

import datetime as dt
import json

from desktop_app.cli import run
from desktop_app.core.intake import FileClass
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions

RECEIVED = dt.date(2026, 6, 19)


def test_keys_list_prints_the_date_of_receipt(office, tmp_path, capsys):
    (a,) = pick_units(1, 0)
    for laptop in ("may-a", "may-cai-lai"):  # A's laptop, then A's report from a reinstalled one
        ws, _ = make_submissions(tmp_path / laptop, [a], PERIOD, data_dir=tmp_path / f"{laptop}-db")
        ws.close()
    office.intake(tmp_path / "may-a", PERIOD, received=RECEIVED)
    [refused] = office.intake(tmp_path / "may-cai-lai", PERIOD, received=dt.date(2026, 6, 22)).results
    assert refused.class_ == FileClass.CHU_KY_KHONG_KHOP
    first, other = office.keys(a)
    office.close()
    data = str(tmp_path / "tinh")

    assert run(["--data-dir", data, "keys", "list", a]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and first.key_code in lines[0] and other.key_code in lines[1]
    assert f"nhận lần đầu 19/06/2026 ({first.first_file}, đọc lúc " in lines[0]
    assert "đọc tệp đầu tiên" not in lines[0]
    # a key none of whose files is stored (refused): the date its file was received, 22/06, not the
    # day it was read (walk 29, M2: it printed the reading time, no date of receipt being recorded)
    assert f"nhận lần đầu 22/06/2026 ({other.first_file}, đọc lúc " in lines[1]
    assert lines[1].endswith("; tệp bị từ chối, chưa lưu tệp nào ký bằng khóa này)")
    assert "đọc tệp đầu tiên" not in lines[1]

    assert run(["--data-dir", data, "keys", "list", a, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [k["first_received"] for k in listed] == ["2026-06-19", "2026-06-22"]
    assert [k["first_seen"] for k in listed] == [first.first_seen, other.first_seen]
