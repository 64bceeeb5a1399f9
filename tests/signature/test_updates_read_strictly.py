"""Every byte a signed PDF's updates add is read strictly (red-team R9 F1, F2). The genuine export signed
by the trusted leader was "Chữ ký số hợp lệ" when (F1) the new field over a figure was written in an
object stream whose dictionary said "/N 1 /First B /First A" (pyHanko read a copy of the field with an
empty /Rect at B, poppler the real one at A drawing a white box and "950.000"), or (F2) the signature's
update named /Root twice, the second a catalog whose page draws "950.000" (pyHanko read the report's,
poppler the other). Now such a file is "PDF không đọc được", saying which update and why; honest
signings (pyHanko, the report's own field or a new one, object streams and cross-reference streams, a
PDF/A metadata update) stay as they were. Red-team R10 F1: an entry "N 99999 n" (pyHanko skips it,
poppler rebuilds its cross-reference by scanning lines) and an unreferenced stream whose data holds a
line "N 0 obj", the last page's content with "950.000", were "Chữ ký số hợp lệ" too; now each of an entry
not the object written, an object not listed, such a line is "PDF không đọc được". Red-team R11 F1:
the catalog in an object stream at index 1 listed at index 0 (poppler rebuilt) and such a line in a
literal string of an earlier update's dictionary nothing refers to: each "PDF không đọc được" now."""
from __future__ import annotations

import io

import pytest

from desktop_app.core.pdf_signature import LEADER_FIELD, PdfVerdict
from tests.signature.conftest import P12_PASSWORD
from tests.signature.test_outside_field_read_as_viewers_do import OVER_A_FIGURE
from tests.signature.test_outside_signature_field import checked
from tests.signature.test_pdf_of_another_report import sent  # noqa: F401

WHY = "các phần mềm đọc PDF có thể đọc phần này khác nhau, số liệu in ra có thể khác số liệu được kiểm tra"


def _signer(pki):
    from pyhanko.sign import signers

    return signers.SimpleSigner.load_pkcs12(pki.leader_p12, passphrase=P12_PASSWORD.encode())


def _written(data: bytes):
    """An object written as the bytes `data`."""
    from pyhanko.pdf_utils import generic

    class Raw(generic.NumberObject):
        def __new__(cls):
            return super().__new__(cls, 0)

        def write_to_stream(self, stream, handler=None, container_ref=None):
            stream.write(data)

    return Raw()


def _in_object_stream(pki, pdf: bytes, header) -> bytes:
    """`pdf` signed by the trusted leader in a new field over a figure, drawing a white box and "950.000",
    its field written in an object stream as `header(number, drawn, quiet)` lays it out: (the stream's
    dictionary after /Type, its data), `drawn` the field as written, `quiet` it with /Rect [0 0 0 0]."""
    from pyhanko.pdf_utils import generic, xref
    from pyhanko.pdf_utils.content import RawContent
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    def serialised(obj) -> bytes:
        out = io.BytesIO()
        obj.write_to_stream(out, None)
        return out.getvalue()

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    writer.stream_xrefs = True
    stream = writer.prepare_object_stream(compress=False)
    own = xref.ObjectStream.as_pdf_object

    def as_pdf_object(self):
        if self is not stream:
            return own(self)
        (number, obj), = self._obj_refs.items()
        quiet = generic.DictionaryObject(dict(obj))
        quiet["/Rect"] = generic.ArrayObject([generic.FloatObject(0)] * 4)
        rest, data = header(number, serialised(obj), serialised(quiet))
        return generic.StreamObject({generic.NameObject("/Type"): generic.NameObject("/ObjStm"),
                                     generic.NameObject("/N"): _written(rest)}, stream_data=data)

    add = writer.add_object

    def adding(obj, obj_stream=None, idnum=None):
        if obj_stream is None and idnum is None and isinstance(obj, generic.DictionaryObject) \
                and not isinstance(obj, generic.StreamObject) and obj.get("/FT") == "/Sig":
            return add(obj, obj_stream=stream)
        return add(obj, obj_stream=obj_stream, idnum=idnum)

    writer.add_object = adding
    x1, y1, x2, y2 = OVER_A_FIGURE
    style = TextStampStyle(stamp_text="950.000", border_width=0, background_opacity=1,
                           background=RawContent(f"q 1 1 1 rg 0 0 {x2 - x1} {y2 - y1} re f Q".encode()))
    xref.ObjectStream.as_pdf_object = as_pdf_object
    try:
        return signers.PdfSigner(signers.PdfSignatureMetadata(field_name="Signature1"), signer=_signer(pki),
                                 stamp_style=style, new_field_spec=fields.SigFieldSpec("Signature1", box=OVER_A_FIGURE,
                                                                                       on_page=0)
                                 ).sign_pdf(writer).getvalue()
    finally:
        xref.ObjectStream.as_pdf_object = own


