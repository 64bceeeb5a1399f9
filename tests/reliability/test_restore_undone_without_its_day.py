"""A re-approval after a restore names the report the province holds when the restore's record of the approval it
undid lacks that approval's date (S131: a record written without it): the number, date and code of that report,
never an empty "ngày", a date the record does not hold, or the report the history put back knew."""
from __future__ import annotations

import dataclasses

import pytest

from desktop_app import backups
from desktop_app.core import restore_undid
from desktop_app.core.pdf_signature import PdfVerdict
from tests.exports.test_paper_of_the_approval import _text, clock  # noqa: F401 (clock: the fixture)
from tests.signature.conftest import pki  # noqa: F401 (the fixture)
from tests.signature.test_paper_of_the_approval_checked import restored_and_approved_again
from tests.signature.test_pdf_of_another_report import office, received_check  # noqa: F401


def _without_day(written):
    def without(undone):
        found = written(undone)
        for a in found["approvals"]:
            a.pop("approved_at")
        return found
    return without


@pytest.mark.parametrize("record", ["without_the_key", "empty"])
def test_a_re_approval_names_the_report_held_without_the_undone_approval_s_day(
        record, pki, office, tmp_path, monkeypatch, clock):  # noqa: F811
    def restore(ws, backup):
        with monkeypatch.context() as m:  # the restore's record of the approval it undid holds no date
            if record == "empty":
                m.setattr(restore_undid, "written", lambda undone, w=restore_undid.written: w(dataclasses.replace(
                    undone, approvals=tuple(dataclasses.replace(a, approved_at="") for a in undone.approvals))))
            else:
                m.setattr(restore_undid, "written", _without_day(restore_undid.written))
            backups.restore(ws, backup)

    kept, lost, paper = restored_and_approved_again(pki, office, tmp_path, restore)
    text = _text(paper.pdf.read_bytes())
    line = text[text.index("Duyệt lại ngày"):text.index("(sau khôi phục).")]
    # the report the province holds, by its number, date and code; no day of an approval the record does not hold
    assert line.startswith(f"Duyệt lại ngày 04/12/2026, thay thế Báo cáo số 53/BC-UBND ngày 17/12/2026 (bản mã "
                           f"{lost[:16]}); lý do mở lại:"), line
    assert "Báo cáo số 38" not in line and kept[:16] not in line and "đã duyệt ngày" not in line, line
    check = received_check(office, tmp_path, paper.xlsx, paper.pdf.read_bytes(), name="hop-thu-55")
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()
    assert (f"tỉnh đã nhận của đơn vị bản mã {lost[:16]}, báo cáo đó số 53/BC-UBND ngày 17/12/2026 như bản tỉnh nhận"
            in check.pages_line()), check.pages_line()
    assert f"(thay bản mã {lost[:16]}, và lý do)" in check.pages_line() and "duyệt ngày ," not in check.pages_line(), \
        check.pages_line()  # what the province says the paper states: no empty day either
