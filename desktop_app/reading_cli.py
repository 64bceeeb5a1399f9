"""The commands that look at a commune's data: `catalog`, `show`, `status` and `audit`, with the
lines and the --json they print (`set` says its row with `row_line` too). Registered into
`desktop_app.cli` (same parser, same error handling). Kept apart from cli.py, which holds the
parser, the login and the commands that change the data.

All but `audit acknowledge --yes CODE` open the database read-only (`cli.looks_only`).
"""
from __future__ import annotations

import json
import sys
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop_app.core.errors import ChiTieuError, InvalidInput
from desktop_app.core.numbers import canonical, format_number
from desktop_app.core.periods import format_date, format_time

if TYPE_CHECKING:
    from desktop_app.core.rows import Row
    from desktop_app.services import Workspace


def catalog_json(cat) -> dict:
    def number(v):
        if isinstance(v, bool):
            return v
        return int(v) if v == v.to_integral_value() and "." not in canonical(v) else float(canonical(v))

    return {
        "catalog_version": cat.version,
        "communes": [
            {
                "no": c.no,
                "code": c.code,
                "name": c.name,
                "kind": c.kind,
                "targets": {
                    code: ({"op": t.op, "value": number(t.value)} if t else None)
                    for code, t in c.targets.items()
                },
            }
            for c in cat.communes
        ],
        "indicators": [
            {"code": i.code, "name": i.name, "unit": i.unit, "group": cat.groups[i.group],
             "horizon": i.horizon, "direction": i.direction, "assigned": i.assigned}
            for i in cat.indicators
        ],
    }


def _catalog(ws: Workspace, args) -> int:
    cat = ws.catalog
    print(f"Bộ chỉ tiêu phiên bản {cat.version}: {len(cat.communes)} xã, phường; {len(cat.indicators)} chỉ tiêu.")
    for i in cat.indicators:
        print(f"  {i.code:24} {i.name} ({i.unit})")
    for c in cat.communes:
        print(f"{c.no:3}. {c.code} {c.name}")
    return 0


def _show(ws: Workspace, args) -> int:
    from desktop_app.core.workflow import REVIEWED_CODE, State
    from desktop_app.exported_when import exported_times

    view = ws.period_view(args.period)
    warn_if_changed_outside(ws)
    state = ws.period_state(view.period)
    if args.json:
        print_json({**view_json(view), "state": state.value})  # stored, as `status --json` gives it
        return 0
    print(f"{view.commune.name} — {view.period.name} — {view.completeness_text}")
    # the state with the figures: approved or exported said here too, not only by `status` (walk U20 F9)
    print(f"Trạng thái: {state.label}")
    if state == State.SENT and (sent := exported_times(ws, view.period)):
        print(exported_line(sent.first, sent.again))
    for r in view.rows:
        print(f"{r.indicator.no:3}. {r.indicator.name}")
        print(f"     {row_line(r, view.commune.kind)}")
    print(view.summary_text())
    if drifts := ws.drift(view.period):  # approved, and a period it reads corrected since (walk U11 F6)
        for d in drifts:
            print(f"  ! {drift_line(d)}")
        print("Kỳ này đã duyệt, nhưng số liệu của kỳ khác mà các dòng đánh dấu ! dùng đã được sửa sau đó: báo "
              "cáo vẫn giữ số đã duyệt (như in ở trên). Muốn cập nhật, Lãnh đạo mở lại kỳ rồi duyệt lại.")
    if ws.period_state(view.period) == State.COMPLETE:  # what a leader approves: stated to bind to it
        code = ws.submission(view.period).fingerprint[:REVIEWED_CODE]
        print(f"Mã xác thực số liệu: {code} (Lãnh đạo duyệt đúng số liệu này: chitieu approve --period "
              f"{view.period.code} --expect {code})")
    return 0


def warn_if_changed_outside(ws: Workspace) -> None:
    """A command that only shows figures still shows them when the history finds changes made outside
    the program (`verify_history`, as `audit verify` lists them), but says first, on stderr, that
    they may not be the figures entered or approved (red-team 22: `show` printed a forged approved
    figure with no word)."""
    found = ws.verify_history()
    if found:
        print(f"Cảnh báo: có {len(found)} thay đổi ngoài chương trình chưa được Quản trị viên xem xét (chitieu audit "
              "verify); số liệu dưới đây có thể không phải số liệu đã nhập/duyệt.", file=sys.stderr)


