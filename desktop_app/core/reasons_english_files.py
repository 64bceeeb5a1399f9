"""The sentences the file checks write of a refused file (`exports.xlsx_container`, `exports.zip_entries`,
`exports.sheet_checks`, `exports.submission_reader`, `exports.submission_format`, `desktop_app.intake`,
`core.intake`), why one version is kept rather than another (`core.kept_version`), in Vietnamese as
stored and in English, for `core.reasons_english` (one concept: what the province found in the file
itself). Each is a (Vietnamese, English) pair whose "{fields}" `reasons_english` knows, the kinds
named here among them (`FILE_FIELDS`); a sentence a check changes must change here too
(tests/province/test_file_reasons_in_english.py has the program's own checks write each one).
Names, codes, figures and what the file holds (quoted) are kept as written; a quoted label of the
"Thông tin" sheet is the file's own word and stays Vietnamese, as in `reasons_english`.
"""
from __future__ import annotations

import re


def _r(vi: str, en: str) -> tuple[str, str]:
    """A sentence: its Vietnamese as the check writes it, with its fields, and its English."""
    return vi, en


# A unit's kind as the catalogue and the file say it.
_KINDS = {"xã": "commune", "phường": "ward", "đặc khu": "special zone"}
# What an .xlsx holds that Excel acts on (`exports.xlsx_container._FOREIGN_PARTS`, `_ACTIVE`, `_BIN`).
_FOREIGN = {
    "liên kết ngoài tới một tệp khác (external link)": "a link to another file (external link)",
    "dự án macro (VBA)": "a macro project (VBA)",
    "dự án macro (VBA hoặc macro Excel 4)": "a macro project (VBA or Excel 4 macro)",
    "kết nối dữ liệu (data connection)": "a data connection",
    "bảng truy vấn dữ liệu (query table)": "a query table",
    "điều khiển ActiveX": "an ActiveX control",
    "điều khiển ActiveX hoặc điều khiển biểu mẫu (control)": "an ActiveX or form control",
    "đối tượng nhúng (embedded object)": "an embedded object",
    "giao diện tùy biến (custom UI)": "a custom UI",
    "phần bổ trợ web (Office add-in)": "a web add-in (Office add-in)",
    "phần nhị phân (.bin: macro hoặc đối tượng)": "a binary part (.bin: a macro or an object)",
}
# The columns of the "Dữ liệu" sheet as `exports.submission_format.COLUMN_NAMES` names them.
_COLUMNS = {
    "loại dòng": "row type", "mã đơn vị": "unit code", "tên đơn vị": "unit name", "xã hay phường": "commune or ward",
    "mã kỳ báo cáo": "period code", "phiên bản bộ chỉ tiêu": "catalogue version", "mã chỉ tiêu": "indicator code",
    "số thứ tự chỉ tiêu": "indicator number", "tên chỉ tiêu": "indicator name",
    "chỉ tiêu tỉnh giao (1/0)": "target set by the province (1/0)", "đơn vị tính": "unit of measure",
    "tử số": "numerator", "mẫu số": "denominator", "giá trị nhập": "value entered", "Có/Không (1/0)": "Yes/No (1/0)",
    "cùng kỳ năm trước": "same period last year", "số liệu đầu nhiệm kỳ": "start-of-term figure", "kết quả": "result",
    "chỉ tiêu": "target", "tiến độ (% chỉ tiêu)": "progress (% of target)", "chỉ tiêu tự đặt": "own target",
    "cùng kỳ năm trước đã dùng khi đánh giá": "same period last year used in the assessment",
    "tổng các năm trước của nhiệm kỳ": "total of the term's earlier years", "phần của báo cáo": "report section",
    "nội dung": "text", "phép so sánh chỉ tiêu": "target comparison", "đánh giá": "assessment",
    "phép so sánh chỉ tiêu tự đặt": "own target comparison", "đánh giá theo chỉ tiêu tự đặt":
        "assessment against the own target",
}
_NOT_SAVED = _r("phần mềm không ghi phần này, Excel hay LibreOffice cũng không tự thêm khi chỉ mở rồi lưu lại tệp; nó "
                "có thể cho người xem thấy điều khác với số liệu đã ký, không đọc.",
                "the software does not write this part, nor do Excel or LibreOffice add it when the file is only "
                "opened and saved again; it may show the reader something other than the signed figures: not read.")
# What a sheet shows besides its cells (`exports.xlsx_container._SHOWN_KINDS`).
_SHOWN = {"ghi chú (comment)": "a comment", "bảng tổng hợp (pivot table)": "a pivot table", "bộ lọc (slicer)":
          "a slicer", "bảng Excel (table)": "an Excel table", "biểu đồ": "a chart", "hình ảnh": "a picture",
          "liên kết (hyperlink)": "a hyperlink"}
# What a person typed, as the file's reason names it lower-cased ("Nếu người ký được dán …").
_TYPED = {"số văn bản": "the document's number", "ký hiệu văn bản": "the document's symbol",
          "người lập biểu": "the preparer's name", "người ký": "the signer's name",
          "chức vụ người ký": "the signer's title"}
_TIME = r"\d{2}:\d{2}(?::\d{2})? \d{2}/\d{2}/\d{4}"
_WHERE = re.compile(r'Trang "Dữ liệu", dòng (\d+)(?: \(chỉ tiêu (\S+?)(?: "(.*)")?\))?, cột (\w+)(?: \((.+)\))?')


def _where(text: str) -> str | None:
    """'Trang "Dữ liệu", dòng 3 (chỉ tiêu 2 "…"), cột numerator (tử số)' (`submission_format._where`)."""
    m = _WHERE.fullmatch(text)
    if m is None or (m[5] is not None and m[5] not in _COLUMNS):
        return None
    said = f'"Dữ liệu" sheet, row {m[1]}'
    if m[2]:
        said += f" (indicator {m[2]}" + (f' "{m[3]}"' if m[3] is not None else "") + ")"
    return said + f", column {m[4]}" + (f" ({_COLUMNS[m[5]]})" if m[5] else "")


