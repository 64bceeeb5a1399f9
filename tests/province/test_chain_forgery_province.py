"""The province's history against the sqlite3 shell (red-team 7, findings 1 and 6): a unit's
correction rolled back by hand, with an acknowledgement row forged after it, is never counted
and never taken into the chain by the clerk's next write; a line added to the intake log, or one
whose words were changed, is named by `audit verify` and printed nowhere."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from desktop_app.cli import run
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.errors import ChangedOutside
from desktop_app.resources import default_catalog
from exports.consolidated_xlsx import write_consolidated
from exports.intake_results_sheet import SHEET_INTAKE
from exports.submission_xlsx import write_submission
from tests.edited_outside import edit_with_sqlite3
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, later, make_submissions


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    root = tmp_path_factory.mktemp("chain-forgery")
    ws, subs = make_submissions(root / "files", pick_units(3, 0), PERIOD, data_dir=root / "db")
    ws.close()
    return subs


def _inbox(folder, subs, at=ON_TIME):
    folder.mkdir(parents=True)
    for sub in subs:
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), at)
    return folder


def _sql(office, script: str) -> None:
    edit_with_sqlite3(office.store.path, script)


def _status(office, code):
    return next(u.status for u in office.consolidation(PERIOD).completeness.units if u.code == code)


def test_a_correction_rolled_back_by_hand_is_not_counted_and_not_sealed(office, units, tmp_path):
    codes = list(units)
    office.intake(_inbox(tmp_path / "1", units.values()), PERIOD)
    office.intake(_inbox(tmp_path / "2", [later(units[codes[0]], 60)]), PERIOD)
    first, correction = (r.id for r in office.store.received(PERIOD, current_only=False, unit_code=codes[0]))
    assert office.store.verify_integrity() == [] and _status(office, codes[0]) == ReportStatus.DA_NHAN
    _sql(office, f"""
        DELETE FROM audit WHERE action = 'record_state' AND EXISTS (SELECT 1 FROM json_each(audit.new) j
            WHERE json_extract(j.value, '$[0]') = 'received' AND json_extract(j.value, '$[1][0]') = {correction});
        DELETE FROM received WHERE id = {correction};
        UPDATE received SET current = 1 WHERE id = {first};
        INSERT INTO audit (at, user, action, new) VALUES ('2026-06-21T08:00:00+07:00', 'admin', 'tamper_ack',
                                                         'Đã kiểm tra');""")
    found = office.store.verify_integrity()
    assert any("thao tác tamper_ack" in t.message for t in found)
    # the version the history last recorded before the break is not believed: not counted
    assert _status(office, codes[0]) == ReportStatus.BI_TU_CHOI
    assert office.consolidation(PERIOD).item(codes[0], "thu_ngan_sach") is None

    with pytest.raises(ChangedOutside) as refused:  # a key decision waits for the administrator (rt16 F1)
        office.confirm_key(codes[1], units[codes[1]].key_code)
    assert refused.value.message.startswith("Chưa xác nhận khóa ký được: ") and "thao tác tamper_ack" in refused.value.message
    with pytest.raises(ChangedOutside) as refused:  # the clerk's next ordinary write
        office.setup("Lê Văn Tổng", "Hoàng Văn Khác", "Phó Chủ tịch")
    assert f"Cơ sở dữ liệu {office.store.path}" in refused.value.message
    assert [t.message for t in office.store.verify_integrity()] == [t.message for t in found]
    assert run(["--data-dir", str(tmp_path / "tinh"), "audit", "verify"]) == 1

    office.ws.acknowledge_changes(found)  # the administrator decides
    office.confirm_key(codes[1], units[codes[1]].key_code)
    assert office.store.verify_integrity() == []


def test_intake_log_lines_added_or_changed_by_hand_are_named_and_not_printed(office, units, tmp_path, capsys):
    codes = list(units)
    office.intake(_inbox(tmp_path / "1", units.values()), PERIOD)
    other = next(c.code for c in default_catalog().communes if c.code not in codes)
    _sql(office, f"""
        INSERT INTO intake_log (run_id, at, file_name, class, reason, unit_code, period)
            VALUES (1, '2026-06-19T08:00:00+07:00', '2026-6M_{other}.xlsx', 'Đã bị sửa',
                    'Tệp đã bị sửa: đơn vị tự sửa số liệu sau khi duyệt.', '{other}', '{PERIOD}');
        UPDATE intake_log SET reason = 'Đã nhận (tệp gửi lần 3, sau khi tỉnh nhắc).' WHERE unit_code = '{codes[1]}';""")
    found = [t.message for t in office.store.verify_integrity()]
    assert len(found) == 2 and all(m.startswith("Dòng số ") and "của nhật ký nhận tệp (tệp " in m for m in found)
    assert found[0].endswith("đã bị sửa ngoài chương trình.") and found[1].endswith(
        f"(tệp 2026-6M_{other}.xlsx) đã được thêm ngoài chương trình.")
    assert run(["--data-dir", str(tmp_path / "tinh"), "audit", "verify"]) == 1
    assert f"2026-6M_{other}.xlsx" in capsys.readouterr().err

    assert {log.unit_code for log in office.store.intake_log(period=PERIOD)} == set(codes) - {codes[1]}
    assert _status(office, other) == ReportStatus.CHUA_GUI  # not "Bị từ chối" for a file it never sent
    with pytest.raises(ChangedOutside):  # no file leaves before the administrator has looked (red-team 7, 9)
        office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx")
    # what the window shows meanwhile, as the workbook would print it
    book = load_workbook(write_consolidated(office.consolidation(PERIOD), tmp_path / "tong-hop.xlsx"), read_only=True)
    printed = " ".join(str(v) for ws in book for row in ws.iter_rows(values_only=True) for v in row if v)
    assert "tự sửa số liệu" not in printed and "lần 3" not in printed
    assert [r for r in book[SHEET_INTAKE].iter_rows(values_only=True) if other in r] == []
