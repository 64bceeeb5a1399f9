"""An outside signature field is read whole, or not accepted (red-team R8 F1-F4). The genuine export
signed by the trusted leader, with a new field over a figure drawing a white box and "950.000", was
"Chữ ký số hợp lệ" (verify exit 0) when what drew was past a bound the check cut short, or was read by
the check otherwise than by poppler: the 65th appearance state (the one /AS selects), a field listed
after 70 empty ones, "/Fm" x33 "/Qt Do" (poppler keeps 33 operands and runs /Fm), an /XObject naming
/Fm twice (pyHanko keeps the first, poppler the last). Now "Trang in khác số liệu tệp Excel", and an
honest appearance drawing nothing stays "hợp lệ"."""
from __future__ import annotations

import io

import pytest

from desktop_app.core.pdf_content import Unreadable, file_object, operations, paints
from desktop_app.core.pdf_signature import LEADER_FIELD, PdfVerdict
from tests.signature.conftest import P12_PASSWORD
from tests.signature.test_outside_field_read_as_viewers_do import (
    DRAWN_ELSEWHERE,
    OVER_A_FIGURE,
    WHITE_BOX_AND_FIGURE,
)
from tests.signature.test_outside_signature_field import checked
from tests.signature.test_pdf_of_another_report import sent  # noqa: F401

NOT_READ = "(tệp có ô chữ ký không đọc được vị trí)"


def raw(data: bytes):
    """An object written as the bytes `data`, as a hostile tool writes what pyHanko would not."""
    from pyhanko.pdf_utils import generic

    class Raw(generic.PdfObject):
        def write_to_stream(self, stream, handler=None, container_ref=None):
            stream.write(data)

    return Raw()


