"""Red-team R26: a real signed, approved file the app wrote (`tests/province/helpers.make_submissions`),
changed so that its printed "Báo cáo" (or "Dữ liệu") reads something else than the signed data,
the data and the signature untouched, verified "nguyên vẹn … chữ ký khớp toàn bộ nội dung". Each
is refused now, the reason naming the sheet and the cell:

- F1: the Normal cell style's font made Times 5 (a column is as wide as so many digits of that
  font: every column prints narrower than `verify` reckons); a "Không đạt" right aligned, indented,
  not wrapped, in bold 13 pt Arial, in a column of the narrowest width accepted (printed "đạt");
- F2: line breaks put before the verdicts, their gaps and the summary (the rows printed blank), in
  "Dữ liệu" too; spaces after a verdict;
- F3: a cell written right to left ("−1,56" printed "1,56−"); the sheet shown right to left;
- F4: a link whose tooltip says "Kết quả đúng: Đạt", in any sheet;
- F5: a 2030 file stating 0.2.0 carrying the sheet of before the term's end (no term's title,
  summary or start-of-term lines).

The files as written verify intact, a comment and a narrative typed with spaces and empty lines
at their ends included (the writer trims them). The committed samples, LibreOffice's re-saves
among them, keep verifying: tests/exports/test_resaved_by_libreoffice.py and the others."""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.hyperlink import Hyperlink

from desktop_app.approval import ApprovalActions
from exports.submission_reader import read_submission, verify_file
from tests.province.helpers import VN, make_submissions, with_part

REPORT, DATA, STYLES = "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/styles.xml"
NOT_MET = re.compile(r'<c r="([A-Z]+\d+)" s="(\d+)" t="inlineStr"><is><t>Không đạt</t>')


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Path]:
    """The 2026 and 2030 reports of Xã Tân Cương, approved, signed, as the app writes them."""
    root = tmp_path_factory.mktemp("r26")
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ApprovalActions, "today_is", dt.date(2031, 1, 5))
        for period, when in (("2026", dt.datetime(2027, 1, 10, 9, tzinfo=VN)),
                             ("2030", dt.datetime(2031, 1, 10, 9, tzinfo=VN))):
            folder = root / period
            folder.mkdir()
            ws, subs = make_submissions(folder, ["05503"], period, generated_at=when, data_dir=root / f"db{period}")
            ws.close()
            out[period] = folder / f"{subs['05503'].file_stem}.xlsx"
    return out


def _letters(xml: str) -> str:
    """`xml` with its letters beyond ASCII as themselves, not as the writer's character references
    ("Kh&#244;ng" as "Không"): still XML, and searched and changed as a person reads it."""
    return re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))) if int(m.group(1)) > 127 else m.group(0), xml)


def _part(path: Path, part: str) -> str:
    with zipfile.ZipFile(path) as z:
        return _letters(z.read(part).decode())


def _changed(tmp_path: Path, src: Path, name: str, **edits) -> Path:
    """`src` with each part of `edits` (its name's "/" and "." written "__": xl__styles__xml) changed by
    its function."""
    path = src
    for k, (part, edit) in enumerate(edits.items()):
        folder, _, kind = part.rpartition("__")
        out = tmp_path / f"{name}_{k}" / src.name
        out.parent.mkdir()
        out.write_bytes(with_part(path, f'{folder.replace("__", "/")}.{kind}',
                                  lambda b, e=edit: e(_letters(b.decode())).encode()))
        path = out
    return path


def _refused(path: Path, *said: str):
    """`verify` says the file is not intact, naming what it prints otherwise (`problems`: its data
    and signature hold, else it is refused as changed before its sheets are read)."""
    v = verify_file(path)
    assert not v.ok and "KHÔNG nguyên vẹn" in v.message, v.message
    for words in said:
        assert any(words in p for p in v.problems), (words, v.problems)
    return v


def _not_met(path: Path) -> list[tuple[str, str]]:
    """The cells of "Báo cáo" holding "Không đạt" (reference, style)."""
    found = NOT_MET.findall(_part(path, REPORT))
    assert found
    return found


