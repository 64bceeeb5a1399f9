"""What "Kết quả nhận tệp" calls each file, in the window and in the workbook alike (walk 15, L2,
L4): a valid file not counted is not a plain green "Hợp lệ" (a reviewer reads it as counted), but
"Hợp lệ, chưa tính (chưa ký)" or "(khóa chờ đối chiếu)" in the colour the Tình hình tab gives its
unit's state; an earlier version received and not kept is "Đã nhận (không giữ)" in both, the exact
copy "Trùng" in both (the workbook called both "Trùng")."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from PySide6.QtCore import Qt

from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.intake import NOT_KEPT, FileClass
from desktop_app.core.intake_results import (
    NOT_COUNTED_HELD,
    NOT_COUNTED_REVOKED,
    NOT_COUNTED_UNSIGNED,
    result_word,
)
from desktop_app.core.keys import UNSIGNED, UNSIGNED_ACCEPTED, KeyState
from exports.consolidated_xlsx import write_consolidated
from exports.intake_results_sheet import INTAKE_HEADERS, SHEET_INTAKE
from exports.sheet_layout import column_px, text_lines
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import (
    ON_TIME,
    delivered,
    forged_by_a_neighbour,
    later,
    make_submissions,
)

HELD_T, HELD_D = "1-tan-cuong.xlsx", "2-dai-phuc-ky-may-khac.xlsx"
UNSIGNED_FILE, NEWER, OLDER, COPY = "3-chua-ky.xlsx", "4-ban-sau (1).xlsx", "4-ban-sau.xlsx", "5-ban-sao.xlsx"


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    """Two units whose files one key signed (both held), an unsigned file, a unit's later re-export
    read before its first file (that one received, not kept) and an exact copy of the later one."""
    root = tmp_path_factory.mktemp("intake-words")
    t_code, d_code, u_code, v_code = pick_units(4, 0)
    shared = forged_by_a_neighbour(root / "shared", t_code, d_code)
    ws, unsigned = make_submissions(root / "u", [u_code], PERIOD, data_dir=root / "db-u", sign=False)
    ws.close()
    ws, subs = make_submissions(root / "v", [v_code], PERIOD, data_dir=root / "db-v")
    ws.close()
    folder = root / "inbox"
    folder.mkdir()
    files = {HELD_T: shared["t"], HELD_D: shared["forged"], UNSIGNED_FILE: unsigned[u_code],
             NEWER: later(subs[v_code], 90), OLDER: subs[v_code]}
    for name, sub in files.items():
        delivered(write_submission(sub, folder / name), ON_TIME)
    shutil.copy2(folder / NEWER, folder / COPY)
    return folder


EXPECTED = {HELD_T: NOT_COUNTED_HELD, HELD_D: NOT_COUNTED_HELD, UNSIGNED_FILE: NOT_COUNTED_UNSIGNED,
            NEWER: "Hợp lệ", OLDER: NOT_KEPT, COPY: "Trùng"}


def test_the_rule_names_a_valid_file_not_counted():
    assert result_word(FileClass.HOP_LE, key_state=KeyState.CHO) == "Hợp lệ"
    assert result_word(FileClass.HOP_LE, key_state=UNSIGNED_ACCEPTED) == "Hợp lệ"
    assert result_word(FileClass.HOP_LE, key_state=UNSIGNED) == "Hợp lệ, chưa tính (chưa ký)"
    assert result_word(FileClass.HOP_LE, key_state=KeyState.CHO, held=True) == "Hợp lệ, chưa tính (khóa chờ đối chiếu)"
    assert result_word(FileClass.HOP_LE, key_state=KeyState.THU_HOI) == NOT_COUNTED_REVOKED
    assert result_word(FileClass.TRUNG, new=True) == "Đã nhận (không giữ)"
    assert result_word(FileClass.TRUNG) == "Trùng"
    assert result_word(FileClass.TEP_HONG) == "Tệp hỏng"


def _sheet_results(path):
    ws = load_workbook(path)[SHEET_INTAKE]
    rows = list(ws.iter_rows(min_row=1))
    head = next(i for i, r in enumerate(rows) if r[0].value == INTAKE_HEADERS[0])
    name, result = INTAKE_HEADERS.index("Tệp"), INTAKE_HEADERS.index("Kết quả")
    width = ws.column_dimensions[get_column_letter(name + 1)].width
    return {r[name].value: r[result] for r in rows[head + 1:] if r[name].value}, rows[head + 1][name], width


def test_the_window_and_the_workbook_say_the_same(qtbot, office, inbox, tmp_path):
    from ui import i18n
    from ui.province_labels import STATUS_COLOURS
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=dt.date(2026, 7, 1))
    qtbot.addWidget(w)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    w.show()
    with qtbot.waitSignal(w.intake_done, timeout=60_000):
        w.start_intake(inbox)
    units = {u.code: u.status for u in office.checked_completeness(PERIOD).units}
    assert sorted(units[c] for c in pick_units(4, 0)[:3]) == sorted(
        [ReportStatus.CHO_DOI_CHIEU, ReportStatus.CHO_DOI_CHIEU, ReportStatus.CHUA_KY])

    # the workbook: the core's words, each not counted in its unit's colour, and the file's name
    # wrapped and centred like the rest of its row
    sheet, first, width = _sheet_results(write_consolidated(office.consolidation(PERIOD), tmp_path / "tong-hop.xlsx"))
    assert {name: cell.value for name, cell in sheet.items()} == EXPECTED
    fill = {name: cell.fill.fgColor.rgb[-6:] for name, cell in sheet.items()}
    assert fill[HELD_T] == STATUS_COLOURS[ReportStatus.CHO_DOI_CHIEU][0][1:].upper()
    assert fill[UNSIGNED_FILE] == STATUS_COLOURS[ReportStatus.CHUA_KY][0][1:].upper()
    assert fill[NEWER] == STATUS_COLOURS[ReportStatus.DA_NHAN][0][1:].upper()
    assert first.alignment.wrap_text and first.alignment.vertical == "center"
    # the longest unit's file name, and a second copy's, on one line (a longer one wraps)
    for name in ("2026-9M_05443_phuong-phan-dinh-phung.xlsx", "2026-9M_05455_phuong-quyet-thang (1).xlsx"):
        assert text_lines(name, column_px(width), False) == 1

    # the window: the same results, in the same colours (English: the source words, translated or not)
    model = w.intake_model
    i18n.install_language(i18n.ENGLISH)
    try:
        shown = {r.file_name: (model.index(n, 1).data(), model.index(n, 1).data(Qt.ItemDataRole.BackgroundRole).name())
                 for n, r in enumerate(model.rows)}
    finally:
        i18n.install_language(i18n.VIETNAMESE)
    assert shown == {
        HELD_T: ("Valid, not counted (key to be checked)", STATUS_COLOURS[ReportStatus.CHO_DOI_CHIEU][0]),
        HELD_D: ("Valid, not counted (key to be checked)", STATUS_COLOURS[ReportStatus.CHO_DOI_CHIEU][0]),
        UNSIGNED_FILE: ("Valid, not counted (unsigned)", STATUS_COLOURS[ReportStatus.CHUA_KY][0]),
        NEWER: ("Valid", STATUS_COLOURS[ReportStatus.DA_NHAN][0]),
        OLDER: ("Received (not kept)", "#eceff1"),
        COPY: ("Duplicate", STATUS_COLOURS[ReportStatus.DA_NHAN][0]),
    }


def test_the_command_line_says_the_same(inbox, tmp_path, capsys):
    """`chitieu consolidate` (text and --json) calls each file what the window calls it: its
    unsigned file is not a plain "Hợp lệ" there either."""
    from desktop_app.cli import run

    data = tmp_path / "tinh"
    assert run(["--data-dir", str(data), "province-setup", "--signer", "Hoàng Thị Ký"]) == 0
    capsys.readouterr()
    assert run(["--data-dir", str(data), "consolidate", str(inbox), "--period", PERIOD, "--json"]) == 0
    files = json.loads(capsys.readouterr().out)["files"]
    assert {f["file"]: f["result"] for f in files} == EXPECTED
    assert {f["file"]: f["class"] for f in files}[UNSIGNED_FILE] == "Hợp lệ"  # what intake decided, as before
    again = tmp_path / "tinh-2"  # a province reading the folder for the first time, in text
    assert run(["--data-dir", str(again), "province-setup", "--signer", "Hoàng Thị Ký"]) == 0
    assert run(["--data-dir", str(again), "consolidate", str(inbox), "--period", PERIOD]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith(f"{NOT_COUNTED_UNSIGNED}: {UNSIGNED_FILE}: ") for line in lines)
