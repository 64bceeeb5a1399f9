"""The workbook's "Báo cáo" of 2030 says what the paper says at the term's end: the title "… NĂM 2030
VÀ CẢ NHIỆM KỲ 2026-2030", the summary counting the term's verdicts apart from the year's, the line
saying which rows are final for the term, a final "Không đạt"'s gap ("Thiếu 0,94 điểm % so với chỉ
tiêu") and the start-of-term figure under a result ("3,12% (cuối 2025) → 2,21% (nay)"), in the PDF's
words (since e3a03c6 the PDF printed them and the sheet none: paper and file disagreed). `chitieu
verify` accepts a 2030 file written before (the frozen files below) and one written now, and still
refuses a changed cell in either; any other year's sheet is as before.

`data/2030_05503_xa-tan-cuong_before_term_end.xlsx` and `data/2030_05443_phuong-phan-dinh-phung_before_term_end.xlsx`
were written by the writer of 853410a (before the sheet printed the term's end: its
exports/submission_report_sheet.py, submission_format.py) from `TERM_VERDICTS`' 2030 of the commune's
and the ward's data (`tests/exports/sample_data.py`, drafts, report date 18/12/2026); fingerprints
a2fd3cdedbc9fb366d28cfb732d22e64d4bfe36382dd1236eefe75de01761f98 and
7f4619c7391e757c51408d3cd0e34115dc6bcca80d7c8d31ffd23c17728256ef. Never regenerate them: they are
the files the province already holds."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.core.evaluation import Verdict
from desktop_app.core.term_end import baseline_line
from exports.report_pdf import render_pdf
from exports.report_rows import summary_sentence, term_rows
from exports.submission_format import SHEET_REPORT, report_heading, report_rows
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission

DATA = Path(__file__).parent / "data"
BEFORE = {"commune": DATA / "2030_05503_xa-tan-cuong_before_term_end.xlsx",
          "ward": DATA / "2030_05443_phuong-phan-dinh-phung_before_term_end.xlsx"}
TITLE = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2030 VÀ CẢ NHIỆM KỲ 2026-2030"
OLD_TITLE = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2030"
# the term's rows judged for the last time (None: the data's own compared text kept)
TERM_VERDICTS = {
    "thu_ngan_sach": (Verdict.KHONG_DAT, "Lũy kế 2026-2030: 215.500, thiếu 1.873 so với chỉ tiêu"),
    "bhyt": (Verdict.KHONG_DAT, ""),
    "giam_ngheo": (Verdict.VUOT, None),
    "truong_chuan": (Verdict.DAT, None),
    "lao_dong_dao_tao": (Verdict.VUOT, None),
    "nuoc_sach_nong_thon": (Verdict.VUOT, None),
    "nong_thon_moi": (Verdict.DAT, ""),
    "rac_thai_do_thi": (Verdict.DAT, "100% chỉ tiêu"),
}


def year(sub, period: str):
    """The sample's figures reported for `period`, the term's rows judged as at its end; health
    insurance 99,06 of 100 (a final Không đạt its data leave blank in "So với chỉ tiêu")."""
    items = []
    for it in sub.items:
        if it.code in TERM_VERDICTS:
            verdict, compared = TERM_VERDICTS[it.code]
            it = replace(it, verdict=verdict.value, compared_text=it.compared_text if compared is None else compared)
        if it.code == "bhyt":
            it = replace(it, value="99.06", value_text="99,06", target_op="=", target_value="100", target_text="100")
        items.append(it)
    return replace(sub, period=period, items=tuple(items))


def _plain(text: str) -> str:
    return " ".join(str(text).replace("\u00a0", " ").split())


def _cells(path) -> dict[str, str]:
    ws = openpyxl.load_workbook(path)[SHEET_REPORT]
    return {c.coordinate: str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, "")}


def _row(path, name: str) -> int:
    ws = openpyxl.load_workbook(path)[SHEET_REPORT]
    return next(r for r in range(9, ws.max_row + 1) if ws.cell(r, 2).value == name)


def _below(cells: dict[str, str]) -> list[str]:
    """Column A's lines from the summary on."""
    lines = [v for k, v in sorted(cells.items(), key=lambda kv: int(kv[0][1:])) if k.startswith("A") and k[1:].isdigit()]
    return lines[next(i for i, t in enumerate(lines) if t.startswith("Tổng hợp ")):]


def _term_line(cells: dict[str, str]) -> str:
    """The line on the term's rows: from 0.2.0 under the table, where the PDF prints it (before the
    summary); 0.1.0 wrote it after the summary."""
    return next(v for k, v in cells.items() if k.startswith("A") and v.startswith("Chỉ tiêu số 1–"))


