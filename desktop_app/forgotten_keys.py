"""A province key the administrator forgot as not the province's is not taken again unasked.

`chitieu catalog-update forget-key --withdraw` (Quản trị › Bỏ khóa của tỉnh đã ghi nhận…, the versions
imported under it set aside) is what a commune does when the provincial office says a key is not its
own: a forged update was imported. The next import records a key again from the code the administrator
types from a cover letter; a second forged letter printing the SAME code recorded that key again, its
update imported with no word that this key had been declared forged (red-team R4 F2). Such a key is now
refused unless the administrator confirms, knowingly, that the office has said it is the province's
after all (the forgetting was a mistake): the window asks, the command takes `--forgotten-key-confirmed`.
A key forgotten without `--withdraw` (the province changed its key) comes back without a question. A
restore keeps the list of keys forgotten (`carried`): a backup taken before the forgetting does not know it,
and the next forged letter was taken without the question (red-team R5 F9). A backup taken between the forged
import and the forgetting pinned that key and held the versions it signed in force: restored, the key is not
pinned and those versions are set aside again (`set_aside_again`), or the commune's verdicts were judged
against the forged targets (red-team R7 F3).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.catalogs import WITHDRAWN
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.periods import format_time
from desktop_app.core.words import Words

FORGOTTEN = "province_keys_forgotten"  # a commune's setting: the keys forgotten, oldest first
AUDIT_ACTION = "province_key_forget"  # the history's row of a forgetting, and of a restore's forgetting again


@dataclass(frozen=True)
class ForgottenAsForged:
    """A key forgotten with the versions imported under it set aside: its code, when and by whom."""
    key_code: str
    at: str
    by: str
    withdrawn: tuple[str, ...]

    def words(self) -> Words:
        """Whose key it is, in Vietnamese and in English."""
        versions = ", ".join(self.withdrawn)
        return Words(f"khóa mã {self.key_code} là khóa quản trị viên {self.by} đã bỏ lúc {format_time(self.at)} vì không "
                f"phải khóa của tỉnh (thôi dùng bộ chỉ tiêu {versions} nhập theo khóa đó)",
                f"the key {self.key_code} is the key the administrator {self.by} forgot at {format_time(self.at)} as "
                f"not the province's (setting aside the catalogue versions {versions} imported under it)")


class ForgottenKeyRefused(ChiTieuError):
    """An update signed by a key forgotten as not the province's, not confirmed."""


def forgotten_as_forged(store, public_key: str) -> ForgottenAsForged | None:
    """The latest forgetting of `public_key` that set aside the versions imported under it; None when it
    was never forgotten so (or only as a key the province changed)."""
    return _as_forged(store.get_setting(FORGOTTEN), public_key)


def _as_forged(forgotten, public_key, after: str | None = None) -> ForgottenAsForged | None:
    """The latest of `forgotten` (the setting's entries) forgetting `public_key` as not the province's, made after the
    moment `after` when given (an ISO time; one that does not read: any)."""
    for entry in reversed(forgotten if isinstance(forgotten, list) else []):
        if (isinstance(entry, dict) and entry.get("public_key") == public_key and entry.get("withdrawn")
                and _later(entry.get("forgotten_at"), after)):
            return ForgottenAsForged(entry.get("key_code", ""), entry.get("forgotten_at", ""),
                                     entry.get("forgotten_by", ""), tuple(entry["withdrawn"]))
    return None


def _later(at, than: str | None) -> bool:
    """Whether the moment `at` is not before `than` (both to the second: a key forgotten in the second it was pinned
    is forgotten after it, as only a key pinned is forgotten)."""
    if than is None:
        return True
    try:
        return dt.datetime.fromisoformat(str(at)) >= dt.datetime.fromisoformat(str(than))
    except (ValueError, TypeError):  # a time that does not read (edited outside): not taken to be before
        return True


def forged_since_pinned(pinned, forgotten) -> ForgottenAsForged | None:
    """The forgetting, among `forgotten` (the setting's entries), of the province key `pinned` (the pinned key's
    setting) as not the province's after it was pinned; None when none. A key pinned again after its forgetting (the
    office said it is the province's after all: `refuse_unconfirmed`) is not."""
    if not isinstance(pinned, dict):
        return None
    return _as_forged(forgotten, pinned.get("public_key"), str(pinned.get("pinned_at") or "") or None)


def carried(store, replaced: list | None, pinned_setting: str, pinned_before=None, user: str = "") -> None:
    """Into `store`, the restored data, the keys the data a restore replaced had forgotten (`replaced`, that
    setting of theirs): the ones it lacks are added, the list kept oldest first. A key the restored data pinned
    (`pinned_setting`: catalog_update.PROVINCE_KEY, which imports this module) that was then forgotten as not the
    province's is not pinned (`forgotten_again`), and the versions it signed are set aside again (`set_aside_again`),
    in a row of the history by `user` of the forgetting's kind."""
    kept = list(store.get_setting(FORGOTTEN) or [])
    known = {(e.get("public_key"), e.get("forgotten_at")) for e in kept}
    new = [e for e in replaced or [] if isinstance(e, dict) and (e.get("public_key"), e.get("forgotten_at")) not in known]
    if new:
        kept = sorted(kept + new, key=lambda e: str(e.get("forgotten_at", "")))
        store.put_setting(FORGOTTEN, kept)
    pinned, versions = store.get_setting(pinned_setting), store.catalog_versions()
    withdrawn = store.get_setting(WITHDRAWN)
    forged, under = set_aside_again(pinned, versions, withdrawn, kept, pinned_before)
    if forged is None:
        return
    store.put_setting(pinned_setting, None)
    if under:
        store.put_setting(WITHDRAWN, [v for v in versions if v in set(withdrawn or ()) | set(under)])
    aside = f"; thôi dùng bộ chỉ tiêu {', '.join(under)}" if under else ""
    store.audit(user, AUDIT_ACTION, field="key_code", old=pinned.get("key_code"),
                new=f"khôi phục bản sao lưu: vẫn bỏ khóa{aside}")


