"""A refused number shows an example of what its own field takes: a count a whole number
("ví dụ 1.234"), a rate a percentage ("ví dụ 85,5 hoặc 85,5%"), an amount a decimal ("ví dụ
1.234.567,89"), in Vietnamese and in English alike; and each example a refusal shows, typed
into that field, is accepted (checked for every field of every indicator the app ships).
Before, every field was shown 1.234.567,89, which a count of people refuses."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.typed_numbers import parse_number

PERIOD, YEAR = "2026", 2026


def refused(call, *args, **kwargs) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        call(*args, **kwargs)
    return caught.value


def test_a_count_is_shown_a_whole_number(workspace):
    err = refused(workspace.set_entry, PERIOD, "bhyt", numerator="abc")
    assert err.message == (
        'Số người tham gia BHYT: "abc" có ký tự "a" không phải chữ số. Chỉ gõ số nguyên (không kèm chữ, '
        "đơn vị hay ký hiệu tiền tệ), dùng dấu chấm phân cách hàng nghìn, ví dụ 1.234.")
    assert err.en == (
        'People with health insurance: "abc" has the character "a", which is not a digit. Type a whole '
        "number only (no letters, units or currency signs), with a point between thousands, for example 1.234.")


def test_a_rate_is_shown_a_percentage(workspace):
    err = refused(workspace.set_baseline, "giam_ngheo", "abc")
    assert err.message == (
        'Tỷ lệ hộ nghèo cuối năm 2025 (đầu nhiệm kỳ): "abc" có ký tự "a" không phải chữ số. Chỉ gõ con số '
        "(không kèm chữ hay ký hiệu nào ngoài dấu % ở cuối), dùng dấu phẩy cho phần thập phân, "
        "ví dụ 85,5 hoặc 85,5%.")
    assert err.en.endswith("with a comma before decimals, for example 85,5 or 85,5%.")


def test_a_sum_in_million_dong_is_shown_a_whole_figure(workspace):
    """The budget is whole million đồng (a finer figure is refused: test_decimals_not_rounded), so
    its example has no decimals (it was 1.234.567,89, which the field now refuses)."""
    err = refused(workspace.set_entry, PERIOD, "thu_ngan_sach", value="abc")
    assert err.message == (
        'Thu ngân sách lũy kế từ đầu năm: "abc" có ký tự "a" không phải chữ số. Chỉ gõ số nguyên (không kèm '
        "chữ, đơn vị hay ký hiệu tiền tệ), dùng dấu chấm phân cách hàng nghìn, ví dụ 1.234.567.")
    assert err.en.endswith("for example 1.234.567.")


def test_a_field_nothing_is_known_of_keeps_the_example_of_any_number():
    assert refused(parse_number, "abc", "Dân số").message.endswith("ví dụ 1.234.567,89.")


def test_a_count_is_never_told_to_type_a_decimal(workspace):
    """The readings of an ambiguous number, and the advice for commas, offer a count only its whole
    number; a decimal typed the English way gets no Vietnamese spelling to type."""
    ambiguous = refused(workspace.set_entry, PERIOD, "bhyt", denominator="1,234")
    assert ambiguous.message.endswith("(số thập phân viết kiểu Việt Nam). Chỉ nhận số nguyên: gõ 1.234 hoặc 1234.")
    assert ambiguous.en.endswith("Only a whole number is accepted: type 1234.")  # "1.234": a decimal in English
    english = refused(workspace.set_entry, PERIOD, "bhyt", denominator="1,234.5").message
    assert english.endswith("Chỉ gõ số nguyên, dùng dấu chấm phân cách hàng nghìn, ví dụ 1.234.")
    assert "1.234,5" not in english
    assert refused(workspace.set_entry, PERIOD, "bhyt", denominator=",5").message == (
        'Dân số: ",5" thiếu phần nguyên trước dấu phẩy. Chỉ gõ số nguyên, dùng dấu chấm phân cách hàng '
        "nghìn, ví dụ 1.234.")


def test_a_decimal_count_is_shown_the_whole_numbers_either_side(workspace):
    """12,5 schools: "ví dụ 12 hoặc 13", whole numbers near what was typed, each taken by the field;
    not "1.250", which reads as 1.250 schools to one officer and one and a quarter to another
    (walk 7, L9). A large count keeps the point between thousands, as the officer typed it."""
    err = refused(workspace.set_entry, PERIOD, "truong_chuan", denominator="12,5")
    assert err.message == "Tổng số trường học trên địa bàn: đếm bằng trường, phải là số nguyên, ví dụ 12 hoặc 13."
    assert err.en == "Total schools in the area: counted in schools, so a whole number, for example 12 or 13."
    for example in examples(err.message, "vi"):
        workspace.set_entry(PERIOD, "truong_chuan", denominator=example)  # accepted: raises nothing
    assert examples(refused(workspace.set_entry, PERIOD, "bhyt", denominator="1.234,5").message, "vi") == [
        "1.234", "1.235"]
    assert examples(refused(workspace.set_entry, PERIOD, "bhyt", denominator="0,5").en, "en") == ["0", "1"]


def test_a_field_taking_no_sign_is_not_shown_one(workspace):
    """A count takes neither "%" nor a number below 0: a stray sign is said to be left out."""
    assert refused(workspace.set_entry, PERIOD, "bhyt", numerator="5%%").message == (
        'Số người tham gia BHYT: "5%%" có nhiều dấu %. Chỉ gõ con số, không kèm dấu %, ví dụ 1.234.')
    assert refused(workspace.set_entry, PERIOD, "bhyt", numerator="--5").message == (
        'Số người tham gia BHYT: "--5" có dấu "-". Chỉ nhận số từ 0 trở lên, không gõ dấu trừ, ví dụ 1.234.')


# --- every field of the shipped catalogue --------------------------------------------------------

# Texts each refused with an example of the field (last "ví dụ …" / "for example …" of the message).
BAD = ["abc", "12a", "5 người", "１２", "x" * 70, "9" * 16, "%", "5%%", "%5", "--5", "5-", "1,2,3",
       "1,234.5", ",5", ".5", "+5", "+1,5", "+5%", "5,", "5."]
_EXAMPLES = {"vi": (r"ví dụ (.+?)\.(?:\s|$)", " hoặc "), "en": (r"for example (.+?)\.(?:\s|$)", " or ")}


def examples(text: str, language: str) -> list[str]:
    """The examples a message ends its advice with: "ví dụ 85,5 hoặc 85,5%." → ["85,5", "85,5%"]."""
    pattern, joint = _EXAMPLES[language]
    found = re.findall(pattern, text)
    assert found, text
    return found[-1].split(joint)


def typing_places(ws):
    """(what it is, how to type a text there) for each number an officer types for the unit:
    each field of each indicator (the poverty rate where the poor households go too), each
    start-of-term figure, and each own target."""
    for ind in ws.catalog.indicators_for(ws.commune):
        if ind.kind == "boolean":
            continue
        names = [f.field for f in ind.inputs] + (["value"] if ind.kind == "reduction" else [])
        for name in dict.fromkeys(names):
            yield f"{ind.code}.{name}", _entering(ws, ind.code, name)
        if ind.baseline:
            yield f"{ind.code}.baseline", lambda text, code=ind.code: ws.set_baseline(code, text)
        yield f"{ind.code}.own_target", lambda text, code=ind.code: ws.set_own_target(YEAR, code, "≥", text)


def _entering(ws, code: str, name: str):
    """Typing into one field of an indicator; an accepted figure is cleared again, so that the
    next one is not compared with it (a numerator above its denominator is refused)."""
    def type_in(text):
        ws.set_entry(PERIOD, code, **{name: text})
        ws.set_entry(PERIOD, code, **{name: ""})
    return type_in


@pytest.mark.parametrize("unit", ["workspace", "ward_workspace"])
def test_every_example_shown_is_taken_by_its_field(request, unit):
    """For each place a number is typed, each refusal of BAD shows examples (the same in English)
    that the same place then accepts: no count shown a decimal, no rate shown 1.234.567,89."""
    ws = request.getfixturevalue(unit)
    checked = set()
    for place, type_in in typing_places(ws):
        shown = set()
        for text in BAD:
            err = refused(type_in, text)
            vi, en = examples(err.message, "vi"), examples(err.en, "en")
            assert vi == en, (place, err.message, err.en)
            shown.update(vi)
        for example in sorted(shown):
            type_in(example)  # accepted: raises nothing
        checked.add(place)
    assert {"bhyt.numerator", "giam_ngheo.value", "giam_ngheo.baseline", "thu_ngan_sach.value",
            "tang_gia_tri_san_pham.own_target", "tngt_so_vu.previous"} <= checked


# --- what an ambiguous number's readings say to type, in English ----------------------------------

AMBIGUOUS = ["1234.567", "1,234", "1234.500", "12,500"]
_TYPE = {"vi": r"gõ (-?\d[\d.,]*\d%?|-?\d%?)", "en": r"type (-?\d[\d.,]*\d%?|-?\d%?)"}


def test_the_ambiguous_1234_567_tonnes_is_told_in_english_what_to_type(ward_workspace):
    """1234.567 tonnes of waste is refused as ambiguous; the English said 'for a decimal, type
    1.234,567', the Vietnamese way, which an English reader cannot read (walk S80). It says a
    form parse_number takes and an English reader cannot misread; the Vietnamese is unchanged."""
    err = refused(ward_workspace.set_entry, PERIOD, "rac_thai_do_thi", denominator="1234.567")
    assert err.message.endswith(
        "Nếu là số nguyên, gõ 1.234.567 hoặc 1234567; nếu là số thập phân (dấu chấm gõ theo kiểu tiếng Anh), "
        "gõ 1.234,567.")
    assert err.en.endswith(
        "For the whole number, type 1234567; for a decimal, type 1234.5670 (the 0 at the end makes it "
        "plainly a decimal).")
    ward_workspace.set_entry(PERIOD, "rac_thai_do_thi", denominator="1234.5670")
    assert ward_workspace.row(PERIOD, "rac_thai_do_thi").entry.denominator == Decimal("1234.567")


@pytest.mark.parametrize("unit", ["workspace", "ward_workspace"])
def test_every_reading_of_an_ambiguous_number_is_said_plainly_in_english(request, unit):
    """For each place a number is typed, the readings an ambiguous number's refusal offers are,
    in English, written without a thousands point or a decimal comma (no '1.234', no '1,2340'),
    mean what the Vietnamese offers, and are read by that place (a rate may refuse 1234,5 as above
    100%: a refusal of its form would quote it)."""
    ws = request.getfixturevalue(unit)
    decimals = set()
    for place, type_in in typing_places(ws):
        for text in AMBIGUOUS:
            err = refused(type_in, text)
            vi, en = re.findall(_TYPE["vi"], err.message), re.findall(_TYPE["en"], err.en)
            assert vi and len(vi) == len(en), (place, err.message, err.en)
            for said_vi, said_en in zip(vi, en):
                assert "," not in said_en and not re.search(r"\.\d{3}$", said_en.rstrip("%")), (place, err.en)
                assert parse_number(said_en).value == parse_number(said_vi).value, (place, err.en)
                try:
                    type_in(said_en)
                except InvalidInput as beyond:  # a rate's 1234,5% is beyond its range, not misread
                    assert f'"{said_en}"' not in beyond.en, (place, err.en, beyond.en)
            if len(en) == 2:
                decimals.add(place)
    assert {"giam_ngheo.value", "thu_ngan_sach.value"} & decimals == {"giam_ngheo.value"}  # the budget is whole
    assert unit == "workspace" or "rac_thai_do_thi.numerator" in decimals
