"""The unit a commune's database was set up for, as its settings keep it (`commune_code`): one
reading of it, for the window, the command line and the check at start (desktop_app/backups.py).

A value there that is no unit's code (a code of no unit of the catalogue, a number for the
text code, a list, binary data: put there with sqlite3) read as "no unit chosen yet": the window
offered the first-run setup, the command line said "Chưa chọn xã, phường", and an officer set the
unit up again as if the database were new. It is named instead, as the damage it is."""
from __future__ import annotations

import json

from db.chain_format import literal
from desktop_app.core.catalog import Catalog, Commune
from desktop_app.core.errors import DatabaseDamaged

UNIT_KEY = "commune_code"
_NOT_SET = object()


def chosen_unit(store, catalog: Catalog) -> Commune | None:
    """The unit chosen at setup; None when none ever was. A stored value that is no code of a unit of
    `catalog` raises `DatabaseDamaged` naming the setting and what it holds (one that is no JSON at all
    is refused by the store, named the same way: db/settings.py)."""
    value = store.get_setting(UNIT_KEY, _NOT_SET)
    if value is _NOT_SET:
        named = store.units_in_history()
        if named:  # the setting's row deleted, the periods' history still the unit's (red-team 25, F6)
            raise _gone(named[0], catalog)
        return None
    if isinstance(value, str) and value in catalog.commune_codes():
        return catalog.commune_by_code(value)
    raise _damaged(value, catalog.version)


def unit_stored(store) -> bool:
    """Whether a unit was set up: its setting is there, whatever it holds, or the periods' history
    names one (`chosen_unit` reads it)."""
    return store.has_setting(UNIT_KEY) or bool(store.units_in_history())


def unit_named(catalog: Catalog, code) -> tuple[str, str]:
    """A unit's code as a message names it, in Vietnamese and English: its name ("Xã Tân Cương"); a
    code of no unit of `catalog` (a row put in the database by hand) by that code, cut short."""
    if code in catalog.commune_codes():
        name = catalog.commune_by_code(code).name
        return name, name
    return f"đơn vị mã {code!s:.40}", f"the unit coded {code!s:.40}"


def _gone(code, catalog: Catalog) -> DatabaseDamaged:
    """The unit's setting deleted while the periods' history names `code`: named as damage, with
    the unit to choose again, rather than offered the first-run setup of a new database."""
    unit, unit_en = unit_named(catalog, code)
    if code in catalog.commune_codes():
        unit, unit_en = f"{unit} (mã {code})", f"{unit_en} (code {code})"
    return DatabaseDamaged(
        f"Xã, phường của cơ sở dữ liệu này bị hỏng: cài đặt {UNIT_KEY} không còn, trong khi lịch sử các kỳ ghi báo "
        f"cáo của {unit} (thường do bị sửa ngoài chương trình). Dữ liệu đã nhập vẫn còn: đừng cài đặt lại như máy "
        "mới. Quản trị viên xem thay đổi bằng lệnh chitieu audit verify, rồi khôi phục bản sao lưu còn tốt gần nhất, "
        f"hoặc chọn lại {unit} bằng lệnh chitieu setup.",
        field="Xã, phường",
        en=f"The commune or ward of this database is damaged: the setting {UNIT_KEY} is gone, while the periods' "
           f"history holds the reports of {unit_en} (usually: changed outside the program). The data entered are still "
           "there: do not set up again as on a new computer. The administrator sees the change with the command "
           f"chitieu audit verify, then restores the latest good backup, or chooses {unit_en} again with the command "
           "chitieu setup.")


def _damaged(value, version: str) -> DatabaseDamaged:
    held = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    held = held if len(held) <= 40 else literal(held, 40)
    return DatabaseDamaged(
        f"Xã, phường của cơ sở dữ liệu này bị hỏng: cài đặt {UNIT_KEY} giữ «{held}», không phải mã của xã, phường "
        f"nào trong bộ chỉ tiêu phiên bản {version} (thường do bị sửa ngoài chương trình). Dữ liệu đã nhập vẫn còn: "
        "đừng cài đặt lại như máy mới. Quản trị viên xem thay đổi bằng lệnh chitieu audit verify, rồi khôi phục bản "
        "sao lưu còn tốt gần nhất, hoặc chọn lại đúng xã, phường của máy này bằng lệnh chitieu setup.",
        field="Xã, phường",
        en=f"The commune or ward of this database is damaged: the setting {UNIT_KEY} holds «{held}», which is the code "
           f"of no commune or ward in the indicator catalogue version {version} (usually: changed outside the "
           "program). The data entered are still there: do not set up again as on a new computer. The administrator "
           "sees the change with the command chitieu audit verify, then restores the latest good backup, or chooses "
           "this computer's own commune or ward again with the command chitieu setup.")
