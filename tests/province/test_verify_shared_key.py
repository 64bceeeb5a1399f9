"""`chitieu verify` on the province's database, for a file whose key signs for another unit
too: the note names the other unit as the catalogue names it, says the files are not counted,
and what the province does (confirm as shared, or revoke)."""
from __future__ import annotations

from desktop_app.cli import run
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD
from tests.province.helpers import ON_TIME, delivered
from tests.province.test_shared_keys import reports  # noqa: F401 - the module fixture

TAN_CUONG, DAI_PHUC = "Xã Tân Cương", "Xã Đại Phúc"


def _file(folder, name, sub):
    folder.mkdir(parents=True, exist_ok=True)
    return delivered(write_submission(sub, folder / name), ON_TIME)


def test_verify_names_the_other_unit_of_a_shared_key_and_what_to_do(office, reports, tmp_path, capsys):  # noqa: F811
    t, forged = reports["t"], reports["forged"]
    inbox = tmp_path / "in"
    _file(inbox, "1.xlsx", forged)
    _file(inbox, "2.xlsx", t)
    office.intake(inbox, PERIOD)
    data = str(tmp_path / "tinh")
    assert run(["--data-dir", data, "verify", str(inbox / "2.xlsx")]) == 0
    said = capsys.readouterr().out
    assert "đang CHỜ XÁC NHẬN" in said
    assert f"Khóa này cũng ký tệp của {DAI_PHUC} (mã {forged.unit_code}, chờ xác nhận)." in said
    assert "CHƯA được tính vào tổng hợp" in said
    assert (f"gõ mã in trên giấy (chitieu keys confirm {t.unit_code} MÃ_TRÊN_GIẤY --shared; chitieu keys confirm "
            f"{forged.unit_code} MÃ_TRÊN_GIẤY --shared)") in said
    assert f"chitieu keys revoke {t.unit_code} --code {t.key_code}; chitieu keys revoke {forged.unit_code} --code {t.key_code}" in said
    # the forged file: Đại Phúc's, its key also Tân Cương's
    assert run(["--data-dir", data, "verify", str(inbox / "1.xlsx")]) == 0
    said = capsys.readouterr().out
    assert f"Khóa này cũng ký tệp của {TAN_CUONG} (mã {t.unit_code}, chờ xác nhận)." in said

    # confirmed as shared for both: said, and no longer "not counted"
    office.confirm_key(t.unit_code, t.key_code, shared=True)
    office.confirm_key(forged.unit_code, t.key_code, shared=True)
    assert run(["--data-dir", data, "verify", str(inbox / "2.xlsx")]) == 0
    said = capsys.readouterr().out
    assert "khóa ĐÃ XÁC NHẬN" in said and f"Khóa này cũng ký tệp của {DAI_PHUC}" in said
    assert "Tỉnh đã xác nhận khóa dùng chung" in said and "CHƯA được tính" not in said


def test_verify_of_a_key_of_one_unit_says_nothing_of_sharing(office, reports, tmp_path, capsys):  # noqa: F811
    t = reports["t"]
    inbox = tmp_path / "in"
    _file(inbox, "2.xlsx", t)
    office.intake(inbox, PERIOD)
    assert run(["--data-dir", str(tmp_path / "tinh"), "verify", str(inbox / "2.xlsx")]) == 0
    said = capsys.readouterr().out
    assert "đang CHỜ XÁC NHẬN" in said and "cũng ký tệp" not in said
    # a file of a unit the key is not registered for: the unit whose key it is, named
    _file(tmp_path / "other", "1.xlsx", reports["forged"])
    assert run(["--data-dir", str(tmp_path / "tinh"), "verify", str(tmp_path / "other" / "1.xlsx")]) == 0
    said = capsys.readouterr().out
    assert f"Khóa này là khóa của {TAN_CUONG} (mã {t.unit_code}, chờ xác nhận)." in said
    assert "CHƯA được tính" not in said
