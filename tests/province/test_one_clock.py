"""One clock for every time the province shows (walk 20, #4): the key register said its moments
in Vietnam time while the intake's reasons, the log's lines, the consolidated workbook and the
window's rows said them in the zone they were written in, this computer's: on a computer set to
UTC one screen showed two hours for one moment. Every time is now said in Vietnam time
(`core.intake.when_text`), the time of the dates of receipt and of the reports, Vietnamese legal
documents."""
from __future__ import annotations

from types import SimpleNamespace


from desktop_app.core.intake import vietnam_when_text, when_text
from db.rows import now
from tests.core.vietnam_laptop import laptop_on_utc  # noqa: F401 (the fixture)

READ_UTC = "2026-12-03T18:35:00+00:00"  # 01:35 on 04/12/2026 in Vietnam


def test_a_reason_says_a_moment_in_vietnam_time_as_the_register(laptop_on_utc):  # noqa: F811
    assert when_text(READ_UTC) == "01:35 04/12/2026" == vietnam_when_text(READ_UTC)
    assert when_text("2026-12-04T01:35:00+07:00") == "01:35 04/12/2026"
    assert when_text("2026-12-04T01:35:00") == "01:35 04/12/2026"  # a time without zone: Vietnam's, as before
    stamp = now()  # what the province records, in this computer's zone
    assert stamp.endswith("+00:00") and when_text(stamp) == vietnam_when_text(stamp)
    assert when_text("") == "không rõ" and when_text("hôm qua") == "hôm qua"


def test_an_acceptance_is_said_in_vietnam_time(laptop_on_utc):  # noqa: F811
    from desktop_app.key_register import _already

    row = SimpleNamespace(file_name="a.xlsx", fingerprint="ab" * 16, accepted_at=READ_UTC, accepted_by="van-thu")
    err = _already(SimpleNamespace(name="Xã Đại Phúc"), row)
    assert "đã được chấp nhận lúc 01:35 04/12/2026 bởi van-thu." in err.message


def test_the_window_says_when_a_file_was_read_in_vietnam_time(laptop_on_utc, qapp):  # noqa: F811
    from ui import i18n
    from ui.province_intake_rows import _received_tip

    i18n.install_language(i18n.VIETNAMESE)
    unit = SimpleNamespace(received_at=READ_UTC, received_on="", received_from="")
    assert "01:35 04/12/2026" in _received_tip(unit)
