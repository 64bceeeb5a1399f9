"""`chitieu verify` says a file is intact only when nothing pops up over its sheets' cells and its
pages print the signed text at a size a person reads (red-team 6): a data validation's input
message "Kết quả đúng: 100 - Đạt" over "Báo cáo", an error message or a list over "Dữ liệu" or
"Thông tin", in SpreadsheetML's namespace or Excel 2010's extension; a conditional format; a page
setup printing "Báo cáo" at 10 %, or fitted to its page with a column widened to 255, with
margins leaving it a strip, or on a smaller paper. The writer writes no validation and no
conditional format, nor does LibreOffice add one when it saves the file again; it prints
"Báo cáo" and "Thông tin" keeping their text at 8 pt or more, and "Dữ liệu" no smaller than
format 1 and 2 printed it (all its columns on one page across: 2,4 pt). The data and their
signature are untouched in every case."""
from __future__ import annotations

import pytest

from tests.exports.test_report_shows_the_data import REPORT, STYLES
from tests.exports.test_sheets_show_what_was_signed import DATA, G21, INFO, _forged, _intact_data_changed_look

EXT = ('<extLst><ext uri="{%s}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">%s'
       "</ext></extLst></worksheet>")
XM = 'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"'
SETUP = {REPORT: '<pageSetup orientation="landscape" paperSize="9" fitToHeight="0" fitToWidth="1" />',
         DATA: '<pageSetup orientation="landscape" paperSize="9" fitToHeight="0" fitToWidth="1" />',
         INFO: '<pageSetup orientation="portrait" paperSize="9" fitToHeight="0" fitToWidth="1" />'}
FITTED = '<pageSetUpPr fitToPage="1" />'


# --- data validations ------------------------------------------------------------------------

@pytest.mark.parametrize("part, rules, said", [
    (REPORT, '<dataValidations count="1"><dataValidation type="none" allowBlank="1" showInputMessage="1" '
             'promptTitle="Sửa" prompt="Kết quả đúng: 100 - Đạt" sqref="A1:H40"/></dataValidations><printOptions',
     'trang "Báo cáo", ô A1:H40: khi chọn ô hiện lời nhắc "Sửa: Kết quả đúng: 100 - Đạt" (kiểm tra dữ liệu, '
     "phần mềm không ghi)"),
    (DATA, '<dataValidations count="1"><dataValidation type="whole" showErrorMessage="1" errorTitle="Sai" '
           'error="Kết quả đúng là Đạt" sqref="X12 X13"><formula1>0</formula1></dataValidation></dataValidations>'
           "<printOptions",
     'trang "Dữ liệu", ô X12, X13: khi gõ vào ô hiện thông báo "Sai: Kết quả đúng là Đạt"'),
    (INFO, '<dataValidations count="1"><dataValidation type="list" sqref="C24"><formula1>"ZZZZ-ZZZZ-ZZZZ-ZZZZ"'
           "</formula1></dataValidation></dataValidations><printOptions",
     'trang "Thông tin", ô C24: có danh sách chọn giá trị (kiểm tra dữ liệu, phần mềm không ghi)'),
    (INFO, EXT % ("CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF", '<x14:dataValidations count="1" ' + XM + ">"
           '<x14:dataValidation type="none" showInputMessage="1" prompt="Mã khóa đúng: ZZZZ-ZZZZ-ZZZZ-ZZZZ">'
           "<xm:sqref>C24</xm:sqref></x14:dataValidation></x14:dataValidations>"),
     'trang "Thông tin", ô C24: khi chọn ô hiện lời nhắc "Mã khóa đúng: ZZZZ-ZZZZ-ZZZZ-ZZZZ"'),
], ids=["input-message-over-bao-cao", "error-message-in-du-lieu", "list-in-thong-tin", "excel-2010-extension"])
def test_a_data_validation_is_not_intact(tmp_path, part, rules, said):
    old = "</worksheet>" if rules.endswith("</worksheet>") else "<printOptions"
    path = _forged(tmp_path, (part, old, rules))
    _intact_data_changed_look(path, said)


# --- conditional formats ---------------------------------------------------------------------

WHITE_DXF = '<dxfs count="1"><dxf><font><color rgb="FFFFFFFF"/></font></dxf></dxfs><tableStyles'
NUMBER_DXF = '<dxfs count="1"><dxf><numFmt numFmtId="300" formatCode=";;;&quot;Đạt&quot;"/></dxf></dxfs><tableStyles'


