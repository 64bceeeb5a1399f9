"""`chitieu` on the command line: the same services as the window, for scripts and checks.

Every refusal prints one Vietnamese line on stderr and exits with status 2.

A process starts for one command, and each command imports what it needs when it runs:
`verify` and `catalog --json` never load the services and the database layer.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli_parser import REPORT_DATE_HELP, Parser
from desktop_app.core.errors import ChiTieuError, InvalidInput, NotPermitted

if TYPE_CHECKING:
    from desktop_app.services import Workspace


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="chitieu", description="Chỉ tiêu xã, phường tỉnh Thái Nguyên 2026-2030.")
    p.add_argument("--data-dir", help="thư mục dữ liệu (mặc định: thư mục dữ liệu của người dùng, "
                                      "hoặc biến môi trường CHITIEU_DATA_DIR)")
    p.add_argument("--user", help="tên đăng nhập (hoặc CHITIEU_USER); mật khẩu lấy từ CHITIEU_PASSWORD "
                                  "hoặc được hỏi khi chạy")
    sub = p.add_subparsers(dest="command", parser_class=Parser)

    c = sub.add_parser("catalog", help="in bộ chỉ tiêu, 92 xã, phường và chỉ tiêu giao")
    c.add_argument("--json", action="store_true")

    s = sub.add_parser("setup", help="chọn xã, phường và người lập biểu, người ký")
    s.add_argument("--commune", required=True, help='tên (có hoặc không dấu) hoặc mã, ví dụ "tan cuong"')
    s.add_argument("--preparer", required=True, help="người lập biểu")
    s.add_argument("--signer", required=True, help="người ký báo cáo")
    s.add_argument("--signer-title", help='"Chủ tịch" hoặc "Phó Chủ tịch" (không ghi: giữ như đã cài; lần đầu: Chủ tịch)')
    s.add_argument("--doc-prefix", help='ký hiệu văn bản, ví dụ UBND-VP: báo cáo ghi "Số: …/BC-UBND-VP" (không ghi: giữ '
                                        'như đã cài; lần đầu: BC-UBND; "" trở về BC-UBND)')
    s.add_argument("--province-email", help="địa chỉ thư điện tử nhận báo cáo của tỉnh (cho thư soạn sẵn)")

    e = sub.add_parser("set", help="nhập kết quả một chỉ tiêu trong một kỳ")
    e.add_argument("--period", required=True, help="2026-Q1, 2026-6M, 2026-9M hoặc 2026")
    e.add_argument("--indicator", required=True, help="mã chỉ tiêu, ví dụ bhyt")
    e.add_argument("--value", help="kết quả, gõ như trong cửa sổ: 1.234,5 hoặc 1234.5 hoặc 80%%")
    e.add_argument("--numerator", help="tử số của chỉ tiêu tỷ lệ, ví dụ số người tham gia BHYT")
    e.add_argument("--denominator", help="mẫu số của chỉ tiêu tỷ lệ, ví dụ dân số")
    e.add_argument("--flag", help="Có/Không")
    e.add_argument("--previous", help="số liệu cùng kỳ năm trước")
    e.add_argument("--comment", help="ghi chú (để trống: xóa ghi chú)")

    b = sub.add_parser("baseline", help="số liệu đầu nhiệm kỳ")
    b.add_argument("--indicator", required=True)
    b.add_argument("--value", required=True, help="số liệu đầu nhiệm kỳ (năm 2025)")

    t = sub.add_parser("target", help="chỉ tiêu xã tự đặt cho một năm")
    t.add_argument("--year", required=True)
    t.add_argument("--indicator", required=True)
    t.add_argument("--op", help="=, ≥ (>=), >, ≤ (<=), <")
    t.add_argument("--value", help="mức chỉ tiêu, ví dụ 96 hoặc Có")
    t.add_argument("--remove", action="store_true", help="bỏ chỉ tiêu tự đặt")

    sh = sub.add_parser("show", help="xem kết quả một kỳ")
    sh.add_argument("--period", required=True)
    sh.add_argument("--json", action="store_true")

    for name, text in (("complete", "đánh dấu kỳ báo cáo đã nhập xong (Hoàn thành)"),
                       ("approve", "Lãnh đạo duyệt kỳ báo cáo (Đã duyệt)")):
        w = sub.add_parser(name, help=text)
        w.add_argument("--period", required=True)
    sub.choices["approve"].add_argument("--expect", metavar="MÃ",
                                        help="mã xác thực số liệu đã xem (lệnh show in ra): từ chối duyệt nếu số "
                                             "liệu đã đổi từ lúc xem")
    r = sub.add_parser("reopen", help="Lãnh đạo mở lại kỳ đã duyệt, có lý do")
    r.add_argument("--period", required=True)
    r.add_argument("--reason", required=True)
    r.add_argument("--yes", action="store_true",
                   help="mở lại dù kỳ sẽ được đánh giá theo chỉ tiêu khác lần duyệt (không có --yes, lệnh liệt kê các "
                        "chỉ tiêu đổi rồi hỏi; chạy không có bàn phím thì chưa mở lại)")
    r.add_argument("--clock-was-ahead", action="store_true",
                   help="Quản trị viên xác nhận lần duyệt gần nhất mang giờ của lúc đồng hồ máy tính chạy nhanh (đồng hồ "
                        "bây giờ đã đúng): mở lại kỳ, ghi cả hai thời điểm vào nhật ký")
    au = sub.add_parser("audit", help="nhật ký thay đổi: kiểm tra có bị sửa ngoài chương trình không")
    ausub = au.add_subparsers(dest="audit_command", required=True, parser_class=Parser)
    ausub.add_parser("verify", help="kiểm tra chuỗi mã của nhật ký và số liệu đã lưu; báo dòng đầu tiên bị sửa")
    ausub.add_parser("acknowledge", help="Quản trị: xác nhận đã kiểm tra các thay đổi ngoài chương trình (không có "
                     "--yes: liệt kê chúng và in mã danh sách; --yes MÃ: ghi nhận); sau đó chúng không còn chặn duyệt, "
                     "xuất, ký số").add_argument(
        "--yes", nargs="?", const="", metavar="MÃ",
        help="ghi nhận đã kiểm tra đúng các thay đổi đã liệt kê: MÃ là mã danh sách (16 chữ cái và chữ số, gõ hoa "
             "hay thường, có hay không có dấu gạch) in dưới danh sách khi chạy lệnh không có --yes, mỗi lần liệt kê "
             "một mã mới; từ chối, chưa ghi nhận gì, nếu từ lúc liệt kê có thay đổi khác (không có --yes: chỉ liệt "
             "kê)")
    st = sub.add_parser("status", help="trạng thái của mọi kỳ báo cáo")
    st.add_argument("--json", action="store_true")

    u = sub.add_parser("user", help="tài khoản: add, passwd, list, lock, unlock")
    usub = u.add_subparsers(dest="user_command", required=True, parser_class=Parser)
    ua = usub.add_parser("add", help="tạo tài khoản (mật khẩu: CHITIEU_NEW_PASSWORD hoặc được hỏi)")
    ua.add_argument("username")
    ua.add_argument("--full-name", required=True)
    ua.add_argument("--role", required=True, help='"Cán bộ nhập liệu", "Lãnh đạo" hoặc "Quản trị"')
    up = usub.add_parser("passwd", help="đổi mật khẩu của mình hoặc (quản trị) đặt lại cho người khác")
    up.add_argument("username")
    usub.add_parser("list", help="danh sách tài khoản (cả tài khoản đã khóa, ghi rõ)")
    ul = usub.add_parser("lock", help="Quản trị: khóa tài khoản (không đăng nhập được cho đến khi mở khóa; tài khoản "
                                      "và nhật ký được giữ)")
    ul.add_argument("username")
    ul.add_argument("--last-leader", action="store_true",
                    help="khóa cả khi đó là tài khoản Lãnh đạo cuối cùng còn đăng nhập được (không ai duyệt được "
                         "nữa cho đến khi có tài khoản Lãnh đạo khác)")
    usub.add_parser("unlock", help="Quản trị: mở khóa tài khoản đã khóa").add_argument("username")

    ex = sub.add_parser("export", help="xuất báo cáo PDF và tệp Excel gửi tỉnh của một kỳ")
    ex.add_argument("--period", required=True, help="2026-Q1, 2026-6M, 2026-9M hoặc 2026")
    ex.add_argument("--out", default=".", help="thư mục ghi tệp (mặc định: thư mục hiện tại)")
    only = ex.add_mutually_exclusive_group()
    only.add_argument("--pdf-only", action="store_true", help="chỉ xuất báo cáo PDF")
    only.add_argument("--xlsx-only", action="store_true", help="chỉ xuất tệp Excel")
    ex.add_argument("--number", default="", help="số văn bản (để trống: ghi tay sau khi in)")
    ex.add_argument("--handwritten", action="store_true",
                    help="để trống số văn bản, viết tay trên bản in, cả khi lần duyệt trước của kỳ đã xuất với số")
    ex.add_argument("--date", help=REPORT_DATE_HELP)
    ex.add_argument("--mail", action="store_true",
                    help="soạn sẵn thư gửi tỉnh (tệp .eml kèm cả hai tệp, mở bằng Outlook, Thunderbird); tệp của "
                         "kỳ đã xuất (hoặc đã ký số) trong thư mục được gửi nguyên, không xuất lại")
    ex.add_argument("--replace", action="store_true",
                    help="xuất lại và thay tệp của lần xuất trước còn trong thư mục (cùng --mail), hoặc cặp tệp đã ký số")
    vf = sub.add_parser("verify", help="kiểm tra tệp Excel gửi tỉnh: nguyên vẹn hay đã bị sửa, dự thảo hay đã "
                                       "duyệt, ký bằng khóa nào; --code: so với mã in trên báo cáo giấy. Tệp .pdf: "
                                       "kiểm tra chữ ký số (người ký, hiệu lực, thời điểm, toàn vẹn, tin cậy)")
    vf.add_argument("file", help="tệp .xlsx do lệnh export hoặc nút Xuất báo cáo tạo ra, hoặc báo cáo PDF đã ký số")
    vf.add_argument("--code", help="mã in trên báo cáo giấy (mã khóa, ví dụ K7QX-3M2P-ABCD-EFGH, hoặc mã xác thực)")
    vf.add_argument("--trust", action="append", metavar="TỆP",
                    help="(tệp .pdf) chứng thư gốc để đối chiếu, ngoài các chứng thư gốc của cơ sở dữ liệu cấp tỉnh")

    sub.add_parser("gui", help="mở cửa sổ (mặc định khi không có lệnh)")
    from desktop_app.province_cli import add_parsers as add_province_parsers

    add_province_parsers(sub)  # province-setup, consolidate, catalog-update
    from desktop_app.signature_cli import add_parsers as add_signature_parsers

    add_signature_parsers(sub)  # sign, signature-setup, trust
    return p


def run(argv: list[str], parser: argparse.ArgumentParser | None = None) -> int:
    """The command `argv` asks for; `parser`: the one already built by the caller (it takes a
    tenth of a short command to build)."""
    args = (parser or build_parser()).parse_args(argv)
    try:
        code = _run(args)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at the interpreter's exit
        return code
    except BrokenPipeError:
        # `chitieu status | head`: the reader stopped listening, nothing is wrong. What is left
        # unprinted goes nowhere, so the interpreter's last flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _run(args) -> int:
    try:
        if args.command == "catalog" and args.json:
            # The catalogue needs no database: print the one the app ships.
            from desktop_app.reading_cli import catalog_json, print_json
            from desktop_app.resources import default_catalog

            print_json(catalog_json(default_catalog()))
            return 0
        if args.command == "verify":
            return _verify(args)  # a file check: no database, no login
        ws = _open(args)
        try:
            if ws.has_accounts:
                _login(ws, args)
            return _command(args.command)(ws, args)
        finally:
            ws.close()
    except ChiTieuError as err:
        print(f"Lỗi: {err.message}", file=sys.stderr)
        return 2
    except Exception as err:  # a damaged database, whichever command met it; the rest re-raised
        damaged = _damaged(args, err)
        if damaged is None:
            raise
        print(f"Lỗi: {damaged.message}", file=sys.stderr)
        return 2


def _damaged(args, err: Exception) -> ChiTieuError | None:
    """What the officer reads when SQLite finds the data folder's database damaged (`malformed`,
    `not a database`), wherever a command met it: opening it or reading it later (red-team 15:
    `chitieu.db` replaced by hand beside a stale `-wal`, which SQLite then replays onto the copy).
    None for any other error (a bug: shown as such)."""
    import sqlite3

    from desktop_app.core.errors import DatabaseDamaged, sqlite_error_texts
    from desktop_app.data_folder import DB_NAME, default_data_dir

    code = (getattr(err, "sqlite_errorcode", None) or 0) & 0xFF
    if not isinstance(err, sqlite3.DatabaseError) or code not in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return None
    path = Path(args.data_dir or default_data_dir()) / DB_NAME
    wal = path.with_name(path.name + "-wal")
    why, why_en = sqlite_error_texts(err)
    stale, stale_en = "", ""
    if wal.is_file() and wal.stat().st_size > 0:  # SQLite's own open leaves an empty one
        stale = (f" Bên cạnh nó còn tệp {wal.name} của lần chạy trước (chương trình đã bị tắt đột ngột): nếu tệp "
                 f"{path.name} vừa được chép đè bằng tay, SQLite đã ghép tệp {wal.name} cũ ấy vào bản chép và làm nó "
                 f"hỏng. Đừng chép đè {path.name} bằng tay.")
        stale_en = (f" The file {wal.name} of an earlier run is beside it (the program was stopped abruptly): if "
                    f"{path.name} was just copied over by hand, SQLite merged that old {wal.name} into the copy and "
                    f"damaged it. Do not copy over {path.name} by hand.")
    return DatabaseDamaged(
        f"Cơ sở dữ liệu {path} không đọc được ({why}).{stale} Hãy mở cửa sổ chương trình (lệnh chitieu gui): "
        "chương trình đề nghị khôi phục bản sao lưu còn tốt gần nhất, hoặc một tệp sao lưu anh/chị chọn (kể cả tệp "
        "đã chép ra USB); tệp hỏng được giữ lại trong thư mục sao lưu.", field="Cơ sở dữ liệu",
        en=f"The database {path} cannot be read ({why_en}).{stale_en} Open the program's window "
           "(the command chitieu gui): it offers to restore the latest good backup, or a backup file you choose "
           "(one copied to a USB stick too); the damaged file is kept in the backup folder.")


def looks_only(args) -> bool:
    """Whether the command only reads the database (`show`, `status`, `audit verify`, `keys list` …):
    it then opens it read-only (db/store.py), never migrating or writing it, so that it also works
    on a write-protected USB stick, a CD or a folder without write permission."""
    sub = {"audit": "audit_command", "user": "user_command", "keys": "keys_command",
           "unsigned": "unsigned_command", "catalog-update": "catalog_command", "trust": "trust_command"}
    command = args.command
    if command in ("catalog", "show", "status"):
        return True
    if command == "audit":  # acknowledge without --yes CODE only lists (a plain --yes is refused)
        return args.audit_command == "verify" or not args.yes
    if command == "signature-setup":  # nothing given: prints the settings
        from desktop_app.signature_cli import SETUP_FIELDS

        return all(getattr(args, k) is None for k in SETUP_FIELDS)
    return command in sub and getattr(args, sub[command]) in ("list", "show")


def _open(args) -> Workspace:
    """The workspace of --data-dir (or the default folder): read-only for a command that only
    looks at an existing database; else (a write, or a folder with no database yet: made as the
    first run makes it) as the window opens it."""
    from desktop_app.services import Workspace

    if looks_only(args):
        from db.store import Store
        from desktop_app.data_folder import DB_NAME, default_data_dir

        path = Path(args.data_dir or default_data_dir()) / DB_NAME
        if path.is_file():
            return Workspace(Store(path, read_only=True))
    return Workspace.open(args.data_dir)


def _login(ws: Workspace, args) -> None:
    """Log in as --user / CHITIEU_USER with CHITIEU_PASSWORD or a prompt: the CLI obeys the roles too."""
    ws.refuse_if_accounts_deleted()  # no "log in with --user" while no account can (red-team 18, F1)
    username = args.user or os.environ.get("CHITIEU_USER")
    if not username:
        raise NotPermitted("Cần đăng nhập: thêm --user TÊN (hoặc đặt CHITIEU_USER) và mật khẩu "
                           "(CHITIEU_PASSWORD hoặc gõ khi được hỏi).", field="Tài khoản")
    from desktop_app.cli_login import log_in  # not for verify, which never logs in

    args.login_password = _secret("CHITIEU_PASSWORD", f"Mật khẩu của {username}: ")
    log_in(ws, username, args.login_password)
    # a temporary password (an administrator's reset, a new account's first): nothing but changing it
    changes_own = (args.command == "user" and getattr(args, "user_command", None) == "passwd"
                   and ws.account is not None and (args.username or "").strip().lower() == ws.account.username)
    if not changes_own:
        ws.refuse_temporary_password()


def _secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput(f"Không có mật khẩu: đặt biến môi trường {env} khi chạy không có bàn phím.",
                           field="Mật khẩu")
    import getpass

    return getpass.getpass(prompt)


def _setup(ws: Workspace, args) -> int:
    unit = ws.setup(args.commune, args.preparer, args.signer, args.signer_title, args.doc_prefix)
    print(f"Đã chọn {unit.name} (mã {unit.code}). Người lập biểu: {ws.settings.preparer}.")  # as stored: one line
    _notice(ws)  # a Complete period back to Đang nhập: a person named on its paper changed
    if args.province_email is not None:
        print(f"Thư gửi tỉnh: {ws.set_province_email(args.province_email) or '(chưa có địa chỉ)'}")
    return 0


def _set(ws: Workspace, args) -> int:
    from desktop_app.core.periods import in_sentence
    from desktop_app.reading_cli import row_line
    from desktop_app.services import UNSET

    fields = {k: getattr(args, k) for k in ("numerator", "denominator", "value", "flag", "previous", "comment")}
    fields = {k: (v if v is not None else UNSET) for k, v in fields.items()}
    if all(v is UNSET for v in fields.values()):
        raise_usage("lệnh set cần ít nhất một trong --value, --numerator, --denominator, --flag, --previous, --comment")
    row = ws.set_entry(args.period, args.indicator, **fields)
    print(f"Đã lưu {row.indicator.name}, {in_sentence(row.period.name)}: {row_line(row, ws.commune.kind)}")
    if args.comment is not None:
        _number_comments([row])  # saved, and said: the paper prints it alone (walk U9 F2)
    _notice(ws)
    return 0


def _number_comments(rows) -> None:
    """A warning line for each comment of `rows` that is only a number (`number_only_comment`), and
    once what the report does with it: said by set, complete and approve, as the window says it."""
    from desktop_app.core.checks import NUMBER_ONLY_PRINTED, number_only_comments

    lines = number_only_comments(rows)
    for line in lines:
        print(f"Cảnh báo: {line}.")
    if lines:
        print(NUMBER_ONLY_PRINTED)


def _not_approved(rows) -> None:
    """A warning line for each term total leaving out an earlier year, not approved or with no figures
    (`term_total_gaps`; walk U21 F3), and once what that means: said by complete and approve, as the
    window's Hoàn thành and Duyệt say it."""
    from desktop_app.core.checks import term_total_gaps

    lines, meaning = term_total_gaps(rows)
    for line in lines:
        print(f"Cảnh báo: {line}.")
    for line in meaning:
        print(line)


