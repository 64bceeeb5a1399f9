"""End to end: real commune submissions in a folder, intake, completeness, consolidated files."""
from __future__ import annotations

from decimal import Decimal

import python_calamine
from openpyxl import load_workbook

from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.intake import ACCEPTED, FileClass
from desktop_app.core.periods import parse_period
from desktop_app.core.submission import submission_from_json
from desktop_app.core.submission import fingerprint
from desktop_app.core.submission import running_name
from exports.consolidated_xlsx import (
    MAIN_SUB,
    SHEET_COMPLETENESS,
    SHEET_DIFFERENCES,
    SHEET_MAIN,
    SHEET_SUPPLEMENTARY,
    UNIT_COLUMNS,
)
from exports.intake_results_sheet import SHEET_INTAKE
from tests.province.conftest import PERIOD


def test_every_file_gets_its_class_and_a_reason(inbox, received):
    """Valid, late, draft, duplicate, copy, tampered, other period, garbage, PDF, foreign workbook."""
    _, run = received
    got = {r.file_name: r.class_ for r in run.results}
    assert got == inbox["expected"]
    for r in run.results:
        assert r.class_ in tuple(FileClass)
        assert r.reason.strip(), r.file_name


def test_duplicate_keeps_the_later_one_and_says_which(inbox, received):
    """The corrected re-export is kept; the first version stays in the history."""
    office, run = received
    dup = next(r for r in run.results if r.file_name == "ban-sua-lai.xlsx")
    assert dup.kept and "Giữ bản lập sau: tệp này" in dup.reason
    first = inbox["first"]
    versions = office.store.received(PERIOD, unit_code=first.unit_code, current_only=False)
    assert len(versions) == 2
    kept = [v for v in versions if v.current]
    assert [v.file_name for v in kept] == ["ban-sua-lai.xlsx"]
    copy = next(r for r in run.results if r.file_name == "ban-sao (1).xlsx")
    assert "Đã nhận trước đó" in copy.reason and not copy.new


def test_completeness_counts_and_statuses(inbox, received):
    """Đã nhận n/92, the late and the draft unit marked, the tampered unit refused, the rest missing."""
    office, _ = received
    c = office.checked_completeness(PERIOD)
    n = len(inbox["kept"])
    counts = c.counts
    # every unit's key is new to the province: counted, marked as waiting for confirmation
    assert counts == {"total": 92, "received": n, "late": 1, "draft": 1, "refused": 1, "revoked": 0,
                      "missing": 92 - n, "pending": n, "unsigned": 0, "held": 0}
    assert c.text.startswith(f"Đã nhận {n}/92, trễ hạn 1, chưa gửi {92 - n} (trong đó 1 đơn vị có tệp bị từ chối), "
                             f"dự thảo 1, {n} đơn vị có khóa chờ xác nhận")
    status = {u.code: u for u in c.units}
    assert status[inbox["late"]].status == ReportStatus.TRE_HAN
    assert status[inbox["draft"]].status == ReportStatus.DU_THAO
    assert status[inbox["tampered"]].status == ReportStatus.BI_TU_CHOI
    assert "Đã bị sửa" in status[inbox["tampered"]].reason
    for code, sub in inbox["kept"].items():
        assert status[code].received and status[code].fingerprint == sub.fingerprint
        assert status[code].pending and status[code].key_code == sub.key_code
        assert status[code].status_text.endswith(", khóa chờ xác nhận")
    missing = c.missing_names()
    assert len(missing) == 92 - n
    assert status[inbox["tampered"]].name in missing
    text = c.reminder_text()
    assert all(name in text for name in missing)
    assert sum(u.status == ReportStatus.CHUA_GUI for u in c.units) == 92 - n - 1


def test_stored_submissions_rebuild_with_the_same_fingerprint(inbox, received):
    """What the province stores is exactly what was sent: the fingerprint recomputes."""
    office, _ = received
    for row, canonical_text, document in office.store.received_documents(PERIOD):
        sub = submission_from_json(canonical_text, document)
        assert fingerprint(sub) == row.fingerprint
    subs = office.submissions(PERIOD)
    assert {c: s.fingerprint for c, s in subs.items()} == {
        c: s.fingerprint for c, s in inbox["kept"].items()}


