"""The heading of "Kết quả nhận tệp" over a folder read elsewhere (on the command line, by another
person, in a window closed since), from its records (`desktop_app.recorded_run`): where, when and
by whom it was read, what its files were, and what the records do not keep or no longer hold as
the program wrote them. Nothing of a run's row changed outside the program is stated as fact
(red-team 31 F3: a folder and a reader edited with sqlite3 read as the reading's). Its words keep
the "ProvinceWindow" translation context.
"""
from __future__ import annotations

from desktop_app.core.intake import when_text
from desktop_app.core.periods import Period
from desktop_app.recorded_run import RecordedRun
from ui.common import in_language
from ui.i18n import translate
from ui.labels import with_period
from ui.province_labels import intake_summary_text


def recorded_text(recorded: RecordedRun, period: Period) -> str:
    """The heading of the last reading of `period` as its records keep it, or that none is kept."""
    run = recorded.run
    hidden = (translate("ProvinceWindow", "Not shown: %n later record(s) of a reading, changed, added or deleted "
                        "outside the program.", None, recorded.hidden) if recorded.hidden else "")
    if run is None:
        if not hidden:
            return with_period(translate("ProvinceWindow", "No folder has been read for {period}."), period)
        none = with_period(translate("ProvinceWindow", "No folder has been read for {period} as the program "
                                     "recorded it."), period)
        return f"{none} {hidden}"
    if recorded.as_written:
        where = translate("ProvinceWindow", "Read elsewhere (on the command line, by another person or in a window "
                          "closed since): folder {folder}, at {time}, by {person}. The files' lines as recorded:")
    else:
        where = translate("ProvinceWindow", "The record of this reading was changed outside the program: its folder, "
                          "reader and number of files are not as the program wrote them, and are not shown; its "
                          "first file kept was read at {time}. The files' lines as the program wrote them:")
    where = where.format(folder=recorded.folder, time=when_text(recorded.started_at), person=recorded.by)
    said = [intake_summary_text(run)]
    if run.other_periods:
        said.append(in_language(run.other_period_text))
    if run.cancelled:
        said.append(translate("ProvinceWindow", "Stopped as asked; the files already read are still received."))
    if recorded.finished_at is None and recorded.as_written:
        said.append(translate("ProvinceWindow", "This reading has not finished: its files are being read, or it "
                              "stopped before its end."))
    if recorded.unshown:
        said.append(translate("ProvinceWindow", "%n file(s) of this reading not shown: their lines are not as the "
                              "program wrote them (changed outside the program).", None, recorded.unshown))
    if recorded.undated:
        said.append(translate("ProvinceWindow", "%n refused file(s) read by an earlier version of the program: "
                              "their date of receipt was not kept.", None, recorded.undated))
    if hidden:
        said.append(hidden)
    said.append(translate("ProvinceWindow", "Not kept from a reading: the files skipped (temporary, lock or hidden), "
                          "whether a date of receipt was typed (each file's recorded date is shown, lateness judged "
                          "by it), and a refused file's key unless its reason names it."))
    return f"{where}\n{' '.join(said)}"
