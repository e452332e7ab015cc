"""Figures the suggester missed entirely (miss67): people counted, what describes them,
then what befell them ("Three pickers hired for the harvest were also killed", "Twelve
herders who had taken their cattle to the wadi remain unaccounted for", "26 villagers were
still being held"). The rule `casualty_described_people` fills only the gaps the other rules
leave; each case below asserts the exact spans, counts and kinds, and the hostile probes
(things, animals, perpetrators, courts, politics, sport, rescues, idioms of "held" and
"taken") assert that it adds nothing."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text
RULE = "casualty_described_people"


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence)


def from_rule(sentence: str, rule: str = RULE) -> list[str]:
    text = BODY + sentence
    found = suggest(text, gazetteer=load_gazetteer(), labels=["CASUALTY"])
    return [text[s.start : s.end] for s in found if s.rule == rule]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Three pickers hired for the harvest were also killed on Sunday.",
            [("Three pickers hired for the harvest were also killed", 3, 3, "killed")],
        ),
        (
            "Two colleagues travelling with them sustained gunshot wounds.",
            [("Two colleagues travelling with them sustained gunshot wounds", 2, 2, "injured")],
        ),
        (
            "Twelve herders who had taken their cattle to the wadi remain unaccounted for, it"
            " said.",
            [
                (
                    "Twelve herders who had taken their cattle to the wadi remain unaccounted for",
                    12,
                    12,
                    "missing",
                )
            ],
        ),
        (
            "Residents said about 40 young men from the district have been taken since the"
            " agreement.",
            [("about 40 young men from the district have been taken", 40, 40, "other")],
        ),
        (
            "Residents said 26 villagers were still being held on Tuesday.",
            [("26 villagers were still being held", 26, 26, "other")],
        ),
        (
            "Officials said 12 sailors remain held off the coast.",
            [("12 sailors remain held", 12, 12, "other")],
        ),
        (
            "Police said two guards posted at the gate were seriously wounded.",
            [("two guards posted at the gate were seriously wounded", 2, 2, "injured")],
        ),
        (
            "The army said four soldiers on patrol near the border were later found dead.",
            [("four soldiers on patrol near the border were later found dead", 4, 4, "killed")],
        ),
        (
            "At least 30 passengers aboard the bus were abducted, the police said.",
            [("At least 30 passengers aboard the bus were abducted", 30, None, "other")],
        ),
        (
            "Five aid workers with the charity were detained at a checkpoint, it said.",
            [("Five aid workers with the charity were detained", 5, 5, "other")],
        ),
        (
            "Six miners working in the pit were also missing after the raid.",
            [("Six miners working in the pit were also missing", 6, 6, "missing")],
        ),
        (
            "Three students from the university had been arrested, their families said.",
            [("Three students from the university had been arrested", 3, 3, "other")],
        ),
    ],
)
def test_described_people_are_a_figure(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials said 12 cattle were still being held in the pound.", []),
        ("Rangers said three bears roaming near the camp were killed.", []),
        ("Police said 40 goats taken from the herders were still missing.", []),
        (
            "Two men who killed a trader were arrested on Sunday.",
            [("Two men who killed a trader were arrested", 2, 2, "other")],
        ),
        ("Police said the two men held responsible for the blast had fled.", []),
        ("Two soldiers accused of the killings were held responsible by the inquiry.", []),
        ("Two officers involved in the raid were held in contempt of court.", []),
        ("Two candidates backed by the party were held up as models.", []),
        ("The 12 members of the board were held accountable for the losses.", []),
        ("Four ministers in the cabinet were taken aback by the vote.", []),
        ("Six delegates from the north were taken to the capital for talks.", []),
        ("Five employees working at the plant were taken by surprise.", []),
        ("Two farmers who said their neighbours were killed spoke to reporters.", []),
        ("A doctor who confirmed a patient had died was suspended.", []),
        (
            "Three villagers from a hamlet where 20 people were killed were interviewed.",
            [("20 people were killed", 20, 20, "killed")],
        ),
        ("The attackers were held off by guards at the gate.", []),
        ("Three soldiers manning the checkpoint were held back by the crowd.", []),
        ("Four survivors picked up by a fishing boat were taken to port.", []),
        ("The 40 Martyrs of the valley were remembered on Sunday.", []),
        ("Three officials from the ministry were held up in traffic.", []),
        (
            "Two lawyers representing the families were held at the airport for an hour.",
            [("Two lawyers representing the families were held", 2, 2, "other")],
        ),
        ("Three journalists covering the talks were taken on a tour of the site.", []),
        ("The talks were held in Doha and 12 delegates attended.", []),
        ("Elections were held in 2019 and 40 candidates stood.", []),
        ("Five players from the home side were held scoreless in the first half.", []),
        ("Two teachers who had won awards were taken off the list.", []),
        ("The 12 gunmen who held the village were still at large.", []),
        ("Two companies of soldiers from the base were held in reserve.", []),
        ("Twelve pupils from the school were taken on a trip to the museum.", []),
        (
            "The three men were held for questioning and released.",
            [("three men were held", 3, 3, "other")],
        ),
        ("Thirty delegates at the conference were held to account by voters.", []),
        ("Two brothers who run the shop were taken ill after the meal.", []),
        ("Six officers of the unit were held responsible for the failure.", []),
        ("Four patients in the ward were taken into care.", []),
        (
            "In 1994, 800,000 people were killed in Rwanda.",
            [("800,000 people were killed", 800000, 800000, "killed")],
        ),
        ("Two engineers working on the dam were taken over by the new firm.", []),
        ("Three girls from the village were taken in by relatives.", []),
        ("Two fishermen from Ly Son were held up by bad weather.", []),
        ("A man who had stolen a car was held off by the owner.", []),
    ],
)
def test_hostile_descriptions_add_no_figure(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected
    assert from_rule(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # (figures another rule gives these, which this one leaves alone)
        "Eight militants hiding in the forest were held at bay by troops.",
        "Police said 14 people trapped in the rubble were pulled out alive.",
        "Three suspects from the gang were held in pretrial detention by order of the judge.",
        "Two reporters for the paper were held in high regard by readers.",
    ],
)
def test_no_described_figure_where_others_read_the_words(sentence: str) -> None:
    assert from_rule(sentence) == []


# One person placed among a toll by "the" or a possessive (miss67): the toll's own plural
# or the person's noun says they are people; the inverted form starts at "Among".
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Among the dead officers was the head of the raid, Major Ali Kadhim, he said.",
            [("Among the dead officers was the head of the raid", 1, 1, "killed")],
        ),
        (
            "Among the dead vigilantes was their commander, Abubakar Dan Maru, 47.",
            [("Among the dead vigilantes was their commander", 1, 1, "killed")],
        ),
        (
            "Among the dead policemen was their station commander, Inspector Musa Bello.",
            [("Among the dead policemen was their station commander", 1, 1, "killed")],
        ),
        (
            "Among the dead was their commander, Abubakar Dan Maru, 47.",
            [("Among the dead was their commander", 1, 1, "killed")],
        ),
        (
            '"Among the dead was our father," she said.',
            [("Among the dead was our father", 1, 1, "killed")],
        ),
        (
            "Among the wounded soldiers was the head of the convoy, the army said.",
            [("Among the wounded soldiers was the head of the convoy", 1, 1, "injured")],
        ),
        (
            "Among the kidnapped passengers was their driver, police said.",
            [("Among the kidnapped passengers was their driver", 1, 1, "other")],
        ),
    ],
)
def test_one_among_a_toll(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


# ... never things among "the dead" or "the missing", nor a toll with no person named; and
# headlines, list items and quotes keep what the other rules give them.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Among the dead was the head of the raid.", []),
        ("Among the dead was the promise of peace, the bishop said.", []),
        ("Among the missing was the ship's logbook.", []),
        ("Among the dead files was the minister's letter.", []),
        ("Among the missing items was the ledger, police said.", []),
        ("Among the dead leaves was the body of a bird.", []),
        ("Among the wounded pride of the nation was the memory of defeat.", []),
        ("Among the dead trees was the old oak, the ranger said.", []),
        ("Three soldiers guarding convoy killed in ambush", []),
        (
            "- 12 prisoners held in Evin freed",
            [("12 prisoners held in Evin freed", 12, 12, "other")],
        ),
        (
            "- Two soldiers who went missing found alive",
            [("Two soldiers who went missing", 2, 2, "missing")],
        ),
        (
            "Two soldiers who went missing found alive",
            [("Two soldiers who went missing", 2, 2, "missing")],
        ),
        (
            '"Two of my sons who went to the market are still missing," she said.',
            [("Two of my sons who went to the market are still missing", 2, 2, "missing")],
        ),
        (
            '"Three of our men who guard the wells were killed last night," the chief said.',
            [("Three of our men who guard the wells were killed", 3, 3, "killed")],
        ),
    ],
)
def test_among_and_headline_probes(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


# People counted where they are held, "held" after them with no predicate of their own, and
# longer descriptions ("who were tracking their own cows are dead") (miss67).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It said eight residents of the Kursk region held in Ukraine since 2024 were also"
            " brought back.",
            [("eight residents of the Kursk region held", 8, 8, "other")],
        ),
        (
            "His family learned of his death from a man who had been held in the same building.",
            [("a man who had been held", 1, 1, "other")],
        ),
        (
            "The colonel said a guard who had been taken hostage was freed unharmed.",
            [("a guard who had been taken hostage", 1, 1, "other")],
        ),
        (
            "He said at least two men held in his wing had died in 2025.",
            [("at least two men held in his wing had died", 2, None, "killed")],
        ),
        (
            "The army said 14 fighters held at the base had escaped.",
            [("14 fighters held", 14, 14, "other")],
        ),
        (
            "The families of 12 men held in Evin prison protested.",
            [("12 men held", 12, 12, "other")],
        ),
        (
            '"Three of our young men who were tracking their own cows are dead," he said.',
            [("Three of our young men who were tracking their own cows are dead", 3, 3, "killed")],
        ),
        (
            "Four of the dead were coca farmers, and three men who had been taken from their"
            " homes on Friday night were found dead on Sunday.",
            [
                ("Four of the dead", 4, 4, "killed"),
                (
                    "three men who had been taken from their homes on Friday night were found dead",
                    3,
                    3,
                    "killed",
                ),
            ],
        ),
    ],
)
def test_people_held_and_long_descriptions(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


# ... never held by a court's order or before its verdict, "held at gunpoint / in high regard /
# responsible / back / in reserve", things held, nor a part after "among them".
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police freed three other hostages in a raid on Saturday, among them a 9-year-old"
            " girl who had been held for six weeks.",
            [("freed three other hostages", 3, 3, "other")],
        ),
        ("A guard held at gunpoint during the robbery was unhurt.", []),
        ("Two suspects held for trial appeared in court.", []),
        ("The 12 ministers held in high regard by voters resigned.", []),
        ("Two cattle held in the pound were returned.", []),
        ("Officials said two dams held back the flood.", []),
        ("Two teams held in reserve joined the match.", []),
        ("The 40 delegates held in Geneva talks agreed a truce.", []),
        ("Two soldiers held their positions in the town.", []),
        ("A woman who had been held responsible for the fire was cleared.", []),
        ("Two doctors in the town were told that patients were killed.", []),
        (
            "Three officers from the unit were sent and two were wounded.",
            [("two were wounded", 2, 2, "injured")],
        ),
        ("Six players from the team were injured in training.", []),
    ],
)
def test_hostile_held_probes(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected
    assert from_rule(sentence) == []


def test_dead_batteries_are_not_this_rules() -> None:
    # (another rule reads "were dead" here; this one adds nothing)
    assert from_rule("Two of the batteries in the radio were dead.") == []


# Two groups joined by "and", the second one no list names or longer than the rules' noun
# phrases, summed when both are counted (miss67).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At least 11 government soldiers and allied clan fighters were killed on Wednesday.",
            [
                (
                    "At least 11 government soldiers and allied clan fighters were killed",
                    11,
                    None,
                    "killed",
                )
            ],
        ),
        (
            "Traders say at least a dozen shopkeepers and transporters have been killed in the"
            " area.",
            [
                (
                    "at least a dozen shopkeepers and transporters have been killed",
                    12,
                    None,
                    "killed",
                )
            ],
        ),
        (
            "The assailants were neutralised, while three soldiers and two VDP were killed in"
            " the fighting.",
            [("three soldiers and two VDP were killed", 5, 5, "killed")],
        ),
        (
            "Residents said four farmers and two herdsmen were abducted on the road.",
            [("four farmers and two herdsmen were abducted", 6, 6, "other")],
        ),
    ],
)
def test_joined_groups(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


# ... never animals, things, weapons, a determiner's one more person ("and the driver": not
# summed here), nor counts of buildings or firms after "say".
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two soldiers and three horses were killed in the blast.", []),
        ("Four soldiers and several vehicles were destroyed.", []),
        ("The 12 gunmen and their accomplices were arrested.", []),
        ("Two policemen and the driver were wounded.", []),
        ("Three soldiers and two RPGs were captured.", []),
        ("Officials say 40 houses and shops were destroyed.", []),
        ("Farmers say 200 cows and goats were stolen.", []),
        ("Police say two officers and their dogs were injured.", []),
        ("Analysts say 12 banks and insurers were hit by the sanctions.", []),
        ("The report says 30 schools and clinics were damaged.", []),
    ],
)
def test_hostile_joined_groups(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected
    assert from_rule(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # (another rule reads these; this one adds nothing)
        "The families of three soldiers and two policemen were evacuated.",
        "Militants who killed two soldiers and three guards were arrested.",
    ],
)
def test_joined_groups_left_to_the_other_rules(sentence: str) -> None:
    assert from_rule(sentence) == []


# One person no list names, by a noun of a trade or a role, described, then killed or
# wounded in a passive (miss67).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police said a physiotherapist travelling with them was wounded in the leg.",
            [("a physiotherapist travelling with them was wounded", 1, 1, "injured")],
        ),
        (
            "In 2025, a key witness in another councillor murder case was shot dead outside his"
            " home.",
            [("a key witness in another councillor murder case was shot dead", 1, 1, "killed")],
        ),
        (
            "A technician working on the line was injured by falling debris.",
            [("A technician working on the line was injured", 1, 1, "injured")],
        ),
        (
            "A pharmacist from the town was killed in the raid, residents said.",
            [("A pharmacist from the town was killed", 1, 1, "killed")],
        ),
    ],
)
def test_one_described_person(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


# ... never an animal, a thing, a bill or a plan "killed", sport or fiction.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rangers said a tiger roaming near the village was killed.", []),
        ("A bill introduced by the senator was killed in committee.", []),
        ("A helicopter carrying troops was shot down.", []),
        ("A container loaded with aid was damaged.", []),
        (
            "The son of a pharmacist from the town was killed in the raid.",
            [],
        ),
        ("A plan drafted by the ministry was killed off by the cabinet.", []),
        ("A business owned by the family was hurt by the strike.", []),
        ("A tanker carrying fuel was hit by a drone.", []),
        ("A project funded by the UN was killed after the coup.", []),
        ("An agreement signed in March was killed by the new government.", []),
        ("A player on the visiting team was injured in the second half.", []),
        ("A character in the novel was killed in the last chapter.", []),
        ("An actor in the film was injured during filming.", []),
        ("A goalkeeper from the league was injured in training.", []),
        ("A monster from the legend was killed by the hero.", []),
        ("He said a lobster caught in the bay was killed for the feast.", []),
        ("A transformer at the substation was damaged by the shelling.", []),
        ("A tower built in 1900 was hit by a shell.", []),
        ('"A helicopter carrying the minister was shot down," he said.', []),
        ("- A reactor at the plant was damaged", []),
        # one person named or speaking after the harm, or an apposition to a name
        (
            "Officials said a migrant from Niger who was wounded in the leg, Issoufou Abdou, 24,"
            " told the paper he had paid.",
            [],
        ),
        ("A migrant from Niger who was wounded in the leg told the paper he had paid.", []),
        ("Her cousin Ali Hassan, a pharmacist from the town was killed in the raid.", []),
        # ... nor what the one described asked, saw or knew of another (grammar64's probe)
        ("A technician who asked how his cousin was shot dead wept at the gate.", []),
        ("A pharmacist who saw when the soldiers were killed spoke to us.", []),
    ],
)
def test_hostile_one_described(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected
    assert from_rule(sentence) == []