def signed_with(pki, pdf: bytes, appearance, *, empty_fields: int = 0, flags: bytes = b"/F 4") -> bytes:
    """`pdf` with `empty_fields` empty signature fields, then a signature field "Signature9" over
    `OVER_A_FIGURE` on page 1 whose /AP is what `appearance(writer, form)` returns (`form(content,
    resources)` adds a form XObject), its widget ending with the bytes `flags` as written, added by an
    outside tool, then signed by the trusted leader in the report's own field."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    name = generic.NameObject
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    for i in range(empty_fields):
        fields.append_signature_field(writer, fields.SigFieldSpec(f"Empty{i}"))

    def form(content: bytes, resources=None) -> generic.IndirectObject:
        font = generic.DictionaryObject({name("/Type"): name("/Font"), name("/Subtype"): name("/Type1"),
                                         name("/BaseFont"): name("/Helvetica")})
        return writer.add_object(generic.StreamObject({
            name("/Type"): name("/XObject"), name("/Subtype"): name("/Form"),
            name("/BBox"): generic.ArrayObject(map(generic.FloatObject, (0, 0, 200, 60))),
            name("/Resources"): resources if resources is not None else generic.DictionaryObject(
                {name("/Font"): generic.DictionaryObject({name("/F1"): font})})}, stream_data=content))

    page = writer.root["/Pages"].raw_get("/Kids")[0]
    widget = {name("/Type"): name("/Annot"), name("/Subtype"): name("/Widget"), name("/FT"): name("/Sig"),
              name("/T"): generic.TextStringObject("Signature9"),
              name("/Rect"): generic.ArrayObject(map(generic.FloatObject, OVER_A_FIGURE)), name("/P"): page,
              name("/AP"): appearance(writer, form)}
    written = io.BytesIO()
    generic.DictionaryObject(widget).write_to_stream(written, None)
    ref = writer.add_object(raw(written.getvalue()[:-2] + b" " + flags + b">>"))
    annots = page.get_object().get("/Annots")
    page.get_object()[name("/Annots")] = generic.ArrayObject([*(annots or []), ref])
    writer.update_container(page.get_object())
    acroform = writer.root["/AcroForm"]
    acroform["/Fields"].append(ref)
    writer.update_container(acroform)
    added = io.BytesIO()
    writer.write(added)
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(added, strict=False), signers.PdfSignatureMetadata(field_name=LEADER_FIELD),
                     signer=signers.SimpleSigner.load_pkcs12(pki.leader_p12, passphrase=P12_PASSWORD.encode()),
                     output=out)
    return out.getvalue()


def normal(entries):
    """An /AP of the normal appearance `entries`."""
    from pyhanko.pdf_utils import generic

    return generic.DictionaryObject({generic.NameObject("/N"): entries})


def calling(form, content: bytes, called: dict):
    """A form running `content`, its /XObject the forms `called` (name -> content)."""
    from pyhanko.pdf_utils import generic

    name = generic.NameObject
    xobjects = {name(f"/{key}"): form(body) for key, body in called.items()}
    return form(content, generic.DictionaryObject({name("/XObject"): generic.DictionaryObject(xobjects)}))


def test_the_state_a_viewer_shows_is_read_past_the_64th(pki, sent):  # noqa: F811
    """R8 F1: 64 empty states, then /On drawing, selected by /AS /On."""
    from pyhanko.pdf_utils import generic

    def appearance(writer, form):
        empty = form(b"")
        states = generic.DictionaryObject({generic.NameObject(f"/S{i}"): empty for i in range(64)})
        states[generic.NameObject("/On")] = form(WHITE_BOX_AND_FIGURE)
        return normal(states)

    data = signed_with(pki, sent["unsigned"].read_bytes(), appearance, flags=b"/F 4 /AS /On")
    check = checked(pki, sent["xlsx"], data)
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN and not check.ok, check.lines()  # was "Chữ ký số hợp lệ"
    assert DRAWN_ELSEWHERE in check.pages_line()


def test_a_field_listed_after_many_is_not_left_unread(pki, sent):  # noqa: F811
    """R8 F2: 70 empty invisible fields, then one drawing over a figure."""
    data = signed_with(pki, sent["unsigned"].read_bytes(), lambda writer, form: normal(form(WHITE_BOX_AND_FIGURE)),
                       empty_fields=70)
    check = checked(pki, sent["xlsx"], data)
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN and not check.ok, check.lines()  # was "Chữ ký số hợp lệ"
    assert NOT_READ in check.pages_line()


def test_operands_a_viewer_drops_do_not_hide_a_form(pki, sent):  # noqa: F811
    """R8 F3: poppler keeps the first 33 operands of "/Fm x33 /Qt Do" and runs /Fm."""
    content = b"q " + b"/Fm " * 33 + b"/Qt Do Q"
    data = signed_with(pki, sent["unsigned"].read_bytes(), lambda writer, form: normal(
        calling(form, content, {"Fm": WHITE_BOX_AND_FIGURE, "Qt": b""})))
    check = checked(pki, sent["xlsx"], data)
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN and not check.ok, check.lines()  # was "Chữ ký số hợp lệ"
    assert DRAWN_ELSEWHERE in check.pages_line()


@pytest.mark.parametrize("where", ["xobject", "widget"])
def test_a_key_named_twice_is_not_read_one_way(pki, sent, where):  # noqa: F811
    """R8 F4: "/Fm Do" with /XObject << /Fm QUIET /Fm DRAWN >>: pyHanko keeps the first, poppler the
    last. The same in the widget: /F 2 (hidden) then /F 4 (printed)."""

    def appearance(writer, form):
        if where == "widget":
            return normal(form(WHITE_BOX_AND_FIGURE))
        quiet, drawn = form(b""), form(WHITE_BOX_AND_FIGURE)
        resources = writer.add_object(raw(b"<< /XObject << /Fm %d 0 R /Fm %d 0 R >> >>" % (quiet.idnum, drawn.idnum)))
        return normal(form(b"q /Fm Do Q", resources))

    data = signed_with(pki, sent["unsigned"].read_bytes(), appearance, flags=b"/F 2 /F 4" if where == "widget" else b"/F 4")
    check = checked(pki, sent["xlsx"], data)
    # was "Chữ ký số hợp lệ"; an update naming a key twice is unreadable now (red-team R9, pdf_updates)
    assert check.verdict == PdfVerdict.KHONG_DOC_DUOC and not check.ok, check.lines()
    assert f"(key {'/F' if where == 'widget' else '/Fm'} named twice)" in check.unreadable


def test_an_acrobat_style_blank_appearance_is_the_report(pki, sent):  # noqa: F811
    """Acrobat's blank signature box: /FRM Do, FRM running n0 ("% DSBlank") and n2 (empty) each in q Q."""
    from pyhanko.pdf_utils import generic

    def appearance(writer, form):
        frm = calling(form, b"q 1 0 0 1 0 0 cm /n0 Do Q\nq 1 0 0 1 0 0 cm /n2 Do Q\n", {"n0": b"% DSBlank\n", "n2": b""})
        return normal(form(b"/FRM Do", generic.DictionaryObject(
            {generic.NameObject("/XObject"): generic.DictionaryObject({generic.NameObject("/FRM"): frm})})))

    check = checked(pki, sent["xlsx"], signed_with(pki, sent["unsigned"].read_bytes(), appearance))
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()


@pytest.mark.parametrize("content, painting", [
    (b"q " + b"/Fm " * 33 + b"/Qt Do Q", True),  # 34 operands: poppler drops the last
    (b"/Fm /Qt Do", True),  # Do takes one name: which one a viewer runs is its own
    (b"1 0 0 1 0 0 0 cm", True),  # a matrix of 7
    (b"(x) Do", True),
    (b"q 1 0 0 1 0 0 cm /Qt Do 0.5 g 1 0 0 scn /P0 scn Q", False),
])
def test_an_operation_is_read_with_its_own_operands(content, painting):
    assert paints(content, lambda name: False) is painting


def test_more_operands_than_a_viewer_keeps_are_unreadable():
    with pytest.raises(Unreadable):
        operations(b"/Fm " * 34 + b"Do")


@pytest.mark.parametrize("written", [b"7 0 obj << /XObject << /Fm 3 0 R /F#6d 4 0 R >> >> endobj",
                                     b"<< /Length 3 /Length 40 >>stream", b"[<< /A 1 /B [2 0 R] /A 2 >>]"])
def test_a_key_named_twice_in_a_written_object_is_unreadable(written):
    with pytest.raises(Unreadable):
        file_object(written)


def test_a_written_object_with_references_is_read():
    assert file_object(b"12 0 obj\n<< /Resources << /XObject << /Fm 3 0 R >> >> /K [1 0 R 2] >>stream\n") == \
        {"/Resources": {"/XObject": {"/Fm": 3.0}}, "/K": [1.0, 2.0]}
