"""What revoking a unit's signing key changes, in the words the window asks before it and the
command prints after it (`chitieu keys revoke`): which reports stop or start counting, for the unit
and for every other unit the key signs for, and whether the key stays another unit's. The rule the
key is revoked by is `desktop_app.core.keys.revocation`; what counts before and after is found by the
service (`desktop_app.key_revoking`) with the consolidation's own rule. Qt-free and without I/O.
"""
from __future__ import annotations

from typing import Callable, Iterable, NamedTuple

from desktop_app.core.intake import parse_time, when_text
from desktop_app.core.keys import KeyState, UnitKey, _when, shared_units
from desktop_app.core.periods import in_sentence, parse_period
from desktop_app.core.words import Words


class CountChange(NamedTuple):
    """What a revocation changes in what the consolidation counts for one unit: the period codes
    whose kept version counts now and will not (`stops`), will count and does not (`starts`), or
    counts now and will be another version (`swaps`: the key's version replaced by another)."""

    unit_code: str
    stops: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    swaps: tuple[str, ...] = ()


def _periods(codes: Iterable[str], english: bool = False) -> str:
    return ", ".join(in_sentence(parse_period(c).name_en if english else parse_period(c).name) for c in sorted(codes))


def _changed(key: UnitKey, unit_name: str, changes: Iterable[CountChange], name_of: Callable[[str], str],
             whose: bool) -> tuple[str, str]:
    """The sentences on what stops and starts counting: the unit's first (`whose`: named, the key
    staying another unit's), then each other unit's, named with its code."""
    own_vi, own_en = (f"của {unit_name} ", f"of {unit_name} ") if whose else ("", "")
    vi, en = [], []
    for c in sorted(changes, key=lambda c: (c.unit_code != key.unit_code, c.unit_code)):
        mine = c.unit_code == key.unit_code
        w_vi, w_en = (own_vi, own_en) if mine else (f"của {name_of(c.unit_code)} (mã {c.unit_code}) ",
                                                     f"of {name_of(c.unit_code)} (code {c.unit_code}) ")
        if c.stops:
            vi.append(f"các bản đã nhận {w_vi}ký bằng khóa này không còn được tính vào tổng hợp ({_periods(c.stops)})")
            en.append(f"the reports {w_en}already received with it no longer count in the consolidation "
                      f"({_periods(c.stops, True)})")
        if c.swaps:
            vi.append(f"tỉnh tính bản khác {w_vi}thay cho bản ký bằng khóa này ({_periods(c.swaps)})")
            en.append(f"another report {w_en}counts instead of the one signed by it ({_periods(c.swaps, True)})")
        if c.starts and mine:
            vi.append(f"bản khác {w_vi}được tính vào tổng hợp ({_periods(c.starts)})")
            en.append(f"another report {w_en}counts in the consolidation ({_periods(c.starts, True)})")
        elif c.starts:  # held while the key signed for two units: the other unit's reports count now
            vi.append(f"các bản {w_vi}đang chờ tỉnh đối chiếu khóa được tính vào tổng hợp ({_periods(c.starts)})")
            en.append(f"the reports {w_en}awaiting the key's check count in the consolidation "
                      f"({_periods(c.starts, True)})")
    if not any(c.unit_code == key.unit_code and (c.stops or c.swaps or c.starts) for c in changes):
        if vi:
            vi.insert(0, f"tỉnh vẫn không tính bản nào {own_vi}ký bằng khóa này")
            en.insert(0, f"the province still counts no report {own_en}signed by it")
        else:
            vi.append(f"tổng hợp không thay đổi: tỉnh không tính bản nào {own_vi}ký bằng khóa này")
            en.append(f"the consolidation does not change: the province counts no report {own_en}signed by it")
    return "; ".join(vi) + ".", "; ".join(en) + "."