def row_line(r: Row, unit_kind: str = "xã") -> str:
    """"Số đảng viên mới: 11 → 3,93% | chỉ tiêu ≥ 3,2 | Vượt", and the unit's own target for the year
    as the paper's cells say it, "| Xã tự đặt năm 2028: ≥ 98 → Vượt" (walk U21 F9: only --json had it)."""
    parts = []
    for f, v in r.inputs:
        if v is not None:
            shown = ("Có" if v else "Không") if isinstance(v, bool) else _plain(v)
            parts.append(f"{f.label}: {shown}")
    value = r.value_text
    unit = r.indicator.unit if r.indicator.unit != "Có/Không" else ""
    line = "; ".join(parts)
    # "88,24%" as the report prints a rate; "0,5 điểm %" and "52.000 triệu đồng" keep their space
    line += (f" → {value}%" if unit == "%" else f" → {value} {unit}".rstrip()) if value else ""
    target = f"chỉ tiêu {r.target_text}" if r.target else "chưa giao chỉ tiêu"
    verdict = r.verdict.value + (f" ({r.compared_text})" if r.compared_text else "")
    extra = f" [{'; '.join(r.notes)}]" if r.notes else ""
    own = ""
    if r.own_target:
        word = "Phường" if unit_kind == "phường" else "Xã"
        own = f" | {word} tự đặt năm {r.period.year}: {r.own_target_text}" + (
            f" → {r.own_evaluation.verdict.value}" if r.own_evaluation else "")
    return f"{line or 'chưa nhập'} | {target} | {verdict}{own}{extra}"


def _plain(v: Decimal) -> str:
    return format_number(v, 6)


def view_json(view) -> dict:
    def num(v):
        if v is None or isinstance(v, bool):
            return v
        return canonical(v)

    return {
        "commune": {"code": view.commune.code, "name": view.commune.name},
        "period": {"code": view.period.code, "name": view.period.name},
        "completeness": {"entered": view.entered, "required": len(view.required)},
        "rows": [
            {
                "indicator": r.indicator.code,
                "name": r.indicator.name,
                "unit": r.indicator.unit,
                "inputs": {f.field: num(v) for f, v in r.inputs},
                "baseline": num(r.baseline),
                "value": num(r.computed.value),
                "value_text": r.value_text,
                "target": (
                    {"op": r.target.op, "value": num(r.target.value), "source": r.target.source}
                    if r.target else None
                ),
                "verdict": r.verdict.value,
                "progress": num(r.evaluation.progress),
                "own_target": (
                    {"op": r.own_target.op, "value": num(r.own_target.value), "source": r.own_target.source}
                    if r.own_target else None
                ),
                "own_verdict": r.own_evaluation.verdict.value if r.own_evaluation else None,
                "notes": list(r.notes),
                "comment": r.entry.comment,
            }
            for r in view.rows
        ],
        "narratives": view.narratives,
    }


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def _status(ws: Workspace, args) -> int:
    from desktop_app.core.workflow import State, kept_without_copy_message
    from desktop_app.exported_when import exported_times

    statuses = ws.overview()
    drifts = {s.period.code: ws.drift(s.period) for s in statuses if s.state.frozen}
    # Approved by a version that kept no copy of what was approved: shown re-judged, not exported.
    kept = {s.period.code: ws.kept_without_copy(s.period) for s in statuses if s.state.frozen}
    # an approval a restore undid, not approved again since: said as the window says it (walk U7, F3)
    undid = {s.period.code: u for s in statuses if not s.state.frozen and (u := ws.undid_approval(s.period))}
    if args.json:
        print_json([
            {"period": s.period.code, "name": s.period.name, "state": s.state.value, "standing": s.standing.value,
             "entered": s.entered, "required": s.required, "waiting": s.counted.waiting, "deadline": s.deadline.isoformat(),
             "overdue": s.overdue, "due_soon": s.due_soon,
             "changed_since_approval": [_drift_json(d) for d in drifts.get(s.period.code, [])],
             "approved_without_copy": kept.get(s.period.code) is not None,
             **({"approval_undone_by_restore": _undid_json(undid[s.period.code])} if s.period.code in undid else {})}
            for s in statuses
        ])
        return 0
    for s in statuses:
        print(f"{s.period.code:8} {s.period.name:24} {s.standing.label:21} {counted_text(s.counted)} "
              f"hạn {format_date(s.deadline)}{due_soon_flag(s)}")
        sent = exported_times(ws, s.period) if s.state == State.SENT else None
        if sent:
            print(f"         {exported_line(sent.first, sent.again)}")
        if kept.get(s.period.code) is not None:
            print(f"         ! {kept_without_copy_message(s.period, kept[s.period.code])[0]}")
        for d in drifts.get(s.period.code, []):
            print(f"         ! {drift_line(d)}")
        if s.period.code in undid:
            print(f"         ! {undid[s.period.code].words()}")
    if any(drifts.values()):
        print("Các kỳ đánh dấu ! đã duyệt nhưng số liệu của kỳ khác mà chúng dùng đã được sửa sau đó: "
              "báo cáo vẫn giữ số đã duyệt. Muốn cập nhật, Lãnh đạo mở lại kỳ rồi duyệt lại.")
    # what the province compares on the phone with the code on the signed paper (walk U9 F6)
    try:
        key = ws.key_code_made() or "chưa tạo (tạo khi xuất báo cáo lần đầu)"
    except (ChiTieuError, ValueError, TypeError) as err:  # a key changed outside: said, the statuses above kept
        key = f"không đọc được: {err}"
    from desktop_app import copied_out

    if due := copied_out.due(ws):  # the window's status line: a copy out of the laptop due (core/copy_out.py)
        print(due.words)
    print(f"Mã khóa ký của máy này: {key}")
    return 0


