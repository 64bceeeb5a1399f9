"""What a restore takes back or brings back that the trust in the units' reports rests on, for the restore
warning (`desktop_app.backups.restore_warning`), read from both files without writing (`db.backup`):
`trust_losses`. The approvals a restore takes back or brings back are `desktop_app.restore_approvals`', the
number and date it carries `desktop_app.restore_carry`'s.

At the province: the key decisions made since the backup (a key confirmed against the signed paper, a
key revoked after a forged report: restored, the forged report counts again), the unsigned versions
accepted after the paper was compared, and the reports received. At a commune: the catalogue update
imported (the unit's targets go back to the older version) and the province key pinned from the paper
letter (forgotten by the restore, so the next import asks for a code again) or, the reverse, a key
forgotten since that the restore brings back (not one forgotten as not the province's: it stays forgotten,
`forgotten_keys.carried`). Red-team 19, findings 3 and 4.

`since`: the database carries on the backup's history (`db.backup.continues`), so what differs was
done after the backup; otherwise each line says only how the two files differ. The backup is read as
the restore brings it back (`backups._as_restored`: a backup of an older version upgraded first), or a
pre-chain one would have no key register, and its reports no identity to compare.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from db import backup as sqlite_backup
from db.catalogs import WITHDRAWN
from desktop_app.approval import SIGNING_KEY
from desktop_app.catalog_update import PROVINCE_KEY
from desktop_app.core.keys import KeyState
from desktop_app.core.periods import format_time, in_sentence, parse_period
from desktop_app.core.signing import key_code, public_key
from desktop_app.core.words import Words
from desktop_app.forgotten_keys import FORGOTTEN, set_aside_again, set_aside_words
from desktop_app.resources import catalog_of
from desktop_app.restore_revoked import stays_revoked

STATE_EN = {KeyState.CHO: "awaiting confirmation", KeyState.XAC_NHAN: "confirmed", KeyState.DA_THAY: "replaced",
            KeyState.THU_HOI: "revoked"}
SHORT = 4  # units named one by one in the reports received; more are counted
TARGETS_SHOWN = 3


def trust_losses(db_path: Path, source: Path, *, since: bool, kept: frozenset = frozenset()) -> list[Words]:
    """Every line: the keys, the acceptances, the reports received, the catalogue, the province key. `kept`: the
    keys revoked since that the restore keeps revoked (`restore_revoked.kept_revoked`)."""
    names = _unit_names(db_path, source)
    return (keys_taken_back(db_path, source, names, since, kept)
            + acceptances_taken_back(db_path, source, names, since)
            + received_taken_back(db_path, source, names, since) + catalogue_taken_back(db_path, source, since)
            + province_key_taken_back(db_path, source, since) + signing_key_taken_back(db_path, source))


def _unit_names(db_path: Path, source: Path):
    """code -> the unit's name in the catalogue in force (the database's, else the backup's), else its code."""
    document = sqlite_backup.catalog_in_force(db_path) or sqlite_backup.catalog_in_force(source)
    catalog = None
    if document:
        try:
            catalog = catalog_of(document)
        except (KeyError, TypeError, ValueError):
            catalog = None

    def name(code: str) -> str:
        try:
            return catalog.commune_by_code(code).name if catalog else code
        except Exception:  # noqa: BLE001 - a unit no longer in the catalogue: its code
            return code
    return name


def _later(since: bool) -> tuple[str, str]:
    return (" sau lúc sao lưu", " after the backup was taken") if since else ("", "")


def _at(at: str | None) -> tuple[str, str]:
    return (f" (lúc {format_time(at)})", f" (at {format_time(at)})") if at else ("", "")


