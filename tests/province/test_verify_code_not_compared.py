"""`chitieu verify FILE --code CODE` (walk 20, #8): on a file that is not intact the code was
silently left out (no word that it was not compared, even for another unit's code); on an intact
file signed by a key the province revoked, run on the province's database, a matching code
exited 0, as a paper that vouches for the file. Now the first says the code was not compared and
why, and the second exits 1 saying the key is revoked."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop_app.cli import run
from desktop_app.province import ProvinceOffice
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import (
    one_report_delivered,
)


@pytest.fixture
def province(tmp_path):
    sub, path = one_report_delivered(tmp_path, pick_units(1, 0)[0], PERIOD)
    office = ProvinceOffice.open(tmp_path / "tinh")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(path.parent, PERIOD)
    office.confirm_key(sub.unit_code, sub.key_code)
    office.close()
    return sub, tmp_path / "tinh", path


def test_a_code_given_for_a_changed_file_is_said_not_compared(province, tmp_path, capsys):
    sub, data_dir, _ = province
    changed = replace(sub, generated_at=(dt.datetime.fromisoformat(sub.generated_at)
                                         + dt.timedelta(minutes=5)).isoformat(timespec="seconds"))
    path = write_submission(changed, tmp_path / "da-sua.xlsx")  # the signature no longer covers it
    assert run(["--data-dir", str(data_dir), "verify", str(path), "--code", sub.key_code]) == 1
    err = capsys.readouterr().err
    assert "KHÔNG nguyên vẹn" in err
    assert (f"Chưa so mã in trên báo cáo giấy ({sub.key_code}): tệp không nguyên vẹn, mã khớp hay không thì tệp "
            "cũng không dùng được.") in err
    assert run(["--data-dir", str(data_dir), "verify", str(path)]) == 1
    assert "Chưa so mã" not in capsys.readouterr().err  # no code given, none said


def test_a_matching_code_on_a_file_whose_key_was_revoked_does_not_pass(province, capsys):
    sub, data_dir, path = province
    assert run(["--data-dir", str(data_dir), "verify", str(path), "--code", sub.key_code]) == 0
    assert "KHỚP" in capsys.readouterr().out
    office = ProvinceOffice.open(data_dir)
    office.revoke_key(sub.unit_code)
    office.close()
    assert run(["--data-dir", str(data_dir), "verify", str(path), "--code", sub.key_code]) == 1
    err = capsys.readouterr().err
    assert "đã bị thu hồi" in err
    assert err.rstrip().endswith("Mã khớp, nhưng tỉnh đã thu hồi khóa này: tỉnh không nhận tệp ký bằng khóa đã thu "
                                 "hồi, dù báo cáo giấy in cùng mã.")
    assert run(["--data-dir", str(data_dir), "verify", str(path), "--code", sub.fingerprint[:16]]) == 1
    assert run(["--data-dir", str(data_dir), "verify", str(path)]) == 0  # intact, no paper compared: as before
