"""The consolidated workbook's "Kết quả nhận tệp" printed after the province decided on keys
(walk-through finding 5): each file's reason is the one written when it was read ("Khóa ký mã …
chưa được xác nhận … (chitieu keys confirm …)"), so the sheet says, in its last column, what the
key is when the workbook is made, and under a reason whose key changed state since, that it did;
a reviewer reading the paper meets no command of the program's command line."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from desktop_app.core.intake import FileClass
from desktop_app.core.keys import UnitKey, held_reason, mismatch_reason, unsigned_reason
from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed
from desktop_app.intake_notes import pending_note
from exports.intake_results_sheet import INTAKE_HEADERS, SHEET_INTAKE, paper_reason
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, later, make_submissions

HEADERS_BEFORE = ("Lượt nhận", "Thời điểm", "Tệp", "Kết quả", "Lý do", "Mã ĐVHC", "Kỳ", "Mã xác thực")


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    """Four units' files read while their keys were new (pending) and one unsigned; then a file
    of the first unit signed by another key (refused); then the province confirms the first
    unit's key, revokes the second's, accepts the unsigned file and leaves the third pending.
    The workbook is written after that. Returns the units' submissions, the rows of the sheet by
    file name, every text on the sheet, and the log's reasons as stored."""
    from desktop_app.province import ProvinceOffice

    root = tmp_path_factory.mktemp("keys-now")
    codes = pick_units(4, 0)
    ws, subs = make_submissions(root / "files", codes[:3], PERIOD, data_dir=root / "db")
    ws.close()
    ws, unsigned = make_submissions(root / "files", codes[3:], PERIOD, data_dir=root / "db2", sign=False)
    ws.close()
    subs |= unsigned
    confirmed, revoked, pending, accepted = (subs[c] for c in codes)
    other_key = signed(later(confirmed, 90), new_private_key())

    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(_inbox(root / "in", {f"{s.file_stem}.xlsx": s for s in subs.values()}), PERIOD)
    office.intake(_inbox(root / "in2", {"may-khac.xlsx": other_key}), PERIOD)
    office.confirm_key(confirmed.unit_code, confirmed.key_code)
    office.revoke_key(revoked.unit_code)
    office.accept_unsigned(accepted.unit_code, PERIOD)
    stored = [log.reason for log in office.store.intake_log()]
    path = office.export_xlsx(PERIOD, root / "tong-hop.xlsx")
    office.close()

    ws = load_workbook(path)[SHEET_INTAKE]
    header = [c.value for c in ws[5]]
    rows = {r[2]: dict(zip(header, r)) for r in ws.iter_rows(min_row=6, values_only=True)}
    texts = [v for r in ws.iter_rows(values_only=True) for v in r if isinstance(v, str)]
    return {"subs": (confirmed, revoked, pending, accepted, other_key), "rows": rows, "texts": texts,
            "header": header, "stored": stored}


def _inbox(folder, files: dict):
    folder.mkdir(parents=True)
    for name, sub in files.items():
        delivered(write_submission(sub, folder / name), ON_TIME)
    return folder


def _row(sheet, sub):
    return sheet["rows"][f"{sub.file_stem}.xlsx"]


KEY = "Khóa ký, khi lập bảng"


def test_the_key_column_is_added_after_the_columns_others_read(sheet):
    assert tuple(sheet["header"]) == INTAKE_HEADERS and INTAKE_HEADERS[:9] == (*HEADERS_BEFORE, KEY)


def test_a_key_confirmed_after_its_file_was_read_reads_confirmed(sheet):
    """Read while pending, confirmed since: the row says so, when, and what it was then; the
    reason, as written then, is followed by what the key is now."""
    confirmed = sheet["subs"][0]
    row = _row(sheet, confirmed)
    assert row["Kết quả"] == FileClass.HOP_LE
    assert row[KEY].startswith(f"Mã {confirmed.key_code}: Đã xác nhận lúc ")
    assert row[KEY].endswith(", sau khi nhận tệp (khi nhận tệp: chờ xác nhận).")
    assert f"Khóa ký mã {confirmed.key_code} của đơn vị chưa được xác nhận" in row["Lý do"]
    assert row["Lý do"].endswith("rồi xác nhận, gõ mã in trên giấy. [Khi lập bảng này, khóa đã được xác nhận.]")


