"""The province counts what it computes from the inputs, never what a file says it computed;
a file with figures the commune's form would refuse is refused, and it cannot stop the run."""
from __future__ import annotations

import shutil
from dataclasses import replace

from openpyxl import load_workbook

from desktop_app.core.consolidation import Count, consolidate
from desktop_app.core.evaluation import Verdict
from desktop_app.core.intake import FileClass
from exports.submission_format import SHEET_DATA
from tests.province.conftest import PERIOD


def _stated_otherwise(sub, code, **stated):
    return replace(sub, items=tuple(replace(i, **stated) if i.code == code else i for i in sub.items))


def test_stated_verdicts_targets_and_own_targets_do_not_reach_the_figures(received):
    """A file saying "<script>" or "Vượt" where the inputs give Đang thực hiện, with a
    target of its own choosing, is counted as the province computes it; the differences
    are kept to show, naming the indicator."""
    office, _ = received
    con = office.consolidation(PERIOD)
    subs = {u.commune.code: u.submission for u in con.units if u.submission is not None}
    first, second = sorted(subs)[:2]
    honest = con.items[(first, "bhyt")]
    subs[first] = _stated_otherwise(subs[first], "bhyt", verdict="<script>alert(1)</script>",
                                    target_op="≥", target_value="50", target_text="≥ 50")
    subs[second] = _stated_otherwise(subs[second], "bhyt", verdict=Verdict.VUOT.value, own_target_op="≥",
                                     own_target_value="1", own_target_text="≥ 1", own_verdict="Vượt")
    changed = consolidate(con.period, con.catalog, con.settings, con.completeness, subs, con.intake_log)
    assert changed.items[(first, "bhyt")].verdict == honest.verdict == Verdict.DANG_THUC_HIEN.value
    assert changed.items[(first, "bhyt")].target_value == honest.target_value != "50"
    assert changed.items[(second, "bhyt")].verdict == Verdict.DANG_THUC_HIEN.value
    # the own target is judged again, in its own column: an annual one only at the year's end
    assert changed.items[(second, "bhyt")].own_verdict == Verdict.DANG_THUC_HIEN.value
    assert changed.summaries["bhyt"].counts == con.summaries["bhyt"].counts
    assert changed.summaries["bhyt"].counts[Count.VUOT] == 0
    said = " ".join(changed.differences[first])
    assert 'tệp ghi đánh giá "<script>alert(1)</script>", tỉnh tính lại "Đang thực hiện"' in said
    assert 'tệp ghi chỉ tiêu "50"' in said


def _edit_first(src, dst, column, value):
    """Change one figure, then write the fingerprint the changed data has (as a forger who
    read FORMAT.md would) and drop the signature the forger cannot make (the file arrives
    unsigned), so that only the figure itself can give it away."""
    from exports.submission_reader import parse_bytes

    wb = load_workbook(src)
    ws = wb[SHEET_DATA]
    col = [c.value for c in ws[1]].index(column) + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value not in (None, ""))
    ws.cell(row, col).value = value
    wb.save(dst)
    try:
        fingerprint = parse_bytes(dst.read_bytes(), dst.name).fingerprint
    except Exception:  # noqa: BLE001 - a cell the reader refuses before any fingerprint
        return
    info = wb["Thông tin"]
    for cells in info.iter_rows(min_row=2):
        if cells[0].value == "fingerprint":
            cells[2].value = fingerprint
        elif cells[0].value == "fingerprint_short":
            cells[2].value = fingerprint[:16]
        elif cells[0].value in ("public_key", "key_code", "signature"):
            cells[2].value = None
    wb.save(dst)


def test_hostile_figures_are_refused_and_the_run_goes_on(office, inbox, tmp_path):
    """A giant exponent, 1E+308 typed as a number, a negative rate: each file refused with
    its reason, and every other file of the folder is still read."""
    folder = tmp_path / "hop-thu"
    shutil.copytree(inbox["folder"], folder)
    src = folder / f"{inbox['kept'][inbox['units'][2]].file_stem}.xlsx"
    hostile = {"mu-lon.xlsx": ("numerator", "1E+300000000"), "mu-lon-2.xlsx": ("denominator", "9E+99999999"),
               "so-thuc.xlsx": ("numerator", 1e308), "ty-le-am.xlsx": ("numerator", "-50.5"),
               "so-dai.xlsx": ("denominator", "1" + "0" * 25)}
    for name, (column, value) in hostile.items():
        _edit_first(src, folder / name, column, value)
    run = office.intake(folder, PERIOD)
    got = {r.file_name: r for r in run.results}
    for name in hostile:
        assert got[name].class_ == FileClass.DA_BI_SUA, (name, got[name].reason)
    assert '"1E+300000000" không phải là số' in got["mu-lon.xlsx"].reason  # a text cell: quoted as the file shows it
    assert "quá nhiều chữ số" in got["so-thuc.xlsx"].reason
    assert "không được âm" in got["ty-le-am.xlsx"].reason
    assert "quá nhiều chữ số" in got["so-dai.xlsx"].reason
    for name, expected in inbox["expected"].items():
        assert got[name].class_ == expected, name


