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


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose refusals are one Vietnamese line (status 2) and whose options
    get a Vietnamese placeholder and, for the shared ones, their help line."""

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
