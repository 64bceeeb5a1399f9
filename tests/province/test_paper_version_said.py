"""The province's intake says which paper a file prints when it is not its writer's (red-team R31 F5): a 0.3.0 file
of an approval made by 0.2.0 states `paper_version` 0.2.0, which the province showed nowhere; in the reason's
English too."""
from __future__ import annotations

import dataclasses

from desktop_app.core.keys import in_window
from desktop_app.core.reasons_english import in_english
from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import one_report_delivered, saved_on_time

SAID = ("Lập bằng phiên bản 0.3.0 của phần mềm, in theo mẫu báo cáo giấy của phiên bản 0.2.0 (phiên bản đã duyệt "
        "bản này).")
SAID_EN = "Made with version 0.3.0 of the program, printing the paper form of version 0.2.0 (the version that approved it)."


def test_intake_names_the_paper_a_file_prints(office, tmp_path):
    sub, path = one_report_delivered(tmp_path, pick_units(1, 0)[0], PERIOD)
    saved_on_time(signed(dataclasses.replace(sub, app_version="0.3.0", paper_version="0.2.0"), new_private_key()), path)
    run = office.intake(path.parent, sub.period)
    reason = run.results[0].reason
    assert reason.startswith("Đã nhận") and SAID in reason, reason
    assert SAID_EN in in_english(in_window(reason, english=True)), reason


def test_a_file_printing_its_own_paper_says_nothing_of_it(office, tmp_path):
    sub, path = one_report_delivered(tmp_path, pick_units(1, 0)[0], PERIOD)
    run = office.intake(path.parent, sub.period)
    assert "mẫu báo cáo giấy" not in run.results[0].reason