def test_stated_inputs_the_entry_form_would_refuse_are_refused(received):
    """Years a term total lacks, the commune's own target and a yes/no answer are inputs too:
    what the leader's form or the entry form would refuse is named, in Vietnamese, and a file
    stating it is not received (a "²" among the years once stopped every consolidation)."""
    from desktop_app.core.recompute import check_values

    office, _ = received
    con = office.consolidation(PERIOD)
    code, sub = next((u.commune.code, u.submission) for u in con.units if u.submission is not None)
    commune = con.catalog.commune_by_code(code)
    assert check_values(con.catalog, commune, sub) == []
    refused = {
        "²": dict(earlier_missing="²"), "٢٠٢٦": dict(earlier_missing="٢٠٢٦"),
        "2031": dict(earlier_missing="2031"), "9" * 400: dict(earlier_missing="9" * 400),
        'Phép so sánh "x"': dict(own_target_op="x", own_target_value="5"),
        "Giá trị chỉ tiêu: chưa nhập": dict(own_target_op="≥", own_target_value=None),
        "tỷ lệ không quá 100%": dict(own_target_op="≥", own_target_value="150"),
        "Có/Không": dict(flag="2"),
    }
    for said, stated in refused.items():
        problems = check_values(con.catalog, commune, _stated_otherwise(sub, "bhyt", **stated))
        assert len(problems) == 1 and said[:20] in problems[0], (stated, problems)
        assert problems[0].startswith("Tỷ lệ người dân tham gia bảo hiểm y tế")
    # stored before intake refused them: left out of the figures, and said
    subs = {u.commune.code: u.submission for u in con.units if u.submission is not None}
    subs[code] = _stated_otherwise(sub, "bhyt", earlier_missing="²")
    changed = consolidate(con.period, con.catalog, con.settings, con.completeness, subs, con.intake_log)
    assert (code, "bhyt") not in changed.items
    assert any("tệp ghi số liệu không hợp lệ" in d for d in changed.differences[code])


def test_a_file_that_cannot_be_recomputed_does_not_stop_the_consolidation(received, monkeypatch):
    """The last guard: whatever goes wrong recomputing one unit's file, the other units are
    consolidated, and that unit's file is named in the differences, not counted."""
    import desktop_app.core.consolidation as consolidation

    office, _ = received
    con = office.consolidation(PERIOD)
    subs = {u.commune.code: u.submission for u in con.units if u.submission is not None}
    broken = sorted(subs)[0]
    real = consolidation.recompute

    def recompute(catalog, commune, sub, held=None):
        if commune.code == broken:
            raise ValueError("invalid literal for int()")
        return real(catalog, commune, sub, held)

    monkeypatch.setattr(consolidation, "recompute", recompute)
    changed = consolidate(con.period, con.catalog, con.settings, con.completeness, subs, con.intake_log)
    assert next(u for u in changed.units if u.commune.code == broken).submission is None
    assert "không được tính vào tổng hợp" in changed.differences[broken][0]
    others = [c for c in subs if c != broken]
    assert all((c, "bhyt") in changed.items for c in others)


def test_a_file_of_an_earlier_version_saying_chua_nhap_for_a_year_end_indicator_is_no_difference(received):
    """Until 2026.12 the commune's program said "Chưa nhập" for a year-end indicator left empty
    before the year's report, where the province computes "Chưa đến kỳ đánh giá": every older
    quarterly file would have filled Khác biệt. Any other stated verdict is still a difference."""
    office, _ = received
    con = office.consolidation(PERIOD)
    subs = {u.commune.code: u.submission for u in con.units if u.submission is not None}
    first, second = sorted(subs)[:2]
    year_end = next(i for i in con.catalog.indicators if not i.due_at(con.period) and i.code in
                    {it.code for it in subs[first].items})
    subs[first] = _stated_otherwise(subs[first], year_end.code, verdict=Verdict.CHUA_NHAP.value)
    subs[second] = _stated_otherwise(subs[second], year_end.code, verdict=Verdict.VUOT.value)
    changed = consolidate(con.period, con.catalog, con.settings, con.completeness, subs, con.intake_log)
    assert first not in changed.differences
    assert any('tệp ghi đánh giá "Vượt", tỉnh tính lại "Chưa đến kỳ đánh giá"' in d for d in changed.differences[second])


def test_figures_in_the_differences_are_written_the_vietnamese_way(received):
    """A reviewer reads "81,1", not "81.1"; text a file states is quoted as it is."""
    office, _ = received
    con = office.consolidation(PERIOD)
    subs = {u.commune.code: u.submission for u in con.units if u.submission is not None}
    first = sorted(subs)[0]
    honest = con.items[(first, "bhyt")]
    subs[first] = _stated_otherwise(subs[first], "bhyt", progress="1234.5", target_value="1E+5")
    changed = consolidate(con.period, con.catalog, con.settings, con.completeness, subs, con.intake_log)
    said = " ".join(changed.differences[first])
    assert 'tệp ghi tỷ lệ so với chỉ tiêu "1.234,5", tỉnh tính lại "' in said
    assert f'tỉnh tính lại "{honest.progress.replace(".", ",")}"' in said
    assert 'tệp ghi chỉ tiêu "1E+5"' in said
