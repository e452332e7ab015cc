"""What the suggester finds in a made-up sentence, shaped for the CASUALTY rule tests."""

from __future__ import annotations

from typing import Any

from annotator.core.suggest import suggest


def casualties(text: str) -> dict[str, dict[str, Any]]:
    """The CASUALTY suggestions of `text`: phrase -> attributes."""
    return {text[s.start : s.end]: dict(s.attributes) for s in suggest(text, labels=["CASUALTY"])}
