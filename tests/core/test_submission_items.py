"""Items and submissions made from a reader's values are the dataclasses' own."""
from __future__ import annotations

import pickle

import pytest

from desktop_app.submission import ITEM_FIELDS, Item, item_from_fields, item_maker, submission_from_fields


def _values() -> dict:
    return dict(code="bhyt", no=3, name="Tỷ lệ dân số tham gia bảo hiểm y tế", unit="%", assigned=True,
                numerator="9500", denominator="10000", value="95", value_text="95", target_op="≥",
                target_value="95", target_text="≥ 95", verdict="Đạt", notes=("Ghi chú",))


def test_an_item_from_a_readers_column_order_equals_one_made_by_init():
    made = Item(**_values())
    order = tuple(reversed(ITEM_FIELDS))
    fast = item_maker(order)(tuple(made.__dict__[f] for f in order))
    assert fast == made and hash(fast) == hash(made) and repr(fast) == repr(made)
    assert item_from_fields(dict(made.__dict__)) == made
    assert pickle.loads(pickle.dumps(fast)) == made
    with pytest.raises(AttributeError):  # still frozen
        fast.value = "1"


def test_item_maker_refuses_an_order_that_is_not_the_items_fields():
    with pytest.raises(ValueError):
        item_maker(ITEM_FIELDS[:-1])
    with pytest.raises(ValueError):
        item_maker((*ITEM_FIELDS[:-1], "code"))


def test_a_dict_missing_fields_goes_through_init_and_its_errors():
    with pytest.raises(TypeError):
        item_from_fields({"code": "x"})
    with pytest.raises(TypeError):
        submission_from_fields({"unit_code": "05503"})


def test_an_intake_result_pickles_and_changes_as_the_dataclass_would():
    from dataclasses import replace

    from desktop_app.intake import HOP_LE, TRUNG, FileResult

    result = FileResult("a.xlsx", HOP_LE, "", size=10, unit_code="05503", late=True)
    assert pickle.loads(pickle.dumps(result)) == result
    changed = result.changed({"class_": TRUNG, "kept": True, "received_id": 7})
    assert changed == replace(result, class_=TRUNG, kept=True, received_id=7)
    assert result.class_ == HOP_LE  # the original is untouched
    with pytest.raises(TypeError):
        result.changed({"colour": "red"})
