"""A catalogue version edited with sqlite3 and then acknowledged by the administrator voids the
approvals made under that version (red-team 22, F3): an approval names its catalogue version
rather than keeping a copy, so the window and `chitieu show` would print the changed indicator's
name and target for an approved period while the signed paper says the approved ones. Voided,
the period is Hoàn thành again and the window, `show` and the paper say the same thing."""
from __future__ import annotations

import json
import sqlite3

import pytest

from desktop_app.core.errors import DatabaseDamaged
from desktop_app.core.workflow import State
from desktop_app.services import export_period
from exports.submission_reader import verify_file
from tests.core.test_changed_outside import _as, _sql, office  # noqa: F401 (the fixture)

RENAMED = "Tỷ lệ người dân tham gia BHYT (ĐÃ SỬA)"


def _approved(office):  # noqa: F811
    ws = _as(office, "lanhdao")
    ws.approve("2026")
    ws.close()


def _edit_catalog(office, version: str = "2026.1", *, copy_as: str | None = None,  # noqa: F811
                  named: str | None = None) -> None:
    """What the red-team did with sqlite3 (rt/tamper_catalog.py): bhyt renamed, Tân Cương's bhyt
    target '= 100' made '≥ 50'; `copy_as`: written as a new version instead, `version` untouched,
    its document naming `copy_as` (or `named`)."""
    conn = sqlite3.connect(office / "chitieu.db")
    doc = json.loads(conn.execute("SELECT document FROM catalogs WHERE version = ?", (version,)).fetchone()[0])
    next(i for i in doc["indicators"] if i["code"] == "bhyt")["name"] = RENAMED
    next(u for u in doc["communes"] if u["code"] == "05503")["targets"]["bhyt"] = {"op": "≥", "printed": "≥ 50",
                                                                                   "value": 50}
    if copy_as is not None:
        doc["catalog_version"] = named or copy_as
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    if copy_as is None:
        conn.execute("UPDATE catalogs SET document = ? WHERE version = ?", (text, version))
    else:
        conn.execute("INSERT INTO catalogs (version, format_version, imported_at, document) "
                     "SELECT ?, format_version, imported_at, ? FROM catalogs WHERE version = ?",
                     (copy_as, text, version))
    conn.commit()
    conn.close()


def _bhyt_name(view) -> str:
    return next(r.indicator.name for r in view.rows if r.indicator.code == "bhyt")


def test_the_approved_catalogue_edited_and_acknowledged_voids_the_approval(office, tmp_path):  # noqa: F811
    _approved(office)
    ws = _as(office, "canbo")
    version = ws.approval("2026").catalog_version
    ws.close()
    _edit_catalog(office, version)

    admin = _as(office, "admin")
    assert [p.code for p in admin.approvals_voided_by(admin.verify_history())] == ["2026"]  # the question names it
    said = admin.acknowledge_changes()
    assert said == [f"Bộ chỉ tiêu phiên bản {version} đã bị sửa ngoài chương trình."]
    # the catalogue named, not the period's data, which nobody changed
    assert admin.approvals_voided == (
        f"Bản duyệt kỳ năm 2026 bị hủy vì bộ chỉ tiêu phiên bản {version}, theo đó kỳ được duyệt, đã bị sửa ngoài "
        "chương trình: kỳ trở lại trạng thái Hoàn thành. Lãnh đạo phải xem lại số liệu hiện có và duyệt lại; đến khi "
        "đó chỉ xuất được bản DỰ THẢO.",)
    assert admin.approvals_voided[0].en.startswith(
        f"The approval of year 2026 was voided because the indicator catalogue version {version}, under which it was "
        "approved, was changed outside the program:")
    assert admin.period_state("2026") == State.COMPLETE and admin.approval("2026") is None
    admin.close()

    # What the window and `show` read, the draft and the paper the leader approves again say one thing.
    officer = _as(office, "canbo")
    assert _bhyt_name(officer.period_view("2026")) == RENAMED
    draft = verify_file(export_period(officer, "2026", tmp_path / "draft", pdf=False).xlsx)
    assert not draft.submission.approved
    assert next(i.name for i in draft.submission.items if i.code == "bhyt") == RENAMED
    officer.close()
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    assert _bhyt_name(leader.period_view("2026")) == RENAMED
    assert next(i.name for i in leader.submission("2026").items if i.code == "bhyt") == RENAMED
    leader.close()


def test_the_catalogue_and_a_figure_edited_name_both(office):  # noqa: F811
    _approved(office)
    _edit_catalog(office)
    _sql(office, "UPDATE entries SET numerator = '9870' WHERE indicator = 'bhyt' AND period = '2026'")
    admin = _as(office, "admin")
    admin.acknowledge_changes()
    assert admin.approvals_voided[0].startswith(
        "Bản duyệt kỳ năm 2026 bị hủy vì dữ liệu của kỳ và bộ chỉ tiêu phiên bản 2026.1, theo đó kỳ được duyệt, đã bị "
        "sửa ngoài chương trình: kỳ trở lại trạng thái Hoàn thành.")
    admin.close()


def test_another_catalogue_version_changed_voids_nothing(office):  # noqa: F811
    _approved(office)
    ws = _as(office, "canbo")
    version, approved = ws.approval("2026").catalog_version, ws.submission("2026").fingerprint
    ws.close()
    _edit_catalog(office, version, copy_as="2099.1")  # a version added by hand, the approval's untouched

    admin = _as(office, "admin")
    assert admin.approvals_voided_by(admin.verify_history()) == []
    admin.acknowledge_changes()
    assert admin.approvals_voided == ()
    assert admin.period_state("2026") == State.APPROVED
    assert admin.submission("2026").fingerprint == approved
    assert _bhyt_name(admin.period_view("2026")) != RENAMED  # judged with its own version, as approved
    admin.close()


@pytest.mark.parametrize("copy_as, named", [("2099.1", "2026.1"), ("2099.1", None)], ids=["approved", "none"])
def test_a_version_whose_document_names_another_is_refused_naming_both(office, copy_as, named):  # noqa: F811
    """A row of a newer version whose document names the approved version was loaded as the current
    catalogue under that name, without a word (the approved period would show its names); one whose
    document names no version at all, too. Such a row is refused where it is read, naming the
    version its row says and the one its document says, as a document that does not read is."""
    _approved(office)
    _edit_catalog(office, "2026.1", copy_as=copy_as, named=named)
    if named is None:  # the document's own version taken out
        _sql(office, "UPDATE catalogs SET document = json_remove(document, '$.catalog_version') "
                     f"WHERE version = '{copy_as}'")
    with pytest.raises(DatabaseDamaged) as refused:
        _as(office, "admin")
    own = named or "NULL"
    assert refused.value.message.startswith(
        f"Bộ chỉ tiêu phiên bản {copy_as} trong cơ sở dữ liệu đã bị sửa ngoài chương trình: dòng của nó ghi phiên "
        f"bản {copy_as} nhưng nội dung bên trong ghi phiên bản {own}.")
    assert "Hãy khôi phục bản sao lưu còn tốt gần nhất." in refused.value.message
