"""Both files of one submission, written side by side: the signed report and the file the
province reads back. Called by `chitieu export` and the window's "Xuất báo cáo". Written
`staged`, they take their names only when the export is decided (exports/staging.py)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from desktop_app.core.errors import ChiTieuError, ExportCancelled
from desktop_app.core.submission import Submission
from desktop_app.core.words import Words
from exports import staging

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExportResult:
    submission: Submission
    pdf: Path | None
    xlsx: Path | None
    staged: Path | None = None  # the hidden folder holding the files until `publish` (exports/staging.py)

    @property
    def paths(self) -> list[Path]:
        return [p for p in (self.pdf, self.xlsx) if p is not None]

    @property
    def folder(self) -> Path:
        return self.paths[0].parent

    def publish(self) -> None:
        """Files written `staged`: give them their names in the folder (nothing when not staged,
        or published already)."""
        if self.staged is not None:
            staging.publish(self.staged, self.paths)

    def discard(self) -> None:
        """Files written `staged` and not published: remove them, leaving nothing of this export."""
        if self.staged is not None:
            staging.discard(self.staged)


def export_files(sub: Submission, out_dir: str | Path, *, pdf: bool = True, xlsx: bool = True,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, staged: bool = False) -> ExportResult:
    """Write `<stem>.pdf` and/or `<stem>.xlsx` into `out_dir` (created if needed); `staged`:
    into a hidden folder there, the result naming where they go, until its `publish` (a failed
    or stopped export leaves nothing of it)."""
    if not (pdf or xlsx):
        raise ChiTieuError("Chọn ít nhất một loại tệp để xuất (PDF hoặc Excel).",
                           en="Choose at least one kind of file to export (PDF or Excel).")
    folder = Path(out_dir)
    stage = staging.make_stage(folder) if staged else None
    try:
        return _write(sub, folder, stage, pdf, xlsx, progress, cancelled)
    except BaseException:
        if stage is not None:
            staging.discard(stage)
        raise


def _write(sub: Submission, folder: Path, stage: Path | None, pdf: bool, xlsx: bool,
           progress: Progress | None, cancelled: Callable[[], bool] | None) -> ExportResult:
    # Imported here: reportlab and openpyxl take a third of a second to load, which every
    # other command (`chitieu show`, the window's start) would pay for nothing.
    from exports.report_pdf import write_report_pdf
    from exports.submission_xlsx import write_submission

    steps = [k for k, on in (("xlsx", xlsx), ("pdf", pdf)) if on]
    done: dict[str, Path] = {}
    labels = {"xlsx": Words("Đang ghi tệp Excel…", "Writing the Excel file…"),
              "pdf": Words("Đang tạo báo cáo PDF…", "Making the PDF report…")}
    for n, kind in enumerate(steps):
        if cancelled and cancelled():
            raise ExportCancelled("Đã dừng xuất báo cáo.", en="The export was stopped.")
        if progress:
            progress(n, len(steps), labels[kind])
        name = f"{sub.file_stem}.{kind}"
        if kind == "pdf":
            write_report_pdf(sub, (stage or folder) / name)
        else:
            write_submission(sub, (stage or folder) / name)
        done[kind] = folder / name
    if progress:
        progress(len(steps), len(steps), Words("Đã xuất xong.", "Exported."))
    return ExportResult(sub, done.get("pdf"), done.get("xlsx"), stage)
