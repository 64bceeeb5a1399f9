"""A file of another kind saved into the inbox from the same e-mail (a meeting invitation .txt, a
.docx) is nobody's report: not read, named on the grey line with the lock files, never counted as
"Tệp hỏng", which sends a reviewer chasing a unit (walk 15, L3). A file named .xlsx that is no
workbook stays "Tệp hỏng"; a report's PDF is still read and said of."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.cli import run
from desktop_app.core.intake import FileClass
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    root = tmp_path_factory.mktemp("other-files")
    code = pick_units(1, 0)[0]
    ws, subs = make_submissions(root / "a", [code], PERIOD, data_dir=root / "db")
    ws.close()
    folder = root / "inbox"
    folder.mkdir()
    sub = subs[code]
    delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    (folder / "thu-moi-hop.txt").write_text("Kính mời đồng chí dự họp giao ban", encoding="utf-8")
    (folder / "ghi-chu.docx").write_bytes(b"PK\x03\x04 a Word document")
    (folder / f"~${sub.file_stem}.xlsx").write_bytes(b"\x0bNguyen Van An" + b"\x00" * 150)
    (folder / "rac.xlsx").write_text("Kính mời đồng chí dự họp", encoding="utf-8")  # named .xlsx, no workbook
    return folder, sub


def test_files_of_another_kind_are_skipped_not_damaged(office, inbox, tmp_path, capsys):
    folder, sub = inbox
    result = office.intake(folder, PERIOD)
    assert {r.file_name: r.class_ for r in result.results} == {
        f"{sub.file_stem}.xlsx": FileClass.HOP_LE, "rac.xlsx": FileClass.TEP_HONG}
    assert result.counts[FileClass.TEP_HONG] == 1
    assert sorted(result.skipped) == sorted(["ghi-chu.docx", "thu-moi-hop.txt", f"~${sub.file_stem}.xlsx"])
    assert result.other_kinds == 2
    assert ("Đã đọc 2 tệp: Hợp lệ 1, Tệp hỏng 1. Bỏ qua 2 tệp loại khác (không phải báo cáo): ghi-chu.docx, "
            f"thu-moi-hop.txt. Bỏ qua 1 tệp tạm, tệp khóa hoặc tệp ẩn: ~${sub.file_stem}.xlsx.") in result.summary_text
    office.close()
    assert run(["--data-dir", str(tmp_path / "tinh"), "consolidate", str(folder), "--period", PERIOD]) == 0
    out = capsys.readouterr().out
    assert "thu-moi-hop.txt" in out and "Tệp hỏng 1" in out


def test_the_window_names_them_on_the_grey_line(qtbot, office, inbox):
    from ui import i18n
    from ui.province_window import ProvinceWindow

    folder, sub = inbox
    w = ProvinceWindow(office.ws, today=dt.date(2026, 7, 1))
    qtbot.addWidget(w)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    w.show()
    with qtbot.waitSignal(w.intake_done, timeout=60_000):
        w.start_intake(folder)
    assert [r.file_name for r in w.intake_model.rows] == [f"{sub.file_stem}.xlsx", "rac.xlsx"]
    assert w.skipped_label.text() == ("Bỏ qua 2 tệp loại khác (không phải báo cáo): ghi-chu.docx, thu-moi-hop.txt. "
                                      f"Bỏ qua 1 tệp tạm, tệp khóa hoặc tệp ẩn: ~${sub.file_stem}.xlsx.")
    assert "Bỏ qua 3 tệp không phải báo cáo (từng tệp nêu ở dòng dưới, kèm việc cần làm)." in w.intake_summary.text()
    i18n.install_language(i18n.ENGLISH)  # the window says it again in the language switched to
    try:
        qtbot.waitUntil(lambda: w.skipped_label.text().startswith("Skipped"), timeout=5000)
        assert w.skipped_label.isVisible()
        assert w.skipped_label.text() == ("Skipped 2 files of another kind (not reports): ghi-chu.docx, thu-moi-hop.txt. "
                                          f"Skipped 1 temporary, lock or hidden file: ~${sub.file_stem}.xlsx.")
        summary = w.intake_summary.text()
        assert "Skipped 3 file" in summary  # "files" once the English plural is written
        assert "that are not reports (each listed below, with what to do)." in summary
    finally:
        i18n.install_language(i18n.VIETNAMESE)
