"""A commune's settings that reach its documents: the unit, the people on the report, the
document symbol and the deadlines. An approval keeps a copy (`as_json`), so a report
re-printed later names the people who were on it when it was approved."""
from __future__ import annotations

from dataclasses import dataclass

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
        """From the database's settings (or an approval's copy of them)."""
        rules = values.get("period_rules")
        return cls(
            commune_code=values.get("commune_code"),
            preparer=values.get("preparer", ""),
            signer=values.get("signer", ""),
            signer_title=values.get("signer_title", "Chủ tịch"),
            doc_prefix=values.get("doc_prefix", ""),
            rules=PeriodRules(**rules) if rules else PeriodRules(),
        )

    def as_json(self) -> dict:
        return {"commune_code": self.commune_code, "preparer": self.preparer, "signer": self.signer,
                "signer_title": self.signer_title, "doc_prefix": self.doc_prefix,
                "period_rules": self.rules.__dict__.copy()}