def _approval(text: str) -> str | None:
    """How `core.kept_version.approval_texts` says a version's approval."""
    if text == "không ghi thời điểm duyệt":
        return "no time of approval written"
    if m := re.fullmatch(rf"duyệt lúc ({_TIME})", text):
        return f"approved at {m[1]}"
    if m := re.fullmatch(rf"ghi duyệt lúc ({_TIME}), sau lúc lập tệp ({_TIME})", text):
        return f"written as approved at {m[1]}, after the file was made at {m[2]}"
    return None


FILE_FIELDS: dict[str, tuple[str, object]] = {
    "text": (r".*?", None),  # what the file holds, quoted, or a list of its names
    "size": (r"\d+,\d MB", None),
    "count": (r"\d{1,3}(?:\.\d{3})*", None),  # a number as a Vietnamese writes it: 9.999
    "pcode": (r"[0-9A-Z-]+", None),
    "cell": (r"[A-Z]{1,3}\d+", None),
    "uplus": (r"U\+[0-9A-F]{4,6}", None),
    "kind": ("|".join(_KINDS), lambda text: _KINDS[text]),
    "foreign": ("|".join(re.escape(w) for w in sorted(_FOREIGN, key=len, reverse=True)), lambda text: _FOREIGN[text]),
    "column": ("|".join(re.escape(w) for w in sorted(_COLUMNS, key=len, reverse=True)), lambda text: _COLUMNS[text]),
    "place": (r'Trang "Dữ liệu", dòng \d+(?: \(chỉ tiêu .*?\))?, cột \w+(?: \(.+?\))?', _where),
    "shown": ("|".join(re.escape(w) for w in _SHOWN), lambda text: _SHOWN[text]),
    "typed": ("|".join(_TYPED), lambda text: _TYPED[text]),
    "approval": (rf"duyệt lúc {_TIME}|không ghi thời điểm duyệt|ghi duyệt lúc {_TIME}, sau lúc lập tệp {_TIME}",
                 _approval),
    # what to do when the times keep an approval over what may be its re-approval (`core.kept_version.PAPER_HINT`)
    "hint": ((r"(?:; nếu bản kia là bản duyệt lại, đọc lại tệp đó cùng báo cáo PDF ký số của nó để tỉnh xét theo bản "
              r"được thay ghi trên báo cáo)?"),
             lambda text: ("; if the other is a re-approval, read that file again with its signed report PDF for the "
                           "province to judge by the version the report states it replaces") if text else ""),
    # the number and date of a report a re-approval replaces (`core.kept_version.replaced_reason`)
    "issued": (r"(?:Báo cáo số [^,()]+? ngày \d{2}/\d{2}/\d{4}, )?", lambda text: _issued(text)),
}


def _issued(text: str) -> str:
    """"Báo cáo số 12/BC-UBND ngày 08/12/2026, " as "report number 12/BC-UBND, dated 08/12/2026, "."""
    if not text:
        return ""
    m = re.fullmatch(r"Báo cáo số (.+?) ngày (\d{2}/\d{2}/\d{4}), ", text)
    return f"report number {m[1]}, dated {m[2]}, " if m else text


# What the times a re-approval's files state say against the replacement its signed PDF states
# (`core.kept_version.replaced_reason`), and what it replaces (directly, or through a later re-approval).
_CLOCKS = (
    ("là lập sau ngày tỉnh nhận (lập lúc {time2}, nhận ngày {date})",
     "say it was made after the province received it (made at {time2}, received on {date})"),
    ("là lập tệp trước lúc duyệt (lập lúc {time2}, duyệt lúc {time3})",
     "say the file was made before its approval (made at {time2}, approved at {time3})"),
    ("là duyệt trước bản kia (duyệt lúc {time2}; bản kia duyệt lúc {time3})",
     "say it was approved before the other (approved at {time2}; the other approved at {time3})"),
    ("là lập trước bản kia (lập lúc {time2}; bản kia lập lúc {time3})",
     "say it was made before the other (made at {time2}; the other made at {time3})"),
)
_NAMED = (("bản mã {fp} ({issued}duyệt lúc {time4})", "the version {fp} ({issued}approved at {time4})"),
          ("bản mã {fp2}, là bản duyệt lại sau bản mã {fp} ({issued}duyệt lúc {time4})",
           "the version {fp2}, itself a re-approval after the version {fp} ({issued}approved at {time4})"))
REPLACED_WHY = tuple(
    _r(f"Giữ bản duyệt lại (duyệt lúc {{time}}) vì bản này ghi thay thế {named}, dù thời điểm ghi trong tệp {clock}; "
       "kiểm tra đồng hồ máy tính của đơn vị",
       f"The re-approval is kept (approved at {{time}}) as this version states it replaces {named_en}, though the "
       f"times written in the file {clock_en}; check the unit's computer clock")
    for named, named_en in _NAMED for clock, clock_en in _CLOCKS)

_CONTACT = _r("mở tệp bằng Excel có thể kết nối tới máy khác hoặc chạy mã lệnh; phần mềm không ghi phần này, "
              "không đọc.",
              "opening the file in Excel may connect to another computer or run code; the software does not write "
              "this part: not read.")
_NOT_OURS = ("không phải tệp do phần mềm lập, không đọc.", "not a file made by the software, not read.")
_THREE = ('tệp do phần mềm lập có đúng ba trang "Báo cáo", "Dữ liệu", "Thông tin"',
          'a file made by the software has exactly three sheets, "Báo cáo", "Dữ liệu" and "Thông tin"')
_NOT_A_NUMBER = _r("Phần mềm ghi số vào tệp bằng chữ số, dấu chấm trước phần lẻ (như 1234.5), không quá 30 chữ số.",
                   "The software writes numbers into the file in digits, with a point before the decimals (as "
                   "1234.5), at most 30 digits.")

