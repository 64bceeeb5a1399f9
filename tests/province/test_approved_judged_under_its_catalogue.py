"""Walk U10 F3: the province published 2026.2 (BHYT "= 100" became "≥ 96"), then consolidated the half
year whose reports the units had approved under 2026.1. It judged them against 2026.2: the "Khác biệt"
sheet listed each unit ("tệp ghi chỉ tiêu "100", tỉnh tính lại "96""), the PDF said the report used the
province's results over theirs, and the DHIS2 file sent bhyt__chi_tieu = 96; the update's cover note
promised approved periods do not change. Now an approved file naming a version the province published is
recomputed against that version (its own document, never the file's word), no difference is listed,
and the note under the table names the version; a draft, or a version the province never published, is
judged against the current catalogue, as before."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from desktop_app import catalog_update as cu
from exports.consolidated_differences import differences_notes
from exports.consolidated_xlsx import SHEET_MAIN, write_consolidated
from exports.dhis2 import write_data_value_sets
from exports.submission_xlsx import write_submission
from tests.province.helpers import delivered, make_submissions, sign_with
from tests.province.test_forget_province_key import TAN_CUONG, _approve, commune  # noqa: F401
from tests.province.test_withdrawn_number_way_out import forged  # noqa: F401

PERIOD = "2026-6M"
PHAN_DINH_PHUNG, LINH_SON = "05443", "05710"


@pytest.fixture(autouse=True)
def published_after_the_approvals(monkeypatch):
    """The province publishes its versions an hour after the units approve (its own clock, db.catalogs.now): which side of
    the approvals they fall on decides the catalogue an approval is judged by (red team R19 F1),
    and a test doing both in one second would otherwise leave it to chance."""
    import db.catalogs

    monkeypatch.setattr(db.catalogs, "now", lambda: (dt.datetime.now().astimezone() + dt.timedelta(hours=1))
                        .isoformat(timespec="seconds"))


def _publish(office, tmp_path, version="2026.2"):
    """The province's `version` (from 2026.1): BHYT ≥ 96 for every unit."""
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "96", unit="all")
    cu.publish(office.ws, version, tmp_path / f"tinh-{version}.chitieu-catalog.json")
    assert office.catalog.version == version


def _approved_under_2026_1(tmp_path, units=(PHAN_DINH_PHUNG, LINH_SON), approve=True):
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    ws, subs = make_submissions(inbox, list(units), PERIOD, approve=approve, data_dir=tmp_path / f"xa-{approve}")
    ws.close()
    assert {s.catalog_version for s in subs.values()} == {"2026.1"}
    return inbox


def _read(office, inbox):
    """The province reads `inbox`, every unit's key confirmed against its paper (DHIS2 sends only those)."""
    run = office.intake(inbox, PERIOD)
    for r in run.results:
        office.confirm_key(r.unit_code, r.key_code)
    return run


def _dhis2_target(con, tmp_path, unit: str) -> str:
    sent = json.loads(write_data_value_sets(con, tmp_path / "dhis2.json").read_text(encoding="utf-8"))
    one = next(d for d in sent["dataValueSets"] if d["orgUnit"] == unit)
    return next(v["value"] for v in one["dataValues"] if v["dataElement"] == "bhyt__chi_tieu")


def test_approved_reports_are_judged_under_the_version_they_were_approved_under(office, tmp_path):
    inbox = _approved_under_2026_1(tmp_path)
    _publish(office, tmp_path)
    run = _read(office, inbox)
    assert all(r.accepted for r in run.results)
    for r in run.results:  # the unit is not blamed for the update the province published after its approval
        assert "chưa nhập bản cập nhật" not in r.reason
        assert "Bản đã duyệt theo bộ chỉ tiêu 2026.1 (tỉnh đang dùng 2026.2)" in r.reason
    con = office.consolidation(PERIOD)
    for unit in (PHAN_DINH_PHUNG, LINH_SON):
        item = con.item(unit, "bhyt")
        assert (item.target_op, item.target_value) == ("=", "100")
        assert unit not in con.differences
        assert any("Báo cáo đã duyệt theo bộ chỉ tiêu 2026.1" in u.reason
                   for u in con.completeness.units if u.code == unit)
    assert con.judged_under == {PHAN_DINH_PHUNG: "2026.1", LINH_SON: "2026.1"}
    notes = differences_notes(con)
    assert len(notes) == 1 and "Có 2 đơn vị được đánh giá theo bộ chỉ tiêu khi báo cáo" in notes[0]
    assert "cũ hơn bộ chỉ tiêu 2026.2" in notes[0] and "2 đơn vị theo bộ 2026.1: phường Phan Đình Phùng" in notes[0]
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_MAIN]
    said = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "cũ hơn bộ" in c.value]
    assert len(said) == 1 and "(2026.1), cũ hơn bộ 2026.2 tỉnh đang dùng" in said[0]
    assert float(_dhis2_target(con, tmp_path, LINH_SON)) == 100


