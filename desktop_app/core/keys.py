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
counted, new files signed by it are refused), the other candidates are revoked. A revoked
key ("Thu hồi") signs nothing the province accepts, and the versions it signed are no
longer counted.

Qt-free and without I/O: `desktop_app.intake` and `desktop_app.province` read and write
the register (`db.store`) and decide with these functions inside their transactions.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.signing import normalise_code


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

    @property
    def key_state(self) -> KeyState:
        return KeyState(self.state)

    def as_json(self) -> dict:
        return {"unit_code": self.unit_code, "unit_name": self.unit_name or None, "key_code": self.key_code, "state": self.state,
                "first_seen": self.first_seen, "first_file": self.first_file,
                "confirmed_at": self.confirmed_at, "confirmed_by": self.confirmed_by,
                "revoked_at": self.revoked_at, "revoked_by": self.revoked_by}


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
UNSIGNED = "Chưa ký"  # format 1, or format 2 without a signature: counted once the province accepts it
UNSIGNED_ACCEPTED = "Chưa ký, đã chấp nhận"


class KeyDecision(StrEnum):
    REGISTER = "register"  # the unit has no key yet: register this one as pending, receive the file
    ACCEPT = "accept"  # the unit's key (confirmed or pending): receive the file
    CANDIDATE = "candidate"  # another key than the unit's: refuse the file, keep the key as a candidate
    REFUSE = "refuse"  # another key already in the register (a candidate, replaced or revoked): refuse


def judge(keys: list[UnitKey], public_key: str) -> tuple[KeyDecision, UnitKey | None, UnitKey | None]:
    """What the register says of a file of a unit signed by `public_key`: the decision, the
    unit's active key, and the register's entry of this key (None when unknown)."""
    active = active_key(keys)
    known = next((k for k in keys if k.public_key == public_key), None)
    if known is not None and known.state == KeyState.THU_HOI:
        return KeyDecision.REFUSE, active, known
    if active is None:  # no key to compare with: a new one registers, a replaced one stays history
        return (KeyDecision.REGISTER if known is None else KeyDecision.REFUSE), active, known
    if active.public_key == public_key:
        return KeyDecision.ACCEPT, active, known
    return (KeyDecision.CANDIDATE if known is None else KeyDecision.REFUSE), active, known


def mismatch_reason(file_name: str, unit_name: str, code: str, active: UnitKey | None,
                    known: UnitKey | None, unit_code: str) -> str:
    """Why a file signed by key `code` is refused ("Chữ ký không khớp"), naming both codes."""
    if known is not None and known.state == KeyState.THU_HOI:
        return (f"Tệp {file_name} ({unit_name}) được ký bằng khóa mã {code}, khóa này đã bị tỉnh thu hồi"
                f"{_when(known.revoked_at)}"
                + (f"; khóa của đơn vị hiện là {active.key_code} ({active.state.lower()})" if active else "")
                + ". Không nhận.")
    if active is None:  # a replaced key, and the unit has no key in use now
        return (f"Tệp {file_name} ({unit_name}) được ký bằng khóa mã {code}, khóa cũ của đơn vị đã được thay; "
                "đơn vị hiện chưa có khóa được xác nhận. Không nhận.")
    what = "đã xác nhận" if active.state == KeyState.XAC_NHAN else "đang chờ xác nhận"
    if known is not None and known.state == KeyState.DA_THAY:  # never advise bringing the old key back
        return (f"Tệp {file_name} ({unit_name}) được ký bằng khóa mã {code}, khóa cũ của đơn vị, đã được thay"
                f"{_when(known.revoked_at)}; khóa {what} của đơn vị là mã {active.key_code}. Các bản đã nhận trước "
                "đó được ký bằng khóa cũ vẫn được tính; tệp mới ký bằng khóa cũ thì không nhận. Không cần xác nhận "
                f"lại khóa cũ: đề nghị đơn vị lập lại báo cáo trên máy có khóa mã {active.key_code} và gửi lại.")
    return (f"Tệp {file_name} ({unit_name}) được ký bằng khóa mã {code}, khác khóa {what} của đơn vị "
            f"mã {active.key_code}. Không nhận. Nếu máy của đơn vị đã được cài lại, đối chiếu mã {code} với mã "
            f"in trên báo cáo giấy có chữ ký, rồi xác nhận khóa mới (chitieu keys confirm {unit_code} {code}) "
            "và nhận lại tệp.")


def unsigned_reason(file_name: str, unit_name: str, confirmed: UnitKey, unit_code: str) -> str:
    """Why an unsigned file of a unit whose key is confirmed is refused ("Chữ ký không khớp")."""
    return (f"Tệp {file_name} ({unit_name}) CHƯA KÝ, nhưng đơn vị ký báo cáo bằng khóa mã {confirmed.key_code} đã "
            "được tỉnh xác nhận: ai có phần mềm cũng lập được tệp chưa ký, nên tỉnh không nhận tệp chưa ký của "
            "đơn vị này. Không nhận; đề nghị đơn vị gửi tệp do phần mềm xuất (có chữ ký). Nếu máy của đơn vị đã "
            f"mất khóa, thu hồi khóa đó (chitieu keys revoke {unit_code}) rồi nhận lại tệp.")


def find_by_code(keys: list[UnitKey], code: str) -> UnitKey | None:
    """The unit's key whose short code is `code` as typed (case, spaces and dashes ignored)."""
    wanted = normalise_code(code)
    return next((k for k in reversed(keys) if wanted and normalise_code(k.key_code) == wanted), None)


def _when(at: str | None) -> str:
    return f" lúc {at[11:16]} {at[8:10]}/{at[5:7]}/{at[:4]}" if at and len(at) >= 16 else ""
