"""Walk 17, L4: the English window's feedback line says "result: 1 person", not "1 people";
other counts keep their plural, and the Vietnamese unit is never changed."""
from __future__ import annotations

from ui import i18n
from ui.entry_messages import _with_unit


def test_one_is_said_in_the_singular_in_english(qapp):
    i18n.switch_language(i18n.ENGLISH)
    try:
        assert _with_unit("1", "người", "people") == "1 person"
        assert _with_unit("1", "hộ", "households") == "1 household"
        assert _with_unit("2", "người", "people") == "2 people"
        assert _with_unit("1", "triệu đồng", "million VND") == "1 million VND"
        assert _with_unit("1", "thôn, tổ dân phố", "villages, residential groups") == "1 villages, residential groups"
    finally:
        i18n.switch_language(i18n.VIETNAMESE)
    assert _with_unit("1", "người", "people") == "1 người"
