"""Tệp › Nhập chứng thư gốc…: the root certificates the report PDFs' digital signatures are checked
against (`desktop_app.trust_roots.import_trust_roots`), imported from the province window, and what
that changes said in a box. A mixin of `ui.province_window.ProvinceWindow` (which has `office` and
`statusBar()`); its words keep the "ProvinceWindow" translation context.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.trust_roots import import_trust_roots
from ui.actions import FAILED, run_action
from ui.i18n import translate


class TrustRoots:
    """Importing trusted root certificates."""

    def import_trust_roots(self, paths: list[str] | None = None):
        """Tệp › Nhập chứng thư gốc…: the PDFs' signatures are checked against these from the next
        reading of a folder on (desktop_app.trust_roots.import_trust_roots)."""
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, translate("ProvinceWindow", "Import trusted root certificates"), "",
                translate("ProvinceWindow", "Certificates (*.cer *.crt *.pem *.der);;All files (*)"))
            if not paths:
                return None
        added = run_action(self, import_trust_roots, self.office, paths,
                           title=translate("ProvinceWindow", "Could not import the certificates"))
        if added is FAILED:
            return None
        self._say_certificates_imported(added)
        return added

    def _say_certificates_imported(self, added: list) -> None:
        """In a box, not the status line alone: until the folder is read again no signature is
        checked with the new certificates, which a line gone in ten seconds left unsaid (and a
        reviewer who imported a certificate already trusted learnt nothing had changed)."""
        if added:
            text = translate("ProvinceWindow", "Imported %n certificate(s):", None, len(added)) + "\n" + "\n".join(
                f"- {root.subject}" for root in added) + "\n\n" + translate(
                "ProvinceWindow", "Read the folder of reports again: the signatures are checked with them from the next reading on.")
        else:
            text = translate("ProvinceWindow", "These certificates were trusted already: nothing has changed.")
        self.statusBar().showMessage(translate("ProvinceWindow", "Imported %n certificate(s).", None, len(added)), 10000)
        QMessageBox.information(self, translate("ProvinceWindow", "Import trusted root certificates"), text)
