"""Catalogue versions set aside (`db.catalogs.WITHDRAWN`) when an administrator forgot the
province key they were imported under (desktop_app/province_key_reset.py), as a catalogue
import meets them (`catalog_update.check_against`, `catalog_update.import_update`).

A version set aside keeps its number here: a period approved under it names its catalogue by
that number, and approvals are never rewritten, so another catalogue under the same number is
refused (`refuse_number_taken`). The province cannot publish its own catalogue of that number
again (its drafts are built from its own catalogue of that number), so the refusal does not ask
it to: it says that the province's next update imports, and that the province can publish one
changing nothing (its command line does; its window publishes only a draft with changes). That
next update is made from the province's version of the number taken here, set aside here:
`catalog_update.check_against` takes it from the version in use when the base is a version set
aside newer than the one in use (nothing of the base is needed, an update carries the whole
catalogue, judged against the one in use by `catalog_changes.refusal`; a base set aside older
than the one in use would skip the versions since, and is refused as any other base)."""
from __future__ import annotations

from db.catalogs import WITHDRAWN
from desktop_app.core.errors import InvalidInput
from desktop_app.core.words import Words


def set_aside(store) -> dict[str, dict]:
    """The catalogue versions set aside here, each with its catalogue as stored."""
    return {version: store.catalog(version) for version in store.get_setting(WITHDRAWN) or ()}


def refuse_number_taken(document: dict, current_version: str, aside: dict[str, dict], name: Words) -> None:
    """Refuse the update's catalogue `document` when its number is that of another catalogue set
    aside (`aside`, from `set_aside`); the very catalogue set aside (imported again, its key's code
    typed from a letter again) passes, and `restore_withdrawn` puts it in force again."""
    version = document["catalog_version"]
    if version not in aside or aside[version] == document:
        return
    raise InvalidInput(
        f"{name}: máy này đã có bộ chỉ tiêu phiên bản {version} khác (bản cập nhật giả, đã thôi dùng khi bỏ khóa của "
        f"tỉnh đã ghi nhận), mà các kỳ đã duyệt theo nó vẫn ghi số phiên bản này. Không nhập: hai bộ chỉ tiêu không "
        f"được cùng số phiên bản. Bộ chỉ tiêu đang dùng vẫn là phiên bản {current_version}.\n\nBản cập nhật tiếp "
        f"theo của tỉnh (số phiên bản lớn hơn {version}) nhập được như thường: hãy nhập bản đó khi tỉnh gửi. Nếu cần "
        f"sớm hơn, hãy xin Văn phòng UBND tỉnh phát hành một bản cập nhật số phiên bản lớn hơn {version}; tỉnh phát "
        "hành được cả khi không có thay đổi nào, bằng lệnh chitieu catalog-update export (cửa sổ của tỉnh chỉ phát "
        "hành bản nháp có thay đổi).", field="Phiên bản",
        en=f"{name.en}: this computer already holds a different catalogue version {version} (a forged update, no "
           "longer used since the province's recorded key was forgotten), which the periods approved under it still "
           "name. Not imported: two catalogues cannot have the same version. The catalogue in use is still version "
           f"{current_version}.\n\nThe province's next update (a version above {version}) imports as usual: import "
           "it when the province sends it. To have it sooner, ask the provincial People's Committee office to "
           f"publish an update with a version above {version}; the province can publish one with no change at all, "
           "with the command chitieu catalog-update export (the province's window publishes only a draft with "
           "changes).")


def restore_withdrawn(store, version: str) -> None:
    """The update's `version` is one set aside and its very catalogue (`refuse_number_taken`
    refused any other): imported again, it is in force again."""
    gone = list(store.get_setting(WITHDRAWN) or ())
    if version in gone:
        gone.remove(version)
        store.put_setting(WITHDRAWN, gone)
