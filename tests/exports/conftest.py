"""Filled workspaces and their submissions, built once per module (exports only read)."""
from __future__ import annotations

import pytest

from desktop_app.services import Workspace
from tests.exports.sample_data import GENERATED_AT, REPORT_DATE, fill_commune_2026, fill_ward_2026


def _filled(folder, commune, preparer, signer, title, fill):
    ws = Workspace.open(folder, user="can-bo")
    ws.setup(commune, preparer, signer, title, "UBND")
    fill(ws)
    return ws


@pytest.fixture(scope="module")
def commune_ws(tmp_path_factory):
    """Xã Tân Cương with the whole 2026 year entered."""
    ws = _filled(tmp_path_factory.mktemp("commune"), "tan cuong", "Nguyễn Văn An", "Trần Thị Bình",
                 "Chủ tịch", fill_commune_2026)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def ward_ws(tmp_path_factory):
    """Phường Phan Đình Phùng with the whole 2026 year entered, signed by a vice-chair."""
    ws = _filled(tmp_path_factory.mktemp("ward"), "Phan Đình Phùng", "Lê Văn Cường", "Phạm Thị Dung",
                 "Phó Chủ tịch", fill_ward_2026)
    yield ws
    ws.close()


def submission_of(ws, period="2026", **kw):
    kw.setdefault("report_date", REPORT_DATE)
    kw.setdefault("generated_at", GENERATED_AT)
    return ws.submission(period, **kw)


@pytest.fixture(scope="module")
def commune_sub(commune_ws):
    return submission_of(commune_ws)


@pytest.fixture(scope="module")
def ward_sub(ward_ws):
    return submission_of(ward_ws)


def signed_page(reader) -> int:
    """The index of a report's signed page (closing, signature, foot with its codes): the last
    portrait page, the annex's table following on landscape pages."""
    return max(n for n, p in enumerate(reader.pages) if p.mediabox.width < p.mediabox.height)
