"""How each class of review cluster is named and coloured, apart from the review panel.

The review controller needs these from the window's first frame (the article's
colours); the panel itself is built when review mode first opens (issue 16),
so they live in this module, which never loads Qt.
"""

from __future__ import annotations

# How each class of cluster looks in the article and the list (colour-blind-safe hues).
CLASS_COLORS = {
    "agreed": "#009E73",
    "label_conflict": "#CC3311",
    "boundary_conflict": "#E69F00",
    "mixed": "#AA3377",
    "only_in_one": "#7A808A",
    "only_in_some": "#7A808A",
    "decided": "#56B4E9",
}
CLASS_TEXT = {
    "agreed": "agreed",
    "label_conflict": "label conflict",
    "boundary_conflict": "boundary conflict",
    "mixed": "extent and label",
    "only_in_one": "only in one",
    "only_in_some": "only in some",
}