def _first_twice(number, drawn, quiet):
    """R9 F1: "/N 1 /First B /First A", the quiet copy at B, the field at A."""
    a = 16
    b = a + len(drawn) + 8
    return b"1 /First %d /First %d" % (b, a), (b"%d 0 " % number).ljust(a) + drawn.ljust(b - a) + quiet + b" "


def _listed_twice(number, drawn, quiet):
    """The stream's header lists the field twice, the quiet copy first ("Trang in khác" before)."""
    head = b"%d 0 %d %d " % (number, number, len(quiet) + 1)
    return b"2 /First %d" % len(head), head + quiet + b" " + drawn + b" "


def _out_of_order(number, drawn, quiet):
    """The header lists the field at an offset before the first object's ("Trang in khác" before)."""
    head = b"%d %d %d 0 " % (number + 1000, len(quiet) + 1, number)
    return b"2 /First %d" % len(head), head + drawn + b" " + quiet + b" "


@pytest.mark.parametrize("header", [_first_twice, _listed_twice, _out_of_order])
def test_an_object_stream_read_one_way_only(pki, sent, header):  # noqa: F811
    check = checked(pki, sent["xlsx"], _in_object_stream(pki, sent["unsigned"].read_bytes(), header))
    assert check.verdict == PdfVerdict.KHONG_DOC_DUOC and not check.ok, check.lines()  # F1 was "Chữ ký số hợp lệ"
    assert check.unreadable.startswith("Tệp PDF 2026_") and WHY in check.unreadable
    assert "phần lưu thêm thứ 1 sau bản xuất không đọc được chặt chẽ (" in check.unreadable


def _another_catalog(pki, pdf: bytes, twice: bool) -> bytes:
    """`pdf` signed by the trusted leader (a new invisible field) in an update whose trailer names, after
    the report's catalog when `twice`, another catalog whose last page draws "950.000" over its figures."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    name = generic.NameObject
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    root, pages = writer.root, writer.root["/Pages"]
    kids = list(pages.raw_get("/Kids"))
    last = kids[-1].get_object()
    over = writer.add_object(generic.StreamObject(
        {}, stream_data=b"q 1 1 1 rg 350 100 200 60 re f 0 g BT /Helv 11 Tf 360 120 Td (950.000) Tj ET Q"))
    page = generic.DictionaryObject(dict(last))
    contents = last.raw_get("/Contents")
    page[name("/Contents")] = generic.ArrayObject([*(contents if isinstance(contents, list) else [contents]), over])
    other_pages = generic.DictionaryObject(dict(pages))
    other_pages_ref = writer.add_object(other_pages)
    page[name("/Parent")] = other_pages_ref
    other_pages[name("/Kids")] = generic.ArrayObject([*kids[:-1], writer.add_object(page)])
    other = generic.DictionaryObject(dict(root))
    other[name("/Pages")] = other_pages_ref
    other_ref = writer.add_object(other)
    if not twice:  # an update naming the other catalog alone, then the signature's (pyHanko writes its /Root)
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
        end = data.rindex(b"trailer")
        data = data[:end] + data[end:].replace(b"/Root %d 0 R" % root.container_ref.idnum,
                                               b"/Root %d 0 R" % other_ref.idnum)
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    else:
        writer.trailer[name("/ZZ")] = _written(b"0 /Root %d 0 R" % other_ref.idnum)
    return signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="Signature1"), signer=_signer(pki),
                            new_field_spec=fields.SigFieldSpec("Signature1")).getvalue()


def test_a_trailer_naming_root_twice_is_not_read(pki, sent):  # noqa: F811
    """R9 F2: "/Root A … /Root B": pyHanko reads the report's catalog, poppler prints B."""
    check = checked(pki, sent["xlsx"], _another_catalog(pki, sent["unsigned"].read_bytes(), twice=True))
    assert check.verdict == PdfVerdict.KHONG_DOC_DUOC and not check.ok, check.lines()  # was "Chữ ký số hợp lệ"
    assert "phần lưu thêm thứ 1 sau bản xuất không đọc được chặt chẽ (key /Root named twice)" in check.unreadable


