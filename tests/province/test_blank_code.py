"""A code given on the command line with nothing in it (a script passing an empty variable) is
refused, never read as "no code" (red-team 19, F5: `verify FILE --code ""` passed every intact
file as if no paper were to be compared; `keys revoke UNIT --code ""` would revoke the key in use)."""
from __future__ import annotations

import pytest

from desktop_app.cli import run
from desktop_app.core.keys import KeyState
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import (
    one_report_delivered,
)


@pytest.fixture(scope="module")
def sent(tmp_path_factory):
    sub, path = one_report_delivered(tmp_path_factory.mktemp("ma-trong"), pick_units(1, 0)[0], PERIOD)
    return sub, path.parent


@pytest.mark.parametrize("blank", ["", "   ", " - "])
def test_verify_with_a_blank_code_is_refused_naming_the_field(sent, blank, capsys):
    sub, folder = sent
    path = str(folder / f"{sub.file_stem}.xlsx")
    assert run(["verify", path, "--code", blank]) == 2
    said = capsys.readouterr()
    assert "Mã in trên báo cáo giấy (--code): không có chữ hay số nào" in said.err and said.out == ""
    assert run(["verify", path]) == 0  # no --code at all: intact, the paper not compared
    assert "Chưa so với báo cáo giấy" in capsys.readouterr().out


def test_revoke_with_a_blank_code_revokes_nothing(sent, tmp_path, capsys):
    sub, folder = sent
    office = ProvinceOffice.open(tmp_path / "tinh")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(folder, PERIOD)
    office.close()
    assert run(["--data-dir", str(tmp_path / "tinh"), "keys", "revoke", sub.unit_code, "--code", ""]) == 2
    assert "Mã khóa (--code): không có chữ hay số nào" in capsys.readouterr().err
    office = ProvinceOffice.open(tmp_path / "tinh")
    [key] = office.keys(sub.unit_code)
    office.close()
    assert key.state == KeyState.CHO
