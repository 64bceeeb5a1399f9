"""The approvals a restore takes back or brings back, for the restore warning
(`desktop_app.backups.restore_warning`), read from both files without writing (`db.backup`): the leader's
approvals, signings and exports since the backup (`undone_since`), and the approvals reopened or voided since
that come back (`reapproved_by_restore`). What the restore keeps of the number and date issued since
(`desktop_app.restore_carry`) is said with them: such a period comes back Đã gửi.

Nothing when the database does not carry on the backup's history (`db.backup.continues`): what it did is not
known to be after the backup (`backups._apart` says how the two differ). A backup of a version before the
audit chain (schema 4) kept no approvals: its approved periods are read as standing on none
(`db.backup.approval_states`), as they come back, and its having no chain is no sign of a change (`_vouched`).
"""
from __future__ import annotations

from pathlib import Path

from db import backup as sqlite_backup
from db.store import CHAIN_SCHEMA
from desktop_app.core.periods import format_time, in_sentence, in_time, parse_period
from desktop_app.core.restore_undid import UndoneApproval
from desktop_app.core.submission import SHORT_FINGERPRINT, VOIDED
from desktop_app.core.words import Words
from desktop_app.core.workflow import State
from desktop_app.restore_carry import Carried, Chains, carried_or_read


def undone_since(db_path: Path, source: Path, carried: list[Carried] | None = None,
                 chains: Chains | None = None) -> list[Words]:
    """What the leader did after the backup that a restore takes back, period by period: an
    approval (with its code: the province may hold a file of it the restored database no longer
    has), a digital signature, a marking Đã gửi (an export or a mail to the province); and what to
    do after restoring. Nothing when the database does not carry on the backup's history
    (`db.backup.continues`): what it did is not known to be after the backup (`_apart`). `chains`: the two
    files' (`restore_carry.Chains`), when the caller's other readings need them too."""
    if not sqlite_backup.continues(db_path, source):
        return []
    chains = chains or Chains(db_path, source)
    now = sqlite_backup.approval_states(db_path) or {}
    then = sqlite_backup.approval_states(source) or {}
    last = sqlite_backup.last_audit_id(source) or 0
    signed = sqlite_backup.signings_after(db_path, last) or {}
    carried = {(c.unit_code, c.period): c for c in carried_or_read(chains, carried)}  # its sending kept
    lines = []
    held, signs = [], False  # codes the province may hold; any signed digitally
    for key in sorted(now.keys() | signed.keys(), key=lambda k: in_time(parse_period(k[1]))):
        row, before = now.get(key), then.get(key, {})
        if row is None:
            continue
        p = parse_period(key[1])
        frozen = State(row["state"]).frozen
        unapproved = _unapproved(row, before)
        sent = bool(row["sent_at"]) and row["state"] == State.SENT.value and (
            unapproved or (before.get("sent_at") != row["sent_at"] and key not in carried))
        if not (unapproved or sent or (key in signed and frozen)):
            continue
        code = row["fingerprint"][:SHORT_FINGERPRINT]
        if unapproved and _comes_back(key, row, carried):
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
                           f"trạng thái {state.label})")
                back_en = (f"back to the earlier approval in the backup (code {earlier}, state "
                           f"{state.en})")
            else:
                back_vi = f"trở lại trạng thái {state.label} như trong bản sao lưu và phải duyệt lại"
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
            kept_vi, kept_en = _kept(_vouched(chains), code)
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


def _unapproved(row: dict, before: dict) -> bool:
    """Whether a restore takes away the approval a period stands on in the data it replaces (`row`), the backup's
    state of it `before` ({} when it has none): frozen on another approval than the backup's."""
    return State(row["state"]).frozen and before.get("approval") != row["approval"]


def _comes_back(key, row: dict, carried: dict) -> bool:
    """Whether the approval taken away comes back, the same code (`_same_code_comes_back`): undone, it is not."""
    return key in carried and carried[key].fingerprint == row["fingerprint"]


def undone_approvals(chains: Chains, carried: list[Carried] | None = None) -> list[UndoneApproval]:
    """The leaders' approvals a restore of `chains.backup` over `chains.replaced` undoes, as `undone_since` says them
    (the same rule: `_unapproved`, not `_comes_back`), with who gave each (full name as the data replaced have it):
    what the restore's row records it undid (core/restore_undid.py).

    When the data replaced do not carry on the backup's history (`db.backup.continues`: a backup of another branch,
    the database restored meanwhile from another backup), the question says the period's state in each file
    (`restore_question._apart`, from the same two `approval_states`) and nothing of when; the approval is undone all
    the same when the backup does not hold it: the period not frozen there on the same code (`_not_held`; the ids
    of two histories name different approvals). Nobody was told otherwise (red-team R17 F4)."""
    db_path, source = chains.replaced, chains.backup
    now = sqlite_backup.approval_states(db_path) or {}
    then = sqlite_backup.approval_states(source) or {}
    names = sqlite_backup.account_names(db_path) or {}
    carried = {(c.unit_code, c.period): c for c in carried_or_read(chains, carried)}
    gone = _unapproved if sqlite_backup.continues(db_path, source) else _not_held
    return [UndoneApproval(key[0], key[1], row["fingerprint"], row["approved_by"],
                           names.get(row["approved_by"]) or row["approved_by"], row["approved_at"])
            for key, row in sorted(now.items(), key=lambda kr: (kr[0][0], in_time(parse_period(kr[0][1]))))
            if gone(row, then.get(key, {})) and not _comes_back(key, row, carried)]


