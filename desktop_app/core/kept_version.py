"""Which of a unit's received versions for a period the province keeps (`rank`, `choose`) and
why, in the words the intake's reason and the key register say it (`preference`,
`older_approval_reason`). The dates and classes of the files themselves are `core.intake`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from desktop_app.core.intake import (
    after_receipt,
    later,
    parse_time,
    when_text,
    when_texts,
)
from desktop_app.core.keys import TYPE_PAPER_CODE, confirm_command


@dataclass(frozen=True)
class Version:
    """One received version of a unit's submission for a period, as the choice sees it."""

    id: int | None
    file_name: str
    generated_at: str
    approved: bool
    version_id: str
    received_on: str = ""
    counted: bool = True  # signed by a key the province counts, or unsigned and accepted
    eligible: bool = True  # False: signed by a revoked key, never kept
    approved_at: str = ""  # when its document says it was approved ("" for a draft, or a format-1 file)
    key_code: str = ""  # the short code of the key that signed it ("" unsigned)
    # the unit has a confirmed key (`desktop_app.core.keys.key_standing`): signed by it, and, for a
    # version not signed by it, received after the second that key first appeared (a replaced key's file
    # from a copy of the database that left the office, read while the new key waited)
    current_key: bool = False
    after_new_key: bool = False
    # signed by a key still pending ("Chờ xác nhận") while the unit and period hold a version the province
    # vouched for (`desktop_app.kept_choice.vouched`): an unsigned version it accepted after comparing it with
    # the unit's signed paper (red-team 19, F1), or one signed by a key it confirmed so and later replaced by
    # another confirmed key, never revoked (`replaced_key`); never counted over that version until the key
    # is confirmed, whatever the file's own times
    awaits_key: bool = False
    replaced_key: bool = False  # signed by a key the province confirmed, then replaced ("Đã thay"), not revoked
    # Which approval this version explicitly replaces (walk U25 F3), from what the unit signed: that approval's
    # fingerprint as the report PDF beside it states it (/ChiTieuReplaces, `PdfCheck.replaces`), read only from a
    # PDF whose signature the province checked valid and whose signed pages are the render of this workbook with
    # that line ("" none: a draft, a first approval, no signed PDF, old files, a check stored before 0.3.0)
    names: str = ""
    names_at: str = ""  # the time of that approval as the line states it: an approval is its fingerprint and time
    fingerprint: str = ""  # its workbook's fingerprint (an approval is its fingerprint and its time)
    issued: str = ""  # the number and date its report was issued with ("số 12/BC-UBND ngày 08/12/2026"; "" none)
    # filled by `with_chains` among the unit's versions of the period: the approvals (fingerprint, approved_at)
    # it replaces, directly or through later re-approvals, each with what it names for it
    replaced: tuple[tuple[str, str, str], ...] = ()
    loop: tuple[str, ...] = ()  # the versions whose signed lines name each other in a loop (then none counts)

    @property
    def future(self) -> bool:
        return after_receipt(self.generated_at, self.received_on)

    @property
    def approval(self) -> dt.datetime | None:
        """When the version was approved, for the choice between approved versions: the time its
        document states (signed with it in format 2), None for a draft, for a version that states
        none (a format-1 file) or a time after the one it was made at (a file is made after its
        approval: no approval's time; such a version ranks below those approved at a time)."""
        if not self.approved:
            return None
        made, at = parse_time(self.generated_at), parse_time(self.approved_at)
        return at if at is not None and made is not None and at <= made else None


