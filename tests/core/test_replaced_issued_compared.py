"""The number and date a re-approval's paper says the replaced report was issued with ("thay thế Báo cáo số
45/BC-UBND ngày 08/04/2026 (bản mã …)", from 0.3.0) are compared with the version of that approval the province
received, whose workbook carries them; when it carries none they are said to be the unit's word. Red-team R30 F3:
a paper naming "số 99/BC-UBND ngày 01/01/2020" for a version held was said "tỉnh đã nhận … bản mã …", the number
neither compared nor said to be unchecked."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from types import SimpleNamespace

from desktop_app.core.replaced_received import HeldApproval, replaced_received
from desktop_app.core.report_info import read_replaces
from desktop_app.signed_pages import _held
from exports.submission_reader import read_submission

CODE = "6ff1b4b7" + "0" * 56
DATA = Path(__file__).resolve().parents[1] / "exports" / "data"
THIS_AT = "2026-04-10T09:00:00+07:00"
HELD_AT = "2026-04-05T09:00:00+07:00"


def note(held_issued):
    sub = dataclasses.replace(read_submission(DATA / "2030_05443_phuong-phan-dinh-phung_paper_gap_2028.xlsx"),
                              approved=True, approved_at=THIS_AT)
    stated, wrong = read_replaces(json.dumps({
        "approved_at": HELD_AT, "fingerprint": CODE, "reason": "Sửa số", "reopened": True,
        "issued": {"doc_number": "45", "symbol": "BC-UBND", "report_date": "2026-04-08"}}), THIS_AT)
    assert wrong == ""
    return replaced_received(stated, (HeldApproval(CODE, HELD_AT, "Đã xác nhận", held_issued),), sub)


def test_the_number_and_date_of_the_version_held_are_compared():
    ok, said = note(("45", "BC-UBND", "2026-04-08"))
    assert ok is True
    assert said.startswith("tỉnh đã nhận của đơn vị bản mã 6ff1b4b700000000 duyệt ngày 05/04/2026, báo cáo đó số "
                           "45/BC-UBND ngày 08/04/2026 như bản tỉnh nhận; lý do mở lại là lời đơn vị ghi")
    assert note(("45/BC-UBND", "BC-UBND", "2026-04-08"))[0] is True  # typed with its symbol


def test_another_number_or_date_than_the_version_held_contradicts_it():
    ok, said = note(("44", "BC-UBND", "2026-04-07"))
    assert ok is False
    assert said == ("báo cáo ghi thay thế bản mã 6ff1b4b700000000 duyệt ngày 05/04/2026, nhưng bản đó tỉnh nhận ghi "
                    "báo cáo số 44/BC-UBND ngày 07/04/2026, báo cáo này ghi số 45/BC-UBND ngày 08/04/2026: hỏi lại đơn "
                    "vị trước khi dựa vào dòng này")


def test_a_version_held_without_them_says_they_are_the_unit_s_word():
    ok, said = note(None)
    assert ok is True
    assert ("báo cáo đó số 45/BC-UBND ngày 08/04/2026 là lời đơn vị ghi (bản tỉnh nhận không ghi số, ngày nên chưa "
            "đối chiếu được)") in said


def test_the_province_reads_them_from_the_version_it_stored():
    document = json.dumps({"approved_at": HELD_AT, "doc_number": "45", "doc_symbol": "BC-UBND",
                           "report_date": "2026-04-08"})
    store = SimpleNamespace(received_document=lambda rid: (None, None, document))
    held = _held(store, SimpleNamespace(id=7, approved=True, fingerprint=CODE), "Đã xác nhận")
    assert held == HeldApproval(CODE, HELD_AT, "Đã xác nhận", ("45", "BC-UBND", "2026-04-08"))
    draft = _held(store, SimpleNamespace(id=8, approved=False, fingerprint=CODE), "")
    assert (draft.approved_at, draft.issued) == ("", None)
