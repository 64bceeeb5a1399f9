"""An outside signature field is judged by what a viewer paints for it (red-team R7 F1, F2): its
appearance read as a PDF reader reads a content stream, and a widget without one by the box a viewer
builds in its place. The genuine export signed by the trusted leader, with a new field whose
appearance ran "/Fm<NUL>Do" (a NUL is whitespace to a viewer, not to the check) drawing a white box and
"950.000" over a figure, or a field with no appearance but a white background that poppler and Acrobat
paint over one, was "Chữ ký số hợp lệ"; now "Trang in khác số liệu tệp Excel (chữ ký đặt ngoài ô chữ
ký của báo cáo, trang 1)"."""
from __future__ import annotations

import io

import pytest

from desktop_app.core.pdf_content import Name, Unreadable, operations
from desktop_app.core.pdf_signature import LEADER_FIELD, PdfVerdict
from tests.signature.conftest import P12_PASSWORD
from tests.signature.test_outside_signature_field import checked, in_new_field
from tests.signature.test_pdf_of_another_report import sent  # noqa: F401

OVER_A_FIGURE = (350, 100, 550, 160)  # page 1, outside the report's signature and seal area
DRAWN_ELSEWHERE = "(chữ ký đặt ngoài ô chữ ký của báo cáo, trang 1)"
WHITE_BOX_AND_FIGURE = b"q 1 1 1 rg 0 0 200 60 re f Q BT /F1 11 Tf 120 25 Td (950.000) Tj ET"