@pytest.fixture(scope="module", params=["commune", "ward"])
def written(request, tmp_path_factory):
    """The 2030 report of xã Tân Cương and of phường Phan Đình Phùng: its workbook and its PDF's text."""
    sub = year(request.getfixturevalue(f"{request.param}_sub"), "2030")
    xlsx = write_submission(sub, tmp_path_factory.mktemp(request.param) / f"{sub.file_stem}.xlsx")
    pdf = " ".join(_plain(p.extract_text()) for p in PdfReader(io.BytesIO(render_pdf(sub))).pages)
    return request.param, sub, xlsx, pdf


def test_the_2030_sheet_prints_the_term_end_as_the_paper_does(written):
    unit, sub, xlsx, pdf = written
    cells = _cells(xlsx)
    assert cells["A4"] == TITLE and TITLE in pdf
    summary, *rest = _below(cells)
    note = _term_line(cells)  # under the table, as the PDF's annex prints it (walk U14 F5), not after the summary
    assert note not in rest
    assert summary.startswith("Tổng hợp 8 chỉ tiêu tỉnh giao: 6 chỉ tiêu nhiệm kỳ 2026-2030: ") and \
        "Không đạt 2 (các chỉ tiêu số 1, 2); 2 chỉ tiêu năm 2030: Vượt 2, Đạt 0, Không đạt 0." in summary
    assert summary.removeprefix("Tổng hợp 8 chỉ tiêu tỉnh giao: ") in pdf  # the PDF's sentence, word for word
    assert note.startswith("Chỉ tiêu số 1–") and "đánh giá kết quả cuối cùng cả nhiệm kỳ 2026-2030" in note and note in pdf
    items = {it.code: it for it in sub.items}
    bhyt = _row(xlsx, items["bhyt"].name)
    assert cells[f"F{bhyt}"] == "Thiếu 0,94 điểm % so với chỉ tiêu" and cells[f"G{bhyt}"].startswith("Không đạt")
    for code in ("giam_ngheo", "ket_nap_dang_vien"):  # the start-of-term figure under the result, in 10 pt
        it = items[code]
        line = baseline_line(it.code, it.baseline, it.numerator, it.denominator, it.input_value, it.value)
        assert line and cells[f"E{_row(xlsx, it.name)}"] == f"{it.value_text}\n{line}" and _plain(line) in pdf
        blocks = openpyxl.load_workbook(xlsx, rich_text=True)[SHEET_REPORT].cell(_row(xlsx, it.name), 5).value
        assert [b.font.sz for b in blocks] == [12, 10]
    assert {"commune": "3,12% (cuối 2025) → 2,21% (nay)", "ward": "46 / 1.386 đảng viên đầu nhiệm kỳ"}[unit] in pdf
    v = verify_file(xlsx)
    assert v.ok, v.message


def _edited(path, tmp_path, edit) -> Path:
    wb = openpyxl.load_workbook(path, rich_text=True)
    edit(wb[SHEET_REPORT])
    out = tmp_path / f"sua_{len(list(tmp_path.iterdir()))}.xlsx"
    wb.save(out)
    return out


def _set(ref: str, change):
    def edit(ws):
        ws[ref].value = change(str(ws[ref].value))
    return edit


def _refused(path, tmp_path, edit, said: str) -> None:
    v = verify_file(_edited(path, tmp_path, edit))
    assert not v.ok and any(said in p for p in v.problems), (said, v.problems)


def test_a_2030_file_written_now_refuses_a_changed_cell_or_the_earlier_form_in_part(written, tmp_path):
    _, sub, xlsx, _ = written
    assert verify_file(_edited(xlsx, tmp_path, lambda ws: None)).ok  # saved again untouched: intact
    items = {it.code: it for it in sub.items}
    bhyt, poverty = _row(xlsx, items["bhyt"].name), _row(xlsx, items["giam_ngheo"].name)
    below = {v: k for k, v in _cells(xlsx).items() if k.startswith("A")}
    summary, note = _below(_cells(xlsx))[0], _term_line(_cells(xlsx))
    _refused(xlsx, tmp_path, _set(f"F{bhyt}", lambda t: t.replace("0,94", "0,49")), f"dòng {bhyt}")
    # the cell as a file written before holds it: not in a file that says it is the term's report
    _refused(xlsx, tmp_path, _set(f"E{poverty}", lambda t: t.split("\n")[0]), f"dòng {poverty}")
    _refused(xlsx, tmp_path, _set(f"E{poverty}", lambda t: t.replace("(cuối 2025)", "(cuối 2024)")), f"dòng {poverty}")
    _refused(xlsx, tmp_path, _set(below[summary], lambda t: t.replace("Không đạt 2 (", "Không đạt 1 (")),
             f"ô {below[summary]} dưới bảng")
    _refused(xlsx, tmp_path, _set(below[note], lambda t: t.replace("1–", "2–")), f"ô {below[note]} dưới bảng")
    _refused(xlsx, tmp_path, _set(below[note], lambda t: None), "dưới bảng")
    # the title alone set back is refused as itself: a file of 0.2.0 is the paper's form whatever its title
    _refused(xlsx, tmp_path, _set("A4", lambda t: OLD_TITLE), "ô A4 (đầu báo cáo)")