# Why one version of a unit is kept rather than another (`core.kept_version.preference`), beside
# `reasons_english._WHY`.
FILE_WHY = (
    _r("Giữ bản chưa ký tỉnh đã chấp nhận sau khi đối chiếu với báo cáo giấy có chữ ký của đơn vị (bản kia ký bằng "
       "khóa mã {code}, đang chờ xác nhận)",
       "The unsigned version the province accepted after comparing it with the unit's signed paper report is kept "
       "(the other signed by the key {code}, awaiting confirmation)"),
    _r("Giữ bản ký bằng khóa mã {code}, khóa tỉnh đã xác nhận trước đây sau khi đối chiếu với báo cáo giấy có chữ ký "
       "của đơn vị, đã được thay bằng khóa khác và không bị thu hồi (bản kia ký bằng khóa mã {code2}, đang chờ xác "
       "nhận)",
       "The version signed by the key {code} is kept, a key the province confirmed before after comparing it with "
       "the unit's signed paper report, since replaced by another key and not revoked (the other signed by the key "
       "{code2}, awaiting confirmation)"),
    _r("Giữ bản ký bằng khóa mã {code} (bản kia ký bằng khóa mã {code2}, đang chờ xác nhận, trong khi tỉnh đã chấp "
       "nhận một bản chưa ký của đơn vị sau khi đối chiếu với báo cáo giấy)",
       "The version signed by the key {code} is kept (the other signed by the key {code2}, awaiting confirmation, "
       "while the province accepted an unsigned version of the unit after comparing it with the paper report)"),
    _r("Giữ bản ký bằng khóa đã xác nhận của đơn vị (mã {code}) (bản kia ký bằng khóa mã {code2}, không phải khóa đã "
       "xác nhận của đơn vị, và tỉnh nhận sau khi khóa mới của đơn vị xuất hiện: không thay bản ký bằng khóa mới)",
       "The version signed by the unit's confirmed key (code {code}) is kept (the other signed by the key {code2}, "
       "not the unit's confirmed key, and received after the unit's new key appeared: it does not replace the "
       "version signed by the new key)"),
    _r("Giữ bản ký bằng khóa đã xác nhận của đơn vị (mã {code}) (bản kia chưa ký, không phải khóa đã xác nhận của "
       "đơn vị, và tỉnh nhận sau khi khóa mới của đơn vị xuất hiện: không thay bản ký bằng khóa mới)",
       "The version signed by the unit's confirmed key (code {code}) is kept (the other unsigned, and received after "
       "the unit's new key appeared: it does not replace the version signed by the new key)"),
    _r("Giữ bản ký bằng khóa đã xác nhận của đơn vị (mã {code}; bản kia ký bằng khóa mã {code2}, không phải khóa đã "
       "xác nhận)", "The version signed by the unit's confirmed key is kept (code {code}; the other signed by the key "
       "{code2}, not the confirmed one)"),
    _r("Giữ bản duyệt sau ({approval}; bản kia {approval2})",
       "The version approved later is kept ({approval}; the other {approval2})"),
    *REPLACED_WHY,
    _r("Giữ bản có thời điểm duyệt dùng được ({approval}; bản kia ghi lập tệp lúc {time}, trước lúc duyệt {time2} mà "
       "chính tệp ghi, đồng hồ máy tính của đơn vị chạy sai{hint})",
       "The version with a time of approval that can be used is kept ({approval}; the other says the file was made "
       "at {time}, before the approval at {time2} it states itself: the unit's computer clock was wrong{hint})"),
    _r("Giữ bản có thời điểm lập trước ngày nhận (bản kia ghi lập sau ngày tỉnh nhận{hint})",
       "The version made before its date of receipt is kept (the other says it was made after the province "
       "received it{hint})"),
    _r("{why}, theo thời điểm ghi trong tệp vì các bản mã {fp} và {fp2} ghi thay thế lẫn nhau (không dựa được vào "
       "dòng thay thế)",
       "{why}, by the times written in the files, as the versions {fp} and {fp2} each state they replace the other "
       "(the replacement line cannot be relied on)"),
    _r("{why}, theo thời điểm ghi trong tệp vì các bản mã {fp} ghi thay thế lẫn nhau (không dựa được vào dòng thay "
       "thế)",
       "{why}, by the times written in the files, as the versions {fp} state they replace each other (the "
       "replacement line cannot be relied on)"),
)

_RESEND = _r("xin đơn vị gửi tệp .xlsx do phần mềm xuất (Tệp › Gửi cho tỉnh…)",
             "ask the unit for the .xlsx file the software exports (File › Send to the province…)")
