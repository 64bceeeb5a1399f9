"""The entry table's columns, their titles and the titles' tooltips (translated when shown: the
model's headerData, in the EntryModel context)."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP


class Col(IntEnum):
    NO = 0
    NAME = 1
    UNIT = 2
    TARGET = 3
    IN1 = 4
    IN2 = 5
    VALUE = 6
    VERDICT = 7
    COMMENT = 8


# Column titles and their tooltips, translated when shown (headerData).
HEADERS = {
    Col.NO: QT_TRANSLATE_NOOP("EntryModel", "No."),
    Col.NAME: QT_TRANSLATE_NOOP("EntryModel", "Indicator"),
    Col.UNIT: QT_TRANSLATE_NOOP("EntryModel", "Unit"),
    Col.TARGET: QT_TRANSLATE_NOOP("EntryModel", "Target"),
    Col.IN1: QT_TRANSLATE_NOOP("EntryModel", "Numerator\n/ Value"),
    Col.IN2: QT_TRANSLATE_NOOP("EntryModel", "Denominator\n/ Last year"),
    Col.VALUE: QT_TRANSLATE_NOOP("EntryModel", "Result"),
    Col.VERDICT: QT_TRANSLATE_NOOP("EntryModel", "Assessment"),
    Col.COMMENT: QT_TRANSLATE_NOOP("EntryModel", "Comment"),
}
HEADER_TIPS = {
    Col.TARGET: QT_TRANSLATE_NOOP("EntryModel", "The assigned target, its comparison and its source (the "
                                                "province for the whole term, or the annual resolution); under it, "
                                                "the commune's own target for the year if it set one, shown beside, "
                                                "never instead."),
    Col.IN1: QT_TRANSLATE_NOOP("EntryModel", "The first figure to enter: a rate's numerator (for example People "
                                             "with health insurance), or a value (budget revenue, number of "
                                             "accidents), or Yes/No."),
    Col.IN2: QT_TRANSLATE_NOOP("EntryModel", "The second figure to enter: a rate's denominator (for example "
                                             "Population), or the same period last year. Grey cells need nothing."),
    Col.VALUE: QT_TRANSLATE_NOOP("EntryModel", "The result the program computes from the figures entered."),
    Col.VERDICT: QT_TRANSLATE_NOOP("EntryModel", "The assessment against the target: Exceeded, Met, Not met, "
                                                 "In progress…"),
    Col.COMMENT: QT_TRANSLATE_NOOP("EntryModel", "Comment, explanation (write one when the target is not met)."),
}
INPUT_COLUMNS = (Col.IN1, Col.IN2)
