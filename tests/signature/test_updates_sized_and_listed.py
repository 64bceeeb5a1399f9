"""No update of a signed PDF makes a viewer rebuild its cross-reference by its /Size or by an object
stream, and every viewer reads its cross-reference stream (red-team R12). F1: the genuine export signed
by the trusted leader in its own field was "Chữ ký số hợp lệ" when the signature's update also wrote a
copy of the last page's content drawing "950.000" over "150.000", an object stream (listed as a plain object) holding
the last page with /Contents that copy, which no cross-reference entry said was there, and a trailer
/Size below the numbers it listed: MuPDF said "incorrect number of xref entries in trailer, repairing",
its rebuild read the object stream and printed "950.000". F2: an update's cross-reference stream with
/W [1 9 2] (an offset in 9 bytes), which pyHanko reads and poppler does not (it printed nothing); MuPDF
rebuilds its cross-reference for it. Each is
now "PDF không đọc được", naming what is wrong; pyHanko's own signing stays "hợp lệ"."""
from __future__ import annotations

import io

import pytest

from desktop_app.core.pdf_signature import LEADER_FIELD, PdfVerdict
from tests.signature.test_outside_signature_field import checked
from tests.signature.test_pdf_of_another_report import sent  # noqa: F401
from tests.signature.test_updates_read_strictly import WHY, _signer

UPDATE_1 = "phần lưu thêm thứ 1 sau bản xuất không đọc được chặt chẽ ("


def _signed(pki, pdf: bytes, size: int | None = None, orphan: bool = False, widths: bool = False) -> bytes:
    """`pdf` signed by pyHanko with the trusted leader's key in the report's own field, the signature's
    update also holding, with `orphan`, a copy of the last page's content with its "98,81" (%) made "100"
    and an object stream, listed as a plain object, holding the last page with /Contents that copy (no
    entry lists the page there); with `size`, its trailer saying /Size `size`; with `widths`, written as
    a cross-reference stream whose offsets take 9 bytes (/W [1 9 2])."""
    from pyhanko.pdf_utils import generic, xref
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    name = generic.NameObject
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    writer.stream_xrefs = widths
    if orphan:
        kids = writer.root["/Pages"].raw_get("/Kids")
        page = kids.raw_get(len(kids) - 1)
        contents = page.get_object().raw_get("/Contents")
        ref = contents.reference if isinstance(contents, generic.IndirectObject) else contents[-1].reference
        content = writer.get_object(ref).data
        assert b"(98,81)" in content
        copy = writer.add_object(generic.StreamObject(stream_data=content.replace(b"(98,81)", b"(100)")))
        drawn = generic.DictionaryObject(dict(page.get_object()))
        drawn[name("/Contents")] = copy
        out = io.BytesIO()
        drawn.write_to_stream(out, None)
        header = b"%d 0 " % page.reference.idnum
        writer.add_object(generic.StreamObject({name("/Type"): name("/ObjStm"), name("/N"): generic.NumberObject(1),
                                                name("/First"): generic.NumberObject(len(header))},
                                               stream_data=header + out.getvalue()))
    if size is not None:
        own = writer._write_objects

        def writing(stream, positions):
            own(stream, positions)
            writer._lastobj_id = size - 1  # pyHanko writes /Size as the last object's number + 1

        writer._write_objects = writing
    streamed = xref.XRefStream.write_to_stream

    def wide(self, stream, handler=None, container_ref=None):
        streamed(self, io.BytesIO(), handler, container_ref)  # lays out /Index and rows of 1 + 8 + 2 bytes
        rows = bytes(self.data)
        self[name("/W")] = generic.ArrayObject(map(generic.NumberObject, (1, 9, 2)))
        self._data = b"".join(rows[at:at + 1] + b"\0" + rows[at + 1:at + 11] for at in range(0, len(rows), 11))
        self._encoded_data = None
        generic.StreamObject.write_to_stream(self, stream, handler, container_ref)

    if widths:
        xref.XRefStream.write_to_stream = wide
    try:
        return signers.PdfSigner(signers.PdfSignatureMetadata(field_name=LEADER_FIELD), signer=_signer(pki)
                                 ).sign_pdf(writer).getvalue()
    finally:
        xref.XRefStream.write_to_stream = streamed


