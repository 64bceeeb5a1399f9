"""A province's inbox as people really fill it (walk U22): attachments saved one sub-folder per
commune (F2: "Đã đọc 0 tệp", 92 "chưa gửi"), a .zip, a saved e-mail or an .ods beside the reports,
each with what to do (F3), a report PDF beside a workbook Gmail saved as "… (1).xlsx" or beside an
NFC workbook in NFD (F4: refused as "thư mục không có tệp Excel"), an empty, an Excel 97-2003 and a
half-downloaded file said for what they are (F5), and a name a Mac wrote decomposed shown composed
(F6)."""
from __future__ import annotations

import datetime as dt
import os
import sys
import unicodedata

import pytest

from desktop_app.cli import run
from desktop_app.core.intake import FileClass
from desktop_app.core.reasons_english import in_english
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions, saved_on_time
from tests.ui.conftest import shot

NFD = lambda text: unicodedata.normalize("NFD", text)  # as a Mac or Zalo writes a name


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    root = tmp_path_factory.mktemp("as-mailed")
    codes = pick_units(4, 0)
    ws, subs = make_submissions(root / "out", codes, PERIOD, data_dir=root / "db")
    ws.close()
    return [subs[c] for c in codes]


def test_reports_saved_one_folder_per_commune_are_read_with_their_folder_named(office, units, tmp_path, capsys):
    a, b, c, d = units
    folder = tmp_path / "hop-thu"
    saved_on_time(a, folder / NFD("Xã Tân Cương") / f"{a.file_stem}.xlsx")  # the folder's name as a Mac wrote it
    (folder / NFD("Xã Tân Cương") / f"{a.file_stem}.pdf").write_bytes(b"%PDF-1.4\n")
    saved_on_time(b, folder / "Tháng 6" / "Xã B" / f"{b.file_stem}.xlsx")  # two levels down: read
    saved_on_time(c, folder / "Tháng 6" / "Xã C" / "cũ" / f"{c.file_stem}.xlsx")  # three levels down: named, not read
    saved_on_time(a, folder / "Xã khác" / f"{a.file_stem}.xlsx")  # the same file in two folders: Trùng
    saved_on_time(d, tmp_path / "ngoai" / f"{d.file_stem}.xlsx")
    if sys.platform != "win32":
        (folder / "lien-ket").symlink_to(tmp_path / "ngoai", target_is_directory=True)  # never followed
    result = office.intake(folder, PERIOD)
    classes = {r.file_name: r.class_ for r in result.results}
    assert classes == {f"Tháng 6/Xã B/{b.file_stem}.xlsx": FileClass.HOP_LE,
                       f"Xã khác/{a.file_stem}.xlsx": FileClass.TRUNG,
                       f"Xã Tân Cương/{a.file_stem}.xlsx": FileClass.HOP_LE}
    assert all(unicodedata.is_normalized("NFC", name) for name in classes)
    assert result.companions == [f"Xã Tân Cương/{a.file_stem}.pdf"]
    said = result.summary_text
    assert said.startswith("Đã đọc 3 tệp: Hợp lệ 2, Trùng 1.")
    assert "Tháng 6/Xã C/cũ/ (thư mục con sâu quá 2 cấp: chép các tệp lên thư mục trên rồi đọc lại)" in said
    if sys.platform != "win32":
        assert "lien-ket (lối tắt hoặc liên kết, không mở theo: chép chính tệp vào thư mục rồi đọc lại)" in said
        assert d.unit_code not in {r.unit_code for r in result.results}
    office.close()
    assert run(["--data-dir", str(tmp_path / "tinh2"), "consolidate", str(folder), "--period", PERIOD]) == 0
    out = capsys.readouterr().out
    assert f"Hợp lệ: Xã Tân Cương/{a.file_stem}.xlsx: Đã nhận" in out and "Tháng 6/Xã C/cũ/ (thư mục con" in out
    with pytest.raises(SystemExit):
        run(["consolidate", "--help"])
    assert "Đọc cả các thư mục con, sâu đến 2 cấp" in " ".join(capsys.readouterr().out.split())  # as wrapped