FILE_SENTENCES = (
    # exports.not_xlsx: a file that is no .xlsx container, said by what it is
    _r(f"Tệp {{file}} là tệp rỗng (0 byte): có thể chưa tải về xong; đọc lại thư mục sau, nếu vẫn rỗng thì {_RESEND[0]}.",
       f"The file {{file}} is empty (0 bytes): it may not have finished downloading; read the folder again later, and "
       f"if it is still empty, {_RESEND[1]}."),
    _r(f"Tệp {{file}} là tệp Excel 97-2003 (.xls) hoặc tệp Office cũ, không phải tệp .xlsx do phần mềm xuất (phần mềm "
       f"không đọc số liệu lưu lại bằng Excel): {_RESEND[0]}.",
       f"The file {{file}} is an Excel 97-2003 file (.xls) or an older Office file, not the .xlsx file the software "
       f"exports (the software does not read figures saved again with Excel): {_RESEND[1]}."),
    _r(f"Tệp {{file}} bị cắt cụt (có thể đang tải về hoặc tải chưa xong): đọc lại thư mục khi tải xong; nếu vẫn vậy, "
       f"{_RESEND[0]}.",
       f"The file {{file}} is cut short (it may still be downloading, or its download did not finish): read the "
       f"folder again once it has finished; if it is still so, {_RESEND[1]}."),
    _r("Tệp {file} không phải tệp thường (một lối tắt, liên kết hoặc thiết bị): không đọc; chép chính tệp vào thư mục "
       "rồi đọc lại.", "The file {file} is not a regular file (a shortcut, a link or a device): not read; copy the "
       "file itself into the folder and read it again."),
    # exports.xlsx_container: the file as a container
    _r("Tệp {file} quá lớn ({size}, giới hạn {size2}): không phải tệp số liệu do phần mềm lập (tệp số liệu chỉ khoảng "
       "15 kB).", "The file {file} is too large ({size}, the limit is {size2}): not a data file made by the software "
       "(a data file is only about 15 kB)."),
    _r("Tệp {file} quá lớn (trên {size}).", "The file {file} is too large (over {size})."),
    _r("Tệp {file} quá lớn ({size}).", "The file {file} is too large ({size})."),
    _r("Tệp {file} bị đặt mật khẩu, không đọc được.", "The file {file} is protected by a password and cannot be read."),
    _r("Tệp {file} khi giải nén quá lớn (trên {size}): nghi tệp nén độc hại (zip bomb), không đọc.",
       "The file {file} is too large once uncompressed (over {size}): suspected to be a malicious compressed file "
       "(zip bomb), not read."),
    _r("Tệp {file} có tỉ lệ nén bất thường ({n} lần): nghi tệp nén độc hại (zip bomb), không đọc.",
       "The file {file} is compressed abnormally ({n} times): suspected to be a malicious compressed file (zip bomb), "
       "not read."),
    _r("Tệp {file} có {n} phần bên trong, quá nhiều với một tệp số liệu (nghi tệp nén độc hại).",
       "The file {file} has {n} parts inside, too many for a data file (suspected to be a malicious compressed file)."),
    _r("Tệp {file} có phần {part} của loại tệp khác (không phải Excel .xlsx do phần mềm lập), không đọc.",
       "The file {file} has the part {part} of another kind of file (not an Excel .xlsx made by the software): not "
       "read."),
    _r(f"Tệp {{file}} có {{foreign}}, phần {{text}}: {_CONTACT[0]}",
       f"The file {{file}} has {{foreign}}, part {{text}}: {_CONTACT[1]}"),
    _r(f"Tệp {{file}} trỏ tới một địa chỉ bên ngoài tệp ({{text}}), phần {{part}}: {_CONTACT[0]}",
       f"The file {{file}} points to an address outside the file ({{text}}), part {{part}}: {_CONTACT[1]}"),
    _r("Tệp {file} có khai báo kiểu tài liệu (<!DOCTYPE> hoặc <!ENTITY>) trong phần {part}: phần mềm, Excel và "
       "LibreOffice không ghi khai báo này; nó có thể khiến chương trình đọc tệp dùng hết bộ nhớ (nghi tệp độc hại), "
       "không đọc.",
       "The file {file} has a document type declaration (<!DOCTYPE> or <!ENTITY>) in the part {part}: the software, "
       "Excel and LibreOffice write none; it may make the program reading the file use up its memory (suspected to be "
       "a malicious file), not read."),
    _r("Tệp {file} có quá nhiều thẻ XML và thuộc tính của thẻ (trên {count}; tệp do phần mềm, Excel hay LibreOffice "
       "ghi chỉ khoảng 5.000 thẻ và chừng ấy thuộc tính): đọc nó sẽ dùng quá nhiều bộ nhớ, nghi tệp độc hại, không "
       "đọc.",
       "The file {file} has too many XML tags and tag attributes (over {count}; a file written by the software, Excel "
       "or LibreOffice has only about 5.000 tags and as many attributes): reading it would use too much memory; "
       "suspected to be a malicious file, not read."),
    _r('Tệp {file} có thẻ XML mang hơn {n} thuộc tính ("{text}…", phần {part}; phần mềm, Excel và LibreOffice ghi mỗi '
       "thẻ nhiều nhất 16): đọc nó sẽ tốn nhiều thời gian và bộ nhớ, nghi tệp độc hại, không đọc.",
       'The file {file} has an XML tag with more than {n} attributes ("{text}…", part {part}; the software, Excel and '
       "LibreOffice write at most 16 to a tag): reading it would take much time and memory; suspected to be a "
       "malicious file, not read."),
    _r("Tệp {file} có phần {part} quá lớn ({count} thẻ, {count2} kB; của tệp do phần mềm, Excel hay LibreOffice ghi "
       "chỉ vài chục thẻ, vài kB): nghi tệp độc hại, không đọc.",
       "The file {file} has the part {part} too large ({count} tags, {count2} kB; in a file written by the software, "
       "Excel or LibreOffice it has only a few dozen tags, a few kB): suspected to be a malicious file, not read."),
    _r("Tệp {file} có chữ chú âm (phonetic, phần {part}): phần mềm không ghi chữ chú âm, Excel hay LibreOffice cũng "
       "không tự thêm khi chỉ mở rồi lưu lại tệp; Excel có thể hiện nó bên trên ô, khác với số liệu đã ký, không đọc.",
       "The file {file} has phonetic text (part {part}): the software writes none, nor do Excel or LibreOffice add "
       "it when the file is only opened and saved again; Excel may show it above a cell, other than the signed "
       "figures: not read."),
    _r("Tệp {file} có phần {part} không ghi bằng mã UTF-8 (phần mềm, Excel và LibreOffice đều ghi UTF-8): không phải "
       "tệp do phần mềm lập, không đọc.",
       "The file {file} has the part {part} not written in UTF-8 (the software, Excel and LibreOffice all write "
       "UTF-8): not a file made by the software, not read."),
    _r("Tệp {file} có phần {part} ghi theo chuẩn Strict Open XML (không gian tên http://purl.oclc.org/ooxml/…): phần "
       "mềm ghi tệp theo chuẩn thường, Excel và LibreOffice lưu lại cũng vậy; các bước kiểm tra không đọc được phần "
       "ấy hiện, in gì, không đọc.",
       "The file {file} has the part {part} written in Strict Open XML (namespace http://purl.oclc.org/ooxml/…): the "
       "software writes files in the usual standard, and so do Excel and LibreOffice saving them again; the checks "
       "cannot read what that part shows or prints: not read."),
    _r(f"Tệp {{file}} có {{shown}} (phần {{text}}, theo {{part}}): {_NOT_SAVED[0]}",
       f"The file {{file}} has {{shown}} (part {{text}}, by {{part}}): {_NOT_SAVED[1]}"),
    _r(f"Tệp {{file}} có hình, ảnh, hộp chữ hoặc biểu đồ đặt trên trang (phần {{part}}): {_NOT_SAVED[0]}",
       f"The file {{file}} has a picture, shape, text box or chart placed on a sheet (part {{part}}): {_NOT_SAVED[1]}"),
    _r("Tệp {file} có công thức (ô {cell} phần {part}): phần mềm không ghi công thức; Excel sẽ tính lại và hiện kết "
       "quả của công thức thay cho số liệu đã ký, không đọc.",
       "The file {file} has a formula (cell {cell}, part {part}): the software writes no formulas; Excel would work "
       "it out again and show its result in place of the signed figures: not read."),
    _r("Tệp {file} có công thức (phần {part}): phần mềm không ghi công thức; Excel sẽ tính lại và hiện kết quả của "
       "công thức thay cho số liệu đã ký, không đọc.",
       "The file {file} has a formula (part {part}): the software writes no formulas; Excel would work it out again "
       "and show its result in place of the signed figures: not read."),
    _r("Tệp {file} theo định dạng phiên bản {n}, mới hơn phiên bản {n2} mà phần mềm này đọc được. Hãy cập nhật phần "
       "mềm rồi nhận lại tệp.",
       "The file {file} is written in format version {n}, newer than version {n2}, the newest this software reads. "
       "Update the software, then read the file again."),
    _r("Tệp {file} bị hỏng: phần {part} không đọc được.",
       "The file {file} is damaged: its part {part} cannot be read."),
    # exports.zip_entries: a part's names
    _r("Tệp {file} có phần {part} hai lần: tệp đã bị sửa bằng công cụ khác, không đọc (mỗi chương trình có thể hiện "
       "một bản khác nhau).",
       "The file {file} has the part {part} twice: the file was changed with another tool, not read (each program may "
       "show a different one)."),
    _r('Tệp {file} bị hỏng: phần "{text}" ghi tên khác ở đầu phần ("{text2}"); phần mềm, Excel và LibreOffice ghi một '
       "tên ở cả hai chỗ, một chương trình đọc tên ở đầu phần có thể mở phần ấy theo tên khác với tên đã kiểm tra, "
       "không đọc.",
       'The file {file} is damaged: the part "{text}" carries another name at its start ("{text2}"); the software, '
       "Excel and LibreOffice write one name in both places, and a program reading the name at the part's start may "
       "open it under another name than the one checked: not read."),
    _r('Tệp {file} bị hỏng: phần "{text}" mang thêm một tên khác ("{text2}", trường Unicode Path của Info-ZIP); phần '
       "mềm, Excel và LibreOffice không ghi trường này, và Excel hay LibreOffice có thể mở phần ấy theo tên khác với "
       "tên đã kiểm tra, không đọc.",
       'The file {file} is damaged: the part "{text}" carries another name too ("{text2}", the Info-ZIP Unicode Path '
       "field); the software, Excel and LibreOffice do not write this field, and Excel or LibreOffice may open the "
       "part under another name than the one checked: not read."),
    _r('Tệp {file} bị hỏng: mục thư mục "{text}" bên trong tệp nén lại chứa dữ liệu ({n} byte); thư mục không chứa '
       "gì, phần mềm, Excel và LibreOffice không ghi như vậy, một chương trình có thể đọc trang từ đó mà không qua "
       "kiểm tra, không đọc.",
       'The file {file} is damaged: the folder entry "{text}" inside the compressed file holds data ({n} bytes); a '
       "folder holds nothing, the software, Excel and LibreOffice write none so, and a program may read a sheet from "
       "it unchecked: not read."),
    _r('Tệp {file} bị hỏng: một quan hệ trong phần {part} trỏ tới thư mục "{text}" chứ không phải tới một phần của '
       "tệp; phần mềm, Excel và LibreOffice không ghi như vậy, một chương trình có thể đọc trang từ thư mục ấy mà "
       "không qua kiểm tra, không đọc.",
       'The file {file} is damaged: a relationship in the part {part} points to the folder "{text}", not to a part '
       "of the file; the software, Excel and LibreOffice write none so, and a program may read a sheet from that "
       "folder unchecked: not read."),
    _r(f"Tệp {{file}} có {{foreign}} ({{text}} khai kiểu nội dung {{text2}} trong {{part}}): {_CONTACT[0]}",
       f"The file {{file}} has {{foreign}} ({{text}} declares the content type {{text2}} in {{part}}): {_CONTACT[1]}"),
    _r(f"Tệp {{file}} có {{foreign}} (quan hệ loại {{text}} tới phần {{text2}}, trong phần {{part}}): {_CONTACT[0]}",
       f"The file {{file}} has {{foreign}} (a relationship of type {{text}} to the part {{text2}}, in the part "
       f"{{part}}): {_CONTACT[1]}"),
    # exports.sheet_checks: a sheet's cells
    _r("Tệp {file} có ô hoặc dòng nằm ngoài vùng {n} cột x {count} dòng (phần {part}): không phải tệp số liệu do phần "
       "mềm lập, không đọc.",
       "The file {file} has a cell or row outside the area of {n} columns x {count} rows (part {part}): not a data "
       "file made by the software, not read."),
    _r(f'Tệp {{file}} bị hỏng: thẻ của một ô hoặc dòng viết sai ("{{text}}…", phần {{part}}; mỗi chương trình có thể '
       f"đọc thẻ ấy khác nhau): {_NOT_OURS[0]}",
       f'The file {{file}} is damaged: the tag of a cell or row is malformed ("{{text}}…", part {{part}}; each program '
       f"may read it differently): {_NOT_OURS[1]}"),
    _r(f"Tệp {{file}} bị hỏng: ô {{cell}} ghi hai giá trị (phần {{part}}; LibreOffice hiện giá trị thứ nhất, chương "
       f"trình đọc số liệu đọc giá trị sau): {_NOT_OURS[0]}",
       f"The file {{file}} is damaged: the cell {{cell}} holds two values (part {{part}}; LibreOffice shows the first, "
       f"the program reading the figures reads the second): {_NOT_OURS[1]}"),
    _r(f"Tệp {{file}} bị hỏng: ô {{cell}} ghi hai lần (phần {{part}}; mỗi chương trình có thể hiện một trong hai giá "
       f"trị khác nhau): {_NOT_OURS[0]}",
       f"The file {{file}} is damaged: the cell {{cell}} is written twice (part {{part}}; each program may show either "
       f"of two different values): {_NOT_OURS[1]}"),
    _r("Tệp {file} bị hỏng: một ô hoặc dòng ghi vị trí (thuộc tính r) hai lần (phần {part}; mỗi chương trình có thể "
       f"đặt ô vào một chỗ khác): {_NOT_OURS[0]}",
       "The file {file} is damaged: a cell or row states its place (the attribute r) twice (part {part}; each program "
       f"may put the cell elsewhere): {_NOT_OURS[1]}"),
    _r("Tệp {file} bị hỏng: ô {cell} ghi thuộc tính {text} hai lần (phần {part}; mỗi chương trình có thể đọc ô khác "
       f"đi, có chương trình bỏ cả phần còn lại của dòng): {_NOT_OURS[0]}",
       "The file {file} is damaged: the cell {cell} has the attribute {text} twice (part {part}; each program may "
       f"read the cell otherwise, and one leaves out the rest of the row): {_NOT_OURS[1]}"),
    _r("Tệp {file} có ô không ghi vị trí (phần {part}): không phải tệp số liệu do phần mềm lập (phần mềm ghi vị trí "
       "của mọi ô), không đọc.",
       "The file {file} has a cell without its place (part {part}): not a data file made by the software (which "
       "writes the place of every cell), not read."),
    _r("Tệp {file} có dòng không ghi vị trí (phần {part}): không phải tệp số liệu do phần mềm lập (phần mềm, Excel và "
       "LibreOffice ghi vị trí của mọi dòng; LibreOffice đặt dòng ấy, với chiều cao của nó, theo thứ tự các dòng), "
       "không đọc.",
       "The file {file} has a row without its place (part {part}): not a data file made by the software (the "
       "software, Excel and LibreOffice write the place of every row; LibreOffice puts such a row, with its height, "
       "in the rows' order), not read."),
    _r(f"Tệp {{file}} bị hỏng: phần {{part}} không mở đầu bằng thẻ gốc của một trang: {_NOT_OURS[0]}",
       f"The file {{file}} is damaged: the part {{part}} does not begin with a sheet's root tag: {_NOT_OURS[1]}"),
    _r("Tệp {file} có {count} ô lấy chữ từ bảng chữ dùng chung (phần {part}), cộng lại thành {text} MB chữ (giới hạn "
       "{n} MB; Excel hay LibreOffice lưu lại một tệp số liệu chỉ vài chục kB): đọc nó sẽ dùng quá nhiều bộ nhớ, nghi "
       "tệp độc hại, không đọc.",
       "The file {file} has {count} cells taking their text from the shared strings (part {part}), {text} MB of text "
       "in all (the limit is {n} MB; Excel or LibreOffice saving a data file again writes only a few dozen kB): "
       "reading it would use too much memory; suspected to be a malicious file, not read."),
    _r('Tệp {file}: Trang "Dữ liệu", dòng {n}: quá {n2} dòng chỉ tiêu; bộ chỉ tiêu có nhiều nhất {n3} chỉ tiêu và tệp '
       "do phần mềm lập ghi mỗi chỉ tiêu một dòng.",
       'The file {file}: "Dữ liệu" sheet, row {n}: more than {n2} indicator rows; the catalogue has at most {n3} '
       "indicators and a file made by the software writes each on one row."),
    # exports.submission_reader: the sheets and the "Thông tin" sheet
    _r(f'Tệp {{file}} có trang "{{text}}" mà phần mềm không ghi: {_THREE[0]}.',
       f'The file {{file}} has a sheet "{{text}}" the software does not write: {_THREE[1]}.'),
    _r(f'Tệp {{file}} có trang "{{text}}" (tên gần giống trang "{{text2}}" nhưng có thêm khoảng trắng hoặc ký tự khác) '
       f"mà phần mềm không ghi: {_THREE[0]}.",
       f'The file {{file}} has a sheet "{{text}}" (a name like the sheet "{{text2}}" but with a space or another '
       f"character more) the software does not write: {_THREE[1]}."),
    _r('Tệp {file}: trang "{text}" bị ẩn; phần mềm ghi cả ba trang ở chế độ hiện.',
       'The file {file}: the sheet "{text}" is hidden; the software writes all three sheets shown.'),
    _r(f'Tệp {{file}} thiếu trang "{{text}}": {_THREE[0]}, theo thứ tự đó.',
       f'The file {{file}} has no sheet "{{text}}": {_THREE[1]}, in that order.'),
    _r(f"Tệp {{file}} các trang không theo thứ tự phần mềm ghi ({{text}}): {_THREE[0]}, theo thứ tự đó.",
       f"The file {{file}} has its sheets in another order than the software writes ({{text}}): {_THREE[1]}, in that "
       "order."),
    _r('Tệp {file}, trang "Thông tin": khóa công khai của tệp không phải khóa của ai (một điểm đặc biệt, với nó chữ '
       "ký giả cũng khớp mọi nội dung): chữ ký không có giá trị.",
       'The file {file}, "Thông tin" sheet: the file\'s public key is nobody\'s key (a special point, with which a '
       "false signature matches any contents too): the signature is worth nothing."),
    _r('Tệp {file}, trang "Thông tin": "{quoted}" ghi "{text}", không phải thời điểm phần mềm ghi (ngày giờ dạng '
       "2026-07-20T14:05:00+07:00, năm {n}-{n2}).",
       'The file {file}, "Thông tin" sheet: "{quoted}" says "{text}", not a time the software writes (a date and '
       "time as 2026-07-20T14:05:00+07:00, in the years {n}-{n2})."),
    _r('Tệp {file}, trang "Thông tin": "{quoted}" ghi "{text}", không phải phiên bản phần mềm ghi (ba số bằng chữ số '
       "0-9, cách nhau dấu chấm, như 0.3.0).",
       'The file {file}, "Thông tin" sheet: "{quoted}" says "{text}", not a version the software writes (three numbers '
       "in the digits 0-9, separated by dots, as 0.3.0)."),
    _r('Tệp {file}, trang "Thông tin": người duyệt "{text}" không phải tên đăng nhập (chữ không dấu, số, dấu chấm, '
       "gạch).",
       'The file {file}, "Thông tin" sheet: the approver "{text}" is not a login name (letters without accents, '
       "digits, dots, hyphens)."),
    _r('Tệp {file}: "{quoted}" có ký tự ẩn {uplus} (không hiện khi in, hoặc làm chữ hiện khác đi), điều phần mềm '
       "không ghi.",
       'The file {file}: "{quoted}" holds the hidden character {uplus} (it does not print, or makes the text read '
       "otherwise), which the software does not write."),
    _r("Nếu {typed} được dán từ nơi khác, đơn vị hãy gõ lại rồi xuất lại tệp.",
       "If {typed} was pasted from elsewhere, the unit should type it again and export the file again."),
    _r('Tệp {file}: "{quoted}" ghi nhiều dòng hoặc dài quá 200 ký tự, điều phần mềm không bao giờ ghi.',
       'The file {file}: "{quoted}" has several lines or more than 200 characters, which the software never writes.'),
    _r('Tệp {file}, trang "Dữ liệu", dòng {n}: phần "{text}" của báo cáo ghi lần nữa, tách khỏi các dòng của nó ở '
       "trên: phần mềm ghi mỗi phần một lần.",
       'The file {file}, "Dữ liệu" sheet, row {n}: the report\'s section "{text}" is written again, apart from its '
       "rows above: the software writes each section once."),
    _r('Tệp {file} không ghi mã xác thực ở trang "Thông tin": tệp đã bị sửa.',
       'The file {file} has no fingerprint on its "Thông tin" sheet: the file was changed.'),
    _r("Tệp {file} không đọc được ({text}).", "The file {file} cannot be read ({text})."),
    # exports.submission_format: the "Dữ liệu" sheet's rows, after "Tệp NAME: "
    _r('Tệp {file}: Trang "Dữ liệu" thiếu cột: {text}.',
       'The file {file}: the "Dữ liệu" sheet lacks the columns: {text}.'),
    _r('Tệp {file}: Trang "Dữ liệu" không có dòng số liệu nào.',
       'The file {file}: the "Dữ liệu" sheet has no data row.'),
    _r(f'Tệp {{file}}: {{place}}: "{{text}}" không phải là số. {_NOT_A_NUMBER[0]}',
       f'The file {{file}}: {{place}}: "{{text}}" is not a number. {_NOT_A_NUMBER[1]}'),
    _r(f"Tệp {{file}}: {{place}}: ô ghi một số quá lớn (số mũ khổng lồ, như 1E+300000000), không phải số phần mềm ghi. "
       f"{_NOT_A_NUMBER[0]}",
       f"The file {{file}}: {{place}}: the cell holds a number too large (a huge exponent, as 1E+300000000), not a "
       f"number the software writes. {_NOT_A_NUMBER[1]}"),
    _r(f"Tệp {{file}}: {{place}}: ô ghi một giá trị không phải là số (NaN), không phải số phần mềm ghi. "
       f"{_NOT_A_NUMBER[0]}",
       f"The file {{file}}: {{place}}: the cell holds a value that is not a number (NaN), not a number the software "
       f"writes. {_NOT_A_NUMBER[1]}"),
    _r('Tệp {file}: {place}: "{text}" khác "{text2}" ở các dòng trên; một tệp chỉ chứa số liệu của một đơn vị trong '
       "một kỳ.",
       'The file {file}: {place}: "{text}" differs from "{text2}" in the rows above; a file holds the figures of one '
       "unit for one period only."),
    _r('Tệp {file}: {place}: loại dòng "{text}" không biết.', 'The file {file}: {place}: the row type "{text}" is not '
       "known."),
    _r('Tệp {file}: {place}: "{text}" không phải {column} phần mềm ghi; phần mềm chỉ ghi một trong: {text2} (hoặc để '
       "trống).", 'The file {file}: {place}: "{text}" is not what the software writes as {column}; it writes only one '
       "of: {text2} (or nothing)."),
    _r('Tệp {file}: {place}: "{text}" không phải {column} phần mềm ghi; phần mềm chỉ ghi một trong: {text2}.',
       'The file {file}: {place}: "{text}" is not what the software writes as {column}; it writes only one of: '
       "{text2}."),
    # desktop_app.intake: the file's period and unit
    _r('Tệp {file} ghi mã kỳ "{text}", không đúng cách phần mềm ghi ({pcode}): tệp không do phần mềm lập. Không nhận.',
       'The file {file} writes the period code "{text}", not as the software writes it ({pcode}): the file was not '
       "made by the software. Not received."),
    _r('Tệp {file} ghi kỳ báo cáo "{text}" không hợp lệ.', 'The file {file} states a reporting period "{text}" that is '
       "not valid."),
    _r("Tệp {file} là báo cáo {period} của {unit}, nhưng kỳ này bắt đầu từ ngày {date}, sau ngày nhận tệp {date2}: kỳ "
       "chưa bắt đầu thì chưa có số liệu của kỳ. Không nhận; đơn vị kiểm tra ngày trên máy tính và gửi báo cáo của kỳ "
       "từ ngày {date3} trở đi.",
       "The file {file} is the report of {period} of {unit}, but this period begins on {date}, after the date of "
       "receipt {date2}: a period not begun has no figures yet. Not received; the unit should check the date on its "
       "computer and send the period's report from {date3} on."),
    _r("Tệp {file} của đơn vị mã {text} ({text2}) không có trong danh sách {n} xã, phường của tỉnh.",
       "The file {file} names the unit code {text} ({text2}), which is not in the province's list of {n} communes "
       "and wards."),
    _r('Tệp {file} ghi đơn vị mã {ucode} là "{text}" ({kind}), danh sách xã, phường của tỉnh ghi mã này là {unit} '
       "({kind2}): người đọc tệp sẽ thấy tên một đơn vị khác với đơn vị được tính. Tệp đã bị sửa hoặc không do phần "
       "mềm lập. Không nhận.",
       'The file {file} names the unit code {ucode} "{text}" ({kind}); the province\'s list of communes and wards '
       "names this code {unit} ({kind2}): a reader of the file would see the name of another unit than the one "
       "counted. The file was changed or not made by the software. Not received."),
    _r("Tệp {file} không xét được: lỗi không lường trước khi đọc tệp ({text}). Không nhận tệp này; các tệp khác vẫn "
       "được đọc. Hãy xin đơn vị gửi lại tệp do phần mềm xuất, và báo lỗi này cho người quản lý phần mềm.",
       "The file {file} could not be judged: an unexpected error while reading it ({text}). This file is not "
       "received; the other files are still read. Ask the unit to send again the file the software exports, and "
       "report this error to whoever manages the software."),
    # core.intake.receipt_capped
    _r("Ngày sửa đổi của tệp ({date}) sau ngày đọc tệp ({date2}): tính ngày nhận là ngày đọc tệp.",
       "The file's modification date ({date}) is after the day the file was read ({date2}): the date of receipt is "
       "the day the file was read."),
    # desktop_app.intake: a version received before read again with the signed report PDF naming what it replaces
    _r("Báo cáo PDF ký số gửi kèm ghi bản này thay thế bản mã {fp}: tỉnh giữ bản này, tính vào tổng hợp thay "
       "{version_text}. {why}.",
       "The signed report PDF beside it states this version replaces the version {fp}: the province keeps this "
       "version, counted in the consolidation in place of {version_text}. {why}."),
    # core.kept_version: an approval older than the kept version's, and a version kept for a pending key
    _r("Trùng đơn vị và kỳ với tệp {file} đã nhận. Tệp này ghi lập tệp lúc {time}, trước lúc duyệt {time2} mà chính "
       "tệp ghi: đồng hồ máy tính của đơn vị chạy sai lúc duyệt hoặc lúc xuất tệp, nên thời điểm duyệt của tệp không "
       "dùng được để so với bản đang giữ (tệp {file2}, {approval}, mã xác thực {fp}), và không có báo cáo PDF ký số "
       "nào của tệp này ghi thay thế bản đang giữ: không thay. Kiểm tra đồng hồ máy tính của đơn vị; nếu tệp này là "
       "bản duyệt lại, đọc lại tệp cùng báo cáo PDF ký số của nó để tỉnh xét theo bản được thay ghi trên báo cáo. Tệp "
       "này (mã xác thực {fp2}) được lưu trong lịch sử, không tính vào tổng hợp.",
       "Same unit and period as the file {file} received before. This file says it was made at {time}, before the "
       "approval at {time2} it states itself: the unit's computer clock was wrong when it approved or when it "
       "exported, so the file's time of approval cannot be compared with the version kept (file {file2}, "
       "{approval}, fingerprint {fp}), and no signed report PDF of this file states it replaces the version kept: "
       "it does not replace it. Check the unit's computer clock; if this file is a re-approval, read it again with "
       "its signed report PDF for the province to judge by the version the report states it replaces. This file "
       "(fingerprint {fp2}) is kept in the history, not counted in the consolidation."),
    _r("Trùng đơn vị và kỳ với tệp {file} đã nhận. Tệp này là bản {approval}, trước bản đang giữ (tệp {file2}, "
       "{approval2}, mã xác thực {fp}): không thay. Bản duyệt trước không thay bản duyệt sau của đơn vị, dù tệp được "
       "xuất lúc nào (tệp này lập lúc {time}, mã xác thực {fp2}); tệp này được lưu trong lịch sử, không tính vào tổng "
       "hợp.",
       "Same unit and period as the file {file} received before. This file is the version {approval}, before the "
       "version kept (file {file2}, {approval2}, fingerprint {fp}): it does not replace it. An earlier approval does "
       "not replace the unit's later one, whenever the file was exported (this file made at {time}, fingerprint "
       "{fp2}); this file is kept in the history, not counted in the consolidation."),
    _r("Khóa ký mã {code} của đơn vị chưa được xác nhận, và bản đơn vị gửi cho kỳ này ký bằng khóa mã {code2}, khóa "
       "tỉnh đã xác nhận trước đây (đã được thay, không bị thu hồi): tệp này được nhận và lưu, CHƯA tính vào tổng hợp "
       "thay bản đó. Cần xác nhận khóa trước: đối chiếu mã {code3} với mã in trên báo cáo giấy có chữ ký của đơn vị "
       "rồi xác nhận, gõ mã in trên giấy ({action}); khi đó tỉnh chọn lại bản được tính.",
       "The unit's signing key {code} is not confirmed yet, and the version the unit sent for this period is signed "
       "by the key {code2}, which the province confirmed before (since replaced, not revoked): this file is received "
       "and kept, NOT counted in the consolidation in its place. Confirm the key first: compare the code {code3} "
       "with the code printed on the unit's signed paper report, then confirm it, typing the code on the paper "
       "({action}); the province then chooses again the version counted."),
    # core.inbox_names.shared_pdf_note: one PDF beside two different workbooks
    _r("Tệp PDF {file} cùng tên với {n} tệp Excel ({text}): không biết PDF gửi kèm tệp nào nên chưa kiểm tra chữ ký số "
       "của PDF này với tệp Excel nào. Để riêng mỗi thư (tệp Excel và PDF gửi cùng) vào một thư mục con, hoặc xóa bản "
       "Excel thừa, rồi đọc lại thư mục.",
       "The PDF file {file} has the name of {n} Excel files ({text}): which one it was sent with is not known, so its "
       "digital signature was checked with none of them. Put each e-mail's files (the Excel file and the PDF sent "
       "with it) in a sub-folder of their own, or delete the extra Excel copy, then read the folder again."),
    _r("Khóa ký mã {code} của đơn vị chưa được xác nhận, và tỉnh đã chấp nhận bản khác của đơn vị cho kỳ này sau khi "
       "đối chiếu với báo cáo giấy có chữ ký: tệp này được nhận và lưu, CHƯA tính vào tổng hợp thay bản đó. Cần xác "
       "nhận khóa trước: đối chiếu mã {code2} với mã in trên báo cáo giấy có chữ ký của đơn vị rồi xác nhận, gõ mã in "
       "trên giấy ({action}); khi đó tỉnh chọn lại bản được tính.",
       "The unit's signing key {code} is not confirmed yet, and the province accepted another version of the unit "
       "for this period after comparing it with the signed paper report: this file is received and kept, NOT counted "
       "in the consolidation in its place. Confirm the key first: compare the code {code2} with the code printed on "
       "the unit's signed paper report, then confirm it, typing the code on the paper ({action}); the province then "
       "chooses again the version counted."),
)