def with_field(pki, pdf: bytes, widget: dict, *, forms: dict | None = None, need_appearances: bool = False) -> bytes:
    """`pdf` with an empty signature field "Signature9" over `OVER_A_FIGURE` added by an outside tool,
    its widget's entries `widget` (an "/AP" given as bytes: a normal appearance of that content, calling
    `forms`, name -> content), then signed by the trusted leader in the report's own field."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    name = generic.NameObject
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)

    def form(content: bytes, resources: dict) -> generic.IndirectObject:
        return writer.add_object(generic.StreamObject({
            name("/Type"): name("/XObject"), name("/Subtype"): name("/Form"),
            name("/BBox"): generic.ArrayObject(map(generic.FloatObject, (0, 0, 200, 60))),
            name("/Resources"): generic.DictionaryObject(resources)}, stream_data=content))

    font = generic.DictionaryObject({name("/Type"): name("/Font"), name("/Subtype"): name("/Type1"),
                                     name("/BaseFont"): name("/Helvetica")})
    entries = dict(widget)
    if isinstance(entries.get("/AP"), bytes):
        called = {name(f"/{key}"): form(content, {name("/Font"): generic.DictionaryObject({name("/F1"): font})})
                  for key, content in (forms or {}).items()}
        entries["/AP"] = generic.DictionaryObject({name("/N"): form(entries["/AP"], {
            name("/XObject"): generic.DictionaryObject(called),
            name("/Font"): generic.DictionaryObject({name("/F1"): font})})})
    page = writer.root["/Pages"].raw_get("/Kids")[0]
    ref = writer.add_object(generic.DictionaryObject({
        name("/Type"): name("/Annot"), name("/Subtype"): name("/Widget"), name("/FT"): name("/Sig"),
        name("/T"): generic.TextStringObject("Signature9"), name("/F"): generic.NumberObject(4),
        name("/Rect"): generic.ArrayObject(map(generic.FloatObject, OVER_A_FIGURE)), name("/P"): page,
        **{name(key): value for key, value in entries.items()}}))
    annots = page.get_object().get("/Annots")
    page.get_object()[name("/Annots")] = generic.ArrayObject([*(annots or []), ref])
    writer.update_container(page.get_object())
    acroform = writer.root["/AcroForm"]
    acroform["/Fields"].append(ref)
    if need_appearances:
        acroform[name("/NeedAppearances")] = generic.BooleanObject(True)
    writer.update_container(acroform)
    added = io.BytesIO()
    writer.write(added)
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(added, strict=False), signers.PdfSignatureMetadata(field_name=LEADER_FIELD),
                     signer=signers.SimpleSigner.load_pkcs12(pki.leader_p12, passphrase=P12_PASSWORD.encode()),
                     output=out)
    return out.getvalue()


def colours(*values: float):
    from pyhanko.pdf_utils import generic

    return generic.ArrayObject(map(generic.FloatObject, values))


def test_a_nul_hiding_a_form_over_a_figure_is_read_as_a_viewer_reads_it(pki, sent):  # noqa: F811
    """R7 F1: the appearance "q /Fm<NUL>Do Q" runs the form /Fm, a white box and another figure."""
    data = with_field(pki, sent["unsigned"].read_bytes(), {"/AP": b"q /Fm\x00Do Q"}, forms={"Fm": WHITE_BOX_AND_FIGURE})
    check = checked(pki, sent["xlsx"], data)
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN and not check.ok, check.lines()  # was "Chữ ký số hợp lệ"
    assert DRAWN_ELSEWHERE in check.pages_line()


def test_a_nul_hiding_a_fill_in_the_signing_tools_box_is_read_as_a_viewer_reads_it(pki, sent):  # noqa: F811
    """The same NUL in a box the signing tool draws: "/A<NUL>f" is a name and a fill, a white box."""
    from pyhanko.pdf_utils.content import RawContent
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.stamp import StaticStampStyle

    cover = StaticStampStyle(border_width=0, background=RawContent(b"q 1 1 1 rg 0 0 2000 2000 re /A\x00f Q",
                                                                   box=BoxConstraints(10, 10)))
    check = checked(pki, sent["xlsx"], in_new_field(pki, sent["unsigned"].read_bytes(), OVER_A_FIGURE, 0, cover))
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN and DRAWN_ELSEWHERE in check.pages_line(), check.lines()


@pytest.mark.parametrize("widget, need_appearances", [
    ({"/MK": {"/BG": colours(1, 1, 1)}}, False),  # R7 F2: a white background, painted by the viewer
    ({"/MK": {"/BC": colours(1, 1, 1)}}, False),  # a border colour: a 1 pt frame
    ({"/BS": {"/W": 3}}, False),
    ({"/Border": colours(0, 0, 2)}, False),
    ({"/AP": b"q Q"}, True),  # NeedAppearances: the viewer builds every appearance again
], ids=["background", "border-colour", "border-style", "border", "need-appearances"])
def test_a_box_a_viewer_builds_over_a_figure_is_drawn(pki, sent, widget, need_appearances, monkeypatch):  # noqa: F811
    from pyhanko.pdf_utils import generic
    from pyhanko.sign.signers import cms_embedder

    def keeping_need_appearances(writer, lock_sig_flags=True):
        """A signing tool that leaves /NeedAppearances as it finds it (pyHanko removes it)."""
        form = writer.root["/AcroForm"]
        form[generic.NameObject("/SigFlags")] = generic.NumberObject(3)
        writer.update_container(form)

    if need_appearances:
        monkeypatch.setattr(cms_embedder, "ensure_sig_flags", keeping_need_appearances)

    entries = {key: generic.DictionaryObject({generic.NameObject(k): generic.NumberObject(v) if isinstance(v, int) else v
                                              for k, v in value.items()}) if isinstance(value, dict) else value
               for key, value in widget.items()}
    check = checked(pki, sent["xlsx"], with_field(pki, sent["unsigned"].read_bytes(), entries,
                                                  need_appearances=need_appearances))
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN and DRAWN_ELSEWHERE in check.pages_line(), check.lines()


@pytest.mark.parametrize("widget, forms", [
    ({"/AP": b"q /Fm Do Q"}, {"Fm": b"q 0 0 1 rg 0 0 10 10 re n Q % f"}),  # a form painting nothing
    ({}, None),  # an empty field, no appearance and nothing a viewer builds for a signature
], ids=["quiet-form", "empty-field"])
def test_a_field_a_viewer_draws_nothing_for_is_the_report(pki, sent, widget, forms):  # noqa: F811
    check = checked(pki, sent["xlsx"], with_field(pki, sent["unsigned"].read_bytes(), widget, forms=forms))
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()


@pytest.mark.parametrize("content, ops", [
    (b"q /Fm\x00Do\x0cQ", [(b"q", []), (b"Do", ["/Fm"]), (b"Q", [])]),  # NUL and form feed are whitespace
    (b"/F#6d Do", [(b"Do", ["/Fm"])]),  # a name's #xx escape
    (b"% f\r1 0 0 RG (a (b) \\) f) Tj", [(b"RG", [1.0, 0.0, 0.0]), (b"Tj", [b"a (b) \\) f"])]),
    (b"[<41 42> -5 (c)]TJ<</MCID 0>>BDC", [(b"TJ", [[b"4142", -5.0, b"c"]]), (b"BDC", [{"/MCID": 0.0}])]),
    (b"BI /W 1 /H 1 ID \x00Do EI Q", [(b"BI", [{"/W": 1.0, "/H": 1.0}]), (b"Q", [])]),  # image data skipped
])
def test_a_content_stream_is_read_as_a_viewer_reads_it(content, ops):
    found = operations(content)
    assert found == ops
    assert all(isinstance(name, Name) for _, operands in found for name in operands if isinstance(name, str))


@pytest.mark.parametrize("content", [b"(not closed Tj", b"<4G> Tj", b") f", b"[1 2 f", b"/A#4 Do",
                                     b"BI /W 1 ID \xff"])
def test_what_is_not_read_is_unreadable(content):
    with pytest.raises(Unreadable):
        operations(content)
