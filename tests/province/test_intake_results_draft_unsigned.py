"""Walk U12: a reviewer scanning the intake's results reads "Hợp lệ" as counted, approved. A valid
draft counted says "Hợp lệ (dự thảo)" (F3), in the window's words, the command line's and the
workbook's "Kết quả nhận tệp"; the run's summary counts an unsigned file not accepted yet apart
from the files counted, not among "Hợp lệ"; and once the province accepts an unsigned file, its
unit's status on "Tình hình gửi báo cáo" says so, "Đã nhận (chưa ký, đã chấp nhận)" (F10)."""
from __future__ import annotations

import re
import shutil
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from desktop_app.cli import run as cli
from desktop_app.core.intake_results import (
    COUNTED_DRAFT,
    NOT_COUNTED_UNSIGNED,
    file_result_word,
    result_word,
    summary_text,
)
from desktop_app.province import ProvinceOffice
from exports.consolidated_xlsx import SHEET_COMPLETENESS, write_consolidated
from exports.intake_results_sheet import SHEET_INTAKE
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD
from tests.province.helpers import ON_TIME, delivered, make_submissions


def _unused_unit(office, inbox) -> str:
    used = set(inbox["kept"]) | {inbox["tampered"]}
    return next(c.code for c in reversed(office.catalog.communes) if c.code not in used)


@pytest.fixture(scope="module")
def read(inbox, tmp_path_factory):
    """The shared inbox (one draft among its valid files) and an unsigned format-1 report of
    another unit, waiting for the province's acceptance, read by a new province office."""
    root = tmp_path_factory.mktemp("u12")
    folder = root / "hop-thu"
    shutil.copytree(inbox["folder"], folder)
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    code = _unused_unit(office, inbox)
    ws, subs = make_submissions(root / "xa", [code], PERIOD, approve=True, sign=False, data_dir=root / "db-xa")
    ws.close()
    sub = replace(subs[code], format_version=1, public_key="", signature="", approved_by="", approved_at="",
                  chain_head="")
    unsigned_name = f"{PERIOD}_{code}_chua-ky.xlsx"
    delivered(write_submission(sub, folder / unsigned_name), ON_TIME)
    run = office.intake(folder, PERIOD)
    yield {"office": office, "run": run, "unsigned": code, "unsigned_name": unsigned_name, "root": root,
           "folder": folder}
    office.close()


def _accepted(read):
    """The unsigned report accepted by the province, once whichever test asks first (the module's fixture
    is shared; a test may run alone)."""
    office = read["office"]
    if office.checked_completeness(PERIOD).counts["unsigned"]:
        office.accept_unsigned(read["unsigned"], PERIOD)
    return office


def test_a_draft_counted_says_it_is_one_and_an_unsigned_file_says_it_is_not_counted(read, inbox):
    by_file = {r.file_name: file_result_word(r) for r in read["run"].results}
    draft_file = next(r.file_name for r in read["run"].results if r.unit_code == inbox["draft"] and r.kept)
    assert by_file[draft_file] == COUNTED_DRAFT == "Hợp lệ (dự thảo)"
    assert by_file[read["unsigned_name"]] == NOT_COUNTED_UNSIGNED
    approved = [f for f, w in by_file.items() if w == "Hợp lệ"]
    assert approved and draft_file not in approved and read["unsigned_name"] not in approved
    # a reason not to count it is said before its being a draft
    assert result_word("Hợp lệ", key_state="Chưa ký", draft=True) == NOT_COUNTED_UNSIGNED
    assert result_word("Trùng", new=True, draft=True) == "Đã nhận (không giữ)"


