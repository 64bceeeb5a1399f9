"""The command line's and the progress line's summary of a run (`IntakeRun.summary_text`) and
the window's (`intake_summary_text`) count alike (review of today's changes, finding 7): a new
version of a unit received and not kept is "Đã nhận (không giữ)", apart from "Trùng", the same
file read again, in both."""
from __future__ import annotations

from desktop_app.core.intake import FileClass, FileResult, IntakeRun
from ui.province_labels import intake_summary_text


def _run(*results: tuple[FileClass, bool]) -> IntakeRun:
    return IntakeRun(1, "/thu-muc", "2026-6M", results=[
        FileResult(f"t{n}.xlsx", class_, "", new=new) for n, (class_, new) in enumerate(results)])


def test_the_command_line_and_the_window_say_the_same_counts(qapp):
    run = _run((FileClass.HOP_LE, True), (FileClass.HOP_LE, True), (FileClass.TRUNG, True),
               (FileClass.TRUNG, False), (FileClass.TRUNG, False), (FileClass.SAI_KY, False))
    said = "Đã đọc 6 tệp: Hợp lệ 2, Đã nhận (không giữ) 1, Trùng 2, Sai kỳ 1."
    assert run.summary_text == said
    assert intake_summary_text(run) == said
    only_not_kept = _run((FileClass.TRUNG, True), (FileClass.TEP_HONG, False))
    assert only_not_kept.summary_text == intake_summary_text(only_not_kept) == \
        "Đã đọc 2 tệp: Đã nhận (không giữ) 1, Tệp hỏng 1."
