"""`export_period`: the service the CLI and the window call, and the approval workflow."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from desktop_app.services import export_period
from desktop_app.core.workflow import State
from exports.bundle import ExportCancelled
from exports.submission_reader import read_submission, verify_file
from tests.exports.sample_data import fill_commune_2026


def _text(path) -> str:
    return " ".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_draft_export_keeps_the_period_state(workspace, tmp_path):
    """A period not approved exports as DỰ THẢO and stays as it was."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    result = export_period(workspace, "2026", tmp_path)
    assert not result.submission.approved
    assert "DỰ THẢO" in _text(result.pdf)
    assert workspace.period_state("2026") == State.ENTERING


def test_approved_export_has_no_draft_mark_and_marks_sent(workspace, tmp_path):
    """After approval the report prints without DỰ THẢO, with the approved fingerprint, and the
    period becomes Đã gửi."""
    fill_commune_2026(workspace)
    workspace.complete("2026")
    approved_fp = workspace.approve("2026")
    result = export_period(workspace, "2026", tmp_path, doc_number="12")
    sub = result.submission
    assert sub.approved and sub.fingerprint == approved_fp
    text = _text(result.pdf)
    assert "DỰ THẢO" not in text and "Số: 12/BC-UBND" in text
    assert sub.short_fingerprint in text
    back = read_submission(result.xlsx)
    assert back.approved and verify_file(result.xlsx).ok
    assert workspace.period_state("2026") == State.SENT
    row = workspace.store.period_state(workspace.commune.code, "2026")
    assert row.fingerprint == approved_fp and row.sent_at


def test_progress_is_reported_and_cancel_stops(workspace, tmp_path):
    """Progress goes from 0 to done with Vietnamese labels; cancelling stops before writing."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    seen = []
    export_period(workspace, "2026", tmp_path / "a", progress=lambda d, t, label: seen.append((d, t, label)))
    assert seen[0][0] == 0 and seen[-1][:2] == (2, 2) and "Excel" in seen[0][2]
    with pytest.raises(ExportCancelled):
        export_period(workspace, "2026", tmp_path / "b", cancelled=lambda: True)
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())
