"""The files refused as "Chữ ký không khớp" while a key awaited its confirmation, as the
confirmation names them (walk 17, M2): a reinstalled laptop's file is refused because its new key
differs from the unit's; once the province confirms the new key, that file is still refused in the
log and the unit counts as not sent until the file is read again. So are those refused as "Khóa đã
thu hồi" while the key was revoked, when the province confirms it again (the revocation a mistake).
The province keeps no copy of a refused file (only its name, its folder and its fingerprint), so
the confirmation cannot judge it again itself: it says which file, from which folder, and how to
read it again.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.intake import FileClass, when_text
from desktop_app.core.periods import format_date
from desktop_app.core.words import Words

# The window's button that reads a folder, in its two languages.
READ_FOLDER = ("Nhận báo cáo từ thư mục…", "Receive reports from a folder…")
# What a confirmation calls each class a file refused for its key has (`intake.KEY_REFUSALS`), in English.
REFUSED_AS_EN = {FileClass.CHU_KY_KHONG_KHOP: "signature mismatch", FileClass.KHOA_THU_HOI: "key revoked"}


@dataclass(frozen=True)
class RefusedFile:
    """One file refused for its signature, signed by the key just confirmed, not received since."""

    file_name: str
    period: str  # the period's code
    folder: str  # the folder the run read ("" when the log does not say)
    read_at: str  # when it was read (ISO)
    fingerprint: str | None = None
    received_on: str | None = None  # its date of receipt (ISO) as the log records it; None: read before it did
    refused_as: str = FileClass.CHU_KY_KHONG_KHOP.value  # its class (`intake.KEY_REFUSALS`)

    @property
    def dated(self) -> Words:
        """"nhận 22/06/2026", "received on 22/06/2026": `file_dated`."""
        return file_dated(self.received_on, self.read_at)


def file_dated(received_on: str | None, read_at: str) -> Words:
    """How a refused file is dated: by its date of receipt (`received_on`, ISO, as the intake log records
    it: the batch's date, else the file's modification date), which a reviewer compares with the deadline;
    a file read before the log recorded it (schema 15), by when the program read it, said as such."""
    if received_on:
        day = format_date(dt.date.fromisoformat(received_on))
        return Words(f"nhận {day}", f"received on {day}")
    return Words(f"đọc lúc {when_text(read_at)}", f"read at {when_text(read_at)}")


def signed_by(reason: str, key_code: str, file_name: str) -> bool:
    """Whether a "Chữ ký không khớp" or "Khóa đã thu hồi" reason is about a file signed by `key_code`:
    every such reason starts "Tệp FILE (UNIT) được ký bằng khóa mã CODE" (`keys.mismatch_reason`), with
    the file's own key. Read there only, after the file's name as stored (`file_name`): the name is the
    sender's, and "… ký bằng khóa mã K2.xlsx" made a forger's file read as signed by the unit's K2
    (red-team R15, F3); a unit's name, the catalogue's, holds no bracket."""
    head = f"Tệp {file_name} ("
    if not (reason or "").startswith(head):
        return False
    _unit, said, rest = reason[len(head):].partition(") được ký bằng khóa mã ")
    return bool(said) and rest.startswith(key_code)


def still_refused(lines: list[RefusedFile], received: set[str]) -> list[RefusedFile]:
    """The refused files not received since (`received`: the fingerprints of the unit's versions),
    each once (the latest reading of a file read several times), oldest first."""
    latest: dict[tuple, RefusedFile] = {}
    for line in lines:
        if line.fingerprint and line.fingerprint in received:
            continue
        latest[(line.fingerprint or line.file_name, line.period)] = line
    return sorted(latest.values(), key=lambda r: r.read_at)


def refused_before_words(unit_name: str, key_code: str, files: list[RefusedFile], kept_now: dict,
                         period_name) -> Words:
    """What a confirmation says of `files` (`still_refused`): each named with its period and its
    date of receipt (`RefusedFile.dated`), the unit's state for each of their periods now (`kept_now`: period code -> the
    version kept now, or None: nothing counted, the unit is among those not sent), and the folder
    to read again. `period_name(code)`: (Vietnamese, English) names inside a sentence. Empty when
    there is none."""
    if not files:
        return Words("", "")
    vi_files = "; ".join(f"{f.file_name} ({period_name(f.period)[0]}, {f.dated})" for f in files)
    en_files = "; ".join(f"{f.file_name} ({period_name(f.period)[1]}, {f.dated.en})" for f in files)
    one = len(files) == 1
    classes = list(dict.fromkeys(f.refused_as for f in files))
    as_vi, as_en = ", ".join(classes), ", ".join(REFUSED_AS_EN.get(c, c) for c in classes)
    vi = [f"{'Tệp' if one else f'{len(files)} tệp'} ký bằng khóa mã {key_code} đã bị từ chối ({as_vi}) "
          f"trước khi xác nhận, chưa được tính: {vi_files}."]
    en = [f"{'The file' if one else f'{len(files)} files'} signed by key {key_code} "
          f"{'was' if one else 'were'} refused ({as_en}) before this confirmation and "
          f"{'is' if one else 'are'} not counted: {en_files}."]
    for period in sorted({f.period for f in files}):
        name_vi, name_en = period_name(period)
        if kept_now.get(period) is None:
            vi.append(f"{unit_name} chưa có bản nào được tính cho {name_vi}: vẫn là đơn vị chưa gửi.")
            en.append(f"{unit_name} has no version counted for {name_en}: it still counts as not sent.")
        else:
            vi.append(f"Cho {name_vi}, tỉnh vẫn tính bản cũ của {unit_name}, không phải tệp trên.")
            en.append(f"For {name_en}, the province still counts {unit_name}'s earlier version, not the file above.")
    for folder in dict.fromkeys(f.folder for f in files):
        names = ", ".join(f.file_name for f in files if f.folder == folder)
        if folder:
            vi.append(f"Đọc lại thư mục {folder} ({READ_FOLDER[0]}) để nhận {names}.")
            en.append(f"Read the folder {folder} again ({READ_FOLDER[1]}) to receive {names}.")
        else:
            vi.append(f"Đọc lại thư mục chứa {names} ({READ_FOLDER[0]}) để nhận.")
            en.append(f"Read the folder holding {names} again ({READ_FOLDER[1]}) to receive it.")
    return Words(" ".join(vi), " ".join(en))
