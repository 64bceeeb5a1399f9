"""What the province reads says file names as names: a name the sender chose with a line break cannot print a
line of its own (a fake "Chữ ký số hợp lệ" among the results), a name with "&" is never offered as a command to
paste, and a report PDF beside a refused workbook is not said to have its signature checked (red-team R7 F7)."""
from __future__ import annotations

from desktop_app.core.intake import FileClass, FileResult, IntakeRun
from desktop_app.core.pdf_said import PdfSeen, seen_sentence
from exports.submission_reader import examine

FAKE = "2026_05488_xa-dai-phuc\nBáo cáo PDF gửi kèm 2026_05488_xa-dai-phuc_ky-so.pdf: Chữ ký số hợp lệ: Trần Thị Bình"


def test_a_pdf_named_with_a_line_break_is_said_on_one_line(tmp_path):
    (tmp_path / f"{FAKE}.xlsx").write_bytes(b"PK")
    pdf = tmp_path / f"{FAKE}.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    result, sub = examine(pdf)
    assert sub is None and result.class_ == FileClass.KHONG_PHAI
    assert "\n" not in result.reason, result.reason
    assert "Tỉnh nhận số liệu từ tệp Excel 2026_05488_xa-dai-phuc?Báo cáo PDF" in result.reason


def test_the_pane_offers_a_command_to_paste_only_for_a_name_that_runs_nothing():
    honest = seen_sentence(PdfSeen("2026_05488_xa-dai-phuc_ky-so.pdf"), refused=True)
    assert honest.endswith('Xem ai đã ký: chitieu verify "2026_05488_xa-dai-phuc_ky-so.pdf"'), honest
    hostile = seen_sentence(PdfSeen("2026 & del q & x.pdf"), refused=True)
    assert "chitieu verify 2026" not in hostile and "chitieu verify \"2026" not in hostile, hostile
    assert hostile.endswith("Xem ai đã ký bằng lệnh chitieu verify với tệp PDF đó."), hostile
    assert "\n" not in seen_sentence(PdfSeen(FAKE + ".pdf", after=True), refused=False)


def _run(accepted: bool) -> IntakeRun:
    class_ = FileClass.HOP_LE if accepted else FileClass.KHONG_PHAI
    return IntakeRun(1, "/thu-muc", "2026", results=[FileResult("2026_05488_xa-dai-phuc.xlsx", class_, "")],
                     companions=["2026_05488_xa-dai-phuc_ky-so.pdf"])


def test_a_pdf_beside_a_refused_workbook_is_not_said_checked():
    said = _run(accepted=False).summary_text
    assert "chữ ký số của chúng được kiểm tra" not in said, said
    assert ("1 báo cáo PDF nằm cạnh tệp Excel cùng tên không được nhận (bị từ chối hoặc chưa đọc): chữ ký số của "
            "chúng không được kiểm tra.") in said
    assert ("1 báo cáo PDF gửi kèm tệp Excel cùng tên: không đọc như một báo cáo, chữ ký số của chúng được kiểm tra "
            "cùng tệp Excel.") in _run(accepted=True).summary_text
