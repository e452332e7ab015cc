"""Review of miss67's casualty frames (review67x): ordinary prose that shares their shape and
must add nothing ("taken home", "a woman held in her arms ...", animals and a career
"killed"), and the cases the guards keep."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # "taken" where nobody is captive
        "Five workers at the plant were taken home by bus after the shift.",
        "Two students from the school were taken through the exam by a tutor.",
        "Three pupils in the class were taken around the museum.",
        "Three nurses from the hospital were taken back by the ministry.",
        "Four pensioners in the town were taken advantage of by scammers.",
        "Two volunteers from the church were taken under the wing of a local family.",
        "Three officials from the ministry were taken at their word by the donors.",
        # a bare "held" that is the clause's own verb, or a grip, a lift, a strike
        "A woman held in her arms the body of her son.",
        "A man held in his hand a photograph of his missing daughter.",
        "A girl held by her mother waved at the cameras.",
        "Two million people held in the grip of drought need food aid.",
        "Ten people held in a lift for two hours were freed by firefighters.",
        "Two hundred tourists held at the airport by the strike slept on the floor.",
        "Twenty students held in the exam hall for an extra hour missed their bus.",
        # held by a court's order (session 31, point 7)
        # animals, a career, fiction
        "An elephant roaming near the village was killed by poachers.",
        "A deer crossing the motorway was killed by a lorry.",
        "A badger trapped in the fence was killed.",
        "A tigress spotted near the farm was shot dead by rangers.",
        "A lioness from the pride was killed by a rival.",
        "A terrier belonging to the family was killed by a car.",
        "A labrador owned by the neighbours was injured in the blast.",
        "A career in politics was killed by the scandal.",
        "A princess in the story was killed by a dragon.",
    ],
)
def test_shapes_of_ordinary_prose_add_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Six workers at the site were taken away by armed men.",
            [("Six workers at the site were taken away", 6, 6, "other")],
        ),
        (
            "Residents said about 40 young men from the district have been taken since the"
            " agreement.",
            [("about 40 young men from the district have been taken", 40, 40, "other")],
        ),
        (
            "A journalist held by the rebels since 2022 was released.",
            [("A journalist held", 1, 1, "other")],
        ),
        (
            "It said eight residents of the Kursk region held in Ukraine since 2024 were also"
            " returned.",
            [("eight residents of the Kursk region held", 8, 8, "other")],
        ),
        (
            "Two aid workers held in Sudan\n\nThe charity said talks went on.",
            [("Two aid workers held", 2, 2, "other")],
        ),
        (
            "A nurse working at the clinic was killed in the shelling.",
            [("A nurse working at the clinic was killed", 1, 1, "killed")],
        ),
        (
            "An interpreter travelling with the convoy was wounded.",
            [("An interpreter travelling with the convoy was wounded", 1, 1, "injured")],
        ),
    ],
)
def test_the_guards_keep_captives_and_people(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected
