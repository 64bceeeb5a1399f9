"""The version the province is offered for its next catalogue update: the next number of the year, or the first of a
new year (walk U18 F6: a catalogue published in 2027 was offered "2026.2", printed then on its cover note and on every
2027 report)."""
from __future__ import annotations

import datetime as dt
import types

import pytest

from desktop_app import catalog_update as cu
from desktop_app.core.catalog_numbering import next_version


@pytest.mark.parametrize(("current", "year", "offered"), [
    ("2026.1", 2026, "2026.2"), ("2026.9", 2026, "2026.10"), ("2026.3", 2027, "2027.1"), ("2026.1.3", 2026, "2026.1.4"),
])
def test_next_version(current, year, offered):
    assert next_version(current, year) == offered
    assert cu.version_key(offered) > cu.version_key(current)


@pytest.mark.parametrize(("today", "offered"), [(dt.date(2026, 11, 30), "2026.2"), (dt.date(2027, 1, 15), "2027.1")])
def test_the_publish_box_offers_the_years_next_version(office, monkeypatch, today, offered):
    from ui import catalog_update_dialog as dialog

    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97", unit="05503")
    asked = {}

    def ask_text(parent, title, label, text=""):
        asked["text"] = text
        return "", False  # the province closes the box: nothing published

    monkeypatch.setattr(dialog, "ask_text", ask_text)
    monkeypatch.setattr(dialog, "dt", types.SimpleNamespace(date=types.SimpleNamespace(today=lambda: today)))
    assert dialog.publish_catalog_update(None, office.ws) is None
    assert asked["text"] == offered and office.catalog.version == "2026.1"
