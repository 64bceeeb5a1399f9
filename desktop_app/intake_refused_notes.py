"""What a refused file's line adds about whose it may be, beyond what the file itself states
(walk W2): the units the province's key register holds the file's key for (`key_owner_note`;
`RefusedNotes.found_later` for a file read before its key's unit's own file), and, for a file
refused before its unit could be read, the unit its file's name carries (`name_note`).

Phường Quyết Thắng's signed report, renamed and its unit changed to Phường Trung Thành's, is
refused ("Đã bị sửa": the signature covers the unit); its line named Trung Thành and showed
Quyết Thắng's key code, nothing saying whose that code is, so the reviewer asked Trung Thành to
send again rather than asking Quyết Thắng what happened. Both are said as what the register and
the name say, never as the file's origin: a signature that does not hold proves nothing of its
key (anyone may copy a unit's key code into a file), and a name is what the sender typed.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from desktop_app.core.intake import FileClass, FileResult, code_in_file_name
from desktop_app.core.keys import KeyState, UnitKey

# A key's state in the register, after "khóa của Phường Quyết Thắng (mã 05455, …)".
_STATE = {KeyState.CHO: "đang chờ xác nhận", KeyState.XAC_NHAN: "đã xác nhận", KeyState.DA_THAY: "đã được thay",
          KeyState.THU_HOI: "đã bị thu hồi"}
NAMED_AT_MOST = 3  # units a note names, the others counted


def key_owner_note(result: FileResult, owners: list[UnitKey], name_of: Callable[[str], str]) -> str:
    """What a refused signed file's line adds when its key is registered for other units than the
    one it states (`owners`, any state): whose key it is, and to call both. Not of a file refused
    as "Khóa đã thu hồi", whose reason names the units the key is revoked or registered for."""
    if not owners or not result.key_code or result.class_ == FileClass.KHOA_THU_HOI:
        return ""
    units = "; ".join(f"{name_of(k.unit_code)} (mã {k.unit_code}, {_STATE.get(k.state, str(k.state).lower())})"
                      for k in owners[:NAMED_AT_MOST])
    units += f" và {len(owners) - NAMED_AT_MOST} đơn vị khác" if len(owners) > NAMED_AT_MOST else ""
    one = len(owners) == 1
    that, call = ("đơn vị đó", "liên hệ cả hai đơn vị") if one else ("một trong các đơn vị đó", "liên hệ các đơn vị")
    if result.signature_holds:  # the file is signed by that key: made on the computer holding it
        return (f" Khóa ký tệp, mã {result.key_code}, là khóa của {units} trong danh sách khóa của tỉnh: tệp được "
                f"lập trên máy giữ khóa của {that}; {call}.")
    # The signature does not hold: the file is that unit's report changed, or anyone's file carrying that unit's
    # public key, printed on its paper and in every file it sends (red-team R4 F5): neither is said for sure.
    return (f" Mã khóa ghi trong tệp, {result.key_code}, là khóa của {units} trong danh sách khóa của tỉnh: tệp có "
            f"thể là báo cáo của {that} bị sửa, hoặc tệp của người khác ghi mã khóa công khai của {that} (mã này in "
            f"trên báo cáo và ghi trong mọi tệp đơn vị gửi); {call}.")


def name_note(result: FileResult, catalog) -> str:
    """What a file refused before its unit was read adds when its name carries one unit's code
    (the program names files "2026-6M_05665_xa-van-lang.xlsx"): the reviewer asked to have the
    file sent again learns whom the name says, said as the name's claim."""
    if result.unit_code:
        return ""
    code = code_in_file_name(result.file_name, catalog.commune_codes())
    if not code:
        return ""
    return (f" Tên tệp ghi là của {catalog.commune_by_code(code).name} (mã {code}), nhưng tỉnh không đọc được "
            "đơn vị trong tệp: chưa biết chắc tệp do đơn vị nào gửi.")


class RefusedNotes:
    """The notes of one `Intake`'s refused files (`intake`: its catalogue, store and units' names), with
    the register's entries by key code, read once and again after the run registers a key (`forget`):
    a run of 3.321 files refused for another period asks of each file's key."""

    def __init__(self, intake):
        self.intake = intake
        self._by_code: dict[str, dict[str, UnitKey]] | None = None
        self._unnamed: set[str] = set()  # the run's refused files whose key no other unit had when read

    def forget(self) -> None:
        self._by_code = None

    def owners(self, code: str, other_than: str) -> list[UnitKey]:
        """The latest entry of key `code` for each unit but `other_than`, in the order of the units' codes."""
        if self._by_code is None:
            self._by_code = {}
            for key in self.intake.store.unit_keys():  # by unit, oldest first: a unit's last entry stays
                self._by_code.setdefault(key.key_code, {})[key.unit_code] = key
        return [key for unit, key in self._by_code.get(code, {}).items() if unit != other_than]

    def noted(self, result: FileResult) -> FileResult:
        """`result`, a refused file's, its reason followed by what the register and its name say of
        whose it may be."""
        said = name_note(result, self.intake.catalog)
        if result.key_code and result.class_ != FileClass.KHOA_THU_HOI:
            owners = self.owners(result.key_code, result.unit_code)
            said += key_owner_note(result, owners, self.intake.unit_name)
            if not owners:
                self._unnamed.add(result.file_name)
        return replace(result, reason=result.reason + said) if said else result

    def found_later(self, run) -> None:
        """At the end of `run` (inside the caller's transaction): the lines of refused files read
        before a later file of the run registered their key for another unit (the relabelled file
        "…_05443_…" read before "…_05455_…", the report it was made from) say whose key it is, in the
        log and the run's results, as if read after it. The cache is then let go: the next run reads
        the register as the province left it."""
        found = {r.file_name: key_owner_note(r, self.owners(r.key_code, r.unit_code), self.intake.unit_name)
                 for r in run.results if r.file_name in self._unnamed and not r.accepted}
        found = {name: note for name, note in found.items() if note}
        if found:
            store = self.intake.store
            lines = {(line.file_name, line.reason): line.id for line in store.intake_log(run_id=run.run_id)}
            for n, r in enumerate(run.results):
                if r.file_name in found and (r.file_name, r.reason) in lines:
                    store.set_intake_reason(lines[(r.file_name, r.reason)], r.reason + found[r.file_name])
                    run.results[n] = replace(r, reason=r.reason + found[r.file_name])
        self._unnamed.clear()
        self.forget()