def keys_taken_back(db_path: Path, source: Path, name, since: bool, kept: frozenset = frozenset()) -> list[Words]:
    """A key whose state differs from the backup's: confirmed (the restore makes it pending again, or
    forgets it), revoked (kept revoked by the restore, `kept`: `restore_revoked.carry_revoked`; else the
    restore counts what it signed again), replaced."""
    now, then = sqlite_backup.unit_keys(db_path), sqlite_backup.unit_keys(source)
    if now is None or then is None:
        return []
    before = {(k.unit_code, k.public_key): k for k in then}
    later, later_en = _later(since)
    lines = []
    for k in now:
        b = before.get((k.unit_code, k.public_key))
        state, was = KeyState(k.state), KeyState(b.state) if b else None
        if state == was or (was is None and state == KeyState.CHO):  # a key first read since: a report received
            continue
        who, who_en = f"Khóa {k.key_code} của {name(k.unit_code)}", f"The key {k.key_code} of {name(k.unit_code)}"
        back = (f"khóa lại ở trạng thái {was.value} như trong bản sao lưu", f"the key is back {STATE_EN[was]} as in the backup"
                ) if was else ("sổ khóa không còn khóa này (bản sao lưu chưa có)",
                               "the register no longer holds this key (the backup does not have it)")
        if state == KeyState.THU_HOI and (k.unit_code, k.public_key) in kept:
            lines.append(stays_revoked(Words(who, who_en), (later, later_en), _at(k.revoked_at), was is None))
        elif state == KeyState.THU_HOI:
            at, at_en = _at(k.revoked_at)
            if was is None:
                counted = ("tệp ký bằng khóa này nhận lại sẽ được ghi Chờ xác nhận và được tính",
                           "a file signed by it received again is registered awaiting confirmation and counted")
            else:
                counted = ("các bản báo cáo ký bằng khóa này lại được tính", "the reports it signed count again")
            lines.append(Words(
                f"{who} đã thu hồi{later}{at}: sau khi khôi phục, {back[0]} và {counted[0]}. Nếu khóa bị thu hồi vì "
                "ký báo cáo giả, sau khi khôi phục hãy thu hồi lại khóa này.",
                f"{who_en} was revoked{later_en}{at_en}: after the restore, {back[1]} and {counted[1]}. If it was "
                "revoked for signing a forged report, revoke it again after the restore."))
        elif state == KeyState.XAC_NHAN:
            at, at_en = _at(k.confirmed_at)
            lines.append(Words(
                f"{who} đã được xác nhận (đối chiếu với báo cáo giấy){later}{at}: sau khi khôi phục, {back[0]}"
                + (", các bản ký bằng khóa này không được tính" if was == KeyState.THU_HOI else "")
                + "; phải đối chiếu mã khóa với báo cáo giấy và xác nhận lại.",
                f"{who_en} was confirmed (compared with the paper report){later_en}{at_en}: after the restore, "
                f"{back[1]}" + (", the reports it signed are not counted" if was == KeyState.THU_HOI else "")
                + "; compare its code with the paper report and confirm it again."))
        else:
            lines.append(Words(
                f"{who} ở trạng thái {state.value}{later}, trong bản sao lưu là "
                f"{was.value if was else 'chưa có'}: sau khi khôi phục, {back[0]}.",
                f"{who_en} is {STATE_EN[state]}{later_en}, in the backup "
                f"{STATE_EN[was] if was else 'absent'}: after the restore, {back[1]}."))
    return lines


def _version_key(row) -> tuple:
    return row.unit_code, row.period, row.version_id or row.fingerprint


def acceptances_taken_back(db_path: Path, source: Path, name, since: bool) -> list[Words]:
    """An unsigned version the province accepted (after comparing it with the signed paper) that the
    backup has not accepted, or does not hold."""
    now, then = sqlite_backup.received_versions(db_path), sqlite_backup.received_versions(source)
    if now is None or then is None:
        return []
    before = {_version_key(r): r for r in then}
    later, later_en = _later(since)
    lines = []
    for r in now:
        b = before.get(_version_key(r))
        if r.signed or not r.accepted_at or (b is not None and b.accepted_at):
            continue
        p = parse_period(r.period)
        at, at_en = _at(r.accepted_at)
        what = (f"Bản chưa ký của {name(r.unit_code)} kỳ {in_sentence(p.name)} (tệp {r.file_name}) đã được tỉnh chấp "
                f"nhận sau khi đối chiếu báo cáo giấy{later}{at}")
        what_en = (f"The unsigned version of {name(r.unit_code)} for {in_sentence(p.name_en)} (file {r.file_name}) was "
                   f"accepted by the province after comparing the paper report{later_en}{at_en}")
        if b is None:
            lines.append(Words(f"{what}: sau khi khôi phục, bản đó không còn; phải nhận lại tệp và chấp nhận lại.",
                               f"{what_en}: after the restore, that version is gone; receive the file again and "
                               "accept it again."))
        else:
            lines.append(Words(f"{what}: sau khi khôi phục, bản đó lại chưa được chấp nhận và không được tính; phải "
                               "đối chiếu và chấp nhận lại.",
                               f"{what_en}: after the restore, that version is no longer accepted and not counted; "
                               "compare and accept it again."))
    return lines


