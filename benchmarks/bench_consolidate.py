"""How long the province takes to receive and consolidate 92 and 3.321 submission files.

    python benchmarks/bench_consolidate.py [--runs 3] [--sizes 92,3321] [--keep DIR]

Synthetic valid submissions, each signed by its unit's own key (signature checks on), plus
`--hostile` (4) files with a giant exponent in a number cell that must be refused within the
memory goal while every other file is consolidated: two real ones (a xã and a phường) are built through the commune
services and written once with the real writer (`exports.submission_xlsx`); every other file
copies that workbook and rewrites its "Dữ liệu" and "Thông tin" sheets with varied figures,
another unit code and the matching fingerprint, so each file is a valid submission of its own
(`test_bench_generator` checks they read back identically with the one submission reader,
`exports.submission_reader`). Their printed "Báo cáo" sheet stays the template's (its unit,
figures and verdicts): intake does not compare that table (exports/FORMAT.md) and takes them,
while `chitieu verify`, which does, calls them changed (walk U12 F5): use files exported by the
app, not these, to try `verify`. The 3.321 units (the number of communes in the whole country)
get a synthetic catalogue.

Each end-to-end run (after one untimed run of the smallest size: Python's bytecode, cached
under the temporary folder as an installed program has its .pyc files, and the disk cache)
is a fresh process doing what `chitieu consolidate --xlsx --pdf` does, in
that one process (intake reads every file itself: there is no pool of reading processes):
intake of the folder into a fresh province database, consolidation, the consolidated workbook
and the PDF report. Printed, for each size: the median end-to-end time and its split (intake,
consolidation, Excel, PDF; importing the libraries and loading the fonts, once per process, is
timed apart), the cost per file, and the peak memory of that one process (its ru_maxrss).
For information, the ratio to merely reading the same files' "Dữ liệu" sheets with
python-calamine (in a fresh process too, alternating with the end-to-end runs: this machine's
speed drifts, so the ratio is the median over the pairs of runs measured back to back, with
its range).

Goals: 92 files end to end ≤ 0,5 s; 3.321 files end to end ≤ 12 s; peak memory of the
process ≤ 300 MB. `--keep DIR` generates into DIR and leaves the files there.
"""
from __future__ import annotations

import argparse
import copy
import io
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PERIOD = "2026-6M"
DATA_PART = "xl/worksheets/sheet2.xml"  # "Dữ liệu" (the writer creates it second)
INFO_PART = "xl/worksheets/sheet3.xml"  # "Thông tin"


# --- generating files -------------------------------------------------------------------------