def _notice(ws: Workspace) -> None:
    """What the action changed beside what was asked (a completed period back to Đang nhập)."""
    notice = ws.take_notice()
    if notice:
        print(notice)


def raise_usage(message: str):
    raise InvalidInput(message)


def _baseline(ws: Workspace, args) -> int:
    from desktop_app.core.rows import value_text

    value = ws.set_baseline(args.indicator, args.value)
    ind = ws.catalog.indicator(args.indicator)
    print(f"Đã lưu {ind.baseline.label}: {value_text(ind, value)} {ind.baseline.unit}")
    _notice(ws)
    return 0


def _target(ws: Workspace, args) -> int:
    from desktop_app.core.wording import target_text

    if args.remove:
        ws.set_own_target(args.year, args.indicator, None)
        print(f"Đã bỏ chỉ tiêu tự đặt năm {args.year} của {args.indicator}.")
        return 0
    if args.op is None or args.value is None:
        raise_usage("lệnh target cần --op và --value (hoặc --remove)")
    t = ws.set_own_target(args.year, args.indicator, args.op, args.value)
    ind = ws.catalog.indicator(args.indicator)
    print(f"Đã lưu chỉ tiêu xã tự đặt năm {args.year}, {ind.name}: {target_text(ind, t)}")
    _notice(ws)
    return 0


