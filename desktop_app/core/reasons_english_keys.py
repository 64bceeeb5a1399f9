"""The sentences `core.keys` writes of a file's signing key, in Vietnamese as stored and in English, for
`core.reasons_english` (one concept: who signed a file, and what the office does about it). Each is a
(Vietnamese, English) pair whose "{fields}" `reasons_english` knows; a sentence `core.keys` changes must
change here too (tests/province/test_notes_in_english.py has `core.keys` write each one).
"""
from __future__ import annotations


def _r(vi: str, en: str) -> tuple[str, str]:
    """A sentence: its Vietnamese as `core.keys` writes it, with its fields, and its English."""
    return vi, en


KEY_SENTENCES = (
    # core.keys: a file signed by another key than the unit's
    _r("Tệp {file} ({unit}) được ký bằng khóa mã {code}, khác khóa {state} của đơn vị mã {code2}. Không nhận. Nếu máy "
     "của đơn vị đã được cài lại, đối chiếu mã {code3} với mã in trên báo cáo giấy có chữ ký, rồi xác nhận khóa mới, "
     "gõ mã in trên giấy ({action}), và nhận lại tệp.",
     "The file {file} ({unit}) is signed by the key {code}, not the unit's {state} key {code2}. Not received. If the "
     "unit's computer was reinstalled, compare the code {code3} with the code printed on the signed paper report, "
     "then confirm the new key, typing the code on the paper ({action}), and read the file again."),
    # core.keys: a key that signs for more than one unit
    _r("Khóa này cũng ký tệp của {units}.", "This key also signs files of {units}."),
    _r("Chưa tính vào tổng hợp: một khóa ký cho nhiều đơn vị là một máy lập báo cáo cho nhiều đơn vị, hoặc tệp do "
       "máy của đơn vị khác lập. Đối chiếu mã khóa {code} với mã in trên báo cáo giấy có chữ ký của {unit} và của "
       "{unit2}, rồi xác nhận khóa cho đơn vị có mã đó trên giấy ({action}) hoặc thu hồi khóa cho đơn vị kia "
       "({action2}).",
       "Not counted in the consolidation: a key signing for several units is one computer making reports for "
       "several units, or files made on another unit's computer. Compare the key's code {code} with the code "
       "printed on the signed paper reports of {unit} and of {unit2}, then confirm the key for the unit whose paper "
       "has that code ({action}) or revoke the key for the other unit ({action2})."),
    # core.keys.mismatch_reason: a file signed by a revoked or replaced key, or by one of two pending keys
    _r("Tệp {file} ({unit}) được ký bằng khóa mã {code}, khóa này đã bị tỉnh thu hồi cho {unit2} (mã {ucode}){when}: "
       "tỉnh không nhận tệp ký bằng khóa này cho đơn vị nào (máy giữ khóa có thể đã mất hoặc đã lập báo cáo giả). "
       "Không nhận; đề nghị {unit3} lập báo cáo trên máy của đơn vị và gửi lại.",
       "The file {file} ({unit}) is signed by the key {code}, which the province revoked for {unit2} (code "
       "{ucode}){when}: the province takes no file signed by this key for any unit (the computer holding it may "
       "have been lost, or have made false reports). Not received; ask {unit3} to make the report on the unit's own "
       "computer and send it again."),
    _r("Tệp {file} ({unit}) được ký bằng khóa mã {code}, khóa này đã bị tỉnh thu hồi cho {unit2} (mã {ucode}){when}: "
       "tỉnh không nhận tệp ký bằng khóa này cho đơn vị nào (máy giữ khóa có thể đã mất hoặc đã lập báo cáo giả); "
       "khóa của {unit4} là mã {code2} ({state}). Không nhận; đề nghị {unit3} lập báo cáo trên máy của đơn vị và gửi "
       "lại.",
       "The file {file} ({unit}) is signed by the key {code}, which the province revoked for {unit2} (code "
       "{ucode}){when}: the province takes no file signed by this key for any unit (the computer holding it may "
       "have been lost, or have made false reports); the key of {unit4} is {code2} ({state}). Not received; ask "
       "{unit3} to make the report on the unit's own computer and send it again."),
    _r("Tệp {file} ({unit}) được ký bằng khóa mã {code}, khóa này đã bị tỉnh thu hồi{when}{never}{also}{now}. "
       "Không nhận.",
       "The file {file} ({unit}) is signed by the key {code}, which the province revoked{when}{never}{also}{now}. "
       "Not received."),
    _r("Đề nghị {unit} lập báo cáo trên máy có khóa mã {code} và gửi lại.",
       "Ask {unit} to make the report on the computer holding the key {code} and send it again."),
    _r("Đề nghị {unit} gửi báo cáo lập trên máy của đơn vị và cho biết mã khóa in trên báo cáo giấy có chữ ký, để "
       "đối chiếu rồi xác nhận khóa, gõ mã in trên giấy ({action}).",
       "Ask {unit} to send the report made on the unit's own computer and say the key's code printed on the signed "
       "paper report, to compare it and then confirm the key, typing the code on the paper ({action})."),
    _r("Tệp {file} ({unit}) được ký bằng khóa mã {code}, khóa cũ của đơn vị đã được thay; đơn vị hiện chưa có khóa "
       "được xác nhận. Không nhận.",
       "The file {file} ({unit}) is signed by the key {code}, the unit's old key, since replaced; the unit has no "
       "confirmed key now. Not received."),
    _r("Tệp {file} ({unit}) được ký bằng khóa mã {code}, khóa cũ của đơn vị, đã được thay{when}; khóa {state} của "
       "đơn vị là mã {code2}. Các bản đã nhận trước đó được ký bằng khóa cũ vẫn được tính; tệp mới ký bằng khóa cũ "
       "thì không nhận. Không cần xác nhận lại khóa cũ: đề nghị đơn vị lập lại báo cáo trên máy có khóa mã {code3} "
       "và gửi lại.",
       "The file {file} ({unit}) is signed by the key {code}, the unit's old key, replaced{when}; the unit's "
       "{state} key is {code2}. The versions received before, signed by the old key, still count; a new file "
       "signed by the old key is not received. There is no need to confirm the old key again: ask the unit to make "
       "the report again on the computer holding the key {code3} and send it again."),
    _r("Tệp {file} ({unit}) được ký bằng khóa mã {code}, khác khóa {state} của đơn vị mã {code2}.",
       "The file {file} ({unit}) is signed by the key {code}, not the unit's key {code2} ({state})."),
    _r("Khóa mã {code} cũng ký tệp của {units}: tệp đã nhận trước của {unit} có thể do máy của đơn vị khác lập.",
       "The key {code} also signs files of {units}: the file of {unit} received before may have been made on "
       "another unit's computer."),
    _r("Không nhận. Đối chiếu hai mã {code} và {code2} với mã in trên báo cáo giấy có chữ ký của {unit}, rồi xác nhận "
       "mã đúng ({action}; xác nhận một khóa thì khóa kia bị thu hồi) và nhận lại tệp.",
       "Not received. Compare the two codes {code} and {code2} with the code printed on the signed paper report of "
       "{unit}, then confirm the right one ({action}; confirming one key revokes the other) and read the file "
       "again."),
    _r("Tệp {file} ({unit}) CHƯA KÝ, nhưng đơn vị ký báo cáo bằng khóa mã {code} đã được tỉnh xác nhận: ai có phần "
       "mềm cũng lập được tệp chưa ký, nên tỉnh không nhận tệp chưa ký của đơn vị này. Không nhận; đề nghị đơn vị "
       "gửi tệp do phần mềm xuất (có chữ ký). Nếu máy của đơn vị đã mất khóa, thu hồi khóa đó ({action}) rồi nhận "
       "lại tệp.",
       "The file {file} ({unit}) is UNSIGNED, but the unit signs its reports with the key {code}, which the "
       "province confirmed: anyone with the software can make an unsigned file, so the province takes no unsigned "
       "file of this unit. Not received; ask the unit to send the file the software exports (signed). If the "
       "unit's computer lost its key, revoke that key ({action}), then read the file again."),
)
