"""Tệp › Nhập chứng thư gốc… in the province window ends in a box, not a status line alone:
until the folder is read again no signature is checked with the new certificates, and a line
gone in ten seconds left that unsaid. A certificate already trusted is said to change nothing."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def test_importing_a_root_says_what_to_do_next_and_again_that_nothing_changed(qapp, qtbot, pki, tmp_path,
                                                                               monkeypatch):
    from desktop_app.province import ProvinceOffice
    from ui.province_window import ProvinceWindow

    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    window = ProvinceWindow(office.ws)
    qtbot.addWidget(window)
    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: told.append((title, text))))
    added = window.import_trust_roots([str(pki.root_pem)])
    title, text = told[-1]
    assert title == "Nhập chứng thư gốc tin cậy"
    assert text.startswith("Đã nhập 1 chứng thư:\n- " + added[0].subject)
    assert text.endswith("Hãy nhận lại thư mục báo cáo: chữ ký số được kiểm tra với các chứng thư này "
                         "từ lần nhận sau.")
    assert window.statusBar().currentMessage() == "Đã nhập 1 chứng thư."
    assert window.import_trust_roots([str(pki.root_pem)]) == []
    assert told[-1][1] == "Các chứng thư này đã được tin cậy từ trước: không có gì thay đổi."
    office.close()
