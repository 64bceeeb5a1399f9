"""A restore does not bring back pinned a province key the commune forgot as forged (S3 item 4): a backup taken
after a forged update was imported (its key pinned from the forged letter's code) and before the administrator forgot
that key with --withdraw; restored, the list of keys forgotten is carried over (red-team R5 F9), but the backup's own
setting pinned the key again, so the next forged update signed by it was imported without a question. Now a pinned
key that the data replaced had forgotten as not the province's, after it was pinned, is not pinned after the
restore, and the question before it says so."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import catalog_update as cu
from desktop_app import province_key_reset as reset
from desktop_app.backups import restore, restore_warning, take_backup
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.forgotten_keys import ForgottenKeyRefused, forgotten_again
from desktop_app.services import Workspace
from tests.province.test_forget_province_key import ADMIN, commune  # noqa: F401 - commune is a fixture
from tests.province.test_forgotten_key_not_taken_again import _update


def test_a_key_forgotten_as_forged_after_the_backup_pinned_it_is_not_pinned_by_the_restore(commune, tmp_path):  # noqa: F811
    key = new_private_key()
    code = key_code(public_key(key))
    cu.import_update(commune, _update(tmp_path, key, "2026.1", "2026.2", "90"), code)  # the forged letter's code
    commune.login(*ADMIN)
    pinned = take_backup(commune, "thu-cong")  # the forged key pinned
    reset.forget_province_key(commune, code, withdraw=True)  # the province says it is not its key
    db = Path(commune.store.path)
    asked = str(restore_warning(db, pinned))
    assert (f"Khóa của tỉnh mã {code} mà bản sao lưu ghi nhận đã được bỏ vì không phải khóa của tỉnh sau lúc sao "
            "lưu: sau khi khôi phục, máy vẫn không ghi nhận khóa này, và lần nhập bản cập nhật bộ chỉ tiêu tới sẽ hỏi "
            "lại mã khóa: chỉ gõ mã in trên công văn giấy của tỉnh.") in asked, asked
    assert "máy lại ghi nhận khóa này" not in asked  # what the question said, and the restore did
    restore(commune, pinned, confirmed=restore_warning(db, pinned))
    ws = Workspace.open(db.parent)
    try:
        ws.login(*ADMIN)
        assert reset.recorded_key(ws) is None  # was the forged key, pinned again
        with pytest.raises(ForgottenKeyRefused):  # was imported, unasked
            cu.import_update(ws, _update(tmp_path, key, "2026.2", "2026.3", "80"), code)
    finally:
        ws.close()


def test_a_key_pinned_again_after_its_forgetting_stays_pinned():
    """The office said the key is the province's after all (`--forgotten-key-confirmed`): pinned again after the
    forgetting, by the backup or by the data replaced, the restore keeps it pinned."""
    forgotten = [{"public_key": "K", "key_code": "AAAA", "forgotten_at": "2026-12-02T10:00:00+07:00",
                  "forgotten_by": "admin", "withdrawn": ["2026.2"]}]
    before = {"public_key": "K", "pinned_at": "2026-12-01T09:00:00+07:00"}
    again = {"public_key": "K", "pinned_at": "2026-12-03T09:00:00+07:00"}
    assert forgotten_again(before, forgotten, None).key_code == "AAAA"  # the case above: not pinned
    assert forgotten_again(before, forgotten, again) is None  # the data replaced pinned it again: kept
    assert forgotten_again(again, forgotten, None) is None  # the backup pinned it again
    changed = [{**forgotten[0], "withdrawn": []}]  # forgotten as a key the province changed: comes back unasked
    assert forgotten_again(before, changed, None) is None
