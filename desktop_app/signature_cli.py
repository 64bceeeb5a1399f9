"""The digital signature's commands: `sign` and `signature-setup` (commune), `trust` (province),
and what `chitieu verify FILE.pdf` prints. Registered into `desktop_app.cli` (same parser, same
error handling: a refusal prints one Vietnamese line on stderr and exits with status 2).

The token's PIN comes from CHITIEU_TOKEN_PIN or a prompt, a PKCS#12 file's password from
CHITIEU_P12_PASSWORD or a prompt (the organisation's: CHITIEU_ORG_TOKEN_PIN,
CHITIEU_ORG_P12_PASSWORD); none is ever stored.
"""
from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

from desktop_app.core.errors import InvalidInput


def add_parsers(sub) -> None:
    s = sub.add_parser("sign", help="Lãnh đạo ký số báo cáo PDF đã xuất của kỳ đã duyệt (chữ ký số, PAdES); ghi "
                                    "<tệp>_ky-so.pdf và ghi lại tệp Excel kèm mã của bản PDF đã ký")
    s.add_argument("--period", required=True)
    source = s.add_mutually_exclusive_group()
    source.add_argument("--pkcs11", metavar="TỆP_THƯ_VIỆN",
                        help="tệp thư viện PKCS#11 của thiết bị ký số (.dll; mặc định: tệp đã chọn trong Cài đặt); "
                             "mã PIN lấy từ CHITIEU_TOKEN_PIN hoặc được hỏi")
    source.add_argument("--p12", metavar="TỆP_P12",
                        help="ký bằng tệp chứng thư số .p12/.pfx; mật khẩu lấy từ CHITIEU_P12_PASSWORD hoặc được hỏi")
    s.add_argument("--token", metavar="TÊN_THIẾT_BỊ", help="tên thiết bị ký số khi cắm nhiều thiết bị")
    s.add_argument("--out", default=".", metavar="THƯ_MỤC",
                   help="thư mục đã xuất báo cáo (mặc định: thư mục hiện tại); tệp đã ký ghi vào đây")
    s.add_argument("--tsa", metavar="ĐỊA_CHỈ", help="máy chủ cấp dấu thời gian (mặc định: trong Cài đặt; không bắt "
                                                     "buộc)")

    c = sub.add_parser("signature-setup", help="(quản trị) cài đặt chữ ký số: thiết bị ký, ảnh chữ ký, chữ ký của "
                                               "cơ quan; để trống một giá trị (\"\") để bỏ")
    for name, metavar, text in (
            ("pkcs11", "TỆP_THƯ_VIỆN", "tệp thư viện PKCS#11 của thiết bị ký số (.dll)"),
            ("token", "TÊN_THIẾT_BỊ", "tên thiết bị ký số của người ký"),
            ("image", "TỆP_PNG", "ảnh chữ ký tay của người ký (PNG nền trong suốt)"),
            ("org_token", "TÊN_THIẾT_BỊ", "thiết bị ký số của cơ quan (cùng thư viện PKCS#11)"),
            ("org_p12", "TỆP_P12", "hoặc tệp chứng thư số .p12 của cơ quan"),
            ("seal_image", "TỆP_PNG", "ảnh dấu của cơ quan (PNG màu đỏ, nền trong suốt)"),
            ("tsa", "ĐỊA_CHỈ", "máy chủ cấp dấu thời gian (không bắt buộc)")):
        c.add_argument(f"--{name.replace('_', '-')}", dest=name, metavar=metavar, help=text)

    t = sub.add_parser("trust", help="(tỉnh) chứng thư gốc tin cậy để kiểm tra chữ ký số trên báo cáo PDF")
    tsub = t.add_subparsers(dest="trust_command", required=True, parser_class=type(t))
    ta = tsub.add_parser("add", help="nhập chứng thư gốc, chứng thư trung gian (.cer, .crt, .pem)")
    ta.add_argument("files", nargs="+", metavar="TỆP", help="tệp chứng thư (.cer, .crt, .pem), một hoặc nhiều")
    tsub.add_parser("list", help="các chứng thư gốc đang tin cậy")
    tr = tsub.add_parser("remove", help="bỏ một chứng thư gốc")
    tr.add_argument("code", metavar="MÃ", help="mã chứng thư (16 chữ số đầu, như lệnh list in)")


SETUP_FIELDS = {"pkcs11": "pkcs11_module", "token": "token_label", "image": "image", "org_token": "org_token_label",
                "org_p12": "org_p12", "seal_image": "seal_image", "tsa": "tsa_url"}