def test_a_zip_an_email_and_an_ods_each_say_what_to_do_and_none_is_cut(office, units, tmp_path, capsys):
    a = units[0]
    folder = tmp_path / "hop-thu"
    saved_on_time(a, folder / f"{a.file_stem}.xlsx")
    names = ["bao-cao-phuong-phan-dinh-phung.zip", "Báo cáo 6 tháng.eml", "Fw- Bao cao.msg",
             "2026-6M_01864_xa-bang-thanh.ods", "xa-a.zip", "xa-b.zip", "xa-c.zip", "xa-d.zip"]
    for name in names:
        (folder / name).write_bytes(b"\xd0\xcf\x11\xe0junk" if name.endswith(".msg") else b"PK\x03\x04 junk")
    for name in ("Thumbs.db", "desktop.ini", "thu-moi-hop.txt"):
        (folder / name).write_bytes(b"x")
    result = office.intake(folder, PERIOD)
    said = result.summary_text
    assert ("Chưa đọc 5 tệp nén (giải nén vào thư mục rồi đọc lại): bao-cao-phuong-phan-dinh-phung.zip, xa-a.zip, "
            "xa-b.zip, xa-c.zip, xa-d.zip.") in said
    assert ("Chưa đọc 2 tệp thư điện tử (lưu tệp đính kèm ra thư mục rồi đọc lại): Báo cáo 6 tháng.eml, Fw- Bao "
            "cao.msg.") in said
    assert ("Chưa đọc 1 tệp bảng tính không phải .xlsx (xin đơn vị gửi tệp .xlsx do phần mềm xuất): "
            "2026-6M_01864_xa-bang-thanh.ods.") in said
    assert "Bỏ qua 1 tệp loại khác (không phải báo cáo): thu-moi-hop.txt." in said
    assert "Bỏ qua 2 tệp tạm, tệp khóa hoặc tệp ẩn: desktop.ini, Thumbs.db." in said
    assert result.skipped_text.en.startswith("Not read: 5 compressed files (unzip them into the folder and read it "
                                             "again): ")
    office.close()
    assert run(["--data-dir", str(tmp_path / "tinh2"), "consolidate", str(folder), "--period", PERIOD]) == 0
    assert "xa-d.zip" in capsys.readouterr().out  # the command line names every one of them too


@pytest.mark.parametrize("workbook, pdf", [
    ("{stem} (1).xlsx", "{stem}.pdf"),  # Gmail's second copy
    ("{stem}(2).xlsx", "{stem}_ky-so.pdf"),  # the leader's signed PDF
    ("{stem}_(1).xlsx", "{stem} (1).pdf"),
    ("Báo cáo 6 tháng Xã Văn Lăng.xlsx", NFD("Báo cáo 6 tháng Xã Văn Lăng.pdf")),  # NFC workbook, NFD PDF
])
def test_the_report_pdf_goes_with_its_workbook_saved_under_a_copys_name(office, units, tmp_path, workbook, pdf):
    a = units[0]
    folder = tmp_path / "hop-thu"
    saved_on_time(a, folder / workbook.format(stem=a.file_stem))
    pdf_name = pdf.format(stem=a.file_stem)
    (folder / pdf_name).write_bytes(b"%PDF-1.4\n")
    result = office.intake(folder, PERIOD)
    assert [r.class_ for r in result.results] == [FileClass.HOP_LE]  # no "thư mục không có tệp Excel"
    assert result.companions == [unicodedata.normalize("NFC", pdf_name)]
    assert "1 báo cáo PDF gửi kèm tệp Excel cùng tên: không đọc như một báo cáo" in result.summary_text
    line = office.store.intake_log(period=PERIOD)[-1]
    assert line.pdf_name == pdf_name  # the PDF found beside it and recorded, by its real name


