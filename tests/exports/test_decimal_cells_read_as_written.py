"""A decimal cell of "Dữ liệu" is read as its canonical text, whether the writer wrote it so
(read as it is) or it was retyped otherwise ("1.50", "007", "-0"): the figures, and so the
fingerprint, are the same either way."""
import itertools
import re
from decimal import Decimal

import pytest

from desktop_app.core.errors import BadSubmission
from desktop_app.core.numbers import canonical
from exports.submission_format import _decimal


def test_every_short_number_text_reads_as_its_canonical_text():
    texts = ["".join(t) for n in range(1, 6) for t in itertools.product("-0159.", repeat=n)]
    texts += ["1" * 30, "1" * 30 + "." + "5" * 30, "0." + "0" * 29 + "1", "-" + "9" * 30, "1" * 31, "1." + "1" * 31]
    for text in texts:
        try:
            read = _decimal(text, "value", 2)
        except BadSubmission:
            read = "refused"
        # digits, a point before the fraction, at most 30 digits each side (as the writer writes them)
        expected = canonical(Decimal(text)) if re.fullmatch(r"-?[0-9]{1,30}(\.[0-9]{1,30})?", text) else "refused"
        assert read == expected, text


@pytest.mark.parametrize(("cell", "read"), [("1.50", "1.5"), ("007", "7"), ("-0", "0"), ("-0.0", "0"), ("0.25", "0.25"),
                                            ("", None), ("  ", None), (None, None), (12.0, "12")])
def test_a_retyped_cell_reads_as_the_writer_would_have_written_it(cell, read):
    assert _decimal(cell, "value", 2) == read
