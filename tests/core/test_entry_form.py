"""What the entry window shows beside the figures: own-target text, last save time, a period's warnings."""
import datetime as dt

import pytest

from desktop_app.core.validation import parse_target_text
from desktop_app.core.errors import InvalidInput


@pytest.mark.parametrize("text, expected", [
    ("≥ 95", ("≥", "95")),
    (">=95", (">=", "95")),
    ("95", ("=", "95")),
    ("< 3,5", ("<", "3,5")),
    ("", (None, "")),
    ("   ", (None, "")),
])
def test_own_target_text_is_split_into_comparator_and_value(text, expected):
    """What an officer types in an own-target cell becomes the service's (op, value)."""
    assert parse_target_text(text) == expected


def test_a_comparator_without_value_is_refused():
    """"≥" alone says what is missing."""
    with pytest.raises(InvalidInput, match="thiếu giá trị"):
        parse_target_text("≥")


def test_a_yes_no_target_keeps_its_word():
    """"Có" for a yes/no indicator is "= Có"."""
    assert parse_target_text("Có", boolean=True) == ("=", "Có")


def test_last_saved_is_the_latest_change(workspace):
    """The status line's time comes from the audit trail, in local time."""
    assert workspace.last_saved() is None  # nothing of the unit's yet
    before = dt.datetime.now().astimezone() - dt.timedelta(seconds=5)
    workspace.set_entry("2026-6M", "bhyt", numerator="9500")
    assert workspace.last_saved() >= before


def test_period_warnings_are_keyed_by_indicator(workspace):
    """Only rows with something to say appear."""
    workspace.set_entry("2026-Q1", "bhyt", numerator="4500", denominator="10000")
    workspace.set_entry("2026-6M", "bhyt", numerator="9200", denominator="10000")
    found = workspace.period_warnings(workspace.period_view("2026-6M"))
    assert found == {"bhyt": ["Thay đổi bất thường so với kỳ trước: 45% → 92%"]}
