"""An outside tool's signature in a field of its own (red-team R5 F4): VNPT-CA, Foxit and Adobe sign in
a new field, invisible or in a box the signer draws. The genuine export so signed was "Trang in khác số
liệu tệp Excel (tệp có ô chữ ký không phải của báo cáo: Signature1)", a false alarm; but a new field's
appearance may be drawn over a figure (R5 F5), or over the report's title and signer (R6 F2). Now such
a field is accepted when invisible (its appearance drawing nothing too), not compared ("Chưa so được
trang in với số liệu") when drawn inside the report's signature and seal area, and named with its page
anywhere else; a draft signed outside says a draft was signed, not that content was added."""
from __future__ import annotations

import io
import shutil

import pytest

from desktop_app.core.pdf_signature import LEADER_FIELD, PdfVerdict
from desktop_app.services import export_period
from desktop_app.signature_check import check_pdf_bytes
from exports.submission_reader import read_submission
from tests.exports.sample_data import REPORT_DATE
from tests.signature.conftest import P12_PASSWORD
from tests.signature.test_pdf_of_another_report import STEM, document, sent  # noqa: F401


def in_new_field(pki, pdf: bytes, box=None, page: int = -1, style=None) -> bytes:
    """`pdf` signed by the trusted leader in a new field "Signature1" (invisible without `box`), its
    appearance drawn in `style` (pyHanko's own without)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    out = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="Signature1"), stamp_style=style,
                      signer=signers.SimpleSigner.load_pkcs12(pki.leader_p12, passphrase=P12_PASSWORD.encode()),
                      new_field_spec=fields.SigFieldSpec("Signature1", box=box, on_page=page)
                      ).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False), output=out)
    return out.getvalue()


def leader_box(pdf: bytes) -> tuple[int, tuple[float, ...]]:
    """The page index and rectangle of the report's own signer's field."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    pages = [kid.reference for kid in reader.root["/Pages"].raw_get("/Kids")]
    field = next(f.get_object() for f in reader.root["/AcroForm"]["/Fields"] if f.get_object()["/T"] == LEADER_FIELD)
    return pages.index(field.raw_get("/P").reference), tuple(float(n) for n in field["/Rect"])


def checked(pki, xlsx, data: bytes):
    sub = read_submission(xlsx)
    return check_pdf_bytes(f"{STEM}_ky-so.pdf", data, [pki.root_der], "", document(sub), sub)


def test_a_new_invisible_field_is_the_report(pki, sent):  # noqa: F811
    check = checked(pki, sent["xlsx"], in_new_field(pki, sent["unsigned"].read_bytes()))
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()  # was "Trang in khác"


def test_an_outside_drawing_in_the_signature_block_is_not_compared(pki, sent):  # noqa: F811
    """Red-team R6 F2: a new field inside the signature and seal area whose appearance is a white box
    with another title and name, over "CHỦ TỊCH", "Đã ký số" and the signer's name, was "hợp lệ"."""
    from pyhanko.pdf_utils.content import RawContent
    from pyhanko.stamp import TextStampStyle

    unsigned = sent["unsigned"].read_bytes()
    page, (x1, y1, x2, y2) = leader_box(unsigned)
    cover = TextStampStyle(stamp_text="KT. CHU TICH\nPHO CHU TICH\n\nNguyen Van An", border_width=0,
                           background=RawContent(b"q 1 1 1 rg 0 0 2000 2000 re f Q"), background_opacity=1)
    check = checked(pki, sent["xlsx"], in_new_field(pki, unsigned, (x1 + 10, y1 + 5, x2 - 10, y2 - 5), page, cover))
    assert check.verdict == PdfVerdict.CHUA_SO_TRANG_IN and not check.ok, check.lines()
    assert check.pages_line().startswith(f"Trang in: hình chữ ký do công cụ khác vẽ trong ô chữ ký của báo cáo (trang "
                                         f"{page + 1}) không được so với báo cáo: xem bản in")


def test_a_new_field_in_the_signature_block_drawing_nothing_is_the_report(pki, sent):  # noqa: F811
    from pyhanko.pdf_utils.content import RawContent
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.stamp import StaticStampStyle

    unsigned = sent["unsigned"].read_bytes()
    page, (x1, y1, x2, y2) = leader_box(unsigned)
    empty = StaticStampStyle(border_width=0, background=RawContent(b"q Q", box=BoxConstraints(10, 10)))
    check = checked(pki, sent["xlsx"], in_new_field(pki, unsigned, (x1 + 10, y1 + 5, x2 - 10, y2 - 5), page, empty))
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()


@pytest.mark.parametrize("box", [(350, 100, 550, 160), (0, 0, 595, 842)])
def test_a_new_field_drawn_elsewhere_is_named_with_its_page(pki, sent, box):  # noqa: F811
    check = checked(pki, sent["xlsx"], in_new_field(pki, sent["unsigned"].read_bytes(), box, 0))
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN
    assert "(chữ ký đặt ngoài ô chữ ký của báo cáo, trang 1)" in check.pages_line()


def test_a_draft_signed_outside_is_said_to_be_a_draft(pki, approved, tmp_path):
    ws, _, _ = approved
    ws.reopen("2026", "Xem lại")
    draft = export_period(ws, "2026", tmp_path / "du-thao", report_date=REPORT_DATE)
    xlsx = shutil.copy2(draft.xlsx, tmp_path / "du-thao.xlsx")
    check = checked(pki, xlsx, in_new_field(pki, draft.pdf.read_bytes()))
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN
    assert "(bản DỰ THẢO của kỳ chưa duyệt được ký số: bản dự thảo không có ô chữ ký" in check.pages_line()
    assert "sau khi xuất, tệp được thêm hoặc sửa nội dung khác" not in check.pages_line()


def test_a_field_hidden_on_screen_but_printed_is_drawn(pki, sent):  # noqa: F811
    """NoView with Print: not shown on screen, printed on the paper over the figure; Hidden: neither;
    NoView with ToggleNoView: shown on mouse-over (red-team R6 F2)."""
    from pyhanko.pdf_utils.generic import NameObject, NumberObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    for flags, drawn in ((32 | 4, True), (2 | 4, False), (32 | 256, True)):  # 256 ToggleNoView: on mouse-over
        writer = IncrementalPdfFileWriter(io.BytesIO(sent["unsigned"].read_bytes()), strict=False)
        fields.append_signature_field(writer, fields.SigFieldSpec("Signature1", box=(350, 100, 550, 160), on_page=0))
        widget = next(f.get_object() for f in writer.root["/AcroForm"]["/Fields"]
                      if f.get_object()["/T"] == "Signature1")
        widget[NameObject("/F")] = NumberObject(flags)
        out = io.BytesIO()
        signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="Signature1"), output=out,
                         signer=signers.SimpleSigner.load_pkcs12(pki.leader_p12, passphrase=P12_PASSWORD.encode()))
        check = checked(pki, sent["xlsx"], out.getvalue())
        assert ("chữ ký đặt ngoài ô chữ ký của báo cáo" in check.pages_line()) is drawn, check.lines()
