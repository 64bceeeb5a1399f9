"""Errors a commune officer can act on: each carries a Vietnamese message naming the field."""

class ChiTieuError(Exception):
    """Base class: `message` is shown to the user as is."""
    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

class InvalidInput(ChiTieuError): """A typed value that cannot be accepted."""
class NotFound(ChiTieuError): """An unknown commune, indicator, period or code."""
class NotApplicable(ChiTieuError): """An indicator that does not exist for this unit."""
class PeriodFrozen(ChiTieuError): """A write to an approved or sent period."""
class NotPermitted(ChiTieuError): """The user's role does not allow the action."""
class BadSubmission(ChiTieuError): """A submission file that cannot be accepted."""
