"""The province's register of the units' signing keys, and what it decides about a signed file.

A signature proves a file's origin only once the receiver knows whose key signed it. The
province learns a unit's key from the first signed file it receives from that unit: the key
is registered as "Chờ xác nhận" (pending), the file is received and the unit's figures show,
marked as pending, until someone compares the key's short code in the file with the code
printed on the signed paper report and confirms it ("Đã xác nhận").

From then on (and already while the first key is pending) a file of the unit signed by any
other key is refused as "Chữ ký không khớp", naming both codes, and so is, once the unit's
key is confirmed, a file of it signed by none (anyone can make an unsigned file); its key is kept in the
register as a candidate, so that a reinstalled laptop's new key can be confirmed
explicitly (`chitieu keys confirm UNIT CODE`). Confirming a key makes it the unit's key:
the key confirmed before is kept as history ("Đã thay"; the versions it signed stay
counted, new files signed by it are refused), the other candidates are revoked. The
versions signed by the confirmed key are then the unit's first (`key_standing`, ranked by
`desktop_app.core.kept_version.rank`): one not signed by it and received once it had appeared (the
replaced key still signing, from a copy of the database that left the office, while the new
key waited for the paper) never wins over one signed by it, and between two approved
versions, or two drafts, the confirmed key's is kept; the confirmation says which version
each period keeps when that changes (`kept_change_words`). A revoked
key ("Thu hồi") signs nothing the province accepts, and the versions it signed are no
longer counted.

One key may be registered for several units: one laptop reporting for two units, or one
unit's key signing a copy of another unit's report (whichever file is read first registers
the key, so a forged file read before the real one takes the unit's place). Such a key is
*shared* (`sharing`: its entries for other units that are not revoked) and the rule is the
same whatever order the files were read in:

- every entry of a shared key is marked in the register, for every unit concerned ("Khóa này
  cũng ký tệp của <unit> (mã …)", `shared_note`): the list of keys, the completeness and each
  file's reason;
- a shared key still pending counts for none of its units (`held_keys`): their versions
  signed by it are kept, "Chờ xác nhận", and not counted (the unit is "Chờ tỉnh đối chiếu
  khóa" where the province sees who sent, never "Bị từ chối"), until the province compares the
  codes with each unit's signed paper and decides: it confirms the key for the unit whose
  paper prints it (`confirm_key` refuses a key registered for another unit unless told it is
  shared on purpose, `--shared`: then it counts for both), revokes it for the other
  (`chitieu keys revoke UNIT --code CODE`), or confirms that unit's own key, which revokes
  the shared one for it. A key confirmed for a unit stays counted for it (its paper was
  compared), marked, when another unit's file turns up signed by it;
- a unit whose real file is refused because a file signed by another unit's key was read
  first is told so, both codes named, with the way out (`mismatch_reason`).

A revocation that is not such a settlement (`revocation`: the key was registered for no other
unit when it was revoked; a laptop lost or stolen, a key found signing a forged report) refuses
the key for every unit: a file in another unit's name signed by it is refused, naming the
revocation, and registers nothing (`judge`), and confirming it for another unit is refused
(`revoked_refusal`), until the province confirms it again for the unit it revoked it for. A
key revoked for one unit while still registered for another (the settlement above) stays that
unit's, and the revocation says so (`desktop_app.core.revoking.revoke_effect`). Red-team 11, finding 1: a key revoked for
its unit was registered fresh for the next unit whose file it signed, and counted.

Qt-free and without I/O: `desktop_app.intake` and `desktop_app.province` read and write
the register (`db.store`) and decide with these functions inside their transactions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Callable, Iterable, NamedTuple

from desktop_app.core.errors import InvalidInput
from desktop_app.core.intake import parse_time, when_text
from desktop_app.core.signing import normalise_code
from desktop_app.core.words import Words


class KeyState(StrEnum):
    CHO = "Chờ xác nhận"  # registered from a signed file, not yet compared with the paper
    XAC_NHAN = "Đã xác nhận"  # compared with the code on the signed paper: the unit's key
    DA_THAY = "Đã thay"  # was confirmed, then replaced by a newly confirmed key (history)
    THU_HOI = "Thu hồi"  # revoked: nothing it signs is accepted or counted

    @property
    def counted(self) -> bool:
        """Whether the versions this key signed count in the consolidation."""
        return self is not KeyState.THU_HOI


@dataclass(frozen=True)
class UnitKey:
    """One key of one unit, as the register keeps it (old keys stay as history)."""

    id: int | None
    unit_code: str
    public_key: str
    key_code: str
    state: str
    first_seen: str  # when the first file signed by it was read
    first_file: str = ""  # that file's name
    confirmed_at: str | None = None
    confirmed_by: str | None = None
    revoked_at: str | None = None  # revoked or replaced: when and by whom
    revoked_by: str | None = None
    unit_name: str = ""  # filled by the province office for display
    shared_with: str = ""  # filled by the province office: the key's other units (`shared_units`; "" none)

    @property
    def shared(self) -> str:
        """"Khóa này cũng ký tệp của …" (`shared_note`'s words), "" for a key of one unit."""
        return f"Khóa này cũng ký tệp của {self.shared_with}." if self.shared_with else ""

    @property
    def key_state(self) -> KeyState:
        return KeyState(self.state)

    def as_json(self) -> dict:
        return {"unit_code": self.unit_code, "unit_name": self.unit_name or None, "key_code": self.key_code, "state": self.state,
                "first_seen": self.first_seen, "first_file": self.first_file,
                "confirmed_at": self.confirmed_at, "confirmed_by": self.confirmed_by,
                "revoked_at": self.revoked_at, "revoked_by": self.revoked_by, "shared": self.shared or None}


@dataclass(frozen=True)
class ConfirmedKey(UnitKey):
    """A key just confirmed, with the unit's other keys the confirmation ended (replaced or
    revoked, as they are now), the other units the key is registered for, and the unit's kept
    versions it changed."""

    ended: tuple[UnitKey, ...] = ()
    others: tuple[UnitKey, ...] = ()
    kept: str = ""  # what became of the unit's kept versions (`kept_change_words`, Words; "" unchanged)
    refused: str = ""  # its files refused before, still to be read again (`refused_before_words`, Words)
    refused_files: tuple = ()  # those files (`refused_before.RefusedFile`): the window offers their folders


class SharedKey(InvalidInput):
    """Confirming for a unit a key registered for another unit too, without saying it is shared."""

    def __init__(self, message: str, others: tuple[UnitKey, ...], en: str | None = None):
        super().__init__(message, field="Mã khóa", en=en)
        self.others = others


def confirmed_key(keys: list[UnitKey]) -> UnitKey | None:
    """The unit's confirmed key, if it has one: then nothing unsigned is taken as the unit's."""
    confirmed = [k for k in keys if k.state == KeyState.XAC_NHAN]
    return confirmed[-1] if confirmed else None


def active_key(keys: list[UnitKey]) -> UnitKey | None:
    """The unit's key: the confirmed one, else the first registered that is still pending."""
    confirmed = confirmed_key(keys)
    if confirmed is not None:
        return confirmed
    pending = [k for k in keys if k.state == KeyState.CHO]
    return min(pending, key=lambda k: (k.first_seen, k.id or 0)) if pending else None


# What a version signed by no key shows in place of a key state.
# What a command that confirms a key names in place of the code (walk U5, F1): the reviewer types
# the code printed on the unit's signed paper. A command built with the file's own code confirmed
# the key pasted, without the paper looked at; the file's code is said as information beside it.
PAPER_CODE = "MÃ_TRÊN_GIẤY"
TYPE_PAPER_CODE = "gõ mã in trên giấy"


def confirm_command(unit_code: str, *, shared: bool = False) -> str:
    """"chitieu keys confirm 05503 MÃ_TRÊN_GIẤY" (with --shared): never a file's own code."""
    return f"chitieu keys confirm {unit_code} {PAPER_CODE}" + (" --shared" if shared else "")


_CONFIRM_WITH_CODE = re.compile(r"(chitieu keys confirm [0-9]{5}) [A-Z2-7]{4}(?:-[A-Z2-7]{4}){3}")


def paper_code_asked(text: str) -> str:
    """`text` (a reason or note intake stored) with the code of each confirmation command it gives
    replaced by `PAPER_CODE`: lines stored before the commands named it (0198f7c) gave the file's own
    code to paste ("chitieu keys confirm 05500 2AGD-…"), which `chitieu consolidate` printed again
    (red-team R15, F5); the window's words (`in_window`) leave no command already."""
    return _CONFIRM_WITH_CODE.sub(rf"\1 {PAPER_CODE}", text)


UNSIGNED = "Chưa ký"  # format 1, or format 2 without a signature: counted once the province accepts it
UNSIGNED_ACCEPTED = "Chưa ký, đã chấp nhận"


class KeyDecision(StrEnum):
    REGISTER = "register"  # the unit has no key yet: register this one as pending, receive the file
    ACCEPT = "accept"  # the unit's key (confirmed or pending): receive the file
    CANDIDATE = "candidate"  # another key than the unit's: refuse the file, keep the key as a candidate
    REFUSE = "refuse"  # another key already in the register (a candidate, replaced or revoked): refuse


def judge(keys: list[UnitKey], public_key: str, elsewhere: Iterable[UnitKey] = ()
          ) -> tuple[KeyDecision, UnitKey | None, UnitKey | None]:
    """What the register says of a file of a unit signed by `public_key`: the decision, the
    unit's active key, and the register's entry of this key (None when unknown). `elsewhere`:
    the register's entries of `public_key` for other units (`Store.units_signed_by`); a key
    revoked for one of them, not as the settlement of a shared key (`revocation`), is refused
    here too, the entry given being that revocation's (another unit's)."""
    active = active_key(keys)
    known = next((k for k in keys if k.public_key == public_key), None)
    if known is not None and known.state == KeyState.THU_HOI:
        return KeyDecision.REFUSE, active, known
    elsewhere = [k for k in elsewhere if k.public_key == public_key]
    barred = revocation(([known] if known is not None else []) + elsewhere, other_than=known.unit_code if known else None)
    if barred is not None:
        return KeyDecision.REFUSE, active, barred
    if active is None:  # no key to compare with: a new one registers, a replaced one stays history
        return (KeyDecision.REGISTER if known is None else KeyDecision.REFUSE), active, known
    if active.public_key == public_key:
        return KeyDecision.ACCEPT, active, known
    return (KeyDecision.CANDIDATE if known is None else KeyDecision.REFUSE), active, known


def revoked_next_step(unit_name: str, unit_code: str, active: UnitKey | None) -> str:
    """What the office does about a unit's file signed by the unit's key it revoked (walk U15: the
    reason ended "Không nhận.", nothing said next): ask for the report made on the unit's laptop, with
    the key's code printed on its signed paper, to confirm the key; or, the unit's key being confirmed,
    the report made on the laptop holding it."""
    if active is not None and active.state == KeyState.XAC_NHAN:
        return f"Đề nghị {unit_name} lập báo cáo trên máy có khóa mã {active.key_code} và gửi lại."
    return (f"Đề nghị {unit_name} gửi báo cáo lập trên máy của đơn vị và cho biết mã khóa in trên báo cáo giấy có "
            f"chữ ký, để đối chiếu rồi xác nhận khóa, {TYPE_PAPER_CODE} ({confirm_command(unit_code)}).")


def mismatch_reason(file_name: str, unit_name: str, code: str, active: UnitKey | None,
                    known: UnitKey | None, unit_code: str, active_others: list[UnitKey] = (),
                    name_of: Callable[[str], str] = str, known_others: list[UnitKey] = ()) -> str:
    """Why a file signed by key `code` is refused ("Chữ ký không khớp", "Khóa đã thu hồi"), naming both
    codes. `active_others`: the other units the unit's active key is registered for (`sharing`);
    `known_others`: those the file's own key, revoked for this unit, is (red-team h12 #1: a forger's key
    revoked for Xã Đại Phúc read as Đại Phúc's own key revoked, though it never was and signs another
    unit's reports)."""
    if known is not None and known.state == KeyState.THU_HOI and known.unit_code != unit_code:
        return (f"Tệp {file_name} ({unit_name}) được ký bằng khóa mã {code}, khóa này đã bị tỉnh thu hồi cho "
                f"{name_of(known.unit_code)} (mã {known.unit_code}){_when(known.revoked_at)}: tỉnh không nhận tệp ký "
                "bằng khóa này cho đơn vị nào (máy giữ khóa có thể đã mất hoặc đã lập báo cáo giả)"
                + (f"; khóa của {unit_name} là mã {active.key_code} ({active.state.lower()})" if active else "")
                + f". Không nhận; đề nghị {unit_name} lập báo cáo trên máy của đơn vị và gửi lại.")
    if known is not None and known.state == KeyState.THU_HOI:
        never = "" if known.confirmed_at else (" khi đang chờ xác nhận: tỉnh chưa từng xác nhận đây là khóa của "
                                               f"{unit_name}")
        also = f" {shared_note(list(known_others), name_of)[:-1]}" if known_others else ""
        return (f"Tệp {file_name} ({unit_name}) được ký bằng khóa mã {code}, khóa này đã bị tỉnh thu hồi"
                f"{_when(known.revoked_at)}{never}{';' * bool(also)}{also}"
                + (f"; khóa của đơn vị hiện là {active.key_code} ({active.state.lower()})" if active else "")
                + f". Không nhận. {revoked_next_step(unit_name, unit_code, active)}")
    if active is None:  # a replaced key, and the unit has no key in use now
        return (f"Tệp {file_name} ({unit_name}) được ký bằng khóa mã {code}, khóa cũ của đơn vị đã được thay; "
                "đơn vị hiện chưa có khóa được xác nhận. Không nhận.")
    what = "đã xác nhận" if active.state == KeyState.XAC_NHAN else "đang chờ xác nhận"
    if known is not None and known.state == KeyState.DA_THAY:  # never advise bringing the old key back
        return (f"Tệp {file_name} ({unit_name}) được ký bằng khóa mã {code}, khóa cũ của đơn vị, đã được thay"
                f"{_when(known.revoked_at)}; khóa {what} của đơn vị là mã {active.key_code}. Các bản đã nhận trước "
                "đó được ký bằng khóa cũ vẫn được tính; tệp mới ký bằng khóa cũ thì không nhận. Không cần xác nhận "
                f"lại khóa cũ: đề nghị đơn vị lập lại báo cáo trên máy có khóa mã {active.key_code} và gửi lại.")
    if active.state == KeyState.CHO:  # nothing compared yet: which of the two is the unit's, the paper says
        shared = ""
        if active_others:
            shared = (f" {shared_note(list(active_others), name_of)[:-1].replace('Khóa này', f'Khóa mã {active.key_code}', 1)}"
                      f": tệp đã nhận trước của {unit_name} có thể do máy của đơn vị khác lập.")
        return (f"Tệp {file_name} ({unit_name}) được ký bằng khóa mã {code}, khác khóa {what} của đơn vị "
                f"mã {active.key_code}.{shared} Không nhận. Đối chiếu hai mã {active.key_code} và {code} với mã in "
                f"trên báo cáo giấy có chữ ký của {unit_name}, rồi xác nhận mã đúng (chitieu keys confirm {unit_code} "
                "MÃ_TRÊN_GIẤY; xác nhận một khóa thì khóa kia bị thu hồi) và nhận lại tệp.")
    return (f"Tệp {file_name} ({unit_name}) được ký bằng khóa mã {code}, khác khóa {what} của đơn vị "
            f"mã {active.key_code}. Không nhận. Nếu máy của đơn vị đã được cài lại, đối chiếu mã {code} với mã "
            f"in trên báo cáo giấy có chữ ký, rồi xác nhận khóa mới, {TYPE_PAPER_CODE} ({confirm_command(unit_code)}), "
            "và nhận lại tệp.")


def unsigned_reason(file_name: str, unit_name: str, confirmed: UnitKey, unit_code: str) -> str:
    """Why an unsigned file of a unit whose key is confirmed is refused ("Chữ ký không khớp")."""
    return (f"Tệp {file_name} ({unit_name}) CHƯA KÝ, nhưng đơn vị ký báo cáo bằng khóa mã {confirmed.key_code} đã "
            "được tỉnh xác nhận: ai có phần mềm cũng lập được tệp chưa ký, nên tỉnh không nhận tệp chưa ký của "
            "đơn vị này. Không nhận; đề nghị đơn vị gửi tệp do phần mềm xuất (có chữ ký). Nếu máy của đơn vị đã "
            f"mất khóa, thu hồi khóa đó (chitieu keys revoke {unit_code}) rồi nhận lại tệp.")


def sharing(register: Iterable[UnitKey], key: UnitKey) -> list[UnitKey]:
    """The register's entries of `key`'s public key for other units than its own, but revoked
    ones (a key revoked for a unit is no longer taken for that unit's): the key is shared."""
    return [k for k in register if k.public_key == key.public_key and k.unit_code != key.unit_code
            and k.state != KeyState.THU_HOI]


def held_keys(register: Iterable[UnitKey]) -> set[tuple[str, str]]:
    """(unit code, public key) of every pending entry whose key is shared, or revoked for another
    unit (`revocation`: an entry an earlier version registered after the revocation): the
    versions it signed are not counted for that unit until the province decides."""
    register = list(register)
    units: dict[str, set[str]] = {}
    entries: dict[str, list[UnitKey]] = {}
    for k in register:
        entries.setdefault(k.public_key, []).append(k)
        if k.state != KeyState.THU_HOI:
            units.setdefault(k.public_key, set()).add(k.unit_code)
    return {(k.unit_code, k.public_key) for k in register
            if k.state == KeyState.CHO and (len(units.get(k.public_key, ())) > 1
                                            or revocation(entries[k.public_key], other_than=k.unit_code))}


def _held_at(key: UnitKey, at: str) -> bool:
    """Whether entry `key` held its key for its unit at `at`: registered by then (or in that
    second), and neither revoked nor replaced by then (a revocation in the same second counts
    as before: two revocations of one key in one second leave it held by neither)."""
    if not _earlier(key.first_seen, at, or_same=True):
        return False
    if key.state in (KeyState.THU_HOI, KeyState.DA_THAY) or key.revoked_at:
        return _earlier(at, key.revoked_at)
    return True


def revocation(entries: Iterable[UnitKey], other_than: str | None = None) -> UnitKey | None:
    """Of one key's entries in the register (every unit's), the revocation that refuses the key
    for every unit, the earliest (of a unit other than `other_than`); None when none. A key
    revoked for a unit while another unit's entry of it held it is the settlement of a shared
    key (the province compared the papers: not this unit's key, that one's), and leaves it that
    unit's; a key revoked while it held for no other unit (its own unit's key: the laptop lost,
    the key found signing a forged report) signs for no unit any more. Told apart by the
    register's times (first seen, revoked), so it holds for revocations made before the rule."""
    entries = list(entries)
    revoked = sorted((k for k in entries if k.state == KeyState.THU_HOI and k.unit_code != other_than),
                     key=lambda k: (k.revoked_at or "", k.id or 0))
    for r in revoked:
        if not any(o.unit_code != r.unit_code and _held_at(o, r.revoked_at or "") for o in entries):
            return r
    return None


def revoked_refusal(key: UnitKey, unit_name: str, barred: UnitKey, name_of: Callable[[str], str]) -> InvalidInput:
    """`confirm_key` refusing for a unit a key the province revoked for another (`revocation`),
    naming that revocation and the one way to use the key again."""
    other = name_of(barred.unit_code)
    return InvalidInput(
        f"Không xác nhận: khóa mã {key.key_code} đã bị tỉnh thu hồi cho {other} (mã {barred.unit_code})"
        f"{_when(barred.revoked_at)}, và tỉnh không nhận tệp ký bằng khóa này cho đơn vị nào: máy giữ khóa có thể "
        f"đã mất hoặc đã lập báo cáo giả. Đề nghị {unit_name} lập báo cáo trên máy của đơn vị và gửi lại. Chỉ khi "
        f"việc thu hồi là nhầm, xác nhận lại khóa cho {other} trước, gõ mã in trên báo cáo giấy có chữ ký của "
        f"{other} ({confirm_command(barred.unit_code)}).", field="Mã khóa",
        en=(f"Not confirmed: the province revoked key {key.key_code} for {other} (code {barred.unit_code}), and "
            "receives files signed by it for no unit: the computer holding it may be lost or may have made a "
            f"forged report. Ask {unit_name} to make its report on its own computer and send it again. Only if "
            f"the revocation was a mistake, confirm the key again for {other} first."))


def shared_units(others: list[UnitKey], name_of: Callable[[str], str]) -> str:
    """"Xã Tân Cương (mã 05503, chờ xác nhận)": the other units a key signs for, as the
    register's "Cũng ký cho" column shows them ("" when none)."""
    units = "; ".join(f"{name_of(k.unit_code)} (mã {k.unit_code}, {k.state.lower()})" for k in others[:3])
    return units + ("; …" if len(others) > 3 else "")


def shared_note(others: list[UnitKey], name_of: Callable[[str], str]) -> str:
    """"Khóa này cũng ký tệp của Xã Tân Cương (mã 05503, chờ xác nhận)." ("" when none)."""
    if not others:
        return ""
    return f"Khóa này cũng ký tệp của {shared_units(others, name_of)}."


def held_reason(code: str, unit_code: str, unit_name: str, others: list[UnitKey], name_of) -> str:
    """Why a unit's versions signed by a shared pending key are not counted, and what to do."""
    other = others[0].unit_code
    return (f"{shared_note(others, name_of)} Chưa tính vào tổng hợp: một khóa ký cho nhiều đơn vị là một máy lập "
            "báo cáo cho nhiều đơn vị, hoặc tệp do máy của đơn vị khác lập. Đối chiếu mã khóa "
            f"{code} với mã in trên báo cáo giấy có chữ ký của {unit_name} và của {name_of(other)}, rồi xác "
            f"nhận khóa cho đơn vị có mã đó trên giấy ({confirm_command(unit_code)}) hoặc thu "
            f"hồi khóa cho đơn vị kia (chitieu keys revoke {other} --code {code}).")


def shared_refusal(key: UnitKey, unit_name: str, others: list[UnitKey], name_of) -> SharedKey:
    """`confirm_key` refusing a key registered for another unit, until told it is shared. Each
    command in brackets, as every reason gives it, so that the window names its own action
    instead (`in_window`: it was "…: chitieu keys confirm 01840 … --shared." and stayed so)."""
    names = ", ".join(f"{name_of(k.unit_code)} (mã {k.unit_code}, {k.state.lower()})" for k in others)
    first = others[0]
    return SharedKey(
        f"Chưa xác nhận: khóa mã {key.key_code} cũng ký tệp của {names}. Một khóa chỉ là của một máy: nếu mã in "
        f"trên báo cáo giấy có chữ ký của {name_of(first.unit_code)} khác mã này, tệp của đơn vị đó do máy khác "
        f"lập; thu hồi khóa này cho đơn vị đó (chitieu keys revoke {first.unit_code} --code {key.key_code}) rồi "
        f"xác nhận lại. Chỉ khi một máy lập báo cáo cho cả {unit_name} và {name_of(first.unit_code)} (giấy của "
        f"hai đơn vị cùng in mã {key.key_code}), xác nhận khóa dùng chung "
        f"({confirm_command(key.unit_code, shared=True)}).", tuple(others),
        en=(f"Not confirmed: key {key.key_code} also signs files of "
            + ", ".join(f"{name_of(k.unit_code)} (code {k.unit_code})" for k in others)
            + ". Revoke it for that unit if its signed paper prints another code; confirm it as shared "
              "only when one computer reports for both units."))


def ended_text(ended: Iterable[UnitKey]) -> str:
    """What a confirmation did to the unit's other keys ("" none)."""
    parts = []
    for k in ended:
        if k.state == KeyState.DA_THAY:
            parts.append(f"khóa mã {k.key_code} được thay (các bản đã nhận ký bằng khóa đó vẫn được tính, nhưng "
                         "không thay bản ký bằng khóa mới cùng trạng thái duyệt)")
        else:
            parts.append(f"khóa mã {k.key_code} bị thu hồi (các bản ký bằng khóa đó không còn được tính)")
    return ("Đồng thời " + "; ".join(parts) + ".") if parts else ""


def key_standing(public_key: str | None, received_at: str, confirmed: UnitKey | None) -> tuple[bool, bool]:
    """(current_key, after_new_key) of a version signed by `public_key` ("" or None: unsigned),
    received at `received_at` (the province's clock, when the program read it), for a unit whose
    confirmed key is `confirmed`: signed by that key; or not signed by it and received after the
    second that key first appeared (its first file read, refused or not), so that a replaced key
    still signing, a copy of the unit's database in other hands, never outranks the key the
    province compared with the paper (`desktop_app.core.kept_version.rank`). Both False while the unit
    has no confirmed key."""
    if confirmed is None:
        return False, False
    if public_key and public_key == confirmed.public_key:
        return True, False
    read, seen = parse_time(received_at), parse_time(confirmed.first_seen)
    return False, read is not None and seen is not None and read > seen


def kept_change_words(unit_name: str, changes, confirmed: UnitKey, period_name) -> Words:
    """What a confirmation says of the unit's kept versions it changed (`changes`: (period code,
    version kept before or None, version kept now or None), received rows with `approved`,
    `fingerprint`, `key_code`), each period's version now kept named as the paper prints it: its
    approval and the first 16 digits of its fingerprint; a version kept now not signed by the key
    confirmed says that the unit's file signed by it is still to be read. `period_name(code)`:
    (Vietnamese name, English name). Empty when nothing changed."""
    vi, en = [], []
    for code, before, after in changes:
        name, name_en = period_name(code)
        now_vi, now_en = _version_words(after)
        was_vi, was_en = _version_words(before)
        if after is None:  # "nothing kept now", not "now kept, none" (walk 17, M2)
            vi.append(f"{name} ({code}): nay không giữ bản nào (trước đó giữ {was_vi})")
            en.append(f"{name_en} ({code}): nothing kept now (before, {was_en})")
        else:  # "trước đó chưa giữ bản nào", not "trước đó giữ không bản nào" (walk U10, F7)
            was = f"trước đó giữ {was_vi}" if before is not None else "trước đó chưa giữ bản nào"
            vi.append(f"{name} ({code}): nay giữ {now_vi} ({was})")
            en.append(f"{name_en} ({code}): now kept, {now_en} (before, {was_en})")
        if after is not None and after.key_code != confirmed.key_code:
            vi[-1] += (f"; chưa có bản nào ký bằng khóa {confirmed.key_code} được nhận cho kỳ này: đọc lại tệp của "
                       "đơn vị để nhận")
            en[-1] += (f"; no version signed by key {confirmed.key_code} has been received for this period: read "
                       "the unit's file again to receive it")
    if not vi:
        return Words("", "")
    return Words(f"Bản được giữ của {unit_name} đã thay đổi: " + "; ".join(vi) + ".",
                 f"The version kept for {unit_name} changed: " + "; ".join(en) + ".")


def _version_words(row) -> tuple[str, str]:
    if row is None:
        return "không bản nào", "none"
    key_vi = f"ký bằng khóa mã {row.key_code}" if row.key_code else "chưa ký"
    key_en = f"signed by key {row.key_code}" if row.key_code else "unsigned"
    state_vi, state_en = ("bản đã duyệt", "the approved version") if row.approved else ("bản dự thảo", "the draft")
    return (f"{state_vi}, mã xác thực {row.fingerprint[:16]}, {key_vi}",
            f"{state_en}, fingerprint {row.fingerprint[:16]}, {key_en}")


class KeyThenNow(NamedTuple):
    """The key that signed a file, in the register's words (`KeyState`; `UNSIGNED`,
    `UNSIGNED_ACCEPTED` for a file signed by none), when the file was read and now: a reason
    written when the file was read says what the key was then (`key_then_now`)."""

    code: str  # the key's short code; "" for an unsigned file, or a unit with no key in use
    then: str  # "" when the key was not yet in the register
    now: str  # "" for a unit with no key in use
    since: str = ""  # when its state became `now`, if after the file was read
    held: bool = False  # pending, and signing for another unit too: counted for neither
    unit_key: bool = False  # the unit's key in use, not the file's: a file refused for its signature

    @property
    def changed(self) -> bool:
        return self.then != self.now


def key_then_now(key: UnitKey, at: str, *, held: bool = False, unit_key: bool = False) -> KeyThenNow:
    """`key`'s state when a file was read at `at`, and now. The register keeps only when a key
    was first seen, confirmed and revoked (or replaced), so a key confirmed again after a
    revocation has lost the revocation's time and reads pending before its confirmation. A
    decision in the same second as the reading is taken as after it (the reason was written
    before anyone could decide); a key first seen in that second was registered by that file."""
    if key.state in (KeyState.THU_HOI, KeyState.DA_THAY) and _earlier(key.revoked_at, at):
        then = key.state
    elif _earlier(key.confirmed_at, at):
        then = KeyState.XAC_NHAN.value
    elif _earlier(key.first_seen, at, or_same=True):
        then = KeyState.CHO.value
    else:
        then = ""  # registered after the file was read
    since = {KeyState.XAC_NHAN: key.confirmed_at, KeyState.CHO: key.first_seen}.get(key.state, key.revoked_at)
    return KeyThenNow(key.key_code, then, key.state, since if then != key.state else "", held, unit_key)


def unsigned_then_now(accepted_at: str | None, at: str) -> KeyThenNow:
    """An unsigned version read at `at`: accepted by the province (`accepted_at`) before, after
    or not yet."""
    if not accepted_at:
        return KeyThenNow("", UNSIGNED, UNSIGNED)
    if _earlier(accepted_at, at):
        return KeyThenNow("", UNSIGNED_ACCEPTED, UNSIGNED_ACCEPTED)
    return KeyThenNow("", UNSIGNED, UNSIGNED_ACCEPTED, accepted_at)


def unit_key_then_now(keys: list[UnitKey], at: str) -> KeyThenNow:
    """The unit's key in use (`active_key`) when a file was read at `at` and now: what a file
    refused for its signature is told of, its own key not being kept with its line."""
    active = active_key(keys)
    return KeyThenNow("", "", "", unit_key=True) if active is None else key_then_now(active, at, unit_key=True)


def _earlier(when: str | None, at: str, *, or_same: bool = False) -> bool:
    """Whether `when` came before `at` (ISO 8601 times to the second, with their offsets);
    `or_same`: or in the same second."""
    t, a = parse_time(when or ""), parse_time(at)
    return t is not None and a is not None and (t < a or (or_same and t == a))


def find_by_code(keys: list[UnitKey], code: str) -> UnitKey | None:
    """The unit's key whose short code is `code` as typed (case, spaces and dashes ignored)."""
    wanted = normalise_code(code)
    return next((k for k in reversed(keys) if wanted and normalise_code(k.key_code) == wanted), None)


def _when(at: str | None) -> str:
    """" lúc 04:28 05/12/2026", in Vietnam time as the register shows it (`when_text`): sliced from
    the stored text, a UTC computer's reason said "21:28 04/12/2026" (walk 23, #5)."""
    return f" lúc {when_text(at)}" if at and parse_time(at) is not None else ""


# The window's way to what a reason's command does (its tab › its button), by the command's words.
# Reasons are stored as the command line prints them, the command in brackets after the words that
# say what to do ("… rồi xác nhận (chitieu keys confirm 01840 7ZBJ-…)."); the printed sheets leave
# the command out (exports.consolidated_sheet.without_commands), and the window names its own
# action instead (`in_window`). One stored text for the log, read well in each place, old logs too.
WINDOW_ACTIONS = {
    "keys confirm": "Khóa ký › Xác nhận khóa…",
    "keys revoke": "Khóa ký › Thu hồi khóa…",
    "unsigned accept": "Khóa ký › Nhận tệp chưa ký…",
}
# The same ways in the English window, whose menus and buttons say these (walk 17, L4): the reason stays
# in Vietnamese, the way to act is named as the person sees it.
WINDOW_ACTIONS_EN = {
    "keys confirm": "Signing keys › Confirm key…",
    "keys revoke": "Signing keys › Revoke key…",
    "unsigned accept": "Signing keys › Accept unsigned file…",
}
# A command in brackets, alone ("(chitieu keys revoke 05503)") or before more words ("(chitieu keys
# confirm 05503 MÃ_TRÊN_GIẤY; xác nhận một khóa thì khóa kia bị thu hồi)"). Its literal start lets the
# search skip to it (a leading \s* tried at every letter: 10 µs a reason, read again at each repaint).
_BRACKETED = re.compile(r"\(chitieu ([^();]*?)\s*(\)|;\s*)")


def in_window(text: str, english: bool = False) -> str:
    """A reason or note as the window shows it: each command for the command line replaced by the
    window's way to the same action ("rồi xác nhận (Khóa ký › Xác nhận khóa…)."), one the window
    has no button for left out as on paper ("Xem Lịch sử số liệu (chitieu audit verify);" reads
    "Xem Lịch sử số liệu;"). Walk 8: every valid file's "Lý do" ended "(chitieu keys confirm 01840
    7ZBJ-…)" in the window, whose people use its tab. `english`: the window's ways in English."""
    actions = WINDOW_ACTIONS_EN if english else WINDOW_ACTIONS
    parts, last = [], 0
    for m in _BRACKETED.finditer(text):
        command, end = m.groups()
        before = text[last:m.start()]
        window = next((words for start, words in actions.items() if command.startswith(start)), None)
        if window is not None:
            parts += [before, f"({window}{end}"]
        elif end == ")":  # the whole bracket goes, with the space before it
            parts.append(before.rstrip())
        else:  # the words after it stay in their bracket
            parts += [before, "("]
        last = m.end()
    return "".join(parts) + text[last:] if parts else text