def _not_held(row: dict, before: dict) -> bool:
    """`_unapproved` between two files of different histories: the period frozen in the data replaced (`row`) on an
    approval whose code the backup's state of it (`before`) is not frozen on."""
    return State(row["state"]).frozen and not (
        before.get("state") and State(before["state"]).frozen and before.get("fingerprint") == row["fingerprint"])


PRE_CHAIN = "trước chuỗi"  # `_vouched` of a backup made before the audit chain: nothing to check it by


def _vouched(chains: Chains) -> bool | str:
    """Whether the backup's chain vouches for the approvals it brings back (`restore_carry.Chains`), or
    `PRE_CHAIN` for a backup of a version before the chain (db/store.CHAIN_SCHEMA): it cannot tell, which is
    no sign of a change made outside the program."""
    if (sqlite_backup.schema_of(chains.backup) or CHAIN_SCHEMA) < CHAIN_SCHEMA:
        return PRE_CHAIN
    return chains.backup_trusted


def _kept(vouched: bool | str, code: str) -> tuple[str, str]:
    """What the warning says of the approved version of code `code` a restore brings back under files sent or
    signed since (red-team 28: it may be an approval edited outside the program), by `_vouched`."""
    if vouched == PRE_CHAIN:
        return ((f"bản đã duyệt (mã xác thực {code}) trở lại như trong bản sao lưu; bản sao lưu do phiên bản cũ của "
                 "chương trình tạo ra, khi chưa có nhật ký chống sửa, nên không kiểm tra được nó có bị sửa ngoài chương "
                 "trình không: hãy so số liệu với các tệp đã gửi trước khi dùng."),
                (f"the approved version (code {code}) comes back as in the backup; the backup was made by an older "
                 "version of the program, before the tamper-evident history, so whether it was changed outside the "
                 "program cannot be checked: compare the figures with the files sent before using it."))
    if vouched:
        return (f"bản đã duyệt (mã xác thực {code}) vẫn giữ nguyên, các tệp đã gửi vẫn đúng.",
                f"the approved version (code {code}) stays, the files sent are still right.")
    return ((f"bản sao lưu có việc duyệt hoặc lịch sử bị sửa ngoài chương trình, nên không biết bản đã duyệt được "
             f"khôi phục có còn đúng như các tệp đã gửi (mã xác thực {code}) không: hãy so số liệu trước khi dùng."),
            (f"the backup's approvals or history were changed outside the program, so whether the approved version "
             f"restored is still the one in the files sent (code {code}) is not known: compare the figures first."))


def _same_code_comes_back(p, row: dict, c: Carried) -> Words:
    """A period approved again since the backup with the same figures as the approval the backup stands on
    (one code), that code's report first issued with `c.issued` since: the restore brings the backup's
    approval back with the number and date the province first received the report of that code with, so
    the code is not to be dropped nor the report sent again."""
    code, (said, said_en) = row["fingerprint"][:SHORT_FINGERPRINT], c.issued.said()
    return Words(
        f"Kỳ {in_sentence(p.name)} đã được Lãnh đạo duyệt lại sau khi sao lưu với cùng số liệu (mã xác thực {code}, "
        f"duyệt lúc {format_time(row['approved_at'])}): sau khi khôi phục, kỳ đó trở lại lần duyệt trong bản sao lưu, "
        f"cùng mã xác thực {code}, ở trạng thái {State.SENT.label} với {said}, số và ngày tỉnh nhận báo cáo mã {code} "
        f"lần đầu; không phải gửi lại. Nếu tỉnh còn nhận báo cáo mã {code} mang số hoặc ngày khác, báo tỉnh chỉ giữ "
        f"bản {said}.",
        f"{p.name_en}: approved again by the leader after the backup was taken with the same figures (code {code}, "
        f"approved at {format_time(row['approved_at'])}). After the restore the period is back to the approval in "
        f"the backup, the same code {code}, in the state {State.SENT.en} with {said_en}, the number and date the "
        f"province first received the report of code {code} with; it need not be sent again. If the province also "
        f"received a report of code {code} with another number or date, tell it to keep only the one with {said_en}.")


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
    carried = {(c.unit_code, c.period) for c in carried_or_read(Chains(db_path, source), carried)}  # back Đã gửi
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
            f"{state.label} với bản đã duyệt mã xác thực {code}; việc mở lại, lý do và những gì sửa sau đó không "
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
        f"bản duyệt đó trở lại, mã xác thực {code}, kỳ ở trạng thái {state.label} với số liệu như trong bản sao "
        "lưu; việc hủy bản duyệt và những gì sửa sau đó không còn trong lịch sử. Nếu vẫn cần sửa, Lãnh đạo "
        "phải mở lại kỳ đó.",
        f"The approval of {in_sentence(p.name_en)} (code {code}) was voided{when_en} after the backup was taken, when the "
        "administrator acknowledged a change made outside the program (the period's data had been changed outside "
        f"the program): after the restore that approval is back, code {code}, the period in the state "
        f"{state.en} with the figures as in the backup; the voiding of the approval and what was "
        "changed after it are no longer in the history. If it still needs changing, a leader must reopen it.")
