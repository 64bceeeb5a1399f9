"""A period whose approved report was exported reads "Đã xuất", never "Đã gửi" (walks U8, U9): an export
marks it (`ApprovalActions.mark_sent`), nothing was e-mailed, and the officer read "Đã gửi" as the province
having the report. What is stored stays "Đã gửi" (State.SENT's value: databases, the history's chain,
backups and `--json` outputs of other installations read it); only what a person reads changes."""
from __future__ import annotations

import json
import sqlite3

from desktop_app.__main__ import main
from desktop_app.data_folder import DB_NAME
from desktop_app.core.period_status import Standing
from desktop_app.core.periods import format_time, parse_period
from desktop_app.core.workflow import State, frozen_message
from desktop_app.services import export_period
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)


def _exported(office, tmp_path) -> str:
    as_(office, "canbo")
    fill_year(office, "2026")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    export_period(office, "2026", tmp_path / "out", pdf=False)
    return office.sent_at("2026")


def test_the_state_reads_exported_and_stays_stored_as_sent():
    assert State.SENT.value == "Đã gửi" and Standing.SENT.value == "Đã gửi"  # the stored contract
    assert State.SENT.label == "Đã xuất" and Standing.SENT.label == "Đã xuất" and State.SENT.en == "Exported"
    assert State.APPROVED.label == "Đã duyệt" and Standing.APPROVED_OVERDUE.label == "Đã duyệt, quá hạn gửi"
    vi, en = frozen_message(parse_period("2026"), State.SENT, "2026-12-06T12:16:00")
    assert vi.startswith("Kỳ năm 2026 đã xuất tệp gửi tỉnh (duyệt ngày 06/12/2026), số liệu không sửa được nữa.")
    assert en.startswith("Year 2026: exported for the province (approved on 06/12/2026), its figures")
    assert "gửi" not in vi.split(",")[0].replace("gửi tỉnh", "") and "sent" not in en


def test_a_database_holding_sent_reads_it_and_the_status_says_exported(office, tmp_path, data_dir, capsys,
                                                                      monkeypatch):
    """An export stores "Đã gửi" as before (so a database of an older version reads the same value);
    `chitieu status` says Đã xuất, when the file was exported and that the officer e-mails it if not
    sent yet; `--json` keeps "Đã gửi"."""
    sent = _exported(office, tmp_path)
    office.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["canbo"])
    conn = sqlite3.connect(data_dir / DB_NAME)
    stored = conn.execute("SELECT state FROM period_states WHERE period = '2026'").fetchone()[0]
    conn.close()
    assert stored == "Đã gửi"
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "status"]) == 0
    out = capsys.readouterr().out
    line = next(text for text in out.splitlines() if text.startswith("2026 "))
    assert "Đã xuất" in line and "Đã gửi" not in out
    assert (f"Tệp gửi tỉnh đã xuất lúc {format_time(sent)}; gửi tệp cho tỉnh qua thư điện tử (Tệp › Gửi cho tỉnh… "
            "trong cửa sổ chương trình) nếu chưa gửi.") in out
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "status", "--json"]) == 0
    row = next(r for r in json.loads(capsys.readouterr().out) if r["period"] == "2026")
    assert (row["state"], row["standing"]) == ("Đã gửi", "Đã gửi")
