"""The province window's refresh measures only the list in sight: the lists of hidden tabs are
fitted to their rows when their tab is shown (measuring every cell of every row of the three
tabs nobody was looking at took about half of each refresh, 92 units)."""
from __future__ import annotations

from tests.ui.test_province_fits import cut_cells, cut_headers, inbox, window  # noqa: F401 (fixtures)


def test_a_hidden_tab_s_lists_are_fitted_when_shown_not_at_each_refresh(qtbot, window):  # noqa: F811
    """While "Reports sent" is shown a refresh leaves the key register and the summary as they
    were; shown, each fits its rows: no word cut."""
    keys, summary = window.keys_tab.table, window.summary_table
    window.tabs.setCurrentIndex(0)
    for table in (keys, summary):
        table.set_widths([30] * table.model().columnCount())  # as the program would set them, not the person
    window.refresh()
    assert keys.columnWidth(1) == 30 and summary.columnWidth(2) == 30  # not measured while hidden
    window.tabs.setCurrentWidget(window.keys_tab)
    assert cut_cells(keys, [0, 1, 2, 3, 5, 7]) == [] and cut_headers(keys, range(9)) == []
    window.tabs.setCurrentIndex(2)
    assert cut_cells(summary, [0, 2, 3]) == [] and summary.columnWidth(2) > 30
    window.tabs.setCurrentIndex(0)
    assert cut_cells(window.table, range(9)) == []