def received_taken_back(db_path: Path, source: Path, name, since: bool) -> list[Words]:
    """The versions of the units' reports the database holds and the backup does not: how many, by unit
    when they are few."""
    now, then = sqlite_backup.received_versions(db_path), sqlite_backup.received_versions(source)
    if now is None or then is None:
        return []
    held = {_version_key(r) for r in then}
    new = [r for r in now if _version_key(r) not in held]
    if not new:
        return []
    units = Counter(r.unit_code for r in new)
    if len(units) <= SHORT:
        by = "; ".join(f"{name(u)}: {n}" for u, n in sorted(units.items(), key=lambda un: name(un[0])))
        by_vi = by_en = f" ({by})"
    else:
        by_vi, by_en = f" (của {len(units)} đơn vị)", f" (from {len(units)} units)"
    n = len(new)
    if since:
        return [Words(
            f"Tỉnh đã nhận {n} bản báo cáo sau lúc sao lưu{by_vi}: sau khi khôi phục, các bản đó không còn và tổng "
            "hợp trở lại như trong bản sao lưu; hãy nhận lại các tệp từ thư mục đã lưu.",
            f"{n} report version{'s' if n > 1 else ''} received after the backup was taken{by_en}: after the restore "
            "they are gone and the consolidation is as in the backup; receive the files again from the folder they "
            "were saved in.")]
    return [Words(
        f"Cơ sở dữ liệu đang dùng có {n} bản báo cáo mà bản sao lưu không có{by_vi}: sau khi khôi phục, các bản đó "
        "không còn; hãy nhận lại các tệp từ thư mục đã lưu.",
        f"The database in use holds {n} report version{'s' if n > 1 else ''} the backup does not have{by_en}: after "
        "the restore they are gone; receive the files again from the folder they were saved in.")]


def _order(version: str) -> tuple[int, ...]:
    return tuple(int(d) for d in re.findall(r"\d+", version or ""))


def _version(document: dict | None) -> str | None:
    return (document.get("catalog_version") or document.get("version")) if isinstance(document, dict) else None


def catalogue_taken_back(db_path: Path, source: Path, since: bool) -> list[Words]:
    """The catalogue version in force differs: which version the restore puts back and, at a commune,
    the unit's targets that change with it."""
    aside = aside_again(db_path, source)[1]  # versions signed by a key forgotten as forged: set aside by the restore
    now, then = sqlite_backup.catalog_in_force(db_path), sqlite_backup.catalog_in_force(source, aside)
    x, y = _version(now), _version(then)
    if not x or not y or x == y:
        return []
    newer = _order(x) > _order(y)
    told_vi, told_en = ((f"Bộ chỉ tiêu đã cập nhật lên phiên bản {x} sau lúc sao lưu",
                         f"The catalogue was updated to version {x} after the backup was taken") if since and newer else
                        (f"Bộ chỉ tiêu đang dùng là phiên bản {x}, bản sao lưu là phiên bản {y}",
                         f"The catalogue in use is version {x}, the backup's is version {y}"))
    changed_vi, changed_en = _targets_changed(db_path, now, then)
    again_vi, again_en = ((f"; muốn dùng lại phiên bản {x} thì phải nhập lại bản cập nhật đó",
                           f"; to use version {x} again, import that update again") if newer else ("", ""))
    if newer and (sqlite_backup.unit(db_path) or (None, None))[0] == "province":  # the province published it
        again_vi, again_en = (
            f"; các xã, phường đã nhập phiên bản {x} vẫn giữ nó: bản cập nhật phát hành sau khi khôi phục phải mang số "
            f"lớn hơn {x}, không dùng lại số {x} cho một nội dung khác (xã đã nhập sẽ từ chối)",
            f"; the units that imported version {x} keep it: an update published after the restore must carry a "
            f"number above {x}, never {x} again for other contents (units that imported it refuse it)")
    return [Words(
        f"{told_vi}: sau khi khôi phục, bộ chỉ tiêu trở lại phiên bản {y}{changed_vi}{again_vi}.",
        f"{told_en}: after the restore, the catalogue goes back to version {y}{changed_en}{again_en}.")]