def test_an_update_naming_another_catalog_is_not_read(pki, sent):  # noqa: F811
    """An update naming the other catalog alone: "Trang in khác" before (pyHanko's difference analysis)."""
    check = checked(pki, sent["xlsx"], _another_catalog(pki, sent["unsigned"].read_bytes(), twice=False))
    assert check.verdict == PdfVerdict.KHONG_DOC_DUOC and not check.ok, check.lines()
    assert "phần lưu thêm thứ 1 chỉ tới gốc tài liệu (/Root) khác bản xuất" in check.unreadable


def _pdfa(pdf: bytes, streams: bool) -> bytes:
    """`pdf` with an XMP /Metadata and a new /Info /Producer saved after it, as a PDF/A tool does; with
    `streams` in a cross-reference stream, /Info in an object stream."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    name = generic.NameObject
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    writer.stream_xrefs = streams
    xmp = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>'
           b'<?xpacket end="w"?>')
    metadata = writer.add_object(generic.StreamObject(
        {name("/Type"): name("/Metadata"), name("/Subtype"): name("/XML")}, stream_data=xmp))
    writer.trailer[name("/Info")] = writer.add_object(
        generic.DictionaryObject({name("/Producer"): generic.TextStringObject("PDF/A Converter 1.0")}),
        obj_stream=writer.prepare_object_stream() if streams else None)
    writer.root[name("/Metadata")] = metadata
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("streams", [False, True])
def test_honest_updates_stay_valid(pki, sent, streams):  # noqa: F811
    """A PDF/A tool's update, then the report's own field signed by pyHanko (its objects in an object
    stream with `streams`), or a new invisible field."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    before = _pdfa(sent["unsigned"].read_bytes(), streams)
    for field, spec in ((LEADER_FIELD, None), ("Signature1", fields.SigFieldSpec("Signature1"))):
        writer = IncrementalPdfFileWriter(io.BytesIO(before), strict=False)
        writer.stream_xrefs = streams
        data = signers.PdfSigner(signers.PdfSignatureMetadata(field_name=field), signer=_signer(pki),
                                 new_field_spec=spec).sign_pdf(writer).getvalue()
        check = checked(pki, sent["xlsx"], data)
        assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()


def _rebuilt_from(pki, pdf: bytes, generation: int | None, payload: bool, unlisted: bool, streams: bool) -> bytes:
    """`pdf` signed by the trusted leader in the report's own field (red-team R10 F1), its update also
    holding: with `generation` a dictionary written "N G obj", N the last page's content, listed "… G n"
    (over 65535 pyHanko skips it, poppler finds N's generation wrong and rebuilds its cross-reference by
    scanning the file's lines); with `payload` a stream nothing refers to whose data holds that content
    written as object "N 0 obj", "150.000" made "950.000" (the last such line, which a rebuild takes);
    with `unlisted` an object "99 0 obj" written but not in the cross-reference."""
    import zlib

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    writer.stream_xrefs = streams
    last = writer.root["/Pages"].raw_get("/Kids")[-1].get_object().raw_get("/Contents")
    ref = last.reference if isinstance(last, generic.IndirectObject) else last[-1].reference
    if payload:
        content = zlib.compress(writer.get_object(ref).data.replace(b"150.000", b"950.000"))
        writer.add_object(generic.StreamObject(stream_data=b"\n%d 0 obj\n<< /Filter /FlateDecode /Length %d >>\nstream\n"
                                               % (ref.idnum, len(content)) + content + b"\nendstream\nendobj\n"))
    if generation is not None:
        writer.objects[(generation, ref.idnum)] = generic.DictionaryObject()  # pyHanko's key: (generation, number)
    if unlisted:
        writer.add_object(_written(b"<< >>\nendobj\n99 0 obj\n<< /Type /Catalog >>"))
    return signers.PdfSigner(signers.PdfSignatureMetadata(field_name=LEADER_FIELD), signer=_signer(pki)
                             ).sign_pdf(writer).getvalue()