def test_reading_the_folder_again_changes_nothing(inbox, office):
    """Intake is idempotent: a second run adds no row and refuses the same files again."""
    first = office.intake(inbox["folder"], PERIOD)
    rows = office.store.conn.execute("SELECT count(*) FROM received").fetchone()[0]
    second = office.intake(inbox["folder"], PERIOD)
    assert office.store.conn.execute("SELECT count(*) FROM received").fetchone()[0] == rows
    assert not any(r.new for r in second.results)
    before = {r.file_name: r.class_ for r in first.results}
    after = {r.file_name: r.class_ for r in second.results}
    for name, cls in before.items():
        assert after[name] == ("Trùng" if cls in ACCEPTED else cls)
    assert office.checked_completeness(PERIOD).counts == office.checked_completeness(PERIOD).counts


def _dec(v):
    if v is None or v == "":
        return None
    if isinstance(v, float):
        return Decimal(repr(v))
    return Decimal(str(v))


def _main_rows(rows):
    head = next(i for i, r in enumerate(rows) if r and r[0] == "STT")
    return rows[head], rows[head + 3:head + 3 + 92]


def _check_main(rows, con_units, inbox, catalog):
    header, body = _main_rows(rows)
    assigned = [i for i in catalog.indicators if i.assigned]
    assert [h for h in header[:len(UNIT_COLUMNS)]] == list(UNIT_COLUMNS)
    by_code = {str(r[2]): r for r in body}
    assert len(by_code) == 92
    for code, sub in inbox["kept"].items():
        row = by_code[code]
        items = {it.code: it for it in sub.items}
        for k, ind in enumerate(assigned):
            col = len(UNIT_COLUMNS) + len(MAIN_SUB) * k
            target, value, verdict = row[col], row[col + 1], row[col + 2]
            it = items.get(ind.code)
            if it is None:
                assert target == "x" and value == "x"
                continue
            assert _dec(value) == _dec(it.value), (code, ind.code)
            assert _dec(target) == _dec(it.target_value), (code, ind.code)
            # a year-end indicator at 6 months is not yet judged, whatever the file states
            assert verdict == (it.verdict if ind.due_at(parse_period(PERIOD)) else "Chưa đến kỳ đánh giá")
    for code, row in by_code.items():
        if code not in inbox["kept"]:
            for k, ind in enumerate(assigned):
                col = len(UNIT_COLUMNS) + len(MAIN_SUB) * k
                if row[col] != "x":
                    assert row[col + 1] in (None, "")
                    assert row[col + 2] == ("Chưa báo cáo" if ind.due_at(parse_period(PERIOD))
                                            else "Chưa đến kỳ đánh giá")


