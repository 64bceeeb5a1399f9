"""A province target is typed under the rules of the indicator's own figures, as a commune's own
target is: "≥ -5" for a count of families, "≥ 2,5" households or "≥ Có" for a rate would be
published to 92 units, whose figures can never be compared with it. A growth rate's target may
exceed 100 %, as its result may."""
from __future__ import annotations

import pytest

from desktop_app import catalog_update as cu
from desktop_app.cli import run
from desktop_app.core.errors import InvalidInput


@pytest.mark.parametrize("indicator, typed, refusal", [
    ("bhyt", "-5", "Giá trị chỉ tiêu: không được âm. Gõ số từ 0 trở lên."),
    ("bhyt", "Có", 'Giá trị chỉ tiêu: "Có" có ký tự "C" không phải chữ số.'),
    ("thu_tien_su_dung_dat", "-5", "Giá trị chỉ tiêu: không được âm. Gõ số từ 0 trở lên."),
    ("tngt_so_vu", "-1", "Giá trị chỉ tiêu: không được âm. Gõ số từ 0 trở lên."),
    ("nong_thon_moi", "95", 'Giá trị chỉ tiêu: chỉ nhận Có (gõ C) hoặc Không (gõ K), không nhận "95".'),
    ("nong_thon_moi", "Đạt lắm", 'Giá trị chỉ tiêu: chỉ nhận Có (gõ C) hoặc Không (gõ K)'),
])
def test_a_target_the_figures_cannot_meet_is_refused_and_the_draft_kept(office, indicator, typed, refusal):
    kept = office.ws.store.get_setting(cu.DRAFT_KEY)
    unit = "all" if office.ws.catalog.indicator(indicator).assigned else None
    with pytest.raises(InvalidInput) as err:
        cu.edit(office.ws, cu.set_target, indicator, ">=", typed, unit=unit)
    assert err.value.message.startswith(refusal) and err.value.field == "Giá trị chỉ tiêu"
    assert office.ws.store.get_setting(cu.DRAFT_KEY) == kept


def test_a_whole_count_is_refused_with_a_fraction(office):
    cu.edit(office.ws, cu.add_indicator, "so_ho", "Số hộ được hỗ trợ nhà ở", "hộ", "amount")
    with pytest.raises(InvalidInput) as err:
        cu.edit(office.ws, cu.set_target, "so_ho", ">=", "2,5")
    assert err.value.message == "Giá trị chỉ tiêu: đếm bằng hộ, phải là số nguyên, ví dụ 2 hoặc 3."


def _target(office, indicator):
    return next(i for i in cu.draft(office.ws)["indicators"] if i["code"] == indicator)["default_target"]


def test_a_growth_rate_may_aim_above_100_percent_or_below_zero(office):
    # "Tăng giá trị sản phẩm": the result is typed as a rate of growth, -12,5 % or 150 % alike.
    cu.edit(office.ws, cu.set_target, "tang_gia_tri_san_pham", ">=", "150")
    assert _target(office, "tang_gia_tri_san_pham")["value"] == 150
    cu.edit(office.ws, cu.set_target, "tang_gia_tri_san_pham", ">=", "-5")
    assert _target(office, "tang_gia_tri_san_pham")["value"] == -5


def test_yes_no_and_typed_forms_are_accepted(office):
    cu.edit(office.ws, cu.set_target, "nong_thon_moi", "=", "có")
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97,5%", unit="all")
    cu.edit(office.ws, cu.set_target, "thu_tien_su_dung_dat", ">=", "1.234,5")
    assert _target(office, "nong_thon_moi")["value"] is True
    assert _target(office, "thu_tien_su_dung_dat")["value"] == 1234.5


def test_the_command_line_names_the_field(tmp_path, capsys):
    prov = str(tmp_path / "tinh")
    assert run(["--data-dir", prov, "province-setup"]) == 0
    capsys.readouterr()
    assert run(["--data-dir", prov, "catalog-update", "target", "--indicator", "bhyt", "--unit", "all",
                "--op", ">=", "--value", "-5"]) == 2
    assert "Giá trị chỉ tiêu: không được âm. Gõ số từ 0 trở lên." in capsys.readouterr().err
