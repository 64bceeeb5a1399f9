"""The words of the province's intake about a version it stores (`desktop_app.intake`): the
reason a file's line gives (received, replacing the unit's kept version, kept in the history)
and what it adds about the version itself (its approval, catalogue, lateness, date of receipt
and signature), why a unit's date of receipt is that of another of its versions with the same
figures (`first_receipt_note`), and why a stored version is not counted when its copy was changed
outside the program (`altered_reason`). Each sentence is built from its parts for the case at hand, never by editing
another sentence's text.
"""
from __future__ import annotations

import datetime as dt

from desktop_app.core.catalog import version_order
from desktop_app.core.intake import (
    late_on,
    made_on,
    receipt_note,
    row_judged_on,
    when_text,
)
from desktop_app.core.keys import (
    TYPE_PAPER_CODE,
    KeyState,
    UnitKey,
    confirm_command,
    held_reason,
    shared_note,
    sharing,
)
from desktop_app.core.periods import Period, format_date, format_time, in_sentence


def pending_note(code: str, unit_code: str) -> str:
    """What a file's line adds when its key is its unit's first, pending and of no other unit."""
    return (f" Khóa ký mã {code} của đơn vị chưa được xác nhận: số liệu được tính và đánh dấu chờ xác nhận; đối "
            f"chiếu mã này với mã in trên báo cáo giấy có chữ ký rồi xác nhận, {TYPE_PAPER_CODE} "
            f"({confirm_command(unit_code)}).")


BEHIND = ": đơn vị chưa nhập bản cập nhật bộ chỉ tiêu."


def catalog_note(version: str, provinces: str, otherwise: str = "", approved_under: bool = False) -> str:
    """What a file's line says when it was made under catalogue `version`, not the province's
    `provinces`: an older one, the unit has not imported the update yet; a newer one, the
    province never published it (it publishes only versions newer than the one it uses), so
    the unit may have imported a forged update (red-team 16 F3): whom to call, not whom to blame.
    `otherwise`: the example of a target the file states otherwise than the province's own
    document of `version` (`HeldCatalogues.stated_otherwise`), its own version too: a forged
    update numbered as one the province published (red-team R2 F6), not a unit merely behind.
    `approved_under`: an approved file the province judges against `version`, its approval's
    (`HeldCatalogues.judging`): the unit is not behind, its period keeps the catalogue it was
    approved under (walk U10 F3)."""
    where = f" (tỉnh đang dùng {provinces})" if version != provinces else ""
    if otherwise:
        return (f" Lập theo bộ chỉ tiêu {version}{where}, nhưng bộ {version} đơn vị dùng không phải bộ chỉ tiêu "
                f"{version} tỉnh đã phát hành ({otherwise}): đơn vị có thể đã nhập bản cập nhật giả; liên hệ đơn vị.")
    if version == provinces:
        return ""
    if approved_under:
        return (f" Bản đã duyệt theo bộ chỉ tiêu {version}{where}: tỉnh tính lại và đánh giá theo bộ chỉ tiêu "
                f"{version} tỉnh đã phát hành, bộ chỉ tiêu khi báo cáo được duyệt.")
    if version_order(version) > version_order(provinces):
        return (f" Lập theo bộ chỉ tiêu {version}, phiên bản tỉnh chưa phát hành{where}: "
                "đơn vị có thể đã nhập bản cập nhật giả; liên hệ đơn vị.")
    return f" Lập theo bộ chỉ tiêu {version}{where}{BEHIND}"


