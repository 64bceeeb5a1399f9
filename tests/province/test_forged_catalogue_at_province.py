"""Red-team R2 F6: Xã Tân Cương imported a forged update numbered 2026.2 (BHYT ≥ 90 for it) and
approved a period under it; the province's own 2026.2 says BHYT ≥ 96. The province never counted the
forged target (it recomputes with its own catalogue), but its intake line said nothing of the
catalogue while it used 2026.2 itself, and once on 2026.3 it said the unit had merely not imported
the update. Now the line (and "Kết quả nhận tệp" of the consolidated workbook) says the unit's 2026.2
is not the one the province published, with a target as example, and to contact the unit; a unit that
approved under the province's real 2026.2 is judged against it and not called behind (walk U10 F3)."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from desktop_app import catalog_update as cu
from exports.consolidated_xlsx import write_consolidated
from exports.intake_results_sheet import INTAKE_HEADERS, SHEET_INTAKE
from exports.submission_xlsx import write_submission
from tests.province.helpers import delivered, sign_with
from tests.province.test_forget_province_key import TAN_CUONG, _approve, commune  # noqa: F401
from tests.province.test_withdrawn_number_way_out import forged  # noqa: F401

PERIOD = "2026-6M"

FORGED = ('Lập theo bộ chỉ tiêu 2026.2{where}, nhưng bộ 2026.2 đơn vị dùng không phải bộ chỉ tiêu 2026.2 tỉnh đã '
          'phát hành (ví dụ, Tỷ lệ người dân tham gia bảo hiểm y tế: tệp ghi chỉ tiêu "≥ 90", bộ chỉ tiêu 2026.2 của '
          'tỉnh giao "≥ 96"): đơn vị có thể đã nhập bản cập nhật giả; liên hệ đơn vị.')
# an approved report keeps the catalogue it was approved under (walk U10 F3): the unit is not behind
APPROVED_UNDER = ("Bản đã duyệt theo bộ chỉ tiêu 2026.2 (tỉnh đang dùng 2026.3): tỉnh tính lại và đánh giá theo bộ "
                  "chỉ tiêu 2026.2 tỉnh đã phát hành, bộ chỉ tiêu khi báo cáo được duyệt.")


@pytest.fixture(autouse=True)
def published_before_the_approvals(monkeypatch):
    """The province publishes its versions an hour before the unit approves (its own clock, db.catalogs.now): which side of
    the approvals they fall on decides the catalogue an approval is judged by (red team R19 F1),
    and a test doing both in one second would otherwise leave it to chance."""
    import db.catalogs

    monkeypatch.setattr(db.catalogs, "now", lambda: (dt.datetime.now().astimezone() - dt.timedelta(hours=1))
                        .isoformat(timespec="seconds"))


def _publish(office, tmp_path, third: bool):
    """The province's 2026.2 (BHYT ≥ 96 for every unit), and with `third` its 2026.3 (Tân Cương's ≥ 98)."""
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "96", unit="all")
    real = cu.publish(office.ws, "2026.2", tmp_path / "tinh-2026.2.chitieu-catalog.json")
    if third:
        cu.edit(office.ws, cu.set_target, "bhyt", ">=", "98", unit=TAN_CUONG)
        cu.publish(office.ws, "2026.3", tmp_path / "tinh-2026.3.chitieu-catalog.json")
    return real["path"], real["key_code"]


def _received(office, commune, tmp_path):  # noqa: F811
    """The unit's approved half-year, signed, read by the province: its line's reason."""
    _approve(commune, PERIOD)
    sub = sign_with(commune.submission(PERIOD, approved=True, generated_at=dt.datetime(2026, 7, 3, 9, 0)),
                    commune.signing_key())
    assert sub.catalog_version == "2026.2"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), dt.datetime(2026, 7, 4, 9, 0))
    run = office.intake(inbox, PERIOD)
    return next(r.reason for r in run.results if r.unit_code == TAN_CUONG)


@pytest.mark.parametrize("third", [False, True], ids=["tinh-2026.2", "tinh-2026.3"])
def test_a_report_under_a_forged_version_the_province_published_is_named(office, commune, forged, tmp_path,  # noqa: F811
                                                                           third):
    _publish(office, tmp_path, third)
    cu.import_update(commune, *forged)
    reason = _received(office, commune, tmp_path)
    said = FORGED.format(where=" (tỉnh đang dùng 2026.3)" if third else "")
    assert said in reason
    assert "chưa nhập bản cập nhật" not in reason
    con = office.consolidation(PERIOD)
    # the province's own target, never the forged one: its 2026.3's, the approval signed after the province
    # published 2026.3 (red team R19 F1)
    assert con.item(TAN_CUONG, "bhyt").target_text == ("≥ 98" if third else "≥ 96")
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_INTAKE]
    why = INTAKE_HEADERS.index("Lý do") + 1
    assert any(said in str(ws.cell(r, why).value) for r in range(1, ws.max_row + 1))


def test_a_unit_approving_under_an_older_version_after_the_next_was_published_is_behind(office, commune, tmp_path):  # noqa: F811
    """The unit imported the province's 2026.2 and approved after the province had published 2026.3: behind
    (red team R19 F1: the older, easier targets only for an approval made before the next version),
    with both times said."""
    real = _publish(office, tmp_path, third=True)
    cu.import_update(commune, *real)
    reason = _received(office, commune, tmp_path)
    assert "Lập theo bộ chỉ tiêu 2026.2 (tỉnh đang dùng 2026.3): đơn vị chưa nhập bản cập nhật bộ chỉ tiêu." in reason
    assert "sau khi tỉnh phát hành bộ 2026.3 lúc" in reason and "tỉnh đánh giá theo bộ chỉ tiêu 2026.3." in reason
    assert APPROVED_UNDER not in reason and "không phải bộ chỉ tiêu" not in reason and "giả" not in reason


def test_a_unit_on_the_provinces_own_version_in_use_has_no_catalogue_note(office, commune, tmp_path):  # noqa: F811
    real = _publish(office, tmp_path, third=False)
    cu.import_update(commune, *real)
    reason = _received(office, commune, tmp_path)
    assert "bộ chỉ tiêu" not in reason
