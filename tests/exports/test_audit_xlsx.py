"""The change log ("nhật ký") on paper: what a reviewer printing the workbook sees.

A4 landscape, one page wide, title and column headers on every page, numbered pages, Times New
Roman; numbers the Vietnamese way with every stored digit; settings by the settings dialog's
labels; periods by their names; rows already as tall as their wrapped text (the sheet is
protected). Row heights are checked against an independent measure (reportlab's line
splitting with the report fonts, at LibreOffice's 12,7 pt a line of 11 pt text)."""
from __future__ import annotations

import shutil
import subprocess
import zipfile

import pytest
from openpyxl import load_workbook
from reportlab.lib.utils import simpleSplit

from exports.audit_xlsx import MAX_ROW, SHEET, WIDTHS
from exports.fonts import report_fonts
from exports.sheet_layout import column_px, text_lines

LONG = ("Số liệu tổng hợp từ báo cáo của 18 thôn, xóm; riêng thôn Đồng Quốc Bình và xóm Khuôn Lặng chưa "
        "gửi đủ biểu mẫu nên tạm lấy số liệu ước thực hiện, sẽ điều chỉnh khi có số liệu chính thức.")
SETTING_KEYS = ("commune_code", "preparer", "signer", "signer_title", "doc_prefix", "period_rules")


@pytest.fixture
def book(workspace, tmp_path):
    """A commune's log: its settings, figures of two periods, an own target, a baseline, a long
    report section."""
    ws = workspace
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Phó Chủ tịch", "BC-UBND")
    ws.set_entry("2026-Q1", "thu_ngan_sach", value="159176", comment=LONG)
    ws.set_entry("2026-Q1", "bhyt", numerator="20747", denominator="21.000")
    ws.set_entry("2026-6M", "thu_ngan_sach", value="1234")
    ws.set_entry("2026-6M", "nong_thon_moi", flag="Có")
    ws.set_baseline("giam_ngheo", "2,7456")
    ws.set_own_target(2026, "bhyt", ">=", "94,5")
    ws.set_narrative("2026", "ket_qua", ("Trong kỳ, Ủy ban nhân dân đã tập trung chỉ đạo thực hiện đồng bộ "
                                         "các nhiệm vụ được giao. " * 60).strip())
    path = ws.export_audit(tmp_path / "nhat-ky.xlsx")
    return path, load_workbook(path)[SHEET]


def rows(ws):
    return [[c.value or "" for c in r] for r in ws.iter_rows(min_row=3)]


def test_numbers_read_the_vietnamese_way_with_every_stored_digit(book):
    """159176 → 159.176; ≥ 94.5 → ≥ 94,5; 2.7456 → 2,7456; 20747 → 20.747; nothing rounded
    (the baseline 2.7456 stays 2,7456, finer than the result's 2 decimals), as text, so any
    computer's region prints it alike. (A budget is whole million đồng: 1.234,5 is refused.)"""
    _, ws = book
    new = {(r[3], r[4][:20], r[5]): r[7] for r in rows(ws)}
    assert new[("Quý I năm 2026", "Tổng thu ngân sách đ", "Giá trị")] == "159.176"
    assert new[("Quý I năm 2026", "Tỷ lệ người dân tham", "Tử số")] == "20.747"
    assert new[("Quý I năm 2026", "Tỷ lệ người dân tham", "Mẫu số")] == "21.000"
    assert new[("6 tháng đầu năm 2026", "Tổng thu ngân sách đ", "Giá trị")] == "1.234"
    assert [r[7] for r in rows(ws) if r[5] == "Có/Không"] == ["Có"]
    assert new[("Năm 2026", "Tỷ lệ người dân tham", "Chỉ tiêu")] == "≥ 94,5"
    assert "2,7456" in new.values()
    for r in ws.iter_rows(min_row=3):
        if r[5].value in ("Giá trị", "Tử số", "Mẫu số"):
            assert r[7].data_type == "s" and r[7].alignment.horizontal == "right"
    printed = " ".join(v for r in rows(ws) for v in r)
    for english in ("94.5", "2.7456", "20747"):
        assert english not in printed


def test_settings_by_their_labels_and_periods_by_their_names(book):
    """No raw key (commune_code, preparer, …) nor period code (2026-Q1) is printed."""
    _, ws = book
    fields = {r[5]: r[7] for r in rows(ws) if r[2] == "Cài đặt"}
    assert fields["Xã, phường"] == "Xã Tân Cương (mã 05503)"
    assert fields["Người lập biểu"] == "Nguyễn Văn An"
    assert fields["Người ký"] == "Trần Thị Bình"
    assert fields["Chức vụ người ký"] == "Phó Chủ tịch"
    assert fields["Ký hiệu văn bản"] == "BC-UBND"
    printed = [v for r in rows(ws) for v in r]
    for code in (*SETTING_KEYS, "2026-Q1", "2026-6M"):
        assert code not in printed
    assert {"Quý I năm 2026", "6 tháng đầu năm 2026", "Năm 2026"} <= {r[3] for r in rows(ws)}


