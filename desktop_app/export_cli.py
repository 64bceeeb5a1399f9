"""`chitieu export`: the period's report files for the province, and with --mail the mail
draft that carries them. Registered into `desktop_app.cli` (same parser, same error handling).
Kept apart from cli.py for its refusals: the signed pair in the folder, and a document number or
date the files already there do not carry, and a number left out for an approval whose period went out with a
number under an earlier approval (walk U20 F4: it silently locked a blank number in)."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.doc_number import ByHand
from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import format_time, in_sentence
from desktop_app.core.validation import one_line

if TYPE_CHECKING:
    from desktop_app.services import Workspace


def _refuse_over_signed(ws: Workspace, args) -> None:
    """A new workbook beside the digitally signed report would not name it: not without
    --replace (as the window asks first)."""
    from desktop_app.core.pdf_signature import signed_name

    signed = Path(args.out) / signed_name(ws.submission(args.period).file_stem)
    if signed.exists() and not args.pdf_only and not args.replace:
        raise InvalidInput(
            f"Thư mục {args.out} có báo cáo đã ký số {signed.name}: xuất lại sẽ thay tệp Excel mang mã của "
            "bản ký số đó. Gửi nguyên cặp tệp đã ký: chitieu export --mail; xuất lại rồi ký số lại: thêm --replace.",
            field="Thư mục xuất",
            en=f"{args.out} holds the digitally signed report {signed.name}: exporting again replaces the Excel file "
               "that names it. To send the signed pair as it is: chitieu export --mail; to export again and sign "
               "again: add --replace.")


def _refuse_other_document(sent, number: str | None, date: dt.date | None) -> None:
    """--mail sends the files already in the folder as they are: a document number or date given
    that they do not carry is refused, not silently dropped."""
    from desktop_app.core.doc_number import printed_number

    symbol = sent.doc_symbol  # "01/BC-UBND" is the number 01 the files carry; "" (the default) is none given
    if number is not None and printed_number(number, symbol) in ("", printed_number(sent.doc_number, symbol)):
        number = None
    if number is None and (date is None or date == sent.report_date):
        return
    said = f"số {sent.doc_number or '(để trống)'}, ngày {sent.report_date:%d/%m/%Y}"
    raise InvalidInput(
        f"Thư mục đã có báo cáo xuất lúc {format_time(sent.generated_at)} ({said}); --mail gửi nguyên các tệp đó, "
        "nên không ghi được --number/--date khác. Gửi nguyên: bỏ --number, --date. Đổi số hoặc ngày: xuất lại "
        "(chitieu export … --number … --date …, thêm --replace nếu đã ký số, rồi ký số lại) rồi --mail.",
        field="Số văn bản" if number is not None else "Ngày báo cáo",
        en=f"The folder already holds the report exported at {format_time(sent.generated_at)} (number "
           f"{sent.doc_number or '(blank)'}, dated {sent.report_date:%d/%m/%Y}); --mail sends those files as they "
           "are, so another --number/--date cannot be written. To send them as they are: leave out --number and "
           "--date. To change the number or date: export again (chitieu export … --number … --date …, with "
           "--replace if it was signed, then sign again), then --mail.")


def _date_hint(ws: Workspace, period: str, err: InvalidInput) -> InvalidInput:
    """An approved report refused for being dated today, before its figures end: at the command line
    the date the leader will sign it on can be given now, which the refusal alone does not say (the
    window's number and date box proposes it)."""
    from desktop_app.core.periods import earliest_report_date, parse_period
    from desktop_app.core.vietnam_time import stated_day

    p = parse_period(period)
    sub = ws.submission(p)
    day = earliest_report_date(p, ws.today(), ws.settings.rules, approved=stated_day(sub.approved_at)) \
        if sub.approved else None
    if day is None or day <= ws.today():
        return err
    return InvalidInput(f"{err.message} Hoặc đề ngày Lãnh đạo sẽ ký ngay bây giờ: thêm --date {day:%d/%m/%Y} "
                        "(hoặc một ngày sau đó).", field=err.field,
                        en=err.en and f"{err.en} Or date it now with the day the leader will sign it: add --date "
                                      f"{day:%d/%m/%Y} (or a later day).")


def _earlier_numbered(ws: Workspace, args, date: dt.date | None):
    """`issued_reports.Numbering` when this approval of the period is not issued yet and an earlier approval of it
    went out with a number (reopened, corrected, approved again), for the year of the report date; else None."""
    from desktop_app.issued_reports import numbering

    sub = ws.submission(args.period)
    if not sub.approved or ws.issued(args.period) is not None:
        return None
    known = numbering(ws, sub, (date or ws.today()).year)
    return known if known.earlier is not None else None


def _refuse_number_left_out(ws: Workspace, args, date: dt.date | None) -> None:
    """Without --number (nor --handwritten), an approval whose period went out with a number under an earlier one
    is refused, naming that number and the next free, as the window's number box says them."""
    if one_line(args.number) and args.handwritten:
        raise InvalidInput("--handwritten để trống số văn bản: không dùng cùng --number", field="--handwritten",
                           en="--handwritten leaves the document number blank: not with --number")
    if one_line(args.number) or args.handwritten or (known := _earlier_numbered(ws, args, date)) is None:
        return
    said, said_en = known.earlier.issued.said()
    year = (date or ws.today()).year
    number = f"{known.next_number}/{known.earlier.issued.symbol}"
    raise InvalidInput(
        f"Lần duyệt trước của kỳ này đã xuất gửi tỉnh với {said}. Lần duyệt này cần số văn bản riêng: số tiếp theo "
        f"năm {year} là {number}. Chạy lại lệnh với --number {known.next_number}, hoặc thêm --handwritten để để trống "
        "số, viết tay trên bản in. Chưa ghi tệp nào.", field="Số văn bản",
        en=f"An earlier approval of this period went out for the province as {said_en}. This approval takes a number "
           f"of its own: the next in {year} is {number}. Run the command again with --number {known.next_number}, "
           "or add --handwritten to leave the number blank and write it by hand on the paper. No file was written.")


def export_command(ws: Workspace, args) -> int:
    """`chitieu export`: the period's PDF and workbook into --out; with --mail, the mail draft
    with them (the files already there when they are the current export)."""
    from desktop_app.core.typed_dates import read_report_date

    date = read_report_date(args.date) if args.date else None  # 18/12/2026 or 2026-12-18
    try:
        return _export(ws, args, date)
    except InvalidInput as err:
        if date is None and err.field == "Ngày báo cáo":
            raise _date_hint(ws, args.period, err) from None
        if isinstance(err, ByHand):  # a number written by hand: here, none given (walk U17)
            if _earlier_numbered(ws, args, date) is not None:  # left out, it is refused: --handwritten says it
                raise err.saying_how("chạy lại lệnh với --handwritten thay cho --number",
                                     "run the command again with --handwritten instead of --number") from None
            raise err.saying_how("chạy lại lệnh không có --number", "run the command again without --number") from None
        raise


def _export(ws: Workspace, args, date: dt.date | None) -> int:
    from desktop_app.services import export_period

    if args.mail:
        if args.pdf_only or args.xlsx_only:
            raise InvalidInput("--mail gửi kèm cả hai tệp: không dùng cùng --pdf-only, --xlsx-only", field="--mail")
        from desktop_app.core.words import Words
        from desktop_app.mail import files_in_the_way, plan_mail, prepare_mail

        plan = plan_mail(ws, args.period, args.out)
        if plan.ready is None and plan.in_the_way and not args.replace:
            raise files_in_the_way(plan, Words(" (thêm --replace)", " (add --replace)"))
        if plan.ready is not None:
            _refuse_other_document(plan.ready.submission, args.number, date)
        else:
            _refuse_number_left_out(ws, args, date)
        draft = prepare_mail(ws, args.period, args.out, doc_number=args.number, report_date=date,
                             replace=args.replace)
        result = draft.export
    else:
        _refuse_over_signed(ws, args)
        _refuse_number_left_out(ws, args, date)
        result = export_period(ws, args.period, args.out, pdf=not args.xlsx_only, xlsx=not args.pdf_only,
                               doc_number=args.number, report_date=date)
    sub = result.submission
    state = "" if sub.approved else " (DỰ THẢO: kỳ chưa được duyệt)"
    if args.mail and not draft.exported:
        signed = ", báo cáo đã ký số" if draft.signed else ""
        print(f"Không xuất lại: thư mục đã có tệp của {sub.unit_name}, {in_sentence(sub.period_name)}{state}{signed}, "
              f"xuất lúc {format_time(sub.generated_at)}; gửi nguyên các tệp đó:")
    else:
        print(f"Đã xuất {sub.unit_name}, {in_sentence(sub.period_name)}{state}:")
    for path in result.paths:
        print(f"  {path}")
    print(f"Mã xác thực: {sub.short_fingerprint} (đầy đủ: {sub.fingerprint})")
    if sub.approved and (drifts := ws.drift(args.period)):  # walk U11 F6: the stale paper went out unsaid
        from desktop_app.reading_cli import drift_line

        print(f"Chú ý: báo cáo giữ số đã duyệt, nhưng số liệu của kỳ khác mà nó dùng đã được sửa sau khi duyệt "
              f"({len(drifts)} chỉ tiêu khác nếu tính lại):", file=sys.stderr)
        for d in drifts:
            print(f"  ! {drift_line(d)}", file=sys.stderr)
        print(f"Muốn báo cáo dùng số đã sửa, Lãnh đạo mở lại {in_sentence(sub.period_name)} rồi duyệt lại và xuất "
              "lại.", file=sys.stderr)
    if args.mail:
        print(f"Thư soạn sẵn gửi {draft.to or '(chưa có địa chỉ tỉnh: chitieu setup --province-email)'}: {draft.path}")
    return 0