def _with_xf(styles: str, xf: str, font: str = "") -> tuple[str, int]:
    """`styles` with a font (if any) and a cell format `xf` added ("{font}" in it the new font's
    id); the styles and the format's index."""
    if font:
        n = int(re.search(r'<fonts count="(\d+)">', styles).group(1))
        styles = styles.replace(f'<fonts count="{n}">', f'<fonts count="{n + 1}">').replace("</fonts>", font + "</fonts>")
        xf = xf.replace("{font}", str(n))
    k = int(re.search(r'<cellXfs count="(\d+)">', styles).group(1))
    styles = styles.replace(f'<cellXfs count="{k}">', f'<cellXfs count="{k + 1}">').replace("</cellXfs>", xf + "</cellXfs>")
    return styles, k


def test_the_files_as_written_are_intact(written):
    for path in written.values():
        v = verify_file(path)
        assert v.ok and v.submission.signed and v.submission.approved, v.message


# --- F1 ----------------------------------------------------------------------------------------

def test_a_normal_style_in_a_tiny_font_is_refused(written, tmp_path):
    """Every cell keeps its own font; the Normal style's, which the columns' widths count in, is Times 5."""
    def styles(s: str) -> str:
        n = int(re.search(r'<fonts count="(\d+)">', s).group(1))
        s = s.replace(f'<fonts count="{n}">', f'<fonts count="{n + 1}">').replace(
            "</fonts>", '<font><name val="Times New Roman"/><sz val="5"/></font></fonts>')
        return s.replace('<cellStyleXfs count="1"><xf numFmtId="0" fontId="0"',
                         f'<cellStyleXfs count="1"><xf numFmtId="0" fontId="{n}"')
    path = _changed(tmp_path, written["2026"], "normal5", xl__styles__xml=styles)
    _refused(path, 'trang "Báo cáo" và mọi trang: kiểu ô mặc định Normal chữ "Times New Roman" cỡ 5')


def test_a_verdict_not_wrapped_wider_than_its_column_is_refused(written, tmp_path):
    """A02: "Không đạt" right aligned, indented 2, bold 13 pt Arial, not wrapped, column G at 12
    (the narrowest accepted): LibreOffice printed "ông đạt"."""
    (cell, _), *_ = _not_met(written["2026"])
    styles, k = _with_xf(_part(written["2026"], STYLES),
                         '<xf numFmtId="0" fontId="{font}" fillId="0" borderId="1" applyAlignment="1" xfId="0">'
                         '<alignment horizontal="right" vertical="center" indent="2"/></xf>',
                         '<font><name val="Arial"/><b val="1"/><sz val="13"/></font>')

    def sheet(s: str) -> str:
        s = re.sub(r'<col width="[\d.]+" customWidth="1" min="7" max="7"/>',
                   '<col width="12" customWidth="1" min="7" max="7"/>', s)
        return re.sub(rf'<c r="{cell}" s="\d+"', f'<c r="{cell}" s="{k}"', s)
    path = _changed(tmp_path, written["2026"], "clip", xl__styles__xml=lambda _: styles,
                    xl__worksheets__sheet1__xml=sheet)
    _refused(path, f'trang "Báo cáo", ô {cell} ("Không đạt"): chữ không xuống dòng, thụt lề 2 bậc, rộng hơn cột G')


# --- F2 ----------------------------------------------------------------------------------------

def test_line_breaks_before_the_verdicts_and_the_summary_are_refused(written, tmp_path):
    """A05: eight line breaks before each "Không đạt" and the summary (the reader trims them)."""
    cells = [ref for ref, _ in _not_met(written["2026"])]

    def sheet(s: str) -> str:
        for ref in cells:
            s = re.sub(rf'(<c r="{ref}" s="\d+" t="inlineStr"><is><t)>', r'\1 xml:space="preserve">' + "\n" * 8, s)
        return re.sub(r'(<c r="A\d+" s="\d+" t="inlineStr"><is><t)>(Tổng hợp )',
                      r'\1 xml:space="preserve">' + "\n" * 8 + r"\2", s)
    path = _changed(tmp_path, written["2026"], "breaks", xl__worksheets__sheet1__xml=sheet)
    summary = re.search(r'<c r="(A\d+)"[^>]*><is><t xml:space="preserve">\n', _part(path, REPORT)).group(1)
    _refused(path, *(f'trang "Báo cáo", ô {ref} ("Không đạt"): nội dung ô có 8 lần xuống dòng ở đầu' for ref in cells),
             f'trang "Báo cáo", ô {summary} ("Tổng hợp 8 chỉ tiêu tỉnh giao:')