def test_a_revoked_key_reads_revoked(sheet):
    revoked = sheet["subs"][1]
    row = _row(sheet, revoked)
    assert row[KEY].startswith(f"Mã {revoked.key_code}: Thu hồi lúc ")
    assert row[KEY].endswith("(khi nhận tệp: chờ xác nhận); các bản khóa này ký không được tính.")
    assert row["Lý do"].endswith("[Khi lập bảng này, khóa đã bị thu hồi.]")


def test_a_key_still_pending_reads_pending_and_nothing_is_added(sheet):
    pending = sheet["subs"][2]
    row = _row(sheet, pending)
    assert row[KEY] == f"Mã {pending.key_code}: Chờ xác nhận."
    assert "Khi lập bảng này" not in row["Lý do"]


def test_an_unsigned_file_accepted_since_reads_accepted(sheet):
    row = _row(sheet, sheet["subs"][3])
    assert row[KEY].startswith("Chưa ký, đã chấp nhận lúc ")
    assert row[KEY].endswith(", sau khi nhận tệp (khi nhận tệp: chưa ký).")
    assert "chưa tính vào tổng hợp cho đến khi tỉnh chấp nhận." in row["Lý do"]
    assert row["Lý do"].endswith("[Khi lập bảng này, tệp chưa ký đã được tỉnh chấp nhận.]")


def test_a_file_refused_for_its_key_gives_the_units_key_now(sheet):
    """Refused for another key than the unit's, then pending: the unit's key is confirmed now."""
    confirmed, other = sheet["subs"][0], sheet["subs"][4]
    row = sheet["rows"]["may-khac.xlsx"]
    assert row["Kết quả"] == FileClass.CHU_KY_KHONG_KHOP
    assert f"khác khóa đang chờ xác nhận của đơn vị mã {confirmed.key_code}" in row["Lý do"]
    assert other.key_code in row["Lý do"]
    assert row[KEY].startswith(f"Khóa đơn vị đang dùng, mã {confirmed.key_code}: Đã xác nhận lúc ")
    assert row["Lý do"].endswith("[Khi lập bảng này, khóa đơn vị đang dùng đã được xác nhận.]")


def test_no_command_of_the_command_line_is_printed(sheet):
    """The log keeps the commands (the window and the command line show them); the paper not."""
    assert sum("(chitieu keys confirm" in r for r in sheet["stored"]) >= 4
    assert any("(chitieu unsigned accept" in r for r in sheet["stored"])
    # but the title's note, on how to check a file's "Báo cáo" sheet, which the window has no action for
    assert not [text for text in sheet["texts"] if "chitieu" in text.lower()]


def test_every_reason_that_names_a_command_reads_whole_without_it():
    """The reasons a file's line can carry, as printed: the sentence around each command
    closes as it did ("… rồi xác nhận.", "(xác nhận một khóa thì khóa kia bị thu hồi)")."""
    code = "GWDC-WSW7-ISDG-UIOJ"
    key = UnitKey(None, "05503", "pk", code, "Chờ xác nhận", "")
    other = UnitKey(None, "05506", "pk", code, "Chờ xác nhận", "")
    reasons = {
        pending_note(code, "05503"): "với mã in trên báo cáo giấy có chữ ký rồi xác nhận, gõ mã in trên giấy.",
        held_reason(code, "05503", "Xã A", [other], str): "trên giấy hoặc thu hồi khóa cho đơn vị kia.",
        mismatch_reason("t.xlsx", "Xã A", "AAAA-BBBB-CCCC-DDDD", key, None, "05503"):
            "rồi xác nhận mã đúng (xác nhận một khóa thì khóa kia bị thu hồi) và nhận lại tệp.",
        unsigned_reason("t.xlsx", "Xã A", key, "05503"): "thu hồi khóa đó rồi nhận lại tệp.",
    }
    for reason, ending in reasons.items():
        assert "chitieu" in reason
        printed = paper_reason(reason, None)
        assert "chitieu" not in printed and printed.endswith(ending), printed
        assert "  " not in printed and " )" not in printed and "( " not in printed
