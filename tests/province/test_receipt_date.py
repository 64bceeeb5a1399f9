"""The date a file was received, when the intake is given none: the day it was saved into the
folder in Vietnam time, as the file's own time is read, whatever zone the computer is set to."""
import datetime as dt
import os

from desktop_app.intake import receipt_date
from tests.core.vietnam_laptop import laptop_on_utc  # noqa: F401 (the fixture)


def test_a_file_saved_at_22_43_utc_was_received_the_next_day_in_vietnam(tmp_path, laptop_on_utc):  # noqa: F811
    """Made and saved at 05:43 on 02/12 in Thái Nguyên (22:43 UTC on 01/12): received on 02/12,
    so it is not "made after its receipt" (a wrong clock) when read the same morning."""
    f = tmp_path / "2026_05503_xa-tan-cuong.xlsx"
    f.write_bytes(b"x")
    saved = dt.datetime(2026, 12, 1, 22, 43, tzinfo=dt.timezone.utc).timestamp()
    os.utime(f, (saved, saved))
    assert dt.date.fromtimestamp(saved) == dt.date(2026, 12, 1)  # the computer's own zone
    assert receipt_date(f) == dt.date(2026, 12, 2)
    assert receipt_date(f, dt.date(2026, 12, 5)) == dt.date(2026, 12, 5)  # the batch's date given
