"""A laptop's time zone for one test, undone after it: `laptop_in_vietnam` (UTC+7, as the communes' are) and
`laptop_on_utc` (a fresh Windows install left on UTC, the test machine's own).

Times a person reads are said in Vietnam time (desktop_app/core/vietnam_time.py): a test that gives the
program a naive local time ("the clock reads 08:00") and expects to read that hour back is a test of a
laptop set to Vietnam's zone; one showing that a moment reads alike everywhere runs on UTC."""
from __future__ import annotations

import time

import pytest


def _zone(monkeypatch, zone: str):
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def laptop_in_vietnam(monkeypatch):
    yield from _zone(monkeypatch, "Asia/Ho_Chi_Minh")


@pytest.fixture
def laptop_on_utc(monkeypatch):
    yield from _zone(monkeypatch, "UTC")
