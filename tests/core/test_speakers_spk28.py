"""Speakers (issue 15, SPK28): classes of attribution grammar that real news pages use
(translated communiques, court reports, parliamentary sittings, briefings), checked with
the real suggester on sentences written for these tests (invented events and people; real
states and bodies)."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

# ---------- a communique whose issuer the text names with it


def test_the_communique_of_a_ministry_is_that_ministrys() -> None:
    text = (
        "BAMAKO, Dec 2 (AFP) - Eleven soldiers were killed near Boni, the army said.\n\n"
        "The communique of the Ministry of Defence and Veterans, read on ORTM by an officer, "
        "was set out in five points. The first point said a column of the Malian Armed "
        'Forces (FAMa) had been attacked "by a large number of terrorists on motorbikes".\n\n'
        'The statement read: "The wounded have been evacuated to Sévaré."'
    )
    assert suggested_speaker(text, "by a large number") == "Ministry of Defence and Veterans"
    assert suggested_speaker(text, "The wounded have") == "Ministry of Defence and Veterans"


def test_a_body_that_published_a_communique_past_an_aside_issued_it() -> None:
    text = (
        "GAO, Dec 2 (AFP) - A drone struck a well north of Gao, local officials said.\n\n"
        "The Azawad Liberation Front (FLA), a coalition of armed movements from the north, "
        "published a numbered communique on Wednesday. The first point of the communique "
        'said: "Seven herders were killed at the well of In-Tadeyni."'
    )
    assert suggested_speaker(text, "Seven herders") == "FLA"


# ---------- "the detective replied", "the witness answered": the role's holder in a court


def test_the_detective_replied_is_the_detective_not_the_lawyer_named_again_by_a_middle_name() -> (
    None
):
    # the lawyer is named again by the middle word of her name, and keeps her role
    text = (
        "NAIROBI - Detective Sergeant Amina Chebet Rotich told the court she had traced the "
        "calls to a mast in Garissa.\n\n"
        "She was cross-examined by defence lawyer Peter Ochieng Wafula for most of the "
        "afternoon.\n\n"
        '"Did you record the serial numbers of the phones?" Ochieng asked.\n\n'
        '"Every one of them, and they are in the exhibit list," the detective replied.'
    )
    assert suggested_speaker(text, "Every one of them") == "Amina Chebet Rotich"


def test_a_role_after_a_body_that_opens_the_main_clause_is_no_apposition() -> None:
    # "Led by X of the Y, the witness said": the witness is the sentence's subject, not X
    text = (
        "Led in evidence by State Counsel Grace Wanjiru Mbugua of the Office of the "
        "Director of Public Prosecutions (ODPP), the witness said he had seen the car.\n\n"
        '"It was parked outside the mosque all night," the witness said.'
    )
    # (the witness is not named: nobody, not the counsel who led the evidence)
    assert suggested_speaker(text, "It was parked") is None


# ---------- "the CS answered": an abbreviated office, its holder past senators named again


def test_the_cs_reaches_back_past_senators_named_again_to_the_cabinet_secretary() -> None:
    # nine mentions of three senators between: the holder is one of the last eight
    # people named, not of the last eight mentions
    text = (
        "Cabinet Secretary Samuel Kiprop Cheruiyot told senators that police had been "
        "deployed to Moyale.\n\n"
        "Senator Halima Adan Boru of Marsabit said it came too late. Boru said the herders "
        "had lost their animals. Boru asked for compensation.\n\n"
        "Senator Amina Wanjiku Kariuki of Nyeri backed her. Kariuki said the police were "
        "unpaid. Kariuki asked for their allowances.\n\n"
        "Senator Mohamed Abdi Guyo of Isiolo asked for a report. Guyo said residents blamed "
        "the police. Guyo wanted names.\n\n"
        '"The report will be tabled within two weeks," the CS answered.'
    )
    assert suggested_speaker(text, "The report will be") == "Samuel Kiprop Cheruiyot"


# ---------- "Its second point ..., and said": a numbered part speaks for the issuer

_COMMUNIQUE = (
    "OUAGADOUGOU, Dec 3 (AFP) - Gunmen attacked a convoy near Djibo, officials said.\n\n"
    "Burkina Faso's Ministry of Security published a communique of five points on "
    "Tuesday evening. The first point said the convoy had been escorted by the Volunteers "
    "for the Defence of the Homeland (VDP).\n\n"
)