def _complete(ws: Workspace, args) -> int:
    from desktop_app.core.periods import in_sentence

    ws.complete(args.period)
    view = ws.period_view(args.period)
    print(f"Kỳ {in_sentence(view.period.name)}: Hoàn thành. Chờ Lãnh đạo duyệt.")
    _number_comments(view.rows)
    _not_approved(view.rows)
    return 0


def _approve(ws: Workspace, args) -> int:
    """What was approved, said: without --expect the figures stored when the command ran, which no one may have
    looked at (red-team H4 F4)."""
    from desktop_app.core.evaluation import assigned_tally
    from desktop_app.core.periods import in_sentence, parse_period
    from desktop_app.core.wording import summary_text
    from desktop_app.later_approvals import complete_changed_said, complete_figures

    from desktop_app.approve_changes import changes_lines

    before = complete_figures(ws, args.period)  # later Complete periods whose figures the approval may change
    changed = ws.changed_since_approval(args.period)  # after a reopening: what differs from the last approval
    fingerprint = ws.approve(args.period, args.expect)
    p = parse_period(args.period)
    tally = assigned_tally(ws.submission(p).items)
    print(f"Đã duyệt kỳ {in_sentence(p.name)}: {tally.total} chỉ tiêu tỉnh giao ({summary_text(tally.verdicts)}). "
          f"Mã xác thực: {fingerprint[:16]} (đầy đủ: {fingerprint}).")
    for line in changes_lines(changed):  # as the window's Duyệt question lists them (walk U20 F3)
        print(line)
    rows = ws.period_view(p).rows
    _number_comments(rows)
    _not_approved(rows)
    from desktop_app.core.periods_using import approved_changed_words
    from desktop_app.later_approvals import approved_changed_by

    if changed := approved_changed_by(ws, p):
        print(approved_changed_words(p, changed))
    if said := complete_changed_said(ws, p, before):  # not sent back: their leader sees the new figures
        print(said)
    if args.expect is None:
        print(f"Đã duyệt số liệu đang lưu lúc chạy lệnh (không có --expect). Kiểm tra lại bằng chitieu show --period "
              f"{p.code}; để chỉ duyệt số liệu đã xem: chitieu approve --period {p.code} --expect MÃ (mã lệnh show in ra).")
    return 0


