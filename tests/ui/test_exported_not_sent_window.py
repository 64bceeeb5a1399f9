"""After an approved export the window says "Exported", never "Sent" (walk U8 in English, U9 in Vietnamese:
"Đã gửi" / "Sent" read as the province having the report, nothing e-mailed): the period list, the header
and the banner, which says when the file for the province was exported and that the officer e-mails it
(File › Send to the province…) if not sent yet. The Vietnamese ("Đã xuất") is
tests/ui/test_roles_refused_at_once.py's."""
from __future__ import annotations

from desktop_app.core.periods import format_time
from desktop_app.core.workflow import State
from desktop_app.services import export_period
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import window_in_english
from tests.ui.test_roles_refused_at_once import DEC, _approved


def test_an_exported_period_says_exported_in_english(make_window, office, qtbot, tmp_path, english):  # noqa: F811
    _approved(office)
    export_period(office, "2026", tmp_path / "out", pdf=False)
    assert office.period_state("2026") == State.SENT
    as_(office, "canbo")
    window = make_window(office, today=DEC)
    window_in_english(window, qtbot, english)
    item = window.navigator._items[window.period]
    header = window.deadline_label.text()
    banner = window.frozen_label.text().replace("\u00a0", " ")
    assert item.text(3) == "Exported" and header.endswith("Status: Exported")
    assert banner.startswith(f"This period is exported: its file for the province was exported at "
                             f"{format_time(office.sent_at('2026'))}. The program does not send it: e-mail the file to "
                             "the province (File › Send to the province…) if not sent yet. View only")
    assert not any("sent" in text.lower().replace("if not sent yet", "") for text in (item.text(3), header, banner))
