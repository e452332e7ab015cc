"""What the page-furniture tests share: an invented article (headline and body) to wrap in
furniture, and the text of each range `boilerplate_ranges` finds."""

from __future__ import annotations

from annotator.core.boilerplate import boilerplate_ranges

HEADLINE = "Gunmen kill five traders on Orvel road, police say"
BODY = (
    "Gunmen killed five traders on the road to Orvel on Tuesday, police said, in the "
    "third attack on the route this month.\n\n"
    '"They were ambushed at dawn," said police commander Peter Otieno.\n\n'
    "The attackers fled into the forest with the traders' goods, residents said."
)


def pieces(text: str) -> list[str]:
    """The furniture of `text`, as the strings its ranges cover."""
    return [text[a:b] for a, b in boilerplate_ranges(text)]