def version_notes(intake, result, sub, p: Period, replaced, first_on: str = "", other_versions: bool = False,
                  *, elsewhere: list[UnitKey], not_counted: bool = False) -> str:
    """What the reason adds about the version itself: its approval, catalogue, lateness
    (`first_on`: the day the same figures first arrived; `other_versions`: the unit has others),
    date of receipt before the day made (`receipt_note`), and signature. `intake` is the
    `Intake` storing it (its catalogue, rules, register and date of receipt); `elsewhere`: the
    register's entries of the file's key for other units (`Store.units_signed_by`, read by the
    intake in the file's transaction). `not_counted`: a draft made after the approved version
    kept, whose reason says already that it is a draft and not counted: neither is said again."""
    notes = ""
    if not sub.approved:
        if not not_counted:
            notes += " Bản DỰ THẢO (chưa được Lãnh đạo duyệt)."
    elif replaced is not None and not replaced.approved and replaced.fingerprint == result.fingerprint:
        notes += " Cùng số liệu với bản dự thảo đã nhận, nay đã được duyệt: đơn vị chuyển sang bản ĐÃ DUYỆT."
    if sub.paper_version and sub.paper_version != sub.app_version:  # the paper it prints (red-team R31 F5)
        notes += (f" Lập bằng phiên bản {sub.app_version} của phần mềm, in theo mẫu báo cáo giấy của phiên bản "
                  f"{sub.paper_version} (phiên bản đã duyệt bản này).")
    notes += catalog_note(sub.catalog_version, intake.catalog.version, intake.held.stated_otherwise(sub),
                          intake.held.judging(sub) is not intake.held.current)
    superseded = intake.held.superseded_before(sub) if sub.approved and notes.endswith(BEHIND) else None
    if superseded is not None:  # approved under the old targets after the province published newer ones
        notes += (f" Duyệt lúc {format_time(sub.approved_at)}, sau khi tỉnh phát hành bộ {superseded[0]} lúc "
                  f"{format_time(superseded[1])}: tỉnh đánh giá theo bộ chỉ tiêu {intake.catalog.version}.")
    day = dt.date.fromisoformat(result.received_on)
    deadline = format_date(p.deadline(intake.rules))
    moved = receipt_note(result.stated_on or result.received_on, sub.generated_at, intake.received_from,
                         intake.reading_day())
    lead = f" {moved}" if moved else ""
    by_made = result.received_on != (result.stated_on or result.received_on)  # `judged_on` took the day made
    if result.late and first_on and not late_on(first_on, p, intake.rules):
        notes += (f"{lead} Tệp này nhận ngày {format_date(day)}, sau hạn {deadline}, nhưng cùng số liệu đã nhận "
                  f"đúng hạn ngày {format_date(dt.date.fromisoformat(first_on))}: đơn vị không bị tính trễ hạn.")
    elif result.late and moved and by_made:  # one sentence: judged by the day made
        notes += f" {moved.removesuffix('.')}; trễ hạn so với hạn {deadline}."
    elif result.late:
        notes += f"{lead} Trễ hạn: nhận ngày {format_date(day)}, hạn {deadline}."
    else:
        notes += lead
    if first_on and first_on < result.received_on and not (result.late and not late_on(first_on, p, intake.rules)):
        # the date "Kết quả nhận tệp" prints beside this file is that day's (walk W2 #4)
        notes += (f" Cùng số liệu đã nhận ngày {format_date(dt.date.fromisoformat(first_on))}: hạn gửi tính theo "
                  "ngày đó.")
    if moved and other_versions:  # how the choice of the kept version takes it (`rank`)
        notes += " Giữa các bản cùng trạng thái duyệt của đơn vị, bản lập trước ngày nhận được giữ trước bản này."
    if not sub.signed:
        what = "định dạng 1" if sub.format_version < 2 else "không có chữ ký"
        notes += (f" Tệp CHƯA KÝ ({what}): không biết chắc ai lập; chưa tính vào tổng hợp cho đến khi tỉnh "
                  f"chấp nhận (chitieu unsigned accept {sub.unit_code} --period {sub.period}).")
    else:  # signed: the key's state, and every other unit it is registered for (the first file too)
        mine = UnitKey(None, sub.unit_code, sub.public_key, sub.key_code, result.key_state, "")
        others = sharing(elsewhere, mine)
        if others and result.key_state == KeyState.CHO:  # held: counted for none of them
            notes += (f" Khóa ký mã {sub.key_code} của đơn vị chưa được xác nhận. "
                      + held_reason(sub.key_code, sub.unit_code, result.unit_name, others, intake.unit_name))
        elif result.key_state == KeyState.CHO and not_counted:  # not counted anyway: the state alone
            notes += f" Khóa ký mã {sub.key_code} của đơn vị chưa được xác nhận."
        elif result.key_state == KeyState.CHO:
            notes += pending_note(sub.key_code, sub.unit_code)
        elif others:  # confirmed for this unit (its paper compared): counted, and said
            notes += " " + shared_note(others, intake.unit_name)
    return notes