def rank(v: Version) -> tuple:
    """What makes a version preferred, in order: it counts (signed by the unit's key, or
    accepted); it is not a version the unit's confirmed key does not sign received once that key
    had appeared (`Version.after_new_key`: the key it replaced still signing, from a copy of the
    database or the old laptop, never wins over the key the province compared with the paper);
    it is not signed by a key still pending where the unit and period hold a version the province
    vouched for: an unsigned one it accepted after comparing it with the paper, or one signed by a
    key it confirmed and later replaced, not revoked (`Version.awaits_key`: a file signed by a key
    nobody compared, approved later by its own say, never displaces the version the province
    checked; once the key is confirmed, the rules below choose); approved over draft whatever their times (a draft made after the approval, a reopened period
    or a restored backup, never replaces what the leader approved); signed by the unit's confirmed
    key (`Version.current_key`: between two approved versions, or two drafts, the one the paper
    compared vouches for); its generation time is not after its receipt; among approved versions
    the latest approval (`Version.approval`: an older approval exported again later, from a backup
    restored after the period was reopened or from a copy of the database, never replaces the
    approval that followed it), the latest generation time, then its identity (a fixed rule: the
    file's name plays no part)."""
    t, a = parse_time(v.generated_at), v.approval
    return (v.counted, not v.after_new_key, not v.awaits_key, v.approved, v.current_key, not v.future,
            a.timestamp() if a else float("-inf"), t.timestamp() if t else float("-inf"), v.version_id)


def approval_of(v: Version) -> tuple[str, str] | None:
    """An approved version's approval as a re-approval names it: its fingerprint and the time its
    document states (None for a draft, or a version stating neither)."""
    return (v.fingerprint, v.approved_at) if v.approved and v.fingerprint and v.approved_at else None


def _same_moment(a: str, b: str) -> bool:
    """Whether two stated times are the same moment (as written, when either is not a time)."""
    ta, tb = parse_time(a), parse_time(b)
    return ta == tb if ta is not None and tb is not None else a == b


def with_chains(versions: list[Version]) -> list[Version]:
    """`versions`, a unit's of a period, each with the approvals it replaces (`Version.replaced`): the
    one its signed line names (`Version.names`, any received approved version of that fingerprint but
    its own approval), and through it every one that one replaces (v3 replaces v2 replaces v1). Lines
    naming each other in a loop (A replaces B, B replaces A: no program writes it, the unit's clock
    cannot make it) are believed for none: every version then carries the loop (`Version.loop`) and
    no replacement, and the times decide (`rank`), said so (`preference`)."""
    approvals = {a for a in map(approval_of, versions) if a}
    direct: dict[tuple[str, str], dict[tuple[str, str], str]] = {}
    for v in versions:
        mine = approval_of(v)
        # A line may name an approval stated after its own: the correction after an administrator confirmed that
        # the clock ran ahead at that approval (red-team R32 F2). Believed as the unit's signed word, as any other
        # (the reason says the times contradict it: `preference`); a paper no approval here is (fingerprint and
        # time) replaces none.
        if mine is None or not v.names or not v.names_at:
            continue
        for other in approvals:
            if other != mine and other[0] == v.names and _same_moment(other[1], v.names_at):
                direct.setdefault(mine, {})[other] = ""

    def reach(start: tuple[str, str]) -> dict[tuple[str, str], str]:
        found: dict[tuple[str, str], str] = {}
        todo = [(a, "") for a in direct.get(start, {})]
        while todo:
            a, via = todo.pop()
            if a in found:
                continue
            found[a] = via
            todo.extend((b, via or a[0][:16]) for b in direct.get(a, {}))
        return found

    chains = {a: reach(a) for a in direct}
    loop = tuple(sorted({a[0][:16] for a, found in chains.items() if a in found}))
    return [replace(v, loop=loop, replaced=() if loop or approval_of(v) not in chains else tuple(
        (f, at, via) for (f, at), via in sorted(chains[approval_of(v)].items()))) for v in versions]


def supersedes(a: Version, b: Version) -> bool:
    """Whether `a` replaces `b` by what the unit signed (`with_chains`): `b`'s approval is one `a`
    names, directly or through later re-approvals, and the rules above the times (it counts, the
    unit's keys, approved: `rank`'s first five) hold them alike. An explicit, signed replacement by
    the same unit is stronger evidence than the clocks that stated their times (walk U25 F3: a
    correction re-approved while the commune's clock ran 400 days ahead)."""
    mine = approval_of(b)
    return (mine is not None and not a.loop and any(mine == (f, at) for f, at, _ in a.replaced)
            and rank(a)[:5] == rank(b)[:5])


def replacing(a: Version, b: Version) -> tuple[str, str, str] | None:
    """The entry of `a.replaced` that is `b`'s approval (None when `a` does not supersede `b`)."""
    if not supersedes(a, b):
        return None
    return next(r for r in a.replaced if (r[0], r[1]) == approval_of(b))


