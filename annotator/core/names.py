"""Layer names the program writes itself, which no analyst may take."""

from __future__ import annotations

from typing import Final

# The adjudicated gold layer ("gold", or "gold-adjudicated…" when "gold" names a
# reference file) and the machine suggestions.
RESERVED_NAMES: Final = ("gold", "suggester")


def reserved_name_reason(name: str, kind_here: str | None = None) -> str | None:
    """Why `name` cannot be an analyst's (None if it can): the layers the program
    writes itself are the adjudicated gold layer ("gold", or "gold-adjudicated…"
    when "gold" names a reference file) and the machine suggestions ("suggester"),
    in any case; `kind_here` is the kind of a layer of that name in the database."""
    folded = name.strip().casefold()
    if folded == "suggester" or kind_here == "suggester":
        return "that name is reserved for the machine suggestions' layer"
    if folded == "gold" or folded.startswith("gold-adjudicated") or kind_here == "gold":
        return "that name is reserved for the gold layer"
    return None
