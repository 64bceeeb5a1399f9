"""What the report PDF says under section II's table of the units whose file states what the province computes
otherwise (`Consolidation.differences`, the workbook's sheet "Khác biệt").

The report's tables print the province's recomputed results and verdicts, while the unit's own paper
may say otherwise (a file stating BHYT "Đạt" against a target 95 where the province computes "Đang thực
hiện" against 100): until 6 December 2026 only the window's summary and the workbook's last sheet said
so, and the signed report said nothing (walk U5 F4). Now a note under the table of the indicators the
province assigns says it, the units named when few, counted otherwise; nothing when every file states what
the province computes. Under the table, not in section I: there its lines took section I past page 1.

Beside it, the units whose approved file the province judged against the catalogue version their approval
was made under, older than the one in use (`Consolidation.judged_under`, walk U10 F3): not a difference of
theirs, never said silently (`judged_under_note`, the workbook's "Tổng hợp" too)."""
from __future__ import annotations

from desktop_app.core.consolidation import Consolidation
from desktop_app.core.submission import running_name

# The units named up to this many ("phường Tích Lương (mã 05500)"); more are counted, the sheet names them.
NAMED_AT_MOST = 5
WHERE = 'chi tiết ở trang “Khác biệt” của tệp Excel tổng hợp'
# where the units judged against an older version are each named when the note counts them
LISTED = 'danh sách ở cột Ghi chú trang “Tình hình gửi báo cáo” của tệp Excel tổng hợp'


def _units(units) -> str:
    if len(units) > NAMED_AT_MOST:
        return ""
    return ": " + ", ".join(f"{running_name(u.commune.name)} (mã {u.commune.code})" for u in units)


def differences_words(con: Consolidation) -> str:
    """The note on the differences, "" when there are none: the units whose file the
    province recomputed (its figures counted, as the province computes them), and apart those whose
    file could not be recomputed or whose stored copy was changed outside the program (not counted)."""
    differ = [u for u in con.units if u.commune.code in con.differences]
    if not differ:
        return ""
    recomputed = [u for u in differ if u.submission is not None]
    left_out = [u for u in differ if u.submission is None]
    said = []
    if recomputed:
        said.append(f"{len(recomputed)} đơn vị có tệp ghi kết quả, chỉ tiêu hoặc đánh giá khác với kết quả tỉnh "
                    f"tính lại{_units(recomputed)}; báo cáo này dùng kết quả tỉnh tính lại")
    if left_out:
        said.append(f"{len(left_out)} đơn vị có tệp không tính lại được số liệu, không tính vào tổng hợp"
                    f"{_units(left_out)}")
    return "Có " + "; ".join([*said, WHERE]) + "."


def judged_under_note(con: Consolidation, *, short: bool = False) -> str:
    """The units whose approved file was judged against the catalogue version its approval was made
    under, older than the one in use, by version (`Consolidation.judged_under`); "" when none. `short`:
    counted, not named, pointing at the units' notes (the workbook's "Tổng hợp", in its column B)."""
    if not con.judged_under:
        return ""
    by_version: dict[str, list] = {}
    for u in con.units:
        if u.commune.code in con.judged_under:
            by_version.setdefault(con.judged_under[u.commune.code], []).append(u)
    if short:
        return (f"{len(con.judged_under)} đơn vị được đánh giá theo bộ chỉ tiêu khi duyệt báo cáo "
                f"({', '.join(sorted(by_version))}), cũ hơn bộ {con.catalog.version} tỉnh đang dùng, không phải "
                "khác biệt của đơn vị; tên đơn vị ở cột Ghi chú trang “Tình hình gửi báo cáo”.")
    many = len(con.judged_under) > NAMED_AT_MOST
    groups = [f"{len(units)} đơn vị theo bộ {version}{'' if many else _units(units)}"
              for version, units in sorted(by_version.items())]
    whose = f"bộ {next(iter(by_version))}" if len(by_version) == 1 else "bộ chỉ tiêu khi duyệt của từng đơn vị"
    return (f"Có {len(con.judged_under)} đơn vị được đánh giá theo bộ chỉ tiêu khi báo cáo của đơn vị được duyệt, "
            f"cũ hơn bộ chỉ tiêu {con.catalog.version} tỉnh đang dùng: {'; '.join(groups)}"
            f"{' (' + LISTED + ')' if many else ''}. Kết quả, đánh giá của các đơn vị này vẫn do tỉnh tính lại từ số "
            f"liệu đơn vị nhập, theo chỉ tiêu của {whose} tỉnh đã phát hành; đây không phải khác biệt của đơn vị.")


def differences_notes(con: Consolidation) -> list[str]:
    """`differences_words` and `judged_under_note` among the notes under section II's table
    (`table_with_notes`), none when empty."""
    return [said for said in (differences_words(con), judged_under_note(con)) if said]