def choose(versions: list[Version]) -> Version | None:
    """The version kept: the best ranked of those that may be kept and that no other of them
    replaces by the unit's signed word (`supersedes`; `with_chains` has read it). Such a one is
    always there: the replacements form no loop (a loop is believed for none)."""
    eligible = with_chains([v for v in versions if v.eligible])
    free = [v for v in eligible if not any(supersedes(w, v) for w in eligible if w is not v)]
    return max(free, key=rank) if free else None


def preference(kept: Version, other: Version) -> str:
    """Why `kept` is kept rather than `other`, as the intake's reason says it ("Giữ bản …")."""
    a, b = rank(kept), rank(other)
    if a[0] != b[0]:
        return "Giữ bản được tính vào tổng hợp (bản kia chưa ký và chưa được tỉnh chấp nhận)"
    if a[1] != b[1]:
        theirs = f"ký bằng khóa mã {other.key_code}" if other.key_code else "chưa ký"
        mine = (f"ký bằng khóa đã xác nhận của đơn vị (mã {kept.key_code})" if kept.current_key
                else "tỉnh nhận trước khi khóa mới của đơn vị xuất hiện")
        return (f"Giữ bản {mine} (bản kia {theirs}, không phải khóa đã xác nhận của đơn vị, và tỉnh nhận sau khi "
                "khóa mới của đơn vị xuất hiện: không thay bản ký bằng khóa mới)")
    if a[2] != b[2]:
        if not kept.key_code:
            return ("Giữ bản chưa ký tỉnh đã chấp nhận sau khi đối chiếu với báo cáo giấy có chữ ký của đơn vị (bản "
                    f"kia ký bằng khóa mã {other.key_code}, đang chờ xác nhận)")
        if kept.replaced_key:
            return (f"Giữ bản ký bằng khóa mã {kept.key_code}, khóa tỉnh đã xác nhận trước đây sau khi đối chiếu với "
                    "báo cáo giấy có chữ ký của đơn vị, đã được thay bằng khóa khác và không bị thu hồi (bản kia ký "
                    f"bằng khóa mã {other.key_code}, đang chờ xác nhận)")
        return (f"Giữ bản ký bằng khóa mã {kept.key_code} (bản kia ký bằng khóa mã {other.key_code}, đang chờ xác "
                "nhận, trong khi tỉnh đã chấp nhận một bản chưa ký của đơn vị sau khi đối chiếu với báo cáo giấy)")
    if a[3] != b[3]:
        if later(other.generated_at, kept.generated_at):
            return ("Giữ bản ĐÃ DUYỆT (bản dự thảo lập sau không thay bản đơn vị gửi là đã duyệt và không được tính "
                    "vào tổng hợp)")
        return "Giữ bản đã duyệt (bản kia là dự thảo)"
    if a[4] != b[4]:
        theirs = f"ký bằng khóa mã {other.key_code}, không phải khóa đã xác nhận" if other.key_code else "chưa ký"
        return f"Giữ bản ký bằng khóa đã xác nhận của đơn vị (mã {kept.key_code}; bản kia {theirs})"
    named = replacing(kept, other)
    if named is not None and a < b:  # the unit's signed word against the clocks: said with both
        return replaced_reason(kept, other, named)
    return by_times(kept, other) + loop_note(kept)


def by_times(kept: Version, other: Version) -> str:
    """Why `kept` is kept rather than `other` by the times their files state (`rank` after the
    unit's keys)."""
    a, b = rank(kept), rank(other)
    if a[5] != b[5]:
        return f"Giữ bản có thời điểm lập trước ngày nhận (bản kia ghi lập sau ngày tỉnh nhận{paper_hint(kept, other)})"
    if a[6] != b[6]:
        if b[6] == float("-inf") and other.approved_at.strip():  # its file made before its own approval
            mine = approval_texts(kept, other)[0]
            return (f"Giữ bản có thời điểm duyệt dùng được ({mine}; bản kia {made_before_approval(other)}, "
                    f"đồng hồ máy tính của đơn vị chạy sai{paper_hint(kept, other)})")
        mine, theirs = approval_texts(kept, other)
        return f"Giữ bản duyệt sau ({mine}; bản kia {theirs})"
    if a[7] != b[7]:
        if when_text(kept.generated_at) != when_text(other.generated_at):  # the reason's times tell them apart
            return "Giữ bản lập sau"
        mine, theirs = when_texts(kept.generated_at, other.generated_at)  # the same minute: with seconds
        return f"Giữ bản lập sau (lập lúc {mine}; bản kia lập lúc {theirs})"
    return (f"Giữ bản có mã phiên bản lớn hơn ({kept.version_id[:12]} > {other.version_id[:12]}; cùng thời "
            "điểm lập, cùng trạng thái duyệt: quy tắc cố định, không theo tên tệp)")


