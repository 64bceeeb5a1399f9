"""The province window in English says what it found of each unit's signed report PDF in English (S135).

The lines of a PDF's check (`PdfCheck`, `core.pdf_said`: under the tables, in the signature column and its
tooltip) were Vietnamese only, led by "The program says (in Vietnamese):", whatever the check found: a valid
signed PDF, one whose pages are not the program's render, one replacing an approval the province holds (and
the clock note of red-team R32 F2), an unsigned one, another unit's, one of another version of the program.
The files are the project's own: signed workbooks and the report PDF its renderer prints, signed by the
leader's certificate under the province's trusted root. The Vietnamese stays as it was."""
from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.pdf_signature import LEADER_FIELD
from desktop_app.trust_roots import import_trust_roots
from exports.rendered_report import rendered_report
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import (
    KEYS,
    make_submissions,
    shown_window,
    sign_with,
)
from tests.province.test_replaced_by_signed_word import _replacing, _send
from tests.signature.conftest import P12_PASSWORD, pki  # noqa: F401 (the fixture)
from tests.signature.test_edited_pdf_not_signed import overlay, red_text
from tests.ui.conftest import shot
from ui import i18n

FIGURE = "thu_ngan_sach"
TODAY = dt.date(2026, 6, 25)
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def _version(sub, approved_at: str, figure: str, number: str, **changes):
    """`sub` approved at `approved_at` (Vietnam time), with `figure`, issued as Báo cáo số `number`, signed again."""
    items = tuple(replace(i, value=figure, input_value=figure) if i.code == FIGURE else i for i in sub.items)
    at = dt.datetime.fromisoformat(approved_at)
    out = replace(sub, items=items, approved_at=f"{approved_at}+07:00",
                  generated_at=f"{(at + dt.timedelta(minutes=5)).isoformat()}+07:00", doc_number=number,
                  report_date=at.date(), stated_fingerprint=None, **changes)
    return sign_with(out, KEYS[sub.public_key])


def _signed(pki, pdf: bytes) -> bytes:  # noqa: F811
    """`pdf` signed by the unit's leader in its field."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    out = io.BytesIO()
    signer = signers.SimpleSigner.load_pkcs12(pki.leader_p12, passphrase=P12_PASSWORD.encode())
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False),
                     signers.PdfSignatureMetadata(field_name=LEADER_FIELD), signer=signer, output=out,
                     existing_fields_only=True)
    return out.getvalue()


@pytest.fixture(scope="module")
def subs(tmp_path_factory):
    root = tmp_path_factory.mktemp("pdf-checks-in-english")
    ws, made = make_submissions(root, pick_units(7, 0), PERIOD, data_dir=root / "db")
    ws.close()
    return list(made.values())


@pytest.fixture
def window(qtbot, office, pki, subs, tmp_path):  # noqa: F811
    """The province window after reading each unit's files: the earlier approvals read first (by the office),
    then a folder of each unit's last file and its PDF in a sub-folder of its own, read by the window."""
    import_trust_roots(office, [pki.root_pem])
    valid, replacing, clock, edited, unsigned, other, paper = subs
    first = _version(replacing, "2026-06-15T09:00:00", "104800", "12")
    again = _version(replacing, "2026-06-16T09:00:00", "150000", "13")
    c1 = _version(clock, "2026-06-15T09:00:00", "104800", "12")
    c2 = _version(clock, "2031-03-02T09:00:00", "140000", "13")
    c3 = _version(clock, "2026-06-16T09:00:00", "150000", "14")
    p1 = _version(paper, "2026-06-15T09:00:00", "104800", "12")
    p2 = _version(paper, "2026-06-16T09:00:00", "150000", "13", app_version="9.9.9")  # a later program's
    for name, sub, pdf in (("r1", first, rendered_report(first)), ("c1", c1, rendered_report(c1)),
                           ("c2", c2, rendered_report(c2, _replacing(c1))), ("p1", p1, rendered_report(p1))):
        office.intake(_send(tmp_path / "before" / name, sub, _signed(pki, pdf)), PERIOD)
    inbox = tmp_path / "inbox"
    for name, sub, pdf in (
            ("valid", valid, _signed(pki, rendered_report(valid))),
            ("replacing", again, _signed(pki, rendered_report(again, _replacing(first)))),
            ("clock", c3, _signed(pki, rendered_report(c3, _replacing(c2)))),
            ("edited", edited, _signed(pki, overlay(rendered_report(edited), red_text, incremental=True))),
            ("unsigned", unsigned, rendered_report(unsigned)),
            ("other", other, _signed(pki, rendered_report(valid))),
            ("paper", p2, _signed(pki, rendered_report(p2, _replacing(p1))))):
        _send(inbox / name, sub, pdf)
    w = shown_window(qtbot, office, PERIOD, TODAY)
    with qtbot.waitSignal(w.intake_done, timeout=120000):
        w.start_intake(inbox, None)
    yield w
    i18n.switch_language(i18n.VIETNAMESE)