def _targets_changed(db_path: Path, now: dict, then: dict) -> tuple[str, str]:
    """", chỉ tiêu giao cho xã thay đổi: … " for the commune's targets that differ between the two versions."""
    mode, code = sqlite_backup.unit(db_path) or (None, None)
    if mode == "province" or not code:  # a commune's database may hold no mode (the setting came later)
        return "", ""

    def targets(document):
        unit = next((c for c in document.get("communes", ()) if c.get("code") == code), None)
        return (unit or {}).get("targets") or {}, {i.get("code"): i for i in document.get("indicators", ())}

    (t_now, ind_now), (t_then, ind_then) = targets(now), targets(then)
    differing = [c for c in sorted(t_now.keys() | t_then.keys()) if t_now.get(c) != t_then.get(c)]
    if not differing:
        return "", ""

    def printed(t, en=False):
        return (t or {}).get("printed") or ("not assigned" if en else "không giao")

    shown = differing[:TARGETS_SHOWN]
    more = len(differing) - len(shown)
    vi = "; ".join(f"{(ind_now.get(c) or ind_then.get(c) or {}).get('name', c)} từ {printed(t_now.get(c))} về "
                   f"{printed(t_then.get(c))}" for c in shown)
    en = "; ".join(f"{(ind_now.get(c) or ind_then.get(c) or {}).get('name_en') or c} from "
                   f"{printed(t_now.get(c), True)} back to {printed(t_then.get(c), True)}" for c in shown)
    return (f", chỉ tiêu giao cho đơn vị thay đổi ({vi}{f'; và {more} chỉ tiêu khác' if more else ''})",
            f", the unit's targets change ({en}{f'; and {more} more' if more else ''})")


def province_key_taken_back(db_path: Path, source: Path, since: bool) -> list[Words]:
    """The province key a commune pinned (from the code printed on the province's letter) differs: the
    restore forgets a key pinned since, or brings back a key forgotten since."""
    (read_now, now), (read_then, then) = (sqlite_backup.setting(db_path, PROVINCE_KEY),
                                          sqlite_backup.setting(source, PROVINCE_KEY))
    if not (read_now and read_then):
        return []
    code_now = (now or {}).get("key_code") if isinstance(now, dict) else None
    code_then = (then or {}).get("key_code") if isinstance(then, dict) else None
    if code_now == code_then:
        return []
    later, later_en = _later(since)
    forged, under = aside_again(db_path, source)
    if code_then and forged:  # the restore does not pin it (`forgotten_keys.carried`)
        also, also_en = (f" và quên khóa mã {code_now} đang ghi nhận", f" and forgets the key {code_now} it records"
                         ) if code_now else ("", "")
        aside = set_aside_words(forged, under, _version(sqlite_backup.catalog_in_force(source, under)) or "?", False
                                ) if under else Words("", "")
        return [Words(
            f"Khóa của tỉnh mã {code_then} mà bản sao lưu ghi nhận đã được bỏ vì không phải khóa của tỉnh{later}: sau "
            f"khi khôi phục, máy vẫn không ghi nhận khóa này{also}, và lần nhập bản cập nhật bộ chỉ tiêu tới sẽ hỏi lại "
            f"mã khóa: chỉ gõ mã in trên công văn giấy của tỉnh. {aside}".rstrip(),
            f"The province's key {code_then} the backup records was forgotten as not the province's{later_en}: after "
            f"the restore, the computer still does not record it{also_en}, and the next catalogue update imported "
            f"asks for the key code again: type only the code printed on the province's paper letter. {aside.en}"
            .rstrip())]
    if code_now and not code_then:
        at, at_en = _at(now.get("pinned_at"))
        return [Words(
            f"Khóa của tỉnh mã {code_now} được ghi nhận theo mã in trên công văn{later}{at}: sau khi khôi phục, máy "
            "quên khóa này và lần nhập bản cập nhật bộ chỉ tiêu tới sẽ hỏi lại mã khóa: chỉ gõ mã in trên công văn "
            f"của tỉnh ({code_now}).",
            f"The province's key {code_now} was recorded from the code printed on its letter{later_en}{at_en}: after "
            "the restore, the computer forgets it and the next catalogue update imported asks for the key code "
            f"again: type only the code printed on the province's letter ({code_now}).")]
    if code_then and not code_now:
        return [Words(
            f"Khóa của tỉnh mã {code_then} đã được bỏ{later}: sau khi khôi phục, máy lại ghi nhận khóa này và nhận "
            "các bản cập nhật bộ chỉ tiêu ký bằng nó. Nếu đã bỏ vì đó không phải khóa của tỉnh, đừng khôi phục bản "
            "sao lưu này, hoặc bỏ lại khóa đó ngay sau khi khôi phục.",
            f"The province's key {code_then} was forgotten{later_en}: after the restore, the computer records it "
            "again and imports catalogue updates signed by it. If it was forgotten because it is not the province's "
            "key, do not restore this backup, or forget that key again right after the restore.")]
    return [Words(
        f"Máy đang ghi nhận khóa của tỉnh mã {code_now}, bản sao lưu ghi nhận khóa mã {code_then}: sau khi khôi "
        f"phục, máy chỉ nhận bản cập nhật bộ chỉ tiêu ký bằng khóa mã {code_then}.",
        f"The computer records the province's key {code_now}, the backup records the key {code_then}: after the "
        f"restore, it imports only catalogue updates signed by the key {code_then}.")]