def _user(ws: Workspace, args) -> int:
    import datetime as dt

    from desktop_app.core.users import Permission, until_words

    if args.user_command == "list":
        for listed in ws.accounts():
            a, note = listed.account, "  (đã khóa)" if listed.locked else ""
            if listed.locked_until and not listed.locked:
                note = f"  (tạm khóa đến {until_words(listed.locked_until, dt.datetime.now().astimezone())[0]})"
            print(f"{a.username:20} {a.role.value:18} {a.full_name}{note}")
        return 0
    if args.user_command in ("lock", "unlock"):
        from desktop_app.accounts import LastLeader

        try:
            print(ws.lock_account(args.username, args.last_leader) if args.user_command == "lock"
                  else ws.unlock_account(args.username))
        except LastLeader as err:
            raise LastLeader(f"{err.message} Vẫn khóa: thêm --last-leader.", field=err.field) from None
        return 0
    if args.user_command == "add":
        ws.require(Permission.MANAGE_USERS)  # before asking a password (red-team 18, F5): no account yet passes
        password = _secret("CHITIEU_NEW_PASSWORD", f"Mật khẩu cho {args.username}: ")
        account = ws.add_user(args.username, args.full_name, args.role, password)
        print(f"Đã tạo tài khoản {account.username} ({account.role.value}).")
        return 0
    own = ws.account is not None and ws.account.username == args.username.strip().lower()
    if not own:
        ws.require(Permission.MANAGE_USERS)  # before asking the new password
    new = _secret("CHITIEU_NEW_PASSWORD", f"Mật khẩu mới cho {args.username}: ")
    print(ws.set_password(args.username, new, old_password=getattr(args, "login_password", None) if own else None))
    return 0


