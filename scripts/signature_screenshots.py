"""Screenshots of the digital signature (docs/digital-signature.md), made from the program's own
output: a test PKI made here (a CA, the leader's and the organisation's certificates as PKCS#12
files, a second CA nobody trusts), Xã Tân Cương's 2026 report exported, approved and signed by
the leader and the organisation, Phường Phan Đình Phùng's signed with the untrusted CA's
certificate; the province reads both folders' files with the test CA imported.

    python scripts/signature_screenshots.py

writes docs/screenshots/report-signed.png (the signed last page, pdftoppm at 80 dpi) and
docs/screenshots/province-signature-column.png (the province window, offscreen, 1366×768, the
units received, with the time, fingerprint, file and note columns hidden so the signature column fits). Needs pdftoppm (poppler-utils)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.certificates import KeySource  # noqa: E402
from desktop_app.core.periods import approval_day  # noqa: E402
from desktop_app.province import ProvinceOffice  # noqa: E402
from desktop_app.report_signing import sign_report  # noqa: E402
from desktop_app.services import Workspace, export_period  # noqa: E402
from desktop_app.trust_roots import import_trust_roots  # noqa: E402
from tests.exports.sample_data import REPORT_DATE, fill_commune_2026, fill_ward_2026  # noqa: E402
from tests.signature.conftest import P12_PASSWORD, _ca, _leaf, _p12  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def signed_unit(folder: Path, commune: str, preparer: str, signer: str, title: str, fill, leader: Path,
                org: Path | None) -> list[Path]:
    ws = Workspace.open(folder / "data", user="lanh-dao")
    ws.setup(commune, preparer, signer, title, "UBND")
    fill(ws)
    ws.complete("2026")
    ws.approve("2026")
    # the sample's date, or the approval's day when the script runs after it (an approved report is
    # not dated before its approval: core/periods.check_report_date)
    export_period(ws, "2026", folder / "out", report_date=max(REPORT_DATE, approval_day(ws.submission("2026").approved_at)))
    result = sign_report(ws, "2026", folder / "out", KeySource("p12", str(leader), secret=P12_PASSWORD),
                         KeySource("p12", str(org), secret=P12_PASSWORD) if org else None)
    ws.close()
    return [result.xlsx, result.pdf]


def main() -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    work = Path(tempfile.mkdtemp(prefix="chitieu-ky-so-"))
    root, other = _ca("CA thử nghiệm Chính phủ"), _ca("CA lạ không được tỉnh tin cậy")
    (work / "root.pem").write_bytes(root[1].public_bytes(Encoding.PEM))
    leader = _p12(work / "leader.p12", *_leaf(root, "Trần Thị Bình", "UBND xã Tân Cương"), root[1])
    org = _p12(work / "org.p12", *_leaf(root, "ỦY BAN NHÂN DÂN XÃ TÂN CƯƠNG", "ỦY BAN NHÂN DÂN XÃ TÂN CƯƠNG"),
               root[1])
    stranger = _p12(work / "ward.p12", *_leaf(other, "Phạm Thị Dung", "UBND phường Phan Đình Phùng"), other[1])
    inbox = work / "hop-thu"
    inbox.mkdir()
    files = signed_unit(work / "tan-cuong", "tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch",
                        fill_commune_2026, leader, org)
    files += signed_unit(work / "pdp", "Phan Đình Phùng", "Lê Văn Cường", "Phạm Thị Dung", "Phó Chủ tịch",
                         fill_ward_2026, stranger, None)
    for path in files:
        shutil.copy2(path, inbox / path.name)

    pdf = files[1]
    pages = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
        if line.startswith("Pages:")))
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(pages), "-l", str(pages), "-singlefile", str(pdf),
                    str(OUT / "report-signed")], check=True)

    from desktop_app.core.consolidation import ReportStatus
    from ui.app import create_application
    from ui.province_intake_rows import COMPLETENESS_HEADERS
    from ui.province_window import ProvinceWindow

    app = create_application([])
    province = Workspace.open(work / "tinh", user="van-thu")
    office = ProvinceOffice(province)
    office.setup()
    import_trust_roots(office, [work / "root.pem"])
    office.intake(inbox, "2026")
    window = ProvinceWindow(province)
    window.period_box.setCurrentIndex(window.period_box.findData("2026"))
    window.status_box.setCurrentIndex(window.status_box.findData(ReportStatus.DA_NHAN))  # the two that sent
    column = len(COMPLETENESS_HEADERS) - 1
    # The times, the fingerprint, the file and the note hidden: the unit and its signature fit 1366 px.
    for title in ("Generated", "Received on", "Fingerprint", "File", "Note"):
        window.table.setColumnHidden(COMPLETENESS_HEADERS.index(title), True)
    window.table.setColumnWidth(column, 420)
    window.show()
    app.processEvents()
    window.grab().save(str(OUT / "province-signature-column.png"))
    window.close()
    province.close()
    shutil.rmtree(work, ignore_errors=True)
    print(f"{OUT / 'report-signed.png'}\n{OUT / 'province-signature-column.png'}")


if __name__ == "__main__":
    main()
