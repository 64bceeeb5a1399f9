"""Duyệt's question names the later APPROVED periods whose results the approval would change, in the words of the
box after Yes (red-team R24 F2): 2026 approved, 2028 approved while 2027 was a draft (its term total leaves 2027
out), 2029 Hoàn thành; approving 2027, the question named only 2029, while the box after Yes said "Các kỳ đã duyệt
sau đây … nay tính ra khác: năm 2028". The same sentence, the tense apart, in Vietnamese and in English."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop_app.core.periods import parse_period
from desktop_app.core.periods_using import complete_would_change_words, of_en
from desktop_app.later_approvals import approval_would_change_said, approved_would_change
from tests.core.test_complete_later_periods import _approve
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script
from ui import i18n
from ui.workflow_actions import approve_period

ASKED = ("Các kỳ đã duyệt sau đây tính kết quả từ số liệu năm 2027 và sẽ tính ra khác khi năm 2027 được duyệt: năm "
         "2028. Báo cáo của chúng giữ số đã duyệt; Lãnh đạo mở lại và duyệt lại từng kỳ đó để báo cáo gửi tỉnh dùng số "
         "liệu năm 2027 đã duyệt.")
SAID = ("Các kỳ đã duyệt sau đây tính kết quả từ số liệu năm 2027 và nay tính ra khác: năm 2028. Báo cáo của chúng "
        "giữ số đã duyệt; Lãnh đạo mở lại và duyệt lại từng kỳ đó để báo cáo gửi tỉnh dùng số liệu năm 2027 vừa duyệt.")
ASKED_EN = ("These approved periods work out results from the figures of year 2027 and would come out differently "
            "once year 2027 is approved: year 2028. Their reports keep the approved figures; a leader reopens and "
            "approves each of them again so that the reports sent to the province use the figures of year 2027 as "
            "approved.")
SAID_EN = ("These approved periods work out results from the figures of year 2027 and would now come out "
           "differently: year 2028. Their reports keep the approved figures; a leader reopens and approves each of "
           "them again so that the reports sent to the province use the figures of year 2027 just approved.")
TENSE = (("sẽ tính ra khác khi năm 2027 được duyệt", "nay tính ra khác"), ("đã duyệt.", "vừa duyệt."),
         ("would come out differently once year 2027 is approved", "would now come out differently"),
         ("as approved.", "just approved."))


def _2028_approved_leaving_2027_out(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026")
    _approve(office, "2026")
    fill_year(office, "2027", baselines=False)
    fill_year(office, "2028", baselines=False)
    _approve(office, "2028")  # while 2027 was a draft
    fill_year(office, "2029", baselines=False)
    office.complete("2029")
    office.complete("2027")
    as_(office, "lanhdao")


def _approved_in_the_box(office, language):  # noqa: F811
    i18n.install_language(language)
    said = {}

    def asked(box):
        said["question"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    def approved(box):
        said["box"] = box.informativeText()
        box.accept()

    script = Script((QMessageBox, asked), (QMessageBox, approved))
    assert approve_period(None, office, parse_period("2027"))
    script.check()
    return said


def _same_but_the_tense(asked: str, said: str) -> bool:
    for would, now in TENSE:
        asked = asked.replace(would, now)
    return asked == said


def test_the_question_names_2028_as_the_box_after_yes_does(qtbot, office):  # noqa: F811
    _2028_approved_leaving_2027_out(office)
    assert [p.code for p in approved_would_change(office, "2027")] == ["2028"]
    said = _approved_in_the_box(office, i18n.VIETNAMESE)
    assert ASKED in said["question"], said["question"]
    assert SAID in said["box"], said["box"]
    assert _same_but_the_tense(ASKED, SAID)
    # 2029, marked Hoàn thành, still named too, after 2028
    complete = complete_would_change_words(parse_period("2027"), [parse_period("2029")])
    assert said["question"].index(ASKED) < said["question"].index(str(complete))


def test_in_english_too(qtbot, office):  # noqa: F811
    _2028_approved_leaving_2027_out(office)
    asked = approval_would_change_said(office, "2027")
    assert asked.en.startswith(ASKED_EN), asked.en
    said = _approved_in_the_box(office, i18n.ENGLISH)
    assert ASKED_EN in said["question"], said["question"]
    assert SAID_EN in said["box"], said["box"]
    assert _same_but_the_tense(ASKED_EN, SAID_EN)


def test_nothing_approved_later_nothing_more_is_asked(qtbot, office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, "2026")
    _approve(office, "2026")
    fill_year(office, "2027", baselines=False)
    office.complete("2027")
    as_(office, "lanhdao")
    assert approved_would_change(office, "2027") == [] and approval_would_change_said(office, "2027") is None


def test_a_half_year_is_the_first_6_months_in_english():
    """R24 F6: "changes the figures of first 6 months of 2028"."""
    words = complete_would_change_words(parse_period("2027-6M"), [parse_period("2028-6M")], "approve_again")
    assert of_en(parse_period("2028-6M")) == "the first 6 months of 2028"
    assert words.en.startswith("Approving the first 6 months of 2027 again changes the figures of the first 6 months "
                               "of 2028 (Complete, waiting for approval), which will count the figures of the first "
                               "6 months of 2027 approved again:"), words.en
    assert "sửa lại" not in words and "corrected" not in words.en
