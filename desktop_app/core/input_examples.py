"""What each kind of field takes, and the examples a refusal shows for it.

A count of people takes a whole number ("1.234"), a rate a percentage ("85,5%"), an amount
a decimal: the caller tells parse_number (typed_numbers.py) which, so that every example a
refusal shows is one its field takes.  Kept apart from the reading, so that the kinds of
field and their examples are found, and changed, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["ParsedNumber", "Accepts", "ANY_NUMBER", "WHOLE", "AMOUNT", "RATE"]


@dataclass(frozen=True)
class ParsedNumber:
    value: Decimal
    percent: bool   # the text ended with "%"


@dataclass(frozen=True)
class Accepts:
    """What a field takes, told by its caller, so that each example a refusal shows is taken by
    the field (a count of people is not shown "1.234.567,89", nor a rate a sum of money).
    `kind`: "number" when nothing is known of the field (any number, "%" too); "whole" (a count:
    no message suggests a decimal); "decimal" (an amount, no "%"); "rate" (a percentage, "%" may
    follow); "points" (percentage points, at most 100: a decimal, no "%", no example above 100).
    `examples`: typed as an officer types them, joined by "hoặc"/"or". `negative`: whether a
    number below 0 is taken (only then does a message show a negative example)."""
    kind: str = "number"
    examples: tuple[str, ...] = ("1.234.567,89",)
    negative: bool = True
    most: int | None = None  # a rate's highest (100 where a rate cannot pass it): no example above it

    def example(self, en: bool = False) -> str:
        return (" or " if en else " hoặc ").join(self.examples)

    @property
    def percent_example(self) -> str:
        """The example with "%" of a field that takes one ("" otherwise)."""
        if self.kind == "number":
            return "95,5%"
        return next((e for e in self.examples if e.endswith("%")), "")

    def takes(self, parsed: ParsedNumber) -> bool:
        """Whether a number read is one the field takes (by its form: not a rate's limit)."""
        return ((self.kind != "whole" or parsed.value == parsed.value.to_integral_value())
                and (not parsed.percent or bool(self.percent_example))
                and (self.negative or parsed.value >= 0))


ANY_NUMBER = Accepts()
WHOLE = Accepts("whole", ("1.234",), negative=False)
AMOUNT = Accepts("decimal", ("1.234.567,89",), negative=False)
RATE = Accepts("rate", ("85,5", "85,5%"), negative=False)