def test_a_draft_naming_the_old_version_is_judged_by_the_current_one(office, tmp_path):
    inbox = _approved_under_2026_1(tmp_path, (LINH_SON,), approve=False)
    _approved_under_2026_1(tmp_path, (PHAN_DINH_PHUNG,))  # approved: the contrast
    _publish(office, tmp_path)
    _read(office, inbox)
    con = office.consolidation(PERIOD)
    draft = con.item(LINH_SON, "bhyt")
    assert (draft.target_op, draft.target_value) == ("≥", "96")
    assert any('tỉnh tính lại "≥ 96"' in d or 'tỉnh tính lại "96"' in d for d in con.differences[LINH_SON])
    assert con.judged_under == {PHAN_DINH_PHUNG: "2026.1"}
    assert float(_dhis2_target(con, tmp_path, LINH_SON)) == 96


def test_an_approved_report_naming_a_version_never_published_is_judged_by_the_current_one(
        office, commune, forged, tmp_path):  # noqa: F811
    """Tân Cương approved under a 2026.2 the province never published (it went from 2026.1 to 2026.3):
    judged against 2026.3, as before; beside it Phan Đình Phùng, approved under 2026.1, against 2026.1."""
    inbox = _approved_under_2026_1(tmp_path, (PHAN_DINH_PHUNG,))
    cu.import_update(commune, *forged)
    _approve(commune, PERIOD)
    sub = sign_with(commune.submission(PERIOD, approved=True, generated_at=dt.datetime(2026, 7, 3, 9, 0)),
                    commune.signing_key())
    assert sub.catalog_version == "2026.2"
    delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), dt.datetime(2026, 7, 4, 9, 0))
    _publish(office, tmp_path, "2026.3")
    office.intake(inbox, PERIOD)
    con = office.consolidation(PERIOD)
    unheld = con.item(TAN_CUONG, "bhyt")
    assert (unheld.target_op, unheld.target_value) == ("≥", "96")
    assert TAN_CUONG in con.differences
    assert con.judged_under == {PHAN_DINH_PHUNG: "2026.1"}
    assert "theo bộ 2026.1" in differences_notes(con)[-1] and "Tân Cương" not in differences_notes(con)[-1]


def test_the_note_counts_many_units_and_names_where_they_are_listed(office, tmp_path):
    """Beyond five units the note counts them, and says where each is named."""
    from exports.consolidated_differences import LISTED, judged_under_note

    inbox = _approved_under_2026_1(tmp_path)
    _publish(office, tmp_path)
    office.intake(inbox, PERIOD)
    con = office.consolidation(PERIOD)
    many = replace(con, judged_under={c.code: "2026.1" for c in con.catalog.communes[:7]})
    said = judged_under_note(many)
    assert said.startswith("Có 7 đơn vị") and LISTED in said and "(mã" not in said


def test_an_approval_made_after_the_province_published_the_next_version_is_judged_by_the_current_one(
        office, tmp_path):
    """Red team R19 F1: a unit that never imported the stricter update, approving under 2026.1 after the
    province had published 2026.2, kept the easier targets ("đây không phải khác biệt của đơn vị"). Its
    approval's signed time is after the publication: judged by 2026.2, the difference shown, the line
    saying both times; a unit that approved before the publication keeps 2026.1."""
    inbox = _approved_under_2026_1(tmp_path)
    _publish(office, tmp_path)
    published = dt.datetime.fromisoformat(office.store.catalog_stored_at("2026.2"))
    files = sorted(inbox.iterdir())
    from exports.submission_reader import read_submission

    late_path = next(p for p in files if LINH_SON in p.name)
    sub = read_submission(late_path)
    after = (published + dt.timedelta(days=2)).isoformat(timespec="seconds")
    late = sign_with(replace(sub, approved_at=after, generated_at=after), _private_key_of(sub))
    late_path.unlink()
    delivered(write_submission(late, inbox / late_path.name), dt.datetime.fromisoformat(after).replace(tzinfo=None))
    run = _read(office, inbox)
    [line] = [r.reason for r in run.results if r.unit_code == LINH_SON]
    assert "đơn vị chưa nhập bản cập nhật bộ chỉ tiêu. Duyệt lúc" in line
    assert "sau khi tỉnh phát hành bộ 2026.2 lúc" in line and "tỉnh đánh giá theo bộ chỉ tiêu 2026.2." in line
    con = office.consolidation(PERIOD)
    item = con.item(LINH_SON, "bhyt")
    assert (item.target_op, item.target_value) == ("≥", "96")
    assert LINH_SON in con.differences and con.judged_under == {PHAN_DINH_PHUNG: "2026.1"}
    assert float(_dhis2_target(con, tmp_path, LINH_SON)) == 96


def _private_key_of(sub) -> str:
    from tests.province.helpers import KEYS

    return KEYS[sub.public_key]