# What a reason adds when the times keep an approval over another one that may be its re-approval, its signed
# report not read with it (walk U25: the province read the .xlsx files alone, and nothing said how to go on).
PAPER_HINT = ("; nếu bản kia là bản duyệt lại, đọc lại tệp đó cùng báo cáo PDF ký số của nó để tỉnh xét theo bản được "
              "thay ghi trên báo cáo")


def paper_hint(kept: Version, other: Version) -> str:
    """`PAPER_HINT` when `kept` and `other` are two approvals (not two copies of one) and `other` has no signed
    line naming what it replaces; "" otherwise."""
    mine, theirs = approval_of(kept), approval_of(other)
    return PAPER_HINT if mine and theirs and mine != theirs and not other.names else ""


def made_before_approval(v: Version) -> str:
    """What a file stating it was made before its own approval says (walk U25 F2: the commune's clock went
    back between the approval and the export): "ghi lập tệp lúc 09:30 11/12/2026, trước lúc duyệt 10:00
    11/12/2026 mà chính tệp ghi"."""
    made, at = when_texts(v.generated_at, v.approved_at)
    return f"ghi lập tệp lúc {made}, trước lúc duyệt {at} mà chính tệp ghi"


def replaced_reason(kept: Version, other: Version, named: tuple[str, str, str]) -> str:
    """Why `kept` is kept rather than `other`, which its signed line replaces (`supersedes`), when the
    times the files state say otherwise (walk U25 F3): the replacement, and what the times say."""
    fp, at, via = named
    issued = f"Báo cáo {other.issued}, " if other.issued else ""
    line = f"bản mã {fp[:16]} ({issued}duyệt lúc {when_text(at)})"
    line = f"bản mã {via}, là bản duyệt lại sau {line}" if via else line
    a, b = rank(kept), rank(other)
    if a[5] != b[5]:
        day = dt.date.fromisoformat(kept.received_on).strftime("%d/%m/%Y")
        clock = f"là lập sau ngày tỉnh nhận (lập lúc {when_text(kept.generated_at)}, nhận ngày {day})"
    elif a[6] != b[6] and kept.approval is None:
        made, stated = when_texts(kept.generated_at, kept.approved_at)
        clock = f"là lập tệp trước lúc duyệt (lập lúc {made}, duyệt lúc {stated})"
    elif a[6] != b[6]:
        mine, theirs = when_texts(kept.approved_at, other.approved_at)
        clock = f"là duyệt trước bản kia (duyệt lúc {mine}; bản kia duyệt lúc {theirs})"
    else:
        mine, theirs = when_texts(kept.generated_at, other.generated_at)
        clock = f"là lập trước bản kia (lập lúc {mine}; bản kia lập lúc {theirs})"
    return (f"Giữ bản duyệt lại (duyệt lúc {when_text(kept.approved_at)}) vì bản này ghi thay thế {line}, dù thời "
            f"điểm ghi trong tệp {clock}; kiểm tra đồng hồ máy tính của đơn vị")


def loop_note(v: Version) -> str:
    """What a reason adds when the unit's versions name each other as replaced in a loop (`with_chains`)."""
    if not v.loop:
        return ""
    return (f", theo thời điểm ghi trong tệp vì các bản mã {' và '.join(v.loop[:2])} ghi thay thế lẫn nhau "
            "(không dựa được vào dòng thay thế)")