def test_line_breaks_put_by_openpyxl_are_refused(written, tmp_path):
    """A10: the clerk's way, without XML."""
    wb = openpyxl.load_workbook(written["2026"], rich_text=True)
    ref, _ = _not_met(written["2026"])[0]
    wb["Báo cáo"][ref].value = "\n" * 8 + "Không đạt"
    path = tmp_path / written["2026"].name
    wb.save(path)
    _refused(path, f'trang "Báo cáo", ô {ref} ("Không đạt"): nội dung ô có 8 lần xuống dòng ở đầu')


def test_spaces_after_a_verdict_are_refused(written, tmp_path):
    ref, _ = _not_met(written["2026"])[0]
    path = _changed(tmp_path, written["2026"], "spaces", xl__worksheets__sheet1__xml=lambda s: re.sub(
        rf'(<c r="{ref}" s="\d+" t="inlineStr"><is>)<t>Không đạt</t>', r'\1<t xml:space="preserve">Không đạt      </t>', s))
    _refused(path, f'trang "Báo cáo", ô {ref} ("Không đạt"): nội dung ô có 6 dấu cách ở cuối')


def test_line_breaks_before_the_verdicts_of_the_data_sheet_are_refused(written, tmp_path):
    """A06: "Dữ liệu", which people read too, its verdicts pushed out of their rows."""
    cells = NOT_MET.findall(_part(written["2026"], DATA))
    assert cells
    def sheet(s: str) -> str:
        return NOT_MET.sub(lambda m: m.group(0).replace("<t>", '<t xml:space="preserve">' + "\n" * 8), s)
    path = _changed(tmp_path, written["2026"], "data_breaks", xl__worksheets__sheet2__xml=sheet)
    assert read_submission(path).items == read_submission(written["2026"]).items  # what was signed
    _refused(path, *(f'trang "Dữ liệu", ô {ref} ("Không đạt"): nội dung ô có 8 lần xuống dòng ở đầu'
                     for ref, _ in cells))


def test_texts_typed_with_spaces_and_empty_lines_at_their_ends_are_written_trimmed(written, tmp_path):
    """The writer writes no text with anything printing nothing at its ends: a comment, a note and
    a narrative typed so are stored trimmed, and the file verifies intact."""
    from desktop_app.services import Workspace
    from exports.submission_xlsx import write_submission
    from tests.province.helpers import as_unit, fill_unit

    ws = Workspace.open(tmp_path / "db", user="can-bo")
    try:
        as_unit(ws, "05503")
        fill_unit(ws, "2026", seed=0)
        ws.set_entry("2026", "gia_dinh_van_hoa", comment="\n  Theo số liệu bình xét của thôn   \n\n")
        ws.set_narrative("2026", "ket_qua", "\n\n   Đoạn một của báo cáo.   \n\nĐoạn hai.  \n \n")
        path = write_submission(ws.submission("2026"), tmp_path / "typed.xlsx")
    finally:
        ws.close()
    v = verify_file(path)
    assert v.ok, v.message
    assert "Đoạn một" in _part(path, DATA) and "Theo số liệu bình xét của thôn<" in _part(path, REPORT)



@pytest.mark.parametrize("comment", ["\uf0b7 Thôn Đồng Hỷ: 95%", "Thôn Đồng Hỷ: 95% \uf0e0",
                                     "Thôn Đồng Hỷ hoàn thành sớm \U0001FAE8"])
def test_a_mark_pasted_at_a_texts_end_is_no_blank(tmp_path, comment):
    """Word's bullet (U+F0B7) or arrow (U+F0E0), private-use characters, pasted at a comment's or a
    narrative's end, and an emoji newer than Python's Unicode, print a mark: kept as typed, and the
    file verifies intact (red team R27: "ký tự trắng hoặc không hiện ở đầu (phần mềm không ghi)")."""
    from desktop_app.services import Workspace
    from exports.submission_xlsx import write_submission
    from tests.province.helpers import as_unit, fill_unit

    ws = Workspace.open(tmp_path / "db", user="can-bo")
    try:
        as_unit(ws, "05503")
        fill_unit(ws, "2026", seed=0)
        ws.set_entry("2026", "gia_dinh_van_hoa", comment=comment)
        ws.set_narrative("2026", "ket_qua", comment + "\n\uf0b7 Ý hai")
        assert ws.row("2026", "gia_dinh_van_hoa").entry.comment == comment
        path = write_submission(ws.submission("2026"), tmp_path / "pasted.xlsx")
    finally:
        ws.close()
    v = verify_file(path)
    assert v.ok, v.message