def _verify(args) -> int:
    """0: the file is intact (and matches the code given); 1: it was changed, or the code given
    is not the file's, or matches a file whose key the province revoked; 2: it cannot be read.
    Run where a province database is (--data-dir, or the default folder), it also says what the
    province's key register knows of the key."""
    if args.file.lower().endswith(".pdf"):
        from desktop_app.signature_cli import verify_pdf_file

        return verify_pdf_file(args)  # the report PDF's digital signatures
    from desktop_app.resources import app_version
    from exports.submission_reader import verify_file

    result = verify_file(args.file, args.code, program_version=app_version)
    if not result.readable:
        print(f"Lỗi: {_lock_file_words(Path(args.file)) or result.message}", file=sys.stderr)
        return 2
    message, ok = result.message, result.ok
    if args.code is not None and result.code_matches is None:  # changed: no paper vouches for it (walk 20, #8)
        message += (f" Chưa so mã in trên báo cáo giấy ({args.code.strip()[:40]}): tệp không nguyên vẹn, mã khớp "
                    "hay không thì tệp cũng không dùng được.")
    if result.submission is not None and result.submission.signed:
        note, revoked = _register_note(args, result.submission)
        message += f" {note}" if note else ""
        if revoked and result.code_matches:
            message += (" Mã khớp, nhưng tỉnh đã thu hồi khóa này: tỉnh không nhận tệp ký bằng khóa đã thu hồi, dù "
                        "báo cáo giấy in cùng mã.")
            ok = False
    print(message, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


def _lock_file_words(path: Path) -> str:
    """What `verify` says of an office program's lock file that does not read ("~$bao-cao.xlsx":
    Excel makes it while the workbook is open; intake skips it as such, `is_temporary`), naming the
    workbook to verify instead when it is beside it (Excel's lock file of a long name drops its first
    two letters: "~$26-6M_….xlsx" for "2026-6M_….xlsx"); "" for any other name (walk 23, L4: it read
    as a download damaged)."""
    from desktop_app.core.intake import shown_name
    from desktop_app.intake_folder import TEMPORARY_PREFIXES

    name = path.name
    prefix = next((p for p in TEMPORARY_PREFIXES if name.startswith(p)), None)
    if prefix is None:
        return ""
    rest = name[len(prefix):].removesuffix("#")  # LibreOffice: ".~lock.bao-cao.xlsx#"
    try:
        beside = sorted(p.name for p in path.parent.iterdir() if p.is_file() and not p.name.startswith(prefix)
                        and p.name.endswith(rest) and len(p.name) <= len(rest) + 2)
    except OSError:
        beside = []
    workbook = (f"tệp {shown_name(beside[0])}{_command_for(path.with_name(beside[0]))}" if len(beside) == 1 else
                f"tệp bảng tính cùng tên, không có \"{prefix}\" ở đầu (Excel thay hai ký tự đầu của tên dài bằng "
                f"\"~$\")")
    return (f"{shown_name(name)} là tệp khóa tạm của Excel (hoặc LibreOffice), không phải báo cáo: chương trình bảng tính tạo "
            f"tệp này khi đang mở một bảng tính và tự xóa khi đóng. Hãy kiểm tra {workbook}.")


def _command_for(path: Path) -> str:
    """' (chitieu verify "PATH")' to paste, for a path that runs nothing when pasted; "" otherwise
    (the name is then only shown)."""
    from desktop_app.core.pasted_command import verify_command

    command = verify_command(path)
    return f" ({command})" if command else ""


def _register_note(args, sub) -> tuple[str, bool]:
    """The province register's word on the file's key, when a province database is here
    (never made by this check: no database, nothing said), and whether the province revoked
    that key for the file's unit or for every unit (`revocation`)."""

    from desktop_app.data_folder import DB_NAME, default_data_dir

    path = Path(args.data_dir or default_data_dir()) / DB_NAME
    if not path.is_file():
        return "", False
    from db.settings import mode_on_disk
    from desktop_app.database_mode import MODE_PROVINCE, mode_of

    if mode_on_disk(path) == "":  # a commune's database (or a new one): no register to ask
        return "", False
    from db.store import Store
    from desktop_app.core.keys import KeyState, revocation

    try:
        store = Store(path, read_only=True)  # a check looks: never migrates nor writes the register
    except ChiTieuError as err:  # a read-only or failing disk: the file's own check still stands
        return f"(Không đọc được sổ đăng ký khóa của tỉnh: {err.message})", False
    try:
        if mode_of(store) != MODE_PROVINCE:  # a commune's database: no register
            return "", False
        from desktop_app.province import key_note

        entries = [k for k in store.unit_keys() if k.public_key == sub.public_key]
        revoked = any(k.unit_code == sub.unit_code and k.state == KeyState.THU_HOI for k in entries) \
            or revocation(entries, other_than=sub.unit_code) is not None
        return key_note(store, sub), revoked
    finally:
        store.close()


def _command(name: str):
    """The function that runs the command `name`: each command module is imported only here, by the
    command that needs it (`verify` and `catalog --json` need none)."""
    from desktop_app.export_cli import export_command
    from desktop_app.province_cli import COMMANDS as PROVINCE
    from desktop_app.reading_cli import COMMANDS as READING
    from desktop_app.reopen_cli import reopen_command
    from desktop_app.signature_cli import COMMANDS as SIGNATURE

    commands = {
        "export": export_command,
        "setup": _setup,
        "set": _set,
        "baseline": _baseline,
        "target": _target,
        "complete": _complete,
        "approve": _approve,
        "reopen": reopen_command,
        "user": _user,
        **READING, **PROVINCE, **SIGNATURE,
    }
    return commands[name]
