"""Bỏ khóa của tỉnh đã ghi nhận: a commune's way back from a province key pinned wrongly.

The first catalogue update a commune imports pins the key that signed it, against the code
the officer typed from the cover letter (desktop_app/catalog_update.py). A forged first update
whose forged letter printed the forger's code pins the forger's key, and from then on the
province's real updates are refused (red-team 16 F3); a province that reinstalled its computer
signs with a new key, refused the same way. Only an administrator forgets the key
(`forget_province_key`), typing back the code of the key recorded (printed in the refusals
and by `chitieu catalog-update forget-key` without a code), in one transaction with an audit
row; the key is kept in a history setting (`FORGOTTEN`). The next import records a key again
from its cover letter.

`withdraw`: the province says it never issued the versions imported under the forgotten key
(its intake says "phiên bản tỉnh chưa phát hành"): they are set aside (`db.catalogs.WITHDRAWN`),
the catalogue in force goes back to the one before them, so the province's next update imports,
made from that one or from the province's own catalogue of a number set aside here
(desktop_app/catalog_withdrawn.py). They stay stored and keep their numbers: a period approved
under one keeps the catalogue it was approved with (its snapshot) and is named, to reopen if the
leader wants it judged again; the province's catalogue of a number taken so is refused.
Without `withdraw` (the province changed its key) the catalogue in force does not change.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.catalogs import WITHDRAWN
from desktop_app.catalog_update import PROVINCE_KEY, version_key
from desktop_app.core.errors import InvalidInput
from desktop_app.core.signing import normalise_code, typed_code
from desktop_app.core.users import Permission
from desktop_app.core.vietnam_time import shown
from desktop_app.core.words import Words
from desktop_app.forgotten_keys import AUDIT_ACTION, FORGOTTEN

FORGETTING = ("bỏ khóa của tỉnh đã ghi nhận", "forget the province's recorded key")  # the task a refusal names


@dataclass(frozen=True)
class Forgotten:
    """What forgetting did: the key's code, the versions set aside (oldest first), the
    catalogue version now in force, and the periods approved under a version set aside
    (their names), which keep it."""
    key_code: str
    withdrawn: tuple[str, ...]
    version: str
    approved: tuple[str, ...]


def check_forget(ws) -> None:
    """Refuse at once an account that may not forget the key (an administrator's task)."""
    ws.require(Permission.SETTINGS, FORGETTING)


def recorded_key(ws) -> dict | None:
    """The province key recorded (public_key, key_code, catalog_version: the first version
    imported under it, pinned_at), None before the first import or once forgotten."""
    return ws.store.get_setting(PROVINCE_KEY)


def versions_under(ws, pinned: dict) -> list[str]:
    """The catalogue versions in force imported under the key `pinned`: its first one and every
    later one (once a key is pinned, only updates it signed are imported)."""
    first = version_key(pinned["catalog_version"])
    gone = set(ws.store.get_setting(WITHDRAWN) or ())
    return [v for v in ws.store.catalog_versions() if v not in gone and _key(v) >= first]


def forget_province_key(ws, code: str, *, withdraw: bool = False) -> Forgotten:
    """Forget the province key recorded, whose code `code` is typed back (case, spaces and
    dashes ignored); `withdraw`: set aside the catalogue versions imported under it too."""
    check_forget(ws)
    typed = normalise_code(typed_code(code, "Mã khóa", key=True) if (code or "").strip() else "")  # its length said
    with ws.store.transaction():
        pinned = recorded_key(ws)
        if not pinned:
            raise InvalidInput(
                "Máy này chưa ghi nhận khóa nào của tỉnh: không có khóa để bỏ. Lần nhập bản cập nhật bộ chỉ tiêu "
                "tới sẽ ghi nhận khóa theo mã in trên công văn gửi kèm.", field="Mã khóa",
                en="This computer has not recorded any key of the province: there is no key to forget. The next "
                   "catalogue update imported will record a key from the code printed on its cover letter.")
        if typed != normalise_code(pinned["key_code"]):
            shown = typed[:40] + ("…" if len(typed) > 40 else "") if typed else "(chưa gõ)"
            shown_en = shown if typed else "(none)"
            raise InvalidInput(
                f"Mã đã gõ {shown} không phải mã khóa của tỉnh mà máy này đang ghi nhận ({pinned['key_code']}). "
                "Chưa bỏ khóa. Gõ lại đúng mã khóa đang ghi nhận để xác nhận bỏ khóa này.", field="Mã khóa",
                en=f"The code typed, {shown_en}, is not the code of the province's key this computer has recorded "
                   f"({pinned['key_code']}). The key was not forgotten. Type the recorded key's code to confirm "
                   "forgetting it.")
        withdrawn = versions_under(ws, pinned) if withdraw else []
        kept = [v for v in ws.store.catalog_versions()
                if v not in set(ws.store.get_setting(WITHDRAWN) or ()) | set(withdrawn)]
        if withdrawn and not kept:
            raise InvalidInput(
                "Không bỏ được các phiên bản bộ chỉ tiêu nhập theo khóa này: máy không còn phiên bản nào khác. "
                "Chưa bỏ khóa.", field="Phiên bản",
                en="The catalogue versions imported under this key cannot be set aside: the computer holds no "
                   "other version. The key was not forgotten.")
        now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        history = list(ws.store.get_setting(FORGOTTEN) or [])
        history.append({**pinned, "forgotten_at": now, "forgotten_by": ws.user, "withdrawn": withdrawn})
        ws.store.put_setting(FORGOTTEN, history)
        ws.store.put_setting(PROVINCE_KEY, None)
        if withdrawn:
            ws.store.put_setting(WITHDRAWN, sorted({*(ws.store.get_setting(WITHDRAWN) or ()), *withdrawn},
                                                   key=_key))
        ws.store.audit(ws.user, AUDIT_ACTION, field="key_code", old=pinned["key_code"],
                       new=("bỏ khóa; thôi dùng bộ chỉ tiêu " + ", ".join(withdrawn)) if withdrawn else "bỏ khóa")
    ws.reload_catalog()
    approved = _approved_under(ws, set(withdrawn)) if withdrawn else ()
    return Forgotten(pinned["key_code"], tuple(withdrawn), ws.catalog.version, approved)


def described(ws) -> list[str]:
    """What `chitieu catalog-update forget-key` without a code prints: the key recorded, the
    versions imported under it, and the two ways to forget it."""
    check_forget(ws)
    pinned = recorded_key(ws)
    if not pinned:
        return [("Máy này chưa ghi nhận khóa nào của tỉnh: không có khóa để bỏ. Lần nhập bản cập nhật bộ chỉ tiêu tới "
                "sẽ ghi nhận khóa theo mã in trên công văn gửi kèm.")]
    code, under = pinned["key_code"], versions_under(ws, pinned)
    before = [v for v in ws.store.catalog_versions() if v not in set(ws.store.get_setting(WITHDRAWN) or ()) | set(under)]
    lines = [(f"Khóa của tỉnh máy này đang ghi nhận: mã {code}, ghi nhận {_when(pinned.get('pinned_at'))}từ bản cập "
             f"nhật phiên bản {pinned.get('catalog_version', '?')}. Bộ chỉ tiêu nhập theo khóa này: "
             f"{', '.join(under) or '(không còn)'}; bộ chỉ tiêu đang dùng: {ws.catalog.version}."),
             (f"Chưa bỏ khóa. Để bỏ, gõ lại mã khóa: chitieu catalog-update forget-key --code {code}"
             " (tỉnh đã đổi khóa: bộ chỉ tiêu đang dùng giữ nguyên).")]
    if under and before:
        lines.append(f"Nếu tỉnh cho biết chưa phát hành {'các phiên bản' if len(under) > 1 else 'phiên bản'} "
                     f"{', '.join(under)} (bản cập nhật giả), thêm --withdraw: thôi dùng "
                     f"{'các phiên bản đó' if len(under) > 1 else 'phiên bản đó'}, máy trở lại bộ chỉ "
                     f"tiêu phiên bản {before[-1]}; các kỳ đã duyệt giữ nguyên như khi duyệt.")
    return lines


def done_lines(done: Forgotten) -> list[str]:
    """What the command prints once the key is forgotten."""
    lines = [(f"Đã bỏ khóa của tỉnh mã {done.key_code} mà máy này đã ghi nhận. Lần nhập bản cập nhật bộ chỉ tiêu tới "
             "sẽ ghi nhận khóa theo mã in trên công văn gửi kèm: gõ mã trên công văn giấy của tỉnh, không chép mã "
             "ghi trong tệp.")]
    if done.withdrawn:
        lines.append(str(withdrawn_words(done)))
    if done.approved:
        lines.append(f"Các kỳ đã duyệt theo bộ chỉ tiêu đã thôi dùng giữ nguyên như khi duyệt: "
                     f"{', '.join(done.approved)}. Nếu cần đánh giá lại theo bộ chỉ tiêu của tỉnh, Lãnh đạo mở lại "
                     "kỳ rồi duyệt lại.")
    return lines


def withdrawn_words(done: Forgotten) -> Words:
    """What is said of the catalogue versions the forgetting stopped using (`done.withdrawn`, not empty): by the
    command and the window alike, one version named as one."""
    many, versions, last = len(done.withdrawn) > 1, ", ".join(done.withdrawn), done.withdrawn[-1]
    return Words(
        f"Thôi dùng bộ chỉ tiêu phiên bản {versions} (nhập theo khóa đã bỏ); bộ chỉ tiêu đang dùng nay là phiên bản "
        f"{done.version}. "
        + ("Các số phiên bản đó vẫn thuộc bộ chỉ tiêu đã thôi dùng, nên bản cập nhật của tỉnh mang một trong các số đó"
           if many else "Số phiên bản đó vẫn thuộc bộ chỉ tiêu đã thôi dùng, nên bản cập nhật của tỉnh mang số đó")
        + f" không nhập được; bản cập nhật tiếp theo của tỉnh, số phiên bản lớn hơn {last}, nhập được như thường.",
        (f"Catalogue versions {versions} are no longer used (imported under the key forgotten); the catalogue in use "
         f"is now version {done.version}. Those numbers stay with the catalogue no longer used, so a province update "
         "under one of them" if many else
         f"Catalogue version {versions} is no longer used (imported under the key forgotten); the catalogue in use "
         f"is now version {done.version}. That number stays with the catalogue no longer used, so a province update "
         "under it")
        + f" cannot be imported; the province's next update, of a version above {last}, imports as usual.")


def _when(at: str | None) -> str:
    """"lúc 09:05 04/12/2026 " from an ISO time, in Vietnam time as every moment the province shows
    (`core.intake.when_text`); nothing when unknown."""
    try:
        dt.datetime.fromisoformat(at or "")
    except ValueError:
        return ""
    return f"lúc {shown(at)} "


def _approved_under(ws, versions: set[str]) -> tuple[str, ...]:
    """The names of the periods approved under one of `versions`."""
    if not ws.is_set_up:
        return ()
    return tuple(s.period.name for s in ws.overview()
                 if s.state.frozen and ws.submission(s.period).catalog_version in versions)


def _key(version: str) -> tuple[int, ...]:
    try:
        return version_key(version)
    except InvalidInput:  # a version not written as numbers: before any
        return ()


__all__ = ["FORGETTING", "Forgotten", "check_forget", "described", "done_lines", "forget_province_key", "recorded_key",
           "versions_under"]
