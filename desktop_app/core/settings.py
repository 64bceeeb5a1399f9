"""A commune's settings that reach its documents: the unit, the people on the report, the
document symbol and the deadlines. An approval keeps a copy (`as_json`), so a report
re-printed later names the people who were on it when it was approved."""
from __future__ import annotations

from dataclasses import dataclass, fields

from desktop_app.core.periods import PeriodRules


@dataclass(frozen=True)
class Settings:
    commune_code: str | None = None
    preparer: str = ""
    signer: str = ""
    signer_title: str = "Chủ tịch"
    doc_prefix: str = ""
    rules: PeriodRules = PeriodRules()

    @classmethod
    def from_json(cls, values: dict) -> "Settings":
        """From the database's settings (or an approval's copy of them). A value of a shape the
        program never writes (a list for the unit's code, a number for the period rules: written with
        sqlite3, which `audit verify` names) reads as unset rather than stopping every command with a
        traceback (H12: `period_rules = '5'` stopped `status` and `audit acknowledge`). The unit read so
        is not taken as never chosen: the workspace reads it once more, naming a damaged one
        (desktop_app/stored_unit.py)."""
        return cls(
            commune_code=_text(values.get("commune_code"), None),
            preparer=_text(values.get("preparer"), ""),
            signer=_text(values.get("signer"), ""),
            signer_title=_text(values.get("signer_title"), "Chủ tịch"),
            doc_prefix=_text(values.get("doc_prefix"), ""),
            rules=_rules(values.get("period_rules")),
        )

    def as_json(self) -> dict:
        return {"commune_code": self.commune_code, "preparer": self.preparer, "signer": self.signer,
                "signer_title": self.signer_title, "doc_prefix": self.doc_prefix,
                "period_rules": self.rules.__dict__.copy()}


def _text(value, unset):
    return value if isinstance(value, str) else unset


def _rules(value) -> PeriodRules:
    """The stored period rules: whole numbers under the rules' own names, else the default (their
    range is checked by PeriodRules itself, in words)."""
    names = {f.name for f in fields(PeriodRules)}
    if not isinstance(value, dict) or not value or not set(value) <= names \
            or any(type(v) is not int for v in value.values()):
        return PeriodRules()
    return PeriodRules(**value)