def received_reason(unit_name: str, p: Period, short: str, notes: str) -> str:
    """The unit's first version (or the first it may keep)."""
    return f"Đã nhận {unit_name}, {in_sentence(p.name)}, mã xác thực {short}.{notes}"


def replacing_reason(unit_name: str, p: Period, previous, why: str, this: str, short: str, notes: str,
                     made: str = "") -> str:
    """A version kept in place of `previous` (a correction, or approved after a draft); `made`:
    when `previous` was made as said beside `this` (`when_texts`), else its `when_text`."""
    return (f"Đã nhận bản mới của {unit_name}, {in_sentence(p.name)}, thay tệp {previous.file_name} đã nhận (lập lúc "
            f"{made or when_text(previous.generated_at)}). {why}: tệp này ({this}, mã xác thực {short}); bản trước được lưu "
            f"trong lịch sử.{notes}")


def draft_after_approved_reason(unit_name: str, p: Period, this: str, short: str, keeper, notes: str,
                                made: str = "") -> str:
    """A draft made after the approved version kept: received, not counted (`version_notes`
    with `not_counted`)."""
    return (f"Đã nhận bản DỰ THẢO của {unit_name}, {in_sentence(p.name)} ({this}, mã xác thực {short}), lập sau bản ĐÃ DUYỆT đã "
            f"nhận (tệp {keeper.file_name}, lập lúc {made or when_text(keeper.generated_at)}): KHÔNG tính vào tổng hợp, "
            "tỉnh giữ bản đơn vị gửi là đã duyệt (có chữ ký của đơn vị); bản dự thảo được lưu trong lịch sử. Nếu "
            f"đơn vị mở lại kỳ để sửa số liệu, đề nghị đơn vị gửi bản được Lãnh đạo duyệt lại.{notes}")


def not_kept_reason(keeper, why: str, this: str, notes: str, made: str = "") -> str:
    """Another version of the unit kept rather than this one (`made`: as `replacing_reason`'s)."""
    return (f"Trùng đơn vị và kỳ với tệp {keeper.file_name} đã nhận. {why}: tệp {keeper.file_name} (lập lúc "
            f"{made or when_text(keeper.generated_at)}); tệp này ({this}) được lưu trong lịch sử.{notes}")


def version_text(row) -> str:
    """"bản đã duyệt (tệp …, lập lúc 09:00 18/06/2026)": a stored version as a change names it
    (a unit's versions often have the same file name)."""
    return (f"bản {'đã duyệt' if row.approved else 'dự thảo'} (tệp {row.file_name}, lập lúc "
            f"{when_text(row.generated_at)})")


def chosen_again_note(at: str, row, kept, dropped, why: str) -> str:
    """What a log line of `row` adds when the upgrade chose the unit's kept version again
    (`desktop_app.intake.choose_again`, at `at`): `kept` is now kept rather than `dropped`."""
    lead = f" [Lúc {when_text(at)}, khi nâng cấp chương trình, tỉnh chọn lại bản giữ theo quy tắc hiện hành. {why}:"
    if row.id == kept.id:
        return f"{lead} tệp này được giữ và tính vào tổng hợp thay {version_text(dropped)}.]"
    return f"{lead} tỉnh giữ {version_text(kept)}; tệp này không còn được tính vào tổng hợp, được lưu trong lịch sử.]"


