"""Regenerate docs/screenshots/report-*.png: the filled 2026 annual reports of Xã Tân Cương
and Phường Phan Đình Phùng, rendered with pdftoppm at 100 dpi (not a test module).

    python tests/exports/make_screenshots.py
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.services import Workspace  # noqa: E402
from exports.report_pdf import write_report_pdf  # noqa: E402
from tests.exports.sample_data import (  # noqa: E402
    GENERATED_AT,
    REPORT_DATE,
    fill_commune_2026,
    fill_ward_2026,
)

UNITS = (
    ("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", fill_commune_2026),
    ("Phan Đình Phùng", "Lê Văn Cường", "Phạm Thị Dung", "Phó Chủ tịch", fill_ward_2026),
)


def main() -> None:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for commune, preparer, signer, title, fill in UNITS:
            ws = Workspace.open(Path(tmp) / commune, user="can-bo")
            ws.setup(commune, preparer, signer, title, "UBND")
            fill(ws)
            sub = ws.submission("2026", report_date=REPORT_DATE, generated_at=GENERATED_AT)
            ws.close()
            pdf = write_report_pdf(sub, Path(tmp) / f"{sub.file_stem}.pdf")
            stem = sub.file_stem.split("_", 1)[1]
            for old in out.glob(f"report-{stem}-p*.png"):
                old.unlink()
            subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(out / f"report-{stem}-p")],
                           check=True)
            for png in out.glob(f"report-{stem}-p-*.png"):
                png.rename(png.with_name(png.name.replace("-p-", "-p")))
            print(f"{sub.unit_name}: {sorted(p.name for p in out.glob(f'report-{stem}-p*.png'))}")


if __name__ == "__main__":
    main()
