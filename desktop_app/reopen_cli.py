"""`chitieu reopen`: the leader reopens an approved period, with a reason. Reopened, the period is judged
with the catalogue in use (walk U18 F1): when its targets or verdicts would change, the command lists the
changes first and reopens only when they are accepted, as the window's box does: at a terminal it asks "Mở
lại? (c/K)", No the default (as `chitieu keys revoke` asks); in a script, without --yes, it refuses. The
list accepted, passed to `Workspace.reopen`, is the one printed. A period marked Đã xuất says, first, when its
approved file was first exported (the province may hold that version) and, once reopened, that the province keeps
it until a new approved file is sent, as the window's box and its message do (walk U20 F2). --clock-was-ahead:
an administrator reopens a period whose latest approval took the time of a clock running ahead (walk U25 F1)."""
from __future__ import annotations

from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import format_time, parse_period
from desktop_app.core.periods_using import approved_using_words
from desktop_app.exported_when import exported_times
from desktop_app.later_approvals import (
    approved_using,
    complete_changed_said,
    complete_figures,
)
from desktop_app.reopen_changes import reopen_targets_of
from desktop_app.terminal_ask import answered_yes, at_a_terminal


def reopen_command(ws, args) -> int:
    ahead = getattr(args, "clock_was_ahead", False)  # an administrator's confirmation (walk U25 F1)
    ws.check_reopen(args.period, ahead)  # who may, and the state, refused before anything is listed
    if ahead and (times := ws.clock_was_ahead(args.period)):
        print(f"Quản trị viên xác nhận: lần duyệt gần nhất kỳ này ghi lúc {format_time(times[0])} mang giờ của lúc "
              f"đồng hồ máy tính chạy nhanh; đồng hồ bây giờ chỉ {format_time(times[1])}. Cả hai thời điểm được ghi vào "
              "nhật ký thay đổi.")
    if exported := exported_times(ws, args.period):
        print(f"Kỳ ở trạng thái Đã xuất: tệp báo cáo đã duyệt gửi tỉnh được xuất lúc {format_time(exported.first)}, "
              "nên tỉnh có thể đang giữ bản đã duyệt đó (nếu tệp đã được gửi đi). Mở lại và sửa xong thì phải duyệt "
              "lại và gửi lại tỉnh tệp đã sửa.")
    if targets := reopen_targets_of(ws, args.period):
        print(targets.said())
        if not args.yes:
            if not at_a_terminal():
                raise InvalidInput("Chưa mở lại: kỳ sẽ được đánh giá theo chỉ tiêu như trên, khác lần duyệt. Để vẫn "
                                   "mở lại, chạy lại lệnh, thêm --yes.", field="Mở lại kỳ báo cáo",
                                   en="Not reopened: the period would be judged against the targets above, unlike "
                                      "its approval. To reopen it anyway, run the command again with --yes.")
            if not answered_yes("Vẫn mở lại? (c/K) "):
                print("Chưa mở lại: kỳ vẫn là kỳ đã duyệt, như trước.")
                return 1
    before = complete_figures(ws, args.period)
    ws.reopen(args.period, args.reason, accepted=targets, clock_was_ahead=ahead)  # the list printed: refused once an import staled it
    print("Đã mở lại kỳ báo cáo; bản đã duyệt trước được giữ trong lịch sử."
          + (" Nếu tệp đã duyệt xuất gửi tỉnh đã được gửi đi, tỉnh vẫn giữ bản đó cho đến khi gửi tệp đã duyệt mới."
             if exported else ""))
    if using := approved_using(ws, args.period):
        print(approved_using_words(parse_period(args.period), using))
    if said := complete_changed_said(ws, args.period, before, "reopen"):
        print(said)
    return 0
