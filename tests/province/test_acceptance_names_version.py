"""Red-team 9, finding 2: the history's row of an unsigned version accepted named only its file and
the fingerprint of its figures, so an accepted unsigned DRAFT whose stored row and document were
both edited with sqlite3 to read "approved" (approver and time too), then acknowledged, counted as
approved. The acceptance names the whole version now (its document too); rows written by the
previous version (file and fingerprint only) count only once the upgrade to schema 13 bound them to
the version they accepted (tests/db/test_legacy_acceptances_bound.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from db.rows import now
from desktop_app.core.consolidation import ReportStatus
from desktop_app.intake import reselect
from desktop_app.key_register import UNSIGNED_ACCEPT, acceptance_words
from tests.edited_outside import edit_with_sqlite3
from tests.province.conftest import PERIOD, pick_units
from tests.province.test_unsigned_as_accepted import _acknowledged

RELABELLED = ("UPDATE received SET approved = 1, document = json_set(document, '$.approved', json('true'),"
              " '$.approved_by', 'Trần Thị Bình', '$.approved_at', '2026-06-17T08:00:00+07:00')"
              " WHERE unit_code = '{unit}'")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Unit A's unsigned draft and unit B's unsigned approved report, in one mail folder."""
    from tests.province.helpers import make_submissions

    root = tmp_path_factory.mktemp("acceptance-version")
    a, b = pick_units(2, 0)
    ws, drafts = make_submissions(root / "in", [a], PERIOD, data_dir=root / "may-a", sign=False, approve=False)
    ws.close()
    ws, approved = make_submissions(root / "in", [b], PERIOD, data_dir=root / "may-b", sign=False)
    ws.close()
    return root / "in", drafts[a], approved[b]


def _unit(office, code):
    con = office.consolidation(PERIOD)
    return next(u for u in con.completeness.units if u.code == code), con


def _as_before(office, unit: str) -> None:
    """An acceptance as the previous version of the program wrote it: the row marked accepted and a
    chained history row naming the file and the fingerprint only."""
    row = next(r for r in office.unsigned(PERIOD) if r.unit_code == unit)
    with office.store.transaction():
        office.store.accept_received(row.id, now(), "van-thu")
        office.store.audit("van-thu", UNSIGNED_ACCEPT, commune=unit, period=PERIOD, field="fingerprint",
                           new=acceptance_words(row.file_name, row.fingerprint))
        reselect(office.store, unit, PERIOD)


def test_an_accepted_draft_relabelled_approved_outside_is_not_counted_as_approved(office, files):
    """The draft accepted counts as a draft; its row and document edited to "approved" with sqlite3
    (an acceptance in the previous version's words also there), then acknowledged: withheld as
    changed after it was received ("Bị từ chối"), never counted as an approved report."""
    folder, draft, _ = files
    office.intake(folder, PERIOD)
    office.accept_unsigned(draft.unit_code, PERIOD)
    unit, con = _unit(office, draft.unit_code)
    assert unit.status == ReportStatus.DU_THAO and draft.unit_code in office.submissions(PERIOD)
    assert "dự thảo 1" in con.completeness.text
    _as_before(office, draft.unit_code)  # changes nothing: the same file and figures
    data = str(Path(office.store.path).parent)
    edit_with_sqlite3(data, RELABELLED.format(unit=draft.unit_code))
    _acknowledged(data)

    unit, con = _unit(office, draft.unit_code)
    assert unit.status == ReportStatus.BI_TU_CHOI and not unit.received
    assert "không có lần chấp nhận nào của bản này" in unit.reason
    assert draft.unit_code not in office.submissions(PERIOD) and con.item(draft.unit_code, "thu_ngan_sach") is None
    assert con.completeness.counts["received"] == 0 and con.completeness.counts["refused"] == 1
    assert "1 đơn vị có tệp bị từ chối" in con.completeness.text


def test_an_acceptance_in_the_previous_version_s_words_alone_counts_for_nothing(office, files):
    """A row naming only the file and fingerprint (the words written before schema 13) in a database
    of this version is no acceptance: the upgrade bound every such row whose version was intact
    (tests/db/test_legacy_acceptances_bound.py), and no program of this schema writes one. Red-team
    10, finding 2: honoured, a draft accepted so is counted as approved once relabelled. One
    accepted now counts."""
    folder, draft, approved = files
    office.intake(folder, PERIOD)
    _as_before(office, approved.unit_code)
    office.accept_unsigned(draft.unit_code, PERIOD)
    unit = _unit(office, approved.unit_code)[0]
    assert unit.status == ReportStatus.BI_TU_CHOI and "không có lần chấp nhận nào của bản này" in unit.reason
    assert _unit(office, draft.unit_code)[0].status == ReportStatus.DU_THAO
    assert set(office.submissions(PERIOD)) == {draft.unit_code}