def _words(window) -> dict[str, list[str]]:
    """Each unit's PDF as the window says it (by its code): the note under "Reports sent" when the unit is
    chosen, the signature cell and its tooltip; and the details under "Files received" of its file read."""
    from ui.province_intake_rows import SIGNATURE

    model, said = window.model, {}
    for row, u in enumerate(model.rows):
        if u.code not in model.signatures:
            continue
        window._show_note(window.proxy.mapFromSource(model.index(row, 0)))
        cell = model.index(row, SIGNATURE)
        said[u.code] = [window.unit_note.text().split("\n", 1)[1], model.data(cell, Qt.ItemDataRole.DisplayRole),
                        model.data(cell, Qt.ItemDataRole.ToolTipRole)]
    files = window.intake_model
    for row, r in enumerate(files.rows):
        if r.unit_code in said:
            window._show_file(window.intake_proxy.mapFromSource(files.index(row, 0)))
            said[r.unit_code].append(window.file_pdf.text())
    return said


def _names(window) -> list[str]:
    """What the words quote as they are: the units', signers', certificates' and the program's names, and the
    paper's "Duyệt lại …" line."""
    from desktop_app.core.pdf_said import as_read

    checks = [as_read(c) for c in window.model.signatures.values()]
    signed = [name for c in checks for s in c.signatures for name in (s.signer, s.organisation, s.issuer)]
    return sorted({*(u.name for u in window.model.rows), *signed, "Chỉ tiêu xã", "“Duyệt lại …”"}, key=len,
                  reverse=True)


def test_the_english_window_says_what_each_pdf_check_found_in_english(qtbot, window, subs):
    i18n.switch_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Reports &sent", timeout=10000)
    said, names = _words(window), _names(window)
    assert len(said) == len(subs) and all(len(texts) == 4 for texts in said.values()), said
    shot(window, "s135-pdf-checks-en-files")
    window.tabs.setCurrentIndex(0)
    row = next(n for n, u in enumerate(window.model.rows) if u.code == subs[2].unit_code)  # the clock's note
    window.table.selectRow(window.proxy.mapFromSource(window.model.index(row, 0)).row())
    shot(window, "s135-pdf-checks-en-sent")
    for code, texts in said.items():
        for text in texts:
            assert "in Vietnamese" not in text, text
            bare = text
            for name in names:
                bare = bare.replace(name, "")
            assert not VIETNAMESE.search(bare), (code, VIETNAMESE.findall(bare), text)
    valid, replacing, clock, edited, unsigned, other, paper = (said[s.unit_code] for s in subs)
    assert valid[1] == "Valid digital signature: Trần Thị Bình"
    assert "Content: the PDF states it is the report of unit" in valid[0]
    assert "the province received the version" in replacing[2], replacing[2]
    assert ("the unit's computer clock was wrong at one of the two approvals (the software writes so when an "
            "administrator confirmed the clock ran fast at the approval replaced, then reopened the period)") in clock[0]
    assert edited[1].startswith("Printed pages differ from the Excel file's figures"), edited[1]
    assert "after export, content other than signatures was added to the file or changed" in edited[3]
    assert unsigned[1] == "PDF not digitally signed" and "The file has no digital signature" in unsigned[2]
    assert other[1].startswith(f"PDF of another unit/period (unit {subs[0].unit_code}, "), other[1]
    assert "the Excel file was made by version 9.9.9 of the software, later than this computer's version" in paper[0]
    assert "the PDF states replacing report number 12/BC-UBND, dated 15/06/2026" in paper[0], paper[0]


