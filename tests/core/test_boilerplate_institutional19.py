"""The furniture closing an institutional document (issue 15, INST19): a contact block whose
last line says where the body's reports are kept, and a line of the documents a meeting or a
report lists as links ("Annex: ... (PDF) | Webcast"). Invented documents."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.boilerplate_page import pieces

HEADLINE = "Lenvia: Orvel Province - Displacement Update No. 2"
BODY = (
    "Fighting between the army and the Orvel Liberation Front has forced 12,000 people "
    "from their homes since 3 May, the Office for the Coordination of Humanitarian Affairs "
    "(OCHA) said.\n\n"
    "Partners have distributed food to 4,000 families in Kessa and Marsk, and two mobile "
    "clinics have treated 310 patients."
)


def _actors(text: str) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [text[s.start : s.end] for s in found if s.label == "ACTOR"]


CONTACTS = (
    "For further information, please contact:\n"
    "Hana Brolic, Head of Office, OCHA Orvel, brolic@un.org\n"
    "Tomas Iveri, Public Information Officer, OCHA Lenvia, iveri@un.org\n"
)


@pytest.mark.parametrize(
    "where",
    [
        "Our situation reports, maps and dashboards for Orvel Province are available at "
        "www.unocha.org/lenvia | reliefweb.int",
        "OCHA products on the Orvel crisis, with the sector dashboards, are available on: "
        "https://reports.example.org/orvel",
        "All updates on the humanitarian response in Orvel Province and Kessa district are "
        "accessible at reliefweb.int, unocha.org",
    ],
)
def test_a_line_saying_where_the_reports_are_kept_closes_the_contact_block(where: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + CONTACTS + where
    assert pieces(text) == [CONTACTS + where]
    assert "OCHA" not in _actors(text[len(HEADLINE) + len(BODY) + 4 :])


@pytest.mark.parametrize(
    "links",
    [
        "Documents: Army presentation on the Orvel incident (PDF) | Audio recording",
        "Annex: List of participants (PDF) | Pledging table (PDF) | Webcast",
        "Full report (PDF, 2.1 MB) | Summary in French (PDF)",
        "Attachments: Statement by the Ministry of Defence (DOCX)",
    ],
)
def test_a_line_of_document_links_is_furniture(links: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + links
    assert pieces(text) == [links]
    assert "PDF" not in _actors(text)


def test_a_body_sentence_naming_an_address_or_a_bracketed_pdf_is_no_furniture() -> None:
    prose = (
        "The People's Defence Force (PDF) said its fighters had left the village.\n\n"
        "Copies of the ministry's report are available at its office in Kessa."
    )
    text = HEADLINE + "\n\n" + BODY + "\n\n" + prose
    assert pieces(text) == []
    assert "PDF" in _actors(text)