def aside_again(replaced: Path, source: Path):
    """What a restore of the backup `source` over the data `replaced` does of a province key they pinned that was
    forgotten as not the province's after (`forgotten_keys.set_aside_again`, as `carried` decides it): the
    forgetting, and the catalogue versions it signed, set aside again."""
    forgotten = [e for path in (replaced, source) for e in (sqlite_backup.setting_in(path, FORGOTTEN) or [])]
    return set_aside_again(sqlite_backup.setting_in(source, PROVINCE_KEY), sqlite_backup.catalog_versions(source) or [],
                           sqlite_backup.setting_in(source, WITHDRAWN), forgotten,
                           sqlite_backup.setting_in(replaced, PROVINCE_KEY))


def set_aside_by_restore(saved: Path | None, source: Path) -> Words | None:
    """What the restore's result says of the catalogue versions it set aside again (`aside_again`, read from `saved`,
    the copy of the data it replaced, and the backup `source`); None when none."""
    forged, under = aside_again(saved, source) if saved else (None, [])
    if not under:
        return None
    return set_aside_words(forged, under, _version(sqlite_backup.catalog_in_force(source, under)) or "?", True)


def _key_code_of(path: Path) -> tuple[bool, str | None]:
    """(read, the short code of the installation's own signing key) of a database file; None: no key yet."""
    read, key = sqlite_backup.setting(path, SIGNING_KEY)
    try:
        return read, key_code(public_key(key)) if isinstance(key, str) and key else None
    except (ValueError, TypeError):  # a key damaged outside the program: named by the export that needs it
        return read, None


def signing_key_taken_back(db_path: Path, source: Path) -> list[Words]:
    """The installation's own signing key differs: reports (at a commune) or catalogue updates (at the
    province) signed after the restore carry another key code than the one the province or the units
    registered, and are refused ("Chữ ký không khớp") until that code is confirmed again (red-team 26)."""
    (read_now, now), (read_then, then) = _key_code_of(db_path), _key_code_of(source)
    if not (read_now and read_then) or not now or now == then:
        return []
    mode = (sqlite_backup.unit(db_path) or (None, None))[0]
    after_vi, after_en = ((f"khóa mã {then}", f"the key {then}") if then else
                          ("một khóa mới, tạo khi cần lần đầu", "a new key, made when first needed"))
    if mode == "province":
        return [Words(
            f"Máy đang ký bản cập nhật bộ chỉ tiêu bằng khóa mã {now}, mà các xã, phường đã ghi nhận theo mã in trên công "
            f"văn; sau khi khôi phục, máy ký bằng {after_vi}: các xã sẽ từ chối bản cập nhật ký bằng khóa đó cho đến khi "
            "quản trị viên từng xã bỏ khóa cũ (chitieu catalog-update forget-key) và nhập mã khóa mới in trên công văn.",
            f"The computer signs catalogue updates with the key {now}, which the units recorded from the code printed on "
            f"the letter; after the restore it signs with {after_en}: the units refuse updates signed by it until each "
            "unit's administrator forgets the old key (chitieu catalog-update forget-key) and types the new code "
            "printed on the letter.")]
    return [Words(
        f"Máy đang ký báo cáo gửi tỉnh bằng khóa mã {now}; sau khi khôi phục, máy ký bằng {after_vi}: tỉnh đã xác nhận "
        f"khóa mã {now} sẽ từ chối báo cáo ký bằng khóa khác (\"Chữ ký không khớp\") cho đến khi tỉnh xác nhận khóa mới "
        "theo mã in trên báo cáo giấy có chữ ký.",
        f"The computer signs reports for the province with the key {now}; after the restore it signs with {after_en}: "
        f"the province, which confirmed the key {now}, refuses reports signed by another key (\"Chữ ký không khớp\") "
        "until it confirms the new key from the code printed on the signed paper report.")]
