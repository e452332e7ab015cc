"""What several ACTOR rules share is found once per document (issue 16): the people of the
subject and patronymic rules are also what the surname rules build on, and a long article
paid for each twice."""

from __future__ import annotations

import pytest

from annotator.core.suggest import actors, suggest

TEXT = (
    "Fatoumata Keita has farmed near Dori for years. She said the Front came at night.\n\n"
    "Sidi Ould Mahmoud, a trader, said Keita and Mahmoud had left. Mahmoud returned later."
)


@pytest.mark.parametrize(
    ("finder", "rule_name"),
    [
        ("_subject_people", "actor_subject_person"),
        ("_patronymic_people", "actor_patronymic_person"),
    ],
)
def test_a_person_rule_read_by_the_surname_rules_runs_once_per_document(
    monkeypatch: pytest.MonkeyPatch, finder: str, rule_name: str
) -> None:
    calls: list[list[str]] = []
    real = getattr(actors, finder)

    def counted(ctx):  # type: ignore[no-untyped-def]
        found = list(real(ctx))
        calls.append([s.rule for s in found])
        return iter(found)

    monkeypatch.setattr(actors, finder, counted)
    suggest(TEXT)
    assert len(calls) == 1
    assert rule_name in calls[0]  # the rule finds its person here
