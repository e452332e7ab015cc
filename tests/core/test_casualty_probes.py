"""scripts/casualty_probes.py: every invented wire probe but the known open ones gets the
CASUALTY figures the guideline gives it, and the open ones are still open (so that a
fix moves them out of KNOWN_OPEN)."""

from __future__ import annotations

from scripts import casualty_probes


def test_every_probe_but_the_known_open_ones_passes() -> None:
    wrong = {cls for cls, _want, _got in casualty_probes.misses()}
    assert wrong == casualty_probes.KNOWN_OPEN


def test_the_probes_cover_custody_killing_and_victims() -> None:
    classes = [cls for cls, _text, _figures in casualty_probes.PROBES]
    assert 80 <= len(classes) <= 400  # (304 after session 33)
    assert len(set(classes)) == len(classes)
    for kind in ("other:", "killed:", "victims:"):
        assert sum(cls.startswith(kind) for cls in classes) >= 10
