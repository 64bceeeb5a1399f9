"""One "today" at the province (walk 23, #1): the day in Vietnam time, as its dates of receipt and
every moment it shows are (`core.intake.vietnam_today`). On a computer set to UTC, after 17:00 the
consolidated PDF said "Đến ngày 04/12/2026, đã nhận…" and the intake refused a date of receipt of
05/12 as "sau hôm nay (04/12/2026)", while the files read that evening were received on 05/12.

The computer here is set 17 hours behind UTC, 24 hours behind Vietnam: its day is always the day
before Vietnam's, whatever the hour the tests run at (and whatever zone the machine is set to)."""
from __future__ import annotations

import datetime as dt
import io
import time

import pytest
from pypdf import PdfReader

from desktop_app.core.intake import VIETNAM_TIME, vietnam_today
from desktop_app.core.periods import format_date
from exports.consolidated_pdf import render_pdf
from tests.province.conftest import PERIOD


@pytest.fixture
def computer_a_day_behind(monkeypatch):
    monkeypatch.setenv("TZ", "<M17>+17")
    time.tzset()
    assert dt.date.today() != dt.datetime.now(VIETNAM_TIME).date()
    yield dt.datetime.now(VIETNAM_TIME).date()
    monkeypatch.undo()
    time.tzset()


def test_today_is_vietnams_day(computer_a_day_behind):
    assert vietnam_today() == computer_a_day_behind


def test_a_date_of_receipt_of_today_in_vietnam_is_taken(computer_a_day_behind, office, tmp_path):
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    run = office.intake(folder, PERIOD, received=computer_a_day_behind)  # refused as "sau hôm nay" before
    assert run.received_on == computer_a_day_behind.isoformat()


def test_the_report_is_dated_today_in_vietnam(computer_a_day_behind, received):
    office, _ = received
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(
        render_pdf(office.consolidation(PERIOD)))).pages)
    assert f"Đến ngày {format_date(computer_a_day_behind)}, đã nhận" in text


def test_the_window_is_on_todays_date_in_vietnam(computer_a_day_behind, office, qapp):
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws)
    try:
        assert w.today == computer_a_day_behind
    finally:
        w.close()
        w.deleteLater()
