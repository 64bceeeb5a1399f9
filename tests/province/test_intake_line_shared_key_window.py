"""The window's Kết quả nhận tệp after a run where the genuine file, read second, showed that the
first file's key signs for two units: the first row says what the log says (not counted), not
what was shown while it was read."""
from __future__ import annotations

import datetime as dt

from tests.province.conftest import PERIOD
from tests.province.test_shared_keys import _inbox, reports  # noqa: F401 - the module fixture


def test_the_forged_files_row_is_corrected_when_the_run_ends(qtbot, office, reports, tmp_path):  # noqa: F811
    from ui.province_window import ProvinceWindow

    folder = _inbox(tmp_path / "in", {"1.xlsx": reports["forged"], "2.xlsx": reports["t"]})
    w = ProvinceWindow(office.ws, today=dt.date(2026, 7, 1))
    qtbot.addWidget(w)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    w.show()
    with qtbot.waitSignal(w.intake_done, timeout=60_000):
        w.start_intake(folder)
    rows = {r.file_name: r.reason for r in w.intake_model.rows}
    assert list(rows) == ["1.xlsx", "2.xlsx"]
    assert "số liệu được tính" not in rows["1.xlsx"]
    assert "Chưa tính vào tổng hợp" in rows["1.xlsx"]
    logged = {row.file_name: row.reason for row in office.store.intake_log()}
    assert rows["1.xlsx"] == logged["1.xlsx"]