def test_times_new_roman_throughout(book):
    path, ws = book
    assert load_workbook(path)._named_styles["Normal"].font.name == "Times New Roman"  # column widths
    fonts = {c.font.name for r in ws.iter_rows() for c in r if c.value}
    assert fonts == {"Times New Roman"}
    assert ws["A1"].font.bold and ws["A2"].font.bold


def test_prints_a4_landscape_one_page_wide_with_headers_and_page_numbers(book):
    _, ws = book
    setup = ws.page_setup
    assert (int(setup.paperSize), setup.orientation) == (9, "landscape")  # 9: A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows == "$1:$2"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    # fitted to A4 between its margins, the 11 pt text still prints at 9,5 pt or more
    room = (297 / 25.4 - ws.page_margins.left - ws.page_margins.right) * 96
    assert 11 * room / sum(column_px(w) for w in WIDTHS) >= 9.5


def test_rows_are_as_tall_as_their_wrapped_text_on_a_protected_sheet(book):
    """The sheet is protected (a record, like every document of the program), so no reader
    could grow a row: each is already tall enough for its longest wrapped cell; a report
    section longer than a row can hold goes on in the next rows, nothing cut."""
    _, ws = book
    assert ws.protection.sheet and not ws.protection.formatRows  # resizing still allowed
    font = report_fonts().regular
    tall = 0
    for row in ws.iter_rows(min_row=3):
        height = ws.row_dimensions[row[0].row].height or 15
        assert height <= MAX_ROW
        for cell, w in zip(row, WIDTHS):
            if not cell.value:
                continue
            assert cell.alignment.wrap_text
            lines = sum(len(simpleSplit(part, font, 11, (column_px(w) - 6) * 0.75)) or 1
                        for part in cell.value.split("\n"))
            assert height >= lines * 12.7, (cell.coordinate, cell.value[:40], lines, height)
            tall = max(tall, lines)
    assert tall > 10  # the comment and the report section wrap
    parts = [r for r in rows(ws) if r[5].startswith("Kết quả đạt được")]
    assert len(parts) > 1 and parts[0][5] == f"Kết quả đạt được (phần 1/{len(parts)})"
    words = " ".join(r[7] for r in parts).split()
    assert words == ("Trong kỳ, Ủy ban nhân dân đã tập trung chỉ đạo thực hiện đồng bộ "
                     "các nhiệm vụ được giao. " * 60).split()


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")) or not shutil.which("pdftotext"),
                    reason="LibreOffice and pdftotext (poppler-utils) print the workbook")
def test_libreoffice_prints_every_column_on_each_page_with_its_number(book, tmp_path):
    """As the reviewer printed it: every page holds all eight columns, headed and numbered."""
    path, _ = book
    office = shutil.which("libreoffice") or shutil.which("soffice")
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "nhat-ky.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    for n, page in enumerate(pages, start=1):
        assert "Thời điểm" in page and "Giá trị mới" in page, n
        assert "Nhật ký thay đổi số liệu" in page
        assert f"Trang {n}/{len(pages)}" in page


WHOLE = ("Phường Phan Đình Phùng (mã 05443)", "Hoàng Nguyễn Thị Thanh Hương", "Nguyễn Thị Phương Thảo")


@pytest.fixture
def ward_log(blank_workspace, tmp_path):
    """The log of the ward with the longest name, kept by people with long names."""
    blank_workspace.setup("Phan Đình Phùng", "Nguyễn Thị Phương Thảo", "Hoàng Nguyễn Thị Thanh Hương", "Phó Chủ tịch",
                    "BC-UBND")
    return blank_workspace.export_audit(tmp_path / "nhat-ky.xlsx")


def test_a_name_in_the_values_columns_is_whole_on_one_line(ward_log):
    """The unit's name with its code and the people's names, each on one line of "Giá trị mới" (23
    wide, it printed "Phường Phan Đình Phùng (mã" over "05443)" and "Hoàng Nguyễn Thị Thanh" over
    "Hương"), measured with the report fonts as the row heights are."""
    ws = load_workbook(ward_log)[SHEET]
    values = [r[7] for r in rows(ws)]
    assert set(WHOLE) <= set(values)
    for name in WHOLE:
        assert text_lines(name, column_px(WIDTHS[7]), False) == 1, name
        assert text_lines(name, column_px(WIDTHS[6]), False) == 1, name


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")) or not shutil.which("pdftotext"),
                    reason="LibreOffice and pdftotext (poppler-utils) print the workbook")
def test_libreoffice_prints_each_name_on_one_line(ward_log, tmp_path):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(ward_log)], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "nhat-ky.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = [" ".join(t.split()) for t in text.splitlines()]
    for name in WHOLE:
        assert any(t.endswith(name) for t in lines), name


def test_numbers_as_text_carry_no_green_triangle_in_excel(book):
    """"159.176" and "20.747" are text on purpose: the sheet tells Excel so over its range."""
    path, ws = book
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml")
    assert f'<ignoredError sqref="{ws.dimensions}" numberStoredAsText="1"/>'.encode() in xml
