"""`laptop_in_vietnam`: this process's zone set to Vietnam's (UTC+7) for a test, undone after it.

Times a person reads are said in Vietnam time (desktop_app/core/vietnam_time.py): a test that gives the
program a naive local time ("the clock reads 08:00") and expects to read that hour back is a test of a
laptop set to Vietnam's zone, as the communes' are; the test machine may be set to UTC."""
from __future__ import annotations

import time

import pytest


@pytest.fixture
def laptop_in_vietnam(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
