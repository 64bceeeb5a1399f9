"""A file's texts against its figures (red team 24, J2): a unit signing, with its own key, a
report that prints "99" where its figures give 81,12, a target of "51.494" where the target is
217.373, "100% chỉ tiêu", or a result with a line break, was "Hợp lệ", `verify` called it intact
and "Khác biệt" said every file stated the province's results, while the file's own "Báo cáo"
printed "99". The province counts the figures; each such text is now named in the differences
(shown, never counted), with the file's text and the one the same figures print, and `verify`
says so. A genuine file, and the committed files of earlier versions, have none."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.core.consolidation import consolidate
from desktop_app.core.intake import FileClass
from desktop_app.core.printed_texts import text_differences
from desktop_app.core.quoting import quoted
from desktop_app.core.recompute import recompute
from desktop_app.core.submission import Item
from exports.consolidated_xlsx import SHEET_DIFFERENCES, write_consolidated
from exports.submission_reader import _shipped_catalog, examine, verify_file
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD
from tests.province.helpers import later

DATA = Path(__file__).resolve().parents[1] / "exports" / "data"
LIES = {"bhyt": {"value_text": "99"},
        "thu_ngan_sach": {"target_text": "51.494", "compared_text": "100% chỉ tiêu"}}


def _told(sub, lies):
    return tuple(replace(i, **lies[i.code]) if i.code in lies else i for i in sub.items)


def _texts(said):
    return [d for d in said if "số liệu tệp ghi in ra" in d]


def test_each_text_a_file_prints_otherwise_than_its_figures_is_a_difference(received, tmp_path):
    office, _ = received
    con = office.consolidation(PERIOD)
    subs = {u.commune.code: u.submission for u in con.units if u.submission is not None}
    first, second = sorted(subs)[:2]
    honest = {code: {i.code: i for i in subs[code].items} for code in (first, second)}
    subs[first] = replace(subs[first], items=_told(subs[first], LIES))
    subs[second] = replace(subs[second], items=_told(subs[second], {
        "bhyt": {"value_text": honest[second]["bhyt"].value_text + "\nĐã đạt 100%"},
        "thu_ngan_sach": {"target_text": "\u2067" + honest[second]["thu_ngan_sach"].target_text + "\u2069"}}))
    changed = consolidate(con.period, con.catalog, con.settings, con.completeness, subs, con.intake_log)
    # counted as the figures say: nothing moves
    assert changed.summaries == con.summaries
    assert changed.items[(first, "bhyt")] == con.items[(first, "bhyt")]
    said = " ".join(changed.differences[first])
    bhyt, revenue = honest[first]["bhyt"], honest[first]["thu_ngan_sach"]
    assert f'tệp in kết quả "99", số liệu tệp ghi in ra "{bhyt.value_text}"' in said
    assert f'tệp in chỉ tiêu "51.494", số liệu tệp ghi in ra "{revenue.target_text}"' in said
    assert f'tệp in cột So với chỉ tiêu "100% chỉ tiêu", số liệu tệp ghi in ra "{quoted(revenue.compared_text)}"' in said
    other = " ".join(changed.differences[second])
    assert (f'tệp in kết quả "{bhyt_text(honest[second])} Đã đạt 100%" (ghi nhiều dòng), số liệu tệp ghi in ra '
            f'"{bhyt_text(honest[second])}"') in other
    assert (f'tệp in chỉ tiêu "{honest[second]["thu_ngan_sach"].target_text}" (có ký tự ẩn U+2067)') in other
    assert len(_texts(changed.differences[first])) == 3 and len(_texts(changed.differences[second])) == 2
    # and the workbook's "Khác biệt" lists them, naming the unit
    book = load_workbook(write_consolidated(changed, tmp_path / "tong-hop.xlsx"), read_only=True)
    rows = [tuple(r) + (None,) * 3 for r in book[SHEET_DIFFERENCES].iter_rows(values_only=True)]
    assert any(r[0] == first and 'tệp in kết quả "99"' in (r[2] or "") for r in rows)
    assert not any(str(r[1]).startswith("Không có") for r in rows)


def bhyt_text(items):
    return items["bhyt"].value_text


def test_genuine_files_print_what_their_figures_say(received):
    office, _ = received
    con = office.consolidation(PERIOD)
    assert not [d for said in con.differences.values() for d in _texts(said)]


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.xlsx")))
def test_files_of_earlier_versions_have_no_text_differences(name):
    """The committed samples (format 1 says "106,9% chỉ tiêu" where this version says "Đến nay
    đã vượt mức chỉ tiêu (106,9%)"): worded as their version wrote them, not differences."""
    result, sub = examine(DATA / name)
    assert result.class_ == FileClass.HOP_LE
    catalog = _shipped_catalog()
    assert recompute(catalog, catalog.commune_by_code(sub.unit_code), sub).texts == ()
    assert "CHÚ Ý" not in verify_file(DATA / name).message


def test_verify_names_the_texts_that_differ(inbox, tmp_path):
    sub = inbox["kept"][inbox["units"][3]]
    honest = write_submission(later(sub, 5), tmp_path / "that.xlsx")
    lying = write_submission(later(sub, 5, items=_told(sub, LIES)), tmp_path / "noi-doi.xlsx")
    assert "CHÚ Ý" not in verify_file(honest).message
    v = verify_file(lying)
    assert v.ok and "nguyên vẹn" in v.message  # as written and signed: intact
    assert "CHÚ Ý: chữ in trong tệp không khớp số liệu tệp ghi ở 3 chỗ" in v.message
    bhyt = next(i for i in sub.items if i.code == "bhyt")
    assert f'tệp in kết quả "99", số liệu tệp ghi in ra "{bhyt.value_text}"' in v.message
    assert examine(lying)[0].class_ == FileClass.HOP_LE


def _item(compared_text="Đến nay đã vượt mức chỉ tiêu (102,7%)"):
    return Item(code="x", no=1, name="X", unit="%", assigned=True, value="77.06", value_text="77,06",
                target_op="≥", target_value="75", target_text="≥ 75", verdict="Đang thực hiện", progress="102.7",
                compared_text=compared_text)


@pytest.mark.parametrize("stated, differs", [
    ("Đến nay đã vượt mức chỉ tiêu (102,7%)", False),
    ("Đã vượt mức chỉ tiêu (102,7%)", False),  # until 2026.12
    ("102,7% chỉ tiêu", False),  # earlier still
    ("Đã vượt mức chỉ tiêu (150%)", True),
    ("100% chỉ tiêu", True),
    ("Đến nay đã vượt mức chỉ tiêu (102,7%)\u200b", True),
])
def test_wordings_of_earlier_versions_are_accepted_and_nothing_else(stated, differs):
    assert bool(text_differences("X", _item(compared_text=stated), _item())) is differs
