"""Gửi cho tỉnh: the .eml draft a mail program opens ready to send, read back with `email`."""
from __future__ import annotations

from email import message_from_bytes
from email.policy import default

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.mail import prepare_mail
from desktop_app.services import Workspace
from exports.submission_reader import read_submission
from tests.exports.sample_data import fill_ward_2026


@pytest.fixture(scope="module")
def ward(tmp_path_factory):
    ws = Workspace.open(tmp_path_factory.mktemp("ward"), user="can-bo")
    ws.setup("Phan Đình Phùng", "Lê Văn Cường", "Phạm Thị Dung", "Phó Chủ tịch", "UBND")
    fill_ward_2026(ws)
    ws.set_province_email("  vanphong@thainguyen.gov.vn ")
    yield ws
    ws.close()


def test_the_draft_carries_both_files_to_the_province(ward, tmp_path):
    draft = prepare_mail(ward, "2026-6M", tmp_path)
    raw = draft.path.read_bytes()
    assert draft.path == draft.export.folder / f"{draft.export.submission.file_stem}.eml"
    assert b"\r\n" in raw and raw.isascii()  # 7-bit: every mail program reads it
    msg = message_from_bytes(raw, policy=default)
    assert msg["X-Unsent"] == "1"
    assert msg["To"] == "vanphong@thainguyen.gov.vn"
    assert b"=?utf-8?" in raw.split(b"\r\nX-Unsent")[0]  # the subject as encoded UTF-8 (RFC 2047)
    subject = msg["Subject"]
    assert subject == draft.subject
    assert "Phường Phan Đình Phùng" in subject and "6 tháng đầu năm 2026" in subject
    assert "bản dự thảo" in subject  # not approved: the province sees it is a draft
    files = {part.get_filename(): part.get_content() for part in msg.iter_attachments()}
    assert sorted(files) == sorted(p.name for p in draft.export.paths)
    assert {name.rsplit(".", 1)[1] for name in files} == {"pdf", "xlsx"}
    pdf = next(v for k, v in files.items() if k.endswith(".pdf"))
    assert pdf.startswith(b"%PDF")
    xlsx_name = next(k for k in files if k.endswith(".xlsx"))
    attached = tmp_path / "attached" / xlsx_name
    attached.parent.mkdir()
    attached.write_bytes(files[xlsx_name])
    assert read_submission(attached).fingerprint == draft.export.submission.fingerprint
    body = msg.get_body(("plain",)).get_content()
    assert body.replace("\r\n", "\n").rstrip("\n") == draft.body
    assert draft.export.submission.short_fingerprint in body and "Phạm Thị Dung" in body


def test_without_an_address_the_officer_fills_it_in(tmp_path):
    ws = Workspace.open(tmp_path / "db", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    draft = prepare_mail(ws, "2026-Q1", tmp_path / "out")
    msg = message_from_bytes(draft.path.read_bytes(), policy=default)
    assert msg["To"] is None and msg["X-Unsent"] == "1"
    assert len(list(msg.iter_attachments())) == 2
    ws.close()


@pytest.mark.parametrize("typed", ["vanphong", "văn.phòng@thainguyen.gov.vn", "a b@x.vn", "a@b"])
def test_a_wrong_address_is_refused_naming_the_field(tmp_path, typed):
    ws = Workspace.open(tmp_path, user="can-bo")
    with pytest.raises(InvalidInput) as err:
        ws.set_province_email(typed)
    assert err.value.field == "Địa chỉ thư điện tử của tỉnh" and "ten@thainguyen.gov.vn" in str(err.value)
    assert ws.province_email == ""
    ws.close()
