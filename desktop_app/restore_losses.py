"""What a restore takes back or brings back, for the restore warning (`desktop_app.backups.restore_warning`),
read from both files without writing (`db.backup`): the leader's approvals, signings and exports since the
backup (`undone_since`), the number and date an approval the backup stands on was issued with since
(`issued_since`: the restore keeps them, `issued_since_backup`), approvals reopened or voided since that come back
(`reapproved_by_restore`), and what the trust in the units' reports rests on (`trust_losses`).

At the province: the key decisions made since the backup (a key confirmed against the signed paper, a
key revoked after a forged report: restored, the forged report counts again), the unsigned versions
accepted after the paper was compared, and the reports received. At a commune: the catalogue update
imported (the unit's targets go back to the older version) and the province key pinned from the paper
letter (forgotten by the restore, so the next import asks for a code again) or, the reverse, a key
forgotten since that the restore brings back. Red-team 19, findings 3 and 4.

`since`: the database carries on the backup's history (`db.backup.continues`), so what differs was
done after the backup; otherwise each line says only how the two files differ.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from db import backup as sqlite_backup
from db import integrity
from db.store import Store
from desktop_app.approval import SIGNING_KEY
from desktop_app.catalog_update import PROVINCE_KEY
from desktop_app.core.doc_number import Issued, issued_after
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.keys import KeyState
from desktop_app.core.periods import (
    format_time,
    in_sentence,
    in_time,
    parse_period,
)
from desktop_app.core.settings import Settings
from desktop_app.core.signing import key_code, public_key
from desktop_app.core.submission import SHORT_FINGERPRINT, VOIDED, doc_symbol
from desktop_app.core.words import Words
from desktop_app.core.workflow import State
from desktop_app.resources import catalog_of

STATE_EN = {KeyState.CHO: "awaiting confirmation", KeyState.XAC_NHAN: "confirmed", KeyState.DA_THAY: "replaced",
            KeyState.THU_HOI: "revoked"}
SHORT = 4  # units named one by one in the reports received; more are counted
TARGETS_SHOWN = 3


def trust_losses(db_path: Path, source: Path, *, since: bool) -> list[Words]:
    """Every line: the keys, the acceptances, the reports received, the catalogue, the province key."""
    names = _unit_names(db_path, source)
    return (keys_taken_back(db_path, source, names, since) + acceptances_taken_back(db_path, source, names, since)
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


def keys_taken_back(db_path: Path, source: Path, name, since: bool) -> list[Words]:
    """A key whose state differs from the backup's: confirmed (the restore makes it pending again, or
    forgets it), revoked (the restore counts what it signed again), replaced."""
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
        if state == KeyState.THU_HOI:
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
    now, then = sqlite_backup.catalog_in_force(db_path), sqlite_backup.catalog_in_force(source)
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


def undone_since(db_path: Path, source: Path, carried: list[Carried] | None = None) -> list[Words]:
    """What the leader did after the backup that a restore takes back, period by period: an
    approval (with its code: the province may hold a file of it the restored database no longer
    has), a digital signature, a marking Đã gửi (an export or a mail to the province); and what to
    do after restoring. Nothing when the database does not carry on the backup's history
    (`db.backup.continues`): what it did is not known to be after the backup (`_apart`)."""
    if not sqlite_backup.continues(db_path, source):
        return []
    now = sqlite_backup.approval_states(db_path) or {}
    then = sqlite_backup.approval_states(source) or {}
    last = sqlite_backup.last_audit_id(source) or 0
    signed = sqlite_backup.signings_after(db_path, last) or {}
    carried = {(c.unit_code, c.period): c for c in _carried(db_path, source, carried)}  # its sending kept
    lines = []
    held, signs, trusted = [], False, None  # codes the province may hold; any signed digitally; `_trusted`
    for key in sorted(now.keys() | signed.keys(), key=lambda k: in_time(parse_period(k[1]))):
        row, before = now.get(key), then.get(key, {})
        if row is None:
            continue
        p = parse_period(key[1])
        frozen = State(row["state"]).frozen
        unapproved = frozen and before.get("approval") != row["approval"]
        sent = bool(row["sent_at"]) and row["state"] == State.SENT.value and (
            unapproved or (before.get("sent_at") != row["sent_at"] and key not in carried))
        if not (unapproved or sent or (key in signed and frozen)):
            continue
        code = row["fingerprint"][:SHORT_FINGERPRINT]
        if unapproved and key in carried and carried[key].fingerprint == row["fingerprint"]:
            lines.append(_same_code_comes_back(p, row, carried[key]))
            continue
        done_vi, done_en = [], []
        if key in signed:
            done_vi.append(f"đã ký số báo cáo lúc {format_time(signed[key])}")
            done_en.append(f"its report was signed digitally at {format_time(signed[key])}")
        if sent:
            done_vi.append(f"đã xuất gửi tỉnh lúc {format_time(row['sent_at'])}")
            done_en.append(f"it was exported for the province at {format_time(row['sent_at'])}")
        if unapproved:
            state = State.SENT if key in carried else State(before.get("state") or State.ENTERING.value)
            if state.frozen:
                earlier = before["fingerprint"][:SHORT_FINGERPRINT]
                back_vi = (f"trở lại lần duyệt trước trong bản sao lưu (mã xác thực {earlier}, "
                           f"trạng thái {state.value})")
                back_en = (f"back to the earlier approval in the backup (code {earlier}, state "
                           f"{state.en})")
            else:
                back_vi = f"trở lại trạng thái {state.value} như trong bản sao lưu và phải duyệt lại"
                back_en = f"back in the state {state.en} as in the backup and must be approved again"
            lines.append(Words(
                f"Kỳ {in_sentence(p.name)} đã được Lãnh đạo duyệt sau khi sao lưu (mã xác thực {code}, duyệt lúc "
                f"{format_time(row['approved_at'])}){''.join(', ' + d for d in done_vi)}: sau khi khôi phục, kỳ đó "
                f"{back_vi}"
                + (f"; tỉnh có thể đang giữ tệp đã duyệt mã xác thực {code} mà cơ sở dữ liệu khôi phục không còn."
                   if sent or key in signed else "."),
                f"{p.name_en}: approved by the leader after the backup was taken (code {code}, approved at "
                f"{format_time(row['approved_at'])}){''.join('; ' + d for d in done_en)}. After the restore the period is "
                f"{back_en}"
                + (f"; the province may hold the approved file with code {code}, which the restored database no "
                   "longer has." if sent or key in signed else ".")))
            if sent or key in signed:
                held.append(code)
                signs = signs or key in signed
        else:
            trusted = _trusted(source) if trusted is None else trusted  # read once: it checks the whole chain
            kept_vi, kept_en = (  # red-team 28: what a restore brings back may be an approval edited outside
                (f"bản đã duyệt (mã xác thực {code}) vẫn giữ nguyên, các tệp đã gửi vẫn đúng.",
                 f"the approved version (code {code}) stays, the files sent are still right.") if trusted else
                (f"bản sao lưu có việc duyệt hoặc lịch sử bị sửa ngoài chương trình, nên không biết bản đã duyệt được "
                 f"khôi phục có còn đúng như các tệp đã gửi (mã xác thực {code}) không: hãy so số liệu trước khi dùng.",
                 f"the backup's approvals or history were changed outside the program, so whether the approved version "
                 f"restored is still the one in the files sent (code {code}) is not known: compare the figures first."))
            lines.append(Words(
                f"Kỳ {in_sentence(p.name)} {' và '.join(done_vi)} sau khi sao lưu: sau khi khôi phục, lịch sử không còn ghi việc đó; {kept_vi}",
                f"{p.name_en}: {' and '.join(done_en)} after the backup was taken; after the restore the history no "
                f"longer records it; {kept_en}"))
    if held:  # what to do after, said once for every period (walk 17, L8), signing only where one was signed
        codes = ", ".join(held)
        lines.append(Words(
            f"Sau khi khôi phục: mở lại nếu cần, duyệt lại, xuất{', ký số' if signs else ''}, gửi lại tỉnh và báo "
            f"tỉnh bỏ bản mã {codes}.",
            f"After restoring: reopen if needed, approve again, export{', sign' if signs else ''}, send again and "
            f"tell the province to drop the file{'s' if len(held) > 1 else ''} with code{'s' if len(held) > 1 else ''} "
            f"{codes}."))
    return lines


def _same_code_comes_back(p, row: dict, c: "Carried") -> Words:
    """A period approved again since the backup with the same figures as the approval the backup stands on
    (one code), that code's report first issued with `c.issued` since: the restore brings the backup's
    approval back with the number and date the province first received the report of that code with, so
    the code is not to be dropped nor the report sent again."""
    code, (said, said_en) = row["fingerprint"][:SHORT_FINGERPRINT], c.issued.said()
    return Words(
        f"Kỳ {in_sentence(p.name)} đã được Lãnh đạo duyệt lại sau khi sao lưu với cùng số liệu (mã xác thực {code}, "
        f"duyệt lúc {format_time(row['approved_at'])}): sau khi khôi phục, kỳ đó trở lại lần duyệt trong bản sao lưu, "
        f"cùng mã xác thực {code}, ở trạng thái {State.SENT.value} với {said}, số và ngày tỉnh nhận báo cáo mã {code} "
        f"lần đầu; không phải gửi lại. Nếu tỉnh còn nhận báo cáo mã {code} mang số hoặc ngày khác, báo tỉnh chỉ giữ "
        f"bản {said}.",
        f"{p.name_en}: approved again by the leader after the backup was taken with the same figures (code {code}, "
        f"approved at {format_time(row['approved_at'])}). After the restore the period is back to the approval in "
        f"the backup, the same code {code}, in the state {State.SENT.en} with {said_en}, the number and date the "
        f"province first received the report of code {code} with; it need not be sent again. If the province also "
        f"received a report of code {code} with another number or date, tell it to keep only the one with {said_en}.")


@dataclass(frozen=True)
class Carried:
    """The number and date (`issued`, with the symbol its report prints) an approval the backup stands on
    (`approval`, of code `fingerprint`) was first exported with after the backup was taken, and when that
    export was marked sent (`sent_at`): what the restore keeps (`desktop_app.backups._restore`)."""
    unit_code: str
    period: str
    approval: int | None
    fingerprint: str
    issued: Issued
    sent_at: str


# What an issued number is read from: found changed outside the program (or the chain itself broken), nothing
# is carried or said of it.
UNTRUSTED = ("period_states", "period_history", "approvals")


def issued_since_backup(db_path: Path, source: Path) -> list[Carried]:
    """Each approval the backup stands on issued after it (its first export for the province,
    `doc_number.issued_after`), oldest period first: the backup does not hold the number and date, which
    the province holds the report with. Nothing when the database does not carry on the backup's history
    (`db.backup.continues`: its history's row ids name other rows), or cannot be read, or in either file the
    periods' states, history or approvals were changed outside the program and not acknowledged (`UNTRUSTED`,
    `_trusted`): a restore is how such data are left, and a "sent" step written there by another tool must not
    come back in the restored data as the administrator's; nor may a backup's approval forged outside the
    program come back marked Đã gửi with the number the genuine one was issued with."""
    if not sqlite_backup.continues(db_path, source):
        return []
    then = sqlite_backup.approval_states(source) or {}
    last = sqlite_backup.last_history_id(source) or 0
    frozen = sorted((k for k, row in then.items() if State(row["state"]).frozen and row["fingerprint"]),
                    key=lambda k: in_time(parse_period(k[1])))
    if not frozen:
        return []
    if not (_trusted(db_path) and _trusted(source)):
        return []
    try:
        store = Store(db_path, read_only=True)
        try:
            histories = {key: (store.history(*key), _symbol(store, then[key]["approval"])) for key in frozen}
        finally:
            store.close()
    except (ChiTieuError, sqlite3.Error, TypeError):  # damaged, or a history of another form: nothing
        return []
    carried = []
    for key in frozen:
        history, symbol = histories[key]
        found = issued_after(history, last, then[key]["fingerprint"])
        if found is not None:
            issued, sent_at = found
            carried.append(Carried(*key, then[key]["approval"], then[key]["fingerprint"],
                                   replace(issued, symbol=symbol), sent_at))
    return carried


def _trusted(path: Path) -> bool:
    """Whether a database file's periods' states, history and approvals, and its chain, show nothing changed
    outside the program and not acknowledged (`db.integrity.verify`, `UNTRUSTED`); False when it cannot tell."""
    try:
        conn = sqlite_backup.open_read_only(path)
        try:
            found = integrity.verify(conn)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, ValueError, KeyError, TypeError, RecursionError):
        return False
    return not any(t.table is None or t.table in UNTRUSTED for t in found)


def _carried(db_path: Path, source: Path, carried: list[Carried] | None) -> list[Carried]:
    """`carried` when the caller read it once for every line of a warning (`backups._warning`: each
    reading checks both files' chains), else `issued_since_backup` read now."""
    return issued_since_backup(db_path, source) if carried is None else carried


def issued_since(db_path: Path, source: Path, carried: list[Carried] | None = None) -> list[Words]:
    """The number and date each approval the backup stands on was issued with after the backup was
    taken (`issued_since_backup`): the restore keeps them, the period marked Đã gửi, so every later
    export of that approval prints them, as the report the province holds does."""
    lines = []
    for c in _carried(db_path, source, carried):
        p, code = parse_period(c.period), c.fingerprint[:SHORT_FINGERPRINT]
        said, said_en = c.issued.said()
        lines.append(Words(
            f"Báo cáo đã duyệt kỳ {in_sentence(p.name)} (mã xác thực {code}) đã phát hành {said} sau khi sao lưu, "
            f"mà bản sao lưu chưa ghi: khi khôi phục, máy giữ lại số và ngày đó và ghi kỳ ở trạng thái "
            f"{State.SENT.value}. Tỉnh đang giữ báo cáo {said}; mỗi lần duyệt chỉ có một số văn bản và một ngày báo "
            "cáo, nên mỗi lần xuất lại bản đã duyệt này vẫn mang đúng số và ngày đó.",
            f"The approved report of {in_sentence(p.name_en)} (code {code}) was issued with {said_en} after the backup "
            f"was taken, which the backup does not record: the restore keeps that number and date and marks the "
            f"period {State.SENT.en}. The province holds the report with {said_en}; one approval has one document "
            "number and one report date, so every later export of this approved report carries them."))
    return lines


def _symbol(store: Store, approval_id) -> str:
    """The symbol the report of an approval prints after its number ("BC-UBND"), from the approval's
    copy of the settings, as its exports print it."""
    approval = store.approval(approval_id) if approval_id is not None else None
    try:
        return doc_symbol(Settings.from_json(json.loads(approval.snapshot)["settings"]).doc_prefix)
    except (AttributeError, ValueError, KeyError, TypeError):  # an approval without its copy: the usual one
        return doc_symbol("")


def reapproved_by_restore(db_path: Path, source: Path, carried: list[Carried] | None = None) -> list[Words]:
    """The approvals a restore brings back, period by period: a period approved (or sent) in the
    backup whose approval went since returns to that approval and its version; what took it away
    leaves the history with what was changed after it. That was a leader's reopening (with when
    and the reason), or the voiding of the approval when an administrator acknowledged a change
    made outside the program: the restore brings back the approval that acknowledgement voided.
    Nothing when the database does not carry on the backup's history (`db.backup.continues`): the
    backup's period_history ids would name rows of an unrelated history (`_apart` tells it)."""
    if not sqlite_backup.continues(db_path, source):
        return []
    now = sqlite_backup.approval_states(db_path) or {}
    then = sqlite_backup.approval_states(source) or {}
    last = sqlite_backup.last_history_id(source) or 0
    reopened = sqlite_backup.reopenings_after(db_path, last, VOIDED) or {}
    carried = {(c.unit_code, c.period) for c in _carried(db_path, source, carried)}  # back Đã gửi
    lines = []
    for key in sorted(then, key=lambda k: in_time(parse_period(k[1]))):
        before, row = then[key], now.get(key)
        if not State(before["state"]).frozen or (row is not None and State(row["state"]).frozen):
            continue
        p, state = parse_period(key[1]), State.SENT if key in carried else State(before["state"])
        code = before["fingerprint"][:SHORT_FINGERPRINT]
        event, at, reason = reopened.get(key, ("", "", ""))
        if event == VOIDED:
            lines.append(_voided_comes_back(p, state, code, at))
            continue
        when_vi = f"đã được Lãnh đạo mở lại lúc {format_time(at)}" if at else "đã được mở lại"
        when_en = f"was reopened by a leader at {format_time(at)}" if at else "was reopened"
        why_vi, why_en = (f" (lý do: {reason})", f" (reason: {reason})") if reason else ("", "")
        lines.append(Words(
            f"Kỳ {in_sentence(p.name)} {when_vi}{why_vi} sau khi sao lưu: sau khi khôi phục, kỳ trở lại trạng thái "
            f"{state.value} với bản đã duyệt mã xác thực {code}; việc mở lại, lý do và những gì sửa sau đó không "
            "còn trong lịch sử. Nếu vẫn cần sửa, Lãnh đạo phải mở lại kỳ đó.",
            f"{p.name_en} {when_en}{why_en} after the backup was taken: after the restore, the period is back "
            f"in the state {state.en} with the approved version, code {code}; the reopening, its reason and what "
            "was changed after it are no longer in the history. If it still needs changing, a leader must reopen it."))
    return lines


def _voided_comes_back(p, state: State, code: str, at: str) -> Words:
    """A period whose approval an acknowledgement voided after the backup: the restore brings that
    approval back, with the figures it approved, as the backup has them."""
    when_vi, when_en = (f" lúc {format_time(at)}", f" at {format_time(at)}") if at else ("", "")
    return Words(
        f"Bản duyệt kỳ {in_sentence(p.name)} (mã xác thực {code}) đã bị hủy{when_vi} sau khi sao lưu, khi Quản trị viên "
        "xác nhận thay đổi ngoài chương trình (dữ liệu của kỳ đã bị sửa ngoài chương trình): sau khi khôi phục, "
        f"bản duyệt đó trở lại, mã xác thực {code}, kỳ ở trạng thái {state.value} với số liệu như trong bản sao "
        "lưu; việc hủy bản duyệt và những gì sửa sau đó không còn trong lịch sử. Nếu vẫn cần sửa, Lãnh đạo "
        "phải mở lại kỳ đó.",
        f"The approval of {in_sentence(p.name_en)} (code {code}) was voided{when_en} after the backup was taken, when the "
        "administrator acknowledged a change made outside the program (the period's data had been changed outside "
        f"the program): after the restore that approval is back, code {code}, the period in the state "
        f"{state.en} with the figures as in the backup; the voiding of the approval and what was "
        "changed after it are no longer in the history. If it still needs changing, a leader must reopen it.")
