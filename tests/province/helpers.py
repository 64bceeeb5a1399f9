"""Real submissions built through the commune services and exports, for the province tests."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import os
import random
import warnings
import zipfile
from dataclasses import replace
from pathlib import Path

from desktop_app.core.submission import signed
from desktop_app.services import Workspace
from exports.submission_xlsx import write_submission

# The private key of every installation the tests made, by public key: `later` signs a
# re-export with the key that signed the first one.
KEYS: dict[str, str] = {}

VN = dt.timezone(dt.timedelta(hours=7))
# Sent on 10 July 2026, before the 6M deadline (20 June + 0 months: see PeriodRules): tests
# set the time explicitly.
ON_TIME = dt.datetime(2026, 6, 18, 9, 0, tzinfo=VN)
LATE = dt.datetime(2026, 6, 25, 16, 30, tzinfo=VN)


def fill_unit(ws: Workspace, period: str, seed: int) -> None:
    """Every applicable assigned indicator of the chosen unit, with a comment each (so any
    Không đạt is explained), and one supplementary indicator."""
    rnd = random.Random(seed)
    commune = ws.commune
    p = ws.period_view(period).period
    for ind in ws.catalog.indicators_for(commune):
        if not ind.assigned:
            continue
        if ind.year_end_only and not p.is_year_end:
            continue
        if ind.baseline is not None:
            if ind.kind == "reduction":
                ws.set_baseline(ind.code, f"{rnd.randint(200, 800) / 100}".replace(".", ","))
            else:
                ws.set_baseline(ind.code, str(rnd.randint(150, 600)))
        fields = {}
        den = rnd.randint(1000, 9000)
        for f in ind.inputs:
            if f.field == "denominator":
                fields["denominator"] = str(den)
            elif f.field == "numerator":
                top = den if "denominator" in {g.field for g in ind.inputs} else rnd.randint(5, 30)
                if ind.kind == "reduction":
                    fields["numerator"] = str(den * rnd.randint(1, 4) // 100)
                else:
                    fields["numerator"] = str(rnd.randint(max(1, top // 3), top)) if top > 30 else str(top)
            elif f.field == "value":
                fields["value"] = str(rnd.randint(1000, 90000))
            elif f.field == "flag":
                fields["flag"] = rnd.choice(["Có", "Không"])
        ws.set_entry(period, ind.code, comment=f"Ghi chú {seed}", **fields)
    ws.set_entry(period, "gia_dinh_van_hoa", numerator=str(rnd.randint(850, 990)), denominator="1000",
                 comment="Theo số liệu bình xét của thôn, tổ")


def commune_half_year(root: Path) -> Workspace:
    """Xã Tân Cương with Quý I approved (frozen) and 6 tháng being entered (BHYT 9.600/10.000, budget
    30.000): the commune a catalogue update arrives at. The caller closes it."""
    ws = Workspace.open(root / "xa", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_unit(ws, "2026-Q1", seed=3)
    ws.complete("2026-Q1")
    ws.approve("2026-Q1")
    ws.set_entry("2026-6M", "bhyt", numerator="9.600", denominator="10.000")
    ws.set_entry("2026-6M", "thu_ngan_sach", value="30.000")
    return ws


def make_submissions(folder: Path, units: list[str], period: str = "2026-6M", *,
                     generated_at: dt.datetime = ON_TIME, approve: bool = True,
                     data_dir: Path | None = None, sign: bool = True,
                     one_key: bool = False) -> tuple[Workspace, dict[str, object]]:
    """One database holding several units (one after the other, as `setup` chooses), each
    filled, completed, approved, signed (`sign=False`: an unsigned format-2 file) and exported
    with the real writer into `folder`. Each unit signs with a key of its own, as each unit's
    laptop does (the first with the installation's key, the others with one derived from it
    and the unit: the same on every call, as a laptop keeps its key); `one_key`: every unit with the
    installation's key, one laptop reporting for them all (the province holds such a shared
    key back until it confirms it). Returns the workspace (open) and unit code -> Submission."""
    ws = Workspace.open(data_dir or folder.parent / "communes-db", user="can-bo")
    installation = ws.signing_key()
    written = {}
    for n, unit in enumerate(units):
        as_unit(ws, unit)
        fill_unit(ws, period, seed=n)
        if approve:
            ws.complete(period)
            ws.approve(period)
        sub = ws.submission(period, approved=approve, generated_at=generated_at + dt.timedelta(minutes=n))
        if sign:
            sub = sign_with(sub, installation if n == 0 or one_key else unit_key(installation, unit))
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), generated_at)
        written[sub.unit_code] = sub
    return ws, written


def as_unit(ws: Workspace, unit: str):
    """`ws` set up as `unit`: several units' laptops simulated by one database (much faster than one
    each). After the first unit the unit is switched in the settings directly, past `setup`'s rule
    that a real database whose unit approved a report stays that unit's."""
    if ws.settings.commune_code is None:
        return ws.setup(unit, "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    chosen = ws.catalog.resolve_commune(unit)
    ws._write_settings({"commune_code": chosen.code})
    return chosen


def unit_key(installation: str, unit: str) -> str:
    """The private key of `unit`'s own laptop in the tests, derived from an installation's key."""
    return base64.b64encode(hashlib.sha256(f"{installation}:{unit}".encode()).digest()).decode("ascii")


def delivered(path: Path, when: dt.datetime) -> Path:
    """The file as saved from the e-mail at `when`: its modification time, which the intake
    takes for the date of receipt."""
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def saved_on_time(sub, path: Path) -> Path:
    """`sub` written to `path` (its folder made) as saved from the e-mail on time (`ON_TIME`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return delivered(write_submission(sub, path), ON_TIME)


def one_report_delivered(root: Path, unit: str, period: str = "2026-6M"):
    """`unit`'s signed report of `period`, made in root/"db" and saved on time from the e-mail into
    root/"hop-thu": (its submission, the file)."""
    ws, subs = make_submissions(root, [unit], period, data_dir=root / "db")
    ws.close()
    folder = root / "hop-thu"
    folder.mkdir()
    return subs[unit], delivered(write_submission(subs[unit], folder / f"{subs[unit].file_stem}.xlsx"), ON_TIME)


def sign_with(sub, private_key: str):
    """`sub` signed by `private_key`, remembered for `later`."""
    out = signed(sub, private_key)
    KEYS[out.public_key] = private_key
    return out


def forged_by_a_neighbour(root: Path, t_code: str, d_code: str) -> dict:
    """Each unit's report from its own laptop (its own key), and `d_code`'s report signed by
    `t_code`'s key (one laptop reporting in another unit's name): {"t", "d", "forged"}."""
    out = {}
    for code in (t_code, d_code):
        ws, subs = make_submissions(root / code, [code], "2026-6M", data_dir=root / f"db-{code}")
        ws.close()
        out[code] = subs[code]
    t, d = out[t_code], out[d_code]
    assert t.public_key != d.public_key
    return {"t": t, "d": d, "forged": sign_with(d, KEYS[t.public_key])}


def later(sub, minutes: int = 60, **changes):
    """The same submission generated later (a re-export), optionally with changed items;
    signed again by the key that signed `sub` (unsigned stays unsigned)."""
    t = dt.datetime.fromisoformat(sub.generated_at) + dt.timedelta(minutes=minutes)
    out = replace(sub, generated_at=t.isoformat(timespec="seconds"), **changes)
    return sign_with(out, KEYS[sub.public_key]) if sub.signed else out


def with_part(src: Path, part: str, change, extra: dict | None = None) -> bytes:
    """The bytes of the xlsx `src` with one part changed (`change(bytes) -> bytes`) and `extra`
    parts added after the others (a name written again included: zipfile's warning is silenced)."""
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                zout.writestr(info.filename, change(data) if info.filename == part else data)
            for name, data in (extra or {}).items():
                zout.writestr(name, data)
    return buf.getvalue()


def shown_window(qtbot, office, period: str, today):
    """The province window on `period`, shown at a 1366×768 laptop's size."""
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=today)
    w.period_box.setCurrentIndex(w.period_box.findData(period))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w