@pytest.mark.parametrize("unit", ["commune", "ward"])
def test_a_2030_file_written_before_still_verifies_and_refuses_a_changed_cell(unit, tmp_path):
    """The frozen files (no term-end lines) verify intact, as every version before this one said; a
    changed figure, a term-end line put into one cell, or the new title alone are refused."""
    path = BEFORE[unit]
    cells = _cells(path)
    assert cells["A4"] == OLD_TITLE and not any("cả nhiệm kỳ" in t for t in cells.values())
    v = verify_file(path)
    assert v.ok, v.message
    sub = v.submission
    poverty = _row(path, next(it.name for it in sub.items if it.code == "giam_ngheo"))
    bhyt = _row(path, next(it.name for it in sub.items if it.code == "bhyt"))
    assert cells[f"E{poverty}"] == next(it.value_text for it in sub.items if it.code == "giam_ngheo")
    assert f"F{bhyt}" not in cells  # the final Không đạt's gap: not written then
    _refused(path, tmp_path, _set(f"E{bhyt}", lambda t: "99,6"), f"dòng {bhyt}")
    _refused(path, tmp_path, _set(f"E{poverty}", lambda t: t + "\n3,12% (cuối 2025) → 2,21% (nay)"), f"dòng {poverty}")
    _refused(path, tmp_path, _set(f"F{bhyt}", lambda t: "Thiếu 0,94 điểm % so với chỉ tiêu"), f"dòng {bhyt}")
    _refused(path, tmp_path, _set("A4", lambda t: TITLE), f"dòng {poverty}")


@pytest.mark.parametrize("period", ["2026", "2028", "2030-6M"])
def test_another_periods_sheet_prints_the_paper_but_not_the_terms_end(commune_sub, ward_sub, period, tmp_path):
    """Any other period's sheet written from 0.2.0 prints what its paper prints (the start-of-term
    figure, the gap, the Không đạt named: `term_rows`), never the term's end (the year's title and one
    count, no line on the term's rows)."""
    for base in (commune_sub, ward_sub):
        sub = year(base, period)
        xlsx = write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")
        ws = openpyxl.load_workbook(xlsx)[SHEET_REPORT]
        assert ws["A4"].value == report_heading(sub)[(4, 1)] and "NHIỆM KỲ" not in ws["A4"].value
        table = [tuple(str(ws.cell(r, c).value or "") for c in range(1, 9)) for r in range(9, 9 + len(report_rows(sub)))]
        assert table == term_rows(sub) != report_rows(sub)
        assert re.search(r"Thiếu [0-9,]+ điểm % so với chỉ tiêu", str(table)) and "(cuối 2025) → " in str(table)
        summary, *rest = _below(_cells(xlsx))
        assert summary == f"Tổng hợp {len(sub.assigned_items)} chỉ tiêu tỉnh giao: {summary_sentence(sub)}."
        assert "Không đạt 2 (các chỉ tiêu số " in summary and "nhiệm kỳ" not in summary
        assert not any("đánh giá kết quả" in t for t in rest)
        assert verify_file(xlsx).ok


@pytest.mark.parametrize("period", ["2026", "2028", "2030-6M"])
def test_another_periods_sheet_of_0_1_is_as_before(commune_sub, ward_sub, period, tmp_path):
    """A file of 0.1.0 of any other period than 2030: its heading, table and lines under it are the
    cells every version before 0.2.0 wrote (the year's title, `report_rows`, the year's one count,
    no line on the term's rows, no gap, no start-of-term figure), and it verifies."""
    for base in (commune_sub, ward_sub):
        sub = replace(year(base, period), app_version="0.1.0")
        xlsx = write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")
        ws = openpyxl.load_workbook(xlsx)[SHEET_REPORT]
        assert ws["A4"].value == report_heading(sub)[(4, 1)] and "NHIỆM KỲ" not in ws["A4"].value
        table = [tuple(ws.cell(r, c).value or "" for c in range(1, 9)) for r in range(9, 9 + len(report_rows(sub)))]
        assert table == report_rows(sub)
        summary, *rest = _below(_cells(xlsx))
        assert summary == f"Tổng hợp {len(sub.assigned_items)} chỉ tiêu tỉnh giao: {sub.summary_text()}."
        assert not any("đánh giá kết quả" in t for t in rest) and not re.search(r"Thiếu [0-9,]+ điểm", str(table))
        assert verify_file(xlsx).ok
