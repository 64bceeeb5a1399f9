"""A folder read while another period was chosen (walk 8, finding 1): in December the window opened on
9 tháng, the 6-month folder was read there and its 92 files refused as "Sai kỳ", which is right;
but then 6 tháng showed every unit "Bị từ chối" ("chưa gửi 92 (trong đó 92 đơn vị có tệp bị từ
chối)") and its official report listed each "(bị từ chối)", and nothing said to read the folder
again under 6 tháng. A file refused only because another period was being received says nothing
of its unit's report for its own period; the run says which period its files are of and how to
receive them, in the window and on the command line alike."""
from __future__ import annotations

import datetime as dt
import io
import shutil

from pypdf import PdfReader

from desktop_app.cli import run
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.intake import FileClass
from tests.province.conftest import PERIOD, REPORT_DATE

OTHER = "2026-9M"  # the period the window opened on
SAID = ("tệp là báo cáo 6 tháng đầu năm 2026 (2026-6M), không phải kỳ đang nhận (9 tháng năm 2026): chưa nhận các "
        "tệp này. Muốn nhận, chọn kỳ 6 tháng đầu năm 2026 rồi đọc lại thư mục.")


def _statuses(office, period=PERIOD) -> dict[str, ReportStatus]:
    return {u.code: u.status for u in office.consolidation(period).completeness.units}


def _six_months(inbox, folder):
    """The inbox's 6-month reports and its tampered file (copied with their dates), nothing else."""
    folder.mkdir()
    for name, class_ in inbox["expected"].items():
        if class_ in ("Hợp lệ", "Trùng", "Đã bị sửa"):
            shutil.copy2(inbox["folder"] / name, folder / name)
    return folder


def test_read_under_another_period_the_units_are_not_refused_in_their_own(inbox, office, tmp_path):
    folder = _six_months(inbox, tmp_path / "thang-6")
    run_ = office.intake(folder, OTHER)
    reports = len(inbox["kept"]) + 2  # every unit's 6-month report, a copy and a correction
    assert run_.summary_text == f"Đã đọc {reports + 1} tệp: Đã bị sửa 1, Sai kỳ {reports}. {reports} {SAID}"
    assert office.store.received() == []

    completeness = office.consolidation(PERIOD).completeness
    statuses = _statuses(office)
    # only the tampered file's unit is refused: its file is refused whichever period is read
    assert [code for code, s in statuses.items() if s == ReportStatus.BI_TU_CHOI] == [inbox["tampered"]]
    assert all(statuses[code] == ReportStatus.CHUA_GUI for code in inbox["kept"])
    assert "(trong đó 1 đơn vị có tệp bị từ chối)" in completeness.text
    # nor does the 6-month report list them as refused
    pdf = office.export_pdf(PERIOD, tmp_path / "bao-cao.pdf", report_date=REPORT_DATE)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert text.count("(bị từ chối)") == 1 and "(trong đó 1 đơn vị có tệp bị từ chối)" in text

    # read again for its own period, as the run said: every unit received
    assert office.intake(folder, PERIOD).other_period_text == ""
    statuses = _statuses(office)
    assert all(statuses[code] in (ReportStatus.DA_NHAN, ReportStatus.TRE_HAN, ReportStatus.DU_THAO)
               for code in inbox["kept"])


def test_the_command_line_says_it_and_the_units_stay_not_sent(inbox, tmp_path, capsys):
    """The whole inbox, a quarter's file among its 6-month reports: both periods named."""
    data = tmp_path / "tinh"
    assert run(["--data-dir", str(data), "consolidate", str(inbox["folder"]), "--period", OTHER]) == 0
    out = capsys.readouterr().out
    reports = len(inbox["kept"]) + 2
    assert (f"Đã đọc {reports + 5} tệp: Đã bị sửa 1, Sai kỳ {reports + 1}, Không phải tệp báo cáo 2, Tệp hỏng 1. "
            f"{reports} tệp là báo cáo 6 tháng đầu năm 2026 (2026-6M), 1 tệp là báo cáo quý I năm 2026 (2026-Q1), "
            "không phải kỳ đang nhận (9 tháng năm 2026): chưa nhận các tệp này. Muốn nhận, chọn từng kỳ đó rồi đọc "
            "lại thư mục.") in out.splitlines()

    empty = tmp_path / "thu-moi"
    empty.mkdir()
    for period, refused in ((PERIOD, inbox["tampered"]), ("2026-Q1", None)):
        assert run(["--data-dir", str(data), "consolidate", str(empty), "--period", period]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0] == "Đã đọc 0 tệp: không có tệp nào."
        assert ("(trong đó 1 đơn vị có tệp bị từ chối)" in lines[1]) == bool(refused)
        listed = [line for line in lines if line.startswith("- ")]
        assert listed == ([line for line in listed if f"(mã {refused})" in line] if refused else [])
        assert len(listed) == (1 if refused else 0)


def test_the_window_says_it_and_reads_the_folder_again_for_its_period(qtbot, inbox, office, tmp_path):
    """In December the window shows 9 tháng; the 6-month folder read there: the line above the files
    says what they are and what to do, and a button (Alt+V) does it: 6 tháng chosen, the folder in
    the dialog's field, its date asked again (the one typed was for 9 tháng)."""
    from PySide6.QtCore import Qt
    from tests.ui.conftest import Script, press
    from ui.province_intake_dialog import IntakeDialog
    from ui.province_window import ProvinceWindow

    folder = _six_months(inbox, tmp_path / "thang-6")
    window = ProvinceWindow(office.ws, today=dt.date(2026, 12, 2))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.period_box.setCurrentIndex(window.period_box.findData(OTHER))
    assert not window.read_own_period.isVisibleTo(window)
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(folder, dt.date(2026, 9, 19))
    reports = len(inbox["kept"]) + 2
    assert f"Sai kỳ {reports}. {reports} {SAID} Trễ hạn tính theo ngày nhận đã chọn: 19/09/2026." in \
        window.intake_summary.text()
    assert window.read_own_period.isVisible()
    assert window.read_own_period.text() == "Đọc lại thư mục &vào kỳ 6 tháng đầu năm 2026…"

    seen = {}

    def step(dialog):
        seen["folder"], seen["date"] = dialog.folder_edit.text(), dialog.date_edit.text()
        seen["period"] = window.period.code
        press(Qt.Key.Key_Return)  # each file's own date, as the dialog proposes for a folder saved over days

    script = Script((IntakeDialog, step))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        press(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    script.check()
    assert seen == {"folder": str(folder), "date": "02/12/2026", "period": PERIOD}
    assert window.counts.text().startswith(f"Đã nhận {len(inbox['kept'])}/92")
    assert not window.read_own_period.isVisible()
