"""Red-team 8, finding 3, the gap left by 39ccfc8: an unsigned version counts by the history's row of
its acceptance, and a row inserted with sqlite3 is unhashed, so it never counted; but one given a
made-up hash, then acknowledged (`chitieu audit acknowledge --yes`), did. Only an acceptance whose
row's hash follows from the row before it (the program chained it) counts now."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.core.consolidation import ReportStatus
from desktop_app.key_register import UNSIGNED_ACCEPT, acceptance_words
from tests.edited_outside import edit_with_sqlite3
from tests.province.conftest import PERIOD
from tests.province.test_unsigned_as_accepted import (  # noqa: F401 - fixtures: four units read, one accepted
    _acknowledged,
    _unit,
    received,
    units,
)


def _waiting_version(data: str, unit: str) -> tuple[str, str, str]:
    """(file name, fingerprint, version) of the unit's unsigned version awaiting acceptance."""
    conn = sqlite3.connect(Path(data) / "chitieu.db")
    try:
        return conn.execute("SELECT file_name, fingerprint, version_id FROM received WHERE unit_code = ?"
                            " AND current = 1", (unit,)).fetchone()
    finally:
        conn.close()


def test_an_acceptance_with_a_made_up_hash_does_not_count(received, units):  # noqa: F811
    """The waiting unit's version marked accepted, and an `unsigned_accept` row naming exactly it
    (its file, its fingerprint, its whole version) with a made-up hash, then acknowledged: still "Bị từ chối", its
    figures not counted; the acceptance the province made still counts."""
    office, data = received
    accepted, waiting = list(units[1])
    file_name, fingerprint, version = _waiting_version(data, waiting)
    edit_with_sqlite3(
        data,
        "UPDATE received SET accepted_at = '2026-06-19T08:00:00+07:00', accepted_by = 'van-thu'"
        f" WHERE unit_code = '{waiting}'",
        "INSERT INTO audit (at, user, action, commune, period, field, new, hash) VALUES"
        f" ('2026-06-19T08:00:00+07:00', 'van-thu', '{UNSIGNED_ACCEPT}', '{waiting}', '{PERIOD}', 'fingerprint',"
        f" '{acceptance_words(file_name, fingerprint, version)}', '{'ab' * 32}')")
    _acknowledged(data)

    con = office.consolidation(PERIOD)
    assert _unit(con, waiting).status == ReportStatus.BI_TU_CHOI and con.item(waiting, "thu_ngan_sach") is None
    assert "không có lần chấp nhận nào của bản này" in _unit(con, waiting).reason
    assert waiting not in office.submissions(PERIOD)
    assert _unit(con, accepted).status == ReportStatus.DA_NHAN and con.item(accepted, "thu_ngan_sach") is not None


def test_the_program_s_own_acceptance_rewritten_does_not_count_another_version(received, units):  # noqa: F811
    """The province's own acceptance row edited to name the other unit's version (its hash left as
    the program wrote it), then acknowledged: it names nothing any more, so neither counts."""
    office, data = received
    accepted, waiting = list(units[1])
    file_name, fingerprint, version = _waiting_version(data, waiting)
    edit_with_sqlite3(
        data,
        f"UPDATE audit SET commune = '{waiting}', new = '{acceptance_words(file_name, fingerprint, version)}'"
        f" WHERE action = '{UNSIGNED_ACCEPT}'",
        "UPDATE received SET accepted_at = '2026-06-19T08:00:00+07:00', accepted_by = 'van-thu'"
        f" WHERE unit_code = '{waiting}'")
    _acknowledged(data)

    con = office.consolidation(PERIOD)
    assert _unit(con, waiting).status == ReportStatus.BI_TU_CHOI and con.item(waiting, "thu_ngan_sach") is None
    assert _unit(con, accepted).status == ReportStatus.BI_TU_CHOI and con.item(accepted, "thu_ngan_sach") is None