@pytest.mark.parametrize(("size", "orphan", "why"), [
    (26, True, "đối tượng "),  # R12 F1 as found
    (26, False, "bảng tham chiếu ghi /Size 26, không lớn hơn số đối tượng"),  # the rebuild's trigger alone
    (None, True, "đối tượng "),  # the object stream nothing lists its object in, alone
])
def test_no_size_or_object_stream_makes_a_viewer_rebuild(pki, sent, size, orphan, why):  # noqa: F811
    """Red-team R12 F1: each "Chữ ký số hợp lệ" before."""
    check = checked(pki, sent["xlsx"], _signed(pki, sent["unsigned"].read_bytes(), size=size, orphan=orphan))
    assert check.verdict == PdfVerdict.KHONG_DOC_DUOC and not check.ok, check.lines()
    assert check.unreadable.startswith("Tệp PDF 2026_") and WHY in check.unreadable
    assert UPDATE_1 + why in check.unreadable, check.unreadable
    if orphan:
        assert ", thứ 1 trong luồng đối tượng " in check.unreadable and "không được bảng tham chiếu ghi ở đó" \
            in check.unreadable


def test_a_size_smaller_than_the_update_before_is_not_read(pki, sent):  # noqa: F811
    """An update saying a /Size 40 more than the export's, then one saying the export's (each above the
    numbers it lists), then the signature: pyHanko reading strictly refuses sizes that go down."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    data = sent["unsigned"].read_bytes()
    exported = int(IncrementalPdfFileWriter(io.BytesIO(data), strict=False).trailer["/Size"])
    for size in (exported + 40, exported):
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        info = writer.trailer["/Info"]
        info[generic.NameObject("/Producer")] = generic.TextStringObject(f"Công cụ {size}")
        writer.update_container(info)
        writer._lastobj_id = size - 1
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    check = checked(pki, sent["xlsx"], _signed(pki, data))
    assert check.verdict == PdfVerdict.KHONG_DOC_DUOC and not check.ok, check.lines()
    assert f"phần lưu thêm thứ 2 sau bản xuất không đọc được chặt chẽ (bảng tham chiếu ghi /Size {exported}, nhỏ hơn " \
           f"/Size {exported + 40} của lần lưu trước)" in check.unreadable, check.unreadable


def test_a_cross_reference_stream_every_viewer_reads(pki, sent):  # noqa: F811
    """Red-team R12 F2: /W [1 9 2], "Chữ ký số hợp lệ" before."""
    check = checked(pki, sent["xlsx"], _signed(pki, sent["unsigned"].read_bytes(), widths=True))
    assert check.verdict == PdfVerdict.KHONG_DOC_DUOC and not check.ok, check.lines()
    assert UPDATE_1 + "luồng tham chiếu ghi độ rộng /W [1 9 2], rộng hơn mức mọi phần mềm đọc PDF đều đọc được" \
        in check.unreadable, check.unreadable


@pytest.mark.parametrize("streams", [False, True])
def test_pyhankos_own_signing_stays_valid(pki, sent, streams):  # noqa: F811
    """pyHanko's own /Size and cross-reference table or stream (/W [1 8 2])."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    writer = IncrementalPdfFileWriter(io.BytesIO(sent["unsigned"].read_bytes()), strict=False)
    writer.stream_xrefs = streams
    data = signers.PdfSigner(signers.PdfSignatureMetadata(field_name=LEADER_FIELD), signer=_signer(pki)
                             ).sign_pdf(writer).getvalue()
    check = checked(pki, sent["xlsx"], data)
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()