def test_the_summary_counts_as_hop_le_only_the_files_counted(read):
    run = read["run"]
    words = [file_result_word(r) for r in run.results]
    counted = words.count("Hợp lệ")
    assert counted == run.counts["Hợp lệ"] - 2  # the draft and the unsigned file apart
    text = summary_text(run)
    assert text.startswith(f"Đã đọc {len(run.results)} tệp: Hợp lệ {counted}, Hợp lệ (dự thảo) 1, "
                           f"Hợp lệ chưa tính (chưa ký) 1, "), text
    assert f"Hợp lệ {run.counts['Hợp lệ']}" not in text
    # what the run's own summary says after its counts is said as it says it
    assert text.split(". ", 1)[1:] == run.summary_text.split(". ", 1)[1:]


def test_the_command_line_prints_the_words_and_counts_them_apart(read, tmp_path, capsys):
    data = tmp_path / "tinh"
    assert cli(["--data-dir", str(data), "province-setup", "--signer", "Hoàng Thị Ký"]) == 0
    capsys.readouterr()
    assert cli(["--data-dir", str(data), "consolidate", str(read["folder"]), "--period", PERIOD]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^Hợp lệ \(dự thảo\): ", out, re.M), out
    assert f"{NOT_COUNTED_UNSIGNED}: {read['unsigned_name']}" in out
    assert re.search(r"^Đã đọc \d+ tệp: Hợp lệ \d+, Hợp lệ \(dự thảo\) 1, Hợp lệ chưa tính \(chưa ký\) 1, ", out,
                     re.M), out


def test_the_workbook_says_the_draft_and_the_accepted_unsigned_unit(read, inbox, tmp_path):
    office = _accepted(read)
    con = office.consolidation(PERIOD)
    wb = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))
    log = wb[SHEET_INTAKE]
    assert log.cell(5, 4).value == "Kết quả" and log.cell(5, 6).value == "Mã ĐVHC"  # the column keeps its place
    words = {}
    for r in range(6, log.max_row + 1):
        words.setdefault(log.cell(r, 6).value, set()).add(log.cell(r, 4).value)
    assert words[inbox["draft"]] == {"Hợp lệ (dự thảo)"}
    assert "Hợp lệ (dự thảo)" not in set().union(*(w for c, w in words.items() if c != inbox["draft"]))
    units = wb[SHEET_COMPLETENESS]
    status = {units.cell(r, 2).value: units.cell(r, 5).value for r in range(6, units.max_row + 1)}
    assert status[read["unsigned"]] == "Đã nhận (chưa ký, đã chấp nhận)"
    assert status[inbox["draft"]].startswith("Dự thảo") and "chưa ký" not in status[inbox["draft"]]
    assert sum("chưa ký" in (s or "") for s in status.values()) == 1


def test_the_window_says_the_draft_the_count_apart_and_the_accepted_unsigned_unit(read, inbox, qtbot):
    """The province window's words (ui/province_labels) say what the core says: the tab's result,
    the run's line and the unit's status (they had kept plain "Hợp lệ", "Hợp lệ 90" and "Đã nhận")."""
    from ui import i18n
    from ui.province_labels import intake_summary_text, result_label, unit_status_text

    i18n.install_language(i18n.VIETNAMESE)
    run = read["run"]
    by_file = {r.file_name: result_label(r) for r in run.results}
    draft_file = next(r.file_name for r in run.results if r.unit_code == inbox["draft"] and r.kept)
    assert by_file[draft_file] == "Hợp lệ (dự thảo)"
    assert by_file[read["unsigned_name"]] == NOT_COUNTED_UNSIGNED
    counted = [file_result_word(r) for r in run.results].count("Hợp lệ")
    assert intake_summary_text(run).startswith(
        f"Đã đọc {len(run.results)} tệp: Hợp lệ {counted}, Hợp lệ (dự thảo) 1, Hợp lệ chưa tính (chưa ký) 1, ")
    office = _accepted(read)
    unit = next(u for u in office.consolidation(PERIOD).units if u.commune.code == read["unsigned"]).status
    assert unit_status_text(unit) == "Đã nhận (chưa ký, đã chấp nhận)"