def _undid_json(u) -> dict:
    """`chitieu status --json` of an approval a restore undid (core/restore_undid.UndidApproval)."""
    a = u.approval
    return {"fingerprint": a.fingerprint, "approver": a.approver, "approver_name": a.approver_name,
            "approved_at": a.approved_at, "restored_at": u.restored_at, "administrator": u.administrator,
            "backup": u.backup, "said": str(u.words())}


def exported_line(sent: str, again: str | None = None) -> str:
    """What "Đã xuất" means under a period marked so: the file for the province was first exported at
    `sent` and, when exported again since, last at `again` (core/export_times.py, walk U18 F5); whether it
    reached the province the program does not know, sending it is the officer's step."""
    time = format_time(sent) + (f" (xuất lại lúc {format_time(again)})" if again else "")
    return (f"Tệp gửi tỉnh đã xuất lúc {time}; gửi tệp cho tỉnh qua thư điện tử (Tệp › Gửi cho tỉnh… "
            "trong cửa sổ chương trình) nếu chưa gửi.")


def counted_text(n) -> str:
    """"5/7, 2 chờ": the period's `period_status.Counts` as the window's period list says it, the
    rows whose result waits for the start-of-term figure apart (the line said "5/7" alone, read
    as two rows not entered, while the window said "5/7, 2 chờ")."""
    return f"{n.entered}/{n.required}" + (f", {n.waiting} chờ" if n.waiting else "")


def due_soon_flag(s) -> str:
    """The line says a period's status in the window's words (`period_status.standing`: "Chưa
    nhập", "Chưa đến kỳ", "Hoàn thành, quá hạn"), where it said the sign-off state ("Đang nhập"
    for a period nothing was entered in, or not yet begun) and " — QUÁ HẠN" after it, which the
    words now say. A signed-off period due soon is still flagged, as the line did: its words
    ("Hoàn thành") leave that out."""
    from desktop_app.core.period_status import Standing

    return " — sắp đến hạn" if s.due_soon and s.standing != Standing.DUE_SOON else ""


def drift_line(d) -> str:
    """"Tổng thu ngân sách…: đã duyệt 46,0% chỉ tiêu (Đang thực hiện), nay 138,0% chỉ tiêu (Đang thực hiện)"."""
    def shown(r):
        said = ", ".join(t for t in (r.value_text, r.compared_text) if t) or "chưa có kết quả"
        return f"{said} ({r.verdict.value})"

    return f"{d.indicator.name}: đã duyệt {shown(d.approved)}, nay {shown(d.live)}"


def _drift_json(d) -> dict:
    return {"indicator": d.indicator.code,
            "approved": {"value": d.approved.value_text, "verdict": d.approved.verdict.value,
                         "compared": d.approved.compared_text},
            "now": {"value": d.live.value_text, "verdict": d.live.verdict.value, "compared": d.live.compared_text}}


def _audit(ws: Workspace, args) -> int:
    """verify: 0 when nothing was changed outside the program; 1: something was, named. acknowledge:
    the same list and, under it, its code (`core.listing_code`: a salt drawn for this listing and a
    keyed digest of every finding in its exact state), nothing recorded (1); acknowledge
    --yes CODE: the administrator records having checked the changes listed under CODE, refused
    (nothing recorded) when the history finds anything else by then, a change made after the listing
    or a record listed changed again, as the window's box acknowledges only what it showed."""
    if args.audit_command == "acknowledge" and args.yes is not None:
        return _acknowledge(ws, args.yes)
    from desktop_app.core.clock import backwards_note
    from desktop_app.core.listing_code import listing_code
    from desktop_app.history import left_by_acknowledging, to_acknowledge

    problems = ws.verify_history()
    if not problems:
        print("Nhật ký thay đổi nguyên vẹn: không có dòng nào và không có số liệu nào bị sửa ngoài chương trình.")
        if backwards := ws.store.times_backwards():  # a note, not tampering (walk U25 F6)
            print(backwards_note(backwards))
        return 0
    changes = to_acknowledge(problems)
    if changes:
        print("Phát hiện thay đổi ngoài chương trình:", file=sys.stderr)
    for p in changes:  # with what the database holds now against what the history recorded, where it says
        print(f"  - {p.words}", file=sys.stderr)
    if args.audit_command == "acknowledge" and changes:  # under the changes, as the window's question says it
        _print_would_void(ws, problems)
    _print_left(left_by_acknowledging(problems), sys.stderr, beside=bool(changes))
    if args.audit_command == "acknowledge" and not changes:
        print("Không có thay đổi ngoài chương trình nào để xác nhận; chưa ghi nhận gì.", file=sys.stderr)
    elif args.audit_command == "acknowledge":
        code = listing_code(problems)
        print(f"Mã danh sách: {code}", file=sys.stderr)
        print(f"Chưa ghi nhận gì. Kiểm tra các thay đổi trên rồi chạy lại với --yes {code} để xác nhận đã kiểm tra "
              "đúng các thay đổi này; thay đổi nào xảy ra sau khi liệt kê làm mã không còn khớp, khi đó chưa ghi nhận "
              "gì và phải liệt kê lại.", file=sys.stderr)
    return 1


