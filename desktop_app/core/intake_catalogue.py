"""Whether a file was made under the catalogue version it names, as the province published it
(red-team R2 F6). A unit that imported a forged update numbered as one of the province's own
versions states targets that version never gave it: the province recomputes with its own
catalogue, so nothing forged is counted, but the intake's line said nothing of it (the same
version as the province's), or that the unit was merely behind (an older one).

A file carries no fingerprint of its catalogue (exports/FORMAT.md): what it states of it is the
province target of each row (`target_op`, `target_value`), which the commune's program copies
from its catalogue unchanged (`submission.item_from_row`). Those are compared with what the
province's own document of that version gives the unit; the first that differs is the example
the line names.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop_app.core.catalog import Catalog, Target
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.quoting import quoted
from desktop_app.core.submission import Item, Submission

NO_TARGET = "Chưa giao chỉ tiêu"


def stated_otherwise(held: Catalog, sub: Submission) -> str:
    """The first province target `sub` states otherwise than `held` (the province's document of
    the version the file names) gives its unit, as an example: 'Tỷ lệ …: tệp ghi chỉ tiêu "≥ 90",
    bộ chỉ tiêu 2026.2 của tỉnh giao "≥ 96"'; "" when every row agrees, or `held` has no such unit
    (nothing to compare with)."""
    try:
        commune = held.commune_by_code(sub.unit_code)
    except ChiTieuError:
        return ""
    mine = f"bộ chỉ tiêu {held.version} của tỉnh"
    for item in sub.items:
        # A format-1 file of a version before 12/2026 judged a row against the unit's own target
        # instead, and stated that one (`recompute.recompute`'s `own_instead`): not the catalogue's.
        if sub.format_version == 1 and "tự đặt" in (item.target_source or ""):
            continue
        try:
            ind = held.applicable(commune, item.code)
        except ChiTieuError:
            return f'ví dụ, chỉ tiêu "{quoted(item.name or item.code, 80)}": {mine} không có chỉ tiêu này cho đơn vị'
        target = held.province_target(commune, ind)
        if not _same(item, target):
            return (f'ví dụ, {ind.name}: tệp ghi chỉ tiêu "{_stated(item, ind.decimals)}", {mine} giao '
                    f'"{target.label(ind.decimals) if target else NO_TARGET}"')
    return ""


def _same(item: Item, target: Target | None) -> bool:
    """Whether a row states `target` (its comparator and value; a yes/no one is written "1" / "0")."""
    if target is None:
        return item.target_op is None and item.target_value is None
    try:
        value = Decimal(int(target.value)) if isinstance(target.value, bool) else target.value
        return item.target_op == target.op and Decimal(item.target_value) == value
    except (InvalidOperation, TypeError, ValueError):  # no figure (the reader checks them): not the target
        return False


def _stated(item: Item, decimals: int) -> str:
    """The target a row states, as a report prints it."""
    if item.target_op is None and item.target_value is None:
        return NO_TARGET
    try:
        return Target(item.target_op or "", Decimal(item.target_value)).label(decimals)
    except (InvalidOperation, TypeError, ValueError):
        return quoted(f"{item.target_op or ''} {item.target_value or ''}".strip(), 40)
