"""The command line's parser, wholly in Vietnamese: argparse's own words ("usage:",
"options", "the following arguments are required") translated, every value's placeholder a
Vietnamese word instead of the option's English name, and the options every command shares
(--period, --json, --indicator…) given one help line here so none is left without.

argparse looks its words up through the module's `_` and `ngettext` at the moment it prints
them; replacing those two is the way its documentation leaves for translating it.
"""
from __future__ import annotations

import argparse


_WORDS = {
    "usage: ": "Cách dùng: ",
    "options": "tùy chọn",
    "positional arguments": "tham số",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không hiểu được: %s",
    "expected one argument": "cần một giá trị sau tùy chọn này",
    "expected at most one argument": "chỉ nhận tối đa một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r không hợp lệ (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "%(value)r không phải giá trị hợp lệ (%(type)s)",
    "not allowed with argument %s": "không dùng cùng với %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s chưa rõ, có thể là %(matches)s",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị %r",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
}
# What a command reads from the environment, for scripts and runs without a keyboard (where
# nothing can be asked): at the end of `chitieu --help`, and of the help of each command that reads it.
ENVIRONMENT = (
    "Biến môi trường (cho tập lệnh, khi chạy không có bàn phím để gõ mật khẩu): CHITIEU_DATA_DIR thư mục dữ "
    "liệu; CHITIEU_USER tên đăng nhập; CHITIEU_PASSWORD mật khẩu đăng nhập; CHITIEU_NEW_PASSWORD mật khẩu của "
    "tài khoản mới (user add) hoặc mật khẩu mới (user passwd); CHITIEU_P12_PASSWORD, CHITIEU_TOKEN_PIN, "
    "CHITIEU_ORG_P12_PASSWORD, CHITIEU_ORG_TOKEN_PIN mật khẩu tệp chứng thư, mã PIN khi ký số."
)
_EPILOGS = {  # a command's own line about the environment (its prog -> the line)
    "chitieu user add": "Mật khẩu của tài khoản mới: biến môi trường CHITIEU_NEW_PASSWORD, hoặc gõ khi được hỏi "
                        "(không có bàn phím: bắt buộc đặt CHITIEU_NEW_PASSWORD). Đăng nhập bằng tài khoản Quản trị: "
                        "--user (hoặc CHITIEU_USER) và CHITIEU_PASSWORD.",
    "chitieu user passwd": "Mật khẩu mới: biến môi trường CHITIEU_NEW_PASSWORD, hoặc gõ khi được hỏi (không có bàn "
                           "phím: bắt buộc đặt CHITIEU_NEW_PASSWORD).",
}
# the default as the paper has it (walk U20 F6: "hôm nay" alone, while an approval exported again keeps its date)
REPORT_DATE_HELP = ("ngày báo cáo in trên báo cáo: ngày/tháng/năm, ví dụ 18/12/2026 (hoặc 2026-12-18; mặc định: hôm "
                    "nay, hay ngày cuối của số liệu kỳ nếu muộn hơn; bản duyệt đã xuất giữ ngày đã ghi khi xuất lần đầu: "
                    "mỗi lần duyệt một số và một ngày); "
                    "không trước ngày cuối của số liệu kỳ, báo cáo đã duyệt không trước ngày duyệt")

_PLURALS = {"expected %s argument": "cần %s giá trị", "expected %s arguments": "cần %s giá trị"}

_METAVARS = {  # dest -> the placeholder in "Cách dùng" (argparse would print PERIOD, DATA_DIR…)
    "adx": "TỆP", "applies_to": "LOẠI", "code": "MÃ", "comment": "GHI_CHÚ", "commune": "XÃ_PHƯỜNG",
    "data_dir": "THƯ_MỤC", "date": "NGÀY", "decimals": "SỐ", "denominator": "SỐ", "denominator_label": "TÊN",
    "dhis2": "TỆP", "direction": "HƯỚNG", "doc_prefix": "KÝ_HIỆU", "file": "TỆP", "flag": "CÓ_KHÔNG",
    "full_name": "HỌ_TÊN", "inbox": "THƯ_MỤC", "indicator": "MÃ_CHỈ_TIÊU", "kind": "KIỂU", "name": "TÊN",
    "number": "SỐ", "numerator": "SỐ", "numerator_label": "TÊN", "op": "PHÉP_SO_SÁNH", "out": "THƯ_MỤC",
    "pdf": "TỆP", "period": "KỲ", "preparer": "HỌ_TÊN", "previous": "SỐ", "reason": "LÝ_DO",
    "received": "NGÀY", "recipient": "NƠI_NHẬN", "role": "VAI_TRÒ", "signer": "HỌ_TÊN",
    "signer_title": "CHỨC_VỤ", "unit": "ĐƠN_VỊ", "user": "TÊN_ĐĂNG_NHẬP", "username": "TÊN_ĐĂNG_NHẬP",
    "value": "GIÁ_TRỊ", "version": "PHIÊN_BẢN", "xlsx": "TỆP", "year": "NĂM", "province_email": "ĐỊA_CHỈ",
}

_HELP = {  # the shared options' help, when a command does not word its own
    "period": "kỳ báo cáo: 2026-Q1, 2026-6M, 2026-9M hoặc 2026",
    "json": "in kết quả dạng JSON (cho chương trình khác đọc)",
    "indicator": "mã chỉ tiêu, ví dụ bhyt (xem chitieu catalog; không phân biệt chữ hoa, chữ thường)",
    "username": "tên đăng nhập",
    "full_name": "họ và tên đầy đủ, có dấu",
    "file": "đường dẫn tệp",
    "year": "năm, ví dụ 2026",
    "reason": "lý do, ghi vào nhật ký thay đổi",
    "remove": "bỏ giá trị đang có",
}


def _translate(text: str) -> str:
    return _WORDS.get(text, text)


def _translate_plural(singular: str, plural: str, n: int) -> str:
    return _PLURALS.get(singular if n == 1 else plural, singular if n == 1 else plural)


argparse._ = _translate
argparse.ngettext = _translate_plural


class _Commands(argparse._SubParsersAction):
    """The commands of a parser: each command's --help opens with what it does (its line in the
    list of commands, when it has no description of its own) and, where it reads a password from
    the environment, ends saying which variable."""

    def add_parser(self, name, **kwargs):
        if "description" not in kwargs and kwargs.get("help"):
            kwargs["description"] = kwargs["help"][:1].upper() + kwargs["help"][1:] + "."
        parser = super().add_parser(name, **kwargs)
        if parser.epilog is None and parser.prog in _EPILOGS:
            parser.epilog = _EPILOGS[parser.prog]
        return parser


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose refusals are one Vietnamese line (status 2) and whose options
    get a Vietnamese placeholder and, for the shared ones, their help line. `chitieu --help`
    ends with the environment variables (`ENVIRONMENT`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _Commands)
        if self.prog == "chitieu" and self.epilog is None:
            self.epilog = ENVIRONMENT

    def add_argument(self, *args, **kwargs):
        action = super().add_argument(*args, **kwargs)
        if action.nargs != 0 and "metavar" not in kwargs and action.choices is None:
            action.metavar = _METAVARS.get(action.dest, action.dest.upper())
        if not action.help and action.dest in _HELP:
            action.help = _HELP[action.dest]
        return action

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("title", "lệnh")
        kwargs.setdefault("metavar", "LỆNH")
        kwargs.setdefault("parser_class", Parser)
        return super().add_subparsers(**kwargs)

    def error(self, message):  # argparse's own refusals, in one line, status 2
        self.exit(2, f"chitieu: lỗi tham số: {message}\n")
