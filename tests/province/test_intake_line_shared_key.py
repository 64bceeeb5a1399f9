"""A forged file read before the genuine one: when the genuine file shows the key signs for two
units, the forged file's line of the same run no longer says its figures are counted, in the
run's results (what `chitieu intake` prints) and in the intake log kept in the database."""
from __future__ import annotations

from desktop_app.core.intake import FileClass
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD
from tests.province.helpers import ON_TIME, delivered
from tests.province.test_shared_keys import reports  # noqa: F401 - the module fixture

TAN_CUONG = "Xã Tân Cương"


def test_the_forged_file_read_first_does_not_keep_saying_its_figures_count(office, reports, tmp_path):  # noqa: F811
    t, forged = reports["t"], reports["forged"]
    folder = tmp_path / "in"
    folder.mkdir()
    delivered(write_submission(forged, folder / "1.xlsx"), ON_TIME)  # read first
    delivered(write_submission(t, folder / "2.xlsx"), ON_TIME)
    run = office.intake(folder, PERIOD)
    assert [r.file_name for r in run.results] == ["1.xlsx", "2.xlsx"]
    first = run.results[0]
    assert first.class_ == FileClass.HOP_LE and first.unit_code == forged.unit_code
    assert "số liệu được tính" not in first.reason
    assert f"Khóa này cũng ký tệp của {TAN_CUONG} (mã {t.unit_code}, chờ xác nhận)." in first.reason
    assert "Chưa tính vào tổng hợp" in first.reason
    assert f"chitieu keys confirm {forged.unit_code} MÃ_TRÊN_GIẤY" in first.reason
    logged = {row.file_name: row.reason for row in office.store.intake_log(run_id=run.run_id)}
    assert logged["1.xlsx"] == first.reason
    assert all("số liệu được tính" not in reason for reason in logged.values())
    assert office.submissions(PERIOD) == {}  # what the lines now say: counted for neither


def test_a_key_of_one_unit_keeps_saying_its_figures_count(office, reports, tmp_path):  # noqa: F811
    folder = tmp_path / "in"
    folder.mkdir()
    delivered(write_submission(reports["t"], folder / "2.xlsx"), ON_TIME)
    [r] = office.intake(folder, PERIOD).results
    assert "số liệu được tính và đánh dấu chờ xác nhận" in r.reason