@pytest.mark.parametrize(("generation", "payload", "unlisted", "streams", "why"), [
    (99999, True, False, False, "a line of object"),  # R10 F1 as found: "Chữ ký số hợp lệ", poppler printed 950.000
    (99999, False, False, False, "cross-reference entry"),
    (None, True, False, False, "a line of object"),
    (None, True, False, True, "a line of object"),
    (None, False, True, False, "object 99 not in the cross-reference"),
    (None, False, True, True, "object 99 not in the cross-reference"),
])
def test_nothing_makes_a_viewer_rebuild_the_cross_reference(pki, sent, generation, payload, unlisted, streams,  # noqa: F811
                                                            why):
    """Red-team R10 F1: an entry pyHanko skips and poppler keeps, an object the cross-reference does not
    list, a stream's line a rebuilding viewer takes as an object: each "Chữ ký số hợp lệ" before."""
    check = checked(pki, sent["xlsx"], _rebuilt_from(pki, sent["unsigned"].read_bytes(), generation, payload,
                                                     unlisted, streams))
    assert check.verdict == PdfVerdict.KHONG_DOC_DUOC and not check.ok, check.lines()
    assert f"phần lưu thêm thứ 1 sau bản xuất không đọc được chặt chẽ ({why}" in check.unreadable, check.unreadable
    assert check.unreadable.startswith("Tệp PDF 2026_") and WHY in check.unreadable


def test_the_same_signing_without_them_stays_valid(pki, sent):  # noqa: F811
    check = checked(pki, sent["xlsx"], _rebuilt_from(pki, sent["unsigned"].read_bytes(), None, False, False, False))
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()


def _catalog_at_index(pki, pdf: bytes, index: int | None, literal: bool) -> bytes:
    """`pdf` signed by the trusted leader in the report's own field (red-team R11 F1), the signature's update
    writing the catalog in an object stream after a dummy (index 1) and listing it at `index` (0: pyHanko
    finds it by number, poppler finds the dummy, takes the catalog for null and rebuilds its
    cross-reference by scanning the file's lines); before it, with `literal`, an update holding a
    dictionary nothing refers to whose literal string has the last page's content written as object
    "N 0 obj", "150.000" made "950.000" (the last such line, which a rebuild takes)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    if literal:
        last = writer.root["/Pages"].raw_get("/Kids")[-1].get_object().raw_get("/Contents")
        ref = last.reference if isinstance(last, generic.IndirectObject) else last[-1].reference
        content = writer.get_object(ref).data.replace(b"150.000", b"950.000")
        payload = b"\n%d 0 obj\n<< /Length %d >>\nstream\n" % (ref.idnum, len(content)) + content + b"\nendstream\nendobj\n"
        writer.add_object(_written(b"<< /Note (" + payload.replace(b"\\", b"\\\\").replace(b"(", b"\\(")
                                   .replace(b")", b"\\)") + b") >>"))
        out = io.BytesIO()
        writer.write(out)
        writer = IncrementalPdfFileWriter(io.BytesIO(out.getvalue()), strict=False)
    root = writer.root.container_ref.idnum
    writer.stream_xrefs = True
    stream = writer.prepare_object_stream(compress=False)
    writer.add_object(generic.DictionaryObject({generic.NameObject("/Kind"): generic.NameObject("/Dummy")}),
                      obj_stream=stream)
    own = writer._write_objects

    def writing(out, positions):
        catalog = writer.objects.pop((0, root), None)
        if catalog is not None:
            stream.add_object(root, catalog)
        own(out, positions)
        if catalog is not None and index is not None:
            positions[(0, root)] = (positions[(0, root)][0], index)

    writer._write_objects = writing
    return signers.PdfSigner(signers.PdfSignatureMetadata(field_name=LEADER_FIELD), signer=_signer(pki)
                             ).sign_pdf(writer).getvalue()


@pytest.mark.parametrize(("index", "literal", "why"), [
    (0, True, "phần lưu thêm thứ 1 sau bản xuất không đọc được chặt chẽ (a line of the update read as an object"),
    (0, False, "phần lưu thêm thứ 1 sau bản xuất không đọc được chặt chẽ (cross-reference entry"),
    (1, True, "phần lưu thêm thứ 1 sau bản xuất không đọc được chặt chẽ (a line of the update read as an object"),
])
def test_an_object_stream_entry_and_every_line_read_as_a_rebuild_would(pki, sent, index, literal, why):  # noqa: F811
    """Red-team R11 F1 (index 0 with the literal string: "Chữ ký số hợp lệ", poppler printed 950.000), the
    wrong index alone, the literal string alone: each "Chữ ký số hợp lệ" before."""
    check = checked(pki, sent["xlsx"], _catalog_at_index(pki, sent["unsigned"].read_bytes(), index, literal))
    assert check.verdict == PdfVerdict.KHONG_DOC_DUOC and not check.ok, check.lines()
    assert why in check.unreadable and WHY in check.unreadable, check.unreadable


def test_the_catalog_in_an_object_stream_at_its_index_stays_valid(pki, sent):  # noqa: F811
    check = checked(pki, sent["xlsx"], _catalog_at_index(pki, sent["unsigned"].read_bytes(), 1, False))
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()
