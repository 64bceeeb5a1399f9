"""Walk U18 F7: a ward reading a province update before importing it (the window's box, `chitieu
catalog-update import`) saw its own new targets, then every other unit's: "Chỉ tiêu giao … : Phường Linh
Sơn (05710): …", "… thay đổi ở 91 đơn vị khác, nay: …", lines about units it has nothing to do with. It
reads its own targets, what changes for every unit (an indicator added or assigned, a common target),
and the other units' new targets in one line, counted: "Chỉ tiêu giao mới của 91 đơn vị khác (không ảnh
hưởng đến đơn vị này)." The province (and an installation with no unit chosen) reads them all."""
from __future__ import annotations

from desktop_app import catalog_update as cu

WARD, LINH_SON, TAN_CUONG = "05443", "05710", "05503"
BHYT = "“Tỷ lệ người dân tham gia bảo hiểm y tế”"
BUDGET = "“Tổng thu ngân sách địa phương không bao gồm thu tiền sử dụng đất, thu từ xổ số kiến thiết”"
GROWTH = "“Tốc độ tăng giá trị sản phẩm trên địa bàn”"


def _update(doc: dict) -> dict:
    """BHYT raised everywhere, Linh Sơn higher; the budget target of Linh Sơn and Tân Cương (not the
    ward's); the growth of product value assigned to every unit; a new indicator with a common target."""
    doc = cu.set_target(doc, "bhyt", ">=", "96", unit="all")
    doc = cu.set_target(doc, "bhyt", ">=", "97,5", unit=LINH_SON)
    doc = cu.set_target(doc, "thu_ngan_sach", ">=", "1250000", unit=LINH_SON)
    doc = cu.set_target(doc, "thu_ngan_sach", ">=", "990000", unit=TAN_CUONG)
    doc = cu.assign(doc, "tang_gia_tri_san_pham")
    doc = cu.set_target(doc, "tang_gia_tri_san_pham", ">=", "8,5", unit="all")
    doc = cu.add_indicator(doc, "ho_cap_quang", "Tỷ lệ hộ gia đình sử dụng internet cáp quang", "%", "ratio",
                           numerator_label="Số hộ dùng cáp quang", denominator_label="Tổng số hộ", input_unit="hộ")
    return cu.set_target(doc, "ho_cap_quang", ">=", "80,5")


def test_the_ward_reads_its_own_targets_and_the_others_counted(ward_workspace):
    old = ward_workspace.catalog.document
    lines = cu.changes_for(ward_workspace, old, _update(old))
    assert lines == [
        f"Chỉ tiêu giao của Phường Phan Đình Phùng, {BHYT}: = 100 → ≥ 96.",
        f"Chỉ tiêu giao của Phường Phan Đình Phùng, {GROWTH}: chưa giao → ≥ 8,5.",
        f"Giao chỉ tiêu {GROWTH} cho các xã, phường.",
        ("Thêm chỉ tiêu “Tỷ lệ hộ gia đình sử dụng internet cáp quang” (%), áp dụng cho các xã, phường; "
         "chỉ tiêu chung: ≥ 80,5."),
        "Chỉ tiêu giao mới của 91 đơn vị khác (không ảnh hưởng đến đơn vị này)."]
    assert lines[-1].en == "New targets of 91 other units (not affecting this unit)."
    assert lines[2].en.endswith("assigned to each commune and ward.")
    assert not any(name in line for line in lines for name in ("Linh Sơn", "Tân Cương", "thay đổi ở"))
    # the province's list (its draft, the cover note) names them
    assert any("Phường Linh Sơn" in line and BUDGET in line for line in cu.describe_changes(old, _update(old)))


def test_a_unit_whose_targets_do_not_change_reads_the_others_counted(ward_workspace):
    old = ward_workspace.catalog.document
    doc = cu.set_target(old, "thu_ngan_sach", ">=", "1250000", unit=LINH_SON)
    doc = cu.set_target(doc, "bhyt", ">=", "97", unit=TAN_CUONG)
    assert cu.changes_for(ward_workspace, old, doc) == [
        "Chỉ tiêu giao mới của 2 đơn vị khác (không ảnh hưởng đến đơn vị này)."]
    assert cu.changes_for(ward_workspace, old, cu.set_target(old, "bhyt", ">=", "97", unit=TAN_CUONG))[0].en == (
        "New targets of 1 other unit (not affecting this unit).")