def test_the_vietnamese_window_says_them_as_before(window, subs):
    said = _words(window)
    valid, replacing, clock, edited, unsigned, other, paper = (said[s.unit_code] for s in subs)
    assert valid[1] == "Chữ ký số hợp lệ: Trần Thị Bình"
    assert valid[0].startswith("Báo cáo PDF gửi kèm ") and "The program" not in valid[0]
    assert ("; bản được thay ghi duyệt lúc 09:00 02/03/2031, sau lần duyệt lại này (09:00 16/06/2026): đồng hồ máy "
            "tính của đơn vị đã chạy sai ở một trong hai lần duyệt (phần mềm ghi như vậy khi quản trị viên xác nhận "
            "đồng hồ lúc duyệt bản được thay đã chạy nhanh rồi mở lại kỳ).") in clock[0]
    assert ", báo cáo đó số 12/BC-UBND ngày 15/06/2026 như bản tỉnh nhận; lý do mở lại là lời đơn vị ghi (tệp Excel " \
        "không ghi lý do nên không đối chiếu được)." in replacing[0]
    assert edited[1] == "Trang in khác số liệu tệp Excel (tệp lưu lại 1 lần sau khi xuất, trước khi ký): Trần Thị Bình"
    assert "Tệp không có chữ ký số nào (bản xuất chưa ký; tệp đã ký số có tên kết thúc bằng _ky-so.pdf)." in unsigned[2]
    assert f"PDF của đơn vị/kỳ khác (đơn vị {subs[0].unit_code}, 6 tháng đầu năm 2026; tệp Excel: đơn vị " in other[1]
    assert "tệp Excel lập bằng phiên bản 9.9.9 của phần mềm, mới hơn phiên bản máy này" in paper[0], paper[0]


def test_a_stored_check_keeps_its_notes_english_and_one_stored_before_quotes_them_in_vietnamese():
    """The window reads each check as the province stored it: a note made with its English keeps it; a check
    stored before the notes had one says its note in Vietnamese, and that it is (never half guessed)."""
    import json

    from desktop_app.core.pdf_signature import PdfCheck
    from desktop_app.core.words import Words

    note = Words("nội dung khác báo cáo phần mềm in từ số liệu đó",
                 "its content is not the report the software prints from those figures")
    check = PdfCheck("x_ky-so.pdf", "ab" * 32, pages_match=False, pages_note=note)
    stored = json.loads(json.dumps(check.as_json()))
    again = PdfCheck.from_json(stored).pages_line()
    assert again == check.pages_line() and again.startswith("Trang in: tệp x_ky-so.pdf KHÔNG phải báo cáo")
    assert "(its content is not the report the software prints from those figures)" in again.en, again.en
    del stored["pages_note_en"]
    before = PdfCheck.from_json(stored).pages_line()
    assert before == check.pages_line()
    assert "(“nội dung khác báo cáo phần mềm in từ số liệu đó” (in Vietnamese))" in before.en, before.en


def test_every_verdict_has_its_english():
    from desktop_app.core.pdf_signature import PdfVerdict
    from desktop_app.core.pdf_words import VERDICTS_EN

    assert set(VERDICTS_EN) == {str(v) for v in PdfVerdict}


def test_why_a_signature_is_not_trusted_is_said_in_english_too(pki, subs):  # noqa: F811
    """A province that has imported no root certificate yet: "Chứng thư số không tin cậy" and why, in both languages,
    as the check is stored and read back."""
    import json

    from desktop_app.core.pdf_said import check_sentences
    from desktop_app.core.pdf_signature import PdfCheck
    from desktop_app.signature_check import check_pdf_bytes

    valid = subs[0]
    check = check_pdf_bytes("x_ky-so.pdf", _signed(pki, rendered_report(valid)), [], "")
    stored = PdfCheck.from_json(json.loads(json.dumps(check.as_json())))
    said = check_sentences(stored)
    assert "Người có thẩm quyền Trần Thị Bình: Chứng thư số không tin cậy (chưa có chứng thư gốc nào được nhập để " \
        "đối chiếu)." in said, said
    assert "Authorised signer Trần Thị Bình: Certificate not trusted (no root certificate has been imported to " \
        "check it against)." in said.en, said.en
    assert "  Trust: NOT trusted: no root certificate has been imported to check it against" in \
        [line.en for line in stored.lines()]