def set_aside_again(pinned, versions: list[str], withdrawn, forgotten, pinned_before) -> tuple[ForgottenAsForged | None,
                                                                                               list[str]]:
    """What a restore does of the key `pinned` by the data it puts in (their setting), which store the catalogue
    `versions` (oldest first), the ones in `withdrawn` set aside: when that key was forgotten as not the province's
    after they pinned it (`forgotten_again`, `pinned_before`: the data replaced's pin), that forgetting, and the
    versions they imported under it to set aside as the forgetting did (`province_key_reset.versions_under`: its first
    one and every later one, since once a key is pinned only updates it signed are imported), so that the one in force
    is the last before them. Matched by the key that signed them, not by their numbers: a version of the same number
    imported under another key stays. (None, []) when the key stays pinned; no version when none would be left (a
    forgetting refuses so)."""
    forged = forgotten_again(pinned, forgotten, pinned_before)
    if forged is None:
        return None, []
    gone, first = set(withdrawn or ()), pinned.get("catalog_version")
    under = [v for v in versions[versions.index(first):] if v not in gone] if first in versions else []
    return forged, under if any(v not in gone and v not in under for v in versions) else []


def set_aside_words(forged: ForgottenAsForged, under: list[str], in_force: str, done: bool) -> Words:
    """What the restore's question (`done` False) and its result say of the versions `under` it sets aside again
    (`set_aside_again`), and of `in_force`, the version in force after it."""
    many = len(under) > 1
    versions = ", ".join(under)
    signed = f"ký bằng khóa mã {forged.key_code} đã bỏ vì không phải khóa của tỉnh"
    signed_en = f"signed with the key {forged.key_code}, forgotten as not the province's"
    if done:
        return Words(f"Đã gỡ lại {'các phiên bản' if many else 'phiên bản'} bộ chỉ tiêu {versions} ({signed}): bộ chỉ "
                     f"tiêu đang dùng là phiên bản {in_force}.",
                     f"Set aside again catalogue version{'s' if many else ''} {versions} ({signed_en}): the catalogue "
                     f"in use is version {in_force}.")
    return Words(f"{'Các phiên bản' if many else 'Phiên bản'} bộ chỉ tiêu {versions} ({signed}) sẽ được gỡ lại sau khi "
                 f"khôi phục: bộ chỉ tiêu dùng phiên bản {in_force}.",
                 f"Catalogue version{'s' if many else ''} {versions} ({signed_en}) will be set aside again after the "
                 f"restore: the catalogue in use will be version {in_force}.")


def forgotten_again(pinned, forgotten, pinned_before) -> ForgottenAsForged | None:
    """The forgetting as not the province's (among `forgotten`) of the key `pinned` by the data a restore puts in,
    after they pinned it, that the restore keeps: a backup taken between a forged import and the forgetting pinned
    the key again, and the next forged update signed by it was imported unasked. None when none, or when the data
    replaced pinned that key after its forgetting too (`pinned_before`: the office said it is the province's)."""
    forged = forged_since_pinned(pinned, forgotten)
    if forged is None or (isinstance(pinned_before, dict) and pinned_before.get("public_key") == pinned.get("public_key")
                          and forged_since_pinned(pinned_before, forgotten) is None):
        return None
    return forged


def forgotten_key(ws, update: dict) -> ForgottenAsForged | None:
    """What the window asks about before importing `update` (read, not imported) while no province key is
    recorded: its key, when it was forgotten as not the province's."""
    return forgotten_as_forged(ws.store, update.get("public_key", ""))


def refuse_unconfirmed(store, update: dict, file_name: str, confirmed: bool) -> None:
    """Refuse recording again, unconfirmed, a key forgotten as not the province's (module note)."""
    forgotten = None if confirmed else forgotten_as_forged(store, update.get("public_key", ""))
    if forgotten is None:
        return
    said = forgotten.words()
    raise ForgottenKeyRefused(
        f"Tệp {file_name} được ký bằng khóa mã {forgotten.key_code}, nhưng {said}. Không nhập: công văn in mã này "
        "có thể cũng là giả. Chỉ nhập khi Văn phòng UBND tỉnh xác nhận bằng văn bản (không qua thư gửi kèm tệp) "
        "rằng khóa này đúng là khóa của tỉnh và việc bỏ khóa trước đây là nhầm: khi đó trả lời Nhập ở câu hỏi của "
        "cửa sổ, hoặc thêm --forgotten-key-confirmed vào lệnh.", field="Mã khóa",
        en=f"The file {file_name} is signed with the key {forgotten.key_code}, but {said.en}. Not imported: the letter "
           "printing this code may be forged too. Import it only when the provincial People's Committee office "
           "confirms in writing (not in the mail that brought the file) that this key is the province's and "
           "that forgetting it was a mistake: then answer Import to the window's question, or add "
           "--forgotten-key-confirmed to the command.")
