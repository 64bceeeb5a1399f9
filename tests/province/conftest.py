"""A province inbox built once per module from real commune submissions (services + exports)."""
from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from desktop_app.resources import default_catalog
from desktop_app.province import ProvinceOffice
from exports.submission_format import SHEET_DATA
from exports.submission_xlsx import write_submission
from tests.province.helpers import LATE, ON_TIME, delivered, later, make_submissions

PERIOD = "2026-6M"


def pick_units(n_communes: int = 8, n_wards: int = 4) -> list[str]:
    cat = default_catalog()
    xa = [c.code for c in cat.communes if c.kind == "xã"][:n_communes]
    phuong = [c.code for c in cat.communes if c.kind == "phường"][:n_wards]
    return xa + phuong


def tamper(src, dst, *, column="value", new="99999"):
    """Change one figure of the data sheet with openpyxl, as a person editing the file would."""
    wb = load_workbook(src)
    ws = wb[SHEET_DATA]
    header = [c.value for c in ws[1]]
    col = header.index(column) + 1
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, col).value not in (None, ""):
            ws.cell(row, col).value = new
            break
    wb.save(dst)


@pytest.fixture(scope="session")
def inbox(tmp_path_factory):
    """A folder as the province office saves e-mail attachments into it, and what is in it.
    Every submission is signed by its installation's key; each file's modification time is
    the day it arrived (what lateness is judged by).

    - 12 valid approved submissions (8 xã, 4 phường), on time;
    - one unit sent late, one sent a draft (not approved);
    - a duplicate: unit 0 re-exported later with a corrected figure (kept), and an exact copy
      of unit 1's file under another name (already received);
    - a tampered file (the only file of its unit), a garbage file, a file of another period,
      the PDF of a report and an Excel workbook that is not a submission.
    """
    root = tmp_path_factory.mktemp("province")
    folder = root / "inbox"
    folder.mkdir()
    units = pick_units()
    ws, subs = make_submissions(folder, units, PERIOD, data_dir=root / "communes")
    cat = ws.catalog
    extra = [c.code for c in cat.communes if c.code not in units]
    late_ws, late = make_submissions(folder, [extra[0]], PERIOD, generated_at=LATE, data_dir=root / "late")
    draft_ws, draft = make_submissions(folder, [extra[1]], PERIOD, approve=False, data_dir=root / "draft")
    # the tampered unit: written, then edited; only the edited file is in the inbox
    t_ws, tsub = make_submissions(root, [extra[2]], PERIOD, data_dir=root / "tampered")
    tampered_sub = next(iter(tsub.values()))
    tamper(root / f"{tampered_sub.file_stem}.xlsx", folder / "bao-cao-da-sua.xlsx")
    delivered(folder / "bao-cao-da-sua.xlsx", ON_TIME)
    # another period
    q1_folder = root / "q1"
    q1_folder.mkdir()
    q_ws, q1 = make_submissions(q1_folder, [extra[3]], "2026-Q1", data_dir=root / "q1db")
    q1_sub = next(iter(q1.values()))
    shutil.copy2(q1_folder / f"{q1_sub.file_stem}.xlsx", folder / "bao-cao-quy-1.xlsx")
    # the duplicate: unit 0 corrected and re-exported an hour later
    first = subs[units[0]]
    items = list(first.items)
    k = next(i for i, it in enumerate(items) if it.code == "thu_ngan_sach")
    from dataclasses import replace
    items[k] = replace(items[k], value="12345", input_value="12345", value_text="12.345")
    corrected = later(first, 60, items=tuple(items))
    delivered(write_submission(corrected, folder / "ban-sua-lai.xlsx"), ON_TIME)
    shutil.copy2(folder / f"{subs[units[1]].file_stem}.xlsx", folder / "ban-sao (1).xlsx")
    (folder / "rac.xlsx").write_bytes(b"PK\x03\x04 not really a zip " * 20)
    (folder / "bao-cao.pdf").write_bytes(b"%PDF-1.4\n% a printed report\n")
    wb = Workbook()
    wb.active["A1"] = "Danh sách cán bộ"
    wb.save(folder / "danh-sach.xlsx")
    for w in (ws, late_ws, draft_ws, t_ws, q_ws):
        w.close()
    expected = {
        **{f"{s.file_stem}.xlsx": "Hợp lệ" for s in subs.values()},
        f"{next(iter(late.values())).file_stem}.xlsx": "Hợp lệ",
        f"{next(iter(draft.values())).file_stem}.xlsx": "Hợp lệ",
        "ban-sua-lai.xlsx": "Hợp lệ",  # read after the unit's first file, and kept in its place
        "ban-sao (1).xlsx": "Trùng",
        "bao-cao-da-sua.xlsx": "Đã bị sửa",
        "bao-cao-quy-1.xlsx": "Sai kỳ",
        "rac.xlsx": "Tệp hỏng",
        "bao-cao.pdf": "Không phải tệp báo cáo",
        "danh-sach.xlsx": "Không phải tệp báo cáo",
    }
    kept = dict(subs)
    kept[units[0]] = corrected
    kept.update(late)
    kept.update(draft)
    return {
        "folder": folder, "root": root, "expected": expected, "kept": kept, "first": first,
        "late": next(iter(late)), "draft": next(iter(draft)), "tampered": tampered_sub.unit_code,
        "units": units,
    }


@pytest.fixture
def office(tmp_path):
    """A new province database (province mode chosen)."""
    o = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    o.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    yield o
    o.close()


@pytest.fixture(scope="module")
def received(inbox, tmp_path_factory):
    """A province database that has read the inbox once (shared by read-only tests)."""
    o = ProvinceOffice.open(tmp_path_factory.mktemp("tinh") / "db", user="van-thu")
    o.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    run = o.intake(inbox["folder"], PERIOD)
    yield o, run
    o.close()


REPORT_DATE = dt.date(2026, 7, 2)


@pytest.fixture(scope="module")
def inbox_92(tmp_path_factory):
    """The 92 units' 6-month files, each signed by its own unit's key (the benchmark's generator:
    what the walk-throughs read)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import bench_consolidate as bc

    root = tmp_path_factory.mktemp("inbox-92")
    bc.generate(root / "inbox", bc.catalog_for(92), bc.templates(root))
    return root / "inbox"
