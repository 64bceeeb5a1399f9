"""Walk U10 F5, F6: a draft's per-unit target set anew by "--unit all" is said, never dropped
silently; the list of changes names the unit with the odd target; a commune reads its own change
once (first, then the other units)."""
from __future__ import annotations

from desktop_app import catalog_update as cu
from desktop_app.cli import run
from desktop_app.core.catalog_changes import describe_changes, own_target_changes

LINH_SON, TAN_CUONG = "05710", "05503"
BHYT = "“Tỷ lệ người dân tham gia bảo hiểm y tế”"


def test_all_after_one_units_edit_says_the_unit_replaced(office):
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97,5", unit=LINH_SON)
    done = cu.edit(office.ws, cu.set_target, "bhyt", ">=", "96", unit="all")
    assert done.replaced == [(f"Thay mức đã sửa trước đó trong bản nháp của {BHYT}: Phường Linh Sơn (05710): "
                              "≥ 97,5 → ≥ 96.")]
    assert done.replaced[0].en.startswith("Replaces the draft's earlier target of")
    assert done == [f"Chỉ tiêu giao {BHYT} thay đổi ở 92 đơn vị: = 100 → ≥ 96."]
    # the unit's edit again, then "all" once more at the same level: that unit is said again
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97,5", unit=LINH_SON)
    assert cu.edit(office.ws, cu.set_target, "bhyt", ">=", "96", unit="all").replaced
    # an "all" over an "all" replaces no unit's own target; a unit's edit over its own is what it asks
    assert cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97", unit="all").replaced == []
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "98", unit=LINH_SON)
    assert cu.edit(office.ws, cu.set_target, "bhyt", ">=", "99", unit=LINH_SON).replaced == []


def test_the_command_line_says_the_unit_replaced(tmp_path, capsys):
    prov = str(tmp_path / "tinh")
    assert run(["--data-dir", prov, "province-setup"]) == 0
    target = ["--data-dir", prov, "catalog-update", "target", "--indicator", "bhyt", "--op", ">="]
    assert run([*target, "--unit", LINH_SON, "--value", "97,5"]) == 0
    capsys.readouterr()
    assert run([*target, "--unit", "all", "--value", "96"]) == 0
    out = capsys.readouterr().out
    assert (f"Lưu ý: Thay mức đã sửa trước đó trong bản nháp của {BHYT}: Phường Linh Sơn (05710): ≥ 97,5 → ≥ 96."
            in out)
    assert "giao lại cho đơn vị đó: chitieu catalog-update target bhyt --unit MÃ_ĐƠN_VỊ" in out


def test_a_lone_odd_target_is_named_many_are_counted(office):
    doc = cu.draft(office.ws)
    everywhere = cu.set_target(doc, "bhyt", ">=", "96", unit="all")
    odd = cu.set_target(everywhere, "bhyt", ">=", "97,5", unit=LINH_SON)
    (line,) = describe_changes(doc, odd)
    assert line == (f"Chỉ tiêu giao {BHYT} thay đổi ở 92 đơn vị, nay: ≥ 96 ở 91 đơn vị; "
                    "≥ 97,5 ở Phường Linh Sơn (05710).")
    assert line.en.endswith("now: ≥ 96 at 91 units; ≥ 97,5 at Phường Linh Sơn (05710).")
    many = everywhere
    for unit in [u["code"] for u in everywhere["communes"]][:6]:
        many = cu.set_target(many, "bhyt", ">=", "97,5", unit=unit)
    (line,) = describe_changes(doc, many)
    assert line == f"Chỉ tiêu giao {BHYT} thay đổi ở 92 đơn vị, nay: ≥ 96 ở 86 đơn vị; ≥ 97,5 ở 6 đơn vị."


def test_a_commune_reads_its_own_change_once(office):
    doc = cu.draft(office.ws)
    odd = cu.set_target(cu.set_target(doc, "bhyt", ">=", "96", unit="all"), "bhyt", ">=", "97,5", unit=LINH_SON)
    at_linh_son = own_target_changes(doc, odd, LINH_SON) + describe_changes(doc, odd, leave_out=LINH_SON)
    assert at_linh_son == [f"Chỉ tiêu giao của Phường Linh Sơn, {BHYT}: = 100 → ≥ 97,5.",
                           f"Chỉ tiêu giao {BHYT} thay đổi ở 91 đơn vị khác: = 100 → ≥ 96."]
    assert at_linh_son[1].en.endswith("changed at 91 other units: = 100 → ≥ 96.")
    at_tan_cuong = describe_changes(doc, odd, leave_out=TAN_CUONG)
    assert at_tan_cuong == [(f"Chỉ tiêu giao {BHYT} thay đổi ở 91 đơn vị khác, nay: ≥ 96 ở 90 đơn vị; "
                             "≥ 97,5 ở Phường Linh Sơn (05710).")]


def test_a_units_edit_over_its_own_replaces_nothing_said(office):
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97,5", LINH_SON)
    assert cu.edit(office.ws, cu.set_target, "bhyt", ">=", "98", LINH_SON).replaced == []
