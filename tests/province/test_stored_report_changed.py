"""A report the province stored, changed with sqlite3 behind the program's back, is named by the
history (`chitieu audit verify`, the window at start-up) by its unit, period and file, and never
counted: its unit is "Bị từ chối" saying why, the workbook's Khác biệt sheet says it, and none of
its figures is in a count. The program's own writes (intake, a correction, accepting an
unsigned version, confirming and revoking keys) leave the history intact."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.cli import run
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.errors import ChangedOutside, InvalidInput
from exports.consolidated_sheet import without_commands
from exports.consolidated_xlsx import SHEET_COMPLETENESS, SHEET_DIFFERENCES
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, later, make_submissions


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    """Three units signing with their own keys, and one sending an unsigned file."""
    root = tmp_path_factory.mktemp("stored-changed")
    codes = pick_units(4, 0)
    ws, signed = make_submissions(root / "files", codes[:3], PERIOD, data_dir=root / "db")
    ws.close()
    ws, unsigned = make_submissions(root / "files", codes[3:], PERIOD, data_dir=root / "db2", sign=False)
    ws.close()
    return {**signed, **unsigned}


def _inbox(folder, subs: list):
    folder.mkdir(parents=True, exist_ok=True)
    for sub in subs:
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    return folder


def _data_dir(office) -> str:
    return str(Path(office.store.path).parent)


def _forge(office, unit: str, *, fingerprint_too: bool = False, **columns) -> tuple[int, str]:
    """As someone with sqlite3 would: the unit's kept version's first ratio made 100 % "Đạt" (and its
    fingerprint made to match, `fingerprint_too`), or `columns` set. (received id, indicator code)."""
    conn = sqlite3.connect(office.store.path)
    rid, canonical = conn.execute("SELECT id, canonical FROM received WHERE unit_code = ? AND current = 1",
                                  (unit,)).fetchone()
    doc = json.loads(canonical)
    item = next(i for i in doc["items"] if i["numerator"] and i["denominator"] and i["verdict"] != "Đạt")
    item.update(numerator=item["denominator"], value="100", value_text="100", verdict="Đạt")
    if not columns:
        text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        columns = {"canonical": text}
        if fingerprint_too:
            columns["fingerprint"] = hashlib.sha256(text.encode()).hexdigest()
    conn.execute(f"UPDATE received SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                 (*columns.values(), rid))
    conn.commit()
    conn.close()
    return rid, item["code"]


def _unit(con, code):
    return next(u for u in con.completeness.units if u.code == code)


def test_a_stored_figure_changed_with_sqlite3_is_named_and_never_counted(office, units, tmp_path, capsys):
    """The red-team's edit: a unit's stored ratio raised to 100 % "Đạt", nothing else touched."""
    office.intake(_inbox(tmp_path / "in", list(units.values())), PERIOD)
    code = next(iter(units))
    counted = office.consolidation(PERIOD).completeness.counts["received"]
    rid, indicator = _forge(office, code)
    name, file_name = office.catalog.commune_by_code(code).name, f"{units[code].file_stem}.xlsx"
    assert [t.message for t in office.store.verify_integrity()] == [
        f"Báo cáo 6 tháng đầu năm 2026 của {name} (mã {code}) nhận từ tệp {file_name} (bản lưu số {rid}) đã bị sửa "
        "ngoài chương trình."]
    assert run(["--data-dir", _data_dir(office), "audit", "verify"]) == 1
    assert f"{name} (mã {code}) nhận từ tệp {file_name}" in capsys.readouterr().err

    con = office.consolidation(PERIOD)
    unit = _unit(con, code)
    assert unit.status == ReportStatus.BI_TU_CHOI and not unit.received
    assert f"(tệp {file_name}) đã bị sửa ngoài chương trình" in unit.reason
    assert "không tính vào tổng hợp" in unit.reason
    assert con.completeness.counts["received"] == counted - 1
    assert con.item(code, indicator) is None
    assert next(u for u in con.units if u.commune.code == code).submission is None
    assert con.differences[code] == (unit.reason,)

    with pytest.raises(ChangedOutside):  # no file leaves before the administrator has looked (red-team 7, 9)
        office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx")
    office.ws.acknowledge_changes()
    assert _unit(office.consolidation(PERIOD), code) == unit  # looked at, still not as stored: not counted
    book = load_workbook(office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx"), read_only=True)
    said = [r for r in book[SHEET_DIFFERENCES].iter_rows(values_only=True) if code in r]
    on_paper = without_commands(unit.reason)  # the window's words, without the command
    assert said and on_paper in said[0] and "chitieu" not in on_paper
    row = next(r for r in book[SHEET_COMPLETENESS].iter_rows(values_only=True) if code in r)
    assert "Bị từ chối" in row and on_paper in row


def test_a_figure_changed_with_its_fingerprint_is_not_counted_either(office, units, tmp_path):
    """The report rehashed to its new fingerprint: the history still knows the one it recorded."""
    office.intake(_inbox(tmp_path / "in", list(units.values())), PERIOD)
    code = list(units)[1]
    _forge(office, code, fingerprint_too=True)
    assert len(office.store.verify_integrity()) == 1
    assert _unit(office.consolidation(PERIOD), code).status == ReportStatus.BI_TU_CHOI


def test_an_unsigned_version_accepted_with_sqlite3_is_not_counted(office, units, tmp_path):
    office.intake(_inbox(tmp_path / "in", list(units.values())), PERIOD)
    code = list(units)[3]
    assert _unit(office.consolidation(PERIOD), code).status == ReportStatus.CHUA_KY
    _forge(office, code, accepted_at="2026-06-20T08:00:00+07:00", accepted_by="van-thu")
    assert _unit(office.consolidation(PERIOD), code).status == ReportStatus.BI_TU_CHOI
    assert "đã bị sửa ngoài chương trình" in office.store.verify_integrity()[0].message


def test_a_changed_unsigned_version_is_not_accepted_even_once_acknowledged(office, units, tmp_path):
    """An unsigned version changed (with its fingerprint) with sqlite3: the province's acceptance is
    refused while the change is not acknowledged, nothing written over the change (still named), and
    refused again once an administrator acknowledged it (its figures no longer make the version
    received): never counted. It used to be accepted over the change, and counted once acknowledged."""
    office.intake(_inbox(tmp_path / "in", list(units.values())), PERIOD)
    code = list(units)[3]
    _forge(office, code, fingerprint_too=True)
    # no decision on a database changed outside the program until an administrator looked (rt16 F1)
    with pytest.raises(ChangedOutside, match="^Chưa chấp nhận bản chưa ký được: .* đã bị sửa ngoài chương trình"):
        office.accept_unsigned(code, PERIOD)
    found = office.store.verify_integrity()
    assert len(found) == 1 and "đã bị sửa ngoài chương trình" in found[0].message
    office.ws.acknowledge_changes(found)
    with pytest.raises(InvalidInput, match="bản lưu đã bị sửa sau khi nhận, không còn là bản đơn vị gửi"):
        office.accept_unsigned(code, PERIOD)
    assert office.store.verify_integrity() == []
    assert not office.unsigned(PERIOD)[0].accepted_at
    assert not _unit(office.consolidation(PERIOD), code).received


def test_the_programs_own_writes_leave_the_province_history_intact(office, units, tmp_path):
    """Intake (twice), a correction replacing a kept version, accepting an unsigned version,
    confirming one unit's key and revoking another's: nothing is reported, everything counts
    as the program decided."""
    codes = list(units)
    office.intake(_inbox(tmp_path / "1", list(units.values())), PERIOD)
    office.intake(_inbox(tmp_path / "1", []), PERIOD)  # the same folder again: nothing new
    office.intake(_inbox(tmp_path / "2", [later(units[codes[0]], 60)]), PERIOD)
    office.accept_unsigned(codes[3], PERIOD)
    office.confirm_key(codes[1], units[codes[1]].key_code)
    office.revoke_key(codes[2])
    assert office.store.verify_integrity() == []
    assert office.store.altered_received(PERIOD) == set()
    statuses = {u.code: u.status for u in office.consolidation(PERIOD).completeness.units}
    assert [statuses[c] for c in codes] == [ReportStatus.DA_NHAN, ReportStatus.DA_NHAN,
                                            ReportStatus.BI_TU_CHOI, ReportStatus.DA_NHAN]  # the third revoked