def _acknowledge(ws: Workspace, typed: str) -> int:
    """audit acknowledge --yes CODE: the changes listed under CODE, if they are what the history
    finds now, recorded as checked."""
    from desktop_app.core.listing_code import FIELD, refuse_unless_listed, typed_code
    from desktop_app.core.users import Permission
    from desktop_app.history import left_by_acknowledging

    ws.require(Permission.ACKNOWLEDGE_CHANGES)  # not the administrator: said before any code is asked
    if not typed:
        raise InvalidInput("Cần mã danh sách sau --yes: chạy chitieu audit acknowledge (không có --yes) để xem các "
                           "thay đổi ngoài chương trình và mã in dưới danh sách, kiểm tra chúng, rồi chạy lại với "
                           "--yes MÃ. Chưa ghi nhận gì.", field=FIELD)
    code = typed_code(typed)
    found = ws.verify_history()
    if found:  # nothing found: acknowledge_changes says the history is intact
        refuse_unless_listed(code, found)
    # those findings, each record in the state listed: one changed again before the acknowledgement
    # is written is refused there, inside its transaction (history._refuse_unless_as_listed)
    said = ws.acknowledge_changes(found)
    print(f"Đã ghi nhận đã kiểm tra {len(said)} thay đổi ngoài chương trình (nhật ký thay đổi giữ dòng này); "
          "những thay đổi dưới đây không còn chặn duyệt, xuất, ký số; thay đổi nào khác, hay xảy ra sau này, vẫn "
          "bị báo và chặn:")
    for message in said:  # what was recorded as checked, named: never a count alone
        print(f"  - {message}")
    _print_left(left_by_acknowledging(found), sys.stdout)  # still said: no failed acknowledgement
    for voided in ws.approvals_voided:  # an approved period concerned needs a new approval
        print(voided)
    for later in ws.complete_changed_by_voiding:  # a later Complete period's figures changed by a void: named
        print(later)
    return 0


def _print_would_void(ws: Workspace, found: list) -> None:
    """Before the code: what confirming would also do, as the window's question says it (ui/notices.py
    `acknowledge_changes`): the approvals it voids and the later periods marked Hoàn thành whose figures those
    voids change (`complete_changed_by_voiding_found`, the window's own function), so that the administrator reads
    them before typing --yes CODE, not only after it (S83: the listing named neither)."""
    from desktop_app.core.periods import in_sentence

    voids = ws.approvals_voided_by(found)
    if not voids:
        return
    # the window's sentence in its Vietnamese (resources/i18n/chitieu_vi.ts)
    print(f"Xác nhận cũng hủy bản duyệt kỳ {', '.join(in_sentence(p.name) for p in voids)}: bản duyệt, trạng thái, "
          "lịch sử trạng thái, số liệu hoặc nội dung báo cáo của kỳ nằm trong các thay đổi này. Kỳ trở lại trạng "
          "thái Hoàn thành và Lãnh đạo phải duyệt lại; đến khi đó chỉ xuất được bản DỰ THẢO.", file=sys.stderr)
    for later in ws.complete_changed_by_voiding_found(found):
        print(later, file=sys.stderr)


def _print_left(left: list, out, beside: bool = True) -> None:
    """The findings an acknowledgement does not clear, under words that say so (`history.left_heading`) `beside`
    changes to acknowledge or acknowledged; alone (a backup locked: nothing was acknowledged), in their own words
    only."""
    from desktop_app.history import left_heading

    if left and beside:
        print(left_heading(len(left)), file=out)
    for p in left:
        print(f"  - {p.words}" if beside else p.words, file=out)


COMMANDS = {"catalog": _catalog, "show": _show, "status": _status, "audit": _audit}
