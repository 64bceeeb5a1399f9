"""Who may import a catalogue update, how its file's text is read, and how the province key a
commune recorded is said (`desktop_app.catalog_update`, which names these functions too).

- Only a commune's database imports an update (`check_import`): the province office's catalogue
  is the one it publishes, edited in its draft (`chitieu catalog-update target | assign |
  add-indicator`) and published (Tệp › Phát hành cập nhật bộ chỉ tiêu…, or `chitieu
  catalog-update export`). An update imported there would become the catalogue the province
  recomputes with and publishes from (red team R33 F3: a stranger's), so a province database
  refuses it, whoever asks and whatever the file; and only an administrator imports.
- The update file is UTF-8 as the program writes it; a file saved again by Notepad carries a
  byte-order mark (UTF-8), or is UTF-16 with one ("Unicode"): read all the same
  (`update_text`), as the fingerprint and the signature cover the parsed content, not the bytes.
- `pinned_words`: the province key recorded at the first import, its code and day, as the
  import's question and `chitieu catalog-update key` (`recorded_key_words`) say it.
"""
from __future__ import annotations

import codecs
import datetime as dt

from desktop_app.core.errors import NotPermitted
from desktop_app.core.users import Permission
from desktop_app.core.words import Words
from desktop_app.database_mode import MODE_PROVINCE, PROVINCE_KEY, mode_of
UPDATING = ("cập nhật bộ chỉ tiêu", "update the indicator catalogue")  # the task a refusal names
# The marks a text editor writes at the start of a file, and the encoding each says (UTF-8 last: its
# mark is not a prefix of the others'; UTF-32's are not read: FF FE 00 00 would read as UTF-16).
MARKS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF8, "utf-8"))


def check_import(ws) -> None:
    """Refuse at once a province database (nothing there imports an update), then an account that
    may not import one (naming the task, its role and who may): the window asks it before any file
    or code is asked, `import_update` again."""
    if mode_of(ws.store) == MODE_PROVINCE:
        raise NotPermitted(
            "Đây là cơ sở dữ liệu cấp tỉnh: tỉnh không nhập bản cập nhật bộ chỉ tiêu, việc đó là của các xã, phường. "
            "Bộ chỉ tiêu của tỉnh là bộ tỉnh tự phát hành: sửa bản nháp bằng lệnh chitieu catalog-update target, "
            "assign hoặc add-indicator, rồi phát hành (Tệp › Phát hành cập nhật bộ chỉ tiêu…, hoặc lệnh chitieu "
            "catalog-update export). Không nhập; bộ chỉ tiêu và khóa của tỉnh không thay đổi.", field="Chế độ",
            en="This is the province's database: the province does not import catalogue updates, the communes and "
               "wards do. The province's catalogue is the one it publishes: edit the draft with the command chitieu "
               "catalog-update target, assign or add-indicator, then publish it (File › Publish an indicator "
               "catalogue update…, or the command chitieu catalog-update export). Not imported; the catalogue and "
               "the province's key are unchanged.")
    ws.require(Permission.SETTINGS, UPDATING)


def province_key(ws) -> dict | None:
    """The province key this installation pinned at its first signed import (public_key,
    key_code, catalog_version, pinned_at), None before."""
    return ws.store.get_setting(PROVINCE_KEY)


def update_text(raw: bytes) -> str:
    """The update file's text: UTF-8, with or without a byte-order mark, or UTF-16 with one (what
    Notepad writes as "Unicode"). Anything else raises UnicodeDecodeError (or ValueError)."""
    for mark, encoding in MARKS:
        if raw.startswith(mark):
            return raw[len(mark):].decode(encoding)
    return raw.decode("utf-8")


def pinned_words(pinned: dict | None) -> Words:
    """"Khóa của tỉnh đã ghi nhận: mã K7QX-…, ngày 02/03/2026 (từ bản cập nhật phiên bản 2026.2)."
    or, none recorded, that the next import records one from the paper letter."""
    if not pinned:
        return Words("Máy này chưa ghi nhận khóa nào của tỉnh. Lần nhập bản cập nhật bộ chỉ tiêu đầu tiên sẽ ghi nhận "
                     "khóa theo mã in trên công văn giấy của tỉnh (có chữ ký, đóng dấu).",
                     "This computer has recorded no province key yet. The first catalogue update imported records "
                     "it from the code printed on the province's paper letter (signed and stamped).")
    day = _day(pinned.get("pinned_at"))
    version = pinned.get("catalog_version", "?")
    return Words(f"Khóa của tỉnh đã ghi nhận: mã {pinned['key_code']}"
                 + (f", ngày {day}" if day else "") + f" (từ bản cập nhật phiên bản {version}).",
                 f"The province's key recorded: code {pinned['key_code']}"
                 + (f", on {day}" if day else "") + f" (from the update to version {version}).")


def recorded_key_words(ws) -> Words:
    """What `chitieu catalog-update key` prints: the province key recorded here (`pinned_words`); at
    the province, that it records none (it signs its updates with its own key)."""
    if mode_of(ws.store) == MODE_PROVINCE:
        return Words("Đây là cơ sở dữ liệu cấp tỉnh: máy không ghi nhận khóa của tỉnh; tỉnh ký bản cập nhật bộ chỉ "
                     "tiêu bằng khóa của chính máy này.",
                     "This is the province's database: it records no province key; the province signs its "
                     "catalogue updates with this computer's own key.")
    return pinned_words(province_key(ws))


def _day(stamp) -> str:
    """dd/mm/yyyy of the recorded ISO time, as it was written (the day at the commune); "" if none."""
    try:
        return dt.datetime.fromisoformat(str(stamp)).strftime("%d/%m/%Y")
    except (TypeError, ValueError):
        return ""