def chosen_again_text(changed) -> str:
    """The audit row of `desktop_app.intake.choose_again`: each unit and period whose kept
    version changed, (kept before, kept now)."""
    what = "; ".join(f"{before.unit_code} kỳ {before.period}: giữ {version_text(after)} thay {version_text(before)}"
                     for before, after in changed)
    return ("Chọn lại bản giữ của các đơn vị theo quy tắc hiện hành (bản đã duyệt được giữ trước mọi bản dự thảo; "
            "giữa các bản đã duyệt, bản duyệt sau được giữ; bản ký bằng khóa đã xác nhận của đơn vị được giữ trước "
            f"bản ký bằng khóa đã được thay): {what}.")


def first_receipt_note(kept, first) -> str:
    """Why a unit's date of receipt is not its kept version's own: `first`, another version with the
    same figures (same fingerprint) and approval, arrived earlier, and lateness counts from it
    (`core.intake.first_received`). Without it the workbook showed a file made on 19/06 as received
    on 18/06, unexplained (walk W2 #4: the same report signed again by another key, and kept). Only
    what the province knows: the two files, when each was made and received, and their keys when
    they differ; "" when the date is the kept version's own."""
    if first is None or first.id == kept.id:
        return ""
    day, own = dt.date.fromisoformat(row_judged_on(first)), row_judged_on(kept)
    keys = first.key_code != kept.key_code
    made = made_on(kept.generated_at)
    return (f"Ngày nhận (tính hạn) {format_date(day)} là ngày nhận tệp {first.file_name} (lập lúc "
            f"{when_text(first.generated_at)}{_signed(first) if keys else ''}), cùng số liệu (cùng mã xác thực) với "
            f"tệp đang tính {kept.file_name} (lập lúc {when_text(kept.generated_at)}"
            f"{f', nhận ngày {format_date(dt.date.fromisoformat(own))}' if own else ''}{_signed(kept) if keys else ''}): "
            f"hạn gửi tính theo lần đầu tỉnh nhận số liệu này"
            f"{', nên ngày nhận (tính hạn) sớm hơn thời điểm lập tệp đang tính' if made and made > day else ''}.")


def kept_dated(kept) -> str:
    """"lập lúc 09:01 18/06/2026, nhận 18/06/2026, ký bằng khóa mã EIXQ-…": what tells a unit's counted
    version apart from a refused file of the same name."""
    got = f", nhận {format_date(dt.date.fromisoformat(kept.received_on))}" if kept.received_on else ""
    return f"lập lúc {when_text(kept.generated_at)}{got}{_signed(kept)}"


def _signed(row) -> str:
    return f", ký bằng khóa mã {row.key_code}" if row.key_code else ", chưa ký"


def draft_note(counted_draft: bool) -> str:
    """The first words of a unit's note when the version counted is a draft (walk U15: "Dự thảo, khóa chờ
    xác nhận" beside an empty note): that its figures count meanwhile, as the consolidation counts them
    (`Completeness`: a draft is among the received), and the next step; "" for any other version."""
    if not counted_draft:
        return ""
    return ("Bản dự thảo (chưa được Lãnh đạo duyệt): số liệu của bản này vẫn được tính vào tổng hợp trong khi chờ. "
            "Xin đơn vị trình Lãnh đạo duyệt rồi gửi lại tệp bản đã duyệt.")


def altered_reason(file_name: str) -> str:
    """Why a unit's kept version is not counted: its stored copy is not as the program stored it
    (`Store.altered_received`), and what the office can do."""
    return (f"Bản báo cáo đã lưu (tệp {file_name}) đã bị sửa ngoài chương trình, không còn đúng như khi nhận: "
            "không tính vào tổng hợp. Xem Lịch sử số liệu (chitieu audit verify); khôi phục bản sao lưu có trước lần "
            "sửa, hoặc đề nghị đơn vị gửi lại báo cáo.")