def _col(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _sheet_data(rows: list[list[str | None]]) -> str:
    out = ["<sheetData>"]
    for r, row in enumerate(rows, 1):
        out.append(f'<row r="{r}">')
        for c, v in enumerate(row, 1):
            if v not in (None, ""):
                out.append(f'<c r="{_col(c)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
        out.append("</row>")
    out.append("</sheetData>")
    return "".join(out)


def _replace_sheet_data(xml: str, data: str, ncols: int, nrows: int) -> str:
    head, rest = xml.split("<sheetData>", 1)
    _, tail = rest.split("</sheetData>", 1)
    import re

    head = re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="A1:{_col(ncols)}{nrows}"', head)
    tail = re.sub(r'<autoFilter ref="[^"]*"', f'<autoFilter ref="A1:{_col(ncols)}{nrows}"', tail)
    return head + data + tail


def file_bytes(template: dict[str, bytes], sub) -> bytes:
    """The template workbook with the two sheets the province reads rewritten for `sub`."""
    from exports.submission_format import DATA_COLUMNS, INFO_KEYS, data_rows, info_values

    rows = [list(DATA_COLUMNS)] + [[row.get(c) for c in DATA_COLUMNS] for row in data_rows(sub)]
    info = info_values(sub)
    irows = [["key", "Mục", "Giá trị"]] + [[k, label, info[k]] for k, label in INFO_KEYS]
    parts = dict(template)
    parts[DATA_PART] = _replace_sheet_data(template[DATA_PART].decode(), _sheet_data(rows),
                                           len(DATA_COLUMNS), len(rows)).encode()
    parts[INFO_PART] = _replace_sheet_data(template[INFO_PART].decode(), _sheet_data(irows), 3,
                                           len(irows)).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def _vary(sub, unit, rnd: random.Random):
    from desktop_app.core.numbers import canonical

    items = []
    for it in sub.items:
        changes = {}
        if it.denominator is not None and it.numerator is not None and it.baseline is not None:
            # the poverty reduction: poor households 1-4 % of all (a rate near the start of the
            # term's, not 40-100 %), its value the fall since then
            den = Decimal(rnd.randint(1000, 50000))
            num = (den * Decimal(rnd.randint(100, 400)) / 10000).quantize(Decimal(1))
            changes.update(numerator=str(num), denominator=str(den),
                           value=canonical((Decimal(it.baseline) - num * 100 / den).quantize(Decimal("0.01"))))
        elif it.denominator is not None and it.numerator is not None:
            den = Decimal(rnd.randint(1000, 50000))
            num = (den * Decimal(rnd.randint(40, 100)) / 100).quantize(Decimal(1))
            changes.update(numerator=str(num), denominator=str(den),
                           value=canonical((num * 100 / den).quantize(Decimal("0.01"))))
        elif it.value is not None and it.unit != "Có/Không":
            v = str(rnd.randint(100, 900000))
            changes.update(value=v, input_value=v if it.input_value is not None else None)
        items.append(replace(it, **changes))
    return replace(sub, unit_code=unit["code"], unit_name=unit["name"], unit_kind=unit["kind"],
                   items=tuple(items))


def templates(tmp: Path):
    """Real submissions of a xã and a phường (services + real writer) and their workbook parts."""
    from desktop_app.services import Workspace
    from exports.submission_xlsx import write_submission
    from tests.province.helpers import ON_TIME, as_unit, fill_unit

    shutil.rmtree(tmp / "communes", ignore_errors=True)
    ws = Workspace.open(tmp / "communes", user="can-bo")
    out = {}
    for unit in ("tan cuong", "Phan Đình Phùng"):
        as_unit(ws, unit)
        fill_unit(ws, PERIOD, seed=len(out))
        ws.complete(PERIOD)
        ws.approve(PERIOD)
        sub = ws.submission(PERIOD, approved=True,
                               generated_at=ON_TIME)
        path = write_submission(sub, tmp / f"template-{sub.unit_kind}.xlsx")
        with zipfile.ZipFile(path) as z:
            out[sub.unit_kind] = (sub, {i.filename: z.read(i) for i in z.infolist()})
    ws.close()
    return out


def catalog_for(n: int) -> dict:
    """The real catalogue for 92 units; beyond, synthetic units copying real ones' targets."""
    from desktop_app.resources import default_catalog

    doc = copy.deepcopy(default_catalog().document)
    if n <= len(doc["communes"]):
        return doc
    real = doc["communes"]
    units = []
    for i in range(n):
        like = real[i % len(real)]
        units.append({**copy.deepcopy(like), "no": i + 1, "code": f"{90000 + i:05d}",
                      "name": f"{like['name']} {i + 1}", "seed_name": f"{like['name']} {i + 1}"})
    doc["communes"] = units
    return doc


GIANT = "1E+300000000"  # one cell that made intake take 1,5 GB before it was refused


def generate(folder: Path, doc: dict, tmpl, seed: int = 1, hostile: int = 0) -> list[Path]:
    """One file per unit, each signed by its unit's own key (each installation has one), and
    `hostile` more: copies of the first units' files with a giant exponent in a number cell."""
    from desktop_app.core.catalog import Catalog
    from desktop_app.core.recompute import recompute
    from desktop_app.core.signing import new_private_key
    from desktop_app.core.submission import signed

    folder.mkdir(parents=True, exist_ok=True)
    catalog = Catalog(doc)
    rnd = random.Random(seed)
    paths = []
    for n, unit in enumerate(doc["communes"]):
        sub, parts = tmpl[unit["kind"]]
        # A genuine file states the results its unit's app computed from its figures, which are
        # the province's: its "Khác biệt" sheet is empty, as it is for genuine files.
        varied = _vary(sub, unit, rnd)
        s = signed(recompute(catalog, catalog.commune_by_code(unit["code"]), varied).submission,
                   new_private_key())
        data = file_bytes(parts, s)
        path = folder / f"{s.file_stem}.xlsx"
        path.write_bytes(data)
        paths.append(path)
        if n < hostile:
            (folder / f"{s.file_stem}_mu-lon.xlsx").write_bytes(_with_giant_number(data))
    return paths


def _with_giant_number(xlsx: bytes) -> bytes:
    """The same workbook with the first figure of its "Dữ liệu" sheet replaced by `GIANT`,
    written as a number cell (as a forger's spreadsheet program would write it)."""
    import re

    from exports.submission_format import DATA_COLUMNS

    column = _col(DATA_COLUMNS.index("numerator") + 1).encode()
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == DATA_PART:
                data, done = re.subn(rb'<c r="(' + column + rb'\d+)" t="inlineStr"><is><t>\d+</t></is></c>',
                                     lambda m: b'<c r="' + m.group(1) + b'"><v>' + GIANT.encode() + b"</v></c>",
                                     data, count=1)
                assert done == 1, "no figure to replace"
            out.writestr(info, data)
    return buf.getvalue()


# --- measuring ------------------------------------------------------------------------------------

GOAL_S = {92: 0.5, 3321: 12.0}  # end to end, in process
GOAL_MB = 300  # peak memory of the one process


def calamine_only(folder: str) -> dict:
    """Merely reading every file's data sheet with python-calamine, in this (fresh) process."""
    from python_calamine import CalamineWorkbook

    paths = sorted(Path(folder).iterdir())
    t = time.perf_counter()
    for p in paths:
        CalamineWorkbook.from_path(str(p)).get_sheet_by_name("Dữ liệu").to_python()
    return {"read": time.perf_counter() - t}


def child_env(tmp: Path) -> dict:
    """The measured processes' environment: Python's bytecode cached (under `tmp`), as an
    installed program has its .pyc files, even where PYTHONDONTWRITEBYTECODE is set."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    return env


def run_reader(folder: Path, env: dict) -> float:
    """The baseline in a fresh process, as the end-to-end run: the same conditions for both."""
    out = subprocess.run([sys.executable, __file__, "--child-read", str(folder)],
                         capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])["read"]


def child(folder: str, catalog_path: str, work: str) -> dict:
    """One end-to-end run in this (fresh) process; prints its figures as JSON."""
    t = time.perf_counter()
    # imports are paid once per process: timed apart
    from db.store import Store
    from desktop_app.province import ProvinceOffice
    import exports.consolidated_pdf  # noqa: F401
    import exports.consolidated_xlsx  # noqa: F401
    import exports.submission_reader  # noqa: F401
    import python_calamine  # noqa: F401
    from exports.fonts import report_fonts

    report_fonts()
    imports = time.perf_counter() - t
    work_dir = Path(work)
    doc = json.loads(Path(catalog_path).read_text(encoding="utf-8"))
    store = Store(work_dir / "db" / "chitieu.db")
    with store.transaction():
        store.add_catalog(doc)
    store.close()
    office = ProvinceOffice.open(work_dir / "db", user="bench")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")  # the PDF is written with its signer
    n = len(os.listdir(folder))
    t0 = time.perf_counter()
    run = office.intake(folder, PERIOD)
    t1 = time.perf_counter()
    con = office.consolidation(PERIOD)
    t2 = time.perf_counter()
    office.export_xlsx(PERIOD, work_dir / "tong-hop.xlsx", consolidation=con)
    t3 = time.perf_counter()
    office.export_pdf(PERIOD, work_dir / "bao-cao.pdf", consolidation=con)
    t4 = time.perf_counter()
    hostile = sum(name.endswith("_mu-lon.xlsx") for name in os.listdir(folder))
    assert run.counts["Hợp lệ"] == n - hostile, run.counts
    assert con.completeness.counts["received"] == n - hostile
    office.close()
    return {"files": n, "intake": t1 - t0, "consolidation": t2 - t1, "xlsx": t3 - t2, "pdf": t4 - t3,
            "total": t4 - t0, "imports": imports,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_child(folder: Path, catalog_path: Path, tmp: Path, env: dict) -> dict:
    work = Path(tempfile.mkdtemp(dir=tmp))
    out = subprocess.run([sys.executable, __file__, "--child", str(folder), str(catalog_path), str(work)],
                         capture_output=True, text=True, check=True, env=env)
    shutil.rmtree(work, ignore_errors=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="92,3321")
    ap.add_argument("--keep", metavar="DIR", help="generate into this folder and keep the files")
    ap.add_argument("--hostile", type=int, default=4,
                    help="files with a giant exponent added to each folder (default 4)")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    ap.add_argument("--child-read", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    if args.child_read:
        print(json.dumps(calamine_only(args.child_read)))
        return 0
    tmp = Path(args.keep or tempfile.mkdtemp(prefix="bench-consolidate-"))
    tmp.mkdir(parents=True, exist_ok=True)
    print(f"Máy: {os.cpu_count()} lõi; Python {sys.version.split()[0]}; thư mục {tmp}")
    t = time.perf_counter()
    tmpl = templates(tmp)
    results = {}
    sizes = [int(s) for s in args.sizes.split(",")]
    for n in sizes:
        doc = catalog_for(n)
        cat_path = tmp / f"catalog-{n}.json"
        cat_path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        folder = tmp / f"inbox-{n}"
        if folder.exists():
            shutil.rmtree(folder)
        g = time.perf_counter()
        paths = generate(folder, doc, tmpl, hostile=args.hostile)
        gen = time.perf_counter() - g
        size = sum(p.stat().st_size for p in paths)
        env = child_env(tmp)
        if n == min(sizes):  # compiles the bytecode and fills the disk cache: not timed
            run_reader(folder, env)
            run_child(folder, cat_path, tmp, env)
        runs, reads = [], []
        for _ in range(args.runs):
            reads.append(run_reader(folder, env))  # alternately, so both see the machine alike
            runs.append(run_child(folder, cat_path, tmp, env))
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        read = statistics.median(reads)
        peak = max(r["maxrss_mb"] for r in runs)
        results[n] = (med, read)
        print(f"\n{n} tệp đã ký, mỗi đơn vị một khóa, và {args.hostile} tệp có một ô số mũ khổng lồ ({GIANT}) "
              f"({size / 1024 / 1024:.1f} MB, tạo trong {gen:.1f} s), trung vị của {args.runs} lần:")
        goal = GOAL_S.get(n)
        print(f"  đầu-cuối trong một tiến trình (nhận + tổng hợp + Excel + PDF): {med['total']:.2f} s "
              f"({med['total'] / n * 1000:.2f} ms/tệp)"
              + (f"   mục tiêu ≤ {goal:g} s: {verdict(med['total'] <= goal)}" if goal else ""))
        print(f"    nhận tệp {med['intake']:.2f} s, tổng hợp {med['consolidation']:.2f} s, "
              f"Excel {med['xlsx']:.2f} s, PDF {med['pdf']:.2f} s; (nạp thư viện và phông chữ, một lần "
              f"mỗi tiến trình: {med['imports']:.2f} s, không tính ở trên)")
        print(f"  bộ nhớ đỉnh của tiến trình: {peak:.0f} MB   mục tiêu ≤ {GOAL_MB} MB: {verdict(peak <= GOAL_MB)}")
        print(f"  (để tham khảo) chỉ đọc trang Dữ liệu bằng python-calamine: {read:.2f} s "
              f"({read / n * 1000:.2f} ms/tệp)")
        # Each end-to-end run over the reading run just before it: this machine's speed drifts
        # by a fifth within minutes, and a pair measured back to back sees the same machine.
        pairs = [r["total"] / b for r, b in zip(runs, reads)]
        intake_pairs = [r["intake"] / b for r, b in zip(runs, reads)]
        print(f"  tỉ lệ đầu-cuối / chỉ đọc: {statistics.median(pairs):.2f}× (trung vị của {len(pairs)} cặp đo "
              f"liền nhau, từ {min(pairs):.2f}× đến {max(pairs):.2f}×; chỉ phần nhận tệp: "
              f"{statistics.median(intake_pairs):.2f}×)")
    if len(results) >= 2:
        (a, (ma, _)), (b, (mb, _)) = sorted(results.items())[:2]
        print(f"\nChi phí mỗi tệp: {ma['total'] / a * 1000:.2f} ms với {a} tệp, {mb['total'] / b * 1000:.2f} ms "
              f"với {b} tệp (tỉ lệ {mb['total'] / b / (ma['total'] / a):.2f}; 1,00 là tuyến tính).")
    print(f"\nTổng thời gian đo: {time.perf_counter() - t:.0f} s")
    if args.keep:
        print(f"Các tệp được giữ trong {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
