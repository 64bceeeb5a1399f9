"""Walk U24 F6: `chitieu verify` wrote the period capitalised mid-sentence, "Xã Tân Cương (mã 05503), Quý I năm 2026;
bản ĐÃ DUYỆT …", where intake and the window write "quý I năm 2026" (core.periods.in_sentence)."""
from __future__ import annotations

from desktop_app.services import export_period
from exports.submission_reader import verify_file
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)


def test_verify_writes_the_period_as_intake_does(office, tmp_path):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    office.complete("2026-Q1")
    as_(office, "lanhdao")
    office.approve("2026-Q1")
    export_period(office, "2026-Q1", tmp_path, pdf=False)
    [path] = tmp_path.glob("*.xlsx")
    said = verify_file(path).message
    assert f"{office.commune.name} (mã {office.commune.code}), quý I năm 2026; bản ĐÃ DUYỆT" in said, said
    assert "Quý I" not in said
