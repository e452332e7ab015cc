"""What a suggestion is, in a module of its own: outside `annotator.core.suggest`, whose
package imports every rule (and builds their patterns), so that suggestions an earlier
session kept (`annotator.services.kept_suggestions`) are made without loading the rules.
`annotator.core.suggest` re-exports both names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

# The labels the rules propose.
LABELS: Final = ("QUOTE", "CASUALTY", "ACTOR")


# The default `attributes` of a Suggestion: a new empty dict for each (as the field's
# default_factory says), told apart from any mapping passed.
_FRESH: Final[Mapping[str, Any]] = MappingProxyType({})
_set: Final = object.__setattr__


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

    def __init__(
        self,
        start: int,
        end: int,
        label: str,
        attributes: Mapping[str, Any] = _FRESH,
        rule: str = "",
        speaker: tuple[int, int] | None = None,
    ) -> None:
        # The generated __init__'s work, with `object.__setattr__` looked up once rather
        # than per field (a frozen dataclass's): the rules make some 70 suggestions an
        # article. (Writing to `self.__dict__` instead counted more instructions: a
        # materialised dict makes every later attribute read slower.)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "label", label)
        _set(self, "attributes", {} if attributes is _FRESH else attributes)
        _set(self, "rule", rule)
        _set(self, "speaker", speaker)

    @property
    def key(self) -> tuple[int, int, str]:
        """What makes two suggestions the same: extent and label."""
        return (self.start, self.end, self.label)

    def covered(self, text: str) -> str:
        return text[self.start : self.end]
