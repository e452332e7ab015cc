"""What a suggestion is, in a module of its own: outside `annotator.core.suggest`, whose
package imports every rule (and builds their patterns), so that suggestions an earlier
session kept (`annotator.services.kept_suggestions`) are made without loading the rules.
`annotator.core.suggest` re-exports both names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

# The labels the rules propose.
LABELS: Final = ("QUOTE", "CASUALTY", "ACTOR")


@dataclass(frozen=True)
class Suggestion:
    """A proposed span: `text[start:end]` labelled `label`, found by the rule `rule`.

    `attributes` fit the default label schema (QUOTE kind, CASUALTY counts,
    kind and victims, ACTOR type). `speaker` is, for a QUOTE, the (start, end)
    of the ACTOR mention the rules think said it, or None.
    """

    start: int
    end: int
    label: str
    attributes: Mapping[str, Any] = field(default_factory=dict)
    rule: str = ""
    speaker: tuple[int, int] | None = None

    @property
    def key(self) -> tuple[int, int, str]:
        """What makes two suggestions the same: extent and label."""
        return (self.start, self.end, self.label)

    def covered(self, text: str) -> str:
        return text[self.start : self.end]
