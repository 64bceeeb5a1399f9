"""The province's commands: `province-setup`, `consolidate`, `keys`, `unsigned` and `catalog-update`.

Registered into `desktop_app.cli` (same parser, same error handling: a refusal prints one
Vietnamese line on stderr and exits with status 2).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shlex
import sys
from functools import partial

from desktop_app.core.errors import InvalidInput
from desktop_app.core.inbox_names import FOLDER_READ, UNREAD
from desktop_app.core.periods import FIRST_YEAR, format_date


class _CodeAfterOption(argparse.Action):
    """`keys revoke UNIT CODE`: the code typed without --code is refused saying where it goes
    (argparse said only "tham số không hiểu được: OPXJ-…", walk 20 #9)."""

    def __call__(self, parser, namespace, values, option_string=None):
        if values:
            unit = shlex.quote(getattr(namespace, "unit", None) or "ĐƠN_VỊ")
            parser.error(f"mã khóa đặt sau --code: chitieu keys revoke {unit} --code {shlex.quote(' '.join(values))}")


def add_parsers(sub) -> None:
    ps = sub.add_parser("province-setup", help="dùng cơ sở dữ liệu này ở chế độ cấp tỉnh (nhận, tổng hợp báo cáo)")
    ps.add_argument("--preparer", help='người lập biểu (không ghi: giữ tên đã lưu; --preparer "": xóa tên)')
    ps.add_argument("--signer", help='người ký báo cáo tổng hợp (không ghi: giữ tên đã lưu; --signer "": xóa tên, '
                                     'báo cáo PDF chỉ xuất được khi có tên người ký)')
    ps.add_argument("--signer-title", default="Phó Chủ tịch", help='"Chủ tịch" hoặc "Phó Chủ tịch"')
    ps.add_argument("--doc-prefix", default="UBND", help="ký hiệu văn bản (BC-UBND)")
    ps.add_argument("--issuer", nargs=2, metavar=("DÒNG1", "DÒNG2"),
                    help='cơ quan ban hành, mặc định "ỦY BAN NHÂN DÂN" "TỈNH THÁI NGUYÊN"')
    ps.add_argument("--recipient", help="Kính gửi (mặc định: Ban Thường vụ Tỉnh ủy Thái Nguyên)")

    c = sub.add_parser("consolidate", help="nhận các tệp báo cáo trong một thư mục và tổng hợp (cấp tỉnh)")
    c.add_argument("inbox", help="thư mục chứa các tệp .xlsx nhận qua thư điện tử. " + FOLDER_READ)
    c.add_argument("--period", required=True, help="2026-Q1, 2026-6M, 2026-9M hoặc 2026")
    c.add_argument("--xlsx", help="ghi bảng tổng hợp Excel (Phụ lục 2) vào tệp này")
    c.add_argument("--pdf", help="ghi báo cáo tổng hợp PDF vào tệp này")
    c.add_argument("--dhis2", help="ghi số liệu dạng DHIS2 dataValueSets (JSON) vào tệp này")
    c.add_argument("--adx", help="ghi số liệu dạng ADX (XML) vào tệp này")
    c.add_argument("--number", default="", help="số văn bản của báo cáo PDF")
    c.add_argument("--date", help="ngày báo cáo: ngày/tháng/năm, ví dụ 18/12/2026 (hoặc 2026-12-18; mặc định: hôm nay)")
    c.add_argument("--received", help=f"ngày nhận các tệp, để tính trễ hạn: ngày/tháng/năm, ví dụ 19/06/2026 (hoặc "
                                      f"2026-06-19), từ năm {FIRST_YEAR} đến hôm nay; ngày sau hôm nay bị từ chối. Trễ hạn tính theo "
                                      "ngày nhập, không theo đồng hồ của tệp; tệp ghi ngày lập sau ngày nhập được nêu "
                                      "tên để kiểm tra lại. Mặc "
                                      "định: ngày sửa đổi của từng tệp, tức ngày lưu tệp từ thư điện tử, nhưng không "
                                      "sớm hơn ngày lập tệp và không muộn hơn ngày đọc tệp (ngày sửa đổi sau ngày đọc "
                                      "tệp thì tính là ngày đọc tệp)")
    c.add_argument("--json", action="store_true", help="in kết quả từng tệp và số liệu đầy đủ dạng JSON")

    k = sub.add_parser("keys", help="(tỉnh) danh sách khóa ký của các đơn vị: xem, xác nhận, thu hồi")
    ksub = k.add_subparsers(dest="keys_command", required=True, parser_class=type(k))
    kl = ksub.add_parser("list", help="các khóa và trạng thái (Chờ xác nhận, Đã xác nhận, Đã thay, Thu hồi)")
    kl.add_argument("unit", nargs="?", help="mã hoặc tên đơn vị (mặc định: mọi đơn vị)")
    kl.add_argument("--json", action="store_true")
    kc = ksub.add_parser("confirm", help="xác nhận khóa của đơn vị sau khi so mã với mã in trên báo cáo giấy có chữ ký")
    kc.add_argument("unit", help="mã hoặc tên đơn vị")
    kc.add_argument("code", nargs="+", help="mã khóa in trên báo cáo giấy, ví dụ K7QX-3M2P-ABCD-EFGH")
    kc.add_argument("--shared", action="store_true",
                    help="khóa cũng ký tệp của đơn vị khác và một máy lập báo cáo cho cả hai đơn vị (giấy của hai "
                         "đơn vị cùng in mã này): xác nhận khóa dùng chung")
    kc.add_argument("--again", action="store_true",
                    help="xác nhận lại một khóa tỉnh đã thu hồi (chỉ khi việc thu hồi là nhầm: khóa bị thu hồi khi "
                         "máy của đơn vị bị mất hoặc khóa bị lộ, và mã khóa in trên mọi báo cáo giấy đơn vị đã gửi); "
                         "không có --again, lệnh nói ai đã thu hồi khóa, lúc nào, và không xác nhận")
    # allow_abbrev=False: "--ye" is not --yes (argparse takes a prefix of an option for it: R15, F4)
    kr = ksub.add_parser("revoke", help="thu hồi khóa đang dùng của đơn vị (máy bị mất, bị lộ)", allow_abbrev=False)
    kr.add_argument("unit", help="mã hoặc tên đơn vị")
    kr.add_argument("--code", help="thu hồi khóa có mã này thay vì khóa đang dùng")
    kr.add_argument("--yes", action="store_true",
                    help="thu hồi không hỏi lại (trong tập lệnh; không có --yes, lệnh nói khóa nào sẽ bị thu hồi "
                         "và hỏi trước)")
    kr.add_argument("after_unit", nargs="*", action=_CodeAfterOption, help=argparse.SUPPRESS)

    un = sub.add_parser("unsigned", help="(tỉnh) các bản chưa ký: xem, chấp nhận từng bản")
    unsub = un.add_subparsers(dest="unsigned_command", required=True, parser_class=type(un))
    ul = unsub.add_parser("list", help="các bản chưa ký đã nhận, đã hay chưa được chấp nhận")
    ul.add_argument("--period", help="chỉ kỳ này")
    ua = unsub.add_parser("accept", help="chấp nhận bản chưa ký của một đơn vị (tính vào tổng hợp)")
    ua.add_argument("unit", help="mã hoặc tên đơn vị")
    ua.add_argument("--period", required=True)
    ua.add_argument("--fingerprint", metavar="MÃ",
                    help="mã xác thực của bản đã đối chiếu với báo cáo giấy có chữ ký của đơn vị: ít nhất 16 ký tự "
                         "đầu, như unsigned list in (chữ số 0-9, chữ a-f); bắt buộc khi đơn vị có nhiều bản chưa ký "
                         "đang chờ; nhiều bản cùng mã xác thực thì gõ mã phiên bản nêu trong lời từ chối")
    ua.add_argument("--file", help="tên tệp, khi đơn vị gửi nhiều bản chưa ký")

    u = sub.add_parser("catalog-update", help="cập nhật bộ chỉ tiêu: tỉnh sửa và xuất, xã nhập")
    usub = u.add_subparsers(dest="catalog_command", required=True, parser_class=type(u))
    t = usub.add_parser("target", help="(tỉnh) sửa chỉ tiêu giao trong bản nháp")
    t.add_argument("--indicator", required=True)
    t.add_argument("--unit", help='mã đơn vị, hoặc "all" cho mọi đơn vị (chỉ tiêu tỉnh giao)')
    t.add_argument("--op", help="=, ≥ (>=), >, ≤ (<=), <")
    t.add_argument("--value", help="mức chỉ tiêu, ví dụ 96 hoặc Có")
    t.add_argument("--remove", action="store_true", help="bỏ chỉ tiêu giao của đơn vị này")
    a = usub.add_parser("assign", help="(tỉnh) giao một chỉ tiêu bổ sung cho các xã, phường")
    a.add_argument("--indicator", required=True)
    ai = usub.add_parser("add-indicator", help="(tỉnh) thêm chỉ tiêu vào bản nháp")
    ai.add_argument("--code", required=True, help="mã mới: chữ thường không dấu, số và _, ví dụ ho_ngheo_moi")
    ai.add_argument("--name", required=True, help="tên chỉ tiêu, có dấu")
    ai.add_argument("--unit", required=True, help="đơn vị tính")
    ai.add_argument("--kind", default="amount", choices=("amount", "ratio", "boolean"),
                    help="amount: một số; ratio: tử số / mẫu số (%%); boolean: Có/Không")
    ai.add_argument("--assigned", action="store_true", help="tỉnh giao (chỉ tiêu riêng từng đơn vị)")
    ai.add_argument("--applies-to", default="xã,phường", help='"xã", "phường" hoặc "xã,phường"')
    ai.add_argument("--direction", default="higher", choices=("higher", "lower"),
                    help="higher: càng cao càng tốt; lower: càng thấp càng tốt")
    ai.add_argument("--decimals", type=int, default=2, help="số chữ số thập phân khi hiển thị (mặc định 2)")
    ai.add_argument("--numerator-label", default="", help="tên tử số (chỉ tiêu tỷ lệ)")
    ai.add_argument("--denominator-label", default="", help="tên mẫu số (chỉ tiêu tỷ lệ)")
    usub.add_parser("show", help="những thay đổi của bản nháp so với bộ chỉ tiêu đang dùng")
    e = usub.add_parser("export", help="(tỉnh) phát hành bản nháp thành phiên bản mới, ghi tệp cập nhật và "
                                       "công văn gửi kèm (PDF in mã khóa của tỉnh)")
    e.add_argument("--version", required=True, help="ví dụ 2026.2")
    e.add_argument("--out", required=True, metavar="TỆP",
                   help="tệp cập nhật sẽ ghi, ví dụ bo-chi-tieu-2026.2.chitieu-catalog.json (thiếu đuôi "
                        ".chitieu-catalog.json thì được thêm); công văn gửi kèm ghi cạnh nó "
                        "(bo-chi-tieu-2026.2_cong-van.pdf)")
    i = usub.add_parser("import", help="(xã) nhập tệp cập nhật bộ chỉ tiêu của tỉnh")
    i.add_argument("file")
    i.add_argument("--code", help="mã khóa của tỉnh in trên công văn giấy có chữ ký, đóng dấu của tỉnh (hoặc Văn phòng "
                                  "UBND tỉnh đọc qua điện thoại), ví dụ K7QX-3M2P-ABCD-EFGH (chữ hoa hay thường, dấu "
                                  "cách hay gạch ngang đều được); bắt buộc ở lần nhập đầu tiên, khi máy ghi nhận khóa "
                                  "của tỉnh; không chép mã trong tệp hay trên tệp PDF gửi cùng thư")
    i.add_argument("--forgotten-key-confirmed", action="store_true",
                   help="Văn phòng UBND tỉnh đã xác nhận bằng văn bản rằng khóa ký tệp, khóa máy này đã bỏ vì không "
                        "phải khóa của tỉnh (forget-key --withdraw), đúng là khóa của tỉnh")
    usub.add_parser("key", help="(xã) xem khóa của tỉnh máy này đã ghi nhận: mã khóa và ngày ghi nhận")
    f = usub.add_parser("forget-key", help="(xã, quản trị) bỏ khóa của tỉnh đã ghi nhận (khóa giả, hoặc tỉnh đổi khóa); "
                                           "không ghi --code: xem khóa đang ghi nhận")
    f.add_argument("--code", help="mã khóa của tỉnh máy đang ghi nhận, gõ lại để xác nhận")
    f.add_argument("--withdraw", action="store_true", help="tỉnh chưa phát hành các phiên bản nhập theo khóa này "
                                                           "(bản cập nhật giả): thôi dùng chúng")


def _office(ws, *, auto_setup: bool = False):
    from desktop_app.database_mode import mode_of
    from desktop_app.province import ProvinceOffice

    office = ProvinceOffice(ws)
    if auto_setup and mode_of(ws.store) is None:
        office.setup()
        print("Cơ sở dữ liệu mới: đã chuyển sang chế độ cấp tỉnh.", file=sys.stderr)
    return office


def _province_setup(ws, args) -> int:
    office = _office(ws)
    s = office.setup(args.preparer, args.signer, args.signer_title, args.doc_prefix,
                     tuple(args.issuer) if args.issuer else None, args.recipient)
    print(f"Đã chọn chế độ cấp tỉnh: {' '.join(s.issuer)}; ký hiệu {s.doc_symbol}.")
    return 0


def _date(text, what: str = "Ngày báo cáo", what_en: str = "Report date"):
    """A date typed on the command line as the commune's `export --date` reads it (18/12/2026,
    or 2026-12-18), None when not given."""
    from desktop_app.core.typed_dates import read_report_date

    return read_report_date(text, what, what_en) if text else None


def _warn_if_copied(inbox) -> None:
    """The intake dialog's warning, on stderr (--json keeps stdout to the JSON): a folder whose
    files were all modified within minutes was copied in one go, and read by each file's own
    date every unit would count as received on the day of copying."""
    from desktop_app.copied_folder import folder_copied_at

    when = folder_copied_at(inbox)
    if when is not None:
        print(f"Cảnh báo: các tệp trong thư mục có cùng giờ sửa ({when:%H:%M %d/%m/%Y}), có vẻ vừa được chép "
              "sang: ngày nhận của từng tệp sẽ là ngày chép. Nên gõ ngày nhận thư: --received NGÀY/THÁNG/NĂM.",
              file=sys.stderr)


def _consolidate(ws, args) -> int:
    from desktop_app.core.intake import named_otherwise
    from desktop_app.core.intake_results import file_result_word, summary_text
    from desktop_app.core.keys import paper_code_asked
    from desktop_app.province_reports import EXPORT_NAMES

    office = _office(ws, auto_setup=True)
    report_date = _date(args.date)
    received = _date(args.received, "Ngày nhận", "Date of receipt")
    if report_date is not None and received is not None and report_date < received:
        raise InvalidInput(
            f"Ngày báo cáo (--date {report_date:%d/%m/%Y}) trước ngày nhận (--received {received:%d/%m/%Y}): báo cáo "
            f'sẽ ghi "Đến ngày {report_date:%d/%m/%Y}, đã nhận…" cả những báo cáo nhận sau ngày đó. Chưa đọc tệp nào.',
            field="--date")
    if args.pdf:  # no report without its signer's name: said before any file is read or written
        office.require_signer()
    kinds = [kind for kind in EXPORT_NAMES if getattr(args, kind)]
    if kinds:  # nor from a database changed outside the program and not checked yet: said at once too
        office.refuse_if_changed_outside(tuple(_listed([EXPORT_NAMES[k][n] for k in kinds], word)
                                               for n, word in enumerate(("và", "and"))))
    if received is None:
        _warn_if_copied(args.inbox)
    run = office.intake(args.inbox, args.period, received=received)
    writers = {"xlsx": office.export_xlsx,
               "pdf": partial(office.export_pdf, doc_number=args.number, report_date=report_date),
               "dhis2": office.export_dhis2, "adx": office.export_adx}
    asked = {kind: getattr(args, kind) for kind in writers if getattr(args, kind)}
    con = office.consolidation(args.period) if asked else None
    completeness = con.completeness if con is not None else office.checked_completeness(args.period)
    if "pdf" in asked and report_date is not None:  # before any file is written
        completeness.check_report_day(report_date)
    from desktop_app.core.dhis2_units import nothing_to_send

    # DHIS2 and ADX files that would hold no unit are not written (walk U10, F4), the others are
    empty = nothing_to_send(con, EXPORT_NAMES["dhis2"]) if con is not None else None
    not_written = {k: nothing_to_send(con, EXPORT_NAMES[k]) for k in ("dhis2", "adx") if k in asked and empty}
    outputs = {kind: str(writers[kind](args.period, path, consolidation=con)) for kind, path in asked.items()
               if kind not in not_written}
    dhis2 = [k for k in ("dhis2", "adx") if k in asked]
    if args.json:
        data = {"period": run.period, "folder": run.folder, "run": run.run_id,
                "received": run.received_on or None, "skipped": run.skipped, "companions": run.companions,
                "not_read": [{"name": name, "why": str(UNREAD[why])} for name, why in run.unread],
                # "result": what the window and the workbook call the file ("Hợp lệ, chưa tính (chưa ký)"…);
                # "class" stays what intake decided, for programs that read it already.
                "files": [{**r.as_json(), "result": file_result_word(r)} for r in run.results],
                "classes": run.counts,
                "completeness": completeness.as_json(), "outputs": outputs}
        if not_written:
            data["not_written"] = {k: str(why) for k, why in not_written.items()}
        if dhis2:  # the units whose key awaits confirmation, not in those files
            data["left_out_of_dhis2"] = [{"code": u.code, "name": u.name, "key_code": u.key_code}
                                         for u in office.dhis2_left_out(args.period, consolidation=con)]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        return 1 if not_written else 0
    names = {c.code: c.name for c in office.catalog.communes}
    for r in run.results:  # the window's and the workbook's word: a valid file not counted says so
        # a name carrying another unit's code said first, as on the file's line in the window and the workbook
        reason = " ".join(t for t in (named_otherwise(r.file_name, r.unit_code, names), r.reason) if t)
        print(f"{file_result_word(r)}: {r.file_name}: {reason}")
    print(summary_text(run))  # counted by those words: "Hợp lệ" only the files counted
    print(completeness.text + ".")
    if completeness.missing_units:
        print(completeness.reminder_text())
    held = completeness.units_in("held")
    if held:  # nothing refused: the province compares the key's code with the signed papers
        print(f"Chờ tỉnh đối chiếu khóa (số liệu chưa tính vào tổng hợp): {len(held)} đơn vị.")
        for u in held:
            print(f"- {u.name} (mã {u.code}): {paper_code_asked(u.reason)}")
    for line in refused_lines(completeness):
        print(line)
    for line in pdf_lines(office, args.period):
        print(line)
    for kind, path in outputs.items():
        print(f"Đã ghi {kind}: {path}")
    for why in not_written.values():
        print(why, file=sys.stderr)
    if dhis2:
        from exports.dhis2 import left_out_lines

        for line in left_out_lines(con, _listed([EXPORT_NAMES[k][0] for k in dhis2], "và")):
            print(line)
    return 1 if not_written else 0


def pdf_lines(office, period: str) -> list[str]:
    """The units whose report PDF, e-mailed beside their file, has no valid digital signature
    (unsigned, changed after signing, unreadable: red-team 15 found a crafted one said nowhere but
    in the window's "Chữ ký số (PDF)" column), each with its file and what the check found; the
    figures still come from the Excel files; then those validly signed whose pages could not be compared with
    the workbook (`PdfVerdict.CHUA_SO_TRANG_IN`: another version's), under their own heading. The first
    `REFUSED_SHOWN` of each, then how many more."""
    from desktop_app.core.pdf_signature import PdfVerdict
    from desktop_app.signature_check import pdf_signatures

    checks = pdf_signatures(office, period)
    found = [(u, checks[u.code]) for u in office.catalog.communes if u.code in checks and not checks[u.code].ok]
    # a valid signature whose pages were not compared (another version's workbook) is no invalid one (red-team R30 F1)
    not_compared = [(u, c) for u, c in found if c.verdict == PdfVerdict.CHUA_SO_TRANG_IN]
    bad = [(u, c) for u, c in found if c.verdict != PdfVerdict.CHUA_SO_TRANG_IN]
    lines: list[str] = []
    for heading, listed in (
            (f"Báo cáo PDF gửi kèm chưa có chữ ký số hợp lệ (số liệu vẫn lấy từ tệp Excel): {len(bad)} đơn vị.", bad),
            (f"Báo cáo PDF gửi kèm có chữ ký số nhưng chưa so được trang in với số liệu tệp Excel (số liệu vẫn lấy từ "
             f"tệp Excel, đừng dựa vào số liệu in trong tệp PDF): {len(not_compared)} đơn vị.", not_compared)):
        if not listed:
            continue
        lines.append(heading)
        for unit, check in listed[:REFUSED_SHOWN]:
            lines.append(f"- {unit.name} (mã {unit.code}), tệp {check.file_name}: {check.unreadable or check.summary}")
        if len(listed) > REFUSED_SHOWN:
            lines.append(f"… và {len(listed) - REFUSED_SHOWN} tệp khác: xem cột \"Chữ ký số (PDF)\" trong cửa sổ của tỉnh.")
    return lines


def _listed(names: list[str], word: str) -> str:
    """"a, b và c" (`word`: "và", "and")."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {word} {names[-1]}"


# The refused units a terminal lists: enough to act on a usual period (a handful), never thousands
# of lines; the consolidated workbook's "Tình hình gửi báo cáo" lists every one with its reason.
REFUSED_SHOWN = 20


def refused_lines(completeness) -> list[str]:
    """The units whose file was refused, each with the file and the reason intake recorded (the
    workbook's and the window's words), after the completeness line that only counts them ("trong
    đó 1 đơn vị có tệp bị từ chối"): the reviewer at a terminal sees which file to ask for again and
    why, including one refused in an earlier run from another folder, which this run's per-file
    lines do not show. The first `REFUSED_SHOWN`, then how many more."""
    from desktop_app.core.keys import paper_code_asked

    refused = completeness.units_in("refused")
    if not refused:
        return []
    lines = [f"Có tệp bị từ chối (số liệu chưa tính vào tổng hợp): {len(refused)} đơn vị."]
    for u in refused[:REFUSED_SHOWN]:
        where = f", tệp {u.file_name}" if u.file_name else ""
        lines.append(f"- {u.name} (mã {u.code}){where}: {paper_code_asked(u.reason)}")
    if len(refused) > REFUSED_SHOWN:
        lines.append(f"… và {len(refused) - REFUSED_SHOWN} tệp khác: xem đủ ở trang \"Tình hình gửi báo cáo\" của "
                     "bảng tổng hợp Excel (--xlsx).")
    return lines


def _catalog_update(ws, args) -> int:
    from desktop_app import catalog_update as cu
    from desktop_app.core.signing import typed_code

    cmd = args.catalog_command
    if cmd == "import":
        old, new, changes = cu.import_update(ws, args.file, typed_code(args.code, "Mã khóa của tỉnh (--code)", key=True),
                                             forgotten_key_confirmed=args.forgotten_key_confirmed)
        print(f"Đã cập nhật bộ chỉ tiêu từ phiên bản {old} lên {new}. Số liệu đã nhập và các kỳ đã duyệt "
              "không thay đổi.")
        for line in changes:
            print(f"  - {line}")
        return 0
    if cmd == "key":  # the province key recorded at the first import (catalog_import_rules.pinned_words)
        from desktop_app.catalog_import_rules import recorded_key_words

        print(recorded_key_words(ws))
        return 0
    if cmd == "forget-key":  # desktop_app/province_key_reset.py
        from desktop_app import province_key_reset as reset

        done = None if args.code is None else reset.forget_province_key(ws, typed_code(args.code, "Mã khóa của tỉnh (--code)", key=True), withdraw=args.withdraw)
        print("\n".join(reset.described(ws) if done is None else reset.done_lines(done)))
        return 0
    office = _office(ws)
    office._require_province()
    if cmd == "target":
        if not args.remove and (args.op is None or args.value is None):
            raise InvalidInput("catalog-update target cần --op và --value (hoặc --remove).")
        op, value = (None, None) if args.remove else (args.op, args.value)
        changes = cu.edit(ws, cu.set_target, args.indicator, op, value, unit=args.unit)
        for line in changes.replaced:  # an earlier edit of the draft set anew: said, never silently (walk U10 F5)
            print(f"Lưu ý: {line}")
        if changes.replaced:
            print(f"Để giữ mức riêng của một đơn vị, giao lại cho đơn vị đó: chitieu catalog-update target "
                  f"{args.indicator} --unit MÃ_ĐƠN_VỊ --op … --value ….")
    elif cmd == "assign":
        changes = cu.edit(ws, cu.assign, args.indicator)
    elif cmd == "add-indicator":
        changes = cu.edit(ws, cu.add_indicator, args.code, args.name, args.unit, args.kind,
                          assigned=args.assigned,
                          applies_to=tuple(k.strip() for k in args.applies_to.split(",")),
                          direction=args.direction, decimals=args.decimals,
                          numerator_label=args.numerator_label, denominator_label=args.denominator_label)
    elif cmd == "show":
        changes = cu.describe_changes(ws.catalog.document, cu.draft(ws))
    else:  # export
        update = cu.publish(ws, args.version, args.out)
        print(f"Đã phát hành bộ chỉ tiêu phiên bản {update['catalog_version']} (từ {update['base_version']}), "
              f"mã xác thực {update['fingerprint'][:16]}: {update['path']}")
        print(f"Công văn gửi kèm (in, ký, đóng dấu rồi gửi các xã, phường theo đường công văn, không gửi chung "
              f"thư với tệp cập nhật): {update['cover_note']}")
        print(f"Ký bằng khóa của tỉnh, mã khóa {update['key_code']}: mã này in trên công văn gửi kèm; các xã, "
              "phường gõ mã từ công văn ở lần cập nhật đầu tiên và từ đó chỉ nhận bản cập nhật do khóa này ký.")
        for line in update["changes"]:
            print(f"  - {line}")
        return 0
    print(f"Bản nháp bộ chỉ tiêu (so với phiên bản {ws.catalog.version}):" if changes
          else "Bản nháp chưa có thay đổi nào.")
    for line in changes:
        print(f"  - {line}")
    return 0


def _keys(ws, args) -> int:
    from desktop_app.core.keys import ended_text, shared_note
    from desktop_app.core.signing import typed_code

    office = _office(ws)
    cmd = args.keys_command
    if cmd == "list":
        keys = office.keys(args.unit)
        if args.json:
            sys.stdout.write(json.dumps([{**k.as_json(), "first_received": k.first_received,
                                          "reconfirmed": k.reconfirmed or None} for k in keys],
                                        ensure_ascii=False, indent=1) + "\n")
            return 0
        if not keys:
            print("Chưa có khóa nào: tỉnh chưa nhận tệp có chữ ký nào" + (f" của {args.unit}." if args.unit else "."))
        for k in keys:
            mark = f"  DÙNG CHUNG: {k.shared}" if k.shared else ""
            print(f"{k.unit_code} {k.unit_name:28} {k.key_code}  {k.state:13} {_key_history(k)}{mark}")
        return 0
    if cmd == "confirm":
        key = office.confirm_key(args.unit, " ".join(args.code), shared=args.shared, again=args.again)
        print(f"Đã xác nhận khóa {key.key_code} của {key.unit_name} (mã {key.unit_code}). Từ nay tỉnh chỉ nhận tệp của "
              "đơn vị này ký bằng khóa đó.")
        if key.others:
            print(f"Khóa dùng chung: {shared_note(list(key.others), _name_of(office))}")
        if key.ended:
            print(ended_text(key.ended))
        if key.kept:
            print(key.kept)
        if key.refused:
            print(key.refused)
        return 0
    code = typed_code(args.code, "Mã khóa (--code)", key=True)
    if not args.yes:
        asked = _revoke_asked(office, args.unit, code)
        if asked is None:
            print("Không thu hồi: khóa vẫn như trước.")
            return 1
        # the key the question named, not the unit's key found again: another window may have
        # confirmed another meanwhile (red-team R15, F2: the key just confirmed was revoked)
        code = asked or code
    key = office.revoke_key(args.unit, code)
    print(f"Đã thu hồi khóa {key.key_code} của {key.unit_name} (mã {key.unit_code}): {key.effect}")
    return 0


def _revoke_asked(office, unit: str, code: str | None) -> str | None:
    """`keys revoke` without --yes (walk U5, F3: it revoked at once, the unit typed loosely): the unit
    (name and code) and key it would revoke, and what that means (`revoke_question`, the window's
    words), then "Thu hồi? (c/K)", No the default. Without a terminal it refuses, saying to add
    --yes. A key it cannot find, or revoked already, is left to `revoke_key` to refuse. The code of
    the key asked about ("" for one left to refuse), or None for No."""
    from desktop_app.core.keys import KeyState, find_by_code
    from desktop_app.core.users import Permission
    from desktop_app.key_register import CONFIRMING
    from desktop_app.terminal_ask import answered_yes, at_a_terminal

    c = office.catalog.resolve_commune(unit)  # a name matching several units is refused, naming them
    office.ws.require(Permission.APPROVE, CONFIRMING)  # refused before asking, not after
    key = find_by_code(office.keys(c.code), code) if code else office.key_state(c.code)
    if key is None or key.state == KeyState.THU_HOI:
        return ""
    command = f"chitieu keys revoke {c.code}" + (f" --code {key.key_code}" if code else "") + " --yes"
    if not at_a_terminal():
        raise InvalidInput(f"Chưa thu hồi khóa {key.key_code} của {c.name} (mã {c.code}): lệnh hỏi lại trước khi "
                           f"thu hồi, mà không có bàn phím để trả lời. Trong tập lệnh, thêm --yes ({command}).",
                           field="Thu hồi khóa")
    body = office.revoke_question(c.code, key.key_code).split("\n\n", 1)[-1]
    print(f"Sắp thu hồi khóa {key.key_code} của {c.name} (mã {c.code}).\n\n{body}\n")
    return key.key_code if answered_yes("Thu hồi? (c/K) ") else None


def _name_of(office):
    names = {c.code: c.name for c in office.catalog.communes}
    return lambda code: names.get(code, code)


def _key_history(k) -> str:
    """When the key's first file came and what became of the key since. The date of receipt of its
    first stored file (dd/mm/yyyy), what a reviewer compares with the deadline, as the window's
    "Nhận lần đầu" column, with the file and when the program read it; a key none of whose files
    is stored (refused), its first file's date of receipt, said refused, or, read before the intake log
    recorded it (schema 15), the time its first file was read, said as such. It printed that reading
    time for every key ('đọc tệp đầu tiên lúc 02:24 03/12/2026' for a report received on 19/06/2026)."""
    file = f"{k.first_file}, " if k.first_file else ""
    if k.first_received:
        day = dt.date.fromisoformat(k.first_received)
        refused = "; tệp bị từ chối, chưa lưu tệp nào ký bằng khóa này" if k.none_stored else ""
        parts = [f"nhận lần đầu {format_date(day)} ({file}đọc lúc {_when(k.first_seen)}{refused})"]
    else:
        # the window's "đọc 05/12/2026": a file read before the log recorded its date of receipt (walk 29, M2)
        parts = [f"đọc tệp đầu tiên lúc {_when(k.first_seen)} ({file}chưa lưu tệp nào ký bằng khóa này, "
                 "nên không có ngày nhận)"]
    if k.confirmed_at:
        parts.append(f"xác nhận {_when(k.confirmed_at)} bởi {k.confirmed_by}")
    if k.revoked_at:
        parts.append(f"{'thay' if k.state == 'Đã thay' else 'thu hồi'} {_when(k.revoked_at)} bởi {k.revoked_by}")
    if getattr(k, "reconfirmed", ""):  # a revoked key confirmed again: the revocation stays said (walk U10, F1)
        parts.append(k.reconfirmed)
    return "; ".join(parts)


def _when(at) -> str:
    """A moment the province's program recorded, in Vietnam time as the dates of receipt beside it
    (a UTC computer printed "nhận lần đầu 04/12/2026 (… đọc lúc 18:35 03/12/2026)")."""
    from desktop_app.core.intake import vietnam_when_text

    return vietnam_when_text(at or "")


def _approval(r) -> str:
    """A version's approval as the window's Duyệt column says it (ui.province_key_lists.approval_text),
    from the same `UnsignedRow`: a draft and the approved report of the same figures share the
    fingerprint, and only this tells them apart."""
    if not r.approved:
        return "BẢN DỰ THẢO, chưa duyệt"
    day = format_date(r.approved_on) if r.approved_on else ""
    if day and r.approved_by:
        return f"Đã duyệt ngày {day}, người duyệt {r.approved_by}"
    return f"Đã duyệt ngày {day}" if day else "Đã duyệt"


def _unsigned(ws, args) -> int:
    office = _office(ws)
    if args.unsigned_command == "list":
        rows = office.unsigned(args.period)
        if not rows:
            print("Không có bản chưa ký nào" + (f" trong kỳ {args.period}." if args.period else "."))
        names = {c.code: c.name for c in office.catalog.communes}
        for r in rows:
            state = f"đã chấp nhận {_when(r.accepted_at)} bởi {r.accepted_by}" if r.accepted_at else "chờ chấp nhận"
            kept = ", đang giữ" if r.current else ""
            print(f"{r.period:8} {r.unit_code} {names.get(r.unit_code, ''):28} {r.file_name}: mã xác thực "
                  f"{r.fingerprint[:16]}; Duyệt: {_approval(r)}; Lập lúc: {r.made_at or 'không ghi'}; {state}{kept}")
        return 0
    row = office.accept_unsigned(args.unit, args.period, args.file, fingerprint=args.fingerprint)
    name = office.catalog.commune_by_code(row.unit_code).name
    kept = "đang được giữ và tính vào tổng hợp" if row.current else "được lưu; đơn vị có bản khác được ưu tiên"
    print(f"Đã chấp nhận bản chưa ký của {name}, kỳ {row.period} (tệp {row.file_name}, mã xác thực "
          f"{row.fingerprint[:16]}): {kept}.")
    return 0


COMMANDS = {
    "province-setup": _province_setup,
    "consolidate": _consolidate,
    "catalog-update": _catalog_update,
    "keys": _keys,
    "unsigned": _unsigned,
}