def test_consolidated_workbook_holds_exactly_the_submitted_values(inbox, received, tmp_path):
    """Read back with openpyxl and with python-calamine: every target, result and verdict."""
    office, _ = received
    path = office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx")
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames[:5] == [SHEET_MAIN, SHEET_SUPPLEMENTARY, SHEET_COMPLETENESS, SHEET_INTAKE, SHEET_DIFFERENCES]
    rows = [tuple(r) for r in wb[SHEET_MAIN].iter_rows(values_only=True)]
    header, _ = _main_rows(rows)
    _check_main(rows, None, inbox, office.catalog)
    sub_rows = rows[rows.index(header) + 1]
    assert tuple(sub_rows[len(UNIT_COLUMNS):len(UNIT_COLUMNS) + len(MAIN_SUB)]) == MAIN_SUB
    cal = python_calamine.CalamineWorkbook.from_path(str(path))
    crow = [tuple(None if v == "" else v for v in r) for r in cal.get_sheet_by_name(SHEET_MAIN).to_python()]
    _check_main(crow, None, inbox, office.catalog)
    # the summary rows: counts add up to the units each indicator applies to
    con = office.consolidation(PERIOD)
    for s in con.summaries.values():
        assert sum(s.counts.values()) == s.applicable
    bhyt = con.summaries["bhyt"]
    nums = sum(Decimal(s.items[[i.code for i in s.items].index("bhyt")].numerator) for s in inbox["kept"].values())
    dens = sum(Decimal(s.items[[i.code for i in s.items].index("bhyt")].denominator) for s in inbox["kept"].values())
    assert bhyt.total == (nums * 100 / dens).quantize(Decimal("0.01"))
    # supplementary sheet: the one supplementary indicator every unit entered
    sup = [tuple(r) for r in wb[SHEET_SUPPLEMENTARY].iter_rows(values_only=True)]
    head = next(i for i, r in enumerate(sup) if r and r[0] == "STT")
    supp = [i.code for i in office.catalog.indicators if not i.assigned]
    col = len(UNIT_COLUMNS) + 2 * supp.index("gia_dinh_van_hoa")
    for r in sup[head + 2:head + 2 + 92]:
        sub = inbox["kept"].get(str(r[2]))
        if sub is not None:
            it = next(i for i in sub.items if i.code == "gia_dinh_van_hoa")
            assert _dec(r[col]) == _dec(it.value) and r[col + 1] == it.verdict
    # intake sheet lists every file read
    log = [tuple(r) for r in wb[SHEET_INTAKE].iter_rows(values_only=True)]
    names = {r[2] for r in log if len(r) > 2}
    assert set(inbox["expected"]) <= names
    wb.close()


def test_consolidated_pdf_is_an_official_report(received, tmp_path):
    """The PDF has the province header, the title, the counts and ends with the signature."""
    from pypdf import PdfReader

    from tests.province.conftest import REPORT_DATE

    office, _ = received
    path = office.export_pdf(PERIOD, tmp_path / "bao-cao.pdf", doc_number="7", report_date=REPORT_DATE)
    text = "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    flat = " ".join(text.split())
    for needle in ("ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   "Số: 07/BC-UBND", "Thái Nguyên, ngày 02 tháng 7 năm 2026", "BÁO CÁO",
                   "Tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu của các xã, phường",
                   "KT. CHỦ TỊCH", "Hoàng Thị Ký", "./."):
        assert needle in flat, needle
    c = office.checked_completeness(PERIOD).counts
    assert f"đã nhận báo cáo của {c['received']}/92 xã, phường" in flat


def test_consolidated_pdf_names_the_units_not_meeting_each_target(received):
    """Section "các đơn vị không đạt": for each assigned indicator, the units the province
    judges Không đạt, in catalogue order, and no other unit."""
    from dataclasses import replace

    from pypdf import PdfReader

    from desktop_app.core.evaluation import Verdict
    from exports.consolidated_pdf import render_pdf

    office, _ = received
    con = office.consolidation(PERIOD)
    subs = {u.commune.code: u.submission for u in con.units if u.submission is not None}
    ind = con.assigned[0]
    failing = [code for code, sub in subs.items() if any(i.code == ind.code for i in sub.items)][:3]
    assert len(failing) == 3
    # these units' first indicator is now judged Không đạt (as the province's recomputation would say)
    changed = replace(con, items={key: replace(it, verdict=Verdict.KHONG_DAT.value)
                                  if key[0] in failing and key[1] == ind.code else it
                                  for key, it in con.items.items()})
    subs = {code: replace(sub, items=tuple(changed.items.get((code, i.code), i) for i in sub.items))
            for code, sub in subs.items()}
    import io

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(changed))).pages).split())
    names = [running_name(u.commune.name) for u in con.units if u.commune.code in failing]  # "xã …"
    assert f"{ind.name} (3 đơn vị): {', '.join(names)}." in text
    others = [i for i in con.assigned[1:]
              if not any(it.verdict == Verdict.KHONG_DAT.value for s in subs.values() for it in s.items
                         if it.code == i.code)]
    for i in others:
        assert f"{i.name} (" not in text.split("KHÔNG ĐẠT CHỈ TIÊU TỈNH GIAO")[-1]
