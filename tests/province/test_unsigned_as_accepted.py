"""Red-team 8, finding 3, with the sqlite3 module alone: a signed stored version turned into an
"unsigned, accepted by the province" one (its key and signature dropped, a figure changed, the
fingerprint hashed again, accepted_at/by invented), or an unsigned one marked accepted or changed
after its acceptance, then `chitieu audit acknowledge --yes`. The row's acceptance is a record the
acknowledgement adopts; the history's row of `accept_unsigned` names what was accepted. Never
counted: the unit is "Bị từ chối", saying why; a version the province accepted still counts."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.core.consolidation import ReportStatus
from exports.submission_xlsx import write_submission
from tests.acknowledge_code import listed_code
from tests.edited_outside import edit_with_sqlite3
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions

FORGED = "999999"


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    """Two units' signed reports and two units' unsigned ones."""
    root = tmp_path_factory.mktemp("unsigned-as-accepted")
    codes = pick_units(4, 0)
    ws, signed = make_submissions(root / "signed", codes[:2], PERIOD, data_dir=root / "db")
    ws.close()
    ws, unsigned = make_submissions(root / "unsigned", codes[2:], PERIOD, data_dir=root / "db2", sign=False)
    ws.close()
    return signed, unsigned


@pytest.fixture
def received(office, units, tmp_path):
    """The four reports received, the signed units' keys confirmed, the first unsigned one
    accepted by the province; the office and its data folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    signed, unsigned = units
    for sub in [*signed.values(), *unsigned.values()]:
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    office.intake(folder, PERIOD)
    for code in signed:
        office.confirm_key(code, office.store.unit_keys(code)[0].key_code)
    office.accept_unsigned(next(iter(unsigned)), PERIOD)
    return office, str(Path(office.store.path).parent)


def _forged_figure(data: str, unit: str, *, unsign: bool = False) -> str:
    """The statement the red-team's a1 runs: the budget revenue made 999.999, the fingerprint
    hashed again; `unsign`: also the key and signature dropped, the row marked accepted."""
    conn = sqlite3.connect(Path(data) / "chitieu.db")
    rid, canonical, document = conn.execute(
        "SELECT id, canonical, document FROM received WHERE unit_code = ? AND current = 1", (unit,)).fetchone()
    conn.close()
    doc = json.loads(canonical)
    item = next(i for i in doc["items"] if i["code"] == "thu_ngan_sach")
    item.update(input_value=FORGED, value=FORGED, value_text="999.999")
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    d = json.loads(document)
    if unsign:
        d.pop("public_key", None)
        d.pop("signature", None)
    document = json.dumps(d, ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace("'", "''")
    unsigned = (", public_key = '', key_code = '', accepted_at = '2026-06-19T08:00:00+07:00', accepted_by = 'van-thu'"
                if unsign else "")
    return (f"UPDATE received SET canonical = '{text.replace(chr(39), chr(39) * 2)}', fingerprint = "
            f"'{hashlib.sha256(text.encode()).hexdigest()}', document = '{document}'{unsigned} WHERE id = {rid}")


def _acknowledged(data: str) -> None:
    assert run(["--data-dir", data, "audit", "verify"]) == 1
    assert run(["--data-dir", data, "audit", "acknowledge", "--yes", listed_code("--data-dir", data)]) == 0
    assert run(["--data-dir", data, "audit", "verify"]) == 0


def _unit(con, code):
    return next(u for u in con.completeness.units if u.code == code)


def test_a_signed_version_made_unsigned_and_accepted_is_not_counted(received, units):
    """a1: 05488's signed version, its figure changed, stored as unsigned and accepted."""
    office, data = received
    signed, unsigned = units
    code, other = list(signed)
    edit_with_sqlite3(data, _forged_figure(data, code, unsign=True))
    _acknowledged(data)

    con = office.consolidation(PERIOD)
    unit = _unit(con, code)
    assert unit.status == ReportStatus.BI_TU_CHOI and not unit.received
    assert (f"Bản báo cáo chưa ký đã lưu (tệp {signed[code].file_stem}.xlsx, mã xác thực" in unit.reason
            and "được ghi là đã được tỉnh chấp nhận, nhưng nhật ký thay đổi không có lần chấp nhận nào của bản này"
            in unit.reason and "đề nghị đơn vị gửi lại báo cáo" in unit.reason)
    assert con.differences[code] == (unit.reason,) and con.item(code, "thu_ngan_sach") is None
    assert code not in office.submissions(PERIOD)
    assert office.checked_completeness(PERIOD).units == con.completeness.units
    assert _unit(con, other).status == ReportStatus.DA_NHAN
    accepted = next(iter(unsigned))
    assert _unit(con, accepted).status == ReportStatus.DA_NHAN and con.item(accepted, "thu_ngan_sach") is not None


def test_an_unsigned_version_marked_accepted_outside_the_program_is_not_counted(received, units):
    office, data = received
    accepted, waiting = list(units[1])
    assert _unit(office.consolidation(PERIOD), waiting).status == ReportStatus.CHUA_KY
    edit_with_sqlite3(data, "UPDATE received SET accepted_at = '2026-06-19T08:00:00+07:00', accepted_by = 'van-thu'"
                            f" WHERE unit_code = '{waiting}'")
    _acknowledged(data)

    con = office.consolidation(PERIOD)
    assert _unit(con, waiting).status == ReportStatus.BI_TU_CHOI and con.item(waiting, "thu_ngan_sach") is None
    assert "không có lần chấp nhận nào của bản này" in _unit(con, waiting).reason
    assert _unit(con, accepted).status == ReportStatus.DA_NHAN


def test_an_accepted_unsigned_version_changed_afterwards_is_not_counted(received, units):
    """The province accepted the figures it checked (on paper, by telephone), not later ones."""
    office, data = received
    accepted = next(iter(units[1]))
    edit_with_sqlite3(data, _forged_figure(data, accepted))
    _acknowledged(data)

    con = office.consolidation(PERIOD)
    assert _unit(con, accepted).status == ReportStatus.BI_TU_CHOI and con.item(accepted, "thu_ngan_sach") is None
    assert "không có lần chấp nhận nào của bản này" in _unit(con, accepted).reason
