"""What the province's key register says of the key that signed a submission file, for
`chitieu verify` run on a province database (`key_note`): the unit's key confirmed, pending,
revoked or replaced, another unit's, and, when the key signs for other units too, which ones
and what the province does. Reads the register only: public keys, no login needed.
"""
from __future__ import annotations

from desktop_app.core.keys import (
    TYPE_PAPER_CODE,
    KeyState,
    UnitKey,
    active_key,
    confirm_command,
    shared_note,
    shared_units,
    sharing,
)
from desktop_app.core.submission import Submission
from desktop_app.database_mode import MODE_PROVINCE, mode_of
from desktop_app.resources import catalog_of


def key_note(store, sub: Submission) -> str:
    """What the province's key register says of the key that signed `sub` ("" when `store`
    is not a province database), and, when the key signs for other units too, which ones (as the
    catalogue names them) and what the province does. Needs no login: the register holds public keys only."""
    if mode_of(store) != MODE_PROVINCE:
        return ""
    register = store.unit_keys()
    keys = [k for k in register if k.unit_code == sub.unit_code]
    active = active_key(keys)
    known = next((k for k in keys if k.public_key == sub.public_key), None)
    name = sub.unit_name
    if known is not None and known.state == KeyState.XAC_NHAN:
        note = f"Theo danh sách khóa của tỉnh: đây là khóa ĐÃ XÁC NHẬN của {name}."
    elif known is not None and known.state == KeyState.CHO and active is not None and known.id == active.id:
        note = (f"Theo danh sách khóa của tỉnh: khóa của {name} đang CHỜ XÁC NHẬN (chưa so với mã in trên báo cáo "
                "giấy có chữ ký).")
    elif known is not None and known.state in (KeyState.THU_HOI, KeyState.DA_THAY):
        note = (f"Theo danh sách khóa của tỉnh: khóa này của {name} đã {'bị thu hồi' if known.state == KeyState.THU_HOI else 'được thay'}"
                + (f"; khóa đang dùng là {active.key_code} ({active.state.lower()})." if active else "."))
    elif active is None:
        note = f"Tỉnh chưa có khóa nào của {name}: khóa này chưa được xác nhận."
    else:
        note = (f"Theo danh sách khóa của tỉnh: khóa này KHÔNG phải khóa của {name} (khóa {active.state.lower()} "
                f"là {active.key_code}).")
    others = sharing(register, UnitKey(None, sub.unit_code, sub.public_key, "", KeyState.CHO.value, ""))
    return note + (" " + _shared_advice(store, sub, known, others) if others else "")


def _shared_advice(store, sub: Submission, known: UnitKey | None, others: list[UnitKey]) -> str:
    """`key_note`'s words on a key registered for other units too: which, whether their files
    count, and what the province does (compare the paper; confirm as shared or revoke)."""
    document = store.current_catalog()
    catalog = catalog_of(document) if document else None

    def name_of(code: str) -> str:
        try:
            return catalog.commune_by_code(code).name
        except Exception:  # noqa: BLE001 - no catalogue, or a unit no longer in it: its code
            return code

    code = sub.key_code
    entries = ([known] if known is not None and known.state != KeyState.THU_HOI else []) + others
    held = [k for k in entries if k.state == KeyState.CHO] if len(entries) > 1 else []
    said = (shared_note(others, name_of) if len(entries) > len(others)
            else f"Khóa này là khóa của {shared_units(others, name_of)}.")
    if not held:
        return said + (" Tỉnh đã xác nhận khóa dùng chung: các bản ký bằng khóa này được tính cho các đơn vị đã "
                       "xác nhận." if len(entries) > 1 else "")
    units = ", ".join(f"{name_of(k.unit_code)} (mã {k.unit_code})" for k in held)
    confirm = "; ".join(confirm_command(k.unit_code, shared=True) for k in held)
    revoke = "; ".join(f"chitieu keys revoke {k.unit_code} --code {code}" for k in entries[:3])
    return (f"{said} Các bản ký bằng khóa này của {units} CHƯA được tính vào tổng hợp: một khóa ký cho nhiều đơn "
            f"vị là một máy lập báo cáo cho nhiều đơn vị, hoặc tệp do máy của đơn vị khác lập. Đối chiếu mã khóa {code} "
            "với mã in trên báo cáo giấy có chữ ký của từng đơn vị: nếu giấy của các đơn vị cùng in mã này, xác "
            f"nhận khóa dùng chung, {TYPE_PAPER_CODE} ({confirm}); nếu giấy của đơn vị nào in mã khác, thu hồi khóa "
            f"này cho đơn vị đó ({revoke}).")