def approved_later(kept: Version, other: Version) -> bool:
    """Whether `kept` is kept rather than `other` for its later approval (`rank`): both count,
    both approved, alike as to the unit's keys, neither made after its receipt, and `other`
    approved before it."""
    a, b = rank(kept), rank(other)
    return a[:6] == b[:6] and a[3] and a[6] > b[6]


def approval_texts(a: Version, b: Version) -> tuple[str, str]:
    """How two approved versions' approvals (`Version.approval`) are said side by side: "duyệt
    lúc 10:32:40 03/12/2026" (with seconds when in the same minute, `when_texts`), or why a
    version has no time of approval that counts."""
    times = when_texts(a.approved_at, b.approved_at)
    return tuple(f"duyệt lúc {text}" if v.approval is not None
                 else "không ghi thời điểm duyệt" if not v.approved_at.strip()
                 else f"ghi duyệt lúc {when_text(v.approved_at)}, sau lúc lập tệp {when_text(v.generated_at)}"
                 for v, text in zip((a, b), times))


def older_approval_reason(keeper: Version, keeper_short: str, this: Version, this_short: str, notes: str) -> str:
    """Why a version approved before the unit's kept one (`Version.approval`) is kept in the
    history and not counted: the same approval the province already saw replaced, exported
    again later (a backup restored after the period was reopened, a copy of the database)."""
    mine, theirs = approval_texts(this, keeper)
    made = when_text(this.generated_at)
    if this.approval is None and this.approved_at.strip():  # not "trước": its own times disagree (walk U25 F2)
        return (f"Trùng đơn vị và kỳ với tệp {keeper.file_name} đã nhận. Tệp này {made_before_approval(this)}: đồng "
                "hồ máy tính của đơn vị chạy sai lúc duyệt hoặc lúc xuất tệp, nên thời điểm duyệt của tệp không "
                f"dùng được để so với bản đang giữ (tệp {keeper.file_name}, {theirs}, mã xác thực {keeper_short}), và "
                "không có báo cáo PDF ký số nào của tệp này ghi thay thế bản đang giữ: không thay. Kiểm tra đồng hồ "
                "máy tính của đơn vị; nếu tệp này là bản duyệt lại, đọc lại tệp cùng báo cáo PDF ký số của nó để tỉnh "
                f"xét theo bản được thay ghi trên báo cáo. Tệp này (mã xác thực {this_short}) được lưu trong lịch sử, "
                f"không tính vào tổng hợp.{notes}")
    return (f"Trùng đơn vị và kỳ với tệp {keeper.file_name} đã nhận. Tệp này là bản {mine}, trước bản đang giữ (tệp "
            f"{keeper.file_name}, {theirs}, mã xác thực {keeper_short}): không thay. Bản duyệt trước không thay bản "
            f"duyệt sau của đơn vị, dù tệp được xuất lúc nào (tệp này lập lúc {made}, mã xác thực {this_short}); tệp "
            f"này được lưu trong lịch sử, không tính vào tổng hợp.{notes}")


def awaiting_key_note(code: str, unit_code: str, replaced: str = "") -> str:
    """What the line of a file signed by a key still pending adds, in place of the note that its
    figures count (`intake_notes.pending_note`), when the unit's version kept for the period is one
    the province vouched for (`Version.awaits_key`): signed by the key of short code `replaced`,
    which it confirmed and later replaced, not revoked; or ("") an unsigned version it accepted
    after comparing it with the signed paper."""
    vouched = (f"bản đơn vị gửi cho kỳ này ký bằng khóa mã {replaced}, khóa tỉnh đã xác nhận trước đây (đã được thay, "
               "không bị thu hồi)" if replaced else
               "tỉnh đã chấp nhận bản khác của đơn vị cho kỳ này sau khi đối chiếu với báo cáo giấy có chữ ký")
    return (f" Khóa ký mã {code} của đơn vị chưa được xác nhận, và {vouched}: tệp này được nhận và lưu, CHƯA tính vào "
            f"tổng hợp thay bản đó. Cần xác nhận khóa trước: đối chiếu mã {code} với mã in trên báo cáo giấy có chữ "
            f"ký của đơn vị rồi xác nhận, {TYPE_PAPER_CODE} ({confirm_command(unit_code)}); khi đó tỉnh chọn lại bản "
            "được tính.")
