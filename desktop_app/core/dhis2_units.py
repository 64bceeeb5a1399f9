"""Which units a DHIS2 or ADX file of a consolidation holds: every unit that sent a report, but
those whose counted version is signed by a key the province has not confirmed yet (anyone can
sign a file with a key of their own for a unit that has not reported, and once in DHIS2 a later
confirmation or revocation cannot reach it). The writers (`exports.dhis2`), the command line and
the window ask the same rule.
"""
from __future__ import annotations

from desktop_app.core.consolidation import Consolidation, UnitStatus
from desktop_app.core.periods import in_sentence
from desktop_app.core.words import Words


NAMED = 10  # units named in the refusal; the workbook lists them all


def left_out(con: Consolidation) -> list[UnitStatus]:
    """The counted units the DHIS2 and ADX files leave out, in catalogue order: those whose
    version is signed by a key awaiting the province's confirmation ("khóa chờ xác nhận"). The
    workbook and the report count them, marked; a DHIS2 server keeps what it imported."""
    return [u.status for u in con.units if u.submission is not None and u.status.pending]


def nothing_to_send(con: Consolidation, files: tuple[str, str] = ("tệp DHIS2 và ADX", "DHIS2 and ADX files")
                    ) -> Words | None:
    """Why `files` of `con` would hold no unit (no report received for the period, or every one
    `left_out`: its key awaits confirmation), said before anything is written: an empty file
    reported as exported read as the province's data sent (walk U10, F4). None when a unit is in."""
    if any(u.submission is not None and not u.status.pending for u in con.units):
        return None
    p, waiting = con.period, len(left_out(con))
    vi = f"Chưa ghi {files[0]} {in_sentence(p.name)}: tệp sẽ không có đơn vị nào"
    en = f"Nothing written: the {files[1]} of {p.name_en[:1].lower() + p.name_en[1:]} would hold no unit"
    if waiting:
        units = left_out(con)
        named = ", ".join(f"{u.name} ({u.code})" for u in units[:NAMED])
        more = len(units) - NAMED
        return Words(
            f"{vi}. {waiting} đơn vị đã gửi báo cáo nhưng khóa ký tệp đang chờ tỉnh xác nhận: {named}"
            + (f" và {more} đơn vị khác" if more > 0 else "") + ". Đối chiếu mã khóa với mã in trên báo cáo giấy có "
            "chữ ký của đơn vị, xác nhận khóa đúng, rồi xuất lại.",
            f"{en}. {waiting} unit(s) sent a report but the key that signed it awaits the province's confirmation: "
            f"{named}" + (f" and {more} more" if more > 0 else "") + ". Compare the key's code with the code printed "
            "on the unit's signed paper report, confirm the right key, then export again.")
    return Words(f"{vi}: chưa nhận báo cáo nào của kỳ này. Nhận báo cáo của các đơn vị trước, rồi xuất lại.",
                 f"{en}: no report of this period has been received. Receive the units' reports first, then export "
                 "again.")
