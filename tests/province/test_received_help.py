"""`chitieu consolidate --help` says which dates of receipt are accepted, as the program decides
them (3ec3371): one typed with --received from the term's first year up to today, a later one
refused; the default, each file's modification date, never after the day the files are read. It
said only the format and the default, "không sớm hơn ngày lập tệp"."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.cli import run
from desktop_app.core.intake import vietnam_today


def test_the_help_says_what_date_of_receipt_is_accepted(capsys):
    with pytest.raises(SystemExit):
        run(["consolidate", "--help"])
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps the help where it likes
    said = out[out.index("--received NGÀY ngày nhận"):out.index("--json in kết quả")]
    assert "ví dụ 19/06/2026 (hoặc 2026-06-19), từ năm 2026 đến hôm nay; ngày sau hôm nay bị từ chối." in said
    assert "Trễ hạn tính theo ngày nhập, không theo đồng hồ của tệp" in said  # issue 14, 5; red-team 25, F2
    assert ("Mặc định: ngày sửa đổi của từng tệp, tức ngày lưu tệp từ thư điện tử, nhưng không sớm hơn ngày lập tệp "
            "và không muộn hơn ngày đọc tệp (ngày sửa đổi sau ngày đọc tệp thì tính là ngày đọc tệp)") in said


def test_the_help_says_what_the_command_does(office, tmp_path, capsys):
    """As the help says: tomorrow refused, naming the field; the term's first year's start taken."""
    office.close()
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    data = str(tmp_path / "tinh")
    tomorrow = vietnam_today() + dt.timedelta(days=1)  # the province's today, Vietnam's
    assert run(["--data-dir", data, "consolidate", str(inbox), "--period", "2026-6M",
                "--received", tomorrow.strftime("%d/%m/%Y")]) == 2
    assert f"Ngày nhận {tomorrow:%d/%m/%Y} sau hôm nay" in capsys.readouterr().err
    assert run(["--data-dir", data, "consolidate", str(inbox), "--period", "2026-6M", "--received", "31/12/2025"]) == 2
    assert "Ngày nhận 31/12/2025 trước năm 2026" in capsys.readouterr().err
    assert run(["--data-dir", data, "consolidate", str(inbox), "--period", "2026-6M", "--received", "01/01/2026"]) == 0
