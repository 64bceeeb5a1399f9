"""What the consolidated workbook and report PDF print of each unit is read on paper: a unit's
"Ghi chú" on "Tình hình gửi báo cáo" says the state and what the province does in words,
without the commands of the program's command line that the window and `chitieu consolidate`
print with it ("(chitieu unsigned accept …)", "(chitieu keys confirm …)")."""
from __future__ import annotations

import subprocess

import pytest
from openpyxl import load_workbook

from desktop_app.cli import run
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import KEYS, ON_TIME, delivered, make_submissions, sign_with
from exports.submission_xlsx import write_submission


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """A period read from four units: one signed by its own new key (pending), one signed by
    another unit's key as well as that unit's own file (a shared key, pending: both held), and
    one unsigned; then `chitieu consolidate --xlsx --pdf`. Returns the units, what the command
    printed, the workbook's texts by sheet, the notes by unit code, and the PDF's text."""
    from desktop_app.province import ProvinceOffice

    root = tmp_path_factory.mktemp("notes-on-paper")
    t_code, d_code, a_code, u_code = pick_units(4, 0)
    ws, subs = make_submissions(root / "signed", [t_code, d_code, a_code], PERIOD, data_dir=root / "db1")
    ws.close()
    ws, unsigned = make_submissions(root / "unsigned", [u_code], PERIOD, data_dir=root / "db2", sign=False)
    ws.close()
    forged = sign_with(subs[d_code], KEYS[subs[t_code].public_key])
    inbox = root / "in"
    inbox.mkdir()
    for name, sub in {"t.xlsx": subs[t_code], "d.xlsx": forged, "a.xlsx": subs[a_code],
                      "u.xlsx": unsigned[u_code]}.items():
        delivered(write_submission(sub, inbox / name), ON_TIME)
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.close()

    xlsx, pdf = root / "tong-hop.xlsx", root / "tong-hop.pdf"
    assert run(["--data-dir", str(root / "tinh"), "consolidate", str(inbox), "--period", PERIOD,
                "--xlsx", str(xlsx), "--pdf", str(pdf), "--date", "2026-07-02"]) == 0
    book = load_workbook(xlsx)
    texts = {ws.title: [v for r in ws.iter_rows(values_only=True) for v in r if isinstance(v, str)] for ws in book}
    sheet = book["Tình hình gửi báo cáo"]
    header = [c.value for c in sheet[5]]
    notes = {r[1]: dict(zip(header, r))["Ghi chú"] for r in sheet.iter_rows(min_row=6, values_only=True)}
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    return {"codes": (t_code, d_code, a_code, u_code), "key": subs[t_code].key_code, "texts": texts,
            "notes": notes, "pdf": text}


def test_no_command_is_printed_in_the_workbook_or_the_pdf(printed):
    for title, texts in printed["texts"].items():
        # but the title's note, on how to check a file's "Báo cáo" sheet, which the window has no action for
        assert not [t for t in texts if "chitieu" in t.lower()], title
    assert "chitieu" not in printed["pdf"].lower()


def test_each_note_says_the_state_and_what_to_do_in_whole_sentences(printed):
    t_code, d_code, a_code, u_code = printed["codes"]
    notes = printed["notes"]
    assert notes[u_code] == "Chỉ nhận được bản chưa ký: chưa tính vào tổng hợp cho đến khi tỉnh chấp nhận."
    for code, other in ((t_code, d_code), (d_code, t_code)):  # the shared key: compare, then confirm or revoke
        assert f"Đối chiếu mã khóa {printed['key']} với mã in trên báo cáo giấy" in notes[code]
        assert notes[code].endswith("rồi xác nhận khóa cho đơn vị có mã đó trên giấy hoặc thu hồi khóa cho "
                                    "đơn vị kia.")
    for note in notes.values():
        assert note is None or ("  " not in note and "( " not in note and " )" not in note and " ." not in note)