# --- F3 ----------------------------------------------------------------------------------------

def test_cells_written_right_to_left_are_refused(written, tmp_path):
    """A04: readingOrder 2 on the results and targets: a negative "−1,56" printed "1,56−"."""
    src = written["2026"]
    def styles(s: str) -> str:
        return _with_xf(s, '<xf numFmtId="0" fontId="5" fillId="0" borderId="1" applyAlignment="1" xfId="0">'
                           '<alignment horizontal="center" vertical="center" wrapText="1" readingOrder="2"/></xf>')[0]
    path = _changed(tmp_path, src, "rtl", xl__styles__xml=styles)
    k = int(re.search(r'<cellXfs count="(\d+)">', _part(path, STYLES)).group(1)) - 1
    ref = re.search(r'<c r="(E1\d)" s="\d+" t="inlineStr">', _part(src, REPORT)).group(1)
    path = _changed(tmp_path, path, "rtl_e", xl__worksheets__sheet1__xml=lambda s: re.sub(
        rf'<c r="{ref}" s="\d+"', f'<c r="{ref}" s="{k}"', s))
    _refused(path, f'trang "Báo cáo", ô {ref} (', "chữ viết từ phải sang trái (readingOrder 2)")


def test_a_sheet_shown_right_to_left_is_refused(written, tmp_path):
    path = _changed(tmp_path, written["2026"], "sheet_rtl", xl__worksheets__sheet1__xml=lambda s: s.replace(
        "<sheetView ", '<sheetView rightToLeft="1" ', 1))
    _refused(path, 'trang "Báo cáo": trang tính hiện từ phải sang trái (rightToLeft)')


# --- F4 ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sheet", ["Báo cáo", "Dữ liệu", "Thông tin"])
def test_a_link_with_a_tooltip_is_refused_in_every_sheet(written, tmp_path, sheet):
    """A07: openpyxl puts a link over A2 whose tooltip says "Kết quả đúng: Đạt"."""
    wb = openpyxl.load_workbook(written["2026"], rich_text=True)
    wb[sheet]["A2"].hyperlink = Hyperlink(ref="A2", location="'Báo cáo'!A1", tooltip="Kết quả đúng: Đạt")
    path = tmp_path / written["2026"].name
    wb.save(path)
    _refused(path, f'trang "{sheet}", ô A2: có liên kết (hyperlink, phần mềm không ghi): khi trỏ chuột vào ô hiện '
                   '"Kết quả đúng: Đạt"')


# --- F5 ----------------------------------------------------------------------------------------

def test_a_2030_file_of_0_2_0_carrying_the_sheet_of_before_the_terms_end_is_refused(written, tmp_path, monkeypatch):
    """A08: the "Báo cáo" the writer makes of the same signed data in the form of before 0.2.0
    (`BEFORE`: the year's title, its data's texts alone) put in the signed 0.2.0 file."""
    import exports.submission_report_sheet as sheet_writer
    from exports.report_rows import BEFORE, PAPERS, form_of
    from exports.submission_xlsx import write_submission

    src = written["2030"]
    sub = read_submission(src)
    assert form_of(sub) in PAPERS  # 0.2.0 or later (written now: 0.3.0's)
    monkeypatch.setattr(sheet_writer, "form_of", lambda _sub: BEFORE)
    before = _part(write_submission(sub, tmp_path / "before.xlsx"), REPORT)
    assert "VÀ CẢ NHIỆM KỲ" not in before and "VÀ CẢ NHIỆM KỲ" in _part(src, REPORT)
    path = _changed(tmp_path, src, "before_form", xl__worksheets__sheet1__xml=lambda s: before)
    _refused(path, 'trang "Báo cáo", ô A4 (đầu báo cáo): ghi "…IÊU CHỦ YẾU NĂM 2030", số liệu là "…IÊU CHỦ YẾU NĂM '
                   '2030 VÀ CẢ NHIỆM KỲ 2026-2030"', 'cột "So với chỉ tiêu"')
