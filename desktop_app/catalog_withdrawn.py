"""Catalogue versions set aside (`db.catalogs.WITHDRAWN`) when an administrator forgot the
province key they were imported under (desktop_app/province_key_reset.py), as a catalogue
import meets them (`catalog_update.import_update`, inside its transaction)."""
from __future__ import annotations

from db.catalogs import WITHDRAWN
from desktop_app.core.errors import InvalidInput


def restore_withdrawn(store, version: str, document: dict) -> None:
    """The update's `version` is one set aside: its very catalogue imported again (its key's code
    typed from a letter again) is in force again; another catalogue under the same number is
    refused, as the stored one keeps its number for the periods approved under it."""
    gone = list(store.get_setting(WITHDRAWN) or ())
    if version not in gone:
        return
    if store.catalog(version) != document:
        raise InvalidInput(
            f"Máy này đã có bộ chỉ tiêu phiên bản {version} khác, đã thôi dùng khi bỏ khóa của tỉnh đã ghi nhận "
            f"(bản cập nhật giả). Không nhập: hai bộ chỉ tiêu không được cùng số phiên bản. Hãy xin Văn phòng UBND "
            f"tỉnh phát hành bản cập nhật số phiên bản khác {version}.", field="Phiên bản",
            en=f"This computer already holds a different catalogue version {version}, no longer used since the "
               f"province's recorded key was forgotten (a forged update). Not imported: two catalogues cannot have "
               f"the same version. Ask the provincial People's Committee office to publish the update under another "
               f"version than {version}.")
    gone.remove(version)
    store.put_setting(WITHDRAWN, gone)
