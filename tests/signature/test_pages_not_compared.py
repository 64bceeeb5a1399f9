"""A signed report whose pages the program could not compare with the workbook beside it is never
"Chữ ký số hợp lệ" (red-team R5 F1, HIGH): an export edited (a figure changed, saved whole) with its
embedded fonts renamed, or a page with no embedded font at all, its Subject copied, signed by the
leader's trusted certificate, was "not comparable" (printed in other fonts) and so "hợp lệ", verify
exit 0. Now fonts of other names, or none, and other pages or signature fields than the render's are a
difference ("Trang in khác số liệu tệp Excel"); only the render's own fonts in another revision, or a
workbook of another program version, leave the pages not compared: "Chưa so được trang in với số
liệu", amber in the window, verify exit 1, saying not to count on the PDF's figures and what to ask."""
from __future__ import annotations

import io
import struct

from PySide6.QtCore import Qt

from desktop_app.core.pdf_signature import PdfVerdict
from tests.signature.test_pages_compared import DIFFERS, figure_edited, verify
from tests.signature.test_pdf_of_another_report import STEM, office, received_check, sent  # noqa: F401
from tests.signature.test_saved_again_before_signing import signed_elsewhere

NOT_COMPARED = "Chưa so được trang in với số liệu"
ADVICE = ("chưa so được nội dung trang in với số liệu, nên chưa biết số liệu in trong tệp PDF có đúng số liệu tệp "
          "Excel không: đừng dựa vào số liệu in trong tệp PDF. Đề nghị đơn vị xuất lại báo cáo và ký số ở (Kỳ báo "
          "cáo › Ký số báo cáo…) của phần mềm Chỉ tiêu xã cùng phiên bản với máy của tỉnh (không vẽ thêm gì lên "
          "bản in) rồi gửi lại cả tệp Excel và tệp PDF.")


def fonts_changed(pdf: bytes, mode: str) -> bytes:
    """`pdf` with its embedded fonts renamed to Times New Roman's (`rename`), or their TrueType
    revision raised by 0,01 (`revision`), saved whole."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for obj in list(writer._objects):
        obj = obj.get_object() if obj is not None else None
        if not hasattr(obj, "get") or obj.get("/Type") != "/FontDescriptor":
            continue
        if mode == "rename":
            obj[NameObject("/FontName")] = NameObject(str(obj["/FontName"]).replace("LiberationSerif",
                                                                                    "TimesNewRomanPSMT"))
        else:
            program = obj["/FontFile2"].get_object()
            data = bytearray(program.get_data())
            for i in range(struct.unpack_from(">H", data, 4)[0]):
                tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * i)
                if tag == b"head":
                    struct.pack_into(">i", data, offset + 4, struct.unpack_from(">i", data, offset + 4)[0] + 655)
            program.set_data(bytes(data))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def page_without_fonts(pdf: bytes) -> bytes:
    """One page drawing the figure in the standard Helvetica (nothing embedded), as a scan or an
    image print would, its document information copied from the export."""
    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    meta = PdfReader(io.BytesIO(pdf)).metadata
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setSubject(meta["/Subject"])
    canvas.setTitle(meta.get("/Title", ""))
    canvas.setFont("Helvetica", 14)
    canvas.drawString(72, 700, "Thu ngan sach: 95.230")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_other_fonts_or_none_are_a_difference_not_an_excuse(pki, office, sent, tmp_path, capsys):  # noqa: F811
    unsigned = sent["unsigned"].read_bytes()
    renamed = signed_elsewhere(pki, fonts_changed(figure_edited(unsigned), "rename"))
    check = received_check(office, tmp_path, sent["xlsx"], renamed)
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN  # was "Chữ ký số hợp lệ"
    assert "tệp in bằng phông chữ TimesNewRomanPSMT" in check.pages_line()
    code, printed = verify(tmp_path, sent["xlsx"], renamed, pki, capsys)
    assert code == 1 and f"Tệp {STEM}_ky-so.pdf: Trang in khác số liệu tệp Excel." in printed

    no_fonts = signed_elsewhere(pki, page_without_fonts(unsigned))
    code, printed = verify(tmp_path, sent["xlsx"], no_fonts, pki, capsys, folder="khong-phong")
    assert code == 1 and DIFFERS.format(name=f"{STEM}_ky-so.pdf", why="tệp không nhúng phông chữ nào, báo cáo phần "
                                        "mềm in có nhúng phông chữ") in printed, printed


def test_another_revision_of_the_same_fonts_is_not_compared_and_never_valid(qapp, qtbot, pki, office,  # noqa: F811
                                                                            sent, tmp_path, capsys):  # noqa: F811
    from ui.province_intake_rows import COMPLETENESS_HEADERS
    from ui.province_labels import KEY_STATE_COLOURS
    from ui.province_window import ProvinceWindow
    from desktop_app.core.keys import KeyState

    data = signed_elsewhere(pki, fonts_changed(figure_edited(sent["unsigned"].read_bytes()), "revision"))
    check = received_check(office, tmp_path, sent["xlsx"], data)  # as the intake stored it
    assert check.verdict == PdfVerdict.CHUA_SO_TRANG_IN and str(check.verdict) == NOT_COMPARED
    assert not check.ok and check.summary == f"{NOT_COMPARED}: Trần Thị Bình"
    assert check.pages_line().startswith("Trang in: báo cáo in bằng phông chữ LiberationSerif phiên bản ")
    assert check.pages_line().endswith(f": {ADVICE}")
    code, printed = verify(tmp_path, sent["xlsx"], data, pki, capsys)
    assert code == 1 and f"Tệp {STEM}_ky-so.pdf: {NOT_COMPARED}." in printed and ADVICE in printed

    window = ProvinceWindow(office.ws)
    qtbot.addWidget(window)
    window.period_box.setCurrentIndex(window.period_box.findData("2026"))
    row = next(i for i, u in enumerate(window.model.rows) if u.code == "05503")
    index = window.model.index(row, COMPLETENESS_HEADERS.index("Digital signature (PDF)"))
    assert window.model.data(index) == f"{NOT_COMPARED}: Trần Thị Bình"
    amber = KEY_STATE_COLOURS[KeyState.CHO][0]
    assert window.model.data(index, Qt.ItemDataRole.BackgroundRole).name() == amber