def revoke_effect(key: UnitKey, unit_name: str, still: list[UnitKey], name_of: Callable[[str], str],
                  changes: Iterable[CountChange] = ()) -> Words:
    """What revoking `key` for its unit does, as the command prints it after "Đã thu hồi khóa …:"
    and the window says it before and after (Vietnamese, with `en`). `still`: the other units whose
    entry holds the key now (neither revoked nor replaced): the revocation settles a shared key,
    the key stays theirs, and revoking it there too is named; none: the key signs for no unit
    (`revocation`). `changes`: what the consolidation counts differently after, unit by unit
    (red-team 29: a shared pending key counted for neither unit; revoked for one, the question said
    that unit's reports stop counting, which never counted, and not that the other's start to);
    none: nothing counted changes, which is said (walk 29b)."""
    changes = [c for c in changes if c.stops or c.starts or c.swaps]
    lost = _changed(key, unit_name, changes, name_of, bool(still))
    if not still:
        return Words(f"tệp ký bằng khóa này không được nhận cho đơn vị nào; {lost[0]}",
                     f"files signed by this key are received for no unit; {lost[1]}")
    which = still[0].unit_code if len(still) == 1 else "MÃ_ĐƠN_VỊ"
    return Words(
        f"tệp của {unit_name} ký bằng khóa này không được nhận; {lost[0]} Khóa này vẫn được nhận cho "
        f"{shared_units(still, name_of)}, đơn vị tỉnh "
        "chưa thu hồi khóa này: nếu máy giữ khóa đã mất hoặc đã lập báo cáo giả, thu hồi cả cho "
        f"{'đơn vị đó' if len(still) == 1 else 'từng đơn vị đó'} (chitieu keys revoke {which} --code {key.key_code}).",
        f"files of {unit_name} signed by this key are refused; {lost[1]} The key is still received for "
        + "; ".join(f"{name_of(k.unit_code)} (code {k.unit_code})" for k in still[:3])
        + ("; …" if len(still) > 3 else "")
        + ", for which the province has not revoked it: if the computer holding it was lost or made a forged "
          "report, revoke it for those units too.")


_STATE_EN = {KeyState.CHO: "awaiting confirmation", KeyState.XAC_NHAN: "confirmed", KeyState.DA_THAY: "replaced",
             KeyState.THU_HOI: "revoked"}


def revoke_question(key: UnitKey, unit_name: str, effect: Words, read: list[tuple[str, str, bool]],
                    shared: bool) -> Words:
    """The window's question before revoking `key` (Vietnamese, with `en`): the key's state, its first
    file and the latest of `read` (the files signed by it: name, when read, whether refused), then
    `effect` (`revoke_effect`; `shared`: the key stays another unit's): a waiting key whose files were
    all refused and a confirmed one were told apart by their code alone (walk 29b)."""
    last = max(read, key=lambda r: (parse_time(r[1]) is not None, parse_time(r[1]) or 0), default=None)
    files = [(key.first_file, key.first_seen, "tệp đầu tiên ký bằng khóa này", "the first file signed by it")][
        :bool(key.first_file)]
    if last is not None and last[0] != key.first_file:
        files.append((last[0], last[1], "tệp gần nhất", "the latest"))
    files_vi, files_en = [], []
    for k, (name, at, vi, en) in enumerate(files):  # when read; the latest: refused or received
        notes = [(f"đọc{_when(at)}", f"read {when_text(at)}")] if _when(at) else []
        notes += [("bị từ chối", "refused") if last[2] else ("đã nhận", "received")] if last and k == len(files) - 1 else []
        files_vi.append(f"{vi}: {name}" + (f" ({', '.join(n[0] for n in notes)})" if notes else ""))
        files_en.append(f"{en}: {name}" + (f" ({', '.join(n[1] for n in notes)})" if notes else ""))
    state = key.key_state
    vi = f"Trạng thái khóa: {state.lower()}" + (f"; {'; '.join(files_vi)}" if files_vi else "") + "."
    en = f"State of the key: {_STATE_EN[state]}" + (f"; {'; '.join(files_en)}" if files_en else "") + "."
    if shared:  # for this unit only: the key stays the other unit's
        tail = (f"Muốn dùng lại khóa này cho {unit_name} phải xác nhận lại bằng mã in trên báo cáo giấy có chữ ký.",
                f"The key can be used again for {unit_name} only by confirming it with the code printed on a "
                "signed paper report.")
    else:
        tail = ("Chỉ thu hồi khi máy của đơn vị bị mất hoặc khóa có thể đã lọt vào tay người khác. Muốn dùng lại khóa "
                "này phải xác nhận lại bằng mã in trên báo cáo giấy có chữ ký.",
                "Revoke a key when the unit's computer was lost or its key may be in other hands. The key can be "
                "used again only by confirming it with the code printed on a signed paper report.")
    return Words(f"Thu hồi khóa {key.key_code} của {unit_name}?\n\n{vi}\n\nTừ nay {effect}\n\n{tail[0]}",
                 f"Revoke key {key.key_code} of {unit_name}?\n\n{en}\n\nFrom now on {effect.en}\n\n{tail[1]}")
