"""A capitalised name made an event, talks or a treaty by its words ("Cup", "Games",
"Discussions", "Talks", "Treaty") names no body (issue 15, ACTORS16). Invented sentences."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts


def test_a_tournament_or_talks_are_no_actor() -> None:
    text = "Gunmen attacked the team's bus before the West Savanna Cup of Nations in 2010."
    assert "West Savanna Cup of Nations" not in suggested_texts(text)
    text = "The mission, which co-chairs the Lakeshore International Discussions, urged calm."
    assert "Lakeshore International Discussions" not in suggested_texts(text)


def test_a_body_named_convention_or_forum_stays() -> None:
    # guard: "Convention" and "Forum" name bodies too
    text = "The Kora Baptist Convention (KBC) said three pastors were abducted on Sunday."
    assert "Kora Baptist Convention" in suggested_texts(text)
    text = "The Kora Human Rights Forum said three activists were abducted."
    assert "Kora Human Rights Forum" in suggested_texts(text)