@pytest.mark.parametrize("part, dxf, old, rule, said", [
    (REPORT, WHITE_DXF, "<printOptions",
     '<conditionalFormatting sqref="G21"><cfRule type="expression" dxfId="0" priority="1"><formula>TRUE</formula>'
     "</cfRule></conditionalFormatting><printOptions", 'trang "Báo cáo", ô G21: có định dạng theo điều kiện'),
    (DATA, NUMBER_DXF, "<printOptions",
     '<conditionalFormatting sqref="X12"><cfRule type="uniqueValues" dxfId="0" priority="1"/>'
     "</conditionalFormatting><printOptions", 'trang "Dữ liệu", ô X12: có định dạng theo điều kiện'),
    (INFO, WHITE_DXF, "</worksheet>",
     EXT % ("78C0D931-6437-407d-A8EE-F0AAD7539E65", "<x14:conditionalFormattings><x14:conditionalFormatting "
            + XM + '><x14:cfRule type="dataBar" id="{00000000-0000-0000-0000-000000000001}"><x14:dataBar>'
            '<x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule><xm:sqref>C24</xm:sqref>'
            "</x14:conditionalFormatting></x14:conditionalFormattings>"),
     'trang "Thông tin", ô C24: có định dạng theo điều kiện'),
], ids=["white-text-in-bao-cao", "another-number-format-in-du-lieu", "excel-2010-extension"])
def test_a_conditional_format_is_not_intact(tmp_path, part, dxf, old, rule, said):
    path = _forged(tmp_path, (STYLES, "<tableStyles", dxf), (part, old, rule))
    _intact_data_changed_look(path, said, "(phần mềm không ghi): ô có thể hiện khác nội dung")


# --- the scale pages print at ----------------------------------------------------------------

@pytest.mark.parametrize("part, changes, said", [
    (REPORT, [(FITTED, '<pageSetUpPr fitToPage="0" />'), (SETUP[REPORT], SETUP[REPORT].replace(" />", ' scale="10" />'))],
     'trang "Báo cáo": tỷ lệ in (scale) 10%, chữ cỡ 12 in ra 1,2 pt, nhỏ hơn 7,5 pt: không đọc được'),
    (REPORT, [('<col width="26" customWidth="1" min="8" max="8" />', '<col width="255" customWidth="1" min="8" max="8" />')],
     'trang "Báo cáo": in thu cho vừa 1 trang ngang (fitToWidth="1", fitToHeight="0"): tỷ lệ khoảng 35%, chữ cỡ 12 '
     "in ra 4,3 pt"),
    (REPORT, [(SETUP[REPORT], SETUP[REPORT].replace('fitToHeight="0"', 'fitToHeight="1"')),
              ('top="0.7874015748031497" bottom="0.7874015748031497"', 'top="4" bottom="3"')],
     'trang "Báo cáo": in thu cho vừa 1 trang ngang, 1 trang dọc (fitToWidth="1", fitToHeight="1"): tỷ lệ khoảng 12%'),
    (INFO, [(SETUP[INFO], SETUP[INFO].replace('paperSize="9"', 'paperSize="70"'))],
     'trang "Thông tin": in thu cho vừa 1 trang ngang (fitToWidth="1", fitToHeight="0"): tỷ lệ khoảng 27%'),
    (INFO, [(SETUP[INFO], SETUP[INFO].replace('paperSize="9"', 'paperSize="200"'))],
     'trang "Thông tin": khổ giấy (pageSetup paperSize="200") không phải khổ giấy máy in ở xã có'),
    (DATA, [(FITTED, '<pageSetUpPr fitToPage="0" />'), (SETUP[DATA], SETUP[DATA].replace(" />", ' scale="10" />'))],
     'trang "Dữ liệu": tỷ lệ in (scale) 10%, chữ cỡ 11 in ra 1,1 pt, nhỏ hơn 2 pt'),
], ids=["bao-cao-at-10-percent", "bao-cao-widened-to-fit-one-page-across", "bao-cao-fitted-between-wide-margins",
        "thong-tin-fitted-to-a6", "thong-tin-on-an-unknown-paper", "du-lieu-at-10-percent"])
def test_a_page_setup_printing_the_text_too_small_is_not_intact(tmp_path, part, changes, said):
    path = _forged(tmp_path, *[(part, old, new) for old, new in changes])
    _intact_data_changed_look(path, said)


def test_du_lieu_fitted_on_one_page_across_as_format_2_printed_it_is_intact(tmp_path):
    """A file of this version whose "Dữ liệu" asks 1 page across, as format 1 and 2 wrote it."""
    from exports.submission_reader import verify_file

    path = _forged(tmp_path, (DATA, 'fitToWidth="3"', 'fitToWidth="1"'), src=_fresh(tmp_path))
    verdict = verify_file(path)
    assert verdict.ok, verdict.message


def _fresh(tmp_path):
    """A draft this version writes (its "Dữ liệu" on 3 pages across)."""
    from desktop_app.services import Workspace
    from exports.submission_xlsx import write_submission
    from tests.exports.conftest import submission_of
    from tests.exports.sample_data import fill_commune_2026

    ws = Workspace.open(tmp_path / "db", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    sub = submission_of(ws)
    ws.close()
    return write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")