def _secret(env: str, prompt: str, what: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput(f"Không có {what}: đặt biến môi trường {env} khi chạy không có bàn phím.", field=what)
    import getpass

    return getpass.getpass(prompt)


def _sign(ws, args) -> int:
    from desktop_app import certificates as cert
    from desktop_app.core.pdf_signature import read_time
    from desktop_app.report_signing import refuse_unless_may_sign, sign_report, signature_settings

    refuse_unless_may_sign(ws, args.period)  # before the settings, any password or PIN
    settings = signature_settings(ws)
    if args.p12:
        password = _secret("CHITIEU_P12_PASSWORD", f"Mật khẩu tệp {Path(args.p12).name}: ", cert.P12_FIELD)
        leader = cert.KeySource("p12", args.p12, secret=password)
    else:
        module = args.pkcs11 or settings.pkcs11_module
        if not module:
            cert.key_sources(settings)  # refuses, saying where to choose the module
        token = cert.KeySource("pkcs11", module, settings.token_label if args.token is None else args.token)
        leader = replace(token, secret=_secret("CHITIEU_TOKEN_PIN", f"Mã PIN của {token.what}: ", cert.PIN_FIELD))
    org = cert.org_source(settings)
    if org is not None:
        env = "CHITIEU_ORG_P12_PASSWORD" if org.kind == "p12" else "CHITIEU_ORG_TOKEN_PIN"
        what = cert.P12_FIELD if org.kind == "p12" else cert.PIN_FIELD
        org = replace(org, secret=_secret(env, f"{what} của {org.what} (chữ ký của cơ quan): ", what))
    def warned(warning) -> bool:  # said before the certificate signs; the leader decided by running the command
        print(f"Cảnh báo: {warning} Vẫn ký số theo lệnh.", file=sys.stderr)
        return True

    result = sign_report(ws, args.period, args.out, leader, org, tsa_url=args.tsa, confirm=warned)
    level = "PAdES B-T, có dấu thời gian" if result.timestamped else "PAdES B-B"
    print(f"Đã ký số ({level}) bởi {', '.join(result.signers)} lúc {read_time(result.signed_at)}:")
    print(f"  {result.pdf}")
    print(f"Đã ghi lại {result.xlsx.name} kèm mã SHA-256 của bản PDF đã ký: {result.sha256}")
    if result.notice:
        print(result.notice)
    print("Gửi tỉnh cả hai tệp (bản PDF đã ký số và tệp Excel).")
    return 0


def _signature_setup(ws, args) -> int:
    from desktop_app.report_signing import set_signature_settings, signature_settings

    values = {SETUP_FIELDS[k]: v for k, v in vars(args).items() if k in SETUP_FIELDS and v is not None}
    settings = set_signature_settings(ws, **values) if values else signature_settings(ws)
    from desktop_app.core.pdf_signature import SETTING_KEYS

    for key, label in SETTING_KEYS.items():
        print(f"{label}: {getattr(settings, key.removeprefix('signature_')) or '(chưa đặt)'}")
    return 0


def _trust(ws, args) -> int:
    from desktop_app import trust_roots as tr
    from desktop_app.province_cli import _office

    office = _office(ws)
    cmd = args.trust_command
    if cmd == "add":
        added = tr.import_trust_roots(office, args.files)
        for root in added:
            print(f"Đã nhập chứng thư gốc {root.code} {root.subject} (hiệu lực đến {root.not_after:%d/%m/%Y}); mã "
                  f"SHA-256 đầy đủ {root.sha256}: so với mã CA công bố, khác thì bỏ ngay (chitieu trust remove "
                  f"{root.code}).")
        if not added:
            print("Các chứng thư trong tệp đã có trong danh sách tin cậy: không thêm gì.")
        print("Kiểm tra lại các bản PDF đã nhận: nhận lại thư mục (chitieu consolidate THƯ_MỤC --period KỲ).")
        return 0
    if cmd == "list":
        roots = tr.trust_roots(office)
        if not roots:
            print("Chưa có chứng thư gốc nào: chữ ký số trên báo cáo PDF chưa được coi là tin cậy. Nhập bằng "
                  "chitieu trust add TỆP.")
        for root in roots:
            print(f"{root.code}  {root.subject}  (hiệu lực đến {root.not_after:%d/%m/%Y})")
        return 0
    root = tr.remove_trust_root(office, args.code)
    print(f"Đã bỏ chứng thư gốc {root.code} {root.subject}: chữ ký chỉ dựa vào chứng thư này không còn tin cậy.")
    return 0


def verify_pdf_file(args) -> int:
    """`chitieu verify FILE.pdf`: the file's signatures, checked against the trust roots of the
    province database here (or the certificates given with --trust), and against the Excel file
    beside it: the SHA-256 it states, the report it is, and the pages the report renders from it.
    0: valid and trusted; 1: not; 2: not a readable PDF."""
    from desktop_app.core.pdf_signature import SIGNED_SUFFIX
    from desktop_app.signature_check import verify_pdf
    from desktop_app.trust_roots import read_certificates

    path = Path(args.file)
    expected = generated_at = document = ""
    beside = None
    xlsx = path.with_name(path.name.removesuffix(".pdf").removesuffix(SIGNED_SUFFIX) + ".xlsx")
    if xlsx.is_file():
        from desktop_app.core.errors import BadSubmission
        from desktop_app.core.report_info import report_document
        from exports.submission_reader import read_submission

        try:
            beside = read_submission(xlsx)
            expected, generated_at = beside.signed_pdf_sha256, beside.generated_at
            # the report of that unit, period and figures, as the province's intake compares it
            document = report_document(beside.unit_code, beside.period, beside.fingerprint)
        except BadSubmission:
            expected, beside = "", None
    province_roots, held = _province(args, beside)
    roots = [r.der for f in (args.trust or []) for r in read_certificates(f)] + province_roots
    check = verify_pdf(path, roots, expected, document, beside, held)  # its pages compared with the workbook's report
    if check.unreadable:
        print(f"Lỗi: {check.unreadable}", file=sys.stderr)
        return 2
    paper, matches = _paper_code(check, getattr(args, "code", None))
    ok = check.ok and matches is not False
    out = sys.stdout if ok else sys.stderr
    for line in check.lines():
        print(line, file=out)
    if expected == "" and xlsx.is_file():
        from desktop_app.signature_check import unnamed_by_workbook

        note = unnamed_by_workbook(xlsx.name, generated_at, check)
        if note:
            print(note, file=out)
    if paper:
        print(paper, file=out)
    return 0 if ok else 1


def _paper_code(check, code: str | None) -> tuple[str, bool | None]:
    """What `--code` (the code printed on the paper report) says of a signed PDF: compared with the
    fingerprint the PDF's signed Subject states, never ignored (red-team R3 F5: a wrong code left the
    verdict "hợp lệ", and the person who typed it believed it matched). ("", None) without a code."""
    if code is None:
        return "", None
    from desktop_app.core.submission import SHORT_FINGERPRINT  # as `matches_paper` reads a workbook's code

    typed = "".join(c for c in code.lower() if c.isalnum())
    shown = code.strip()[:40]
    stated = check.identity.fingerprint
    if not stated:
        return (f"Tệp PDF không ghi mã xác thực của báo cáo: không so được với mã in trên báo cáo giấy ({shown}).",
                False)
    if any(c not in "0123456789abcdef" for c in typed):  # a key code: the PDF states none
        return (f"Mã {shown} không phải mã xác thực (16 chữ số và chữ a–f): tệp PDF chỉ ghi mã xác thực nên chưa "
                "so được; mã khóa so bằng lệnh chitieu verify với tệp .xlsx gửi kèm."), False
    if len(typed) >= SHORT_FINGERPRINT and stated.startswith(typed):
        return (f"Mã in trên báo cáo giấy ({shown}) khớp mã xác thực tệp PDF ghi ({stated[:16]}): tệp PDF là "
                "bản báo cáo mang mã đó."), True
    return (f"Mã in trên báo cáo giấy ({shown}) KHÔNG khớp mã xác thực tệp PDF ghi ({stated[:16]}): tệp PDF "
            "không phải bản báo cáo in trên giấy đó."), False


def _province(args, beside) -> tuple[list[bytes], tuple | None]:
    """The trust roots of the database here, if there is one (never made by a check), and, when it is
    the province's, the versions it received of the unit and period of the workbook `beside` the PDF
    (`signed_pages.approvals_received`: what a re-approval's paper may say it replaces); None elsewhere:
    a commune's computer, or no workbook, cannot tell ("chưa đối chiếu được với các bản tỉnh đã nhận")."""
    import base64

    from desktop_app.data_folder import DB_NAME, default_data_dir

    path = Path(args.data_dir or default_data_dir()) / DB_NAME
    if not path.is_file():
        return [], None
    from db.store import Store
    from desktop_app.core.errors import ChiTieuError
    from desktop_app.database_mode import MODE_PROVINCE, mode_of
    from desktop_app.signed_pages import approvals_received

    try:
        store = Store(path, read_only=True)  # a check looks: never migrates nor writes it
    except ChiTieuError as err:  # the roots cannot be read: the signatures are checked without them
        print(f"(Không đọc được chứng thư gốc của cơ sở dữ liệu cấp tỉnh: {err.message})", file=sys.stderr)
        return [], None
    try:
        province = beside is not None and mode_of(store) == MODE_PROVINCE
        return ([base64.b64decode(row[3]) for row in store.trust_roots()],
                approvals_received(store, beside) if province else None)
    finally:
        store.close()


COMMANDS = {"sign": _sign, "signature-setup": _signature_setup, "trust": _trust}
