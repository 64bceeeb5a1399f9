"""The report PDF beside a workbook as the reviewer needs it to find and trust it (walk U22's leftovers):
named from the inbox with its sub-folder ("Tuần 2/Xã Văn Lăng/….pdf"), as the workbooks are, in the list of
PDFs without a valid signature the command line prints and under the window's table (it was named by its
last part alone, not to be found among a folder per week and sender); and one PDF beside two different
workbooks its name goes with ("X.xlsx" and "X (1).xlsx", a mail program's second copy, beside one
"X.pdf") checked with neither, each workbook's line naming the PDF and both workbooks and what to do,
instead of the PDF's check silently given to both. Selected and copied, a PDF's name is the file's own (walk
U22 F7: the label had drawn it breakable, and the breaks were copied with it)."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.cli import run
from desktop_app.core.inbox_names import shared_pdf_note
from desktop_app.core.intake import FileClass
from desktop_app.core.reasons_english import in_english
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, later, make_submissions, saved_on_time
from tests.ui.conftest import press, shot

NOT_A_SIGNED_PDF = b"%PDF-1.4\n"  # what an unsigned or broken paper report reads as: no valid signature


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    root = tmp_path_factory.mktemp("pdf-named")
    codes = pick_units(2, 0)
    ws, subs = make_submissions(root / "out", codes, PERIOD, data_dir=root / "db")
    ws.close()
    return [subs[c] for c in codes]


def test_a_pdf_in_a_sub_folder_is_named_with_its_folder_at_the_terminal_and_in_the_window(
        qtbot, office, units, tmp_path, capsys):
    from ui.province_window import ProvinceWindow

    a = units[0]
    folder = tmp_path / "hop-thu"
    where = "Tuần 2/Xã Văn Lăng"
    stem = f"{a.file_stem}_gui-lai-theo-cong-van-so-123-ngay-02-07-2026"  # "Lăng/…pdf": a word the label may break (walk U22 F7)
    saved_on_time(a, folder / where / f"{stem}.xlsx")
    (folder / where / f"{stem}.pdf").write_bytes(NOT_A_SIGNED_PDF)
    pdf = f"{where}/{stem}.pdf"
    result = office.intake(folder, PERIOD)
    assert [r.class_ for r in result.results] == [FileClass.HOP_LE]
    assert office.store.intake_log(period=PERIOD)[-1].pdf_name == pdf

    w = ProvinceWindow(office.ws, today=dt.date(2026, 7, 1))
    qtbot.addWidget(w)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    w.resize(1366, 768)
    w.show()
    with qtbot.waitSignal(w.intake_done, timeout=60_000):
        w.start_intake(folder)  # read again from the window: its line says which PDF lies beside it
    w.intake_table.setCurrentIndex(w.intake_proxy.index(0, 0))
    qtbot.waitUntil(w.file_pdf.isVisible)
    said = w.file_pdf.text()
    assert f"Báo cáo PDF gửi kèm {pdf}" in said, said
    assert "đã bị xóa" not in said and "đã đổi" not in said  # the PDF is where it was read
    assert f"Tệp PDF {pdf} quá lớn/không đọc được" in said  # what could not be read of it: named so too
    shot(w, "pdf-named-with-its-folder")
    # selected and copied (Ctrl+C), the name is the file's own: no break the label draws in it (walk U22 F7)
    label = w.file_pdf
    label.setFocus()
    label.setSelection(0, len(QLabel.text(label)))  # all it draws
    press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier, label)
    assert QApplication.clipboard().text().startswith(f"Báo cáo PDF gửi kèm {pdf}: ")
    office.close()

    assert run(["--data-dir", str(tmp_path / "tinh2"), "consolidate", str(folder), "--period", PERIOD]) == 0
    out = capsys.readouterr().out
    assert "Báo cáo PDF gửi kèm chưa có chữ ký số hợp lệ" in out
    assert f"tệp {pdf}: " in out


def test_one_pdf_beside_two_different_workbooks_is_checked_with_neither_and_said(office, units, tmp_path, capsys):
    a = units[0]
    folder = tmp_path / "hop-thu"
    saved_on_time(a, folder / f"{a.file_stem}.xlsx")
    saved_on_time(later(a), folder / f"{a.file_stem} (1).xlsx")  # re-exported, mailed again: Gmail's second copy
    (folder / f"{a.file_stem}.pdf").write_bytes(NOT_A_SIGNED_PDF)
    result = office.intake(folder, PERIOD)
    workbooks = f"{a.file_stem} (1).xlsx, {a.file_stem}.xlsx"
    said = (f"Tệp PDF {a.file_stem}.pdf cùng tên với 2 tệp Excel ({workbooks}): không biết PDF gửi kèm tệp nào "
            "nên chưa kiểm tra chữ ký số của PDF này với tệp Excel nào. Để riêng mỗi thư (tệp Excel và PDF gửi cùng) "
            "vào một thư mục con, hoặc xóa bản Excel thừa, rồi đọc lại thư mục.")
    assert len(result.results) == 2 and all(r.accepted for r in result.results)
    assert all(r.reason.endswith(said) for r in result.results), [r.reason for r in result.results]
    english = shared_pdf_note(f"{a.file_stem}.pdf", workbooks.split(", ")).en  # the English window's words
    assert all(in_english(r.reason).endswith(english) for r in result.results)
    assert [line.pdf_name for line in office.store.intake_log(period=PERIOD)] == ["", ""]  # checked with neither
    assert not office.store.pdf_checks({r.received_id for r in result.results})
    assert result.companions == [f"{a.file_stem}.pdf"]  # not read as a report of its own
    # the run's summary does not count it among the PDFs checked with their workbook
    assert "1 báo cáo PDF cùng tên với nhiều tệp Excel khác nhau: chữ ký số của chúng không được kiểm tra" in (
        result.summary_text)
    assert "gửi kèm tệp Excel cùng tên" not in result.summary_text
    office.close()
    assert run(["--data-dir", str(tmp_path / "tinh2"), "consolidate", str(folder), "--period", PERIOD]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.count(said) == 2
    assert "Báo cáo PDF gửi kèm chưa có chữ ký số hợp lệ" not in out  # no check given to either

    # the same file saved twice (the same bytes): one report, its PDF checked with it as before
    copies = tmp_path / "hai-ban"
    first = saved_on_time(a, copies / f"{a.file_stem}.xlsx")
    delivered(shutil.copyfile(first, copies / f"{a.file_stem} (1).xlsx"), ON_TIME)
    (copies / f"{a.file_stem}.pdf").write_bytes(NOT_A_SIGNED_PDF)
    assert run(["--data-dir", str(tmp_path / "tinh3"), "consolidate", str(copies), "--period", PERIOD]) == 0
    out = capsys.readouterr().out
    assert "cùng tên với 2 tệp Excel" not in out
    assert f"tệp {a.file_stem}.pdf: " in out