def test_an_empty_an_xls_and_a_half_downloaded_file_are_said_for_what_they_are(office, units, tmp_path):
    a = units[0]
    folder = tmp_path / "hop-thu"
    whole = saved_on_time(a, tmp_path / "whole.xlsx").read_bytes()
    (folder).mkdir()
    (folder / "2026-6M_99999_xa-loi-tai.xlsx").write_bytes(b"")
    (folder / "2026-6M_01864_xa-bang-thanh.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    (folder / f"{a.file_stem} (copy).xlsx").write_bytes(whole[:6000])
    (folder / "rac.xlsx").write_bytes(b"PK\x03\x04 not really a zip " * 20)  # damaged, as before
    result = office.intake(folder, PERIOD)
    reasons = {r.file_name: r.reason for r in result.results}
    assert {r.class_ for r in result.results} == {FileClass.TEP_HONG}
    assert reasons["2026-6M_99999_xa-loi-tai.xlsx"].startswith(
        "Tệp 2026-6M_99999_xa-loi-tai.xlsx là tệp rỗng (0 byte): có thể chưa tải về xong; đọc lại thư mục sau")
    assert reasons["2026-6M_01864_xa-bang-thanh.xls"].startswith(
        "Tệp 2026-6M_01864_xa-bang-thanh.xls là tệp Excel 97-2003 (.xls) hoặc tệp Office cũ, không phải tệp .xlsx do "
        "phần mềm xuất")
    assert reasons[f"{a.file_stem} (copy).xlsx"].startswith(
        f"Tệp {a.file_stem} (copy).xlsx bị cắt cụt (có thể đang tải về hoặc tải chưa xong)")
    assert reasons["rac.xlsx"] == "Tệp rac.xlsx bị hỏng: không mở được cấu trúc tệp nén của Excel."
    english = {name: in_english(reason) for name, reason in reasons.items()}
    assert english["2026-6M_99999_xa-loi-tai.xlsx"].startswith(
        "The file 2026-6M_99999_xa-loi-tai.xlsx is empty (0 bytes): it may not have finished downloading")
    assert english["2026-6M_01864_xa-bang-thanh.xls"].startswith(
        "The file 2026-6M_01864_xa-bang-thanh.xls is an Excel 97-2003 file (.xls)")
    assert english[f"{a.file_stem} (copy).xlsx"].startswith(f"The file {a.file_stem} (copy).xlsx is cut short")


def test_a_name_written_decomposed_is_shown_composed_and_the_file_read(office, units, tmp_path):
    a = units[0]
    folder = tmp_path / "hop-thu"
    real = NFD("Báo cáo 6 tháng Xã Đồng Hỷ.xlsx")
    saved_on_time(a, folder / real)
    result = office.intake(folder, PERIOD)
    assert [(r.file_name, r.class_) for r in result.results] == [("Báo cáo 6 tháng Xã Đồng Hỷ.xlsx", FileClass.HOP_LE)]
    assert unicodedata.is_normalized("NFC", result.results[0].file_name)
    assert os.path.exists(folder / real)


def test_the_window_names_each_kind_with_what_to_do(qtbot, office, units, tmp_path):
    from PySide6.QtWidgets import QLabel

    from desktop_app.core.periods import parse_period
    from ui.province_intake_dialog import IntakeDialog
    from ui.province_window import ProvinceWindow

    a, b = units[:2]
    folder = tmp_path / "hop-thu"
    saved_on_time(a, folder / "Xã Tân Cương" / f"{a.file_stem}.xlsx")
    saved_on_time(b, folder / f"{b.file_stem} (1).xlsx")
    (folder / f"{b.file_stem}.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "bao-cao-phuong-phan-dinh-phung.zip").write_bytes(b"PK\x03\x04 junk")
    (folder / "Báo cáo 6 tháng.eml").write_bytes(b"From: xa@example.vn\n")
    (folder / "2026-6M_99999_xa-loi-tai.xlsx").write_bytes(b"")
    w = ProvinceWindow(office.ws, today=dt.date(2026, 7, 1))
    qtbot.addWidget(w)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    w.resize(1366, 768)
    w.show()
    with qtbot.waitSignal(w.intake_done, timeout=60_000):
        w.start_intake(folder)
    assert sorted(r.file_name for r in w.intake_model.rows) == sorted([
        f"{b.file_stem} (1).xlsx", "2026-6M_99999_xa-loi-tai.xlsx", f"Xã Tân Cương/{a.file_stem}.xlsx"])
    text = w.skipped_label.text()
    assert w.skipped_label.isVisible()
    assert "Chưa đọc 1 tệp nén (giải nén vào thư mục rồi đọc lại): bao-cao-phuong-phan-dinh-phung.zip." in text
    assert "Chưa đọc 1 tệp thư điện tử (lưu tệp đính kèm ra thư mục rồi đọc lại): Báo cáo 6 tháng.eml." in text
    shot(w, "inbox-as-mailed")
    dialog = IntakeDialog(parse_period(PERIOD), dt.date(2026, 6, 20), dt.date(2026, 7, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    said = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert any(t.startswith("Đọc cả các thư mục con, sâu đến 2 cấp (lưu mỗi xã một thư mục cũng được)") for t in said)
    shot(dialog, "inbox-as-mailed-dialog")
