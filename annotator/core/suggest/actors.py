"""ACTOR rules: people, organisations, states, armed groups and media outlets.

People are found by their titles ("Defence Minister X" -> X) and by the
places news prose puts a name (", a spokesman for", "said X", "X told"),
then every later mention of their surname. Organisations come from their
shape (a capitalised name holding "Front", "Committee", "Brigades"...), from
an acronym in brackets and its later mentions, from "Kharvelian army"-style
institutions, from the gazetteer, and from what analysts already tagged.
Titles and a leading "the" are never part of a span (the guideline).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, chain, pairwise
from operator import itemgetter
from typing import Final, TypeGuard

from annotator.core.suggest.base import GazetteerEntry, SuggestContext, Suggestion, rule
from annotator.core.suggest.casualties import LISTED_VICTIMS
from annotator.core.suggest.nouns import (
    BUILDINGS,
    CONDITIONS,
    CONFERENCES,
    LANDFORMS,
    LAWS,
    MEASURES,
    MEETINGS,
    MINES,
    OCCASIONS,
    OFFENSIVES,
    PACTS,
    PEOPLE_CLASSES,
    PLANS,
    PROCESSES,
    PUBLICATIONS,
    REPORTS,
    ROUTES,
    SCHEMES,
    SITES,
    TRUCES,
    WARS,
    WEAPONS,
    WORKS,
)
from annotator.core.suggest.text import (
    ABBREVIATIONS,
    NAME_PARTICLES,
    NameMatcher,
    NameRun,
    Token,
    finditer_between,
    finditer_from,
    is_sentence_start,
    longest_first,
    occurrences,
    pieces,
    word_tokens,
    words,
)

TITLES: Final = words(
    "President Vice Prime Minister Deputy Foreign Defence Defense Interior Health Justice "
    "Finance Information Secretary General Secretary-General Colonel Lieutenant Major "
    "Captain Brigadier Commander Sergeant Corporal Private Admiral Marshal Governor Mayor "
    "Ambassador Senator Judge Father Sheikh Imam Bishop Archbishop Rabbi Pope King Queen "
    "Prince Princess Dr Mr Mrs Ms Professor Prof Chief Spokesman Spokeswoman Envoy Special "
    "Lt Col Gen Maj Capt Sgt Brig Cmdr Gov Sen Rep Representative Commissioner Director "
    "Coordinator Chairman Chairwoman Speaker Emir Ayatollah Cardinal Sister Brother Rev "
    "Reverend Lawmaker MP Inspector Superintendent Constable Commodore Mullah Maulana Mufti "
    "Chancellor Premier Pastor Acting Interim Assistant Senior Cabinet Ombudsman "
    "Ombudswoman Prosecutor Magistrate Auditor Registrar Administrator Executive Coach "
    "Manager CEO Founder Editor Chairperson Whip Inspector-General Lawyer Abb\u00e9 Monsignor "
    "Mgr Fr "
    "Canon Deacon Hajji "
    "Haji Hajiya Hajia Alhaji Alhaja Mallam Malam Ustaz Ustadh "
    # Afghan and South Asian religious honorifics ("Mawlawi X", "Qari X")
    "Mawlawi Mawlavi Maulvi Moulvi Molvi Qari "
    # South Asian army ranks: "Naik Rakesh Kumar", "Sepoy X", "Havildar X"
    "Naik Sepoy Havildar Subedar "
    # ranks abbreviated ("Vice Adm. X", "Pvt. X") and "Warrant Officer X"
    "Adm Cpl Pvt Cdr Spc Warrant Officer "
    # advisers by office: "National Security Adviser X", "Special Adviser to the President"
    "Adviser Advisor "
    # offices of elected, local, church and court officials that wires write before a
    # name ("Prefect X", "Congresswoman X", "Sarpanch X", "Coroner X", "Abbot X"); not
    # "Sheriff", "Sultan", "Principal" or "Ranger", which are names or open them too, nor
    # the surnames "Warden", "Rector", "Abbot", "Vicar", "Alderman"
    "Prefect Sub-Prefect Congressman Congresswoman Assemblyman Assemblywoman Councilman "
    "Councilwoman Councilor Detective Consul Patriarch Headman Taoiseach Undersecretary "
    "Under-Secretary Headmaster Headteacher Matron Treasurer Comptroller Attorney Counsel "
    "Archdeacon Evangelist Coroner Trooper Mayoress Rapporteur Tehsildar Sarpanch Mukhiya "
    # traditional rulers: "Oba Ewuare II", "Naba Azoka II" (not "Sultan", which opens
    # places: "Sultan Kudarat")
    "Oba Naba "
    # East African honorifics for an elder: "Mama Fatuma Abdi", "Mzee Juma Hassan" (not
    # "Baba", a given name in the Sahel: "Baba Ould Cheikh")
    "Mama Mzee "
    # ... and the Congolese "Maman", the Arabic "Hajja" and the West African "Hadja" (a
    # woman who made the pilgrimage), the Somali "Ugaas", "Suldaan", "Garaad" (clan
    # rulers) and "Sheekh"
    "Maman Hajja Hadja Ugaas Suldaan Garaad Sheekh "
    # "Mrs" in Somali ("Marwo X"), Spanish and Portuguese ("Doña X", "Dona X"); not "Don", a
    # given name too, nor "Bibi", part of women's names ("Bibi Amina", "Gul Bibi")
    "Marwo Doña Dona "
    # ... and in Amharic ("Ato X" Mr, "Woizero X" Mrs; Burmese "Daw", "U", "Ko" stay in
    # the span, as the dev gold writes them)
    "Ato Woizero Weyzero "
    # how the African, South Asian and Malaysian press writes a person's style before the
    # name ("Hon. X" an MP, "Cde X" in Zimbabwe, "Engr. X", "Barr. X" in Nigeria, "Shri X",
    # "Smt. X" in India and Nepal, "Khun X" in Thailand), and French ranks and offices left
    # untranslated ("Général X", "Préfet X"); not "Honourable", which opens "the Honourable
    # Member"
    "Hon Cde Comrade Engr Barr Shri Shree Smt Shrimati Khun "
    "G\u00e9n\u00e9ral Commandant Capitaine Adjudant Sergent Pr\u00e9fet "
    # ... and the French, Spanish and Portuguese offices a translated wire leaves before a
    # speaker's name ("Comisario X", "Alcalde X", "Commissaire X", "Ma\u00eetre X" a lawyer),
    # the Malaysian honorifics ("Datuk Seri X") and an eyewitness named by that role; not
    # the ranks and offices that are surnames too or open a town's name ("Emma Coronel",
    # "Delegado", "Presidente Hayes", "Governador Valadares", "Capit\u00e1n Bado"), nor "Tun"
    # (a Burmese name), "Cabo" (Cabo Delgado), "Padre", "Dom", "Don"
    "Commissaire Ministre D\u00e9put\u00e9 S\u00e9nateur Ma\u00eetre Monseigneur Monse\u00f1or "
    "Comisario Comisaria Subcomisario Comiss\u00e1rio Alcalde Alcaldesa Ministro Ministra "
    "Diputado Diputada Deputado Deputada Vereador Vereadora Prefeito Prefeita "
    "Datuk Dato Seri Eyewitness "
    # legislators and leaders by their capitalised office ("Congresswoman X", "Opposition
    # Leader X", "Squadron Leader X"), a church's head ("Patriarch X", "Bishop Emeritus X")
    "Congressman Congresswoman Assemblyman Assemblywoman Councilman Councilwoman Legislator "
    "Leader Patriarch Emeritus "
    # British honours before a name ("Sir X", "Dame X", "Baroness X")
    "Sir Dame Baroness "
    # "Deputy Spokesperson X" (beside "Spokesman"); "Madam X", "Madame X", "Mme X": the
    # honorific West African and French-language copy writes before a woman's name
    "Spokesperson Madam Madame Mme "
    # Indonesian police ranks as the English-language press abbreviates them ("Sr. Comr.
    # X", "Adj. Sr. Comr. X"), and a regency's head ("Poso Regent X")
    "Comr Sr Adj Regent "
    # the Filipino comrade's honorific the NPA's spokespeople carry ("Ka Oris")
    "Ka "
    # a lawyer's title before the name, as Nigerian, Ghanaian, South Asian and Filipino
    # copy writes it ("The defence counsel, Barrister X,", "Advocate X", "Atty. X")
    "Barrister Advocate Atty "
    # kin and elders' honorifics before a name ("Uncle X", "Grandmother X", "Amm X", the
    # Arabic "Hajj X" beside "Hajja"), the Fulani chief's "Ardo X", a pupil's "Teacher X"
    # and the Spanish "Comandante X" (not "Don", a given name too)
    "Uncle Auntie Aunty Grandmother Grandfather Grandma Grandpa Amm Hajj Ardo Teacher "
    "Comandante Comandanta "
    # styles that institutional and West African copy writes before a name and that dev
    # leaves out of the span: the pilgrim's "El Hadj X" / "Alhadji X" (beside "Alhaji"),
    # the Malay and Filipino "Ustadz X", the Ethiopian Orthodox "Abune X", a councillor's
    # "Cllr X" (an envoy's "H.E. X" is two initials: `_NOT_INITIALS`)
    "Hadj Hadji Elhadj Elhadji Alhadji Alhadj Ustadz Abune Cllr"
    # the Kurdish comrade's "Heval X", the Burmese senior monk's "Sayadaw X" and the Levies'
    # "Risaldar X" (not the Kurdish "Mam"/"Kak" nor an engineer's "Eng.", which are also
    # Khmer and Chinese names: `past_honorific_also_a_name` leaves them out at a name's start
    # only; nor the Filipino "Tita", also a given name)
    " Heval Sayadaw Risaldar"
    # the Commonwealth other ranks as British, Indian, Pakistani, Kenyan and Nigerian army
    # copy abbreviates them ("Pte X", "LCpl X", "Gnr X", "Nk X", "Hav X"), the naval and air
    # ranks ("Cdre X", "Sqn Ldr X") and a Canadian constable's "Cst X"; not "Pat" (a Filipino
    # patrolman, and a given name) nor "Sep" (a sepoy, and September)
    " Pte LCpl Spr Gnr Rfn Tpr Fus Gdsm Sub-Lt SSgt Nk Hav Cst Adjt Cdre Sqn Ldr"
)
# Lower-case roles written straight before a name ("regional governor Paweł Wróblewski").
ROLE_WORDS: Final = words(
    "spokesman spokeswoman spokesperson envoy lawmaker director coordinator commander "
    "official governor mayor minister president chief leader priest doctor journalist "
    "negotiator activist analyst researcher witness resident farmer survivor general "
    "colonel captain commissioner secretary ambassador representative chairman head "
    "mediator photographer correspondent reporter called named surgeon nurse teacher "
    # the UN's independent experts: "The UN Special Rapporteur on Myanmar, X Y,"
    "rapporteur "
    "engineer farmer pilot driver volunteer monk councillor spokesperson lawyer attorney "
    # the other lawyers of a courtroom: "Defence counsel X Y", "solicitor X Y" ("advocate"
    # is a title already, and a plural role's: "Advocates Without Borders")
    "counsel solicitor "
    # kin and acquaintances: "Her neighbour, Samir Khoury, disagreed"
    "neighbour neighbor friend colleague widow wife husband son daughter brother sister "
    "mother father cousin uncle aunt nephew niece "
    # the dead and the hurt named after their age: "a 16-year-old boy, Yazan Odeh"
    "boy girl teenager "
    # "loyal to warlord Khalifa Haftar", "strongman X"
    "warlord strongman "
    # occupations wires put before a name ("Villager Ko Htet Aung, 34, said")
    "villager shopkeeper trader vendor merchant student fisherman herder shepherd labourer "
    "laborer worker elder businessman businesswoman mechanic tailor pharmacist midwife "
    "paramedic medic cleric rival ally aide deputy successor predecessor partner counterpart "
    "surveyor miner clerk accountant architect economist lecturer "
    # people by what they write, make or learn ("a 38-year-old blogger, X,", "His
    # apprentice, X, who was 19")
    "blogger vlogger apprentice poet writer novelist artist singer musician dissident "
    "campaigner protester demonstrator "
    # the bench and the prosecution: "presiding magistrate X", "the trial judge, X"
    "judge magistrate prosecutor "
    # police and army ranks in lower case, as South Asian and African copy writes them, and
    # their plurals before names joined by "and": "constables Mumtaz Bhatti and Ali Mahar"
    "constable constables sergeant sergeants corporal corporals lieutenant lieutenants "
    "inspector inspectors sub-inspector havildar sepoy sepoys "
    # offices of a committee or a party: "politburo member X", "committee chairperson X"
    "member superintendent chairperson chairwoman"
)
SPEECH_VERBS: Final = words(
    "said says told tells added adds wrote writes denied denies declared declares insisted "
    "insists warned warns explained explains posted recalled recalls described describes "
    "accused accuses confirmed confirms called calls replied replies stated asked urged "
    "urges announced announces claimed claims argued argues noted notes estimated estimates "
    "blamed blames quoted saying disagreed countered responded acknowledged admitted "
    "conceded vowed pledged promised cautioned complained lamented stressed reiterated "
    "demanded threatened predicted suggested reported tweeted shouted whispered wondered asks"
)
ORGANISATION_WORDS: Final = words(
    "Front Movement Brigades Brigade Guard Army Forces Mission Office Committee "
    "Organization Organisation Programme Program Council Party Union Agency Fund Crescent "
    "Cross Alliance Coalition Militia Battalion Battalions Corps Federation Institute "
    "Network Watch Commission Court Tribunal Society Association Service Services Ministry "
    "Police Frontières Group Authority Foundation Council Legion Division Regiment Command "
    "Bureau Centre Center International Nations Sentinelles Ansar Jaish Harakat Liga League "
    "Bank Assembly Parliament Government Administration Company Corporation Initiative Observatory "
    "Department Force Cartel Rifles Units Gendarmerie Rangers Constabulary Cell Directorate "
    # a state's troops named as a body: "Border Troops", "Airborne Troops", "Internal Troops"
    "Troops Guards "
    # a frontier force named for its region: "Gilgit-Baltistan Scouts", "Tochi Scouts"
    "Scouts "
    # "Chiapas Public Security Secretariat", "the Security Cabinet"
    "Secretariat Cabinet Collective "
    # "the Chaman Chamber of Commerce", "the Chamber of Deputies"
    "Chamber "
    # churches that speak and count the dead: "the Archdiocese of Kananga said"
    "Archdiocese Diocese Archeparchy Eparchy "
    # the heads of names in other languages, which open the name: "Frente Nacional de
    # Liberación", "Armée nationale tchadienne", "Jamaat Ansar al-Islam", "Liwa al-Quds"
    "Ejército Ejercito Frente Fuerzas Armée Mouvement Movimiento Jamaat Jama'at Katiba "
    "Kataib Liwa Jaysh Katibat Saraya Jabhat Tanzim "
    # ... and in French: "Résistance pour un État de Droit au Burundi", "Rassemblement
    # pour la Démocratie", "Coordination des Mouvements de l'Azawad", "Collectif ..."
    "Résistance Rassemblement Coordination Collectif Comité Conseil Congrès Parti "
    # a rights body's national sections: "Amnesty Kenya", "Amnesty International Nigeria"
    "Amnesty "
    # a squad named as a task force in one word: "the Major Investigation Taskforce"
    "Taskforce "
    # a force's or a state's unit, team or mechanism: "the Rural Border Patrol Unit", "the
    # Political Killings Task Team", "the Incident Prevention and Response Mechanism"; a
    # monitoring project: "the IOM's Missing Migrants Project"
    "Unit Team Mechanism Project "
    # research and civic bodies: "Brazilian Forum on Public Security", "Violence Studies
    # Laboratory", "Latin American Faculty of Social Sciences"
    "Forum Laboratory Faculty "
    # a state's offices by their own heads: "the Prefecture of Ouaka", "the Regional Police
    # Headquarters", "the General Procuracy", "the State Labour Inspectorate", "the Flying
    # Squad", "the Public Prosecution"
    "Prefecture Procuracy Inspectorate Headquarters Squad Prosecution "
    # a Central Asian region's or district's government: "the Zhambyl Region Akimat"
    "Akimat Akimiat Khokimiyat Hokimiyat "
    # a company by its legal form: "Bougainville Copper Limited", "X Security Ltd"
    "Limited Ltd "
    # a trade's body: "the Yemeni Teachers' Syndicate", "the Somali Journalists Syndicate"
    "Syndicate"
)
_ARMED: Final = words(
    "Résistance Mouvements "
    "Front Movement Brigades Brigade Militia Battalion Battalions Legion Sentinelles Ansar "
    "Jaish Harakat Guard Shield Liberation Resistance Rebels Tigers Army Cartel Ejército "
    "Ejercito Frente Armée Mouvement Movimiento Jamaat Jama'at Katiba Kataib Liwa Jaysh "
    "Katibat Saraya Jabhat Tanzim "
    # holy warriors name fighters in any language's spelling: "East Indonesia Mujahidin"
    "Mujahidin Mujahideen Mujahedin Mujahedeen"
)
_STATE: Final = words(
    "Ministry Government Armed Parliament Presidency Police Rifles Gendarmerie Constabulary "
    "Directorate Command Administration Cabinet Prefecture Procuracy Inspectorate Squad "
    "Akimat Akimiat Khokimiyat Hokimiyat "
    # "Department of National Defense", "Department of Social Welfare and Development"
    "Department "
    # a state's own rights and justice offices, like its ministries (guideline, open point
    # k): "Ombudsman's Office", "Defensoría del Pueblo", "State Prosecutor's Office"
    "Ombudsman Ombudsman's Ombudsperson's Defensoría Defensoria Prosecutor's Defender's "
    # "Public Prosecution Service", "Crown Prosecution Service"
    "Prosecution "
    # a state's courts and prosecutors as one: "Supreme Judicial Council", "Judicial Police"
    "Judicial Judiciary"
)
# A guard that serves a state: "National Guard", "Republican Guard", "Coast Guard".
_STATE_GUARDS: Final = words(
    "National Republican Presidential Revolutionary Coast Royal Civil Reserve"
)
_MEDIA: Final = words(
    "Radio TV Television News Press Wire Times Post Herald Gazette Daily Broadcasting"
)
# Capitalised only because they open a sentence, or never part of a name.
_NOT_NAMES: Final = words(
    "The A An In On At By For From To Of And But Or If As After Before During Since Until "
    "When While Where Why How What Who Whose Which That This These Those He She It They We "
    "I You His Her Its Their Our My Your There Here Asked Under Over Some Many Most Several "
    "Local Two Three Four Five Six Seven Eight Nine Ten Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March April May June July August September "
    "October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec According "
    "Meanwhile However Also Even Still Yet Only Just Then Now Today Yesterday Tomorrow "
    "Earlier Later Mass God State Public National Facebook Telegram Twitter WhatsApp "
    "Unlike Despite Besides Except Including Among Against Beyond "
    # a place's preposition opening a sentence: "Outside Parliament, the commission said",
    # "Across Yemen, the war has killed ..."
    "Across Outside Inside Throughout Within "
    # object pronouns capitalised in a title: "They Called Them Maoists"
    "Them Him Us Me "
    # a suspicion opening a sentence: "Suspected Allied Democratic Forces (ADF) rebels"
    "Suspected Alleged Presumed "
    # a participle opening a sentence: "Briefing the Council, X said"
    "Briefing Addressing Responding Referring Citing Quoting "
    # determiners opening a sentence: "Such claims", "Each side" (not "All", which opens
    # "All Progressives Congress", nor "Both", a Nuer surname: "Puok Gatkuoth Both")
    "Such Each Every Neither Either Another None Few "
    # a command opening a sentence of a quote: "Stop saying they were all criminals."
    "Stop Let Please Tell Keep Give Look Listen Imagine Remember Leave "
    "Instagram YouTube TikTok X Reuters Staff"
)
_LOCATIVE: Final = re.compile(
    r"(?:\b(?:in|into|inside|across|throughout|from|to|towards|near|around|outside|of|at|via"
    r"|central|northern|southern|eastern|western|north|south|east|west|northeast|northwest"
    r"|southeast|southwest|northeastern|northwestern|southeastern|southwestern"
    r"|Lake|Mount|River|Gulf\s+of|Sea\s+of|Bay\s+of|the)\s+)$",
    re.IGNORECASE,
)
_PERSON_AFTER: Final = re.compile(
    r"^(?:,\s+\d{1,3}(?:,|[.;](?!\d))|,\s+(?:a|an|the|who|whose|head|chief|director|deputy|special|one|"
    r"spokes\w+|himself|herself|aged)\b|\s+\(\d{1,3}\))"
)
# Whom only a person has, before "of" and a name: "the family of X", "the son of X", "a
# lawyer of X" (not "children" nor "families", which a place has too: "the children of Gaza").
_KIN_OF: Final = (
    r"family|wife|husband|widow|widower|son|daughter|mother|father|brother|sister|relatives"
    r"|parents|lawyers?|nephew|niece|cousin|uncle|aunt|grandson|granddaughter"
)
# ... as a word before "of" (asked without a pattern: "of" stands before many names).
_KIN_OF_WORDS: Final = frozenset(_KIN_OF.replace("lawyers?", "lawyer|lawyers").split("|"))
_PERSON_BEFORE: Final = re.compile(
    r"(?:\b(?:said|says|added|wrote|according\s+to|in\s+the\s+words\s+of|by|called|named"
    # a byline's label: "Writer: Sarawut Tohmeena", "Author: X"
    r"|(?<![\w-])(?:writer|author|reporter|reported\s+by|written\s+by)\s*:"
    r"|identified\s+(?:himself|"
    r"herself)\s+as|told|asked|quoted|quoting|dear|replied|recalled|explained|insisted|warned"
    r"|continued|shouted|urged|noted|declared|stated|countered|admitted|conceded|,\s+(?:a|an|the)\s+[\w-]+\s+(?:of|for)\s+\w+,"
    # "the spokesman, who gave his name as Gatluak Both": what a person calls himself
    r"|(?:gave|gives|giving)\s+(?:his|her|their)\s+(?:first\s+|full\s+)?name(?:\s+only)?\s+as"
    # "forces loyal to Khalifa Haftar", "militias allied with X": the leader they follow
    r"|loyal\s+to|allied\s+(?:to|with)"
    # what is done only to a person: "gunmen abducted Olawale Adeyemi", "police arrested X"
    r"|\b(?:abducted|kidnapped|arrested|detained|jailed|sentenced|executed|convicted"
    r"|acquitted|pardoned)"
    # what befalls only a person: "the body of Kelechi Anyanwu", "the killing of X"
    r"|\b(?:body|funeral|burial|killing|murder|assassination|abduction|kidnapping|arrest"
    r"|detention|release|execution)\s+of"
    # "said their father, Yusuf al-Amiri": the speaker named after the description
    r"|\b(?:said|says|added|wrote)\s+(?:his|her|their|the|a|an|one|another)\s+[a-z-]+"
    r"(?:\s+[a-z-]+)?,)"
    r"\s+)$",
    re.IGNORECASE,
)
_ROLE_OF_BEFORE: Final = re.compile(
    # (the office in capitals too: "the UN's Humanitarian Coordinator for Yemen, X,")
    r"\b[Tt]he (?:[\w'\u2019-]+ ){0,2}?(?i:governor|head|mayor|chief|leader|chairman|chairwoman"
    r"|chairperson|chair|commander|director|president|spokesman|spokeswoman|spokesperson"
    r"|secretary|minister|administrator|commissioner|coordinator|representative|founder"
    r"|speaker|prefect|emir|sultan|bishop|imam) (?:of|for|at|in) (?P<of>(?:the )?"
    r"[\w\u0300-\u036f'\u2019-]+(?: [\w\u0300-\u036f'\u2019-]+){0,5}),\s+$"
)
_OFFICE_APPOSED_BEFORE: Final = re.compile(
    r"(?:\b[Tt]he|['\u2019]s) (?:[\w'\u2019-]+ ){0,3}?(?i:governor|mayor|chief|leader|chairman"
    r"|chairwoman|chairperson|commander|director|president|spokesman|spokeswoman|spokesperson"
    r"|secretary|minister|administrator|commissioner|coordinator|representative|envoy"
    r"|ambassador|official|adviser|advisor|prefect|emir|bishop|imam|councillor|senator"
    r"|lawmaker|superintendent|inspector)"
    # (a capitalised office, or one of a place or body in capitals: never "the mayor of
    # the largest town, Port Harcourt,")
    r"(?: (?:of|for|in|at) (?:the )?[A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){0,4}?)?,\s+$"
)
_BODY_NOUNS: Final = words(
    "council committee agency commission association union board party mission office "
    "department ministry group militia army police force authority administration "
    "government assembly parliament court "
    # ... and unions of bodies: "The leader of the federations, X,"
    "federation federations confederation unions cooperative cooperatives movement alliance "
    "coalition network"
)
# Verbs of saying that name a person next only inverted right after a quote's closing
# comma ('"...," answered Yoav Gallant'); elsewhere "answered the call" names nobody.
_SLOT_VERBS_INVERTED: Final = words(
    "answered responded retorted interjected quipped snapped repeated concluded protested "
    "objected testified mentioned revealed remembered sighed cried screamed yelled mused "
    "joked fumed observed reasoned rebutted implored begged clarified elaborated opined "
    "boasted agreed queried inquired"
)
_SLOT_VERB_BEFORE: Final = re.compile(
    r"[,!?\u2014][\"\u201d\u2019]\s+(?:"
    + "|".join(sorted(_SLOT_VERBS_INVERTED, key=longest_first))
    + r")\s+$"
)


# The last word of every `_PERSON_BEFORE` form (or a comma): a cheap test before the regex.
_PERSON_BEFORE_LAST: Final = (
    words(
        "said says added wrote to by called named as told asked quoted quoting dear replied "
        "recalled explained insisted warned continued shouted urged noted declared stated "
        "countered admitted conceded with of abducted kidnapped arrested detained jailed sentenced "
        "executed convicted acquitted pardoned writer: author: reporter: by:"
    )
    | _SLOT_VERBS_INVERTED
)


def _person_named_before(text: str, start: int) -> bool:
    """True where news prose names a person next: "said X", "according to X", "told X"
    (before the initials of "said R.S. Meena" too)."""
    start = _initials_start(text, start)
    # never across a line break: a headline ending "..., rescuers say" names no dateline
    window = text[max(0, start - 60, text.rfind("\n", 0, start) + 1) : start]
    last = window.rstrip().rsplit(None, 1)[-1:]
    if not last or (last[0].lower() not in _PERSON_BEFORE_LAST and not last[0].endswith(",")):
        return False
    if last[0] == "of":
        kin = window.rstrip()[:-2].rsplit(None, 1)[-1:]
        if kin and kin[0].lower() in _KIN_OF_WORDS:
            return True  # "the family of X", "a lawyer of X": whom only a person has
    if _PERSON_BEFORE.search(window):
        return True
    if _SLOT_VERB_BEFORE.search(window):
        return True  # '"...," answered X', '"...," interjected X': a verb of saying inverted
    if not last[0].endswith(","):
        return False
    if _PEOPLE_THEN_NAMES.search(text, max(0, start - 50), start):
        return True  # "The two hostages, Emeka Nwosu and ...": people, then their names
    # "The governor of Kwara state, Musa Adamu,": a role of a named place or of a body,
    # then the name in apposition (never "the mayor of the largest town, Port Harcourt,").
    role = _ROLE_OF_BEFORE.search(text, max(0, start - 100), start)
    if role is None:
        # "The Deputy Governor, X,", "Borno's Commissioner for Information, X,", "the UN's
        # top aid official in Sudan, X,": an office of a body or a place named (or owned
        # by one), then the name in apposition
        return _OFFICE_APPOSED_BEFORE.search(text, max(0, start - 100), start) is not None
    of_what = role.group("of").split()
    return any(w[:1].isupper() for w in of_what) or of_what[-1] in _BODY_NOUNS


# People counted or described, then their names in apposition.
_PEOPLE_THEN_NAMES: Final = re.compile(
    r"\b(?:[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:victims|hostages|suspects|brothers|sisters|journalists|workers|men|women|detainees"
    r"|prisoners|captives|sons|daughters|pilots|teachers|doctors|nurses|students|farmers"
    r"|priests|missionaries|reporters|activists|engineers|soldiers|officers),\s+$"
)
_SINGLE_NAME_BEFORE: Final = re.compile(
    r"\b(?:named|called|(?:gave|gives|giving) (?:her|his|their) (?:first )?name(?: only)? as|"
    # "a commander it named as X", "naming one of them as X", "the nom de guerre X", "X,
    # alias Y": what the army or the gang calls one person
    r"named as|naming (?:(?:one|two|three) of them |him |her )?as|nom de guerre|alias|"
    r"identified (?:only )?as|known (?:only )?as|identified (?:himself|herself) (?:only )?as"
    # "who gave only her first name, Rosa, said"
    r"|(?:gave|giving|gives) (?:only )?(?:her|his|their) first name(?: only)?,)\s+$"
)
_KIN_BEFORE: Final = re.compile(
    # ... and "whose son, Caio, was among the dead", "my brother, Ali,", "a son, Yusuf,"
    r"(?:['\u2019]s|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ww]hose|\b[Mm]y|\b[Oo]ur|\b[Yy]our"
    r"|\b[Aa]|\b[Oo]ne|\b[Aa]nother)\s+(?:[a-z]+\s+)?(?:widow|wife|husband|son"
    r"|daughter|brother|sister|mother|father|cousin|uncle|aunt|nephew|niece|grandson"
    r"|granddaughter|grandmother|grandfather),\s+$"
)
# The word right before a name that `_SINGLE_NAME_BEFORE` can find (a cheap first test).
_KIN: Final = (
    "widow wife husband son daughter brother sister mother father cousin uncle aunt "
    "nephew niece grandson granddaughter grandmother grandfather"
)
_AND_KIN: Final = re.compile(
    r" and (?:his|her) (?:(?:" + "|".join(_KIN.split()) + r")s?|family|children)\b"
)
_KIN_OWNED: Final = re.compile(r"['\u2019]s (?:" + "|".join(_KIN.split()) + r"),")
_SINGLE_NAME_LAST: Final = (
    ["named"],
    ["called"],
    ["as"],
    ["guerre"],
    ["alias"],
    ["name,"],
    *([kin + ","] for kin in _KIN.split()),
)
# Any upper-case letters, not only ASCII ones: "(YBŞ)", "(ÖSD)".
_ACRONYM: Final = re.compile(r"\(([^\W\d_a-z][^\W\d_]?[\w&.\-]{0,8})\)")
# A short name in two words, the second in capitals: "the National Commission on Human
# Rights (Komnas HAM)", the body's initials in its own language.
_TWO_WORD_ACRONYM: Final = re.compile(r"\(([A-Z][a-z]{2,7} [A-Z]{2,5})\)")


# A token's text (Token is a tuple): for tests over every run's words without a list each.
_TEXT: Final = itemgetter(0)


def _memoised(
    ctx: SuggestContext, key: str, finder: Callable[[SuggestContext], Iterable[Suggestion]]
) -> list[Suggestion]:
    """What `finder` finds in `ctx`, found once per document (several rules share it)."""
    found: list[Suggestion] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = list(finder(ctx))
    return found


def _named_in_a_language_after_a_body(ctx: SuggestContext, start: int) -> bool:
    """True for the body's own-language name in "the X Forces, known in Arabic as Y":
    no person's (session 32 point 11)."""
    before = _KNOWN_IN_A_LANGUAGE.search(ctx.text, max(0, start - 40), start)
    if before is None:
        return False
    return _body_named_in_a_language(ctx, ctx.text.rfind("known", 0, start)) is not None


# The head words of a bank's or a business group's name in other languages, which open it
# ("Banco Itaú", "Banque Misr", "Grupo Bimbo", "Groupe Bolloré"): never a person's.
_FIRM_HEADS: Final = words("Banco Banque Banca Grupo Groupe Gruppo")
# Firms named by a founder's possessive, whose name goes on after it ("Lloyd's List",
# "Moody's Investors Service", "Christie's Auction House"): what follows is no person.
_POSSESSIVE_FIRM_BEFORE: Final = re.compile(
    r"\b(?:Lloyd|Moody|McDonald|Sainsbury|Macy|Kellogg|Christie|Sotheby)['\u2019]s $"
)


# What goes on after such a possessive in the firm's own name ("Lloyd's List", "Moody's
# Investors Service"); a person's name after it is someone of the firm ("Moody's Mark Zandi",
# "Sotheby's Oliver Barker") (review68m).
_FIRM_NAME_GOES_ON: Final = words(
    "List Register Investors Investor Analytics Ratings Rating Auction Auctions Bank Banking"
    " Group Insurance Intelligence Service Services Corporation Corp Holdings Market Markets"
    " Parade Restaurants Foundation House"
)


def _only_people(
    finder: Callable[[SuggestContext], Iterable[Suggestion]],
) -> Callable[[SuggestContext], Iterator[Suggestion]]:
    """`finder`'s people, without a name the text defines as an acronym ("Security Agency
    (Nisa) ... Nisa said") or the gazetteer lists as a state or a body."""

    def people(ctx: SuggestContext) -> Iterator[Suggestion]:
        acronyms = {ctx.text[x:y] for _a, _b, x, y, _kind in _acronym_definitions(ctx)}
        kinds = _gazetteer_index(ctx.gazetteer).kinds
        places = document_places(ctx)
        bodies = document_bodies(ctx)
        for found in finder(ctx):
            covered = ctx.text[found.start : found.end]
            if ctx.text.endswith(_CALL_ENDINGS, 0, found.start) and _WHICH_CALLED_BEFORE.search(
                ctx.text, max(0, found.start - 50), found.start
            ):
                continue  # "the islands, which Vietnam calls Hoang Sa": a thing's name
            if " " not in covered and _written_in_lower_case(ctx.text, covered):
                continue  # "Security says ..." where the text writes "security" too: a noun
            if _a_department(covered):
                continue  # "Chief of Joint Operations": a department after a title
            if _POSSESSIVE_FIRM_BEFORE.search(ctx.text, max(0, found.start - 14), found.start) and (
                covered.split(" ", 1)[0] in _FIRM_NAME_GOES_ON
            ):
                continue  # "Lloyd's List Intelligence": the rest of a firm's name (misfire68)
            if covered.split(" ", 1)[0] in _FIRM_HEADS:
                # "a spokesman for Banco Itaú": a bank's name by its head word (misfire68)
                yield _suggestion(found.start, found.end, "organisation", found.rule)
                continue
            if covered in slot_places(ctx) and not _spoken_at(ctx.text, found.start, found.end):
                continue  # "It accused Georgetown of", where the text has "west of Georgetown"
            if covered in described_no_people(ctx) and (
                " " not in covered or not _spoken_at(ctx.text, found.start, found.end)
            ):
                # "Koboko said" where the text has "Koboko, a border district" or "fled to
                # Koboko": a place does not speak (a person by that name has a full name)
                continue
            if _named_before_which(ctx.text, covered):
                continue  # "Cabo Delgado, which borders Tanzania, ... Cabo Delgado said": a
                # place or a thing elsewhere in the text (people take "who")
            if (
                covered not in acronyms
                and kinds.get(covered, ("person",))[0] == "person"
                and covered not in places
                and covered not in bodies
                and not _named_in_a_language_after_a_body(ctx, found.start)
                and not _OUTLET_KIND_RIGHT_BEFORE.search(
                    ctx.text, max(0, found.start - 16), found.start
                )
            ):
                yield found

    return people


def _written_in_lower_case(text: str, word: str) -> bool:
    """True when the text writes the capitalised `word` in lower case too, as a word of its
    own ("security" beside "Security says"): a common noun, no one-word name (dev: 1 of 441
    one-word person spans)."""
    lower = word.lower()
    if lower == word:
        return False
    if len(text) >= _LONG_TEXT and _JOINED_WORDS.fullmatch(lower):
        return lower in _standalone_words(text)
    at = text.find(lower)
    while at >= 0:
        end = at + len(lower)
        # (never inside an address: "girard@unhcr.org", "www.kiprono.com")
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-'\u2019@./")) and (
            end == len(text) or not (text[end].isalnum() or text[end] in "-@")
        ):
            return True
        at = text.find(lower, at + 1)
    return False


# From this length on, what `_written_in_lower_case` and `_named_before_which` ask of a
# text is read from sets built once per text: a search of the whole text for each name
# made a long article's cost grow with its square (1 MB: 3.1 s of 5.9 s).
_LONG_TEXT: Final = 50_000
# Runs of letters and digits, hyphens between ("al-qadhi"), with no address or other
# joined word around them: what `_written_in_lower_case` accepts (its "at == 0 or not ..."
# tests), for a word of that shape (`_JOINED_WORDS`).
_STANDALONE_WORD: Final = re.compile(
    r"(?<![^\W_])(?<![-'\u2019@./])[^\W_]++(?:-[^\W_]++)*+(?![-@])"
)
_JOINED_WORDS: Final = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_WHICH: Final = ", which "
# (names longer than this are looked for by a search of the text)
_LONGEST_BEFORE_WHICH: Final = 80
_last_words: tuple[str, frozenset[str]] = ("", frozenset())
_last_before_which: tuple[str, frozenset[str]] = ("", frozenset())


def _standalone_words(text: str) -> frozenset[str]:
    """The words of `text` that `_written_in_lower_case` accepts (kept for the last text)."""
    global _last_words
    last = _last_words
    if last[0] is not text:
        last = _last_words = (text, frozenset(_STANDALONE_WORD.findall(text)))
    return last[1]


def _named_before_which(text: str, name: str) -> bool:
    """True when `text` holds `name + ", which "`."""
    global _last_before_which
    if len(text) < _LONG_TEXT or not 0 < len(name) <= _LONGEST_BEFORE_WHICH:
        return name + _WHICH in text
    last = _last_before_which
    if last[0] is not text:
        ends: set[str] = set()
        at = text.find(_WHICH)
        while at >= 0:
            ends.update(
                text[at - size : at] for size in range(1, min(at, _LONGEST_BEFORE_WHICH) + 1)
            )
            at = text.find(_WHICH, at + 1)
        last = _last_before_which = (text, frozenset(ends))
    return name in last[1]


# What a thing is called in a relative clause: "which Vietnam calls X", "which locals call
# X", "that the rebels called X" (a person is "whom").
_CALL_ENDINGS: Final = ("call ", "calls ", "called ")
_WHICH_CALLED_BEFORE: Final = re.compile(
    r"\b(?:which|that) (?:(?!who|whom)[\w'\u2019-]+ ){1,4}(?:call|calls|called) $"
)


# The kind of an outlet right before a name: "News site Moldova Matters said", "the daily
# Kharvelska Zora" name outlets (not "broadcaster", a person's trade too).
_OUTLET_KIND_RIGHT_BEFORE: Final = re.compile(
    r"\b(?:[Nn]ewspaper|[Dd]aily|[Ww]eekly|[Tt]abloid|[Nn]ews\s+agency|[Cc]hannel|[Nn]ews\s+site"
    r"|[Oo]utlet|[Mm]agazine|[Rr]adio\s+station|[Ww]ebsite|[Nn]ews\s+portal)\s+$"
)


# The name of a place, as the forms below write it: one to three capitalised words
# ("Sumy", "Intan Jaya", "Fada N'Gourma").
_PLACE_NAME: Final = r"([A-Z][\w\u0300-\u036f'\u2019-]*(?: [A-Z][\w\u0300-\u036f'\u2019-]*){0,2})"
# Lower-case nouns of settlements and administrative units.
_SETTLEMENT: Final = (
    r"(?:city|town|village|hamlet|regency|district|province|county|municipality|oblast"
    r"|governorate|prefecture|commune|township|suburb|neighbou?rhood|port|region|capital)"
)
# "the city of Sumy", "the eastern town of Fada N'Gourma", "residents of Sumy".
_SETTLEMENT_OF: Final = re.compile(
    rf"\b(?:{_SETTLEMENT}|residents|inhabitants|outskirts|centre|center) of {_PLACE_NAME}"
    r"(?![\w'\u2019-])(?!['\u2019]s\b)"
)
# "the Intan Jaya regency", "in Mayo-Tsanaga district": the unit's name before its noun.
_UNIT: Final = (
    r"(?:regency|district|province|county|oblast|governorate"
    r"|prefecture|municipality|commune|township|local government area)"
)
# ... capitalised, as Nigerian, South Asian and Somali copy writes the unit ("in Faskari
# Local Government Area", "in Kech District", "Gedo Region", "Dighinala Upazila"); found
# by `str.find` for `_name_then_unit_starts`, not by a scan of every space
_CAPITALISED_UNITS: Final = (
    "Local Government Area",
    "LGA",
    "District",
    "Province",
    "Region",
    "Regency",
    "Governorate",
    "Tehsil",
    "Upazila",
)
_NAME_THEN_UNIT: Final = re.compile(
    rf"\b(?:the|in) {_PLACE_NAME} (?:{_UNIT}|{'|'.join(_CAPITALISED_UNITS)})\b"
)
# "Intan Jaya, a remote highland regency about ...", "Fada N'Gourma, the main city of the
# east": a name in apposition with a settlement's noun, which ends its noun phrase (not
# "Amina Bello, a village elder").
_APPOSED_PLACE: Final = (
    rf", (?:a|an|the) (?:(?!(?:of|from|in|at|for|to|with|near)\b)[\w-]+ ){{0,3}}"
    # (and "Ungwan Gaiya, a farming community in Kauru", "a mining settlement near": never
    # "a community leader", whose noun goes on)
    rf"(?:{_SETTLEMENT}|community|settlement)"
    r"(?=[,.;:]| (?:of|in|on|near|about|some|north|south|east|west|that|where|which|with"
    r"|and|home|whose|close|just|along|at)\b)"
)
_NAME_APPOSED_TO_PLACE: Final = re.compile(_PLACE_NAME + _APPOSED_PLACE)
# Where each of the three forms can begin, found by a search the engine runs fast (a
# literal, or the apposition alone): "of" before a capital, a unit's noun after a space,
# a comma opening the apposition. Each form is then tried only before those (see
# document_places), not at every word of a long article.
_OF_A_NAME: Final = re.compile(r" of (?=[A-Z])")
_UNIT_NOUN: Final = re.compile(rf" {_UNIT}\b")
_APPOSITION: Final = re.compile(_APPOSED_PLACE)
_CAPITAL: Final = re.compile(r"[A-Z]")


def _settlement_of_starts(text: str) -> Iterator[int]:
    """Offsets where _SETTLEMENT_OF may match: the word right before " of" and a capital."""
    for hit in _OF_A_NAME.finditer(text):
        start = hit.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        yield start


def _words_back(text: str, end: int, count: int) -> int:
    """The offset after the `count`-th space before `end` (0 when there are fewer)."""
    for _ in range(count):
        end = text.rfind(" ", 0, end)
        if end < 0:
            return 0
    return end + 1


def _name_then_unit_starts(text: str) -> Iterator[int]:
    """Offsets where _NAME_THEN_UNIT may match: "the"/"in" before one to three words that
    come right before a unit's noun."""
    units = [hit.start() for hit in _UNIT_NOUN.finditer(text)]
    for unit in _CAPITALISED_UNITS:
        at = text.find(" " + unit)
        while at >= 0:
            units.append(at)
            at = text.find(" " + unit, at + 1)
    for space in units:
        for _word in range(3):
            space = text.rfind(" ", 0, space)
            if space < 2:
                break
            yield max(0, space - 3)  # "the"
            yield space - 2  # "in"


def _apposed_name_starts(text: str) -> Iterator[int]:
    """Offsets where _NAME_APPOSED_TO_PLACE may match: a capital among the three words
    before an apposition naming a settlement (its name needs no word boundary first)."""
    for hit in _APPOSITION.finditer(text):
        comma = hit.start()
        for capital in _CAPITAL.finditer(text, _words_back(text, comma, 3), comma):
            yield capital.start()


def document_places(ctx: SuggestContext) -> frozenset[str]:
    """The names this document writes as a settlement's or a district's ("the city of
    Sumy", "the Intan Jaya regency", "Fada N'Gourma, the main city of the east"): no
    person's name there, nor the surname of one found elsewhere ("Suspilne Sumy")."""
    found: frozenset[str] | None = ctx.memo.get("places")
    if found is None:
        text = ctx.text
        names = {
            m.group(1)
            for pattern, starts in (
                (_SETTLEMENT_OF, _settlement_of_starts),
                (_NAME_THEN_UNIT, _name_then_unit_starts),
                (_NAME_APPOSED_TO_PLACE, _apposed_name_starts),
                (_INSTITUTION_TOWN, _institution_town_starts),
            )
            # (`pattern.finditer(text)`, tried only where the cheap search places it)
            for m in finditer_from(pattern, text, starts(text))
        }
        found = ctx.memo["places"] = frozenset(n for n in names if n not in _NOT_NAMES)
    return found


# The town an institution's name is given with, as Nigerian and South Asian copy writes it:
# "the General Hospital, Funtua", "the Federal Medical Centre, Lokoja", "the Kebbi State
# University of Science and Technology, Aliero, said": one word closed by punctuation (a
# person after the comma, "Makerere University, Joseph Okello,", has two).
_INSTITUTION_TOWN: Final = re.compile(
    r"\b(?:University|College|Polytechnic|Hospital|Medical Cent(?:re|er)|Institute|Academy"
    r"|Prison|Barracks|Airport)(?: of (?:[A-Z][\w'\u2019-]*|and|the)"
    r"(?: (?:[A-Z][\w'\u2019-]*|and|the))*)?, ([A-Z][\w\u0300-\u036f'\u2019-]*)"
    r"(?=[,.;)\"\u201d])"
)
# ... whose nouns a search finds fast (a capital first) where the pattern itself, "\b"
# first, tries every offset
_INSTITUTION_NOUN: Final = re.compile(
    r"University|College|Polytechnic|Hospital|Medical Cent|Institute|Academy|Prison"
    r"|Barracks|Airport"
)


def _institution_town_starts(text: str) -> Iterator[int]:
    """Offsets where _INSTITUTION_TOWN may match: an institution's noun."""
    for hit in _INSTITUTION_NOUN.finditer(text):
        yield hit.start()


# Where news prose puts only a place's name, wherever it stands in the document: after
# "in", "near", "outside", a compass point's or a settlement's "of" or "the capital,"
# ("west of Georgetown", "the capital, Georgetown", "the town of San Fernando de
# Atabapo"); at a dateline ("Pemba (Lusa) \u2013", "Goma, Dec. 4 (AFP) -"); before a unit
# without "the"/"in" ("Guadalcanal Province", "Shan State", "of West Singhbhum district");
# before a located apposition ("Nioro du Sahel, in the Kayes region", "X, some 240 km east
# of Kayes"). The name may take a particle ("du", "de") but may not run on into another
# capitalised word nor own anything ("in Ahmed Bello's").
_PARTICLE_PLACE_NAME: Final = (
    r"([A-Z][\w\u0300-\u036f'\u2019-]*(?: (?:(?:de|du|del|da|des|la|el) )?"
    r"[A-Z][\w\u0300-\u036f'\u2019-]*){0,3})"
)
_NAME_ENDS: Final = r"(?![\w\u0300-\u036f'\u2019-]| [A-Z])(?!['\u2019]s\b)"
_PLACE_SLOT_NAME: Final = re.compile(
    r"(?:\b(?:[Ii]n|[Nn]ear|[Oo]utside)|\b(?:north|south|east|west|north-east|north-west"
    rf"|south-east|south-west|northeast|northwest|southeast|southwest|{_SETTLEMENT}"
    # a place's people and parts: "residents of Kano", "the outskirts of Kano"
    r"|[Rr]esidents|[Ii]nhabitants|[Vv]illagers|outskirts|suburbs|streets|centre|center) of"
    r"|\bcapital,) " + _PARTICLE_PLACE_NAME + _NAME_ENDS
)
_DATELINE_PLACE: Final = re.compile(
    r"^" + _PLACE_NAME + r"(?:, [A-Z][\w. ]{0,30})? \([A-Z][^()\n]{0,40}\) ?[-\u2013\u2014]",
    re.MULTILINE,
)
_NAME_BEFORE_UNIT: Final = re.compile(
    _PLACE_NAME
    + r" (?:State|Province|District|Region|County|LGA|Local Government Area"
    + r"|district|province|region|county|regency|governorate|prefecture|township"
    # South Asia's subdivisions and a municipality: "Zehri tehsil", "Baghaichhari upazila"
    + r"|tehsil|upazila|taluka|taluk|sub-district|subdistrict|municipality)\b"
)
_LOCATED_APPOSITION: Final = re.compile(
    _PARTICLE_PLACE_NAME
    + r", (?:(?:in|near) the (?:[\w-]+ ){1,3}(?:region|province|district|state|county"
    r"|department|governorate|prefecture)\b|(?:(?:a|an|the) (?:[a-z-]+ ){1,3})?"
    r"(?:some |about |around |nearly |roughly )?\d[\d,.]* ?(?:km|kilometres|kilometers"
    r"|miles)\b)"
)

# ... and every name of a list after a plural settlement's "of": "the municipalities of
# Chilapa, Zitlala and José Joaquín de Herrera", "the districts of Wajir, Mandera and Garissa"
_PLACE_LIST: Final = re.compile(
    r"\b(?:municipalities|towns|villages|districts|provinces|regions|cities|counties|communes"
    r"|townships|localities|settlements|departments|states|areas) of ("
    + _PARTICLE_PLACE_NAME[1:-1]
    + r"(?:, "
    + _PARTICLE_PLACE_NAME[1:-1]
    + r")*,? (?:and|or) "
    + _PARTICLE_PLACE_NAME[1:-1]
    + r")"
    + _NAME_ENDS
)
_LIST_SEPARATOR: Final = re.compile(r",? (?:and|or) |, ")
# ... and a name a movement verb's "to", "into" or "towards" governs ("fled to Belladère",
# "crossed into Tripura", "advanced towards Lascahobas", "was airlifted to Georgetown"):
# people flee, cross, advance and are flown to places, never to a person (a person's
# surname that is also a town of the same article is the town there).
_MOVED_TO_NAME: Final = re.compile(
    r"(?:to|into|towards|toward) " + _PARTICLE_PLACE_NAME + _NAME_ENDS
)
_MOVE_PREPOSITION: Final = re.compile(r"\b(?:to|into|towards|toward) (?=[A-Z])")
_MOVE_PREPOSITIONS: Final = ("to ", "into ", "toward ", "towards ")  # (what its matches open with)
_MOVE_VERB_BEFORE: Final = re.compile(
    r"\b(?:fled|flee|flees|fleeing|crossed|cross|crosses|crossing|advanced|advance|advances"
    r"|advancing|retreated|retreat|retreating|withdrew|withdrawn|withdrawing|relocated"
    r"|escaped|airlifted|evacuated|marched|marching)(?: back)? $"
)


def slot_places(ctx: SuggestContext) -> frozenset[str]:
    """The names this document puts where only a place stands (see `_PLACE_SLOT_NAME`),
    once per document: a person rule that read one of them as a person was misled, unless
    a speech verb names it there ("Kita said"), and its other mentions are no person's."""
    found: frozenset[str] | None = ctx.memo.get("slot_places")
    if found is None:
        found = frozenset(n for n in _slot_places(ctx.text) if n not in _NOT_NAMES)
        ctx.memo["slot_places"] = found
    return found


def _spoken_at(text: str, start: int, end: int) -> bool:
    """Whether a speech verb names the name at `start`:`end` as a speaker ("Kita said",
    '"...," said Kita.'); never the object of "of" ("Residents of Kano said": the residents
    spoke)."""
    return bool(
        (_VERB_RIGHT_AFTER.match(text, end) and not text.endswith(" of ", 0, start))
        or (
            _SAID_BEFORE_NAME.search(text, max(0, start - 24), start) is not None
            and text[end : end + 1] in (".", ",", ";", "")
        )
    )


# --- Names the text itself says are no person (evidence, not a list of names) -----------
# An apposition after a name says what the name is: dev gold's person names are described
# by a person's noun ("X, a researcher", "X, the group's spokesman": 516 of 536
# appositions), its other names by a place's, a body's or a thing's ("X, a farming
# community", "X, the provincial capital", "X, a passenger boat", "X, a language"). The
# person's nouns are told by their lists and their endings ("-er", "-ist", "-man"), so a
# noun no list holds is judged too; a one-word name described by any other noun is no
# person (a person's first mention carries a full name, and a longer name's noun may be a
# person's a list misses: only one-word names are taken).
_APPOSITION_OPENS: Final = re.compile(r", (?:a|an|the) (?=[\w'\u2019-])")
_APPOSITION_HEAD: Final = re.compile(
    # up to three words before the head, none a preposition, a relative or a verb's form
    r"(?:(?!(?:of|for|from|in|at|on|with|who|whose|which|that|to|by|and|or|said|says|told"
    r"|has|had|have|is|was|were|are|will|would)\b)[\w'\u2019-]+ ){0,3}?"
    r"(?P<head>[a-z][a-z'\u2019-]*)"
    r"(?=[,.;:)]| (?:of|in|on|near|about|some|north|south|east|west|that|where|which|whose"
    r"|with|along|at|just|close|outside|for|from|who|now|and)\b)"
)
# People's nouns no list below holds; and nouns of places and things whose endings are a
# person's ("-er": "a trading center", "the border", "a river").
_PEOPLE_NOUNS: Final = words(
    "local native expert graduate patient mason fellow sheikh imam nun chef cook guard "
    "bodyguard victim hostage captive suspect veteran parent orphan youth child kid baby "
    "infant pupil relative refugee migrant deportee detainee inmate convict defendant mp "
    "senator deputy khokim emir sultan king queen prince princess bishop pastor cardinal "
    "archbishop rabbi mullah chief-of-staff officer-in-charge vice-president co-founder "
    "one self-described self-styled second-in-command hero heir lad guy mum dad granny "
    "convert recruit cadet scout pundit tycoon mla mca rebel guerrilla bandit thief maid "
    "vet artisan nomad kin chair principal matron hopeful elect designate general in chief "
    "face voice symbol icon mastermind brains darling"
)
_THING_NOUNS_LIKE_PEOPLE: Final = words(
    "center border river quarter corridor sector cluster tower shelter crater reservoir "
    "theater headquarters water corner frontier harbor barracks"
)
_PERSON_NOUN_ENDINGS: Final = tuple(
    sorted(
        words(
            "er or ist ian man men woman women person people ee ant ess ar ive -old ic ent ers "
            "ors ists ians ees ants ents "
            # ... and "candidate", "diplomat", "chaplain", "mercenary", "commando", "housewife"
            "ate ates at ats ain ains ary o os wife lord smith"
        )
    )
)
# Nouns of bodies, which are actors too ("Funai, the federal agency for ..."): the rules of
# bodies type them; only places and things are told apart here.
_BODY_HEADS: Final = words(
    "agency party group firm company consultancy charity network coalition alliance "
    "movement militia outlet newspaper daily weekly channel station broadcaster body council "
    "committee union association foundation institute centre center club watchdog monitor "
    "organisation organization brigade faction front army force forces ministry department "
    "office court tribunal bank project initiative platform site portal service collective "
    "cooperative league federation syndicate think-tank tank hospital clinic school "
    "university magazine radio website programme program mission operation commission board "
    "authority administration government assembly parliament affiliate wing unit outfit ngo "
    "nonprofit bloc entity protectorate country state nation republic kingdom regime junta "
    "gang cartel subsidiary conglomerate multinational corporation utility operator insurgency "
    "command police guard guards offshoot branch arm successor rival ally umbrella newsroom "
    "agency's paper tabloid journal consortium forum mechanism panel caucus taskforce "
    "vigilante bureau observatory registry cell squad battalion regiment division corps "
    "detachment fleet navy coastguard gendarmerie church mosque diocese archdiocese parish "
    "congregation denomination legislature cabinet presidency palace embassy secretariat "
    "directorate inspectorate media press tracker database emirate sultanate chiefdom "
    "municipality county authority"
)
# What an apposition after a clause's last name may sum up: the clause, not the name
# ("... accused General X, a charge the army denies", "... backed Y, a move that ...").
_SUMMARY_NOUNS: Final = words(
    "claim claims charge charges move allegation allegations accusation accusations decision "
    "step sign development figure number toll tally account version assertion assessment "
    "view position stance demand request offer promise pledge threat warning call appeal rise "
    "increase jump drop fall record blow setback victory defeat escalation trend pattern "
    "practice tactic strategy policy measure ban deal agreement accord arrangement "
    "shift reversal departure break first rarity contrast gesture signal reference nod "
    "response reaction reply rebuke concession admission denial problem question "
    "issue matter point"
)
# What a head word may be that names nothing: a verb's form, an adverb, a time.
_NOT_A_HEAD: Final = words(
    "said says told rejects denies deny goes began begins deals meant gone ago up back there "
    "known run led born close latest same first last next other only it he she they we you "
    "i his her its their our uses drawn held made seen taken given written built set hit shot "
    "left found kept sent put cut struck fought won lost grown thrown begun staff say tell "
    "report believe think fear estimate warn add claim allege note insist argue accept agree"
)


def _names_a_person(noun: str) -> bool:
    """Whether a lower-case noun heading an apposition may name a person: a role, kin, a
    people's noun, or a word ending as people's nouns do ("geographer", "sociologist")."""
    if noun in _THING_NOUNS_LIKE_PEOPLE:
        return False
    if "-" in noun and "-of-" not in noun:
        # "secretary-general", "commander-in-chief", "lawmaker-elect": a person's noun
        # among the parts
        return any(_names_a_person(part) for part in noun.split("-") if part)
    return (
        noun in ROLE_WORDS
        or noun.rstrip("s") in ROLE_WORDS
        or noun in _BEFALLEN_PEOPLE
        or noun in _KIN_OF_WORDS
        or noun in _PEOPLE_NOUNS
        or "-of-" in noun
        or noun.endswith(_PERSON_NOUN_ENDINGS)
    )


def _described_as_no_person(text: str, comma: int) -> bool:
    """Whether the apposition opening at `comma` (", a ...") is headed by a noun that names
    no person ("a farming community", "a passenger boat"), with no word of a person, a
    body, a clause's summary or a verb in it (the head's guess may be wrong: "a militia
    drawn from ...", "the name it uses for ...": then no answer)."""
    found = _APPOSITION_HEAD.match(text, text.index(" ", comma + 2) + 1)
    if found is None:
        return False
    *between, head = found.group().lower().split()
    if _names_a_person(head) or head.endswith(("ed", "ly", "en", "ing")):
        return False
    return not any(
        word in _SUMMARY_NOUNS
        # a body's noun: the name is an actor still, typed by the rules of bodies
        or word in _BODY_HEADS
        or word.rstrip("s") in _BODY_HEADS
        or (word.endswith("ies") and word[:-3] + "y" in _BODY_HEADS)  # "the authorities"
        or word in SPEECH_VERBS
        or word in _NOT_A_HEAD
        for word in (*between, head)
    )


# A verb of moving, then where to: "fled to X", "returned to X", "heading towards X",
# "convoys bound for X"; and "via", "across" alone. Dev gold has no person's name (nor
# surname) after any of them (one "a statement from X" aside, which this leaves out).
_MOTION_SLOT: Final = re.compile(
    r"(?:(?:fled|flee|flees|fleeing|moved|returned|returning|travelled|traveled|travelling"
    r"|traveling|headed|heading|flown|evacuated|relocated|deployed|marched|drove|walked"
    r"|transferred|airlifted|rushed|retreated|withdrew|withdrawn|advanced|advancing|spread"
    r"|spreading|displaced|bound) (?:back )?(?:to|towards|toward|into|for|from)"
    # ("into" and "towards" alone take people too: "a probe into X", "anger towards X")
    r"|\b(?:via|across)) " + _PARTICLE_PLACE_NAME + _NAME_ENDS
)
# (with the space before it, which the engine finds by its fast search for a literal: the
# word starts a character later; perf69)
_MOTION_WORD: Final = re.compile(r" (?:to|towards|toward|into|for|from|via|across) (?=[A-Z])")


def _run_before(text: str, comma: int) -> str | None:
    """The capitalised name ending at `comma` (one to four words, particles allowed),
    without words that open sentences or name nobody ("In Tshikula" -> "Tshikula")."""
    found = _NAME_BEFORE_COMMA.search(text, max(0, comma - 80), comma)
    if found is None:
        return None
    words_of = found.group(1).split()
    while words_of and (words_of[0] in _NOT_NAMES or words_of[0] in _NAME_PARTICLE_WORDS):
        words_of = words_of[1:]
    return " ".join(words_of) or None


_NAME_BEFORE_COMMA: Final = re.compile(
    r"(?<![\w'\u2019.-])([A-Z][\w\u0300-\u036f'\u2019-]*(?: (?:(?:de|du|del|da|des|la|el) )?"
    r"[A-Z][\w\u0300-\u036f'\u2019-]*){0,3})$"
)
_NAME_PARTICLE_WORDS: Final = words("de du del da des la el")


def described_no_people(ctx: SuggestContext) -> frozenset[str]:
    """The names this document describes as no person, once per document: one word in
    apposition with a noun no person is named by ("Koboko, a border district", "Tombouctou,
    a passenger boat"), a name before ", where" ("X, where the camp stands"), or where only
    a place stands after a verb of moving ("fled to X", "heading towards X"). Never a name
    opened by a given name or a title ("Musa, a mason"): a person's name there, whatever
    the noun. A person rule that read one of them as a person was misled (see
    `_only_people`, `_surname_mentions`)."""
    found: frozenset[str] | None = ctx.memo.get("described_no_people")
    if found is not None:
        return found
    text = ctx.text
    names: set[str] = set()
    for opening in _APPOSITION_OPENS.finditer(text):
        comma = opening.start()
        if _described_as_no_person(text, comma):
            name = _run_before(text, comma)
            # (a name of more words only where a place's noun heads the apposition: a
            # person's noun no list knows would cost a person, "Masafer Yatta, a cluster
            # of hamlets" costs none)
            if name is not None and (" " not in name or _described_as_place(text, comma)):
                names.add(name)
    where = text.find(", where ")
    while where >= 0:
        name = _run_before(text, where)
        if name is not None:
            names.add(name)
        where = text.find(", where ", where + 1)
    for hit in finditer_from(_MOTION_SLOT, text, _motion_starts(text)):
        names.add(hit.group(1))
    found = frozenset(
        n
        for n in names
        if n.split()[0] not in GIVEN_NAMES and not is_title(n.split()[0]) and n not in _NOT_NAMES
    )
    ctx.memo["described_no_people"] = found
    return found


def _motion_starts(text: str) -> Iterator[int]:
    """Offsets where _MOTION_SLOT may match: "to", "into" ... before a capital, and the
    word of moving before it."""
    for hit in _MOTION_WORD.finditer(text):
        at = hit.start() + 1
        yield at
        before = text.rfind(" ", 0, at - 1)
        yield before + 1
        back = text.rfind(" ", 0, max(0, before))
        yield back + 1  # (a "back" between: "returned back to X")


def _slot_places(text: str) -> Iterator[str]:
    """The names `text` puts where only a place stands; before a unit, each shorter tail of
    the words too ("In Kaduna State": "Kaduna")."""
    # Each pattern tried only where a search the engine runs fast (a literal or a rare
    # capital first) places it, as `pattern.finditer(text)` would find it: the patterns
    # themselves try every offset of the text (a tenth of a second at 1 MB).
    before_of = list(_words_before_of(text))
    for pattern, starts in (
        (_PLACE_SLOT_NAME, chain(_slot_word_starts(text), before_of)),
        (_DATELINE_PLACE, _dateline_starts(text)),
        (_LOCATED_APPOSITION, _located_apposition_starts(text)),
    ):
        for match in finditer_from(pattern, text, starts):
            yield match.group(1)
    for match in finditer_from(_PLACE_LIST, text, before_of):
        yield from _LIST_SEPARATOR.split(match.group(1))
    for match in finditer_from(_MOVED_TO_NAME, text, _moved_to_starts(text)):
        yield match.group(1)
    for match in finditer_from(_NAME_BEFORE_UNIT, text, _name_before_unit_starts(text)):
        words = match.group(1).split()
        for i in range(len(words)):
            yield " ".join(words[i:])


# The words before a name in `_PLACE_SLOT_NAME` bar those before " of", each searched
# with its literal first; the units of `_NAME_BEFORE_UNIT`, capitalised (a rare capital
# first) and lower-case (after a space).
_SLOT_WORD_SEARCHES: Final = tuple(
    re.compile(re.escape(word) + r" (?=[A-Z])")
    for word in ("in", "In", "near", "Near", "outside", "Outside", "capital,")
)
_DATELINE_CLOSE: Final = re.compile(r"\) ?[-\u2013\u2014]")
_LOCATED_COMMA: Final = re.compile(
    r",(?= (?:in |near |an? |the |some |about |around |nearly |roughly |\d))"
)
_CAPITALISED_UNIT_WORD: Final = re.compile(
    r"(?:State|Province|District|Region|County|LGA|Local Government Area)\b"
)
_LOWER_UNIT_WORD: Final = re.compile(
    r" (?:district|province|region|county|regency|governorate|prefecture|township|tehsil"
    r"|upazila|taluka|taluk|sub-district|subdistrict|municipality)\b"
)


def _words_before_of(text: str) -> Iterator[int]:
    """Offsets where _PLACE_SLOT_NAME's "north of" and _PLACE_LIST may match: the word
    before " of" and a capital, and each hyphenated part of it ("north-east": "north" and
    "east")."""
    for hit in _OF_A_NAME.finditer(text):
        start = hit.start()
        while True:
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
                start -= 1
            yield start
            if start < 2 or text[start - 1] != "-":
                break
            start -= 1


def _moved_to_starts(text: str) -> Iterator[int]:
    """Offsets where _MOVED_TO_NAME may match: "to", "into" or "towards" before a capital,
    right after a movement verb ("fled to", "crossed back into")."""
    # (tried where its words stand: the engine would try every offset of the text)
    for hit in finditer_from(_MOVE_PREPOSITION, text, occurrences(text, _MOVE_PREPOSITIONS)):
        if _MOVE_VERB_BEFORE.search(text, max(0, hit.start() - 24), hit.start()):
            yield hit.start()


def _slot_word_starts(text: str) -> Iterator[int]:
    """Offsets where _PLACE_SLOT_NAME may match but for "north of": "in", "near",
    "outside" or "capital," before a capital."""
    for search in _SLOT_WORD_SEARCHES:
        for hit in search.finditer(text):
            yield hit.start()


def _dateline_starts(text: str) -> Iterator[int]:
    """Offsets where _DATELINE_PLACE may match: the start of a line with ") -" in it."""
    for hit in _DATELINE_CLOSE.finditer(text):
        yield text.rfind("\n", 0, hit.start()) + 1


def _capitals_back(text: str, ends: Iterable[int], words: int) -> Iterator[int]:
    """Every capital among the `words` words before each of `ends`."""
    for end in ends:
        for capital in _CAPITAL.finditer(text, _words_back(text, end, words), end):
            yield capital.start()


def _located_apposition_starts(text: str) -> Iterator[int]:
    """Offsets where _LOCATED_APPOSITION may match: a capital among the seven words (four
    names and three particles) before its comma."""
    return _capitals_back(text, (hit.start() for hit in _LOCATED_COMMA.finditer(text)), 7)


def _name_before_unit_starts(text: str) -> Iterator[int]:
    """Offsets where _NAME_BEFORE_UNIT may match: a capital among the three words before a
    unit's noun."""
    units = [hit.start() - 1 for hit in _CAPITALISED_UNIT_WORD.finditer(text)]
    units += [hit.start() for hit in _LOWER_UNIT_WORD.finditer(text)]
    return _capitals_back(text, units, 3)


# What a name is, in apposition after it, by a head noun no person is named by: "Forestal
# Mininco, a subsidiary of ...", "El Perú, one of several armed groups ...", "Tilapia Ltd,
# a fishing company that ...". The singular heads must end their noun phrase ("X, a company
# spokesman" is a person); a plural after "one of" always does.
_BODY_APPOSITIVE: Final = re.compile(
    # (the words between describe the body, never a person's role in it: "X, a spokeswoman
    # for the cooperative," is a person)
    r", (?:(?:a|an|the) (?:(?!(?:for|of|at|with|from|in) )[\w'\u2019-]+ ){0,3}?"
    r"(?P<one>(?P<firm>subsidiary|company|firm"
    r"|corporation|conglomerate|multinational|cooperative|utility"
    # (never "a drone operator", a person)
    r"|(?:grid|network|port|pipeline|telecoms?|mobile|rail|railway|airport|power) operator)"
    r"|(?P<armed>gang|cartel"
    r"|syndicate|militia|criminal group|armed group|rebel group|criminal organi[sz]ation)"
    r"|(?P<polity>(?<=-run )entity|(?<=-ruled )entity|(?<=breakaway )entity|statelet)"
    # "the Victims' Unit, a government agency": the state's own body
    r"|(?P<state_body>(?:(?<=government )|(?<=state )|(?<=federal )|(?<=public ))"
    r"(?<!-government )(?<!-state )(?:agency|body)))"
    r"(?=[,.;:)]| (?:of|that|which|whose|based|owned|run|known|with|in|from|and|operating"
    r"|active|founded|led|accused|blamed|behind|linked|blamed)\b)"
    r"|one of (?:the |its |their )?(?:[\w'\u2019-]+ ){0,2}?(?P<many_firms>companies|firms)"
    r"|one of (?:the |its |their )?(?:[\w'\u2019-]+ ){0,2}?(?P<many_armed>gangs"
    r"|cartels|syndicates|militias|armed groups|criminal groups|rebel groups))\b"
)


def _apposed_kind(found: re.Match[str]) -> str:
    if found.group("firm") or found.group("many_firms"):
        return "organisation"
    if found.group("polity") or found.group("state_body"):
        return "state"
    return "armed group"


def apposed_bodies(ctx: SuggestContext) -> dict[str, str]:
    """Names the text describes in apposition by a body's head noun, with the type that
    noun gives (see `_BODY_APPOSITIVE`); computed once per document."""
    found: dict[str, str] | None = ctx.memo.get("apposed_bodies")
    if found is not None:
        return found
    found = {}
    text = ctx.text
    runs: Mapping[int, NameRun] | None = None
    for match in _BODY_APPOSITIVE.finditer(text):
        if runs is None:
            runs = _runs_by_end(ctx)
        run = runs.get(match.start())
        if run is None:
            continue
        tokens = _strip_leading(run, _NOT_NAMES)
        if len(tokens) > 1 and _POSSESSIVE_END.search(tokens[0].text):
            tokens = tokens[1:]  # "Chile's Forestal Arauco, a timber company": its name
        if not tokens or tokens[0].text in _NOT_NAMES:
            continue
        name = text[tokens[0].start : tokens[-1].end]
        index = _gazetteer_index(ctx.gazetteer)
        if name in index.demonyms or _is_nationality(tokens[0].text, index):
            continue
        found.setdefault(name, _apposed_kind(match))
    ctx.memo["apposed_bodies"] = found
    return found


def document_bodies(ctx: SuggestContext) -> frozenset[str]:
    """Names the text itself says are bodies, not people: described in apposition by a
    body's head noun, named after its kind ("the railway company Ukrzaliznytsia"), or
    named before a criminal kind ("the so-called El Perú syndicate");
    no person rule suggests them. (Not before "faction" or "militia": "the Musa Hilal
    Idris faction" is named after its leader, who stays a person.)"""
    found: frozenset[str] | None = ctx.memo.get("document_bodies")
    if found is None:
        criminal = (n for n, noun in _names_before_armed_kind(ctx) if noun not in _LED_KINDS)
        # ... and a name after its kind: "the state railway company Ukrzaliznytsia"
        after_kind = (
            ctx.text[s.start : s.end]
            for s in _memoised(ctx, "actor_named_after_its_kind", _named_after_its_kind)
            if s.attributes.get("type") != "person"
            # (only right after its kind: never in apposition, "a spokesman for the
            # alliance, Tahseen al-Khafaji,", nor after a verb, "the militia is led by X")
            and _word_before(ctx.text, s.start) in _KIND_HEADS_NAMING
        )
        found = ctx.memo["document_bodies"] = frozenset(apposed_bodies(ctx)).union(
            criminal, after_kind
        )
    return found


_LED_KINDS: Final = frozenset({"faction", "militia"})


def _word_before(text: str, start: int) -> str:
    """The word right before `start` with one space between them, else "" (never across a
    comma: "the alliance, Tahseen al-Khafaji")."""
    if text[start - 1 : start] != " ":
        return ""
    before = text[max(0, start - 16) : start - 1].rsplit(None, 1)
    return before[-1] if before else ""


def _suggestion(start: int, end: int, kind: str, name: str) -> Suggestion:
    return Suggestion(start, end, "ACTOR", {"type": kind}, name)


def _strip_leading(run: NameRun, words: frozenset[str]) -> tuple[Token, ...]:
    tokens = run.tokens
    if len(tokens) > 2 and tokens[1].text == "of" and tokens[0].text.lower() in _MEMBERS_OF:
        tokens = tokens[2:]  # "Fighters of the Azande Ani Kpi Gbe militia": the group
    while tokens and (tokens[0].text in words or tokens[0].text.lower() in ("the", "of", "and")):
        tokens = tokens[1:]
    while tokens and not tokens[-1].text[:1].isupper():
        tokens = tokens[:-1]  # a run never ends on "of" or "al-"
    return tokens


# People named as part of a body, before "of" and its name.
_MEMBERS_OF: Final = words(
    "fighters members militants soldiers troops gunmen commanders supporters "
    "loyalists militiamen rebels insurgents remnants elements"
)


# Bodies of members (a staff's or a trade's), never the state's, whatever they are named
# after: "Police Federation for Northern Ireland", "Army Wives' Association".
_MEMBERS_BODIES: Final = words("Federation Association Syndicate Guild Union")
# Ordinal words naming an army's units: "the Fourth Division", "Second Brigade".
_ORDINAL_WORDS: Final = words(
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth"
)
# An assembly that makes a state's laws ("Legislative Assembly", "National Assembly"), not
# the UN's "General Assembly" or a party's congress.
_STATE_LEGISLATURES: Final = words("Legislative National Constituent Provincial Federal")


_SUBNATIONAL: Final = words("Regional State District Provincial County Municipal")
_OFFICERS_OWNING: Final = words(
    "President's Minister's Governor's Mayor's Premier's Chancellor's Presidents' "
    "President\u2019s Minister\u2019s Governor\u2019s Mayor\u2019s"
)
# (made once: `organisation_type` tests a name against it)
_LEGISLATURE_OR_SUBNATIONAL: Final = _STATE_LEGISLATURES | _SUBNATIONAL


_GOVERNING_COUNCILS: Final = words("Presidential Municipal Local Sovereignty City Town")
_SECRETARIAT_STATE: Final = words("Defence Defense Navy Security Interior Health Governance")
_NUMBERED: Final = re.compile(r"\d+(?:st|nd|rd|th)")
# The officers of a state whose office is named "the Office of the <officer>".
_STATE_OFFICERS: Final = words(
    "President Prime Vice-President Attorney Solicitor Auditor Inspector-General "
    "Prosecutor-General Governor Mayor Premier Chancellor Ombudsman Ombudswoman Protector"
)
_ARMED_BODY: Final = re.compile(r"\bArmed (?:Forces?|Police|Services|Guards?|Units?)\b")


def organisation_type(words: Iterable[str]) -> str:
    """'armed group', 'state', 'media' or 'organisation' from the words of a name."""
    words = list(words)
    found = set(words)
    if found & _MEDIA:
        return "media"
    if "Armed" in found and not _ARMED_BODY.search(" ".join(words)):
        # "Armed" names a force only before one: "Armed Forces", "Armed Police" (not
        # "Armed Conflict Location & Event Data", a project that counts attacks)
        found = found - {"Armed"}
    if (found & _STATE or "Army" in found) and _members_body_heads(words):
        return "organisation"  # "Police Federation", "Army Officers' Association": members'
    if (
        found & _STATE
        or {"Armed", "Forces"} <= found
        or (found & _ARMS_OR_ORDINALS and found & _UNITS)
        or (found & _STATE_LEGISLATURES and "Assembly" in found)
        or {"Attorney", "General's"} <= found
        # a ministry named a secretariat (Mexico's "Secretariat of National Defence", "the
        # Executive Secretariat of the National Public Security System"); not the UN's
        or ("Secretariat" in found and found & _SECRETARIAT_STATE and not _international(found))
        # a national legislature's committee: "the Senate Committee on Public Order"
        or ("Senate" in found and not _international(found))
        # a coroner's institute: "the National Institute of Legal Medicine"
        or {"Legal", "Medicine"} <= found
        # an army's numbered formation: "Thailand's 2nd Army Area"
        or ("Army" in found and any(_NUMBERED.fullmatch(w) for w in words))
        # a state's own security council: "National Security Council", "Upper East Regional
        # Security Council" (not the UN's "Security Council")
        or ({"Security", "Council"} <= found and found & _LEGISLATURE_OR_SUBNATIONAL)
        # a council that governs: "Libya's Presidential Council", "the Gharyan Municipal
        # Council", "the Tal Abyad Local Council" (not "the Norwegian Refugee Council")
        or ("Council" in found and found & _GOVERNING_COUNCILS)
        # an officer's office: "the President's Office", "Prime Minister's Office", "the
        # Office of the Attorney General" (not "the Office of the Special Envoy", the UN's)
        or ("Office" in found and found & _OFFICERS_OWNING)
        # "the German Foreign Office", "the Home Office": a state's ministry by another name
        or ("Office" in found and found & {"Foreign", "Home"})
        # a state's border force and its security committee: "the Border Service of the
        # State Committee for National Security", "Border Troops", "Border Police"
        or ("Border" in found and found & {"Service", "Troops", "Guard", "Police", "Force"})
        or {"State", "Committee"} <= found
        # a state's forces named for both tasks: "the Defence and Security Forces", "Forças
        # de Defesa e Segurança" (a "People's Defence Force" may be an armed group)
        or (
            {"Defence", "Security", "Forces"} <= found or {"Defense", "Security", "Forces"} <= found
        )
        or {"Defesa", "Segurança"} <= found
        or (
            words[:3] == ["Office", "of", "the"]
            and bool(
                found & _STATE_OFFICERS
                or (found & {"Prosecutor", "Inspector"} and "General" in found)
            )
        )
    ):
        return "state"  # ... and an army's units: "3rd Infantry Brigade", "Fourth Division"
    if found & {"Guard", "Guards"} and found & _STATE_GUARDS:
        return "state"  # "National Guard", "Islamic Revolutionary Guard Corps"
    if _headed_by_justice_word(words) and not _international(found):
        # a named court is the state's (guideline, session 30 point 6): "Cairo Criminal
        # Court", "Court of Cassation"; an international one is an organisation; the court
        # heads the name ("Lawyers' Association for Court Reform" is no court)
        return "state"
    if found & {"Cross", "Crescent"}:
        return "organisation"  # "the Red Cross and Red Crescent Movement": no armed movement
    if found & _ARMED:
        return "armed group"
    return "organisation"


# Trades and parts of a people whose plural possessive names a civil movement.
_TRADES: Final = words(
    "Workers Farmers Peasants Women Students Teachers Mothers Fishermen Traders Youth "
    "Miners Nurses Doctors Lawyers Journalists"
)


def _trades_possessive(text: str, token: Token) -> bool:
    """True for a trade's or a people's part's plural possessive: "Workers'", "Women's"."""
    word = token.text
    if word.endswith(("'s", "\u2019s")):
        word = word[:-2]
    elif not text.startswith(("'", "\u2019"), token.end):
        return False  # ("Workers' ": the mark stands after the token)
    return word in _TRADES


def _members_body_heads(words: list[str]) -> bool:
    """True when a members' body word ("Federation", "Union") comes after the name's last
    state word: "Police Federation", not "Union Home Ministry" (the Indian Union's own)."""
    last_state = max((i for i, w in enumerate(words) if w in _STATE or w == "Army"), default=-1)
    return any(w in _MEMBERS_BODIES for w in words[last_state + 1 :])


# A state's rights office, a body though no organisation word names it: "Human Rights
# Ombudsman (PDH)", "Public Defender (DP)".
_STATE_OFFICE_HEADS: Final = words("Ombudsman Ombudsperson Defender Procurator")


def _international(found: set[str]) -> bool:
    """True when a name's words say it is international: "International Criminal Court",
    "European Court of Human Rights", "Inter-American Court"."""
    return not found.isdisjoint(_INTERNATIONAL_WORDS) or any(
        w.startswith(("Inter-", "Pan-")) for w in found
    )


def _runs(ctx: SuggestContext, *, connectors: bool = True) -> list[NameRun]:
    return ctx.runs if connectors else ctx.bare_runs


def _ends_a_person(ctx: SuggestContext, name: str) -> bool:
    """Whether the text of one of `_people(ctx)` ends with `name`: one search of their
    distinct texts joined by line breaks (made once per document; a person's text holds
    none), not a pass over every person for each name asked."""
    joined: str | None = ctx.memo.get("people_texts_joined")
    if joined is None:
        texts = {ctx.text[p.start : p.end] for p in _people(ctx)}
        joined = ctx.memo["people_texts_joined"] = (
            "\n".join(texts) + "\n" if texts and not any("\n" in t for t in texts) else ""
        )
    if not joined or "\n" in name:
        # (no person, or a text the joined form cannot answer for: each asked in turn)
        return any(ctx.text[p.start : p.end].endswith(name) for p in _people(ctx))
    return name + "\n" in joined


def _runs_by_end(ctx: SuggestContext) -> Mapping[int, NameRun]:
    """The runs (with connectors) by the offset where each ends, made once per document:
    several rules look a run up by its end (read only)."""
    found: dict[int, NameRun] | None = ctx.memo.get("runs_by_end")
    if found is None:
        found = ctx.memo["runs_by_end"] = {run.end: run for run in _runs(ctx)}
    return found


_MATCHERS: dict[int, tuple[object, NameMatcher]] = {}


def matcher_for(source: object, names: Callable[[], Iterable[str]]) -> NameMatcher:
    """A NameMatcher for the names of `source`, built once while `source` is alive.

    The same gazetteer or known-actor mapping is passed for every document of
    a corpus; building its matcher once keeps each document linear.
    """
    key = id(source)
    cached = _MATCHERS.get(key)
    if cached is not None and cached[0] is source:
        return cached[1]
    matcher = NameMatcher(names())
    if len(_MATCHERS) >= 8:
        _MATCHERS.clear()
    _MATCHERS[key] = (source, matcher)
    return matcher


# "according to X", "talked to X": a person or body, not a place ("According" opens
# sentences too).
_SPOKEN_TO: Final = re.compile(
    r"\b(?:according|talked|spoke|speaking|listen|next|close|turned|turning|turns|appealed"
    r"|appealing|appeals|complained|wrote|loyal|allied)\s+"
    # "has turned instead to Russia", "turned increasingly to Moscow"
    r"(?:(?:instead|increasingly|also|now|again)\s+)?to\s+$",
    re.IGNORECASE,
)


# The last word of every form of _LOCATIVE (and of _SPOKEN_TO: "to"), case aside.
_LOCATIVE_LAST: Final = words(
    "in into inside across throughout from to towards near around outside of at via central "
    "northern southern eastern western north south east west northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern lake mount river the"
)


def _is_locative(ctx: SuggestContext, start: int) -> bool:
    before = ctx.text[max(0, start - 20) : start]
    if before.isascii():
        # Both searches need one of the last words before a closing space: tested first
        # (ASCII only, where case compares as `lower` does).
        last = _last_word_before_space(before)
        if last is None or last.lower() not in _LOCATIVE_LAST:
            return False
    if _SPOKEN_TO.search(before):
        return False
    return bool(_LOCATIVE.search(before))


# --------------------------------------------------------------------------- people


# Asked of every word of every run by several rules: a word's answer is kept (a long
# article repeats its few thousand name words).
@lru_cache(maxsize=1 << 16)
def is_title(word: str) -> bool:
    """A title or rank, hyphenated ones too ("Lieutenant-Colonel", "Major-General")."""
    if word in TITLES or word in _POLICE_RANKS:
        return True
    if "-" not in word:
        return False
    parts = word.split("-")
    if parts[0] in ("Ex", "ex") and len(parts) > 1:
        parts = parts[1:]  # "Ex-President", "ex-Prime": a former holder's title
    # "Lieutenant-Colonel", and "Commander-in-Chief", "Chief-of-Staff" with a small word
    return parts[0] in TITLES and all(part in TITLES or part in ("in", "of") for part in parts)


# Words that open a compound rank before its title word: "First Sergeant", "Staff
# Sergeant", "Lance Corporal", "Petty Officer", "Head Constable", "Second Lieutenant".
_RANK_PREFIXES: Final = words("First Second Staff Master Lance Petty Flight Wing Rear Head Sub")
# Police ranks written as initials before a name ("DSP Musa Audu", "ASP Halima Bello"),
# and the South Asian and Cameroonian offices written so ("SHO X", "SDPO X", "SDO X": a
# station's, a subdivision's police officer; a sub-divisional officer or magistrate).
_POLICE_RANKS: Final = words(
    "DSP ASP CSP SSP ACP DCP AIG DIG IGP Supt Insp SP CP IG SHO SDPO DPO SDO SDM "
    # ... an assistant sub-inspector, a director general, a police public relations officer
    # ("ASI X", "ADGP X", "PPRO X"), the Philippine police's ranks ("PLtCol X", "PBGen X")
    # and the Indonesian police's ("Kombes X", "AKBP X", "Brigjen X")
    "ASI ADGP DGP PSI PRO PPRO "
    "PGen PLtGen PMGen PBGen PCol PLtCol PMaj PCapt PLt PEMS PCMS PSMS PMSg PSSg PCpl "
    "Kombes Brigjen Irjen Komjen AKBP AKP Kompol Iptu Ipda Aiptu Aipda Bripka Bripda"
)


def _strip_titles(tokens: tuple[Token, ...]) -> tuple[tuple[Token, ...], bool]:
    """The tokens after a leading chain of titles and ranks, and whether there was one:
    "Brigadier General Nabil X" -> "Nabil X"."""
    titled = False
    while tokens and (
        is_title(tokens[0].text)
        or tokens[0].text in _NOT_NAMES
        or (tokens[0].text in _RANK_PREFIXES and len(tokens) > 1 and is_title(tokens[1].text))
    ):
        titled = titled or is_title(tokens[0].text) or tokens[0].text in _RANK_PREFIXES
        tokens = tokens[1:]
    if tokens and is_title(_POSSESSIVE_END.sub("", tokens[0].text)):
        return (), titled  # "Prime Minister's office": a title's possessive, no name
    return tokens, titled


_POSSESSIVE_END: Final = re.compile(r"['\u2019]s$")
# What `_POSSESSIVE_END` finds at the end of a token (a token holds no line break).
_POSSESSIVE_ENDINGS: Final = ("'s", "\u2019s")
# How a movement's members are named in the plural: "Maoists", "Islamists", "Naxalites".
_MEMBER_PLURAL_ENDINGS: Final = ("ists", "ites")


def _name_end(token: Token, text: str = "") -> int:
    """Where a name ends: before a possessive ("President X's government" -> "X"), and
    past a middle initial's full stop ("John F. Okoro": the run stopped at "F")."""
    # (`_POSSESSIVE_END` tested without a regex: a word holds no line break, and the end
    # of every name of an article is found here)
    if token.text.endswith(("'s", "\u2019s")):
        return token.end - 2
    if text and text.startswith(" ", token.end):
        # "Nurlan Bakyt uulu": a Turkic patronymic's lower-case "son of" / "daughter of"
        particle = _PATRONYMIC_PARTICLE.match(text, token.end)
        if particle is not None:
            return particle.end()
    if text and token.text in _ABBREVIATED_GIVEN_NAMES:
        # "local leader Md. Rafiqul Islam": the abbreviated given name stopped the run;
        # the name it opens follows its full stop
        rest = _AFTER_ABBREVIATED_GIVEN_NAME.match(text, token.end)
        if rest is not None:
            return rest.end()
    if text and len(token.text) == 1 and token.text.isupper():
        rest = _AFTER_INITIAL.match(text, token.end)
        # "Gen. A.K. Singh", "K. J. S. Dhillon": more initials, then the name they abbreviate
        # before ("U.S. Army" is a state's name, not an initial)
        if rest is not None and f"{token.text}{rest.group(1)}.".replace(" ", "") not in (
            _NOT_INITIALS
        ):
            return rest.end()
    return token.end


# (a surname's last letter may be an accented small one: "Ousmane W. Kabor\u00e9", not "Kabor")
_AFTER_INITIAL: Final = re.compile(
    r"((?:\.\s?(?:[A-Z]|Th|Kh|Ch|Sh|Md)){0,2})\. [A-Z][\w\u0300-\u036f'\u2019-]*"
    r"(?:[a-z]|[\u00df-\u00f6\u00f8-\u00ff])[\u0300-\u036f]*(?:-[A-Z][a-z]+)?"
)


# The lower-case word that ends a Kyrgyz, Kazakh, Uzbek or Azerbaijani patronymic ("son
# of", "daughter of"), part of the name: "Nurlan Bakyt uulu", "Aida Serik kyzy".
_PATRONYMIC_PARTICLE: Final = re.compile(r" (?:uulu|kyzy|uly|qyzy|ogly|oglu|qizi|kizi)\b")
# How South Asian wires abbreviate "Mohammad" before the rest of a name ("Md. Abdul Karim").
_ABBREVIATED_GIVEN_NAMES: Final = frozenset({"Md", "Mohd", "Muhd"})
# The one to three name words after such an abbreviation's full stop.
_AFTER_ABBREVIATED_GIVEN_NAME: Final = re.compile(
    r"\. [A-Z][\w\u0300-\u036f-]*[a-z](?: [A-Z][\w\u0300-\u036f-]*[a-z]){0,2}\b"
)


# Words that end an event's name, never a person's ("Korean War", "Arusha Accords").
_EVENT_WORDS: Final = WARS | PACTS | MEETINGS | (OCCASIONS - {"Day"})  # "Day": a surname
# The last words of a landform's, a built place's or a pact's name, which end no person's
# name (dev gold: none of the person spans ends with one): "Bakassi Peninsula said", "the
# Tana River Bridge", "the Mekele Declaration". (Not "Hill", "Field", "Hall", "Day" nor
# "Law": surnames; nor "Islands" and "Coast", which end states' names that a body's
# national chapter takes: "Transparency Solomon Islands said".)
_FEATURE_WORDS: Final = (
    LANDFORMS
    | ROUTES
    | WORKS
    | MINES
    | BUILDINGS
    | PACTS
    | TRUCES
    | OFFENSIVES
    | SCHEMES
    | MEETINGS
    # the localities South Asian towns name after people ("Ashok Nagar", "Geeta Colony",
    # "Rajendra Vihar", "Shahid Chowk"): a place's name, no person's (ACT69)
    | words("Nagar Colony Chowk Vihar Mohalla Basti Bazaar Bazar Enclave")
    # ... "Rajendra Place", "Nehru Place" (Delhi's localities), and a prize's or a
    # tournament's name after a person's ("Ramon Magsaysay Award", "Santosh Trophy":
    # REVIEW69A)
    | words("Place Award Awards Prize Trophy Cup Tribute")
)
# The last words of an outlet's name, which end no person's name (dev gold: no person span
# ends with one; 152 outlet and agency spans do): "Sahel Security Monitor said", "Shabelle
# Media reported", "Addis Standard told", "Garowe Online wrote". (Not "Star", "Sun" nor
# "Post" alone: surnames or `_MEDIA`'s; "Times" and "Herald" are `_MEDIA`'s.)
# The word for news, a daily or a paper in the languages mastheads keep untranslated
# ("Zambeze Diario", "Ukrainska Pravda", "Sahel Nouvelles"): none closes a person's name.
_NEWS_WORDS_ABROAD: Final = words(
    "Noticias Notícias Nouvelles Nachrichten Novosti Vesti Vijesti Zeitung Pravda Hebdo "
    "Gazeta Akhbar Habari Quotidien Actu Infos Diario Diário Jornal Giornale Corriere "
    "Dnevnik Dziennik Gazzetta"
)
# ... of which all but "Pravda" (a word of this list before MEDIA65) may be a surname after
# a given name ("Ivan Vesti", "Maria Gazeta").
_NEWS_ABROAD_NOT_SURNAMES: Final = _NEWS_WORDS_ABROAD - words("Pravda")
_OUTLET_LAST_WORDS: Final = (
    words(
        "Media Monitor Tribune Journal Chronicle Observer Standard Mirror Express Telegraph "
        "Guardian Pravda Insider Online Bulletin Courier Dispatch Review Today"
    )
    | _NEWS_WORDS_ABROAD
)
# The head nouns of bodies that meet, bind or gather people, which no list of a body's words
# holds and no person's name ends with ("Kachin Baptist Convention", "the Chin
# Brotherhood", "Kasai Youth Congress", "Community Action Board", "the HALO Trust").
_GATHERING_WORDS: Final = words(
    "Conference Synod Consortium Caucus Convention Congress Syndicate Guild Brotherhood "
    "Sisterhood Fraternity Confederation Trust Collective Board Panel Club Academy "
    "Delegation Presidency Registry "
    # ... and a newsroom's ("Compiled by Kivu Desk")
    "Desk"
)
# Plural nouns of people or of a body's parts that end no name ("Field Teams", "Local
# Sources", "Humanitarian Partners"), with the plurals that open a sentence alone.
_GROUP_PLURALS: Final = words(
    "Teams Sources Partners Units Groups Agencies Authorities Services Members Crews "
    "Observers Monitors Delegates Residents Villagers Witnesses Survivors Families Relatives "
    "Officials Soldiers Troops Protesters Demonstrators Refugees Migrants Civilians Workers "
    "Journalists Lawyers Activists Gunmen Militants Fighters Rebels Volunteers Elders Youths"
)
# The endings of abstract and collective nouns, which no one-word name has ("Minority",
# "Opposition", "Leadership", "Presidency", "Legislature"); "-ment" only past seven letters
# ("Clément" is a name, "Management" no).
_NOUN_ENDINGS: Final = (
    "ity",
    "tion",
    "sion",
    "ship",
    "ness",
    "hood",
    "ism",
    "ency",
    "ancy",
    "ature",
)


def _common_noun_by_ending(word: str) -> bool:
    """True for a capitalised word whose ending makes it an abstract or collective noun."""
    return word.endswith(_NOUN_ENDINGS) or (len(word) > 7 and word.endswith("ment"))


# Middle initials that are words too ("Curtis A. Ramnarine", "Joan I. Okafor").
_WORD_INITIALS: Final = frozenset({"A", "I"})


# Honorifics that Somali and Arabic names carry inside them ("Hassan Sheikh Abdi"),
# and Hausa and Kanuri ones ("Amadou Malam Bukar", "Musa Alhaji Sani").
_TITLES_INSIDE_NAMES: Final = frozenset(
    {"Sheikh", "Shaikh", "Sheekh", "Haji", "Hajji", "Malam", "Mallam", "Alhaji", "Sr"}
)


# Words that are a name ("Malik Agar", "Rehman Malik") or a South Asian honorific before
# one ("Malik Gul Nawaz", "Chaudhry Nisar Ali"): an honorific when a full name follows.
# ... and the Cameroonian "Mami" and the Pakistani "Bibi" before a woman's full name ("A
# trader, Mami Grace Ebai Tanyi,", "BYC leader Bibi Sara Baloch"; "Bibi Amina" is a name).
_HONORIFICS_BEFORE_NAMES: Final = frozenset(
    {"Malik", "Chaudhry", "Chaudhary", "Mian", "Mami", "Bibi"}
)


_REGNAL_NUMBER: Final = re.compile(r"X{0,2}(?:IX|IV|VI{0,3}|I{2,3})|XI{1,3}|XIV|XV|XX")


# Words `_person_tokens` may refuse a name for, titles aside.
_NOT_A_PERSON_S_WORDS: Final = ORGANISATION_WORDS | _NOT_NAMES | _MEDIA
_COMPASS_OPENERS: Final = words(
    "Northern Southern Eastern Western Central "
    # ... and a region's rank on a river or around a city ("Upper Nile", "Lower Shabelle",
    # "Middle Belt", "Greater Kashmir"; dev gold: no person's name opens with one)
    "Upper Lower Middle Greater"
)
# A compass point or "Central" after a place's name closes a constituency's, a district's
# or a region's name ("Lamu West", "Kaduna Central", "Donga-Mantung East"), never a
# person's (dev gold: no person span ends with one).
_COMPASS_LAST: Final = words(
    "North South East West Central North-East North-West South-East South-West Northeast "
    "Northwest Southeast Southwest"
)
_LANDFORM_OPENERS: Final = words(
    "Mount Mt Lake Cape Jebel Jabal Djebel Mont Monte Wadi "
    # a port's, a fort's, a headland's, a spring's, a monastery's or a house's word opens
    # a town's name, never a person's ("Port Sudan, the seat of ..., accused", "Ras Isa",
    # "Deir al-Balah", "Beit Lahia", "Kafr Qasim", "Ain Issa", "Puerto Cabezas")
    "Port Fort Puerto Porto Ciudad Ras Ain Deir Beit Kafr Khor"
)


def _person_tokens(tokens: Iterable[Token]) -> tuple[Token, ...] | None:
    """The name part of a run that names a person, or None if it cannot be a person."""
    tokens = tuple(tokens)
    # (the answer hangs on the words alone: kept per distinct name, asked of every run)
    return tokens if tokens and _words_name_a_person(tuple(map(_TEXT, tokens))) else None


# A kunya inside a longer Arabic name, "Abu" or "Umm" and the name after it, is one name
# ("Abdelkarim Abu Bakr bin Salem al-Hassi": the father of Bakr, then a chain of fathers).
_KUNYA_OPENERS: Final = frozenset({"Abu", "Abou", "Umm"})


def _name_words_counted(words: Sequence[str]) -> int:
    """How many of `words` count toward a person's four name words: not the particles,
    nor a kunya's "Abu" / "Umm" followed by the name it opens."""
    counted = sum(w not in NAME_PARTICLES for w in words)
    return counted - sum(w in _KUNYA_OPENERS for w in words[:-1])


@lru_cache(maxsize=1 << 16)
def _words_name_a_person(words: tuple[str, ...]) -> bool:
    """True when a run of these words (at least one) can name a person: `_person_tokens`'s
    test, which reads only the words."""
    # Up to four name words; particles do not count ("Maria de los Angeles Torres"). A
    # compass adjective opens a region's name, never a person's ("Western Sahara").
    if words[0] in _COMPASS_OPENERS or words[0] in _LANDFORM_OPENERS:
        return False  # ... and a landform's word a mountain's or a lake's ("Mount Mghila")
    if words[0] in ("Los", "Las") and len(words) > 1:
        return False  # "Los Shottas": a Spanish article opens a gang's name, no person's
    if words[0] == "Operation" and len(words) > 1:
        return False  # "Operation Red Lantern said": a force's or a campaign's name
    if len(words) > 7 or (len(words) > 4 and _name_words_counted(words) > 4):
        return False
    # (the test below per word only when a word is in one of its lists or a title: the
    # cheap test first, asked of tens of thousands of runs)
    if (not _NOT_A_PERSON_S_WORDS.isdisjoint(words) or any(map(is_title, words))) and any(
        w in ORGANISATION_WORDS
        or (
            w in _NOT_NAMES
            and (i == 0 or w not in _MONTHS)
            and not (i == 0 and _given_name_month_words(words))
            # a middle initial that is also a word ("Curtis A. Ramnarine": the run stops
            # at the initial, whose full stop `_name_end` passes)
            and not (0 < i == len(words) - 1 and w in _WORD_INITIALS)
        )
        or (
            is_title(w)
            # "Hassan Sheikh Abdi", and last after two names: "Maryan Aden Haji"
            and not (w in _TITLES_INSIDE_NAMES and (0 < i < len(words) - 1 or i >= 2))
        )
        or w in _MEDIA
        for i, w in enumerate(words)
    ):
        return False  # a month inside a name is a name ("Aye Aye Mar", "Theresa May")
    if len(words) > 1 and words[-1] in _EVENT_WORDS:
        return False  # "the 1950-1953 Korean War, said": an event's name, no person's
    if len(words) > 1 and words[-1] in _FEATURE_WORDS:
        return False  # "Bakassi Peninsula said", "the Tana River": a place's or a thing's name
    if (
        len(words) > 1
        and words[-1] in _OUTLET_LAST_WORDS
        # ("Maria Gazeta told reporters": a given name, then a surname that is news abroad)
        and not (
            len(words) == 2 and words[-1] in _NEWS_ABROAD_NOT_SURNAMES and words[0] in GIVEN_NAMES
        )
    ):
        return False  # "Shabelle Media reported", "Sahel Security Monitor said": an outlet
    if len(words) > 1 and words[-1] in _COMPASS_LAST:
        return False  # "Lamu West said", "Kaduna Central told": a constituency's or a region's
    if len(words) > 1 and (
        words[-1] in _GATHERING_WORDS
        or words[-1] in _GROUP_PLURALS
        or (words[-1].endswith("s") and words[-1][:-1] in ORGANISATION_WORDS)
    ):
        # "National Episcopal Conference of Congo said": a body, no person; "Rescue Teams
        # said", "Local Sources said", "Both Organisations said": people or bodies, no name
        return False
    if len(words) == 1 and _common_noun_by_ending(words[0]):
        return False  # "Opposition said", "Management told": an abstract noun alone
    if len(words) > 1 and _REGNAL_NUMBER.fullmatch(words[-1]):
        words = words[:-1]  # "Ewuare II", "Azoka II": a ruler's number ends the name
    if any(w.isupper() and len(w) > 1 for w in words):
        return False  # an acronym
    # (a word holds no line break: `_POSSESSIVE_END` is its ending, tested without a regex)
    if any(w.endswith(("'s", "\u2019s")) for w in words[:-1]):
        return False  # "Iran's Revolutionary Guards": an owner, then what it owns
    # "the General Hospital", "the Abyei Special Administrative Area's": a place, whatever
    # title opens it
    return (
        _FACILITY_WORDS.isdisjoint(words)
        and _AREA_WORDS.isdisjoint(w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in words)
        # "the General Directorate of Narcotics Affairs": a portfolio ends a body's name
        and words[-1] != "Affairs"
        # "Minister of National Security Delroy Spence": a portfolio's word opens no name
        and (len(words) == 1 or words[0] not in _PORTFOLIO_WORDS)
    )


def _title_case_line(text: str, offset: int, min_words: int = 5) -> bool:
    """True when the line holding `offset` is written in title case (a headline whose every
    word is capitalised), where capitals say nothing about names; `min_words`: how many
    words of four letters or more it needs (3 for a short crosshead: "Islamabad Cites
    Militant Hideouts")."""
    newline = text.rfind("\n", max(0, offset - 200), offset)
    end = text.find("\n", offset, offset + 200)
    if (end < 0 and offset + 200 < len(text)) or (newline < 0 and offset > 200):
        return False  # a long line is prose, not a headline
    start = newline + 1
    line = text[start : len(text) if end < 0 else end]
    if line.rstrip().rstrip("\"'\u201d\u2019").endswith("."):
        return False  # a headline never ends with a full stop: a short sentence of prose
    long_words = [w for w in line.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(long_words) >= min_words and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(
        long_words
    )


_PLACE_HEADS: Final = words("Station Base Headquarters Compound Checkpoint Post Depot")
# The heads of an area's name, never a person's word.
_AREA_WORDS: Final = words(
    "Area Zone Region Province District County Territory Governorate Municipality Prefecture "
    # polities, never a person's last word: "the funding that Member States promised", "the
    # Gulf States", "the Baltic States"
    "States Nations Emirates Kingdom Republic"
)
_FACILITY_WORDS: Final = words(
    "Hospital University Airport School College Mosque Church Cathedral Stadium Bridge "
    "Street Road Avenue Square Market Camp Prison Hotel Palace Barracks Clinic Highway"
)
# What names a prison or a camp for detainees a "Centre": a place, never a body.
_DETENTION_WORDS: Final = words(
    "Confinement Rehabilitation Detention Correctional Penitentiary Remand Custodial "
    "Reception Holding Deprivation Internment Reformatory"
)
_FACILITY_AFTER_NAME: Final = re.compile(
    r"(?: [A-Z][\w\u0300-\u036f'\u2019-]*){0,2} (?i:" + "|".join(sorted(_FACILITY_WORDS)) + r")\b"
)


_SINGLE_NAME_AFTER: Final = re.compile(
    r", (?:\d{1,3},|who\b"
    # ... or whose kin (one of them: a town has "sons" and "children" too): "X, whose son
    # was among the soldiers killed, wept", '"...," said X, whose 19-year-old nephew ...'
    r"|whose (?:[\w-]+ ){0,2}?(?:son|daughter|husband|wife|brother|sister|mother|father"
    r"|nephew|niece|cousin|uncle|aunt|grandson|granddaughter)\b)"
)
_LONE_SPEAKER_AFTER: Final = re.compile(r" (?:said|says|told|added|wrote|recalled|explained)\b")
# Capitalised words that open a sentence before "said" without being anybody's name.
_GENERIC_SUBJECTS: Final = words(
    "Police Army Military Security Staff Everyone Everybody Nobody Somebody Someone Another "
    "One Both Neither Each None Government Family Mother Father Brother Sister Son Daughter "
    "Husband Wife Uncle Aunt Grandmother Grandfather Cousin Officer Spokesman Spokeswoman "
    "Commander Governor Mayor President Minister Chief Doctor Nurse Teacher Witness Resident "
    "Hospital Ministry Statement Television Radio Media Medical Local State Federal Regional "
    "National Intelligence Interpol Justice Defence Defense Interior Health Office Command "
    "Nigeria Britain Israel Washington Moscow Beijing Later Earlier Today Yesterday Meanwhile"
)
# Capitalised words that open a sentence or follow a quote as speakers without being names.
_SUBJECT_NOUNS: Final = words(
    "Police Army Military Government Ministry Everyone Nobody Someone Somebody One Another "
    "Neither Both Each Meanwhile However Others"
)
_DESCRIBED_AFTER: Final = re.compile(r", (?:a|an) (?:\d{1,3}-year-old|[a-z]+)\b")
_MONTHS: Final = words(
    "January February March April May June July August September October November "
    "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
)


# Where wire prose names the outlet it spoke to or read: "told Qorvel by telephone",
# "in an interview with Nordlicht,", "a document seen by Meridia". In news, what is told
# in this slot is the outlet (people are "told to" do things, or "told reporters").
_OUTLET_SLOT_BEFORE: Final = re.compile(
    r"\b(?:told|tells|[Ii]n\s+an?\s+(?:phone\s+|telephone\s+)?(?:interview|message)\s+"
    r"(?:with|to)|[Ss]peaking\s+to"
    # "spoke to Kaduna Ledger by phone", "In a statement to EVN Report," (MEDIA67: 9 of 12
    # dev "spoke to <Name>" are outlets; the people and bodies fall to the slot's guards)
    r"|(?:spoke|speaks)\s+to|[Ii]n\s+a\s+statement\s+to"
    r"|(?:seen|obtained|reviewed"
    r"|verified|published|broadcast|aired|quoted|cited)\s+by"
    # a group's own outlet: "a statement broadcast on its X station", "aired by its X"
    r"|(?:broadcast|aired)\s+(?:on|by)\s+its"
    # a byline's contributor: "By X, Special to Kora Herald"
    r"|Special\s+to)[ \t]+(?:the\s+)?"
    # "quoted by state-run Sonna": the outlet's owner before its name
    r"(?:(?:state-run|state-owned|state|official|public|private|independent)\s+)?(?=[A-Z])"
    # (never across a line break: "Security Council told" ends a headline, and the next
    # line is a section's label)
)
# The words its matches start at (each a whole piece of the text): keep with the pattern.
_OUTLET_SLOT_FIRST: Final = words(
    "told tells In in Speaking speaking spoke speaks seen obtained reviewed verified published "
    "broadcast aired quoted cited Special"
)
# Slots that say outlet more weakly, where a topic, a feast or a place may stand too
# ("read on Ashura", "a correspondent for Kivu"): a name there is taken only when its own
# shape says outlet (see `_has_outlet_shape`). What is said on air: "a statement read on
# X", "footage aired on X"; whose journalist: "a journalist working for X".
_ON_AIR_SLOT: Final = re.compile(
    r"\b(?:read\s+(?:out\s+)?on|(?:broadcast|aired|televised)\s+(?:live\s+)?on"
    r"|(?:journalist|reporter|correspondent|cameraman|photographer)s?\s+(?:working\s+)?"
    r"(?:for|with))[ \t]+(?:the\s+)?"
    r"(?:(?:state-run|state-owned|state|official|public|private|independent)\s+)?(?=[A-Z])"
)
_SAID_AFTER: Final = re.compile(r"\s+(?:said|says)\b")
_ON_AIR_SLOT_FIRST: Final = words(
    "read broadcast aired televised journalist journalists reporter reporters correspondent "
    "correspondents cameraman photographer photographers"
)
# What follows an outlet in that slot: the end of the clause, how or when it was told,
# or what it was told ("told Qorvel that", "told Qorvel's evening programme").
_OUTLET_SLOT_AFTER: Final = re.compile(
    r"(?:['\u2019]s\s+[a-z]+|\s*[.,;:)\u2014]|\s+(?:by\s+(?:phone|telephone|text|e-?mail"
    r"|video\s+link)|over\s+the\s+(?:phone|telephone)\b|on\s|in\s|at\s|from\s|last\s|this\s"
    r"|earlier|late\s|that\b|shows?\b"
    r"|as\s+saying\b"
    r"|showed\b|dated\b|and\s))"
)
# "Tamborine, a local news site,", "Duna, the state news agency,", "X, Kora's state news
# agency,": an outlet in apposition.
_OUTLET_APPOSITION: Final = re.compile(
    r",\s+(?:a|an|the|its|[A-Z][\w-]*['\u2019]s)\s+"
    r"(?:(?!(?:for|of|at|with|in|from|on|to|by|the|a|an)\s)[\w-]+\s+){0,3}?"
    r"(?:news\s+site|news\s+website|website"
    r"|newspaper|daily|weekly|outlet|broadcaster|news\s+agency|channel|radio\s+station"
    r"|television\s+station|TV\s+station|news\s+portal|portal|magazine|tabloid)\b"
)
# A bracketed acronym right after a name: "the Coastal Mirror (LANA)".
_BRACKETED_ACRONYM: Final = re.compile(r" \((?P<acronym>[A-Z]{2,6})\)")
# ... whose name's last word says masthead (not "Monitor", "Observer", "Voice" or "Info",
# which rights groups' names end with too: "the Human Rights Monitor (HRM)").
_MASTHEAD_BEFORE_ACRONYM: Final = words(
    "News Times Post Herald Gazette Tribune Chronicle Journal Telegraph Broadcasting TV Radio "
    "Courier Mirror Dispatch Express FM Star Sun Standard Sentinel Pioneer Vanguard"
)
# An outlet's kind, then its name in apposition: "the group's news outlet, Kokang Online,".
_OUTLET_KIND_BEFORE: Final = re.compile(
    r"\b(?:news\s+(?:outlet|agency|site|website|channel|service|portal)|newspaper|broadcaster"
    r"|(?:radio|television|TV)\s+(?:station|channel)|propaganda\s+(?:outlet|channel|arm|wing)"
    r"|mouthpiece),\s+(?=[A-Z])"
)
_OUTLET_KIND_FIRST: Final = words(
    "news newspaper broadcaster radio television TV propaganda mouthpiece"
)


def _matches_at_words(
    ctx: SuggestContext, pattern: re.Pattern[str], first: Iterable[str]
) -> list[re.Match[str]]:
    """What `pattern.finditer(ctx.text)` finds, for a pattern whose every match starts at
    one of the words `first` (each a whole piece of the text): tried only where those
    stand (the piece index), not at every character of a long article."""
    text = ctx.text
    index = ctx.piece_index
    found: list[re.Match[str]] = []
    reached = 0
    for start in sorted(at for word in first for at in index.get(word, ())):
        if start < reached:
            continue  # inside the match before, as finditer goes on after it
        match = pattern.match(text, start)
        if match is not None:
            found.append(match)
            reached = max(match.end(), start + 1)
    return found


# Masthead words of outlets in many languages and markets ("Baraka FM", "Sahelia Info").
_OUTLET_WORDS: Final = words(
    "FM Online Info Infos Matin Hebdo Media Médias Express Monitor Standard Insider Actu "
    "Nouvelles Noticias Diario Notícias Haber Gazeta Pravda Nachrichten Zeitung Journal"
)
# Common given names of the regions wires report from (Arabic, West and East African,
# South and Central Asian, Slavic, Latin and European ones). A run that opens with one is
# a person's name, whatever slot it stands in: "told Ibrahim Musa by telephone". Words
# that are also places, bodies or common words ("Jordan", "Amal", "Said", "Hope") are
# left out; tests/core/test_suggest_actor_slot_people.py checks that none is listed.
GIVEN_NAMES: Final = words(
    # Arabic, Persian, Turkish and Kurdish
    "Mohammed Mohamed Muhammad Mohammad Mohamad Mehmet Ahmed Ahmad Ahmet Ali Omar Umar "
    "Hassan Hasan Hussein Husain Hussain Ibrahim Ismail Yusuf Youssef Yousef Khalid Khaled "
    "Mahmoud Mahmud Mustafa Mostafa Abdullah Abdallah Abdul Abdel Abdelkader Abdulrahman "
    "Salim Salem Samir Sami Tariq Tarek Walid Karim Nabil Jamal Bilal Hamza Idris Musa "
    "Moussa Issa Yahya Zakaria Suleiman Sulaiman Soliman Fadi Rami Ziad Ziyad Anas Osama "
    "Usama Majid Majed Faisal Fahad Nasser Naser Adel Adil Amir Hamid Hamed Rashid "
    "Rachid Saleh Salah Jaber Jabir Marwan Nizar Hadi Haidar Haider Mahdi Mehdi Reza "
    "Farid Farhad Hossein Jafar Kamal Kemal Murat Emre Serkan Recep Ayşe Zeynep "
    "Fatima Fatma Fatouma Aisha Aicha Ayesha Amina Aminata Maryam Mariam Khadija Zainab "
    "Zeinab Layla Leila Laila Huda Rania Salma Samira Yasmin Yasmine Hana Hanan Halima "
    "Hawa Asma Sana Noura Nadia Lina Dalia Reem Rim Sahar Mona Nawal Souad Hind Ghada "
    # West and Central African
    "Mamadou Amadou Oumar Boubacar Ousmane Abdoulaye Ibrahima Souleymane Seydou Adama "
    "Hamadou Issoufou Alassane Moustapha Cheikh Modibo Bakary Sekou Sékou Lamine Mamadi "
    "Fatou Fatoumata Mariama Kadiatou Aissatou Awa Binta Oumou Djeneba Salif Harouna "
    "Chinedu Chukwuemeka Emeka Ngozi Chioma Obinna Olusegun Oluwaseun Babatunde Tunde Yemi "
    "Funmilayo Kwame Kofi Kojo Kwaku Yaw Ama Abena Akosua Efua Aliyu Abubakar Bello Sani "
    "Usman Garba Danjuma Lawal Kabiru Haruna Yakubu Zainabu Hadiza Jean-Pierre Jean-Claude "
    "Jean-Baptiste Jean-Paul Jean-Marie Marie-Claire Didier Thierry Serge Patrice Faustin "
    "Félix Felix Innocent Godefroid Prosper Aimé Christophe Dieudonné Blaise Fidèle "
    # East African and the Horn
    "Abdi Abdirahman Abdiaziz Abdikarim Mohamud Farah Hodan Amran Asha Hamdi "
    "Tesfaye Haile Getachew Abebe Alemayehu Mulugeta Tigist Meseret Almaz Selam Yonas "
    "Dawit Berhane Gebre Tsegaye Wanjiru Wanjiku Njeri Achieng Akinyi Otieno Odhiambo "
    "Kamau Mwangi Wambui Juma Neema Rehema Zawadi Okello Opio Akello "
    "Nyakuoth Deng Garang Majok Nyandeng Achol "
    # South and Central Asian
    "Rahul Amit Sunil Ravi Priya Anita Sanjay Rajesh Ramesh Suresh Mahesh Vijay Ajay "
    "Arjun Anil Deepak Manoj Pradeep Sunita Kavita Pooja Imran Irfan Farooq Zubair Junaid "
    "Shahid Tahir Asif Arif Nadeem Waseem Zahid Sajid Gul Bibi Nasreen Shabana Rukhsana "
    "Abdul-Rahman Ghulam Habibullah Zabihullah Rahmatullah Hekmatullah Noorullah "
    "Tenzin Dorje Aung Thura Zaw Min Htet Hla Moe Thein Kyaw Soe "
    # Latin American and Iberian
    "José Jose Juan Carlos Luis Jorge Miguel Pedro Diego Andrés Andres Fernando Javier "
    "Alejandro Francisco Manuel Antonio Rafael Ricardo Roberto Eduardo Gustavo Héctor "
    "Hector Raúl Raul Sergio Óscar Oscar Alberto Mario Julio César Cesar Jesús Gabriel "
    "Ana Carmen Rosa Lucía Lucia Gabriela Daniela Sofía Camila Valentina Isabel "
    "Luisa Juana Guadalupe Verónica Veronica Patricia Claudia Adriana Paola Mariana "
    "Fernanda Beatriz Marta María Maria João Joao Paulo Thiago Tiago Luiz Francisca "
    # Slavic, Baltic and Caucasian
    "Ivan Oleksandr Oleksiy Oleh Olena Olga Natalia Nataliya Serhiy Sergei Sergey Dmitry "
    "Dmytro Andriy Andrei Andrey Mykola Nikolai Yuriy Yuri Viktor Vladimir Volodymyr "
    "Tetiana Tatiana Iryna Irina Svetlana Yulia Yuliia Oksana Halyna Mariya Anastasia "
    "Pavlo Pavel Petro Bohdan Taras Vitaliy Vitaly Maksym Maxim Artem Ruslan "
    "Igor Ihor Aleksandr Alexander Alexei Alexey Mikhail Boris Anatoly Vasyl Vasily "
    "Giorgi Levan Nino Armen Aram Gohar Anna Katarzyna Piotr Tomasz Paweł Agnieszka "
    # Western European and others
    "John James Peter Paul Joseph Samuel Daniel David Michael Thomas Patrick Emmanuel "
    "Pierre Jean Marie Anne Sarah Emma Laura Elena Lena Eva Ingrid Lars Erik Hans Klaus "
    "Grace Esther Ruth Blessing Rebecca Elizabeth Catherine Mary Margaret "
    "Sophie Julia Claire Helen Helena Mira Nina Astrid Sven Henrik Jan Jens "
    "François Jacques Philippe Nicolas Stéphane Isabelle Giovanni Giuseppe Marco Luca "
    "Francesca Chiara Matteo Andrea Stefan Martin Markus Wolfgang Ahmadou Ngoc Thanh "
    "Nguyen Linh Wei Li Ming Hiroshi Kenji Yuki Somchai Somsak Siti Dewi "
    "Budi Agus Putri Rizal Arnel Rodrigo Jocelyn Maricel "
    # ... and more of the commonest given names of the same regions (ACT69: a probe matrix
    # of invented names found a name opening with one in no slot of its own, "X died",
    # "X is survived by", "X was among those killed", unless its given name was listed):
    # Somali, Hausa, Yoruba, Igbo, Akan, Amharic, Tigrinya, Oromo, Sudanese, Chadian,
    # Arabic, Pashto, Urdu, Bengali, Hindi, Tamil, Telugu, Burmese, Indonesian, Filipino,
    # Spanish, Portuguese, Ukrainian, Russian, Central Asian, Armenian, Kurdish, Congolese,
    # South Sudanese and Bambara ones. Not those that name a body or a place too ("Wafa"
    # the agency, "Yara" the firm, "Vikas Bhawan", "Hendra" the virus, "Mount Slamet")
    "Abdirizak Abdirashid Abdullahi Abdulkadir Abdiwali Abdisalam Abdinasir "
    "Abdifatah Fadumo Faduma Hawo Sahra Ifrah Khadra Ayaan Deeqa Nasra Aminu Nasiru Umaru "
    "Muhammadu Abdulmalik Jibrin Ismaila Mustapha Salisu Bashir Auwal Hauwa Hafsat "
    "Maimuna Aishatu Adebayo Adewale Olumide Oluwafemi Ayodele Segun Femi Bukola Folake "
    "Temitope Oluwatoyin Kehinde Taiwo Abiodun Olamide Damilola Adeola Gbenga Chukwudi "
    "Ikenna Chinonso Ifeanyi Uchenna Obiageli Chidi Chinwe Nkechi Adaeze Kelechi Ogechi "
    "Chiamaka Kwabena Kwadwo Kwesi Adjoa Akua Afia Berhanu Girma Yohannes Mekonnen "
    "Tadesse Kebede Hiwot Genet Birtukan Gebremedhin Gebremichael Haftom Kidane Teklay "
    "Desta Assefa Bekele Worku Yirga Fikadu Dereje Lemma Yonatan Chaltu Gemechu Lelisa "
    "Obsa Osman Babiker Abdelrahman Abdelaziz Mohieldin Awad Ishag Abakar Mahamat Idriss "
    "Achta Abdulaziz Abdulkarim Abdelhamid Ayman Ayoub Bassam Emad Imad Ghassan Hatem "
    "Hisham Hossam Ihab Iyad Kareem Khalil Maher Mazen Moaz Munir Nidal Raed Saad Saeed "
    "Samer Shadi Tamer Wael Wissam Yasser Zaid Zuhair Mahmood Dina Heba Iman Manal Rasha "
    "Rawan Samah Shaima Asmaa Doaa Hiba Mirwais Naqibullah Shafiqullah Ahmadullah "
    "Zabiullah Nasrullah Hamdullah Samiullah Ehsanullah Inamullah Obaidullah Khalilullah "
    "Najibullah Hayatullah Amanullah Rahimullah Sharifullah Asadullah Wahidullah "
    "Fazlullah Shoaib Naveed Kamran Adnan Kashif Khurram Mudassar Rizwan Sajjad Shahzad "
    "Tanveer Yasir Zeeshan Waqar Fawad Haroon Aslam Akram Anwar Javed Pervez Saleem "
    "Shafiq Mehmood Shaukat Zafar Naeem Saima Rubina Shazia Fozia Uzma Farzana Samina "
    "Shahidul Aminul Rafiqul Mizanur Habibur Mahbubur Saiful Rezaul "
    "Shafiqul Mukesh Dinesh Naresh Santosh Prakash Ashok Vinod Rajendra Surendra "
    "Manish Ankit Rohit Neha Rekha Geeta Senthil Karthik Saravanan Arumugam Srinivas "
    "Venkatesh Khin Myint Naing Maung Nyunt Lwin Joko Bambang Wahyu Yohanes Yosep Dedi "
    "Rudi Ketut Nyoman Rogelio Reynaldo Rolando Edgardo Ernesto Danilo Rommel Marites "
    "Jomar Joaquín Joaquim Sebastián Raimundo Josué Yeison Jhon Leidy "
    "Gerardo Armando Ramón Ramon Enrique Ignacio Arturo Edwin Fredy Freddy Jhonny Yolanda "
    "Yuliana Antônio Sebastião Severino Márcio Fábio Rogério Celestino Domingos "
    "Faustino Inácio Zacarias Mykhailo Yevhen Serhii Oleksandra Liudmyla "
    "Nadiia Larysa Lyudmila Yevgeny Gennady Nikolay Dmitri Valery Valeriy Denys "
    "Vadym Kostiantyn Konstantin Stanislav Yaroslav Olha Kateryna Viktoriia Galina Nurlan "
    "Aibek Bakyt Azamat Rustam Farrukh Dilshod Gulnara Aigerim Dinara Zarina "
    "Hayk Vardan Ashot Anahit Davit Karwan Shivan Berivan Jean-Bosco "
    "Jean-de-Dieu Jean-Jacques Jean-Louis Jean-François Jean-Michel Jean-Robert "
    "Marie-Louise Marie-Jeanne Kambale Kahindo Masika Akol Kuol Lual Malual Nyibol Akech "
    "Drissa Kalilou Bourama Lassina Daouda Sidiki Hamidou"
)


@rule(
    "actor_outlet_in_slot",
    "ACTOR",
    "A news outlet in the slot wire prose keeps for one, listed or not: 'told Qorvel by "
    "telephone', 'in an interview with Nordlicht,', 'a video verified by Pelora Online', "
    "or described as one: 'Duna, the state news agency,'; and its other mentions.",
)
def actor_outlet_in_slot(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    # Where a name may start (after the slot's words) or end (before the apposition):
    # found once over the text, so the runs are only looked at when one is there.
    slots = {m.end() for m in _matches_at_words(ctx, _OUTLET_SLOT_BEFORE, _OUTLET_SLOT_FIRST)}
    on_air = {m.end() for m in _matches_at_words(ctx, _ON_AIR_SLOT, _ON_AIR_SLOT_FIRST)}
    on_air -= slots
    slots |= on_air
    slots |= {m.end() for m in _matches_at_words(ctx, _OUTLET_KIND_BEFORE, _OUTLET_KIND_FIRST)}
    described = {m.start() for m in _OUTLET_APPOSITION.finditer(text)}
    # "the Coastal Mirror (LANA) said": a masthead's name, then its agency's acronym
    acronyms = (
        {m.start(): m.span("acronym") for m in _BRACKETED_ACRONYM.finditer(text)}
        if " (" in text
        else {}
    )
    described |= set(acronyms)
    if not slots and not described:
        return
    # A run outside the slots is looked at only when an apposition starts within it (a
    # name ends inside its run), or after it past an initial's full stop ("John F."): not
    # every run of a long article for its few appositions.
    appositions = sorted(described)
    names: set[str] = set()
    found: list[tuple[int, int]] = []
    for run in _runs(ctx, connectors=False):
        if run.start not in slots:
            at = bisect_right(appositions, run.start)
            if (at == len(appositions) or appositions[at] > run.end) and not text.startswith(
                ".", run.end
            ):
                continue
        tokens = _strip_leading(run, _NOT_NAMES)
        # "spoke to EVN Report's Tigran Sargsyan": the outlet, then its journalist (MEDIA67)
        cut = _until_possessive(tokens)
        journalist_after = len(cut) < len(tokens) and _outlet_then_journalist(
            ctx, cut, tokens[len(cut) :], index
        )
        if journalist_after:
            tokens = cut
        if (
            run.start in on_air
            and tokens
            and tokens[0].start != run.start
            and run.tokens[0].text in _DAYS_AND_MONTHS
        ):
            # "aired on Sunday Morning": a day's programme, not "Morning" (but "told the
            # Sunday Times" keeps its masthead)
            continue
        for i, token in enumerate(tokens[1:], 1):
            if (
                token.text in _NOT_NAMES
                and (
                    token.text not in _MASTHEAD_TIME_WORDS
                    # ("told BBC Today that": a listed outlet, then the day; review65m)
                    or index.kinds.get(text[tokens[0].start : tokens[i - 1].end], ("",))[0]
                    == "media"
                )
            ):
                tokens = tokens[:i]  # "told BBC Monday": the outlet, then the day
                break
        if not tokens or len(tokens) > 4:
            continue
        start = tokens[0].start
        end = _name_end(tokens[-1], text)
        if (
            run.start in slots
            and (number := _OUTLET_NUMBER_AFTER.match(text, end))
            and _numbered_outlet_shape(tokens, index.kinds.get(text[start:end]))
        ):
            # (never "told Sector 3.", "told Room 4, the cell,": a place's number)
            end = number.end("number")  # "told the official Canal 4 that": its channel number
        elif (
            run.start in slots
            and len(tokens) == 1
            and index.kinds.get(text[start:end]) is None
            and tokens[0].text not in _NUMBERED_PLACE_WORDS
            and _NEWS_CHANNEL_24_AFTER.match(text, end)
            and _OUTLET_SLOT_AFTER.match(text, end + 3)
        ):
            # "told Sudania 24 on Monday", "told Kurdistan 24 by phone": a rolling news
            # channel's name ends in "24" (ACTOR66; never "told AFP 30 people": listed)
            end += 3
        if text.startswith(".", end):
            # an outlet named by its web address: "told Kun.uz", "Vlast.kz reported"
            domain = _DOMAIN_SUFFIX.match(text, end)
            end = domain.end() if domain is not None else end
        if end in acronyms and tokens[-1].text not in _MASTHEAD_BEFORE_ACRONYM:
            if run.start not in slots:
                continue  # "the Human Rights Monitor (HRM)": no masthead's word before it
        elif end in described:
            pass  # described as an outlet, wherever it stands
        elif run.start not in slots or not (
            _OUTLET_SLOT_AFTER.match(text, end)
            or journalist_after
            # "a statement read on ORTM said": what was read says it (never "was told X said")
            or (run.start in on_air and _SAID_AFTER.match(text, end))
            # a masthead's word closing the name says outlet, whatever follows ("told The
            # Kora Herald the jawans were ...", "told The X over the phone")
            or (
                len(tokens) > 1
                and tokens[-1].text in _MASTHEAD_BAR_WORDS
                and tokens[0].text not in GIVEN_NAMES  # "told Jennifer Sun the news"
            )
        ):
            continue
        name = text[start:end]
        listed = index.kinds.get(name)
        if listed is not None and listed[0] != "media":
            continue  # "told Kabul": a government the gazetteer knows
        words_ = {t.text for t in tokens}
        if tokens[0].text in _PLATFORMS:
            continue  # "aired on YouTube", "speaking on Instagram": where, not who
        if len(tokens) == 1 and name in index.region_names:
            continue  # "told Tigray that", "told Kebbi": a region's government, not an outlet
        if (
            len(tokens) == 1
            and listed is None
            and end not in described
            and (
                _once_per_word(ctx, "slot_name_as_place", _slot_name_as_place, name)
                or _once_per_word(ctx, "written_as_given_name", _written_as_given_name, name)
                or _once_per_word(ctx, "written_as_surname", _written_as_surname, name)
            )
        ):
            # "told Oromia that" where the text has "in Oromia", "told Bob" where it has
            # "Bob Kamau said": a place's or a person's name, not an outlet's (ACTOR66)
            continue
        if listed is None and not words_.isdisjoint(_HEARD_BY_BODIES):
            continue  # "told the House", "told the Munich Security Conference": a body met
        if (
            # a nationality, or a word shaped like one, opening the run ("told Russian state
            # media"), unless a masthead's word closes it: "told Kenyan Standard", "told
            # Meridian Wire", "told Mimi Mefo Info" (a name's shape is no nationality there)
            (
                (tokens[0].text in index.demonyms or _DEMONYM_SHAPE.fullmatch(tokens[0].text))
                and not (len(tokens) > 1 and tokens[-1].text in _MASTHEAD_BAR_WORDS)
            )
            or is_title(tokens[0].text)
            or tokens[0].text.lower() in ROLE_WORDS
            or words_ & (ORGANISATION_WORDS - _OUTLET_WORDS - _MEDIA)
            or words_ & _STATE
            or words_ & _ARMED
        ):
            continue  # "told Russian state media", "told Commander X": not an outlet's name
        if end not in described and not _reads_as_outlet(text, tokens, words_, listed, index.kinds):
            continue  # "told Ibrahim Musa by telephone": a person told, not an outlet
        if run.start in on_air and end not in described and not _has_outlet_shape(tokens, listed):
            continue  # "read on Ashura", "a correspondent for Kivu": a feast, a place
        names.add(name)
        found.append((start, end))
        if end in acronyms and tokens[-1].text in _MASTHEAD_BEFORE_ACRONYM:
            found.append(acronyms[end])
    if not names:
        return
    # Its other mentions ("confirmed the figures to Qorvel"), but never those of a name
    # the text defines as another body's ("the Armed Forces of the Philippines (AFP)").
    defined = {text[a:b] for _s, _e, a, b, kind in _acronym_definitions(ctx) if kind != "media"}
    others = names - defined
    if others:
        for start, end, _name in NameMatcher(others).find_all(text, ctx.piece_index):
            if not _joined_to_a_name(text, start, end):
                found.append((start, end))
    for start, end in sorted(set(found)):
        yield _suggestion(start, end, "media", "actor_outlet_in_slot")


def _outlet_then_journalist(
    ctx: SuggestContext,
    owner: tuple[Token, ...],
    rest: tuple[Token, ...],
    index: _GazetteerIndex,
) -> bool:
    """Whether "<owner>'s <rest>" in an outlet's slot reads as an outlet, then its journalist:
    the owner a listed outlet, an acronym or a name of two words or more, and the rest a
    person's bare name ("EVN Report's Tigran Sargsyan"); never a person's or a company's
    possessive before an office ("Tinubu's Chief of Staff Femi Gbajabiamila", "Putin's
    Spokesman Dmitry Peskov", "Moody's Investors Service", "Lloyd's List"; REVIEW67M)."""
    text = ctx.text
    name = text[owner[0].start : _name_end(owner[-1], text)]
    listed = index.kinds.get(name)
    if not (
        (listed is not None and listed[0] == "media")
        or (len(owner) == 1 and name.isupper() and len(name) >= 2)
        or len(owner) >= 2
    ):
        return False
    first = rest[0].text if rest else ""
    return (
        2 <= len(rest) <= 4
        and not is_title(first)
        and first.lower() not in ROLE_WORDS
        and first not in _NOT_NAMES
        and _person_tokens(rest) is not None
    )


# A web address's country or generic ending closing an outlet's name ("Kun.uz", "ORDA.kz",
# "Lefaso.net"), written on with no space; never a sentence's full stop ("told Kun.").
_DOMAIN_SUFFIX: Final = re.compile(r"\.(?:[a-z]{2,3}|info|online|news)(?![\w\u0300-\u036f-])")


# A press review's outlet called by its kind after its report is given: "The daily quotes
# ...", "the paper writes", "The station quotes" (and the kind words, for the piece index).
_KIND_CALLED_AGAIN: Final = re.compile(
    r"(?<![\w-])[Tt]he (?P<kind>daily|paper|newspaper|station|broadcaster|agency|outlet|channel"
    r"|weekly|tabloid|website|portal|magazine) (?:quotes|writes|reports|says|adds|notes|cites"
    r"|carries|quoted|wrote|reported|said|added|noted|cited)\b"
)
_KIND_CALLED_AGAIN_WORDS: Final = words(
    "daily paper newspaper station broadcaster agency outlet channel weekly tabloid website "
    "portal magazine"
)
# ... and the name whose report opens a sentence before it: "Pobjeda reports that", "For
# Dnevne novine, the question is", "In Belgrade, Vecernje novosti writes" (a second word of
# a masthead may be lower case in its language).
_REPORT_GIVEN: Final = re.compile(
    r"(?:(?<=\n)|(?<=[.!?] )|(?<=[.!?][\"\u201d] )|^)"
    r"(?:(?P<for>For )|In [A-Z][\w\u0300-\u036f-]*, )?"
    r"(?P<name>[A-Z][\w\u0300-\u036f'\u2019.-]*(?: (?:[A-Z][\w\u0300-\u036f'\u2019.-]*"
    r"|[a-z\u00e0-\u017e]{3,})){0,2}?)"
    r"(?:(?(for),| (?:(?P<reports>reports|reported|leads|headlines)|writes|wrote|carries"
    r"|carried|quotes|quoted)\b))"
)
# How far before the kind's sentence the report may have been given.
_REPORT_REACH: Final = 400


def _surname_in(text: str, name: str) -> bool:
    """`name` follows a capitalised word that is no sentence's opening somewhere in the
    text: a person's surname ("Peter Otieno ... Otieno writes"), not an outlet's name."""
    for found in re.finditer(r"([A-Z][\w'\u2019-]*) " + re.escape(name) + r"\b", text):
        if found.group(1) not in _NOT_NAMES and found.group(1) not in ("For", "In"):
            return True
    return False


@rule(
    "actor_outlet_named_again",
    "ACTOR",
    "A name whose report opens a sentence and which the text then calls by an outlet's kind: "
    "'Pobjeda reports that ... The paper writes', 'For Gazette Haiti, ... The outlet quotes' "
    "(a press review's outlets).",
)
def actor_outlet_named_again(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = ctx.piece_index
    # (the kind words looked up first: most articles call no outlet "the paper")
    called = sorted(
        (found.start(), found.group("kind"))
        for word in _KIND_CALLED_AGAIN_WORDS
        for at in index.get(word, ())
        if (found := _KIND_CALLED_AGAIN.match(text, max(0, at - 4))) is not None
    )
    if not called:
        return
    kinds = _gazetteer_index(ctx.gazetteer)
    names: set[str] = set()
    for kind_at, kind in called:
        for found in _REPORT_GIVEN.finditer(text, max(0, kind_at - _REPORT_REACH), kind_at):
            if kind == "agency" and found.group("for") is None and found.group("reports"):
                continue  # "X reported that ... The agency said": a UN or state agency too
            name = found.group("name")
            named = name.split()
            listed = kinds.kinds.get(name)
            if (
                named[0] in GIVEN_NAMES
                or named[0] in _NOT_NAMES
                or named[0] in kinds.demonyms
                or (listed is not None and listed[0] != "media")
                or not ORGANISATION_WORDS.isdisjoint(named)
                or not _STATE.isdisjoint(named)
                or not _ARMED.isdisjoint(named)
                or _surname_in(text, name)
            ):
                continue
            names.add(name)
    if not names:
        return
    for start, end, _name in NameMatcher(names).find_all(text, index):
        if not _NAME_GOES_ON.match(text, end):
            yield _suggestion(start, end, "media", "actor_outlet_named_again")


_CAPITAL_WORD_BEFORE: Final = re.compile(r"([A-Z][\w\u0300-\u036f'\u2019-]*) $")


def _joined_to_a_name(text: str, start: int, end: int) -> bool:
    """True when the mention is a word of a longer capitalised name: "Qorvel" of
    "Qorvel Relief Committee" or of "New Qorvel"."""
    if _NAME_GOES_ON.match(text, end):
        return True
    before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)
    return (
        before is not None
        and before.group(1) not in _NOT_NAMES
        and not is_sentence_start(text, before.start(1))
    )


def _reads_as_outlet(
    text: str,
    tokens: tuple[Token, ...],
    words_: set[str],
    listed: tuple[str, str] | None,
    kinds: Mapping[str, tuple[str, str]] | None = None,
) -> bool:
    """Whether a name in the outlet slot reads as an outlet's rather than a person's:
    listed as media, holding a masthead word ("Baraka FM") or an acronym ("KBN"), after
    "the" ("told the Vantor Courier"), opening with an article ("told El Heraldo"), or
    one word that is no known given name. Two or more words without any of these are a
    person's ("told Ana Lopes"), and so is a run opening with a known given name."""
    if listed is not None or words_ & _OUTLET_MEDIA_MASTHEAD:
        return True
    if len(tokens) > 1 and tokens[-1].text in _MASTHEAD_BAR_WORDS:
        return True  # "told Mvita Standard", "tells Highland Sentinel" (not "Sun Wei")
    if len(tokens) > 1 and tokens[0].text in _MASTHEAD_OPENERS:
        return True  # "read on Télé Kivu", "told Canal Sur" (no given name is "Télé")
    if text[max(0, tokens[0].start - 4) : tokens[0].start].lower() == "the ":
        return True
    if tokens[0].text in GIVEN_NAMES:
        return False
    if (
        len(tokens) > 1
        and tokens[0].text in _ROMANCE_ARTICLES
        and len(tokens[1].text) >= 5
        and tokens[1].text[1:].islower()
    ):
        # a masthead opening with its language's article: "told El Heraldo", "La Tercera"
        # (no person's name does; "La Nan" and "Le Van" are given names and short)
        return True
    kinds = kinds or {}
    if len(tokens) == 2 and (
        tokens[1].text in _OUTLET_EDITIONS or kinds.get(tokens[1].text) == ("state", "")
    ):
        # a brand and the region or state it serves: "Lighthouse Africa", "Civil Georgia"
        # (no surname is a continent; a state's name is one only after a given name)
        return True
    if (
        len(tokens) == 2
        and kinds.get(tokens[0].text) in (("state", ""), ("state", "capital"))
        and tokens[0].text not in _PLACES_AS_GIVEN_NAMES
        and tokens[1].text in _PLACE_BRAND_WORDS
    ):
        # a state or capital, then an outlet's brand word: "told Myanmar Now", "told Syria
        # Direct", "told Iran International" (not a company's or a body's: "Uganda Airlines",
        # "Kabul Municipality"; a person's name opens with a given name, never a state)
        return True
    return len(tokens) == 1 or any(t.text.isupper() and len(t.text) > 1 for t in tokens)


_DAYS_AND_MONTHS: Final = _MONTHS | words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
)
# Chambers, meetings and hearings that are told things as outlets are ("He told the House
# that 31 people had been killed"): no outlet's name holds one.
_HEARD_BY_BODIES: Final = (_GATHERING_WORDS - words("Desk Collective Trust")) | words(
    "House Senate Summit Inquiry Hearing Jury Bench"
    # a listed company's filing "to Bursa Malaysia", "to the London Stock Exchange", "to
    # the Nigerian Exchange": the market it reports to, no outlet (misfire68)
    " Exchange Bourse Bursa Nasdaq NYSE"
)
# Words that open a broadcaster's name in the languages of its audience.
_MASTHEAD_OPENERS: Final = words("Télé Tele Canal Rádio Radyo Telewizja")
# Time words that close mastheads after a place ("Kabul Now", "Syria Today"), never cut off.
_MASTHEAD_TIME_WORDS: Final = words("Now Today")
# States and capitals that are given names too ("told Jordan Ellis", "told Chad Miller").
_PLACES_AS_GIVEN_NAMES: Final = words(
    "Jordan Chad Georgia India Israel Kenya Victoria Kingston Lincoln Regina Santiago "
    "Florence Austin Sydney Paris Virginia Carolina Adelaide Charlotte Nassau Monaco"
)
# The words outlets named after their country or capital close with ("Kabul Now", "Syria
# Direct", "Ethiopia Insight", "Haiti Libre", "Moldova Matters").
_PLACE_BRAND_WORDS: Final = words(
    "Now International Direct Insight Insights Live Libre Matters Update Updates Focus Report"
)
# A place's own word after a state or capital: "Gaza City", "Kuwait City" are places.
_PLACE_HEAD_WORDS: Final = words(
    "City Province Region State District County Town Governorate Island Islands Valley "
    "Airport Port Camp Hospital University Strip Bank Square Street Road"
)


def _has_outlet_shape(tokens: tuple[Token, ...], listed: tuple[str, str] | None) -> bool:
    """Whether a name says outlet by itself: listed as media, a masthead's word after its
    first ("Kivu Radio"), a broadcaster's opening word before more ("Télé Kivu"), or an
    acronym of letters alone ("ORTM"; not "Radio" alone, "Ashura" or "Ahmed's")."""
    if listed is not None:
        return listed[0] == "media"
    if len(tokens) > 1:
        return tokens[-1].text in _OUTLET_MEDIA_MASTHEAD or tokens[0].text in _MASTHEAD_OPENERS
    word = tokens[0].text
    return (
        word.isalpha()
        and word.isupper()
        and 2 <= len(word) <= 6
        # "read on TV", "aired on FM", "a journalist working for NGO": a medium, a kind
        and word not in _MEDIUM_ACRONYMS
        and word not in _NOT_BODY_ACRONYMS
    )


# Acronyms of a medium or its technology, never an outlet's name ("read on TV", "aired on
# FM", "carried by IPTV subscribers", "HDTV cameras").
_MEDIUM_ACRONYMS: Final = words("TV FM AM SW MW HF VHF UHF HD DVD CD IPTV HDTV CATV DTV CCTV")


_CHANNEL_OPENERS: Final = words("Channel Kanal Radio TV")


# " 24" after a one-word name in the told slot: a rolling news channel ("Sudania 24").
_NEWS_CHANNEL_24_AFTER: Final = re.compile(r" 24(?![\w.,:-]\w)")
# Nouns numbered as places, units and rooms are ("Sector 24", "Ward 24", "Camp 24").
_NUMBERED_PLACE_WORDS: Final = words(
    "Sector Ward Zone Block Room Camp Phase Route Gate Base Unit Brigade Battalion Division "
    "Company Platoon Post Station Checkpoint Highway Road Street Area Section Line Hill Km "
    "Kilometre Kilometer Mile Building Hangar Plot District Village Cell Level Floor Grade"
)
# Where a one-word name is written as a place: after a preposition of place, with or
# without a compass word ("in Oromia", "across northern Tigray"), or before a unit's noun
# ("the Oromia region", "Kebbi State"). Read at the name's own mentions only.
_WRITTEN_IN_PLACE_BEFORE: Final = re.compile(
    r"\b(?:in|across|into|inside|throughout|within)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)?$",
    re.IGNORECASE,
)
_PLACE_UNIT_AFTER: Final = re.compile(
    r" (?:[Rr]egion|[Ss]tate|[Pp]rovince|[Dd]istrict|[Cc]ounty|[Rr]egional state|town|city"
    r"|village|zone|valley)\b(?!['\u2019]s| (?:government|police|forces|authorities)\b)"
)
# A person introduced by name: "Bob Kamau said", "Bob Kamau, a farmer,", "Mr Bob".
_PERSON_INTRODUCED_AFTER: Final = re.compile(
    r" (?P<surname>[A-Z][a-z]+)(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+)?"
    r"(?: (?:said|says|told|added|recalled|explained)\b|, (?:a|an|the|who|aged|\d)\b)"
)
_PERSON_TITLE_BEFORE: Final = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.) $")


# Where a name is a publication's: "Published in Dawn, December 3rd", "Writing in
# Mediapart", "a report published in Hetq" (REVIEW66R: dev 353, 489, 538, 771, 886).
_PUBLISHED_IN_BEFORE: Final = re.compile(
    r"\b(?:[Pp]ublished|[Ww]riting|[Ww]rote|[Ww]ritten|[Pp]rinted"
    r"|op-ed|article|column|editorial|commentary)\s+in\s+(?:the\s+)?$"
    # (never "reported in", "appeared in", "an interview in": "clashes were reported in
    # Oromia", "in an interview in Mogadishu" name a place)
)


def _slot_name_as_place(ctx: SuggestContext, name: str) -> bool:
    """Whether the text writes the one-word `name` as a place at any of its mentions:
    `_written_as_place` ("in Oromia", "Oromia region"), or "across northern Tigray",
    "the Oromia Region". Reads a few characters round each mention (the piece index)."""
    text = ctx.text
    if any(
        _PUBLISHED_IN_BEFORE.search(text, max(0, at - 30), at)
        for at in ctx.piece_index.get(name, ())
    ):
        return False  # "Published in Dawn", "Writing in Mediapart": an outlet (REVIEW66R)
    if _written_as_place(ctx, name):
        return True
    for at in ctx.piece_index.get(name, ()):
        if _WRITTEN_IN_PLACE_BEFORE.search(text, max(0, at - 30), at) or (
            _PLACE_UNIT_AFTER.match(text, at + len(name))
        ):
            return True
    return False


def _written_as_given_name(ctx: SuggestContext, name: str) -> bool:
    """Whether the text writes the one-word `name` as a person's given name at one of its
    mentions: before a surname and a verb of saying or an apposition ("Bob Kamau said",
    "Bob Kamau, a farmer,"), or after a courtesy title ("Mr Bob")."""
    text = ctx.text
    for at in ctx.piece_index.get(name, ()):
        introduced = _PERSON_INTRODUCED_AFTER.match(text, at + len(name))
        if (
            introduced is not None and introduced.group("surname") not in _OUTLET_MEDIA_MASTHEAD
            # ("Tamazuj Online said", "Dabanga Radio said": an outlet's, not a surname;
            # REVIEW66R)
        ) or _PERSON_TITLE_BEFORE.search(text, max(0, at - 6), at):
            return True
    return False


# A given name right before a word: "Police chief Bello Kasimu said" writes "Kasimu" as a
# surname, so "spoke to Kasimu" / "told Kasimu" is that person, not an outlet.
_GIVEN_BEFORE_SURNAME: Final = re.compile(r"(?<![\w'\u2019-])(?P<given>[A-Z][a-z]+) $")


def _written_as_surname(ctx: SuggestContext, name: str) -> bool:
    """Whether the text writes the one-word `name` as a person's surname at one of its
    mentions: right after a listed given name ("Bello Kasimu"), unless it is a masthead's
    word ("Grace FM" is no case: "FM" is no name)."""
    if name in _OUTLET_MEDIA_MASTHEAD:
        return False
    text = ctx.text
    for at in ctx.piece_index.get(name, ()):
        given = _GIVEN_BEFORE_SURNAME.search(text, max(0, at - 30), at)
        if given is not None and given.group("given") in GIVEN_NAMES:
            return True
    return False


def _numbered_outlet_shape(tokens: tuple[Token, ...], listed: tuple[str, str] | None) -> bool:
    """Whether a name in the told slot may take a channel's number after it: a listed
    outlet, a broadcaster's opening word ("Canal 4"), a masthead's word last, or capitals
    ("FRANCE 24"); never "told Sector 3." or "told Room 4,"."""
    if listed is not None:
        return listed[0] == "media"
    return (
        tokens[0].text in _MASTHEAD_OPENERS
        or tokens[0].text in _CHANNEL_OPENERS
        or tokens[-1].text in _OUTLET_MEDIA_MASTHEAD
        or all(t.text.isupper() and len(t.text) > 1 for t in tokens)
    )


# The articles Spanish, French, Italian and Portuguese mastheads open with.
_ROMANCE_ARTICLES: Final = words("El La Le Les Los Las Il Lo O")


# Regions an outlet's edition is named after ("Radio Free Asia", "Lighthouse Africa").
_OUTLET_EDITIONS: Final = words(
    "Africa Asia Europe America Americas Arabia Levant Sahel Maghreb Balkans Caucasus"
)


# What a body does in a relative clause right after its name, where a place never acts:
# "Sawa Relief, which said", "Kata Ndeke, which controls the mines". The verbs of a body
# that fights say an armed group.
# ACT72B: a name right after a preposition of place ("in the Sahel", "between Qumbu and
# Tsolo") is where something stands, and the ", which ..." after it tells of what the phrase
# before it names ("JNIM, Al-Qaeda's affiliate in the Sahel, which said", CAS45's 1026; "a
# dispute over a taxi route between Qumbu and Tsolo, which has claimed several lives", dev
# 402). A body after "by / from / with / of" stays ("a report by Sawa Relief, which said").
# REVIEW72I: never a bare "in", "inside" or "outside", before which a body stands as often
# ("a split in Twa Resistance, which fought the army", "divisions inside Sawa Relief, which
# runs the clinics", "he worked for years in Sawa Relief, which said").
_ACT72B_PLACE_BEFORE_WHICH: Final = re.compile(
    r"(?<![\w-])(?:in the|across|across the|throughout|throughout the|between|near|around) $"
)
_WHICH_ACTS: Final = re.compile(
    r",\s+which\s+(?:(?:has|have|had|also|later|now|long|still|itself|previously|often"
    r"|regularly)\s+){0,2}(?:(?P<armed>controls|controlled|fights|fought|waged|wages|attacked"
    r"|ambushed|seized|kidnapped|abducted|claimed\s+responsibility|pledged\s+allegiance"
    r"|split\s+from|took\s+up\s+arms)"
    r"|said|says|told|tells|denied|denies|accused|accuses|claimed|claims|reported|reports"
    r"|estimated|estimates|counted|counts|documented|documents|recorded|records|tracks"
    r"|tracked|monitors|monitored|runs|ran|operates|operated|represents|represented|defends"
    r"|defended|campaigns|campaigned|warned|warns|condemned|condemns|blamed|blames"
    r"|announced|announces|confirmed|confirms|published|publishes|issued|issues|broadcasts"
    r"|provides|provided|called\s+for|calls\s+for|urged|urges|demanded|demands)\b"
)


@rule(
    "actor_which_said",
    "ACTOR",
    "A name followed by ', which' and what a body does ('Sawa Relief, which said', 'Kata "
    "Ndeke, which controls the mines') is a body, never a person: an organisation, an "
    "armed group by a fighting verb, or an outlet by its masthead word.",
)
def actor_which_said(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    if not ctx.piece_index.get("which"):
        return
    acts = {m.start(): m for m in _WHICH_ACTS.finditer(text)}
    if not acts:
        return
    index = _gazetteer_index(ctx.gazetteer)
    for run in _runs(ctx):
        found = acts.get(run.end)
        if found is None:
            continue
        tokens = _strip_leading(run, _NOT_NAMES)
        if not tokens or len(tokens) > 5 or tokens[-1].end != run.end:
            continue
        words_ = {t.text for t in tokens}
        name = text[tokens[0].start : run.end]
        if (
            name in index.kinds
            or name in ctx.known_actors
            or words_ & ORGANISATION_WORDS  # the organisation rules' own names
            or any(t.text.isupper() and len(t.text) > 1 for t in tokens)  # an acronym's
            or _POSSESSIVE_INSIDE.search(name)
            or tokens[0].text in GIVEN_NAMES
            or is_title(tokens[0].text)
            or tokens[0].text.lower() in ROLE_WORDS
            or _is_nationality(tokens[0].text, index)
            or _title_case_line(text, tokens[0].start)
            # "both India and Pakistan, which": a coordination of listed names, each its own
            or any(part.strip() in index.kinds for part in name.split(" and "))
        ):
            continue
        if _ACT72B_PLACE_BEFORE_WHICH.search(text, max(0, tokens[0].start - 20), tokens[0].start):
            continue  # "Al-Qaeda's affiliate in the Sahel, which said": the place's clause
        if words_ & _OUTLET_MEDIA_MASTHEAD:
            kind = "media"
        elif found.group("armed") is not None:
            kind = "armed group"
        else:
            kind = "organisation"
        yield _suggestion(tokens[0].start, run.end, kind, "actor_which_said")


@rule(
    "actor_titled_person",
    "ACTOR",
    "A person after a title, without it: 'Defence Minister Ilse Marović' -> 'Ilse Marović', "
    "'Dr. Ana Kis' -> 'Ana Kis'.",
)
def actor_titled_person(ctx: SuggestContext) -> Iterator[Suggestion]:
    return iter(_memoised(ctx, "actor_titled_person", _only_people(_titled_person)))


def _titled_person(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for run in _runs(ctx, connectors=False):
        # "Dr. Anjali Karthikeyan": the abbreviation's full stop splits the run.
        before = text[max(0, run.start - 5) : run.start]
        abbreviated = ". " in before and _ABBREVIATED_TITLE_BEFORE.search(before) is not None
        if (
            not abbreviated
            and not any(map(is_title, map(_TEXT, run.tokens)))
            and _portfolio_chain(text, run) is run.tokens
        ):
            # No title in the run, none abbreviated before it, none before a portfolio:
            # nothing below makes it titled (the cheap tests, for most runs of an article,
            # asked before the ship's test below: both only pass the run over).
            continue
        if not _VESSEL_PREFIXES.isdisjoint(map(_TEXT, run.tokens[:2])) or (
            text.endswith(" ", 0, run.start)
            and text[max(0, run.start - 7) : run.start].split()[-1:] in _VESSEL_PREFIX_LISTS
        ):
            continue  # "the supply vessel MV Chief X", "NNS Commander X": a ship's name
        tokens = _portfolio_chain(text, run)
        after_title = tokens is not run.tokens  # the title stood before "for"
        if (
            len(tokens) > 2
            and _DEMONYM_SHAPE.fullmatch(tokens[0].text)
            and is_title(tokens[1].text)
            and (
                tokens[1].text not in _TITLES_INSIDE_NAMES  # "Hassan Sheikh Mohamud"
                or tokens[0].text in _gazetteer_index(ctx.gazetteer).demonyms
            )
        ):
            tokens = tokens[1:]  # "Armenian Deputy Foreign Minister Narek Avetisyan"
        elif len(tokens) > 2 and not is_title(tokens[0].text):
            # "Lamu County Commissioner Joseph Wambua", "Kano State Governor Abba Musa": a
            # place or body, then the title chain, then the name.
            last = max((k for k, t in enumerate(tokens) if is_title(t.text)), default=0)
            if last == 1 and tokens[1].text in _TITLES_INSIDE_NAMES:
                pass  # "Hassan Sheikh Mohamud": an honorific inside the name
            elif last and 2 <= len(tokens) - last - 1 <= 4:
                tokens = tokens[last:]
            elif last and len(tokens) - last - 1 == 1 and _one_name_after_chain(text, run, last):
                # "Air Commodore X", "Navy Captain X", "Celaya Mayor X", "Lt Col X" after
                # "PRO": a rank's or a place's word, the title, one name (people known by one)
                tokens = tokens[last:]
        tokens, titled = _strip_titles(tokens)
        titled = titled or after_title
        while titled and len(tokens) > 2 and tokens[0].text.lower() in ROLE_WORDS:
            tokens = tokens[1:]  # "Senior Analyst X Y": a role's word after the title
        if titled:
            tokens = _until_possessive(tokens)  # "President Ruto's government" -> "Ruto"
        if abbreviated:
            titled = True
        if not titled:
            continue
        person = _person_tokens(tokens)
        if person is None and len(tokens) > 3:
            # "Deputy Police Commissioner Maria Santos", "Acting Army Chief X": a body's word
            # inside the chain stopped it; the name follows the chain's last title
            last = max((k for k, t in enumerate(tokens) if is_title(t.text)), default=0)
            named = tokens[last + 1 :]
            if (
                last
                and tokens[last].text not in _TITLES_INSIDE_NAMES
                and 2 <= sum(t.text not in NAME_PARTICLES for t in named) <= 4
            ):
                person = _person_tokens(named)
        if person and len(person) == 1 and person[0].text in _PORTFOLIO_WORDS:
            continue  # "the General Security service": a body named like a portfolio
        if person and len(person) == 1 and person[0].text in _EVENTS_AFTER_A_TITLE:
            continue  # "the General Elections", "a General Strike": an event, no one
        if person and len(person) == 1 and person[0].text in _POSTS_AFTER_A_TITLE:
            continue  # "Deputy Head of Office", "Madam Principal": a post, no one
        if (
            person
            and len(person) == 1
            and person[0].text in _ACT73_NO_NAME_AFTER_TITLE
            # (a law only after its subject's word, "the Finance Bill"; "Sergeant Bill
            # said", "Pastor Bill told": a man's name after his title; REVIEW73F)
            and _review73f_word_before(text, person[0].start) in _PORTFOLIO_WORDS
        ):
            continue  # "the Finance Bill", "the Security Act": a law, no one (ACT73)
        if person and _titled_place(text, person):
            continue
        if person and not _FACILITY_AFTER.match(text, person[-1].end):
            yield _person(text, person, "actor_titled_person")
    for run in _runs(ctx):
        if len(run.tokens) < 4 or "of" not in map(_TEXT, run.tokens):
            continue  # (what every title chain holding "of <body>" has)
        tail = _titled_name_tail(run.tokens)
        if tail:
            yield _person(text, tail, "actor_titled_person")


def _a_department(name: str) -> bool:
    """Whether the words a person finder took name a department, not a person: a plural
    noun in "-ions" last ("Director of Defence Media Operations", "Chief of Joint
    Operations"; ACTOR66: dev 647, 845; no dev gold person's name ends so)."""
    last = name.rsplit(None, 1)[-1]
    return len(last) > 5 and last.endswith("ions")


# The prefixes that open a ship's name ("MV", "HMS", the Nigerian Navy's "NNS", the
# Philippine Navy's "BRP"): a title and a name after one name the ship after a person.
_VESSEL_PREFIXES: Final = words(
    "MV MT MS SS FV RV HMS HMAS HMCS HMNZS USS USNS USCGC INS ICGS NNS BRP PNS KRI TCG ROKS "
    "JS CCG RFA BNS KD HTMS SLNS GNS"
)
_VESSEL_PREFIX_LISTS: Final = [[prefix] for prefix in _VESSEL_PREFIXES]
# Events named with a title's word before them ("General Elections", "Presidential ...").
_EVENTS_AFTER_A_TITLE: Final = words(
    "Election Elections Strike Strikes Conference Meeting Debate Amnesty Assembly Summit "
    "Mobilisation Mobilization Offensive"
)


def _one_name_after_chain(text: str, run: NameRun, last: int) -> bool:
    """Whether the one word after a title chain that a non-title word opens ("Air
    Commodore X") is a name: the chain's title is no honorific that opens places' names,
    and no preposition of place stands before the run ("in Sidi Bel Abbes")."""
    name = run.tokens[-1]
    if (
        run.tokens[last].text in _TITLES_INSIDE_NAMES
        or name.text in _MONTHS
        or name.text in _OFFICE_BUILDINGS
        or _NAME_ENDS_CLAUSE.match(text, name.end) is None
    ):
        return False
    return _LOCATIVE_BEFORE_RUN.search(text, max(0, run.start - 12), run.start) is None


_LOCATIVE_BEFORE_RUN: Final = re.compile(r"\b(?:in|at|near|outside|from|to|of|towards) $")
# An office's building named by its holder's title ("Governor House", "Chief Minister
# Secretariat"), an area or a reserve ("Niassa Special Reserve"): no person.
_OFFICE_BUILDINGS: Final = (
    _FACILITY_WORDS
    | _AREA_WORDS
    | words(
        "House Office Secretariat Residence Lodge Complex Hall Building Headquarters "
        # a protected area named after its status: "Niassa Special Reserve"
        "Reserve Park Forest Sanctuary State"
    )
)
# What follows a person's one name that ends its noun phrase: a comma or a stop, a
# possessive, a bracket, a speech verb or an auxiliary.
_NAME_ENDS_CLAUSE: Final = re.compile(
    r"[,.;:)]|['\u2019]s\b| \(| (?:who|and|has|had|was|is|will|would|also|"
    + "|".join(sorted(SPEECH_VERBS))
    # ... or a verb in the past: "Maluku Governor Haryanto visited the displaced"
    + r"|[a-z]{2,}ed)\b"
)


def _titled_place(text: str, person: tuple[Token, ...]) -> bool:
    """True for one name word after a title that also opens places' names ("Sheikh Zuweid",
    "Sidi Bouzid", "Imam Sahib"), where a place stands: "farms near Sheikh Zuweid", "the
    villages south of Sheikh Zuweid", "a spokesman in Sheikh Zuweid" (not "in Sheikh Ali's
    view")."""
    if len(person) != 1 or text.startswith(("'s", "\u2019s"), person[0].end):
        return False
    title = _PLACE_TITLE_BEFORE.search(text, max(0, person[0].start - 40), person[0].start)
    return title is not None


# A title that opens places' names, after where a place stands ("near", "in", "south of").
_PLACE_TITLE_BEFORE: Final = re.compile(
    r"\b(?:in|near|outside|around|towards?|across|(?i:north|south|east|west)(?:-?(?:east|west))?"
    r"\s+of|(?:outskirts|edge|villages|farms|road)\s+of)\s+(?:Sheikh|Shaikh|Sidi|Imam|Sultan"
    r"|Saint|Emir|Mar)\s+$"
)


# A title abbreviated with a full stop right before a name: "Dr. X", "Vice Adm. X".
_ABBREVIATED_TITLE_BEFORE: Final = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Capt|Maj|Sgt|Brig|Rev|St|Adm|Cpl|Pvt|Cdr)\. $"
)
# A title and a name that name a place: "King Fahd hospital", "Queen Elizabeth Bridge".
_FACILITY_AFTER: Final = re.compile(
    r"(?i:['\u2019]s)? (?i:hospital|university|airport|air base|airbase|street|road|avenue"
    r"|highway|bridge|mosque|church|cathedral|school|college|stadium|park|square|camp|barracks"
    r"|dam|canal|port|palace|hall|medical|international|military|naval|district"
    # ... a ship or a shrine named after a person ("Yaroslav Mudryi frigate", "Konstantin
    # Olshansky ship", "Davit Gareja monastery": REVIEW69A)
    r"|ship|vessel|frigate|corvette|warship|tanker|submarine|monastery|temple|shrine)\b"
)
# One to three initials before a name: "L. Rajkumar Singh", "Th. Ibomcha", "M.K. Rao"
# ("Th", "Kh", "Md" are how South Asian wires abbreviate a family or given name).
_INITIALS_BEFORE: Final = re.compile(
    r"(?<![\w.'\u2019-])(?:(?:[A-Z]|Th|Kh|Ch|Sh|Md)\.\s?){0,2}(?:[A-Z]|Th|Kh|Ch|Sh|Md)\. $"
)
# ("H.E.", His or Her Excellency, is an envoy's style before the name: "H.E. X Y")
_NOT_INITIALS: Final = frozenset({"U.S.", "U.N.", "U.K.", "E.U.", "H.E."})


# "Deputy Governor for Security Affairs Hossein Karimi", "Commissioner for Internal Security
# Bello Yusuf", "Minister for Migration and Displacement Amal Yousif": a title's portfolio
# after "for" (its words joined by "and", "&" or commas) is no part of the name after it.
_TITLE_FOR: Final = re.compile(
    r"\b([A-Z][\w-]*) for (?:(?:[A-Z][\w-]*(?: [A-Z][\w-]*)*)(?:,? and|,? &|,) )*$"
)
_PORTFOLIO_WORDS: Final = words(
    "Affairs Security Internal Home Foreign Defence Defense Information Health Justice Finance "
    "Education Interior Public Works Relations Development Planning Humanitarian Local "
    "Government Religious Women Youth Trade Economy Energy Agriculture Water Environment "
    "Transport Culture Labour Communications Operations Peace Reconciliation Human Rights "
    "Refugees Displaced Persons Emergency Disaster Management Reconstruction Social Welfare "
    "Political Military Intelligence Border Police Lands Mines Minerals Safety Migration "
    "Displacement Sanitation Irrigation Fisheries Livestock Tourism Industry Commerce Housing "
    "Urban Rural Gender Children Family Labor Employment Science Technology Infrastructure "
    "Roads Aviation Maritime Immigration Relief Food Protection Climate Natural Resources "
    "Veterans Prisons Coordination Cooperation Integration Economic Legal Administration "
    # ... and the portfolios of finance ministries' and foreign ministries' under
    # secretaries ("Under Secretary for Terrorism and Financial Intelligence X", "Assistant
    # Secretary for Terrorist Financing X", "Under-Secretary-General for Peacebuilding X")
    "Terrorism Counterterrorism Terrorist Financing Financial Narcotics Arms Control "
    "Peacebuilding Peacekeeping"
)


def _after_portfolio(text: str, run: NameRun) -> tuple[Token, ...]:
    """The run's tokens, without a leading portfolio when a title and "for" stand before it."""
    tokens = run.tokens
    conjunct = text.endswith(("and ", "& "), 0, run.start)
    if run.start < 4 or (tokens[0].text not in _PORTFOLIO_WORDS and not conjunct):
        return tokens
    title = _TITLE_FOR.search(text, max(0, run.start - 80), run.start)
    if title is None or not is_title(title.group(1)):
        return tokens
    # Every capitalised word of the portfolio before the run is a portfolio word.
    before = text[title.end(1) + 5 : run.start]
    if any(w not in _PORTFOLIO_WORDS for w in re.findall(r"[A-Z][\w-]*", before)):
        return tokens
    if conjunct and len(tokens) > 2 and tokens[0].text not in _PORTFOLIO_WORDS:
        tokens = tokens[1:]  # "for Information and Strategy Bello Yusuf": the last portfolio
    while tokens and tokens[0].text in _PORTFOLIO_WORDS:
        tokens = tokens[1:]
    return tokens


def _portfolio_chain(text: str, run: NameRun) -> tuple[Token, ...]:
    """`_after_portfolio` when the run opens with a portfolio word, else the run's tokens."""
    if run.start >= 4 and text[run.start - 2 : run.start] not in _BEFORE_A_CHAIN:
        return run.tokens  # (none of the tests below can hold: one slice, no four calls)
    if (
        (
            run.tokens[0].text in _PORTFOLIO_WORDS
            and (text.startswith("for ", run.start - 4) or text.startswith(", ", run.start - 2))
        )
        or text.startswith("and ", run.start - 4)
        or text.startswith("& ", run.start - 2)
    ) and " for " in text[max(0, run.start - 80) : run.start]:
        return _after_portfolio(text, run)
    if text.startswith("and ", run.start - 4) and len(run.tokens) >= 3:
        return _after_portfolio_of(text, run)
    return run.tokens


# The two characters before a run that each test of `_portfolio_chain` needs one of (the
# ends of "for ", ", ", "and ", "& ").
_BEFORE_A_CHAIN: Final = frozenset({"r ", ", ", "d ", "& "})


# A title and the first part of its portfolio after "of", up to the "and" that joins its
# second part: "Vice Minister of Rural Roads and " (then "Bridges X Y").
_TITLE_OF_AND: Final = re.compile(r"\b([A-Z][\w-]*) of (?:[A-Z][\w-]*)(?: [A-Z][\w-]*){0,2} and $")


def _after_portfolio_of(text: str, run: NameRun) -> tuple[Token, ...]:
    """The run's tokens after the second part of a title's portfolio joined by "and"
    ("Minister of Roads and Bridges X Y" -> "X Y"), else the run's tokens."""
    title = _TITLE_OF_AND.search(text, max(0, run.start - 60), run.start)
    if title is None or not is_title(title.group(1)):
        return run.tokens
    k = 1  # the first word is the portfolio's, whatever it is
    while k < len(run.tokens) and (
        run.tokens[k].text in _PORTFOLIO_WORDS
        or run.tokens[k].text.endswith(_ABSTRACT_NOUN_ENDINGS)
    ):
        k += 1
    rest = run.tokens[k:]
    return rest if 2 <= len(rest) <= 4 and _person_tokens(rest) else run.tokens


def _person(text: str, tokens: tuple[Token, ...], rule_name: str) -> Suggestion:
    """A person's suggestion over `tokens`, with leading initials and a middle initial
    taken in, a possessive and an honorific before a full name ("Malik Gul Nawaz") left out."""
    if len(tokens) >= 3 and tokens[0].text in _HONORIFICS_BEFORE_NAMES:
        tokens = tokens[1:]
    start = _initials_start(text, tokens[0].start)
    return _suggestion(start, _name_end(tokens[-1], text), "person", rule_name)


def _initials_start(text: str, start: int) -> int:
    """Where a person's name starting at `start` starts with the initials before it taken
    in ("said A.K. Singh", "Lt. Gen. K. J. S. Dhillon"); `start` when there are none."""
    if start < 2 or not text.startswith(". ", start - 2):
        return start  # the cheap test first: it runs before every name in attribution
    initials = _INITIALS_BEFORE.search(text, max(0, start - 12), start)
    if initials is None or initials.group().replace(" ", "") in _NOT_INITIALS:
        return start
    return initials.start()


# A body's kind, then the word that gives its name: "a militia called Kumba Rising", "the
# armed group known as the Red Hand", "a group calling itself Free Birds". What follows
# is the body's name, never a person's ("a captain called Fadi Zayyat" is).
_BODY_NAMED_BEFORE: Final = re.compile(
    r"\b(?:group|militia|gang|faction|cartel|movement|organi[sz]ation|party|network|alliance"
    r"|coalition|formation|outfit|cell|force|front|association|union|collective|brigade"
    r"|battalion|band|charity|NGO|newspaper|broadcaster|channel|agency|platform|committee"
    r"|vigilantes|militias|gangs|groups|factions"
    # ... and what is named like a body: "an operation called Shujaa"
    r"|operation|offensive|campaign|programme|program|plan|project|initiative|mission)"
    r",?\s+(?:(?:now|also|locally|widely|better|popularly|previously|simply)\s+)?"
    r"(?:called|named|known\s+as|dubbed|styled|calling\s+(?:itself|themselves)"
    r"|calls?\s+(?:itself|themselves)|that\s+calls\s+itself)\s+(?:the\s+)?[\"\u201c]?$"
)
# A word every match of _BODY_NAMED_BEFORE holds (its verbs): a window without any is not
# searched. Keep with the pattern.
_BODY_NAMED_VERBS: Final = ("call", "named", "known", "dubbed", "styled")


# A place, then the word that gives its name: "a place called", "a village known as".
_PLACE_CALLED: Final = re.compile(
    r"\b(?:place|village|town|area|locality|hamlet|settlement|spot|forest|valley|hill|mountain"
    r"|river|district|neighbou?rhood|camp|market|junction"
    # ... and a polity or a land: "an independent homeland called Khalistan", "a state
    # called Ambazonia"
    r"|state|homeland|country|nation|republic|island|islands|territory|enclave|land|region"
    r"|province|caliphate|emirate|city)\s+(?:called|named)\s+$"
)
# A place's kind in lower case right after its name: "Dambi forest", "Koro hills".
_LANDFORM_AFTER: Final = re.compile(
    r" (?:forest|hills?|mountains?|river|valley|lake|village|town|area|camp|junction|market)\b"
)


def _named_as_a_body(text: str, start: int) -> bool:
    """True when the name at `start` is what a body is called: "a militia called X"."""
    begin = max(0, start - 70)
    window = text[begin:start]
    # (the cheap test first: most names have none of its verbs before them)
    return any(verb in window for verb in _BODY_NAMED_VERBS) and bool(
        _BODY_NAMED_BEFORE.search(text, begin, start)
    )


def _named_as_a_place(text: str, start: int) -> bool:
    """True when the name at `start` is what a place is called: "a village called Koro",
    "a place called X forest" (never a person's name)."""
    return text.endswith(("called ", "named "), 0, start) and bool(
        _PLACE_CALLED.search(text, max(0, start - 30), start)
    )


@rule(
    "actor_role_person",
    "ACTOR",
    "A person after a lower-case role: 'spokesman Dušan Velkov', 'a captain called Fadi Zayyat'.",
)
def actor_role_person(ctx: SuggestContext) -> Iterator[Suggestion]:
    return iter(_memoised(ctx, "actor_role_person", _only_people(_role_people)))


def _role_people(ctx: SuggestContext) -> Iterator[Suggestion]:
    """A role before a name (`_role_person`), or after it (`_name_then_role`)."""
    return chain(_role_person(ctx), _name_then_role(ctx))


# A role in apposition after a name, and what the role is of: "X, president of the Afar
# regional state,", "X, a vice director of the ... Committee", "X, Representative of the UN
# Refugee Agency", "X, convenor of ...". A person's frame in news prose, whether or not X
# speaks (MEDIA67). (A role word only: "X, the capital of", "X, a maker of" name no one.)
_ROLE_APPOSED_AFTER: Final = re.compile(
    r", (?:(?:a|an|the|its|his|her|their) )?(?:[\w'\u2019.-]+ ){0,3}?"
    r"(?P<role>[A-Za-z]+) (?:of|at|for|in|with)\b"
)
# Role words that tie a body to a body as well as a person to one ("X, an ally of Y", "a
# member of", "the head of state"), or name no role ("called", "named").
_ROLES_OF_BODIES_TOO: Final = words(
    "called named rival ally partner member successor predecessor counterpart general aide "
    "head chief deputy "
    # "Bayern Munich, leader of the Bundesliga", "Tesla Motors, a leader in electric cars"
    # (REVIEW67M)
    "leader"
)


# Where a place stands before a name ("at X", "reached X"); no person's apposition after
# ("from" and "to" left out: "a statement from X, a vice director of", "spoke to X, ...").
_PLACE_BEFORE_APPOSED: Final = (
    "at ",
    "in ",
    "near ",
    "into ",
    "towards ",
    "toward ",
    "outside ",
    "inside ",
    "across ",
    "reached ",
    "hit ",
    "stormed ",
    "entered ",
    "struck ",
    "shelled ",
)
# ... the same words opening a sentence, and a few more that stand before a place only
# ("From Sabon Gari, a resident ...", "fell around Kiryat Shmona, a spokesman ..."; REVIEW67M)
_PLACE_BEFORE_APPOSED_OPENING: Final = (
    *(w[:1].upper() + w[1:] for w in (*_PLACE_BEFORE_APPOSED, "from ", "around ")),
    "around ",
)
# After the role phrase's comma, another name that speaks: the role is that name's.
_ROLE_HOLDER_NAMED_AFTER: Final = re.compile(
    r",\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*,?\s+(?:said|says|told|tells"
    r"|added|confirmed|stated)\b"
)
# What closes an apposition's role phrase: a comma, the sentence's or the line's end, or
# a speech verb first (then the role phrase is a clause's subject).
_APPOSITION_CLOSES: Final = re.compile(
    r"(?P<verb>\s(?:said|says|told|tells|added|reported|confirmed|stated)\b)|[,;.!?\n)\u201d\"]|$"
)


def _name_then_role(ctx: SuggestContext) -> Iterator[Suggestion]:
    """A person's name of two to four words, then a role in apposition (see
    `_ROLE_APPOSED_AFTER`); the name no list holds, none of its words a listed place."""
    text = ctx.text
    if ", " not in text:
        return
    index = _gazetteer_index(ctx.gazetteer)
    for run in _runs(ctx, connectors=False):
        if not text.startswith(", ", run.end):
            continue  # (the cheap test first)
        found = _ROLE_APPOSED_AFTER.match(text, run.end, run.end + 60)
        if found is None:
            continue
        role = found.group("role").lower()
        if role not in ROLE_WORDS or role in _ROLES_OF_BODIES_TOO:
            continue
        if text.endswith(("the ", "The "), 0, run.start):
            continue  # "the Tigray Interim Administration, head of": a body's name
        if text.endswith(_PLACE_BEFORE_APPOSED, 0, run.start) or text.endswith(
            _PLACE_BEFORE_APPOSED_OPENING, max(0, run.start - 9), run.start
        ):
            # "killed at Bakassi Point, a spokesman of the army said", "At Bakassi Point, a
            # spokesman ...", "rockets fell around Kiryat Shmona, ...": a place
            continue
        closing = _APPOSITION_CLOSES.search(text, found.end(), found.end() + 120)
        if closing is None or closing.group("verb"):
            # "The strike hit Tel Sultan, a commander of the brigade said": the role is the
            # subject of its own clause, not the name's apposition
            continue
        if _ROLE_HOLDER_NAMED_AFTER.match(text, closing.start()):
            # "Gunmen attacked Kafin Koso, a spokesman for the police, Yazid Abubakar, said":
            # the role is the next name's, who speaks (REVIEW67M)
            continue
        person = _person_tokens(_strip_titles(run.tokens)[0])
        if person is None or not 2 <= len(person) <= 4 or person[-1].end != run.end:
            continue
        name = text[person[0].start : person[-1].end]
        if name in index.kinds or any(
            t.text in index.kinds or t.text in index.demonyms for t in person
        ):
            continue  # "Kenya Airways, a member of", "Gaza City, home to": listed words
        yield _person(text, person, "actor_role_person")


# A kinship word's in-law form right before a name ("his son-in-law, X", "mother-in-law X").
_IN_LAW_ENDINGS: Final = tuple(
    f"{kin}-in-law{sep}"
    for kin in ("brother", "sister", "son", "daughter", "father", "mother")
    for sep in (", ", " ")
)
# An office named with the body it heads, South Asian copy's "superintendent of police"
# (searched only where the word before a name is "police"; anchored at that name).
_OF_POLICE_ROLE: Final = re.compile(
    r"\b(?:superintendent|inspector(?:[- ]general)?|commissioner|director(?:[- ]general)?"
    r"|chief|deputy|additional|assistant)\s+of\s+police\s$",
    re.IGNORECASE,
)


def _role_person(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    listed = _gazetteer_index(ctx.gazetteer).kinds
    for run in _runs(ctx, connectors=False):
        if text.endswith(("of ", "to "), 0, run.start) and _led_by_before(text, run.start):
            # "the elected government of Thura Win", "forces loyal to Ali Haidar": a leader
            led = _person_tokens(run.tokens)
            if led and len(led) >= 2 and text[run.start : run.end] not in listed:
                yield _person(text, led, "actor_role_person")
            continue
        if (
            len(run.tokens) >= 3
            and text.endswith(("for ", "to "), 0, run.start)
            and _OFFICE_SERVING.search(text, max(0, run.start - 30), run.start)
        ):
            # "the AU envoy for Sudan Amina Osei": the state ends the office, then the name
            served = _after_served_state(ctx, run.tokens)
            person = _person_tokens(served) if len(served) < len(run.tokens) else None
            if person and 2 <= len(person) <= 4:
                yield _person(text, person, "actor_role_person")
                continue
        first = run.tokens[0].text
        if (
            len(run.tokens) >= 3
            and first[:1].isupper()
            and first.lower() in ROLE_WORDS
            and first.lower() not in _ROLES_NOT_OPENING
            and is_sentence_start(text, run.start)
        ):
            # "Analyst Ruth Obi of the Sahel Institute said", "Herder Ali Dogo fled": a role
            # opening the sentence, capitalised there, then the name
            person = _person_tokens(_until_possessive(_strip_titles(run.tokens[1:])[0]))
            if person and 2 <= len(person) <= 4 and text[run.start : run.end] not in listed:
                yield _person(text, person, "actor_role_person")
            continue
        # "spokesman Dušan Velkov", "a camp leader, Amina Okafor" (an appositive).
        previous = _word_before_run(text, run.start)
        of_place = text[run.start - 2 : run.start] == ", " and (
            _role_of_place(text, run.start)
            or (
                len(run.tokens) >= 2
                and _role_of_common(text, run.start)
                and _a_holders_name(text, run.tokens, listed)
            )
        )
        if not of_place and (
            previous is None
            or (
                previous not in ROLE_WORDS
                # "the brother-in-law, Vasile Sirbu,": a kinship word like "brother" (MEDIA67)
                and not (previous == "law" and text.endswith(_IN_LAW_ENDINGS, 0, run.start))
                # "superintendent of police Ashok Rao": an office over the police
                and not (
                    previous == "police"
                    and _OF_POLICE_ROLE.search(text, max(0, run.start - 60), run.start)
                )
                # "one of the organisers, Ahmed Saleh": one of a group, named
                and not (
                    text.endswith(("s, ", "s, \n"), 0, run.start)  # (what it ends with)
                    and _ONE_OF.search(text, max(0, run.start - 40), run.start)
                )
            )
        ):
            continue
        if (
            not of_place
            and text[run.start - 2] == ","
            and not _ROLE_OWNER_BEFORE.search(text[max(0, run.start - 60) : run.start])
        ):
            continue
        if (
            previous is not None
            and previous in ("called", "named")
            and (_named_as_a_body(text, run.start) or _named_as_a_place(text, run.start))
        ):
            continue  # "a militia called Kumba Rising", "a village called Koro": no person
        if (
            previous is not None
            and previous in ("called", "named")
            and _LANDFORM_AFTER.match(text, run.end)
        ):
            continue  # "near a spot called Dambi forest": a place's name, its kind after it
        person = _person_tokens(_until_possessive(_strip_titles(run.tokens)[0]))
        if len(person or ()) == 1 and _GROUP_NOUN_AFTER.match(text, run.end):
            continue  # "rival Hema communities": a people's name, not a person
        if of_place and len(person or ()) == 1 and not _one_name_after_named_place(ctx, run):
            continue  # "its leader in the capital, Bamako,": a place in apposition
        if (
            len(person or ()) == 1
            and text[run.start : run.end] in _gazetteer_index(ctx.gazetteer).demonyms
            and _LOWER_WORD_AFTER.match(text, run.end)
        ):
            continue  # "the official Palestinian news agency": a nationality before its noun
        if person and (len(person) >= 2 or not is_sentence_start(text, run.start)):
            found = _person(text, person, "actor_role_person")
            if found.end - found.start == 1:
                continue  # "The envoy, H.E. X": a style's initial, which no name follows
            if listed.get(text[found.start : found.end], ("person",))[0] != "person":
                continue  # "among them a paramedic, Lebanon's health ministry said"
            yield found


# A role of a place named, then one word: "the governor of Quneitra, Sutrisno," (a person
# known by one name), where the place is named already and the word is no listed name.
_ROLE_OF_NAMED_PLACE_BEFORE: Final = re.compile(
    r"\b(?:of|for) (?:the )?[A-Z][\w\u0300-\u036f'\u2019-]*(?: [A-Z][\w\u0300-\u036f'\u2019-]*)"
    r"{0,2}, $"
)
_ONE_NAME_ENDS: Final = re.compile(r"(?:,|\.(?:\s|$)| said\b| told\b)")


def _one_name_after_named_place(ctx: SuggestContext, run: NameRun) -> bool:
    """True for one name word after "<role> of <Place>, " that no list holds and that ends
    its phrase ("the governor of Quneitra, Sutrisno, said"); a listed place or a people is
    no such name ("the capital, Bamako,")."""
    text = ctx.text
    word = text[run.start : run.end]
    index = _gazetteer_index(ctx.gazetteer)
    return (
        _ROLE_OF_NAMED_PLACE_BEFORE.search(text, max(0, run.start - 50), run.start) is not None
        and _ONE_NAME_ENDS.match(text, run.end) is not None
        and word not in index.kinds
        and word not in index.demonyms
        and word not in _NOT_NAMES
        and word[1:].islower()
        and word.lower() not in ABBREVIATIONS  # "the chairman of Kajuru LGA, Hon. X"
        and not is_title(word)
    )


# The lower-case word right before a name (a role: "spokesman X", "a camp leader, X").
_WORD_BEFORE_RUN: Final = re.compile(r"([a-z]+),? $")
_ASCII_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_UPPER: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _word_before_run(text: str, start: int) -> str | None:
    """The word `_WORD_BEFORE_RUN` finds in the 20 characters before `start` (its group),
    or None. Read off without a search, which tries every offset of the window: a space
    ends the window (or a space and a line break, before which `$` also stands), after an
    optional comma and the lower-case letters (within the window) that are the word."""
    at = start - 1
    if at > 0 and text[at] == "\n":
        at -= 1
    if at < 1 or text[at] != " ":
        return None
    at -= 1
    if text[at] == "," and at > 0:
        at -= 1
    begin = max(0, start - 20)
    if at < begin or text[at] not in _ASCII_LOWER:
        return None
    # the letters back from `at`: the longest lower-case run ending there, in the window
    letters = _ASCII_LOWER_RUN.match(text[begin : at + 1][::-1])
    return text[at + 1 - letters.end() : at + 1] if letters is not None else None


_ASCII_LOWER_RUN: Final = re.compile(r"[a-z]+")
_LED_BY_WORDS: Final = (
    "government",
    "administration",
    "regime",
    "cabinet",
    "followers",
    "supporters",
    "loyalists",
    "loyal",
)


def _led_by_before(text: str, start: int) -> bool:
    """`_LED_BY_BEFORE` searched in the 30 characters before `start`, only when one of its
    words stands there (its search is slow at every "of" of a long article)."""
    begin = max(0, start - 30)
    window = text[begin:start]
    # (searched in `text`, not the window: its `\b` sees the character before)
    return any(word in window for word in _LED_BY_WORDS) and bool(
        _LED_BY_BEFORE.search(text, begin, start)
    )


def _role_of_place(text: str, start: int) -> bool:
    """`_ROLE_OF_PLACE` searched in the 60 characters before `start`, only when a role word
    stands there between spaces, as it does in every match."""
    begin = max(0, start - 60)
    return not ROLE_WORDS.isdisjoint(text[begin:start].split(" ")) and bool(
        _ROLE_OF_PLACE.search(text, begin, start)
    )


def _role_of_common(text: str, start: int) -> bool:
    """`_ROLE_OF_COMMON` searched in the 90 characters before `start`, only when a role
    word stands there between spaces (in any case: "Special Rapporteur")."""
    begin = max(0, start - 90)
    return not ROLE_WORDS.isdisjoint(text[begin:start].lower().split(" ")) and bool(
        _ROLE_OF_COMMON.search(text, begin, start)
    )


def _a_holders_name(
    text: str, tokens: Sequence[Token], listed: Mapping[str, tuple[str, ...]]
) -> bool:
    """Whether the run set off after `_ROLE_OF_COMMON`'s phrase reads as its holder's name,
    not as the name of the phrase's last noun ("The governor of the state, North Darfur,",
    "The captain of the vessel, Marlin Luanda,", "A doctor at the hospital, Al Shifa,"):
    after a noun of an area, a building, a craft or a body, only a name a place or a thing
    cannot have (a listed given name first, three words or more, a hyphened surname); never
    one holding a place's word ("North", "Upper", "Saint", "Al") or a listed state's or
    body's name ("Syria Civil")."""
    first = tokens[0].text
    if first in GIVEN_NAMES:
        return True
    if any(listed.get(token.text, ("person",))[0] != "person" for token in tokens):
        return False
    comma = text.rfind(",", 0, tokens[0].start)
    noun = text[max(0, comma - 30) : comma].rsplit(" ", 1)[-1]
    if noun not in _NOT_A_HOLDERS_NOUN:
        return True  # ("The commander of the unit, Bakhtiar Khan,": "Khan" is a name's too)
    if any(token.text in _PLACE_NAME_WORDS for token in tokens):
        return False
    return len(tokens) >= 3 or any("-" in token.text for token in tokens)


# The nouns of `_ROLE_OF_COMMON`'s phrase a name set off after it names as often as it names
# the role's holder: areas, buildings, craft, bodies and campaigns.
_NOT_A_HOLDERS_NOUN: Final = words(
    "state region province district county north south east west centre center capital "
    "city town village camp area zone border hospital clinic school university college "
    "mosque church monastery temple prison jail vessel ship tanker boat ferry aircraft "
    "plane jet helicopter drone submarine opposition party coalition movement alliance "
    "operation campaign offensive mission plan programme program network channel station "
    "frigate destroyer warship freighter cargo carrier trawler yacht convoy train bus "
    "market factory plant mine pagoda shrine stadium hotel bridge dam port airport base"
)
# Compass, area and size words that open many bodies' names ("East Nile Emergency
# Response Room") and are ordinary words too ("east Khartoum"): their lower case says
# nothing of the name (`listed_bodies_opened`).
_AREA_OPENERS: Final = words(
    "North South East West Central Upper Lower Greater Northern Southern Eastern Western New Old"
)
# Words that open or hold a place's name, never a person's ("North Darfur", "Upper Nile",
# "Saint Joseph", "Al Shifa", "Jebel Marra"): the compass and size words above, and more.
_PLACE_NAME_WORDS: Final = _AREA_OPENERS | words(
    "Blue White Saint St Al El Jebel Wadi Khan Kafr Port Lake Mount"
)


# "The regional police commander for the north, X Y,", "A coordinator of the room, X Y,",
# "The UN Special Rapporteur on Myanmar, X Y,": a role of a body, an area or a matter, then
# its holder's name of two words or more (one word there is `_ROLE_OF_PLACE`'s, a place's
# apposition far more often), whatever verb follows.
_ROLE_OF_COMMON: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?) (?:[\w.-]+ ){0,3}(?:"
    + "|".join(sorted({w for r in ROLE_WORDS for w in (r, r[:1].upper() + r[1:])}))
    + r") (?:of|for|in|at|on|with) (?:the |its |their |a |an )?"
    r"(?:[\w.'\u2019-]+ ){0,2}[\w.'\u2019-]+, $"
)


# ... after an article or a possessive: "a camp leader, X", or a name's possessive: "Yazan's
# mother, Salma Odeh," ("UNICEF's regional director, Lise Berg": an acronym's possessive too).
_ROLE_OWNER_BEFORE: Final = re.compile(
    r"(?:\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w.]+['\u2019]s)"
    # (an abbreviation among the words: "the U.S. envoy, Amos Hochstein")
    # (a hyphened role too: "Equatorial Guinea's vice-president, X", "its co-founder, X")
    r"\s+(?:[\w.'\u2019-]+\s+){0,5}[a-z]+(?:-[a-z]+)*,\s$"
)
# Role words that open a sentence in other senses ("Head Office", "Called to the scene").
_ROLES_NOT_OPENING: Final = words("called named head rival ally partner general deputy chief")
_LED_BY_BEFORE: Final = re.compile(
    r"\b(?:government|administration|regime|cabinet|followers|supporters|loyalists)\s+of\s+$"
    r"|\bloyal\s+to\s+$"
)
# A people's or a clan's name before the people: "rival Hema communities".
_GROUP_NOUN_AFTER: Final = re.compile(
    r" (?:(?:armed|rival|ethnic|Muslim|Christian|Buddhist"
    # ... a movement's kind before its groups: "backing Baloch separatist groups"
    r"|separatist|nationalist|insurgent|rebel|militant|tribal) )?"
    r"(?:communities|community|people|peoples|tribes?|clans?|militias?|families|villages"
    r"|herders|farmers|fighters|youths|elders|groups?|refugees|minority|militants"
    r"|insurgents|separatists|nationalists|rebels|tribesmen|clansmen)\b"
)
# "the mayor of Tessaoua, Idi Garba": a role of a place, then its holder.
# ... and "Its spokesman in Goma, Pascal Mweze", "His cousin at the border post,
# Olena Hrytsenko": a possessive's role with any short phrase after it.
# ("Our correspondent in Gedo, X,": a radio's or a paper's own reporter, where he is)
_ROLE_OF_PLACE: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ur|['\u2019]s?) (?:[a-z-]+ )?(?:"
    + "|".join(sorted(ROLE_WORDS))
    + r") (?:of|for|in|to) (?:the )?"
    r"(?:[A-Z][\w\u0300-\u036f'\u2019-]*(?: [A-Z][\w\u0300-\u036f'\u2019-]*){0,2}"
    # "the governor of Borno state, Umar Kachalla"
    r"(?: (?:state|province|region|district|county|city|town|camp|prison))?"
    # ... or a place named by its kind alone: "the mayor of the commune, X,"
    r"|(?:commune|district|town|village|municipality|county|province|region|city|camp"
    r"|department|locality|prefecture|governorate)), $"
    r"|\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) (?:[a-z-]+ )?(?:"
    + "|".join(sorted(ROLE_WORDS))
    + r") (?:of|for|in|to|at|on|from|with) (?:[\w\u0300-\u036f'\u2019-]+ ){0,4}?"
    r"[\w\u0300-\u036f'\u2019-]+, $"
)
_ONE_OF: Final = re.compile(r"\b[Oo]ne of (?:the|its|their|his|her) (?:[a-z-]+ ){0,2}[a-z]+s, $")
# People named by a noun besides the roles of ROLE_WORDS: a foreigner, a victim, a captive.
_BEFALLEN_PEOPLE: Final = words(
    "national citizen victim man woman hostage captive suspect soldier officer policeman "
    "policewoman civilian passenger"
)


def _until_possessive(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens up to a person's possessive: "commander Khalifa Haftar's Libyan National
    Army" -> "Khalifa Haftar's" (`_name_end` then leaves the "'s" out)."""
    for i, token in enumerate(tokens[:-1]):
        if _POSSESSIVE_END.search(token.text) and token.text[:-2] not in _COMMON_OWNERS:
            return tokens[: i + 1]
    return tokens


# The verb right after a name ("X said", "X, said"), or after an aside between commas
# ("X, a councillor in Korvel, said"). Both are tried: the aside may not swallow the verb.
# (an auxiliary or adverb may come first: "X had called", "X later told")
_VERB_NEXT: Final = re.compile(
    r",?\s+(?:(?:has|had|have|also|later|then|again|previously|once|repeatedly)\s+)?([a-z]+)"
)
_VERB_AFTER_ASIDE: Final = re.compile(r"\s*,[^,.;\n]{1,60},\s+([a-z]+)")
# "X was quoted by state media as saying", "X has been cited as saying".
_QUOTED_NEXT: Final = re.compile(r",?\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:quoted|cited)\b")


def speech_follows(text: str, end: int) -> bool:
    window = text[end : end + 90]
    if _QUOTED_NEXT.match(window):
        return True
    for pattern in (_VERB_NEXT, _VERB_AFTER_ASIDE):
        after = pattern.match(window)
        if after is not None and after.group(1) in SPEECH_VERBS:
            return True
    return False


@rule(
    "actor_person_in_attribution",
    "ACTOR",
    "A two- to four-word name where news prose puts a person: 'X, 34,', 'X, a spokesman', "
    "'said X', 'according to X', 'X told'.",
)
def actor_person_in_attribution(ctx: SuggestContext) -> Iterator[Suggestion]:
    return iter(_memoised(ctx, "actor_person_in_attribution", _only_people(_person_in_attribution)))


# A wire's credit line on a line of its own: "Reporting by X in Y; Editing by Z",
# "(Additional reporting by X)", "Associated Press writer X in Y contributed to this report."
_CREDIT_LINE: Final = re.compile(
    r"^[ \t(]*(?:(?:[Aa]dditional\s+)?(?:[Rr]eporting|Writing|Editing|Compiled|Translation"
    r"|Research|Produced|Graphics|Edited|Translated|Adapted)(?:\s+and\s+[a-z]+)?\s+by\s[^\n]{0,400}"
    # ... an editor's or translator's credit after a colon, closing a page: "Edition: X"
    r"|(?:Edition|Editing|Translation):[ \t]*[A-Z][^\n]{0,80}"
    r"|[^\n]{0,200}\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)"
    r"|reporting)[^\n]{0,60}"
    # ... or "contributed." alone closing a staff member's line, as the AP writes it
    # ("Associated Press writer X in Y, Z, contributed.")
    r"|[^\n]{0,80}\b(?:writers?|correspondents?|reporters?|journalists?|staff)\s[^\n]{0,160}"
    r"\bcontributed\.?[ \t]*)$",
    re.MULTILINE,
)


def credit_lines(text: str) -> list[tuple[int, int]]:
    """The extents of a wire's credit lines, whose names are the wire's staff, not actors
    (the guideline leaves them untagged, like page furniture)."""
    if (
        "by " not in text
        and "contributed" not in text
        and "ion:" not in text  # "Edition: X", "Translation: X"
        and "Editing:" not in text
    ):
        return []
    found = []
    # What `_CREDIT_LINE.finditer` finds, tried only at the starts of the lines that can
    # open a credit (a credit's word first, or "contributed" on the line): a search at
    # every line start of a long article cost more than all the work after the rules.
    reached = line_start = 0
    for line in text.split("\n"):
        start = line_start
        line_start += len(line) + 1
        if start < reached or not (
            "contributed" in line or line.lstrip(" \t(").startswith(_CREDIT_OPENINGS)
        ):
            continue
        credit = _CREDIT_LINE.match(text, start)
        if credit is None:
            continue
        reached = credit.end()
        # names, places and the credit's own words only: no prose ("Reporting by the BBC
        # suggests ...")
        if _CREDIT_WORDS.issuperset(re.findall(r"\b[a-z]+\b", credit.group())):
            found.append((credit.start(), credit.end()))
    return found


# A photo's credit in brackets after its caption: "(Carlos Nhantumbo/Al Jazeera)", "(Photo:
# X/AFP)", "(AP Photo/X)", "(Photo by X / AFP)": a photographer and an agency, two to four
# parts between slashes, spaced or not.
_PHOTO_CREDIT: Final = re.compile(
    r"\((?:(?:Photo|Picture|Image)s?(?: credit)?: ?)?[A-Z][^()/\n]{1,40}"
    r"(?: ?/ ?[A-Z][^()/\n]{1,40}){1,3}\)"
)


# ... or closing a caption's line unbracketed: "... after a strike on her village. Photo:
# Naw Eh Wah / Frontier" (found from the rare label, then matched there).
_CAPTION_CREDIT: Final = re.compile(
    r"(?:Photo|Picture|Image|Photograph)s?(?: credit)?: ?[A-Z][^\n/.!?]{1,40}"
    r"(?: ?/ ?[A-Z][^\n/.!?]{1,40}){1,3}[ \t]*(?=\n|$)"
)
_CAPTION_CREDIT_LABEL: Final = re.compile(r"(?:Photo|Picture|Image)s?\b")
# ... or with no label, an agency in capitals and its photographer closing the caption's
# line: "... outside the prison on Thursday. EFE/Marcos Pin", "REUTERS/X/File Photo".
_AGENCY_CAPTION_CREDIT: Final = re.compile(
    r"(?<=[.!?] )[A-Z]{2,}(?:/[A-Z][^\n/.!?]{1,40}){1,3}[ \t]*(?=\n|$)"
)
_SLASH_THEN_CAPITAL: Final = re.compile(r"/(?=[A-Z])")


def _agency_caption_starts(text: str) -> Iterator[int]:
    """Offsets where _AGENCY_CAPTION_CREDIT may match: the start of the capitals before a
    slash and a capital (a search for the slash, not the look-behind tried at every
    offset: 0.02 s at 1 MB)."""
    for hit in _SLASH_THEN_CAPITAL.finditer(text):
        start = hit.start()
        while start > 0 and "A" <= text[start - 1] <= "Z":
            start -= 1
        yield start


# The last word of a publication's title, never of an outlet's or a body's name: a
# newsletter, a bulletin, a briefing ("Sahel Weekly Bulletin", "the Africa Briefing", "Flash
# Update No. 3"), which an outlet or an agency puts out. (Not "Dispatch", "Report", "Review",
# "Monitor" or "Watch", which close outlets' and monitors' names too: "EVN Report".)
_PUBLICATION_TITLE_WORDS: Final = PUBLICATIONS


def names_a_publication(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a publication's title by its last word: a
    newsletter or a bulletin is what an outlet or a body puts out, never an actor."""
    return text[start:end].rsplit(None, 1)[-1] in _PUBLICATION_TITLE_WORDS


# A sentence's end inside a line: its mark, with any closing quotes or brackets, before a
# space or the line's end.
_SENTENCE_END_IN_LINE: Final = re.compile(
    r"[.!?\u2026][\"'\u201c\u201d\u2019\u00bb)\]]*(?=\s|$)", re.MULTILINE
)
# The lower-case words a caption's credit is written with, besides names ("Photo by X /
# AFP", "(Anadolu photo)", "(X via Getty Images)", "Courtesy of X", "X/File photo").
_CREDIT_TAIL_WORDS: Final = words(
    "photo photos picture pictures image images photograph photographs video footage graphic "
    "map illustration screenshot screengrab grab still credit credits courtesy file archive "
    "archives handout pool by via of and for from the"
)


# How far round a name `in_a_credit_tail` reads first (code points): eight words and more.
_CREDIT_WINDOW: Final = 400


def in_a_credit_tail(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) (code points) stands after the last sentence of its
    line, in a tail of at most eight words that holds no sentence and no lower-case word but
    a credit's: a caption's credit ("... on her village. Photo: Naw Eh Wah / Frontier", "...
    on Thursday. (Anadolu photo)", "... she said. [Celso Nhantumbo/Al Jazeera]"), which the
    guideline leaves untagged. A line with no sentence of four words or more before the
    name has no such tail (a byline, a dateline's "Baku. Report", a masthead)."""
    # Read a window round the name, not the whole line: on a long line (a scraped page of
    # one paragraph) every outlet's check read it all, twice. Past the window, what
    # decides is known without reading on (more than eight words before the name, four
    # words in the sentence); only a window of a few long tokens reads the whole line.
    window = max(0, start - _CREDIT_WINDOW)
    line_start = text.rfind("\n", window, start) + 1 or window
    last = None
    for found in _SENTENCE_END_IN_LINE.finditer(text, line_start, start):
        last = found
    if line_start == window and window > 0 and text[window - 1] != "\n":
        # the line starts before the window: a window of many words holds the tail's
        # sentence end, if it has one; else read the line
        if last is None and len(text[window:start].split()) > 9:
            return False  # more than eight words before the name: no tail
        if last is None or len(text[window : last.end()].split()) < 5:
            line_start = text.rfind("\n", 0, start) + 1
            for found in _SENTENCE_END_IN_LINE.finditer(text, line_start, start):
                last = found
    if last is None or len(text[line_start : last.end()].split()) < 4:
        return False  # no sentence, or a dateline's place ("Baku. Report")
    line_end = text.find("\n", end, last.end() + _CREDIT_WINDOW)
    if line_end < 0:
        if len(text[last.end() : last.end() + _CREDIT_WINDOW].split()) > 9:
            return False  # more than eight words after the sentence: no tail
        line_end = text.find("\n", end)
        if line_end < 0:
            line_end = len(text)
    tail = text[last.end() : line_end]
    if len(tail.split()) > 8 or _SENTENCE_END_IN_LINE.search(tail.rstrip(" \t)]")):
        return False
    return all(
        word in _CREDIT_TAIL_WORDS for word in re.findall(r"(?<![\w'\u2019.-])[a-z]+\b", tail)
    )


def story_end(text: str, furniture: Sequence[tuple[int, int]]) -> int | None:
    """The end of the story's last sentence (code points): the end of the last line outside
    `furniture` (page furniture and credit lines) that holds a sentence ("Ruiz said." is
    one); None when no line does. What follows it on lines of no sentence ("(With inputs
    from PTI)", "dpa ch/mb xx a3 kle", "Follow The X's Google News channel for all the
    latest news") is the page's closing furniture."""
    furniture = sorted(furniture)
    end = len(text)
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if (
            len(line.split()) >= 2
            and _SENTENCE_END_IN_LINE.search(line)
            and not any(a < end and line_start < b for a, b in furniture)
        ):
            return end
        end = line_start - 1
    return None


def photo_credits(text: str) -> list[tuple[int, int]]:
    """The extents of photo credits, bracketed after a caption or closing its line, whose
    photographers and agencies the guideline leaves untagged (credits are furniture)."""
    if "/" not in text:
        return []
    # a person's name among the parts (a space, lower-case letters): never "(RFE/RL)"
    found = [
        m.span()
        for m in _PHOTO_CREDIT.finditer(text)
        if " " in m.group() and any(c.islower() for c in m.group())
    ]
    if "Photo" in text or "Picture" in text or "Image" in text:
        for label in _CAPTION_CREDIT_LABEL.finditer(text):
            at = label.start()
            if at and text[at - 1] != "\n" and text[at - 2 : at] not in (". ", "! ", "? "):
                continue  # (a label opens its line or follows the caption's last sentence)
            credit = _CAPTION_CREDIT.match(text, at)
            if credit is not None:
                found.append(credit.span())
    found.extend(
        m.span()
        for m in finditer_from(_AGENCY_CAPTION_CREDIT, text, _agency_caption_starts(text))
        if any(c.islower() for c in m.group())
    )
    found.sort()
    return found


# What a hyphen joins to a body's name to make a modifier of it: "Islamic State-linked",
# "the Lakeside Front-backed militia" (the guideline tags the name inside: "FVF-held").
_COMPOUND_AFTER_NAME: Final = re.compile(
    r"-(?:linked|led|backed|allied|affiliated|aligned|held|controlled|run|occupied|sponsored"
    r"|supported|funded|inspired|style|claimed|dominated|organi[sz]ed)\b"
)


# A nickname in marks inside a person's name, then the rest of the name: 'Halima Omar
# "Mama Redio" Said', 'Adamu "Kachalla Dogo" Bello', 'Ibrahim Alhassane dit "Doubi" Maiga'
# (the name ends there: a comma, a stop, "'s" or a lower-case word; not a title-case line).
_NICKNAME_INSIDE: Final = re.compile(
    r"[^\S\n]+(?:dit[^\S\n]+)?[\"\u201c][A-Z][\w'\u2019.-]*(?:[^\S\n]+[A-Z][\w'\u2019.-]*){0,2}"
    r"[\"\u201d][^\S\n]+"
    # (review66s: the rest of the name ends at a comma or "'s", as all six in the dev gold
    # do, on one line; not "Ahmed Nur \"Peace First\" Party candidate")
    r"(?P<surname>[A-Z][\w-]+(?:['\u2019][A-Z][\w-]+)?)(?=['\u2019]s\b|,)"
)


def nicknamed_people(text: str, found: Sequence[Suggestion]) -> list[Suggestion]:
    """`found` (suggestions of any label, ACTORs not overlapping each other) with each
    person ACTOR followed by a nickname in marks and the rest of the name ('Halima Omar
    "Mama Redio" Said') made one span with it, as the dev gold has such names (6 of 6), and
    the ACTORs inside that span dropped; in text order. Other suggestions are kept."""
    spans: list[tuple[int, int]] = []
    out: list[Suggestion] = []
    for suggestion in found:
        if suggestion.label == "ACTOR" and suggestion.attributes.get("type") == "person":
            nickname = _NICKNAME_INSIDE.match(text, suggestion.end)
            if (
                nickname is not None
                and nickname.group("surname") not in _DAYS_AND_MONTHS
                # (review66s: no body's head word: '"Blood River" Press, 2019')
                and nickname.group("surname") not in ORGANISATION_WORDS
                and nickname.group("surname").lower() not in _BODY_HEADS
            ):
                spans.append((suggestion.end, nickname.end()))
                suggestion = _suggestion(
                    suggestion.start, nickname.end(), "person", suggestion.rule
                )
        out.append(suggestion)
    if not spans:
        return list(found)
    # (review66s: a bisect over the spans, not every span for every suggestion: a page of
    # nicknamed names was quadratic, 400 KB 6-8x the 200 KB)
    spans.sort()
    starts = [start for start, _ in spans]

    def inside(s: Suggestion) -> bool:
        at = bisect_right(starts, s.start) - 1
        return at >= 0 and s.end <= spans[at][1]

    return [s for s in out if s.label != "ACTOR" or not inside(s)]


def compound_mentions(text: str, found: Sequence[Suggestion]) -> list[Suggestion]:
    """`found` (suggestions of any label, ACTORs not overlapping each other) with a hyphen's
    modifier cut off an ACTOR's end ("Lakeside Front-backed" -> "Lakeside Front"), and the
    mentions of ACTOR names of two or more words that a hyphen's modifier joins
    ("Guardians of the River Movement-linked insurgents") where no ACTOR lies; sorted by
    start, longest first. Names of one word are the rules' own."""
    out = list(found)
    names: dict[str, Suggestion] = {}
    for k, suggestion in enumerate(out):
        if suggestion.label != "ACTOR":
            continue
        # (string tests first: most ACTORs hold no hyphen, a third no space)
        if text.find("-", suggestion.start, suggestion.end) >= 0:
            cut = _COMPOUND_AFTER_NAME.search(text, suggestion.start, suggestion.end)
            if cut is not None and cut.end() == suggestion.end and cut.start() > suggestion.start:
                suggestion = _suggestion(
                    suggestion.start, cut.start(), suggestion.attributes["type"], suggestion.rule
                )
                out[k] = suggestion
        if (
            text.find(" ", suggestion.start, suggestion.end) >= 0
            and suggestion.attributes.get("type") != "person"
        ):
            names.setdefault(text[suggestion.start : suggestion.end], suggestion)
    taken: list[tuple[int, int]] | None = None
    added = False
    hyphens = [m.start() for m in _COMPOUND_AFTER_NAME.finditer(text)] if names else []
    plain = _names_before_hyphens(text, names, hyphens)
    for name, named in names.items():
        for at in plain[name] if name in plain else _before_a_modifier(text, name, hyphens):
            end = at + len(name)
            if at == 0 or not text[at - 1].isalnum():
                if taken is None:
                    taken = sorted((s.start, s.end) for s in out if s.label == "ACTOR")
                i = bisect_left(taken, (end, end))
                if i == 0 or taken[i - 1][1] <= at:  # (ACTORs never overlap: the one before)
                    out.append(_suggestion(at, end, named.attributes["type"], named.rule))
                    added = True
    if added:
        out.sort(key=lambda s: (s.start, -s.end))
    return out


def _names_before_hyphens(
    text: str, names: Collection[str], hyphens: Sequence[int]
) -> dict[str, list[int]]:
    """`_before_a_modifier`'s answer for each of `names` whose mentions before a hyphen
    cannot overlap (no start of `name + "-"` is also its end, as for every name without
    a hyphen): the starts, in order, where it stands right before one of `hyphens`. The
    text before each hyphen is looked up once for each length of name, neither compared
    with every name nor the whole text searched for each (both grow with a long article).
    Names left out (overlapping ones: "Al-Al") are `_before_a_modifier`'s to find."""
    wanted = {name for name in names if "-" not in name or not _overlaps_itself(name + "-")}
    found: dict[str, list[int]] = {name: [] for name in wanted}
    sizes = sorted({len(name) for name in wanted})
    for h in hyphens:
        for size in sizes:
            if size > h:
                break
            before = text[h - size : h]
            if before in wanted:
                found[before].append(h - size)
    return found


def _overlaps_itself(word: str) -> bool:
    """True where two mentions of `word` can overlap: a start of it is also its end."""
    return any(word.endswith(word[:k]) for k in range(1, len(word)))


# The parts a body's full name lists after its last "of / for / on" with commas and "and"
# ("Ministry of Foreign Affairs, National Community Abroad and African Affairs", "Centre for
# Studies for the Promotion of Peace, Democracy and Human Rights", "Liberation Army of
# Presevo, Medvedja and Bujanovac"): capitalised parts of up to three words, the list closed
# where the sentence goes on (a stop, a bracket, a possessive, a verb).
_PART: Final = r"[A-Z][\w\u0300-\u036f'\u2019-]*(?: [A-Z][\w\u0300-\u036f'\u2019-]*){0,2}"
_LISTED_PARTS_AFTER: Final = re.compile(
    rf", ((?:{_PART}, )*{_PART},? and {_PART})(?=['\u2019]s\b|[,.;:]| \(| ([a-z]+)\b)"
)
_LISTED_PART: Final = re.compile(_PART)
# The last link of a body's name before the parts it lists.
_NAME_LINK: Final = re.compile(r" (?:of|for|on) (?:the )?")
_VERBS_AFTER_A_NAME: Final = SPEECH_VERBS | words("has have had is was were will would")


def listed_name_parts(
    text: str, found: list[Suggestion], gazetteer: Mapping[str, GazetteerEntry]
) -> list[Suggestion]:
    """`found` (suggestions of any label, ACTORs not overlapping each other) with each body's
    name (`organisation`, `state`, `armed group`: a kind word before its "of / for / on")
    taken on over the parts its last link lists with commas and "and" (`_LISTED_PARTS_AFTER`),
    where no part is a name the gazetteer lists or a body of its own (a kind word last) and
    no other ACTOR but a person's (a pair of the parts read as a name) lies in them: "the
    Ministry of Health, UNICEF and WHO" stays three names. Sorted as `found` is."""
    extended: dict[int, int] = {}  # a suggestion's index -> its new end
    for k, suggestion in enumerate(found):
        if (
            suggestion.label != "ACTOR"
            or suggestion.attributes.get("type") not in ("organisation", "state", "armed group")
            or not text.startswith(", ", suggestion.end)
        ):
            continue
        parts = _LISTED_PARTS_AFTER.match(text, suggestion.end)
        if parts is None:
            continue
        verb = parts.group(2)
        if verb is not None and verb not in _VERBS_AFTER_A_NAME and not verb.endswith("ed"):
            continue  # "the Ministry of Defence, Police and Army commanders": a noun follows
        links = list(_NAME_LINK.finditer(text, suggestion.start, suggestion.end))
        if not links:
            continue
        head = text[suggestion.start : links[-1].start()].split()
        if not (set(head) & (ORGANISATION_WORDS | _STATE)):
            continue  # "the Democratic Republic of Congo, Rwanda and Burundi": no body's name
        listed = _gazetteer_index(gazetteer).kinds
        named = [m.group() for m in _LISTED_PART.finditer(parts.group(1))]
        if any(
            part in listed or part.split()[-1] in ORGANISATION_WORDS or part.isupper()
            for part in named
        ):
            continue
        extended[k] = parts.end(1)
    if not extended:
        return found
    out: list[Suggestion] = []
    spans = [(found[k].end, end) for k, end in extended.items()]
    for k, suggestion in enumerate(found):
        if k in extended:
            out.append(
                _suggestion(
                    suggestion.start, extended[k], suggestion.attributes["type"], suggestion.rule
                )
            )
            continue
        if suggestion.label == "ACTOR" and any(
            suggestion.start < end and start < suggestion.end for start, end in spans
        ):
            if suggestion.attributes.get("type") == "person":
                continue  # "Community Abroad said": a pair of the parts read as a person
            return found  # another body or state among the parts: a list of names
        out.append(suggestion)
    return out


# A faction's qualifier in brackets after a group's or a party's acronym, a space between:
# "the UPDF (Prasit)", "the UPDF (Democratic)" (as "ULFA(I)" and "CPN (Maoist Centre)" are one
# name with theirs): one to three capitalised words, none in capitals only ("ISIL (ISIS)" is
# another acronym).
_QUALIFIER_AFTER: Final = re.compile(
    r" \(((?![A-Z\d-]+\))[A-Z][\w\u0300-\u036f'\u2019-]*"
    r"(?: [A-Z][\w\u0300-\u036f'\u2019-]*){0,2})\)"
)


def qualified_acronyms(
    text: str, found: list[Suggestion], gazetteer: Mapping[str, GazetteerEntry]
) -> list[Suggestion]:
    """`found` (suggestions of any label, ACTORs not overlapping each other) with an armed
    group's or an organisation's acronym taken on over its faction's qualifier in brackets
    (`_QUALIFIER_AFTER`), unless the brackets spell the acronym out ("MMI (Mimi Mefo Info)":
    their initials are its letters), name a body (a kind word), a listed name or a people ("the ADF
    (Uganda)", "the SDF (Kurdish)": where or whom it is from), or another ACTOR lies in
    them."""
    index = _gazetteer_index(gazetteer)
    listed = index.kinds

    def qualified_end(suggestion: Suggestion) -> int | None:
        acronym = text[suggestion.start : suggestion.end]
        if len(acronym) < 2 or not acronym.isupper():
            return None
        qualifier = _QUALIFIER_AFTER.match(text, suggestion.end)
        if qualifier is None:
            return None
        parts = qualifier.group(1).split()
        if (
            "".join(p[0] for p in parts) == acronym
            or (len(parts) > 1 and sorted(p[0] for p in parts) == sorted(acronym))
            or set(parts) & ORGANISATION_WORDS
            or qualifier.group(1) in listed
            or any(p in listed or _is_nationality(p, index) for p in parts)
        ):
            return None
        return qualifier.end()

    return _taken_on(text, found, ("armed group", "organisation"), " (", qualified_end)


def _taken_on(
    text: str,
    found: list[Suggestion],
    kinds: tuple[str, ...],
    after: str,
    new_end: Callable[[Suggestion], int | None],
) -> list[Suggestion]:
    """`found` with each ACTOR of one of `kinds` that `after` follows taken on to
    `new_end(it)`, where that gives an end and no other ACTOR starts before it."""
    starts = {s.start for s in found if s.label == "ACTOR"}
    out = list(found)
    for k, suggestion in enumerate(found):
        if (
            suggestion.label != "ACTOR"
            or suggestion.attributes.get("type") not in kinds
            or not text.startswith(after, suggestion.end)
        ):
            continue
        end = new_end(suggestion)
        if end is None or any(suggestion.end < at < end for at in starts):
            continue
        out[k] = _suggestion(suggestion.start, end, suggestion.attributes["type"], suggestion.rule)
    return out


# " of Georgia", " of the Philippines": up to four capitalised words after a body's name, to
# be looked up as a listed state.
_OF_A_STATE_NAME: Final = re.compile(
    r" of ((?:the )?[A-Z][\w\u0300-\u036f-]*"
    r"(?: (?:and |of )?[A-Z][\w\u0300-\u036f-]*){0,3})"
)


def bodies_of_states(
    text: str, found: list[Suggestion], gazetteer: Mapping[str, GazetteerEntry]
) -> list[Suggestion]:
    """`found` (suggestions of any label, ACTORs not overlapping each other) with a body's
    name of two or more words (`state`, `organisation`) taken on over " of <state>" when
    the words after "of" are a state the gazetteer lists that no ACTOR suggestion covers
    (the rules read it as a place): "the Public Defender of Georgia", "the Red Cross of
    Chad" are one name, as "<Body> of <State>" with capitals is (guideline, session 30
    point 6)."""
    listed = _gazetteer_index(gazetteer).kinds

    def state_end(suggestion: Suggestion) -> int | None:
        name = text[suggestion.start : suggestion.end]
        if " " not in name or not name[:1].isupper():
            return None
        whose = _OF_A_STATE_NAME.match(text, suggestion.end)
        if whose is None:
            return None
        words_ = whose.group(1).split(" ")
        # the longest run of its words from the first that is a listed state
        for n in range(len(words_), 0, -1):
            candidate = " ".join(words_[:n])
            bare = candidate.removeprefix("the ")
            if listed.get(candidate) == ("state", "") or listed.get(bare) == ("state", ""):
                end = whose.start(1) + len(candidate)
                # ("of Chad-based": the state names the place of a modifier)
                if end < len(text) and (text[end].isalnum() or text[end] == "-"):
                    return None
                return end
        return None

    return _taken_on(text, found, ("state", "organisation"), " of ", state_end)


# The body a unit's name ends with after " of the ": a ministry or a university, whose
# centres, observatories and offices are named with it ("the Emergency Operations Center of the
# Ministry of Public Health", "the Violence Observatory of the National Autonomous University
# of Honduras"). Its first capitalised words up to the kind word.
_PARENT_BODY: Final = re.compile(
    r"(?:[A-Z][\w\u0300-\u036f'\u2019-]* ){0,3}(?:Ministry|University)\b"
)
# A bracketed acronym right after a name: "(EMC)".
_ACRONYM_NEXT: Final = re.compile(r" \(([A-Z]{2,6})\)")


def units_of_bodies(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """`found` with a body's name "<unit> of the <body>" cut in two mentions, the unit and
    the body it belongs to, where the unit's part holds a kind word of its own and the body
    is a ministry or a university ("the Emergency Medicine Centre of the Ministry of
    Health" -> `Emergency Medicine Centre`, `Ministry of Health`), or is what the acronym in
    brackets after it abbreviates ("the Carlos Patino Front of the Estado Mayor Central
    (EMC)" -> `Carlos Patino Front`, `Estado Mayor Central`): dev gold writes a unit and its
    parent as two spans (219, 724, 730, 793), while "the Border Service of the State Committee
    for National Security" or "the General Staff of the Armed Forces" stay one name."""
    out: list[Suggestion] = []
    for suggestion in found:
        cut = None
        if suggestion.label == "ACTOR" and suggestion.attributes.get("type") != "person":
            cut = _unit_cut(text, suggestion.start, suggestion.end)
        if cut is None:
            out.append(suggestion)
            continue
        kind = str(suggestion.attributes.get("type"))
        out.append(_suggestion(suggestion.start, cut[0], kind, suggestion.rule))
        out.append(_suggestion(cut[1], suggestion.end, kind, suggestion.rule))
    return out


def _unit_cut(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(end of the unit, start of the body) of a "<unit> of the <body>" name, else None."""
    at = text.find(" of the ", start, end)
    while at >= 0:
        body = at + len(" of the ")
        unit_words = text[start:at].split()
        # (one word before " of the " is a body's name, not a unit's: "the Office of the
        # United Nations High Commissioner for Refugees (UNHCR)")
        if (
            len(unit_words) > 1
            and not ORGANISATION_WORDS.isdisjoint(unit_words)
            and text[body : body + 1].isupper()
        ):
            if _PARENT_BODY.match(text, body, end) is not None:
                return at, body
            acronym = _ACRONYM_NEXT.match(text, end)
            if acronym is not None:
                initials = "".join(w[0] for w in text[body:end].split() if w[:1].isupper())
                if initials == acronym.group(1):
                    return at, body
        at = text.find(" of the ", at + 1, end)
    return None


# One or two capitalised words of letters between "the" and a listed body's name: the
# place or people the body's own name opens with ("the Kurdistan Region Presidency", "the
# Karari Emergency Response Room", "the Soran Asayish", "the Ukrainian General Staff").
_NAME_OPENING_BEFORE: Final = re.compile(
    r"\b[Tt]he ((?:[A-Z][a-z\u00e0-\u00ff\u0300-\u036f]+ ){1,2})$"
)
# The rules that find a name by a list, which knows the name's core and not the words a
# text puts before it.
_LISTED_RULES: Final = frozenset({"actor_gazetteer", "actor_known_elsewhere"})


def listed_bodies_opened(
    text: str, found: list[Suggestion], gazetteer: Mapping[str, GazetteerEntry]
) -> list[Suggestion]:
    """`found` with a listed body's name (not a person's, not a state's) taken back over the
    one or two capitalised words between "the" and it, which open its name: "the Karari
    Emergency Response Room said" -> `Karari Emergency Response Room` (was `Emergency
    Response Room`), as dev gold writes "Karari Emergency Response Room" and "Soran
    Asayish". A listed state's name there is a mention of its own ("the U.S. State
    Department": guideline, a state's name before its agents), and so are a title ("the
    President's Office") and a person's name ("the Trump White House" -> `White House`:
    a given name, or a word of a person the text names); a listed nationality stays out
    ("the Kenyan Catholic Church" -> `Catholic Church`), and so do a word the text writes
    in lower case and the words of a title-case headline, where capitals say nothing
    ("Inside the Secret Wagner Group Camps" -> `Wagner Group`)."""
    index = _gazetteer_index(gazetteer)
    listed = index.kinds
    starts: dict[int, int] = {}
    people_words: set[str] | None = None
    people_openings: set[str] = set()

    def a_state(name: str) -> bool:
        return listed.get(name, ("", ""))[0] == "state"

    def a_person_s(word: str, of_a_state: bool) -> bool:
        """True when a person suggestion of the text opens with `word` or is `word`; before
        a state's agent ("the Kalvik White House") also when one holds it anywhere (a
        leader's surname), while a surname that is also a district stays in an
        organisation's name ("Ahmed Salih Karari" beside the "Karari Emergency Response
        Room"). Built once, on need."""
        nonlocal people_words, people_openings
        if people_words is None:
            spans = [
                text[s.start : s.end].split()
                for s in found
                if s.label == "ACTOR" and s.attributes.get("type") == "person"
            ]
            people_words = {w for span in spans for w in span}
            people_openings = {span[0] for span in spans if span}
            people_openings.update(" ".join(span) for span in spans)
        return word in (people_words if of_a_state else people_openings)

    for suggestion in found:
        name = text[suggestion.start : suggestion.end]
        if (
            suggestion.label != "ACTOR"
            or suggestion.rule not in _LISTED_RULES
            or suggestion.attributes.get("type") in ("person", None)
            or (a_state(name) and " " not in name)
        ):
            continue
        opening = _NAME_OPENING_BEFORE.search(text, max(0, suggestion.start - 40), suggestion.start)
        if opening is None:
            continue
        words_ = opening.group(1).split()
        if any(
            is_title(w) or w in _NOT_NAMES or w in index.demonyms or a_state(w) for w in words_
        ) or a_state(" ".join(words_)):
            continue
        of_a_state = suggestion.attributes.get("type") == "state"
        if (
            any(
                w in GIVEN_NAMES
                or (w not in _AREA_OPENERS and _written_in_lower_case(text, w))
                or a_person_s(w, of_a_state)
                for w in words_
            )
            or a_person_s(" ".join(words_), of_a_state)
            or _title_case_line(text, opening.start(1))
        ):
            continue  # a person's name, a common word, a headline's capitals
        starts[suggestion.start] = opening.start(1)
    if not starts:
        return found
    # The extents taken, [new, old), sorted by their new start, with the furthest old end
    # among those that open at or before each: a covered suggestion is found by one bisect
    # (O(S log T), not suggestions x names).
    taken = sorted((new, old) for old, new in starts.items())
    news = [new for new, _ in taken]
    furthest = list(accumulate((old for _, old in taken), max))
    out: list[Suggestion] = []
    for suggestion in found:
        at = bisect_right(news, suggestion.start) - 1
        if suggestion.label == "ACTOR" and at >= 0 and suggestion.end <= furthest[at]:
            continue  # the opening words' own mention ("Kurdistan Region"): now in the name
        if suggestion.label == "ACTOR" and suggestion.start in starts:
            suggestion = replace(suggestion, start=starts[suggestion.start])
        out.append(suggestion)
    return out


# " to <Name>" after a body's name, closed where the sentence goes on (a stop, a bracket, a
# possessive, a verb): "the State Commission for Attention to Victims", "the United Nations
# Mission to Support the Hudaydah Agreement (UNMHA)", "the Permanent Mission of Egypt to the
# United Nations said".
_TO_PART_AFTER: Final = re.compile(
    r" to ((?:the )?[A-Z][\w\u0300-\u036f'\u2019-]*"
    r"(?: (?:of |the |and |for )*[A-Z][\w\u0300-\u036f'\u2019-]*){0,4})"
    r"(?=['\u2019]s\b|[,.;:]| \(| ([a-z]+)\b)"
)
# The heads of a body accredited to another: "Permanent Mission ... to the United Nations".
_ACCREDITED_HEADS: Final = words("Mission Delegation Representation")


def bodies_named_to(
    text: str, found: list[Suggestion], gazetteer: Mapping[str, GazetteerEntry]
) -> list[Suggestion]:
    """`found` (suggestions of any label, ACTORs not overlapping each other) with a body's
    name (a kind word in it) taken on over the " to <Name>" that ends its official name
    (`_TO_PART_AFTER`): "the State Commission for Attention to Victims", "the United
    Nations Mission to Support the Hudaydah Agreement". A place after "to" ("Serbia to
    Brussels", "the Ministry of Health to Kenya") is where something goes, and a body after
    it is another actor, except after a mission or a delegation, which is named by the body
    it is accredited to ("the Permanent Mission of Egypt to the United Nations"; README,
    WIRE21 judgement calls): then that body's own suggestion is in the name."""
    by_start = {s.start: s for s in found if s.label == "ACTOR"}
    starts = sorted(by_start)
    listed = _gazetteer_index(gazetteer).kinds
    joined: dict[int, int] = {}  # a name's start -> its new end
    inside: set[int] = set()  # the starts of the suggestions now inside a name
    for suggestion in found:
        if (
            suggestion.label != "ACTOR"
            or suggestion.attributes.get("type") not in ("organisation", "state")
            or not text.startswith(" to ", suggestion.end)
        ):
            continue
        words_ = text[suggestion.start : suggestion.end].split()
        if not set(words_) & (ORGANISATION_WORDS | _STATE) or len(words_) < 2:
            continue
        part = _TO_PART_AFTER.match(text, suggestion.end)
        if part is None:
            continue
        verb = part.group(2)
        if verb is not None and verb not in _VERBS_AFTER_A_NAME and not verb.endswith("ed"):
            continue
        named = part.group(1)
        bare = named.removeprefix("the ")
        kind = (listed.get(named) or listed.get(bare) or ("", ""))[0]
        if kind == "state":
            continue  # "to Kenya": a place
        head = words_[: words_.index("of")] if "of" in words_ else words_
        accredited = not _ACCREDITED_HEADS.isdisjoint(head)
        body = kind != "" or bool(set(named.split()) & (ORGANISATION_WORDS | _STATE))
        if body and not accredited:
            continue  # "from the Interior Ministry to the Defence Ministry": two bodies
        within = starts[bisect_left(starts, part.start(1)) : bisect_left(starts, part.end(1))]
        if any(by_start[at].end > part.end(1) for at in within):
            continue
        if within and not (body and accredited):
            continue
        joined[suggestion.start] = part.end(1)
        inside.update(within)
    if not joined:
        return found
    return [
        _suggestion(s.start, joined[s.start], s.attributes["type"], s.rule)
        if s.label == "ACTOR" and s.start in joined
        else s
        for s in found
        if not (s.label == "ACTOR" and s.start in inside)
    ]


def _before_a_modifier(text: str, name: str, hyphens: Sequence[int]) -> Iterator[int]:
    """The starts of `name` right before a hyphen's modifier, in order, as a search for
    `name + "-"` from the end of each mention found finds them; `hyphens` are where
    `_COMPOUND_AFTER_NAME` matches (found once: a search of the whole text for each name
    made a long article's cost grow with its square)."""
    size = len(name)
    if "-" not in name:  # (then no two mentions overlap)
        yield from (h - size for h in hyphens if h >= size and text.startswith(name, h - size))
        return
    at = text.find(name + "-")
    while at >= 0:
        if _COMPOUND_AFTER_NAME.match(text, at + size):
            yield at
        at = text.find(name + "-", at + size)


# The site's name heading a page above its headline, alone on its line or before a bar
# ("Lakeside Herald", "The Lakeside Herald\nRegional", "Lakeside Herald | News | Politics"):
# up to five words ("KUN.UZ" too) with no closing punctuation, not a byline's "By ...".
_MASTHEAD_ITEM: Final = re.compile(r"(?!By\b)[^\W\d_][^\n|!?:;,\"\u201d]{0,39}(?<=[\w)])")


def masthead_extent(text: str, furniture: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The extent of the page's masthead: the first line outside the page furniture at the
    top, or its first item before a " | ", when it is a short name and the page goes on
    below it (the headline). The guideline tags no masthead, while a byline or credit under
    the headline names the outlet and is tagged; an actor suggested as the whole masthead
    (its "The" aside) is therefore dropped. None when the page opens otherwise."""
    at = 0
    for start, end in sorted(furniture):
        if start > at and text[at:start].strip():
            break
        at = max(at, end)
    while at < len(text) and text[at].isspace():
        at += 1
    line_end = text.find("\n", at)
    if line_end < 0 or not text[line_end:].strip():
        return None  # (the page holds no headline below it)
    found = _MASTHEAD_ITEM.match(text, at, line_end)
    if found is None or len(found.group().split()) > 5:
        return None
    rest = text[found.end() : line_end]
    if rest.strip() and not rest.lstrip().startswith("|"):
        return None
    return found.span()


# A body named in its own language, then its English gloss in brackets, with or without
# its acronym: "the Policía Nacional (National Police)", "the Armée nationale tchadienne
# (ANT, Chadian National Army)", "The Obusinga bwa Rwenzururu (Rwenzururu Kingdom)". The
# guideline tags the name as the text gives it and its acronym, never the translation.
_GLOSS: Final = re.compile(
    r" \((?:(?P<acronym>[A-Z][A-Za-z]{0,6}[A-Z][A-Za-z]{0,6}), )?"
    r"(?P<gloss>[A-Z][\w\u0300-\u036f'\u2019-]*(?: (?:[A-Z][\w\u0300-\u036f'\u2019-]*|of|the"
    r"|for|and|on|in)){1,7})\)"
)
# Where the name before it may start: after "the", an owner's "'s", a sentence's opening.
_GLOSSED_NAME_START: Final = re.compile(r"(?:\b[Tt]he |['\u2019]s |\n|[.:;,] )(?=[A-Z])")
# ... and an English word before a capital inside it ends what describes the name: "Sunni
# militant group Jaish al-Adl (Army of Justice)".
_DESCRIBED_BEFORE_NAME: Final = re.compile(r"\b[a-z]+ (?=[A-Z])")
# Words of a gloss that make it a body's name ("Council", "Police", "Kingdom").
_GLOSS_BODY_WORDS: Final = words("Kingdom Government Gendarmerie Cell Police Army")


@lru_cache(maxsize=4)
def glossed_names(text: str) -> tuple[tuple[int, int, int, int, int, int], ...]:
    """(name start, end, acronym start, end (-1 without one), gloss start, end) of each
    body named in its own language before its bracketed English gloss."""
    if " (" not in text:
        return ()
    found = []
    for gloss in _GLOSS.finditer(text):
        glossed = gloss.group("gloss").split()
        if ORGANISATION_WORDS.isdisjoint(glossed) and _GLOSS_BODY_WORDS.isdisjoint(glossed):
            continue
        end = gloss.start()
        start = max(0, end - 90)
        for boundary in _GLOSSED_NAME_START.finditer(text, start, end):
            start = boundary.end()  # (the last boundary before the bracket)
        for described in _DESCRIBED_BEFORE_NAME.finditer(text, start, end):
            if described.group().strip() not in _FOREIGN_NAME_WORDS:
                start = described.end()
        if (start == max(0, end - 90) and start > 0) or _NOT_IN_A_GLOSSED_NAME.search(
            text, start, end
        ):
            continue
        named = text[start:end].split()
        if (
            not 1 <= len(named) <= 9
            or named[0] in _NOT_NAMES
            or is_title(named[0])
            # a person, then the body he serves in brackets: "Ousmane Traoré (Malian Army)"
            or (
                _FOREIGN_NAME_WORDS.isdisjoint(named)
                and ORGANISATION_WORDS.isdisjoint(named)
                and _GLOSS_BODY_WORDS.isdisjoint(named)
            )
            or " ".join(named) == gloss.group("gloss")
            or sum(w[:1].isupper() for w in named) < 1
            # the English name itself, then another language's in brackets: no gloss
            or (
                all(w[:1].isupper() or w in ("of", "the", "for", "and") for w in named)
                and not any(ord(c) > 127 for c in text[start:end])
                and not _FOREIGN_NAME_WORDS.intersection(named)
            )
        ):
            continue
        acronym = gloss.span("acronym") if gloss.group("acronym") else (-1, -1)
        found.append((start, end, *acronym, *gloss.span("gloss")))
    return tuple(found)


# Words that mark a name as another language's, however it is capitalised ("Policía
# Nacional", "Cabildo Mayor", "Gobierno Territorial", "Obusinga bwa Rwenzururu").
_FOREIGN_NAME_WORDS: Final = words(
    "de del des du la le los las el y et bwa wa ya da do dos das di della degli der den von "
    "van nationale national nacional Nacional "
    "Nationale Cabildo Gobierno Policía Policia Armée Ejército Fuerza Fuerzas Cellule "
    "Direction Commission Comité Conseil Consejo Obusinga Jeshi Majlis Hizb"
)


_NOT_IN_A_GLOSSED_NAME: Final = re.compile(r"[\n,.;:()\"\u201c\u201d]")


def gloss_extents(text: str) -> list[tuple[int, int]]:
    """The extents of the English glosses `glossed_names` finds: no actor stands there."""
    return [(a, b) for _s, _e, _x, _y, a, b in glossed_names(text)]


@rule(
    "actor_glossed_name",
    "ACTOR",
    "A body named in its own language before its bracketed English gloss: 'the Policía "
    "Nacional (National Police)' -> 'Policía Nacional'; 'the Armée nationale tchadienne (ANT, "
    "Chadian National Army)' -> the name and 'ANT', typed from the gloss, and the acronym's "
    "other mentions (the gloss itself is no mention).",
)
def actor_glossed_name(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    acronyms: dict[str, str] = {}
    for start, end, acronym_start, acronym_end, gloss_start, gloss_end in glossed_names(text):
        kinds = _gazetteer_index(ctx.gazetteer).kinds
        listed = kinds.get(text[start:end])
        kind = (
            listed[0]
            if listed is not None
            else _body_type(ctx, tuple(word_tokens(text, gloss_start, gloss_end)))
        )
        yield _suggestion(start, end, kind, "actor_glossed_name")
        if acronym_start >= 0:
            acronyms[text[acronym_start:acronym_end]] = kind
    if acronyms:
        for start, end, acronym in NameMatcher(acronyms).find_all(text, ctx.piece_index):
            yield _suggestion(start, end, acronyms[acronym], "actor_glossed_name")


# A body's English name, then its name in its own language in brackets: "the Ministry of
# Government (Ministerio de Gobierno)", "the Gendarmerie (\u017dandarmerija)". The bracket
# holds one to six words, the first capitalised, at least one in lower case (no acronym),
# no digit, in another language; the English name before it holds a body's word.
_ORIGINAL_NAME: Final = re.compile(
    r" \((?P<name>[A-Z\u00c0-\u024f][\w\u0300-\u036f'\u2019-]*"
    r"(?: [\w\u00c0-\u024f][\w\u0300-\u036f'\u2019-]*){0,5})\)"
)
# The capitalised words of the English name right before the bracket (its connectors in
# lower case), read backwards from the bracket.
_ENGLISH_NAME_BEFORE: Final = re.compile(
    r"(?<![\w'\u2019-])(?:[A-Z][\w'\u2019-]*(?: (?:of|for|and|on|the)){0,2} ){0,7}"
    r"[A-Z][\w'\u2019-]*$"
)


def _in_another_language(words: list[str]) -> bool:
    """True when a name's words are not English: a letter beyond ASCII ("Tr\u00f3pico") or
    a word of another language's names ("de", "del", "Gobierno")."""
    return any(not w.isascii() for w in words) or not _FOREIGN_NAME_WORDS.isdisjoint(words)


@rule(
    "actor_original_name",
    "ACTOR",
    "A body's name in its own language in brackets after its English name: 'the Ministry of "
    "Government (Ministerio de Gobierno)' -> 'Ministerio de Gobierno', typed as the English "
    "name is (both names are spans, as a bracketed acronym is).",
)
def actor_original_name(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for found in _ORIGINAL_NAME.finditer(text):
        name = found.group("name")
        words = name.split()
        # (the cheap tests first: most brackets hold English or an acronym)
        if (
            (name.isascii() and _FOREIGN_NAME_WORDS.isdisjoint(words))
            or name.isupper()
            or any(c.isdigit() for c in name)
        ):
            continue
        english = _ENGLISH_NAME_BEFORE.search(text, max(0, found.start() - 90), found.start())
        if english is None:
            continue
        named = english.group().split()
        while named and (named[0] in _NOT_NAMES or is_title(named[0])):
            named = named[1:]  # "The Ministry ...": a sentence's opening word
        heads = {w.removesuffix("s") for w in named} | set(named)  # "Six Federations of ..."
        if not named or (ORGANISATION_WORDS.isdisjoint(heads) and _STATE.isdisjoint(heads)):
            continue
        if _in_another_language(named):
            continue  # a name in its own language first: `actor_glossed_name` reads it
        kinds = _gazetteer_index(ctx.gazetteer).kinds
        if found.group("name") in kinds:
            # "the National Police (Bogot\u00e1)": a listed place, no translation; and a listed
            # name is the gazetteer's ("National Guard (Guardia Nacional)")
            continue
        listed = kinds.get(" ".join(named))
        if listed is not None:
            kind = listed[0]
        else:
            tokens = tuple(word_tokens(text, english.end() - len(" ".join(named)), english.end()))
            kind = _body_type(ctx, tokens)
        yield _suggestion(found.start("name"), found.end("name"), kind, "actor_original_name")


def named_laws(text: str) -> list[tuple[int, int]]:
    """The extents of laws named in the text ("the Armed Forces (Special Powers) Act", "the
    Prevention of Terrorism Ordinance"): a law's title holds no actor (the dev gold tags
    none inside one), however many body words it has."""
    found: list[tuple[int, int]] = []
    for word in (" Act", " Ordinance"):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if end == len(text) or not (text[end].isalnum() or text[end] == "-"):
                law = _LAW_NAME.search(text, max(0, at - 120), end)
                if law is not None:
                    found.append((law.start(), end))
            at = text.find(word, end)
    return found


# A law's title before "Act": capitalised words, small words and bracketed parts.
_LAW_NAME: Final = re.compile(
    r"(?:[A-Z][\w'\u2019.-]*|\([^()\n]{1,40}\))(?: (?:[A-Z][\w'\u2019.-]*|of|the|and|on|for"
    r"|against|to|\([^()\n]{1,40}\)))* (?:Act|Ordinance)$"
)


# The words a credit line of `_CREDIT_LINE`'s first kind opens with, after any spaces and
# brackets.
_CREDIT_OPENINGS: Final = (
    "Additional",
    "additional",
    "Reporting",
    "reporting",
    "Writing",
    "Editing",
    "Compiled",
    "Translation",
    "Research",
    "Produced",
    "Graphics",
    # "Edited by X.", "Translated by X", "Edition: X" (a Brazilian page's editor)
    "Edited",
    "Translated",
    "Adapted",
    "Edition",
)


_CREDIT_WORDS: Final = words(
    "additional reporting writing editing compiled translation research produced graphics "
    "by and in from at with for of the on to this report story article contributed writer "
    "writers correspondent correspondents staff producer photographer journalist journalists "
    "video reporter reporters al el de da bin bureau bureaus desk desks edited translated "
    "adapted edition newsroom newsrooms"
)


# A wire report's credit line: "Reporting by X and Y; Additional reporting by Z".
_CREDIT_BEFORE: Final = re.compile(
    r"(?:^|\n|;\s+)(?:[Aa]dditional\s+)?(?:Reporting|Writing|Editing|reporting|writing|editing)"
    r"\s+by\s+(?:[A-Z][\w.'\u2019-]*(?:\s+|,\s+|\s+and\s+))*$"
)


_PEOPLE_OF_A_PLACE_AFTER: Final = re.compile(
    r" (?:residents|villagers|civilians|students|workers|soldiers|troops|men|women|children"
    r"|traders|youths|locals|inhabitants|natives|police|officials)\b"
)
_WORDS_OF: Final = re.compile(
    r"\b(?:words|body|funeral|burial|killing|murder|assassination|abduction|kidnapping"
    r"|arrest|detention|release|execution|" + _KIN_OF + r")\s+of\s+$",
    re.IGNORECASE,  # "Relatives of X Y said" opening a sentence
)
# ... and the nouns of what someone says, before "of" or "from": "The verdict of X, the UN
# refugee chief, was stark", "The message from X, head of the branch, was blunt".
_SPEECH_NOUN_OF: Final = re.compile(
    r"\b(?:message|verdict|response|reply|warning|appeal|plea|answer|reaction|assessment"
    r"|remarks|comments|testimony)\s+(?:of|from)\s+$"
)
# ... when a role stands in apposition after the name (", the UN refugee chief,"; ", head
# of the branch,"), as no place has ("from Port Sudan, the army's seat,").
_ROLE_APPOSED: Final = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:"
    + "|".join(sorted(ROLE_WORDS, key=longest_first))
    + r")\b"
)
# "Lise Berg of UNICEF said", "Tomas Ek of the Norwegian Refugee Council told AFP": a
# name, the body it works for, then a speech verb.
_OF_BODY_THEN_SPEECH: Final = re.compile(
    # (" from Save the Children said": the body a person comes from, as " of")
    r" (?:of|from) (?:the )?[A-Z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|of|for|the|and)){0,6}"
    r",?\s+(?:(?:also|later|jointly|then)\s+)?(?:"
    + "|".join(sorted(SPEECH_VERBS, key=longest_first))
    + r")\b"
)
_AND_NAME: Final = re.compile(r" and (?:[A-Z][\w'\u2019.-]*(?: |(?=[,\s])))+")


def _coordinated_speaker(text: str, end: int) -> bool:
    """True when "and <a name>" then a speech verb follows `end` ("Musa Kabir and Aisha
    Lawal said"): both names speak."""
    found = _AND_NAME.match(text, end)
    if found is None:
        return False
    last = found.end() - 1 if text[found.end() - 1] == " " else found.end()
    return speech_follows(text, last)


def _after_body_possessive(ctx: SuggestContext, tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The name after a body's possessive opening `tokens` ("MSF's Musa Kabir", "Amnesty
    International's Agnes Moyo": the body an acronym or a listed name), else ()."""
    for k in range(min(3, len(tokens) - 2)):
        if _POSSESSIVE_END.search(tokens[k].text) is None:
            continue
        owner = ctx.text[tokens[0].start : tokens[k].end - 2]
        if owner.isupper() or owner in _gazetteer_index(ctx.gazetteer).kinds:
            return tokens[k + 1 :]
        return ()
    return ()


# Where a reporter files from, then the verb of saying: " in Bamenda says".
_IN_PLACE_THEN_SPEECH: Final = re.compile(
    r" in [A-Z][\w\u0300-\u036f'\u2019-]+(?: [A-Z][\w\u0300-\u036f'\u2019-]+)?"
    r" (?:says|said|reports|reported|writes|wrote|told)\b"
)


def _owner_is_a_listed_outlet(ctx: SuggestContext, start: int, owned_start: int) -> bool:
    """Whether the owner before the possessive ending at `owned_start` is a media outlet the
    gazetteer lists ("the BBC's", "Al Jazeera's")."""
    owner = ctx.text[start:owned_start].rstrip()
    owner = owner.removesuffix("'s").removesuffix("\u2019s")
    listed = _gazetteer_index(ctx.gazetteer).kinds.get(owner)
    return listed is not None and listed[0] == "media"


def _after_any_possessive(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The two or more words after a possessive among a run's first three words, whoever
    owns them ("Kisumu's Ouma Kiprono", "Reuters' X Y"): the attribution tests decide."""
    for k in range(min(3, len(tokens) - 2)):
        if tokens[k].text.endswith(_POSSESSIVE_ENDINGS) or tokens[k].text.endswith("s'"):
            return tokens[k + 1 :]
    return ()


# An office serving a state, before the state: "Special Envoy for ", "envoy to ".
# A legislator's or councillor's office, then the seat it is for: "the MP for ", "member of
# parliament from ", "the senator for ", "councillor for ".
_CONSTITUENCY_OF: Final = re.compile(
    r"\b(?:[Mm]ember of [Pp]arliament|MPs?|MNA|MPA|MLA|MLC|lawmaker|legislator|[Ss]enator"
    r"|[Cc]ongress(?:wo)?man|[Aa]ssembly(?:wo)?man|[Cc]ouncill?or|[Dd]eputy) (?:for|from) $"
)
_OFFICE_SERVING: Final = re.compile(
    r"\b(?:[Ee]nvoy|[Cc]oordinator|[Rr]epresentative|[Cc]ommissioner|[Mm]inister|[Aa]mbassador"
    r"|[Rr]apporteur|[Ss]ecretary|[Aa]dvis[eo]r|[Dd]irector|[Cc]hief|[Mm]ediator) (?:for|to) $"
)


def _after_served_state(ctx: SuggestContext, person: tuple[Token, ...]) -> tuple[Token, ...]:
    """The name after the state an office serves, where a run opens with a listed state after
    "for" or "to": "Special Envoy for Yemen Hans Berg" -> "Hans Berg" (the state ends the
    title; two name words at least remain)."""
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    for size in (1, 2, 3):
        if len(person) - size < 2:
            break
        opening = ctx.text[person[0].start : person[size - 1].end]
        if kinds.get(opening, ("",))[0] == "state":
            return person[size:]
    return person


def _given_name_month(tokens: tuple[Token, ...]) -> bool:
    """True when a month's name opens a person's name: "Jan van den Heuvel" (a particle
    follows it, which no date has)."""
    return _given_name_month_words(tuple(map(_TEXT, tokens[:3])))


def _given_name_month_words(words: tuple[str, ...]) -> bool:
    """`_given_name_month` over a run's words."""
    return len(words) > 2 and words[0] in _MONTHS and words[1] in _SURNAME_PARTICLES


# Capitalised words that describe a person before the name, no role list needs to hold:
# what befell or what was ("Retired", "Slain"), and a sentence's adverb.
_DESCRIBING_WORDS: Final = words(
    "Former Retired Veteran Late Elderly Slain Jailed Exiled Deposed Ousted Separately "
    "Similarly Likewise Previously Additionally Subsequently Elsewhere Afterwards"
)
# ... and the endings of a person's description: an agent's "-ist" ("Motorcyclist",
# "Pharmacist"), kin and household words ("Grandmother", "Stepfather", "Housewife",
# "Businesswoman"); no given name ends so.
_DESCRIBING_ENDINGS: Final = ("ist", "mother", "father", "wife", "woman")


def _describes_a_person(word: str) -> bool:
    """True for a capitalised word that describes a person and names nobody, before a name:
    "Mother-of-three", "Father-of-two" (a compound holding "-of-"), "Ex-soldier",
    "Motorcyclist", "Grandmother", "Retired", "Similarly"."""
    return (
        word in _DESCRIBING_WORDS
        or word.endswith(_DESCRIBING_ENDINGS)
        or "-of-" in word
        or word.startswith("Ex-")
    ) and word not in GIVEN_NAMES


def _office_acronym(word: str) -> bool:
    """True for a word of two to five capitals, which before two name words is an office's
    or a body's acronym, never a name's ("MLA X Y", "OCS X Y", "UNHCR X Y")."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


# Words that head an office only after a capitalised word that says which ("Team Lead",
# "Focal Person", "Focal Point"): alone, no role.
_OFFICE_HEADS: Final = words("Lead Person Point")


@lru_cache(maxsize=1 << 16)
def _leading_roles(words: tuple[str, ...]) -> tuple[int, int]:
    """How many of a run's words open it as roles, titles or words that name nobody, before
    a name ("said Farmer Idris Bello"), and the index of the first role or title among them
    (-1 if none). The words alone decide: kept per distinct run."""
    skip, role_at = 0, -1
    while (
        skip < len(words)
        and (
            (words[skip] in _NOT_NAMES and not _given_name_month_words(words[skip:]))
            or words[skip].lower() in ROLE_WORDS
            # "Herders Bashir Lawan and Usman Dikko said": a plural role
            or (words[skip].endswith("s") and words[skip][:-1].lower() in ROLE_WORDS)
            or is_title(words[skip])
            # "Mother-of-three X Y", "Housewife X Y", "Retired X Y": a description, when
            # two name words follow it; "MLA X Y", "OCS X Y": an office's acronym
            or (
                skip < len(words) - 2
                and (_describes_a_person(words[skip]) or _office_acronym(words[skip]))
            )
        )
    ):
        if role_at < 0 and words[skip] not in _NOT_NAMES:
            role_at = skip
        skip += 1
    # "said Village Head X Y", "Clan Elder X Y": one or two capitalised words of a place or
    # a body, then a role's word capitalised, then two name words at least
    for role in range(skip + 1, min(skip + 5, len(words) - 2)):
        if (
            (
                words[role].lower() in ROLE_WORDS
                or is_title(words[role])
                or _office_acronym(words[role])  # "Kisumu MCA X Y"
                or words[role] in _OFFICE_HEADS  # "said Focal Person X Y"
            )
            and not any(w in GIVEN_NAMES or not w[:1].isupper() for w in words[skip:role])
        ):
            # (the role starts at its first capitalised word: "said Village Head X Y.")
            return role + 1, skip if role_at < 0 else role_at
    return skip, role_at


# Months whose names are given names too ("Jan Egeland", "June Okafor", "April Mensah").
_GIVEN_NAME_MONTHS: Final = words("Jan June April May August")
# What stands before a month that opens a date or a time phrase: "in June", "since May",
# "on 5 June", "late August", "June 12" is told by what follows.
_DATE_BEFORE: Final = re.compile(
    r"(?:\b(?:in|on|since|until|till|by|from|during|through|throughout|last|next|early|late"
    r"|mid|of|between|and|to|before|after|this|that|each|every|around|or)|\d|[-\u2013/])\s*$",
    re.IGNORECASE,
)


def _person_in_attribution(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for run in _runs(ctx, connectors=False):
        tokens = _portfolio_chain(text, run)
        words = tuple(map(_TEXT, tokens))
        skip, role_at = _leading_roles(words)
        if len(words) - skip > 2 and words[skip] in _gazetteer_index(ctx.gazetteer).demonyms:
            # "Kenyan Amina Wekesa said": a nationality before the name describes her
            role_at = skip if role_at < 0 else role_at
            skip += 1
        month_name = (
            skip == 1
            and words[0] in _GIVEN_NAME_MONTHS
            and len(words) in (2, 3)
            and _words_name_a_person(words[1:])
            and not _DATE_BEFORE.search(text, max(0, tokens[0].start - 16), tokens[0].start)
            and ctx.gazetteer.get(" ".join(words[1:])) is None
        )
        if month_name:
            # "Jan Egeland, the head of the NRC, said", "June Okafor told": a month's word
            # opening a name is a given name where no date stands before it (no "in", no
            # day's number); the attribution tests below still decide
            skip = 0
        # where a role or a title before the name starts ("said Farmer X")
        role_start = tokens[role_at].start if role_at >= 0 else -1
        if role_start < 0 and tokens and text.endswith(") ", 0, tokens[0].start):
            # "said Upazila Nirbahi Officer (UNO) X Y": an office's title and its acronym in
            # brackets before the name (South Asian copy), attributed from the title
            role_start = _bracketed_title_start(text, tokens[0].start)
        tokens = tokens[skip:]
        # "said MSF's Musa Kabir", "Amnesty International's Agnes Moyo told": the name
        # after a body's possessive, attributed from before the body (which needs three
        # words: most runs have fewer, and are not looked into)
        owned = _after_body_possessive(ctx, tokens) if len(tokens) > 2 else ()
        if not owned and len(tokens) > 2:
            owned = _after_any_possessive(tokens)  # "said Kisumu's Ouma Kiprono"
        owner_start = tokens[0].start if owned and _person_tokens(owned) else -1
        if owner_start >= 4 and text.endswith("the ", 0, owner_start):
            owner_start -= 4  # "said the Kenya Red Cross's X": from before its article
        if (
            not owned
            and len(tokens) >= 2
            and tokens[-2].text.endswith(_POSSESSIVE_ENDINGS)
            and tokens[-1].text[1:].islower()
            and _OWNED_PERSON_AFTER.match(text, tokens[-1].end)
        ):
            # "Al Jazeera's Sutrisno, reporting from Amman, said", "MSF's Haryanto said":
            # one name owned by a listed body or an acronym, then what a reporter does
            owner = text[tokens[0].start : tokens[-2].end - 2]
            kinds = _gazetteer_index(ctx.gazetteer).kinds
            if (
                owner.isupper()
                or owner in kinds
                # "Sahel Watch's Amani, reporting from Gao,": whoever reports from a place
                # for an owner no list holds is its reporter
                or text.startswith((", reporting from ", ", writing from "), tokens[-1].end)
            ) and tokens[-1].text not in kinds:
                yield _person(text, tokens[-1:], "actor_person_in_attribution")
            continue
        if owner_start >= 0:
            person = _person_tokens(owned)
        else:  # (`_person_tokens` over the words already read)
            person = (
                tokens if tokens and (month_name or _words_name_a_person(words[skip:])) else None
            )
        if not person:
            continue
        if (
            len(person) > 2
            and text.endswith((" for ", " to "), 0, person[0].start)
            and _OFFICE_SERVING.search(text, max(0, person[0].start - 30), person[0].start)
        ):
            person = _after_served_state(ctx, person)  # "Envoy for Yemen Hans Berg"
        start, end = person[0].start, _name_end(person[-1], text)
        if person[0].text == "Both" and text.startswith(" and ", end):
            continue  # "Both Uganda and Rwanda have denied": a pair, no "X Both"
        if text.endswith("known as ", max(0, start - 9), start):
            continue  # "The drone, known as Shahed,": another name, actor_person_alias's call
        if (
            len(person) <= 3
            and text.endswith(("for ", "from "), 0, start)
            and _CONSTITUENCY_OF.search(text, max(0, start - 40), start)
        ):
            # "X, the MP for Turkana East, said", "the member of parliament for Donga-Mantung
            # East, told": the seat a legislator holds, a place
            continue
        # The cheap tests first; "in Tell Qasra, said" (a place before the verb) last.
        initialled = _initials_start(text, start)
        if len(person) < 2 and initialled == start:
            if _single_name_is_person(ctx, start, end):
                yield _suggestion(start, end, "person", "actor_person_in_attribution")
            continue
        start = initialled  # "said R.S. Meena": initials and a name are a full name
        if ctx.gazetteer.get(text[start:end]) is not None:
            continue
        if _MEDIA_BEFORE.search(text[max(0, start - 30) : start]):
            continue  # "on state television Télé Sahel, the ministry said": an outlet
        if text.endswith(_KIND_WORDS, max(0, start - 14), start - 1):
            continue  # "the rights group Veritas Sahel said": a body, named after its kind
        if _BYLINE_TAIL.match(text, end):
            continue  # "By Sahel Morning staff": an outlet's byline
        if person[-1].text in ("Correspondent", "Reporter"):
            continue  # "By Kaduna Ledger Correspondent": an outlet's byline, no name
        if _CREDIT_BEFORE.search(text, max(0, start - 120), start):
            continue  # "Reporting by X; Editing by Y": the wire's credits, no actor
        if _DESCRIBED_AS_BODY.match(text, end):
            continue  # "Coastal Shield, a militia formed last year,": a body, named by its kind
        if text.startswith(", ", end) and _described_as_place(text, end):
            continue  # "Abu Shouk, a camp of 200,000 people, was shelled": a place
        if _WHICH_AFTER.match(text, end):
            continue  # "run by Sawa Relief, which said": people take "who"
        if _PEOPLE_OF_A_PLACE_AFTER.match(text, end) or _GROUP_NOUN_AFTER.match(text, end):
            continue  # "police arrested Port Harcourt traders": the people of a place
        if _named_as_a_body(text, start):
            continue  # "A group calling itself Free Birds said": the body's name
        if (
            _PERSON_AFTER.match(text[end : end + 40])
            or speech_follows(text, end)
            # "Olga Ivanova's son, Pavel,": whoever has a son or a widow is a person
            or _KIN_OWNED.match(text, end)
            # "OBITUARY: Bridget Fomukong, 1992-2026, the nurse who stayed": a life's years
            or _LIFESPAN_AFTER.match(text, end)
            or _person_named_before(text, start)
            or (owner_start >= 0 and _person_named_before(text, owner_start))
            # "said Farmer Idris Bello", "according to Nurse Grace Achieng": the role's
            # word is capitalised before the name, and left out of the span
            or (role_start >= 0 and _person_named_before(text, role_start))
            or _coordinated_speaker(text, end)
            or _OF_BODY_THEN_SPEECH.match(text, end)
            or _said_role_no_list_holds(text, start, len(person))
            # "The BBC's X Y in Bamenda says": an outlet's reporter, where they file from
            # (an outlet the gazetteer lists as the owner: never "Lagos's Victoria Island in
            # Lagos said"; RST70B)
            or (
                owner_start >= 0
                and _IN_PLACE_THEN_SPEECH.match(text, end) is not None
                and _owner_is_a_listed_outlet(ctx, tokens[0].start, owned[0].start)
            )
        ) and (
            not _is_locative(ctx, start)
            or (
                (
                    _WORDS_OF.search(text, max(0, start - 20), start)
                    # "The message from Grace Atieno, head of ...": words come from a person
                    or (
                        _SPEECH_NOUN_OF.search(text, max(0, start - 24), start)
                        and _ROLE_APPOSED.match(text, end)
                    )
                )
                # "the killing of Port Harcourt residents": the people of a place
                and not _GROUP_NOUN_AFTER.match(text, end)
                and not _PEOPLE_OF_A_PLACE_AFTER.match(text, end)
            )
        ):
            if (
                text[end + 1 : end + 2].islower()
                and text.startswith(" ", end)
                and _ROLE_THEN_NAME_AFTER.match(text, end)
            ):
                # "said West Singhbhum superintendent of police X", "according to Lower
                # Shabelle governor X": a place or a body, then the role of the person named
                continue
            yield _person(text, person, "actor_person_in_attribution")
    yield from _byline_above_outlet(ctx)


# An apposition headed by a place's noun ("X, a sprawling camp", "X, the main crossing
# into Chad", "X, a town of 20,000"): no word of "of", "for", "from" before the noun ("a
# resident of the village" is a person's), none of a compound after it ("a town councillor").
_DESCRIBED_AS_PLACE: Final = re.compile(
    r", (?:a|an|the) (?:(?!(?:of|for|from|in|at|on|with)\b)[\w-]+ ){0,3}?(?:town|city|village"
    r"|camp|crossing|district|region|province|market|port|settlement|neighbourhood"
    r"|neighborhood|suburb|area|county|island|valley|checkpoint|hamlet|enclave|locality"
    r"|municipality|commune|township|border post"
    # ... and a town by its standing: "X, a religious centre some 240 km east of Y", "X, the
    # provincial capital,", "X, a trading hub in the north"
    r"|centre|center|hub|capital"
    # ... and by what it is to someone or where it stands: "X, a stronghold of the rebels",
    # "X, the district headquarters", "X, the group's birthplace", "X, a key junction"
    r"|headquarters|stronghold|birthplace|hometown|heartland|bastion|junction|outpost"
    r"|garrison|oasis|crossroads|airport|airbase|airfield|frontier|corridor|quarter|slum)"
    r"s?(?=[,.;]| (?:of|for|in|on|near|north|south"
    r"|east|west|that|which|where|with|along|outside|about|some|just|close)\b)"
)
# ... or headed by a word for a group of them, whose places follow "of" ("X, a cluster of
# hamlets", "X, a chain of small islands", "X, a string of tents and shacks"): never a
# body's ("a network of local associations", "a group of volunteers").
_DESCRIBED_AS_PLACES: Final = re.compile(
    r", (?:a|an|the) (?:[\w-]+ )?(?:cluster|string|group|handful|chain|collection|scattering"
    r"|ring|line|belt|patchwork|series|knot) of (?:[\w-]+ ){0,2}?(?:villages|hamlets|towns"
    r"|settlements|communities|islands|islets|camps|houses|huts|homesteads|farms|compounds"
    r"|neighbourhoods|neighborhoods|districts|tents|shacks|dwellings|valleys|hills)\b"
)


def _described_as_place(text: str, comma: int) -> bool:
    """Whether the apposition opening at `comma` (", a ...") is headed by a place's noun
    ("a border town", "the provincial capital", "a cluster of hamlets")."""
    return bool(_DESCRIBED_AS_PLACE.match(text, comma) or _DESCRIBED_AS_PLACES.match(text, comma))


# A title chain, then its acronym in brackets, before a name: "Deputy Commissioner (DC) ",
# "Upazila Nirbahi Officer (UNO) ", "Senior Superintendent of Police (SSP) ".
_BRACKETED_TITLE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?P<chain>[A-Z][\w-]*(?: (?:of |for )?[A-Z][\w-]*){0,5}) \([A-Z]{2,6}\) $"
)


def _bracketed_title_start(text: str, start: int) -> int:
    """Where the title chain before "(<ACRONYM>) " at `start` begins, when one of its words
    is a title or a role ("Nirbahi Officer (UNO) "); -1 otherwise."""
    found = _BRACKETED_TITLE_BEFORE.search(text, max(0, start - 90), start)
    if found is None:
        return -1
    chain = found.group("chain").split()
    return found.start() if any(is_title(w) or w.lower() in ROLE_WORDS for w in chain) else -1


# A verb of saying, then one or two lower-case words of a role, before a name: "said
# opposition figure ", "according to veteran diplomat " (never a small word: "said police
# in ", "said on ", "said the ").
_SAID_ROLE_BEFORE: Final = re.compile(
    r"\b(?:said|says|according to|added|wrote|told)"
    r"(?: (?!(?:in|on|at|of|for|to|from|by|with|the|a|an|and|or|that|this|it|its|their|his"
    r"|her|last|on|late|early|police|troops|officials|residents|witnesses|sources|reporters"
    r"|journalists|people|villagers|survivors|families|relatives|locals|authorities)\b)"
    r"[a-z][a-z-]+){1,2} $"
)


# The kinds of bodies, outlets and places a name may follow in lower case ("said aid agency
# X", "said opposition party X"): no person's role.
_BODY_KIND_NOUNS: Final = words(
    "agency party group firm company consultancy charity network coalition alliance "
    "movement militia outlet newspaper daily weekly channel station broadcaster body council "
    "committee union association foundation institute centre center club watchdog monitor "
    "organisation organization brigade faction front army force forces ministry department "
    "office court tribunal bank project initiative platform site portal service collective "
    "cooperative league federation syndicate think-tank tank camp village town city district "
    "province region state county hospital clinic school university magazine radio website "
    "programme program mission operation"
)


def _said_role_no_list_holds(text: str, start: int, words_in_name: int) -> bool:
    """True for a name of two words or more after a verb of saying and one or two lower-case
    words of a role no list holds ("said opposition figure X Y", "according to veteran
    diplomat X Y"), never a body's kind ("said aid agency X")."""
    return (
        words_in_name >= 2
        and text[start - 1 : start] == " "
        and text[start - 2 : start - 1].islower()
        and _SAID_ROLE_BEFORE.search(text, max(0, start - 50), start) is not None
        and text[: start - 1].rsplit(" ", 1)[-1] not in _BODY_KIND_NOUNS
    )


# A role in lower case after a run, then a name: what makes the run a place's or a body's
# name before an office ("West Singhbhum superintendent of police X", "Kasese district
# commissioner X"), no person's.
_ROLE_THEN_NAME_AFTER: Final = re.compile(
    r" (?:[a-z][a-z-]+ ){0,2}?(?:"
    + "|".join(sorted(ROLE_WORDS - {"called", "named"}, key=longest_first))
    + r")(?: of [a-z]+)? (?:[A-Z][a-z]{0,4}\.? )?[A-Z][\w\u0300-\u036f'\u2019-]*[a-z]"
)
# A life's years after a name: ", 1992-2026,", " (1950\u20132026)".
_LIFESPAN_AFTER: Final = re.compile(r"(?:, | \()(?:1[89]|20)\d\d ?[-\u2013] ?(?:19|20)\d\d\b")


# The small words a byline's name may hold between its capitalised words, one or two:
# "Marta de la Vega", "Ruben van der Wal", "Anwar bin Talib", "Sidi ould Bah"; and the
# Arabic article joined to the word it opens ("Abdulkarim Saleh al-Wesabi").
_BYLINE_PARTICLES: Final = (
    r"(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|la|le|al|el|bin|binti|ibn"
    r"|ould|mint|ag|welet) |(?:al|el|ad|ar|as|ash|at|az|an)-){0,2}"
)
# A byline's name alone on its line: "Kateryna Zhuravel" (then "BBC Ukrainian, Nikopol").
_NAME_LINE: Final = re.compile(
    # (a name may end with a letter of its own script: "Stojanović")
    r"[A-Z][\w\u0300-\u036f'\u2019-]*[a-z\u00df-\u024f](?: "
    + _BYLINE_PARTICLES
    + r"[A-Z\u00c0-\u024f][\w\u0300-\u036f'\u2019-]*[a-z\u00df-\u024f]){1,3}"
)
# What an outlet's line holds after the outlet: a service's language, then the place.
# ... or nothing, the outlet alone on its line above the dateline's place in capitals
# ("VOA Somali", then "MOGADISHU \u2014"; a section's name above "BBC News" is no byline).
_OUTLET_LINE_REST: Final = re.compile(
    r"(?: [A-Z][a-z]+)?(?:, [A-Z][^\n,]{1,40}(?=\n|$)|(?=\n\n[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*"
    r"(?:, [A-Z][\w ]{1,30})? [-\u2013\u2014] ))"
)


def _byline_above_outlet(ctx: SuggestContext) -> Iterator[Suggestion]:
    """Near an article's top, a name alone on its line above a line opening with a listed
    outlet and its place is the byline's person ("Kateryna Zhuravel", then "BBC
    Ukrainian, Nikopol")."""
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    for start, end, name in _gazetteer_hits(ctx):
        if start > 1500:
            break  # (hits come in text order) a byline stands at the top
        if start < 4 or text[start - 1] != "\n" or index.kinds[name][0] != "media":
            continue
        if not _OUTLET_LINE_REST.match(text, end):
            continue
        yield from _byline_names(ctx, start)
    # ... and above an outlet no list knows, its acronym and places: "Arben Krasniqi, Milica
    # Stojanović" then "BIRN Pristina, Belgrade"
    top = min(len(text), 1500)
    if _TOP_NEEDS[_BYLINE_ACRONYM_OUTLET].search(text, 0, top):
        for found in _BYLINE_ACRONYM_OUTLET.finditer(text, 0, top):
            yield from _byline_names(ctx, found.start("name"))
    # ... and a name alone on its line above the line of its place and date: "Andi
    # Lamarauna", then "Palu, Central Sulawesi | Mon, December 1, 2026"
    for found in _NAME_ABOVE_DATE_LINE.finditer(text, 0, min(len(text), 600)):
        if found.start("name") == 0 or found.group("name") in index.kinds:
            continue  # (the headline is no byline)
        if found.group("dated") is None and not text.endswith("\n\n", 0, found.start("name")):
            continue  # a line of its own above "December 3, 2026": a byline under a gap
        if not _HEADING_WORDS.isdisjoint(found.group("name").split()):
            continue  # "Latest Updates" above the date: a section's heading
        person = _person_tokens(tuple(word_tokens(text, found.start("name"), found.end("name"))))
        if person and len(person) >= 2:
            yield _person(text, person, "actor_person_in_attribution")
    # ... and the byline that says where the reporter filed from: "From Ade Bello, Kano"
    # (Nigerian and South Asian papers' form of "By X, Kano")
    # (each searched only where the top holds its first words: most have no such byline)
    from_at = text.find("From ", 0, top)
    for found in _FROM_BYLINE.finditer(text, 0, top) if from_at >= 0 else ():
        person = _person_tokens(tuple(word_tokens(text, found.start("name"), found.end("name"))))
        if person and found.group("name") not in index.kinds:
            yield _person(text, person, "actor_person_in_attribution")
    # ... and a byline's name that opens with a day's or a month's word, a given name
    # there, where no date can stand ("From Sunday Abah, Lokoja", "By Jun Reyes")
    dated = from_at >= 0 or text.find("By ", 0, top) >= 0
    for found in _DATED_NAME_BYLINE.finditer(text, 0, top) if dated else ():
        tokens = tuple(word_tokens(text, found.start("name"), found.end("name")))
        if (
            len(tokens) >= 2
            and (tokens[0].text in _MONTHS or tokens[0].text in _WEEKDAYS)
            and _person_tokens(tokens[1:]) is not None
            and found.group("name") not in index.kinds
        ):
            yield _person(text, tokens, "actor_person_in_attribution")


_MONTH_NAMES: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_NAME_ABOVE_DATE_LINE: Final = re.compile(
    r"(?:(?<=\n)|^)(?P<name>[A-Z][\w\u00c0-\u024f'\u2019-]+(?: [A-Z][\w\u00c0-\u024f'\u2019-]+)"
    r"{1,3})\n\n?(?P<dated>[A-Z][^\n]{0,50}\b)?" + _MONTH_NAMES + r" \d{1,2}"
    # ... the year may be left out: "Kathmandu, December 1"
    r"(?:(?:,? (?:19|20)\d\d\b[^\n]{0,30})|\b)\n"
)
# Words of a page's section headings, never of a byline's name.
_HEADING_WORDS: Final = words(
    "Latest Live Update Updates Breaking News Analysis Opinion Explainer Timeline Key Events "
    "Highlights Editorial Feature Summary Briefing Report Comment Blog Recap Background"
)


def _byline_names(ctx: SuggestContext, outlet: int) -> Iterator[Suggestion]:
    """The people of the line above the outlet that opens its line at `outlet`: one name,
    or two or three joined by commas or "and" ("Ana Kis, Lena Moor and Ivo Dal")."""
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    line_start = text.rfind("\n", 0, outlet - 1) + 1
    line = text[line_start : outlet - 1]
    if len(line) > 100:
        return
    names: list[tuple[int, int]] = []
    at = line_start
    for part in _NAMES_SEPARATOR.split(line):
        names.append((at, at + len(part)))
        at += len(part)
        separator = _NAMES_SEPARATOR.match(text, at)
        if separator is not None:
            at = separator.end()
    if len(names) > 3:
        return
    found_people = []
    for start, end in names:
        found = _NAME_LINE.fullmatch(text, start, end)
        if found is None or found.group() in index.kinds:
            return  # every part a person's name, or none is taken
        person = _person_tokens(tuple(word_tokens(text, start, end)))
        if not person:
            return
        found_people.append(person)
    for person in found_people:
        yield _person(text, person, "actor_person_in_attribution")


_NAMES_SEPARATOR: Final = re.compile(r",? and |, ")
_DATED_NAME_BYLINE: Final = re.compile(
    r"^(?:By|From) (?P<name>[A-Z][a-z]+"
    r"(?: (?!(?:Morning|Afternoon|Evening|Night)\b)[A-Z][\w\u0300-\u036f'\u2019-]*){1,3})"
    r"(?:,[^\n]{1,40})?$",
    re.MULTILINE,
)
_WEEKDAYS: Final = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_FROM_BYLINE: Final = re.compile(
    r"^From (?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*(?: "
    + _BYLINE_PARTICLES
    + r"[A-Z][\w\u0300-\u036f'\u2019.-]*){1,3}),"
    r" [A-Z][\w\u0300-\u036f' -]{1,30}$",
    re.MULTILINE,
)
# A byline's outlet written as an acronym on its own line under the reporters' names, then
# where they filed from: "BIRN Pristina, Belgrade" (two places or more).
_BYLINE_ACRONYM_OUTLET: Final = re.compile(
    r"^[A-Z][\w\u0300-\u036f'\u2019-]*[a-z] " + _BYLINE_PARTICLES + r"[A-Z][^\n]{2,90}\n"
    # ... the places, never more of the outlet's name ("BBC News", "VOA Africa" under a
    # section's name: the lists know those outlets)
    r"(?P<name>[A-Z]{2,6})(?: (?!(?:News|Online|Radio|TV|Television|World|Media|Service"
    r"|Africa|Arabic|English|French|Digital|Live)\b)[A-Z][a-z\u0300-\u036f\u00e0-\u017f]+"
    r", [A-Z][\w\u0300-\u036f .'-]{1,30}$"
    # ... or the acronym alone on its line, the place on the next: "BIRN\nSarajevo"
    r"|\n[A-Z][a-z\u0300-\u036f\u00e0-\u017f]+(?: [A-Z][a-z\u0300-\u036f\u00e0-\u017f]+)?\n)",
    re.MULTILINE,
)


@rule(
    "actor_subject_person",
    "ACTOR",
    "A name of two to four words (particles aside) opening a sentence before a verb, when "
    "the next sentences speak of a he or she: 'Fatoumata Keita has farmed near Dori for "
    "years. She ...', 'Luz Dary Mindiola Arregoces sells fruit ...'.",
)
def actor_subject_person(ctx: SuggestContext) -> Iterator[Suggestion]:
    # Found once: the people of the surname rules (`_people`) are these too.
    return iter(_memoised(ctx, "actor_subject_person", _subject_people))


def _subject_people(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    for run in _runs(ctx, connectors=False):
        tokens = run.tokens
        if len(tokens) >= 3:
            # "Shopkeeper Rahmat Gul lost ...", "Village Head X Y said": the role is no name
            skip, role_at = _leading_roles(tuple(map(_TEXT, tokens)))
            if role_at >= 0 and len(tokens) - skip >= 2:
                tokens = tokens[skip:]
        # "When X returned to the village, ...": the word opening the clause is no name
        clause_opened = len(tokens) >= 3 and tokens[0].text in _CLAUSE_OPENERS
        if clause_opened:
            tokens = tokens[1:]
        # Two to four name words, particles aside: two given names and two surnames
        # ("Luz Dary Mindiola Arregoces sells ..."), a "son of" ("Sidi ould Bah")
        named = len(tokens)
        if not NAME_PARTICLES.isdisjoint(map(_TEXT, tokens)):  # (most runs hold none)
            named -= sum(t.text in NAME_PARTICLES for t in tokens)
        if not 2 <= named <= 4:
            continue
        # "Asked about it, Babagana Umar shook his head": a verb, then his or her
        owns = bool(
            _VERB_THEN_POSSESSIVE.match(text, run.end)
            # "Amina Yusuf and her husband fled": whoever has a husband is a person
            or (text.startswith(" and ", run.end) and _AND_KIN.match(text, run.end))
            # "Every morning, X Y walks to the edge of his village": a verb, then his or
            # her later in the sentence with no other name between
            or (
                (
                    _PRESENT_VERB_NEXT.match(text, run.end) is not None
                    or _SUBJECT_VERB_NEXT.match(text, run.end) is not None
                )
                and _POSSESSIVE_LATER_IN_SENTENCE.match(text, run.end) is not None
            )
        )
        # 'Ibrahim Musa was blunt. "..."': a quote opening right after the sentence is
        # the subject's own words (looked for only after a verb, the rarer test last)
        verb_next = owns or _SUBJECT_VERB_NEXT.match(text, run.end) is not None
        # "Esperance Mugisha waits for news ... . "...," she says': any verb in the
        # present, when the quote after the sentence is a he's or a she's
        present_next = (
            not verb_next
            and (
                _PRESENT_VERB_NEXT.match(text, run.end) is not None
                or (
                    text[run.end + 1 : run.end + 2] in _MODAL_INITIALS
                    and _MODAL_VERB_NEXT.match(text, run.end) is not None
                )
            )
            and _he_or_she_after(text, run.end)
        )
        be_next = not (verb_next or present_next) and _BE_NEXT.match(text, run.end) is not None
        if not (verb_next or present_next or be_next):
            continue
        # "X Y was shot dead in his shop": what is done only to a person, no quote needed
        harmed = be_next and _HARMED_NEXT.match(text, run.end) is not None
        if (
            be_next
            and not harmed
            and not _QUOTE_AFTER_SENTENCE.match(text, run.end)
            and not _he_or_she_after(text, run.end)
        ):
            continue
        if not _person_tokens(tokens) or not (
            is_sentence_start(text, run.start)
            # "KHARKIV, Ukraine (Meridian Wire) - Olena Kravets keeps ...": after a dateline
            or _AFTER_DATELINE.search(text, max(0, run.start - 80), run.start)
            or (owns and _CLAUSE_OPENED.search(text, max(0, run.start - 3), run.start))
            # "In Goma, Esperance Mugisha waits ... . "...," she says': after an opening
            # phrase (of place, time, manner), when a he or a she speaks right after it
            or (
                text.startswith(", ", run.start - 2)
                and _OPENING_PHRASE.search(text, max(0, run.start - 90), run.start)
                and _he_or_she_after(text, run.end)
            )
            # "NIONO, Mali - X has not slept at home": after a dateline with no agency
            or _AFTER_PLAIN_DATELINE.search(text, max(0, run.start - 50), run.start)
            # "..., but X cannot reach his fields", "When X returned, ...": the subject
            # of a clause, when a he or a she speaks right after the sentence
            or (
                (
                    (clause_opened and is_sentence_start(text, run.start))
                    or _CLAUSE_SUBJECT_BEFORE.search(text, max(0, run.start - 8), run.start)
                )
                and _he_or_she_after(text, run.end)
            )
        ):
            continue
        words_of = [t.text for t in tokens]
        if (
            any(
                w in index.kinds
                or w in index.demonyms
                or not (w[:1].isupper() or w in NAME_PARTICLES)
                for w in words_of
            )
            or text[run.start : run.end] in index.kinds
            # (a word only shaped like a nationality opens two name words as a given name:
            # "Julian Quintero", "Sebastian Okoro"; before more, it describes them)
            or words_of[0] in index.demonyms
            or (len(words_of) > 2 and _opens_as_nationality(words_of[0], index))
        ):
            continue  # a listed name, a state's or a nationality's
        # Only a person is a "he" or a "she": the pronoun must come within two sentences,
        # before any other name opens one.
        if (
            owns
            or be_next
            or _PERSONAL_PRONOUN.search(text, run.end, min(len(text), run.end + 300))
            or _QUOTE_AFTER_SENTENCE.match(text, run.end)
            # 'X remembers the night the militia came: "..."': her words after a colon (not
            # after a verb of saying, which a body's name takes too: "X Mining announced:")
            or (
                _QUOTE_AFTER_COLON.match(text, run.end)
                and text[run.end + 1 : run.end + 16].split(" ", 1)[0] not in SPEECH_VERBS
            )
        ):
            yield _person(text, tokens, "actor_subject_person")


# His or her later in the sentence, no capital, quote mark or clause's stop before it ("her"
# before an article or a preposition is an object: "the charity gave her a tent").
_POSSESSIVE_LATER_IN_SENTENCE: Final = re.compile(
    r"[^.!?;:\n\"\u201c\u201dA-Z]{0,160}?\b(?:his\b|her (?!(?:a|an|the|to|and|in|on|at|that"
    r"|with|for|from|by|as|of)\b)[a-z])"
)
# The sentence ends and a quote opens: ' remembers the day.\n\n"They came ...'.
_QUOTE_AFTER_SENTENCE: Final = re.compile(r"[^.!?\n\"\u201c\u201d]{0,160}[.!?]\s+[\"\u201c]")
_BE_NEXT: Final = re.compile(r" (?:was|is) [a-z\d]")
# ... and what is done only to a person, after "was": "was shot dead", "was stabbed", "was
# abducted from" (a town "was shelled" or "attacked", never "shot dead" or "stabbed")
_HARMED_NEXT: Final = re.compile(
    r" was (?:(?:later|allegedly|reportedly|fatally) )?(?:shot(?: dead| and killed|(?! at| down))"
    r"|stabbed"
    r"|murdered|assassinated|lynched|beheaded|hacked to death|beaten to death|strangled"
    r"|abducted|kidnapped|arrested|detained|executed|killed|wounded|injured)\b"
)


# ... or the sentence introduces a quote with a colon: ' remembers the night they came: "'.
_QUOTE_AFTER_COLON: Final = re.compile(r"[^.!?\n\"\u201c\u201d:;]{0,160}:\s*[\"\u201c]")
# ... and the quote is said by a he or a she: '... husband. "I call him," she says'.
# (one sentence may stand between that names nobody, no capital after its first letter: '...
# her flat. It is the hour her son left. "I wait," she says')
_PRONOUN_QUOTE_AFTER_SENTENCE: Final = re.compile(
    r"[^.!?\n\"\u201c\u201d]{0,160}[.!?]\s+(?:[A-Z][^.!?\n\"\u201c\u201dA-Z]{1,200}[.!?]\s+)?"
    r"[\"\u201c][^\"\u201c\u201d\n]{1,400}"
    r"[,?!][\"\u201d]\s+(?:s?he)\s+(?:says|said|adds|added|tells|told|recalls|recalled)\b"
)
# ... or the next sentence's subject is a he or a she ('... a shot hit her in the neck. She
# died before ...'), or a she says so in it ('It is the hour, she says, when ...').
_HE_OR_SHE_NEXT: Final = re.compile(
    r"[^.!?\n\"\u201c\u201d]{0,200}[.!?]\s+(?:S?he [a-z]|[A-Z][^.!?\n\"\u201c\u201d]{0,60}, s?he"
    r" (?:says|said),)"
)


def _he_or_she_after(text: str, end: int) -> bool:
    """True when a he or a she speaks or acts right after the sentence that a name at `end`
    stands in: a he's or a she's quote, or a he or a she opening the next sentence."""
    return bool(_PRONOUN_QUOTE_AFTER_SENTENCE.match(text, end) or _HE_OR_SHE_NEXT.match(text, end))


# A verb in the present after a name: "waits for", "lights a", "treats the" (not a plural
# noun: "fighters in", "residents of").
_PRESENT_VERB_NEXT: Final = re.compile(
    r" (?![a-z]+(?:ers|ors|ants|ents|ists|ans|ees|ites|ies)\b)[a-z]{3,}(?<!ss)s"
    r" (?:a|an|the|his|her|for|to|in|on|at|with|from|every|each|into|out|up|back|down|by)\b"
)
# An opening phrase before a sentence's subject: "In Goma, ", "Every evening at seven, ",
# "Two days later, ", "Asked about the strike, ".
# (a dateline's dash may stand before it: "Taiz, Yemen - On the morning of November 24, ")
_OPENING_PHRASE: Final = re.compile(
    r"(?:^|[.!?]\s+|\n| [-\u2013\u2014] )[A-Z][a-z]+(?: [\w'\u2019-]+){0,13}, $"
)
_AFTER_DATELINE: Final = re.compile(r"(?:^|\n)[^\n]{2,60}\) [-\u2013\u2014] $")
# A dateline without an agency: its place in capitals, a state or region after a comma.
_AFTER_PLAIN_DATELINE: Final = re.compile(
    r"(?:^|\n)[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}(?:, [A-Z][\w.' ]{1,30})? [-\u2013\u2014] $"
)
# What opens a clause whose subject follows: "..., but X", "When X returned, ..." (the
# capitalised word opening the sentence is the run's first).
_CLAUSE_SUBJECT_BEFORE: Final = re.compile(r"[,;] (?:but|yet) $")
_CLAUSE_OPENERS: Final = words(
    "When As While After Before Although Though Because Since Until Once But"
)
# Verbs of what people do (a place "was besieged" or "has seen fighting"; a person "has
# lived", "sells", "met", "fled").
# A modal or "do" and its verb: "will never forget", "could not find", "did not want" (a
# town "will not fall" too: taken only before a he's or a she's quote).
_MODAL_VERB_NEXT: Final = re.compile(
    r" (?:will|would|could|can|cannot|did|does|should|must|might)(?: not| never| no longer"
    r"| still| now| only| rarely| often| always| hardly| barely)? [a-z]{2,}\b"
)
_MODAL_INITIALS: Final = frozenset("wcdsm")
_SUBJECT_VERB_NEXT: Final = re.compile(
    # ("has not slept", "had just finished": "has", "had" and an adverb before the verb)
    r" (?:(?:has|had|have)\s+(?:(?:not|never|just|already|long|since|also|still|only|finally)"
    r"\s+)?)?(?:lives|lived|sells|sold|works|worked|fled|lost|remembers"
    r"|remembered|recalls|recalled|keeps|kept|owns|owned|spent|spends|grew\s+up|waits|waited"
    r"|says|said|stood|sat|sits|met|saw|heard|spoke|wrote|drove|knew|walked|wept|cried"
    r"|smiled|nodded|shrugged|sighed|prays|prayed|teaches|taught|farms|farmed|married"
    r"|buried|carried|runs|ran|raises|raised|gathers|gathered|cooks|cooked|looks\s+after"
    # the irregular pasts of going, taking and finding: "Yeshi Tadesse had gone to market"
    # (never "came under fire" nor "fell", which towns do too)
    r"|gone|went|came(?!\s+under)|come(?!\s+under)|took|taken|gave|given|found|made|got"
    r"|brought|bought|began|begun|left|fought|hid|hidden|felt|slept|woke|paid|sent|spoke"
    # ... and any other verb in the past: "arrived", "returned", "escaped", "watched"
    r"|[a-z]{3,}ed)\b"
)
# A finite verb, then "his" or "her" within its object: "shook his head", "lost her son".
_VERB_THEN_POSSESSIVE: Final = re.compile(
    r" (?:[a-z]{2,}(?:ed|s)|shook|lost|held|took|gave|raised|left|kept|sent|told|showed|wiped)"
    # ("her" before an article or a preposition is the object: "the charity gives her a tent")
    r" (?:[a-z]+ ){0,2}?(?:his\b|her(?! (?:a|an|the|to|and|in|on|at|that|with|for|from|by|as"
    r"|of)\b)\b)"
)
# ... and only a person is a "he" or a "she" (a town has "its", a country may have "her").
_PERSONAL_PRONOUN: Final = re.compile(r"\b(?:[Ss]he|[Hh]e)\b")


_WHICH_AFTER: Final = re.compile(r",\s+which\b")


# "identified as" right before a name, and "identified only as".
_IDENTIFIED_AS_BEFORE: Final = re.compile(r"\bidentified (?:only )?as\s+$")


def _sentence_start_before(ctx: SuggestContext, offset: int) -> int:
    """The start of the sentence holding `offset` (or 160 characters back)."""
    sentence = ctx.sentence_at(offset)
    return max(0, offset - 160) if sentence is None else sentence.start


def _thing_identified_before(ctx: SuggestContext, start: int) -> bool:
    """Whether the name at `start` follows "identified as" said of a thing (`_thing_identified`:
    "The drone that hit the building was identified as Shahed")."""
    found = _IDENTIFIED_AS_BEFORE.search(ctx.text, max(0, start - 30), start)
    return found is not None and _thing_identified(
        ctx.text, found.start(), _sentence_start_before(ctx, found.start())
    )


def _single_name_is_person(ctx: SuggestContext, start: int, end: int) -> bool:
    """One name alone only where nothing else can stand: "gave her name as Vesna", "Baloch's
    widow, Samina, said", and a given name opening the sentence before an age or a relative
    clause ("Aisha, 34, said", "Aisha, who asked that her surname not be used, said")."""
    text = ctx.text
    if not _single_name_may_be_person(text, start, end):
        return False  # (most lone names: none of the tests below that say yes can)
    if text[start:end] in _PLURAL_PEOPLE:
        return False  # '"Women told our staff they walked for days"': people, no name
    index = _gazetteer_index(ctx.gazetteer)
    if text[start:end] in index.demonyms:
        return False  # "a witness identified as Syrian": a nationality
    if index.kinds.get(text[start:end], ("person",))[0] != "person":
        return False  # "Al-Shabaab said": a name the gazetteer knows as a group or state
    if _WHICH_AFTER.match(text, end):
        return False  # "X, which is linked to ..., said": people take "who"
    if _named_as_a_body(text, start) or _named_as_a_place(text, start):
        return False  # "an operation called Shujaa", "a militia called Kata", "a village called X"
    if (
        text[max(0, start - 16) : start].rsplit(None, 1)[-1:] in _SINGLE_NAME_LAST
        and (
            (
                _SINGLE_NAME_BEFORE.search(text, max(0, start - 40), start)
                and not _thing_identified_before(ctx, start)
            )
            or (_KIN_BEFORE.search(text, max(0, start - 40), start) and text[end : end + 1] == ",")
        )
        and not _is_locative(ctx, start)
    ):
        return True
    name = text[start:end]
    if _DESCRIBED_AS_BODY.match(text, end):
        return False  # "Sawa, the rights group that ...": a body, named by its kind
    if _in_role_apposition(ctx, start, end):
        return True
    if not (
        not name.endswith("s")
        and len(name) > 2
        and ctx.gazetteer.get(name) is None
        and name not in _gazetteer_index(ctx.gazetteer).demonyms
    ):
        return False
    if _SINGLE_NAME_AFTER.match(text, end) and (
        is_sentence_start(text, start)
        # "At a transit site outside Adre, Awa, 23, was queueing": after an opening phrase
        or _AFTER_OPENING_PHRASE.search(text, max(0, start - 90), start)
    ):
        return True
    if _TITLED_SPEAKER_AFTER.match(text, end) and _title_before(text, start):
        # "presidential adviser Setiawan was quoted", "spokesman Suparman, who": one name
        # after a role in lower case, before its verb or relative
        return name not in _WEEKDAYS and name not in _MONTHS
    if (
        text.startswith(" of ", end)
        and _ACCUSING_BEFORE.search(text, max(0, start - 16), start)
        and name[1:].islower()
        and name not in _GENERIC_SUBJECTS
        and name not in _gazetteer_index(ctx.gazetteer).kinds
        and ctx.known_actors.get(name, "person") in ("person", None)
    ):
        return True  # "Kagame accused Tshisekedi of lying": one accused of a deed acts
    # A closing quote mark shortly before: the cheap test that gates the two below.
    before = text[max(0, start - 20) : start]
    after_quote = '"' in before or "\u201d" in before or "\u2019" in before
    if (
        (
            (after_quote and _QUOTE_CLOSED_BEFORE.search(text, max(0, start - 4), start))
            or is_sentence_start(text, start)
        )
        and name not in _SUBJECT_NOUNS
        and name not in ctx.known_actors  # "Mogadishu said": a capital tagged elsewhere
        and not name.endswith("ing")  # "Shelling blamed on ...": a gerund
        # '"...," Mbusa said', '"...," Kabir, a retired teacher, told Reuters': one name
        # between a closed quote and its speech verb; "Haruna, reached by phone, added:",
        # "Kryvenko later told local television:": one name opening a sentence before it
        and speech_follows(text, end)
    ):
        return True
    if (
        # "Okafor said the attackers came at night": a surname never introduced, as the
        # subject of a speech verb at a sentence's opening or after a closed quote
        _LONE_SPEAKER_AFTER.match(text, end)
        and name[1:].islower()
        and name not in _GENERIC_SUBJECTS
        and name.lower() not in ROLE_WORDS
        and not is_title(name)
        and name not in _gazetteer_index(ctx.gazetteer).kinds
        and ctx.known_actors.get(name, "person") in ("person", None)
        and (
            is_sentence_start(text, start)
            or _QUOTE_CLOSED_BEFORE.search(text, max(0, start - 6), start)
            # "WASHINGTON (AP) - Trump said", "Speaking in Geneva, Okafor told ...": the
            # subject after a dateline or after the sentence's opening phrase
            or _AFTER_DATELINE.search(text, max(0, start - 80), start)
            or _AFTER_OPENING_PHRASE.search(text, max(0, start - 90), start)
        )
        # ... and no word of a longer name here ("Khan Sheikhoun" ... "Khan said")
        and not any(
            text[at + len(name) : at + len(name) + 2][-1:].isupper()
            and text.startswith(" ", at + len(name))
            for at in ctx.piece_index.get(name, ())
        )
    ):
        return True
    if (
        # "..., said Rusdiono, director of the health office", "according to Suparman, a
        # peasant woman who fled": reported speech's slot, then the name described
        text.startswith(", ", end)
        and _REPORTED_SLOT_BEFORE.search(text, max(0, start - 16), start)
        and name[1:].islower()
        and name not in _WEEKDAYS
        and name not in _MONTHS
        and name not in _GENERIC_SUBJECTS
        and ctx.known_actors.get(name, "person") in ("person", None)
        and (
            _DESCRIBED_AFTER.match(text, end)
            or _SINGLE_NAME_AFTER.match(text, end)
            or _OWNED_ROLE_AFTER.match(text, end)
        )
    ):
        return True
    # '"...," said Grace, a 19-year-old mother', '"...," added Okello, 52,': a name in the
    # attribution slot after any speech verb, described or aged right after
    return bool(
        after_quote
        and (
            _DESCRIBED_AFTER.match(text, end)
            or _SINGLE_NAME_AFTER.match(text, end)
            # '"...," said Rusdiono, MSF's head of mission', '..., said Haryanto, director
            # of the health office': a role after the name, owned or bare
            or _OWNED_ROLE_AFTER.match(text, end)
        )
        and _VERB_AFTER_QUOTE.search(text, max(0, start - 20), start)
    )


# After a titled lone name: its speech verb, or a comma before a verb or a relative.
_TITLED_SPEAKER_AFTER: Final = re.compile(
    r"(?: (?:said|says|told|tells|added|wrote)\b|, (?:who|whose|said|says|told|added)\b"
    r"| was quoted\b)"
)


def _title_before(text: str, start: int) -> bool:
    """Whether the word right before `start` (one space between) is a role written in lower
    case ("presidential adviser X was quoted", "spokesman X said"): a capitalised title also
    opens places' names ("in Sheikh Othman said"), and titled names are actor_titled_person's."""
    if not text.endswith(" ", 0, start):
        return False
    word = text[max(0, start - 30) : start - 1].rsplit(None, 1)[-1:]
    return bool(word) and word[0].islower() and word[0] in _ROLE_HEADS


# The nouns that head a person's role in an apposition around a lone name: the role
# words but the verbs, and offices that are only ever written before a comma.
_ROLE_HEADS: Final = (ROLE_WORDS - {"called", "named", "general"}) | words(
    "administrator adviser advisor official officer coordinator co-ordinator delegate founder "
    "organiser organizer manager superintendent inspector prefect governor chair chairwoman "
    "chairperson convenor convener member councilor ombudsman owner president executive "
    # ... and offices dev writes in lower case before a name ("BJP legislator X", "local
    # sarpanch X", "senior advocate X", "opposition senator X", "public defender X")
    "legislator sarpanch advocate senator defender "
    # ... an editor, a counsellor, a tribe's sheikh, a region's premier ("Their editor, X,
    # told", "A sheikh of one of the tribes, X, said", "Its Premier, X, said")
    "editor counsellor counselor sheikh premier"
)
# (any case: "The Minister of Communication and Media, X, told journalists")
_ROLE_HEAD: Final = "(?i:" + "|".join(sorted(_ROLE_HEADS, key=longest_first)) + ")"
# "Its representative in Chad, X, said", "the governor of Tak province, X, who": the
# role's noun, at most a phrase of place or body after it, the comma before the name ...
_ROLE_BEFORE_NAME: Final = re.compile(
    r"\b"
    + _ROLE_HEAD
    # ... or a participle's phrase: "A trader reached by satellite phone in Kadugli, X, said"
    # ... or any participle's: "The medical officer leading the work, X, said"
    + r"(?:\s+(?:in|for|of|at|on|with|from|reached|contacted|interviewed|[a-z]{3,}ing)\s+"
    r"[^,;:.!?\"\u201c\u201d\n]{1,60}"
    # ... or a relative clause: "An ICRC surgeon who visited the ward in October, X, said",
    # and a body's long name with its acronym: "the chairman of the National Union of Road
    # Transport Drivers of Mali (NURTD), X, said"
    r"|\s+(?:who|that)\s+(?P<relative>[a-z][^,;:.!?\"\u201c\u201d\n]{1,80})"
    r"|\s+of\s+(?:the\s+)?[A-Z][^,;:.!?\"\u201c\u201d\n]{1,90})?,\s$"
)
_OWNED_ROLE_AFTER: Final = re.compile(
    r", (?:(?:the )?[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}['\u2019]s (?:[\w-]+ ){0,3}?"
    # ... or a common noun's ("the league's vice-president"), or one or two words that
    # qualify the role ("senior Sahel researcher at ...", "deputy director")
    r"|the [a-z]+['\u2019]s (?:[\w-]+ ){0,2}?|(?!(?:a|an|the)\b)(?:[A-Za-z][\w-]* ){1,2}?)?"
    r"(?:[a-z]+-)?" + _ROLE_HEAD + r"\b"
)
# A place ending a relative clause before a name's comma: "who works in the capital",
# "who lives near Goma" (not a month: "who visited the ward in October").
_PLACE_ENDS_CLAUSE: Final = re.compile(
    r"\b(?:in|at|near|from|outside|around|of|to)\s+(?:the\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)[A-Za-z-]+$"
)
# ... and a word other than an article or a preposition after the name's comma: a verb or
# a relative ("a security analyst at Usmanu Danfodiyo University, Sokoto, the group ...":
# there the name is the body's town).
_VERB_AFTER_NAME: Final = re.compile(
    r", (?!(?:the|a|an|in|on|at|of|for|and|or|but|to|from|with|by|near|its|their)\b)[a-z]+\b"
)
# ... or the name's apposition closed by its age, by a quotation it opens, or by "and"
# and a second holder ("its spokeswoman in Tubas, Setiawan, \"paramedics waited...\"", "Its
# head in Somalia, Suparman, and the WFP's country director, ..."); a name that ends its
# clause is `_in_role_apposition`'s other test.
_NAME_ENDS_SENTENCE: Final = re.compile(r"\.(?:\s|$)")
_CLAUSE_GOES_ON_AFTER_NAME: Final = re.compile(
    r", (?:\d{1,3}(?=[,.;] )|[\"\u201c]|and (?:the|a|an|his|her|its|their) )"
)
# '"...," said X, a Nuba community leader who ...', "According to X, a security analyst at
# ...": the name, then an apposition whose head is a role (its last word before a
# preposition, a relative or a stop) ...
_ROLE_AFTER_NAME: Final = re.compile(
    # ... or a capitalised office with no article: "Sutrisno, Special Representative of ..."
    r", (?:(?:a|an|the) (?:[\w'\u2019-]+ ){0,4}?"
    # (a compound's head too: "a schoolteacher", "a headteacher")
    r"|(?:a|an) [a-z]{3,8}(?=[a-z]{3,}[,.; ])"
    r"|(?:[A-Z][\w'\u2019-]* ){0,3}(?=[A-Z]))"
    + _ROLE_HEAD
    + r"(?=[,.;]| (?:of|for|in|at|with|who|whose|from|and|based)\b)"
)
# ... closed by a comma before the sentence ends ("X, the head of the branch, said"): a
# sentence's opening word before "the <role> ... wept" is its adverb ("Outside, the mother
# of a defendant wept").
_APPOSITION_CLOSED: Final = re.compile(r"[^.!?;\"\u201c\u201d\n]{0,120}?, ")


def _in_role_apposition(ctx: SuggestContext, start: int, end: int) -> bool:
    """A lone name in apposition with a person's role, the role before it ("Its
    representative in Chad, Harjono, said") or after it ("said Harjono, a community
    leader"): a place in that slot has no role ("the capital, Kabul,", "in Kidal, a
    town"), and a body is described by its kind, not by a person's role."""
    text, name = ctx.text, ctx.text[start:end]
    # "said the territory's administrator, Harjono.": the name may end its sentence
    ends = (
        _NAME_ENDS_SENTENCE.match(text, end) is not None
        and name[1:].islower()
        and name.lower() not in ABBREVIATIONS  # "the chairman of the council, Hon. X"
    )
    if not (ends or text.startswith(", ", end)) or name in _GENERIC_SUBJECTS or is_title(name):
        return False
    if name in _MONTHS or name in _WEEKDAYS:
        return False  # "On Tuesday, the president of the council said"
    if name.isupper() or ctx.known_actors.get(name, "person") not in ("person", None):
        return False
    before = text[max(0, start - 12) : start].rsplit(None, 1)[-1:]
    if before and before[0] in NAME_PARTICLES:
        return False  # "dos Santos, a spokesperson": the name's particle stands before it
    role_before = (
        _ROLE_BEFORE_NAME.search(text, max(0, start - 90), start)
        if text.endswith(", ", 0, start)
        else None
    )
    if role_before is not None and (
        role_before.group("relative") is None
        # ("A surgeon who works in the capital, X,": X names the capital, a place)
        or not _PLACE_ENDS_CLAUSE.search(role_before.group("relative"))
    ):
        found = (
            ends
            or _VERB_AFTER_NAME.match(text, end) is not None
            or _CLAUSE_GOES_ON_AFTER_NAME.match(text, end) is not None
            # "Another resident, Wiranto, a schoolteacher, said": a second role after it
            or _ROLE_AFTER_NAME.match(text, end) is not None
        )
    elif ends:
        return False
    else:
        role = _ROLE_AFTER_NAME.match(text, end)
        found = role is not None and (
            _APPOSITION_CLOSED.match(text, role.end()) is not None
            or not is_sentence_start(text, start)
        )
    return found and not _is_locative(ctx, start)


# Plural nouns of people that open a sentence capitalised: never one person's name.
_PLURAL_PEOPLE: Final = words(
    "Women Men Children Residents Villagers Witnesses Survivors Families Relatives Parents "
    "Mothers Fathers Farmers Herders Traders Students Teachers Doctors Nurses Officials "
    "Soldiers Troops Protesters Demonstrators Refugees Migrants Civilians Locals Elders "
    "Youths Workers Journalists Lawyers Activists Gunmen Militants Fighters Rebels Neighbours "
    "Neighbors Patients Pupils Worshippers Passengers Miners Fishermen Returnees Volunteers"
)


def _single_name_may_be_person(text: str, start: int, end: int) -> bool:
    """False when none of the tests by which `_single_name_is_person` says yes can pass: each
    of them needs one of these cheap conditions first (a word of `_SINGLE_NAME_LAST` before,
    ", " or " of " after, a quote mark shortly before, a sentence's start, or a speech verb
    right after). Asked of every lone name in attribution, most of which have none."""
    before = text[max(0, start - 20) : start]
    return bool(
        text.startswith((", ", " of "), end)
        or (text.startswith(".", end) and text.endswith(", ", 0, start))
        or '"' in before
        or "\u201d" in before
        or "\u2019" in before
        or _LONE_SPEAKER_AFTER.match(text, end)
        or text.startswith(" was quoted", end)  # (`_TITLED_SPEAKER_AFTER`'s passive)
        or is_sentence_start(text, start)
        or text[max(0, start - 16) : start].rsplit(None, 1)[-1:] in _SINGLE_NAME_LAST
    )


def _lone_name_before(text: str, at: int) -> str:
    """The capitalised word right before `at` (a comma and spaces between allowed) when it
    stands alone: after punctuation or a lower-case word ("... Dube said"), else ""."""
    end = at
    while end > 0 and text[end - 1] == " ":
        end -= 1
    if end > 0 and text[end - 1] == ",":
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'\u2019"):
        start -= 1
    word = text[start:end]
    if not word[:1].isupper() or end == at:
        return ""
    before = start
    while before > 0 and text[before - 1] == " ":
        before -= 1
    if before < start and before > 0 and text[before - 1].isalnum():
        # a word before it: only a lower-case one leaves the name alone ("Kenya Dube")
        first = before
        while first > 0 and (text[first - 1].isalnum() or text[first - 1] in "-'\u2019"):
            first -= 1
        if not text[first:before][:1].islower():
            return ""
    return word


# What follows one name owned by a body, that only a person does: "Al Jazeera's X,
# reporting from Amman,", "MSF's X said".
_OWNED_PERSON_AFTER: Final = re.compile(
    r"(?:, (?:reporting|speaking|writing|who)\b| (?:said|says|reported|reports|told|tells"
    r"|wrote|added)\b)"
)
# A speech verb or "according to" right before a name, in reported speech.
_REPORTED_SLOT_BEFORE: Final = re.compile(r"\b(?:said|says|added|[Aa]ccording to) $")
_VERB_AFTER_QUOTE: Final = re.compile(
    r"[,!?][\"\u201d\u2019] (?:" + "|".join(sorted(SPEECH_VERBS, key=longest_first)) + r") $"
)
_ACCUSING_BEFORE: Final = re.compile(r"\b(?:accused|accuses|accusing|accuse) $")
# ('"...," X said'; the comma after the mark as British wires set it: '"...", X said')
_QUOTE_CLOSED_BEFORE: Final = re.compile(r"(?:[,!?][\"\u201d\u2019]|[\"\u201d\u2019],)\s+$")
# A sentence's opening phrase, then a comma: "Speaking to reporters in Geneva, " (no
# quote mark, no other comma: a list's last item is no subject).
_AFTER_OPENING_PHRASE: Final = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:Speaking|Asked|Addressing|Writing|Interviewed|Reached|Visiting"
    r"|Returning|In|On|At|During|After|Later|Earlier|Meanwhile"
    # ... of place or time: "Outside a school in the old city, X, 58, said"
    r"|Outside|Inside|Near|Across|Along|Back|Like|Since|Every|Last)\b"
    r"[^.!?\n,;:\"\u201c\u201d]{0,70}, $"
)
_NAME_AFTER_QUOTE_VERB: Final = re.compile(r" ([A-Z][a-z\u00e0-\u024f'\u2019-]+)(?=[.,])")


def _named_by_surname(ctx: SuggestContext) -> Iterator[Suggestion]:
    """A full name whose last word speaks alone elsewhere: "Nkosana Dube and Thandi Mokoena
    spoke. ... Dube said" makes "Nkosana Dube" a person (and "Dube", by its mentions)."""
    text = ctx.text
    runs = _runs(ctx, connectors=False)
    listed = _gazetteer_index(ctx.gazetteer).kinds
    demonyms = _gazetteer_index(ctx.gazetteer).demonyms
    speaking = set()
    index = ctx.piece_index
    # From each speech verb back to a lone capitalised word ("Dube said"): verbs are few.
    for verb in SPEECH_VERBS:
        for at in index.get(verb, ()):
            end = at + len(verb)
            # (a space and an ASCII capital open every match: tested before the pattern)
            after = (
                _NAME_AFTER_QUOTE_VERB.match(text, end)
                if text.startswith(" ", end) and text[end + 1 : end + 2] in _ASCII_UPPER
                else None
            )
            if after is not None and _QUOTE_CLOSED_BEFORE.search(text, max(0, at - 4), at):
                # '"...," added Dube.': the lone name after the verb that closes a quote
                word = after.group(1)
                if word not in listed and word not in _NOT_NAMES and not is_title(word):
                    speaking.add(word)
            word = _lone_name_before(text, at)
            if (
                word
                and word not in listed
                and not word.isupper()
                and word not in _NOT_NAMES
                and _person_tokens((Token(word, 0, len(word)),))
                and not _coordinated_with_demonym(text, at - len(word) - 1, demonyms)
            ):
                speaking.add(word)
    # "Nkosi's lawyer said", "Obi's widow": a lone name owning what only a person has
    for mark in ("'s ", "\u2019s "):
        at = text.find(mark)
        while at >= 0:
            # (the kin after the mark first: a match there is rarer than an owner's word)
            if (
                _KIN_OR_COUNSEL.match(text, at + 2)
                and (owner := _OWNER_WORD.search(text, max(0, at - 30), at)) is not None
            ):
                word = owner.group(1)
                if (
                    word
                    and word not in listed
                    and word not in demonyms
                    and not word.isupper()
                    and word not in _NOT_NAMES
                    and not is_title(word)
                ):
                    speaking.add(word)
            at = text.find(mark, at + 3)
    if not speaking:
        return
    for run in runs:
        tokens = run.tokens
        last = tokens[-1].text
        if last.endswith(("'s", "\u2019s")):
            last = last[:-2]  # (what `_POSSESSIVE_END.sub` leaves of a word: no regex per run)
        if len(tokens) < 2 or last not in speaking:
            continue  # ("Fatou Diop's husband ... Diop said": the possessive is no part)
        while tokens and (
            tokens[0].text in _NOT_NAMES
            or is_title(tokens[0].text)
            or tokens[0].text.lower() in ROLE_WORDS  # "Engineer Marten van der Hoek"
            # "Motorcyclist Issa Dembele ... Dembele said": a description, two words after it
            or (len(tokens) > 2 and _describes_a_person(tokens[0].text))
        ):
            tokens = tokens[1:]
        # particles do not count: "Marten van der Hoek ... van der Hoek said"
        named = sum(t.text not in NAME_PARTICLES for t in tokens)
        if (
            2 <= named <= 3
            and _POSSESSIVE_END.sub("", tokens[-1].text) in speaking
            and _person_tokens(tokens)
            and text[tokens[0].start : tokens[-1].end] not in listed
            and tokens[0].text not in demonyms
            and not _GROUP_NOUN_AFTER.match(text, tokens[-1].end)
        ):
            yield _person(text, tokens, "actor_surname_mentions")


# "a sign in Thai and Malay asks": a word coordinated with a nationality is a language or
# a people, not a person's surname.
_AFTER_DEMONYM: Final = re.compile(r"\b([A-Z][\w-]*)\s+(?:and|or)\s+$")


def _coordinated_with_demonym(text: str, start: int, demonyms: Collection[str]) -> bool:
    """True when the word at `start` follows "<nationality> and" ("in Thai and Malay")."""
    found = _AFTER_DEMONYM.search(text, max(0, start - 30), start)
    return found is not None and found.group(1) in demonyms


def _people(ctx: SuggestContext) -> list[Suggestion]:
    if "people" not in ctx.memo:
        found: list[Suggestion] = []
        for finder in (
            actor_titled_person,
            actor_role_person,
            actor_person_in_attribution,
            actor_subject_person,
            actor_patronymic_person,
            actor_given_name_person,
            _owners_of_people,
            _aged_people,
            _named_people,
            _initialled_people,
        ):
            found.extend(finder(ctx))
        found.extend(_named_by_surname(ctx))
        found.extend(_coordinated_people(ctx, found))
        # A name spelled out by its bracketed acronym is an organisation's, not a person's
        # ("a group called Darfur voices for justice and peace (DVJP)").
        definitions = _acronym_definitions(ctx)
        names = sorted((a, b) for a, b, _x, _y, _kind in definitions)
        if names:
            found = [p for p in found if not _inside_any(names, p.start)]
            # ... and the acronym itself, wherever it stands ("Security Agency (Nisa)")
            acronyms = {ctx.text[x:y] for _a, _b, x, y, _kind in definitions}
            found = [p for p in found if ctx.text[p.start : p.end] not in acronyms]
        # A nationality is never a person ("a witness identified as Syrian").
        index = _gazetteer_index(ctx.gazetteer)
        demonyms = index.demonyms
        found = [p for p in found if ctx.text[p.start : p.end] not in demonyms]
        # ... nor a listed state or body ("a paramedic, Lebanon's health ministry said")
        found = [
            p
            for p in found
            if index.kinds.get(ctx.text[p.start : p.end], ("person",))[0] == "person"
        ]
        ctx.memo["people"] = found
    people: list[Suggestion] = ctx.memo["people"]
    return people


# ... of which a lone name can own only these (a place has supporters and advisers too).
_KIN_OR_COUNSEL: Final = re.compile(
    # (one of each: "the city's sons and daughters" are its people)
    r" (?:wife|husband|widow|son|daughter|brother|sister|lawyer|bodyguard)\b"
)
_OWNER_WORD: Final = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w\u0300-\u036f-]*)$")
# What only a person has: "Bola Tinubu's spokesman", "Khalifa Haftar's son".
_PERSONAL_BELONGING: Final = re.compile(
    r" (?:(?:chief|senior|top|former|personal|closest|longtime|long-time) )?(?:spokes(?:man"
    r"|woman|person)|wife|husband|widow|sons?|daughters?|brothers?|family|lawyers?|aides?"
    r"|advisers?|advisors?|supporters|loyalists|bodyguards?|chief of staff|successor"
    r"|predecessor"
    # ... and what befalls only a person: "Ouma Kiprono's body was handed over", "X Y's
    # funeral", "X Y's killers" (not "death toll", a place's too)
    r"|body(?! of)|funeral|burial|grave|killers|killing|murder|assassination|abduction|abductors"
    r"|kidnapping|kidnappers|arrest|detention|death(?! toll))\b"
    # (not "deputy", "administration" nor "campaign", which places have too)
)


def _owners_of_people(ctx: SuggestContext) -> Iterator[Suggestion]:
    """A two- or three-word name owning what only a person has: "Bola Tinubu's spokesman"
    -> "Bola Tinubu" (never a listed name or a place: "Burkina Faso's spokesman")."""
    text = ctx.text
    if "'s " not in text and "\u2019s " not in text:
        return
    index = _gazetteer_index(ctx.gazetteer)
    for run in _runs(ctx, connectors=False):
        last = run.tokens[-1]
        if not last.text.endswith(("'s", "\u2019s")):
            continue  # (`_POSSESSIVE_END` of a word, which holds no line break)
        if not _PERSONAL_BELONGING.match(text, last.end):
            continue
        tokens, _titled = _strip_titles(run.tokens)
        while tokens and (
            tokens[0].text in _NOT_NAMES
            or tokens[0].text.lower() in ROLE_WORDS
            # "Grandmother X Y's son": a description, two words after it
            or (len(tokens) > 2 and _describes_a_person(tokens[0].text))
        ):
            tokens = tokens[1:]
        person = _person_tokens(tokens)
        if person is None or not 1 <= len(person) <= 3:
            continue
        if len(person) == 1 and (
            not _KIN_OR_COUNSEL.match(text, last.end) or person[0].text[:-2].isupper()
        ):
            continue  # one word alone owns only kin or counsel: "Hemedti's brother"
        start, end = person[0].start, _name_end(person[-1], text)
        name = text[start:end]
        if (
            name in index.kinds
            or any(t.text in index.kinds or t.text in index.demonyms for t in person)
            or _is_nationality(person[0].text, index)
            or ctx.known_actors.get(name, "person") not in ("person", None)
            or _is_locative(ctx, start)
            or _title_case_line(text, start)
        ):
            continue
        yield _person(text, person, "actor_surname_mentions")


# A person's age in commas after the name: "relatives of Yakub Mankiev, 41, say", "Aliyu
# Bello, 34, and ...", "Ruth Achieng, aged 9."
_AGE_AFTER_NAME: Final = re.compile(r", (?:aged )?(?:[1-9]\d?|1[01]\d)(?:,|;| and\b|\.(?:\s|$))")
# Ages listed after one word ("sons aged 16, 19 and 24"): no one's age in commas.
_AGES_LISTED: Final = re.compile(r", (?:aged )?\d{1,3}, \d")
# One name word: a capital, then lower-case letters (and an apostrophe or a hyphen).
_ONE_NAME_SHAPE: Final = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019-]+")


def _aged_people(ctx: SuggestContext) -> Iterator[Suggestion]:
    """One to four name words followed by an age in commas: a person, whatever stands
    before ("relatives of Yakub Mankiev, 41, say", "I met Samira, 37, who"), unless listed,
    a people's name or a list of ages ("aged 16, 19 and 24")."""
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    for run in _runs(ctx, connectors=False):
        if text[run.end : run.end + 1] != "," or not _AGE_AFTER_NAME.match(text, run.end):
            continue
        person = _person_tokens(_until_possessive(_strip_titles(run.tokens)[0]))
        if person is None or not 1 <= len(person) <= 4 or person[-1].end != run.end:
            continue
        if len(person) == 1 and (
            _AGES_LISTED.match(text, run.end)
            or person[0].text in index.kinds
            or person[0].text.isupper()  # "UNHCR, 12, ..." is no one's age
            or not _ONE_NAME_SHAPE.fullmatch(person[0].text)
        ):
            continue
        if len(person) > 2 and (
            _describes_a_person(person[0].text) or person[0].text in index.demonyms
        ):
            person = person[1:]  # "said Grandmother X Y, 41,": the description is no name
        name = text[person[0].start : person[-1].end]
        if (
            person[0].text in _NOT_NAMES
            or person[0].text.lower() in ROLE_WORDS
            or name in index.kinds
            or any(t.text in index.kinds or t.text in index.demonyms for t in person)
            or ctx.known_actors.get(name, "person") not in ("person", None)
        ):
            continue
        yield _person(text, person, "actor_surname_mentions")


# Words that give a person's name or another name for them: "goes by the call sign X",
# "under the nom de guerre X", "whose real name is X", "His name, he said, was X", "they
# call him X", "a drone operator known as X", "Known to everyone as X, he ...".
_NAMED_PERSON: Final = re.compile(
    r"\b(?:(?:by|under|uses|use)\s+)?(?:the|a|his|her)\s+(?:call[- ]?sign|nom\s+de\s+guerre"
    r"|code\s*name)\s+(?:of\s+)?"
    r"|\b(?:[Hh]is|[Hh]er|whose)\s+(?:(?:real|full|first|given|true)\s+)?name"
    r"(?:,\s+[a-z][^,.;\"\u201c\u201d]{0,60},)?\s+(?:is|was)\s+"
    r"|\bcall(?:s|ed)?\s+(?:him|her)\s+"
    r"|\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}?(?:operator|photographer|driver|pilot|sniper|fighter"
    r"|commander|gunman|smuggler|trader|farmer|teacher|nurse|medic|doctor|activist|man|woman"
    r"|boy|girl|soldier|officer|rebel|militant|poet|singer|preacher)\s+known\s+"
    r"(?:(?:locally|widely|simply)\s+|to\s+(?:[a-z]+\s+){1,3})?as\s+"
    r"|(?:^|(?<=[.!?] ))Known\s+(?:to\s+(?:[a-z]+\s+){1,4})?as\s+"
    r"(?=[^,.;\n]{1,40},\s+(?:he|she)\b)",
    re.MULTILINE,
)
_NAMING_KEYS: Final = ("call", "guerre", "name", "known", "Known")
# Each form of _NAMED_PERSON holds one of the keys and what its form puts right after it
# ("call sign ", "calls him ", "name is", "known as"), with at most four words of the match
# before the key ("by the nom de guerre", "A young drone operator known"), and a match
# opens at a word's start. (Alternatives opening with a literal each: the engine skips to
# their first letters, where "[Kk]nown" made it try every offset.)
_NAMING_KEY: Final = re.compile(
    r"call(?:[- ]?sign|(?:s|ed)?\s+(?:him|her))\s|guerre\s|name[\s,]|known\s|Known\s"
)
_WORDS_BEFORE_A_NAMING_KEY: Final = 4
_WORD_START: Final = re.compile(r"\b\w")


def _named_person_matches(text: str) -> Iterator[re.Match[str]]:
    """What `_NAMED_PERSON.finditer(text)` finds, the pattern tried only at the word
    starts up to four words before each key (its forms with no literal opening made a
    search of the whole text cost 130 ms a megabyte)."""
    end = 0  # where the last match ended: matches do not overlap
    tried = -1  # the last start tried
    for key in _NAMING_KEY.finditer(text):
        at = key.start()
        if at < end:
            continue
        start = at
        for _ in range(_WORDS_BEFORE_A_NAMING_KEY):
            while start > 0 and text[start - 1].isspace():
                start -= 1
            while start > 0 and not text[start - 1].isspace():
                start -= 1
        for opening in _WORD_START.finditer(text, max(start, end, tried + 1), at + 1):
            tried = opening.start()
            found = _NAMED_PERSON.match(text, tried)
            if found is not None:
                yield found
                end = found.end()
                break


def _named_people(ctx: SuggestContext) -> Iterator[Suggestion]:
    """The name right after words that give one for a person (`_NAMED_PERSON`), its
    titles left out ("call him Teacher X" -> "X"), unless listed, a body's or no name."""
    text = ctx.text
    if not any(key in text for key in _NAMING_KEYS):
        return
    index = _gazetteer_index(ctx.gazetteer)
    for found in _named_person_matches(text):
        at = found.end()
        if text[at : at + 1] in ('"', "\u201c"):
            at += 1
        name = _NAMED_WORDS.match(text, at)
        if name is None:
            continue
        words_given = tuple(word_tokens(text, name.start(), name.end()))
        if (
            len(words_given) > 1
            and words_given[0].text in _ARTICLES
            and is_title(words_given[1].text)
        ):
            continue  # "call her La Comisaria": a title with its article, no name
        tokens, _titled = _strip_titles(words_given)
        person = _person_tokens(tokens)
        if person is None or len(person) > 4:
            continue
        if len(person) == 1 and person[0].text in _POSTS_AFTER_A_TITLE:
            continue  # "call her Madam Principal": a post
        spelled = text[person[0].start : person[-1].end]
        if (
            not all(_alias_word_ok(t.text, index) for t in person)
            or spelled in index.kinds
            or ctx.gazetteer.get(spelled) is not None
            or person[0].text.lower() in ROLE_WORDS
            or ctx.known_actors.get(spelled, "person") not in ("person", None)
        ):
            continue
        yield _person(text, person, "actor_person_alias")


def _review73f_word_before(text: str, start: int) -> str:
    """The word right before `start` (read back at most 40 characters), or ""."""
    before = text[max(0, start - 40) : start].split()
    return before[-1] if before else ""


# Posts a courtesy title may stand before, naming no one: "Madam Principal", "Deputy Head".
_POSTS_AFTER_A_TITLE: Final = words("Head Principal Boss")
# One word after a portfolio's word that names no one: a law ("the Finance Bill", "the
# Security Act"); dev: CAS42 1007, CAS48 1051 (ACT73). (ACT73's post qualifiers, "Minister
# Delegate", "Prime Minister Designate", were taken out by REVIEW73F: one dev gold sentence,
# 1070.)
_ACT73_NO_NAME_AFTER_TITLE: Final = words("Bill Bills Act Acts")
_ARTICLES: Final = words("La El Le Los Las Les The")
# A name of one to four capitalised words (a particle or "al-" between), up to the word
# that ends it.
_NAMED_WORDS: Final = re.compile(
    r"[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+(?:(?:de|del|la|el|al|bin|ibn|van|von|da|dos|do|di)"
    r"\s+)?(?:(?:al|el)-)?[A-Z][\w\u0300-\u036f'\u2019-]*){0,3}"
)


# Courtesy titles: a name after one is a person's ("Mr Jean-Bosco Malonga").
_COURTESY_TITLES: Final = words("Mr Mrs Ms Mme Mister Madam Madame Dr")
# A one-word name of two capitalised parts joined by hyphens ("the former Ninjas-Nsiloulou
# militia"): an armed group's name before its kind, where one plain word is a people's.
_HYPHENED_NAME: Final = re.compile(r"[A-Z][a-z\u00e0-\u024f]+(?:-[A-Z][a-z\u00e0-\u024f]+)+")


# A surname after initials: "K.P. Sharma", "Judge A.R. Nuaimi", "From O.N. Mutairi, Sokoto"
# (South Asian and West African copy writes many names so).
_INITIALLED_NAME: Final = re.compile(
    # (the look-ahead first: it fails at once at nearly every offset of the text)
    r"(?=[A-Z]\.)(?<![\w.'\u2019-])(?P<initials>(?:[A-Z]\.[ \u00a0]?){1,3})"
    # (possessive: a shorter name can never pass the look-ahead, and trying each length
    # made a long token quadratic)
    r"(?P<name>[A-Z][a-z\u00e0-\u024f'\u2019-]++(?: [A-Z][a-z\u00e0-\u024f'\u2019-]++)?)"
    r"(?![\w.'\u2019-]*\.[A-Z])"
)
# Initials that spell a state, a body or a time, never a person's given names.
_NOT_PERSON_INITIALS: Final = words(
    "U.S. U.K. U.N. E.U. D.C. B.C. A.D. P.O. T.V. U.A.E. N.B. R.I.P. H.Q. I.D. O.K. U.S.A. "
    # offices ("Indian P.M. Narendra Modi") and a bank ("J.P. Morgan")
    "P.M. M.P. J.P."
)
# ... and the time after a number: "at 9 A.M. Monday"
_CLOCK_BEFORE: Final = re.compile(r"\d[ \u00a0]?$")
_CONTINENTAL: Final = words("African American European Asian Arab Latin Pacific Atlantic")
# One initial only after a title, a role, a byline's word or no capitalised word at all
# ("Plan B. Officials said": a plan, then a sentence).
# ... and after the words that give a person's name: "identified as K. Ramasamy", "named as
# Y. Venkata Ramana", "a man named P. Subbaiah" (ACT69)
_ONE_INITIAL_AFTER: Final = words("By From and or said told to with Dr Mr Mrs Ms as named")
_NAMING_BEFORE_INITIAL: Final = re.compile(
    r"\b(?:(?:identified|named)(?: [\w'\u2019-]+){0,3}? as|(?:his|her) name as|named) $"
)


def _initialled_names(text: str) -> Iterator[re.Match[str]]:
    """`_INITIALLED_NAME.finditer(text)`, tried only at a capital letter before a full stop
    with no letter, digit or full stop before it (a scan for full stops, not a regular
    expression tried at every offset)."""
    i = text.find(".")
    reached = 0
    while i >= 0:
        at = i - 1
        if (
            at >= reached
            and "A" <= text[at : at + 1] <= "Z"
            and not (at and (text[at - 1].isalnum() or text[at - 1] in ".'\u2019-"))
        ):
            found = _INITIALLED_NAME.match(text, at)
            if found is not None:
                reached = found.end()
                yield found
        i = text.find(".", i + 1)


# A compass point's initial as headlines write it before a state's name ("S. Sudan").
_COMPASS_INITIALS: Final = {"N.": "North", "S.": "South", "E.": "East", "W.": "West"}


def _initialled_people(ctx: SuggestContext) -> Iterator[Suggestion]:
    """People written with initials before their surname ("A.J. Wanjiru", "Dr A. Ghani"),
    unless the initials spell a state or a time, or the surname is a listed name or a body's
    word."""
    text = ctx.text
    if "." not in text:
        return
    index = _gazetteer_index(ctx.gazetteer)
    for found in _initialled_names(text):
        initials = found.group("initials").replace(" ", "").replace("\u00a0", "")
        if initials in _NOT_PERSON_INITIALS or _CLOCK_BEFORE.search(
            text, max(0, found.start() - 2), found.start()
        ):
            continue
        if initials.count(".") == 1:
            before = text[max(0, found.start() - 20) : found.start()].split()
            last = before[-1].rstrip(",") if before else ""
            if (
                last
                and not is_title(last.rstrip("."))
                and last not in _ONE_INITIAL_AFTER
                and last.lower() not in ROLE_WORDS
                and not last.endswith((",", ":", '"', "\u201c", "("))
            ):
                continue  # "ward C. Doctors said": a ward's letter, then a sentence
            if last in ("as", "named") and (
                not _NAMING_BEFORE_INITIAL.search(text, max(0, found.start() - 50), found.start())
                # ("identified as B. Residents said": a plural opening the next sentence)
                or (" " not in (name := found.group("name")) and name.endswith("s"))
            ):
                continue  # "rated as A. Residents fled": a grade, then a sentence
        start, end = found.span("name")
        tokens = tuple(word_tokens(text, start, end))
        while len(tokens) > 1 and (
            tokens[-1].text in ORGANISATION_WORDS or tokens[-1].text in _NOT_NAMES
        ):
            tokens = tokens[:-1]
        first = tokens[0].text
        if (
            first in _NOT_NAMES
            or first in ORGANISATION_WORDS
            or is_title(first)
            or first.lower() in ROLE_WORDS
            or first in _MONTHS
            or first in _CONTINENTAL  # "Militia attack on C. African displaced camp"
            or text[start:end] in index.kinds
            or any(t.text in index.kinds or t.text in index.demonyms for t in tokens)
            # "S. Korea fires warning shots": a compass point's initial, then the rest of a
            # listed state's or region's name ("South Korea"), a headline's short form
            or f"{_COMPASS_INITIALS.get(initials, '?')} {text[start:end]}" in index.kinds
            or _person_tokens(tokens) is None
        ):
            continue
        # (from the first initial: "A.M. Ghamdi" is no time of day here)
        yield _suggestion(found.start(), tokens[-1].end, "person", "actor_surname_mentions")


# A full name joined to a person's by "and": "Emeka Nwosu and Ikenna Obi were freed".
# A name word's last letter: small, in Latin letters with or without accents ("Tomić",
# "Ndomaté"; MEDIA67: the ASCII class alone missed them), never a capital (an acronym).
_SMALL_LAST: Final = (
    r"(?:[a-z\u00df-\u00f6\u00f8-\u00ff]|[\u0101\u0103\u0105\u0107\u010d\u010f\u0111"
    r"\u0113\u0117\u0119\u011b\u011f\u0131\u0142\u0144\u0148\u0151\u0155\u0159\u015b"
    r"\u015f\u0161\u0163\u0165\u016b\u016f\u0171\u0173\u017a\u017c\u017e])"
)
_FULL_NAME: Final = (
    r"(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*"
    + _SMALL_LAST
    +
    # (a name's small words between: "and Ruben van der Wal")
    # (up to four words: "and Wilmer Andrés Ospina Restrepo", two given names, two surnames)
    r"(?: "
    + _BYLINE_PARTICLES
    + r"[A-Z][\w\u0300-\u036f'\u2019-]*"
    + _SMALL_LAST
    + r"){1,3})"
)
_AND_FULL_NAME_AFTER: Final = re.compile(r",?\s+and\s+" + _FULL_NAME + r"(?![\w'\u2019-]| [A-Z])")
_FULL_NAME_AND_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])" + _FULL_NAME + r",?\s+and\s+$")
# A list of full names after a person, closed by "and": "the martyred constables, Inamullah,
# Rahim Khan and Niaz Wali," (MEDIA67; the list must close, so "X, Lakki Marwat, said" is
# no list); each name in it is found with `_FULL_NAME_ONLY`.
# The list must name the people of a plural noun just before it ("the martyred constables,
# Inamullah, Rahim Khan and Niaz Wali"; "The victims were A, B and C"; "The four, A, B, C and
# D, face charges", dev 848): a list that opens a
# sentence or follows another verb may join places or bodies ("Ahmed Musa, Tudun Wada and
# Sabon Gari were hit hardest"; "named Chidi Okafor, Emeka Nwosu, Holy Trinity and Saint
# Mary as patrons"), which pass for names (REVIEW67M; the list rests on one dev article).
_PEOPLE_NOUN_BEFORE_LIST: Final = re.compile(
    r"\b(?:[a-z]{2,}(?:s|men|people|children|women)|two|three|four|five|six|seven|eight|nine"
    r"|ten|\d+)(?:,| were| are| included| including| namely|:)\s$"
)
_FULL_NAME_ONLY: Final = re.compile(_FULL_NAME.replace("(?P<name>", "(?:", 1))
_COMMA_LIST_AFTER: Final = re.compile(
    r"(?:, "
    + _FULL_NAME_ONLY.pattern
    + r"){1,6},? and "
    + _FULL_NAME_ONLY.pattern
    + r"(?![\w'\u2019-]| [A-Z])"
)


def _coordinated_people(ctx: SuggestContext, people: list[Suggestion]) -> Iterator[Suggestion]:
    """Two- or three-word names joined by "and" to a person's full name: people too ("the
    hostages, Emeka Nwosu and Ikenna Obi,"), unless listed, a nationality's or a body's."""
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    seen = {(p.start, p.end) for p in people}
    for person in people:
        if (
            text.startswith(", ", person.end)
            and _PEOPLE_NOUN_BEFORE_LIST.search(text, max(0, person.start - 40), person.start)
            and (listed := _COMMA_LIST_AFTER.match(text, person.end, person.end + 200))
        ):
            names = [m.span() for m in _FULL_NAME_ONLY.finditer(text, listed.start(), listed.end())]
            # (a list of people only: "X, Port Harcourt and Y" joins a place, and says nothing)
            if all(_a_coordinated_person(ctx, tuple(word_tokens(text, *n))) for n in names):
                for span in names:
                    if span not in seen:
                        seen.add(span)
                        yield _suggestion(*span, "person", "actor_surname_mentions")
        if " " not in text[person.start : person.end]:
            continue  # a full name only: "Okafor and Kano" may join a place
        after = _AND_FULL_NAME_AFTER.match(text, person.end)
        window = text[max(0, person.start - 50) : person.start]
        rest = window.rstrip()
        # (every match ends with a space, "and", and spaces: tested before the search)
        before = (
            _FULL_NAME_AND_BEFORE.search(text, max(0, person.start - 50), person.start)
            if len(rest) < len(window) and rest.endswith("and") and rest[-4:-3].isspace()
            else None
        )
        for found in (after, before):
            if found is None:
                continue
            start, end = found.span("name")
            tokens = tuple(word_tokens(text, start, end))
            while (
                tokens
                and (
                    is_title(tokens[0].text)
                    or tokens[0].text in _NOT_NAMES
                    or tokens[0].text.lower() in ROLE_WORDS
                    or (tokens[0].text.endswith("s") and tokens[0].text[:-1].lower() in ROLE_WORDS)
                    # "Justices X Y Z and A B": a title's plural
                    or (tokens[0].text.endswith("s") and is_title(tokens[0].text[:-1]))
                    # "and Grandmother X Y": a description, two words after it
                    or (len(tokens) > 2 and _describes_a_person(tokens[0].text))
                )
            ):
                tokens = tokens[1:]  # "Herders Bashir Lawan and ...": the role is no name
            if len(tokens) < 2:
                continue
            start = tokens[0].start
            name = text[start:end]
            if (
                (start, end) in seen
                or _person_tokens(tokens) is None
                or name in index.kinds
                or any(t.text in index.kinds or t.text in index.demonyms for t in tokens)
                or ctx.known_actors.get(name, "person") not in ("person", None)
                or (
                    found is before
                    and not is_sentence_start(text, start)
                    and text[start - 1 : start] != " "
                )
            ):
                continue
            seen.add((start, end))
            yield _suggestion(start, end, "person", "actor_surname_mentions")


def _a_coordinated_person(ctx: SuggestContext, tokens: tuple[Token, ...]) -> bool:
    """Whether a name in a list of people (`_COMMA_LIST_AFTER`) is a person's: shaped as
    one, no title, role or common word first, nothing listed in it."""
    index = _gazetteer_index(ctx.gazetteer)
    name = ctx.text[tokens[0].start : tokens[-1].end] if tokens else ""
    return (
        len(tokens) >= 2
        and not is_title(tokens[0].text)
        and tokens[0].text not in _NOT_NAMES
        and tokens[0].text.lower() not in ROLE_WORDS
        and _person_tokens(tokens) is not None
        and name not in index.kinds
        and not any(t.text in index.kinds or t.text in index.demonyms for t in tokens)
        and ctx.known_actors.get(name, "person") in ("person", None)
    )


def _inside_any(extents: list[tuple[int, int]], offset: int) -> bool:
    """True when `offset` lies in one of the sorted, non-nested `extents` (one bisect)."""
    i = bisect_left(extents, (offset + 1, -1)) - 1
    return i >= 0 and extents[i][0] <= offset < extents[i][1]


@rule(
    "actor_surname_mentions",
    "ACTOR",
    "Every mention of a person found by the rules above, by full name or by surname alone.",
)
def actor_surname_mentions(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for found in _surname_mentions(ctx):
        before = text[max(0, found.start - 8) : found.start].rsplit(None, 1)[-1:]
        if before and before[0] in _LANDFORM_OPENERS and text[found.start - 1] == " ":
            continue  # "whose constituency includes Wadi Khaled": a valley, no "Khaled"
        if found.end - found.start == len(text[found.start : found.end].split()[0]) and (
            _PLACE_NOUN_AFTER.match(text, found.end)
        ):
            continue  # "the Faskari and Danmusa local government areas": a place's name
        if _place_after_of(text, found.start, found.end):
            continue  # "every lane of Zehri", "the Weather Coast of Guadalcanal"
        if " " not in text[found.start : found.end] and _PLACE_PART_AFTER.match(text, found.end):
            # "Marri areas", "a Zardad checkpoint", "the Khattak belt", "Agok hospital",
            # "Mengal family members": a one-word name before a place's, a structure's or a
            # household's noun names that thing (no dev gold person stands before one)
            continue
        if " " not in text[found.start : found.end] and _kind_noun_after_coordinated(
            text, found.end
        ):
            # "the Afridi and Orakzai tribes", "the Meitei and Kuki-Zo communities", "the
            # Faskari and Danmusa local government areas": a surname alone that shares with
            # the name coordinated after it the noun of a people, a group or a place
            continue
        if _PLACE_SLOT_BEFORE.search(
            text, max(0, found.start - 30), found.start
        ) and not text.startswith(("'s", "\u2019s"), found.end):
            # "the embassy in Georgetown", "east of Tuz Khurmatu", "the nearby town of San
            # Fernando de Atabapo": where a place stands (a rule took another mention of
            # it for a person), never a person's slot
            continue
        if (
            text[found.start].islower() or text.endswith(_PARTICLES_SPACED, 0, found.start)
        ) and _CAPITALISED_WORD_BEFORE.search(text, max(0, found.start - 30), found.start):
            # "San Fernando de Atabapo": "de Atabapo" and "Atabapo" close a longer name
            continue
        if (
            (
                _GROUP_NOUN_AFTER.match(text, found.end)
                # "more than 110 Bawm villagers": a one-word surname before a place's people
                or (
                    " " not in text[found.start : found.end]
                    and _PEOPLE_OF_A_PLACE_AFTER.match(text, found.end)
                )
            )
            or (
                " " not in text[found.start : found.end]
                and _PEOPLE_NAMED_BEFORE.search(text, max(0, found.start - 12), found.start)
                and not _NAME_GOES_ON.match(text, found.end)
                and not text.startswith(("'s", "\u2019s"), found.end)
            )
        ):
            # "Dostain Baloch" ... "Baloch separatists", "young Baloch", "the Bawm and
            # other communities": a surname that is a people's name, used for the people
            continue
        named = text[found.start : found.end].split()
        if len(named) > 1 and any(word in _STATE for word in named):
            # "the Defensoría del Pueblo said": a state body's name, not a person's
            # (guideline, open point k)
            found = _suggestion(found.start, found.end, "state", "actor_surname_mentions")
        elif len(named) > 1 and _THE_BEFORE.search(text, max(0, found.start - 4), found.start):
            # "the Comuneros del Sur accused": no dev person span follows "the"; a body's
            # name, typed as its words or its description say
            name = text[found.start : found.end]
            kind = apposed_bodies(ctx).get(name) or _described_names(ctx).get(name)
            if kind is None:
                kind = organisation_type(named)
                if kind == "organisation" and not any(
                    word.lower() in _BODY_KIND_NOUNS for word in named
                ):
                    # "the Abu Salim": nothing in the text or the name says it is a body;
                    # the person the rules took was no person, and no body either
                    continue
            found = _suggestion(found.start, found.end, kind, "actor_surname_mentions")
        yield found


def _described_names(ctx: SuggestContext) -> dict[str, str]:
    """The names `actor_name_then_description` types by what follows them ("the Comuneros
    del Sur, a smaller armed group"), once per document."""
    found: dict[str, str] | None = ctx.memo.get("described_names")
    if found is None:
        found = {
            ctx.text[s.start : s.end]: str(s.attributes.get("type"))
            for s in actor_name_then_description(ctx)
        }
        ctx.memo["described_names"] = found
    return found


# A capitalised word before a name, and a particle of a name between them.
_CAPITALISED_WORD_BEFORE: Final = re.compile(
    r"\b[A-Z][\w\u0300-\u036f'\u2019-]* (?:(?:de|del|da|do|dos|das|la|di|du|des) )?$"
)
_PARTICLES_SPACED: Final = tuple(
    f" {p} " for p in ("de", "del", "da", "do", "dos", "das", "la", "di", "du", "des")
)
# Where only a place's name stands: after "in", "near", a compass point's "of", a
# settlement's or an area's "of", and "the capital,".
_PLACE_SLOT_BEFORE: Final = re.compile(
    r"(?:\b(?:[Ii]n|[Nn]ear|[Oo]utside)|\b(?:north|south|east|west|north-east|north-west"
    r"|south-east|south-west|northeast|northwest|southeast|southwest|outskirts|suburbs) of"
    r"|\b(?:town|city|village|capital|district|municipality|municipalities|province|region"
    r"|port|island|county) of|\bcapital,) $"
)
# A name coordinated after another ("and Orakzai", "or Ogaden"), one or two capitalised
# words, where a people's, a group's or a place's noun may follow it (never after a comma:
# "According to Akpa, Fulani herders attacked").
_COORDINATED_NAME_AFTER: Final = re.compile(
    r" (?:and|or) [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?(?= [a-z])"
)


def _kind_noun_after_coordinated(text: str, end: int) -> bool:
    """Whether the name ending at `end` is the first of two coordinated names that a
    people's, a group's or a place's noun closes ("Afridi and Orakzai tribes")."""
    coordinated = _COORDINATED_NAME_AFTER.match(text, end)
    return coordinated is not None and bool(
        _GROUP_NOUN_AFTER.match(text, coordinated.end())
        or _PLACE_NOUN_AFTER.match(text, coordinated.end())
    )


# Before a people's name, never before a person's surname alone: "the Bawm", "young Baloch".
_PEOPLE_NAMED_BEFORE: Final = re.compile(r"\b(?:the|young|ethnic|many|other|fellow) $")


# A lower-case word that makes the name before it a place's: "Danmusa local government
# area", "the Centre department".
_PLACE_NOUN_AFTER: Final = re.compile(
    r" (?:local government|department|province|district|county|governorate|prefecture"
    r"|municipality|commune|region|village|town|township)s?\b"
)


def _place_after_of(text: str, start: int, end: int) -> bool:
    """True for a one-word name right after "of" that no person's noun governs ("the
    streets of Duran", "every lane of Zehri", "the mayor of Duran"): a place's name there,
    whoever bears it as a surname. Never after a person's noun ("the family of al-Saadi",
    "a photograph of Ali", "the release of X") nor before a possessive ("within an hour of
    X's post"). No dev gold one-word person stands after "of" but after such a noun or
    before a possessive (3 of 641)."""
    return (
        " " not in text[start:end]
        and text.endswith(" of ", 0, start)
        and not text.startswith(("'s", "\u2019s"), end)
        and not _PERSON_NOUN_OF.search(text, max(0, start - 24), start)
    )


def author_lines(text: str) -> list[tuple[int, int]]:
    """The extents of the paragraphs that say what the column's writer is ("X Y is a
    Sudanese researcher on ...", "X Y is a Kupwara-based correspondent of ...", "X Y is a
    reporter for ..."): an author line or bio, page furniture by the guideline, top or
    bottom (its byline "By X Y" is tagged). A paragraph of two to five capitalised words
    before the description and no quote mark; offsets are code points, end exclusive."""
    found: list[tuple[int, int]] = []
    if " is " not in text:
        return found
    for bio in _AUTHOR_BIO_AFTER.finditer(text):
        line = text.rfind("\n", 0, bio.start()) + 1
        name = text[line : bio.start()].split(" ")
        if not 2 <= len(name) <= 5 or not all(
            _AUTHOR_NAME_WORD.fullmatch(word) or word in NAME_PARTICLES for word in name
        ):
            continue
        line_end = text.find("\n", bio.end())
        line_end = len(text) if line_end < 0 else line_end
        if not any(mark in text[line:line_end] for mark in ('"', "\u201c", "\u201d")):
            found.append((line, line_end))
    return found


_AUTHOR_NAME_WORD: Final = re.compile(r"[A-Z][\w\u0300-\u036f'\u2019.-]*")


# What a writer's bio says the writer is, after the name.
_AUTHOR_BIO_AFTER: Final = re.compile(
    r" is (?:an?|the) (?:[\w'\u2019-]+,? ){0,4}?(?:researcher|journalist|correspondent"
    r"|reporter|writer|editor|columnist|photojournalist|photographer|freelancer)\b"
)


# What a person is, has, says or undergoes, before "of" and a surname alone: kin, a body,
# a likeness, words, a harm or a fate, followers and a person's side or office.
_PERSON_NOUN_OF: Final = re.compile(
    r"\b(?:" + _KIN_OF + r"|body|funeral|burial|grave|killing|murder|death|assassination"
    r"|abduction|kidnapping|arrest|detention|release|execution|trial|case|photograph|photo"
    r"|picture|portrait|image|name|memory|words|statement|remarks|speech|message|call|orders?"
    r"|visit|supporters|loyalists|followers|allies|men|forces|fighters|troops|camp|side|office"
    r"|government|administration|rule|regime|leadership|presidency|command|tenure|wing"
    r"|faction|resignation|removal|ouster|election|appointment|friends?|colleagues?|deputy"
    r"|aides?|advisers?|spokesman|spokeswoman|spokesperson) of $",
    re.IGNORECASE,
)


# The lower-case noun of a place's part, a structure or a household after a name, where a
# person's surname is followed by a verb (no noun here is a verb's third person: "posts",
# "camps" and "mines" are left out).
_PLACE_PART_AFTER: Final = re.compile(
    r" (?:areas?|belt|valley|hills|mountains?|highlands|plains|roads?|highway|bridge|junction"
    r"|crossing|market|bazaar|hospital|clinic|school|camp|checkpoints?|checkpost|station"
    r"|airport|airstrip|mosque|church|stadium|dam|river|lake|forest|border|frontier|corridor"
    r"|zone|quarter|neighbou?rhoods?|locality|settlement|tehsil|taluka|sub-?division"
    r"|constituency|ward|compound|estate|farm|mine|company|factory|family|household|dynasty)"
    r"(?![\w'\u2019-])"
)


# A quote closed (the American or the British way), then its speech verb, before a name.
_SAID_BEFORE_NAME: Final = re.compile(
    r"(?:[,!?][\"\u201d\u2019]|[\"\u201d\u2019],) (?:said|says|added|adds|continued|replied)"
    r" $"
)


def _surname_mentions(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    names: set[str] = set()
    attributed: set[str] = set()
    surnames: set[str] = set()
    for person in _people(ctx):
        full = text[person.start : person.end]
        names.add(full)
        parts = full.split()
        if len(parts) >= 2 and parts[-1][:1].isupper() and parts[-1] not in _NOT_NAMES:
            names.add(parts[-1])
            surnames.add(parts[-1])
        elif len(parts) >= 2 and _ARTICLE_SURNAME.match(parts[-1]):
            # "Fuad al-Qadhi" ... "al-Qadhi told Reuters", "Al-Qadhi added"
            names.add(parts[-1])
            names.add(parts[-1][:1].upper() + parts[-1][1:])
            # ... and "Bashar al-Assad" ... "Assad had ruled": wires drop the article on
            # later mentions (never a listed name or a nationality: "al-Houthi", "al-Masri")
            bare = parts[-1].split("-", 1)[1]
            index = _gazetteer_index(ctx.gazetteer)
            if bare not in index.kinds and bare not in index.demonyms:
                names.add(bare)
        if (
            len(parts) == 3
            and parts[1][:1].isupper()
            and parts[1] not in _NOT_NAMES
            and "-" not in parts[1]
        ):
            # "Óscar Leyva Quintero" ... "Leyva said": the first of two surnames, taken
            # only where a speech verb follows it, since a middle word may be a given name.
            attributed.add(parts[1])
        if (
            len(parts) == 4
            and parts[2][:1].isupper()
            and parts[2] not in _NOT_NAMES
            and "-" not in parts[2]
            and not any(p in _SURNAME_PARTICLES for p in parts)
        ):
            # "Hernán Carlos Cárdenas Villamizar" ... "Cárdenas said": two given names and two
            # surnames, the first surname the one used (only before a speech verb)
            attributed.add(parts[2])
        if len(parts) in (2, 3) and parts[0][:1].isupper() and parts[0] not in _NOT_NAMES:
            # "Gebremedhin Tesfay" ... "Gebremedhin said": names that go by the first word
            # (Ethiopian, Burmese, Indonesian) or a first name; only before a speech verb.
            attributed.add(parts[0])
        particle = next(
            (i for i, p in enumerate(parts) if i >= 1 and p in _SURNAME_PARTICLES), len(parts)
        )
        if particle < len(parts) - 1:
            # "José dos Santos Villaseñor" ... "dos Santos said", "Van der Berg said": the
            # surname from its particle, its first word alone only before a speech verb
            tail = parts[particle:]
            names.add(" ".join(tail))
            names.add(" ".join([tail[0].capitalize(), *tail[1:]]))
            short = next((k for k, p in enumerate(tail) if p not in _SURNAME_PARTICLES), 0)
            if short < len(tail) - 1:
                attributed.add(" ".join(tail[: short + 1]))
                attributed.add(" ".join([tail[0].capitalize(), *tail[1 : short + 1]]))
    attributed -= names
    # a person's surname that the document writes as a place's ("Suspilne Sumy" ... "the
    # city of Sumy") is the place's on its own
    places = document_places(ctx)
    names -= places
    attributed -= places
    # ... and one the document puts where only a place stands ("Pemba (Lusa) \u2013", "west
    # of Georgetown") is a person's only where a speech verb names it ("Pemba said")
    # ... and one word the article describes as no person ("Tsafe, a border town", "fled
    # to Tsafe") is no person's even before a speech verb ("Tsafe said")
    # (not the surname of a person the text names in full: "Families fled to Zehri ...
    # Risaldar Abdul Qadir Zehri was wounded. Zehri said": the wires' second reference)
    described = {n for n in described_no_people(ctx) if " " not in n} - surnames
    slots = slot_places(ctx) | described_no_people(ctx)
    spoken = ((names - described) & slots) | surnames_written_as_places(ctx, surnames, places)
    names -= slots
    attributed -= slots
    listed = _gazetteer_index(ctx.gazetteer).kinds
    # ... and one word that is a listed state's name is the state's ("Civil Georgia" ...
    # "Georgia's State Security Service"): the state rules judge it
    names = {n for n in names if " " in n or listed.get(n, ("",))[0] != "state"}
    attributed = {n for n in attributed if " " in n or listed.get(n, ("",))[0] != "state"}
    # ... and one word the text writes in lower case too is a common noun there ("Grace
    # Security" ... "Security says", beside "security forces")
    names = {n for n in names if " " in n or not _written_in_lower_case(text, n)}
    attributed = {n for n in attributed if " " in n or not _written_in_lower_case(text, n)}
    for start, end, name in NameMatcher(names).find_all(text, ctx.piece_index):
        if " " not in name:
            relative = _relative_named_before(text, start, end)
            if relative is not None and text[relative:end] not in listed:
                # "Fatoumata Sangare sells millet. Her husband, Oumar Sangare, ...": another
                # person of the same family, by her own full name
                yield _suggestion(relative, end, "person", "actor_surname_mentions")
                continue
            if _inside_other_name(text, start, end):
                continue  # "Bello" of "Ahmadu Bello University" is not Amina Bello
            if _CAPITALISED_AFTER.match(text, end) and not _MONTH_OR_DAY_AFTER.match(text, end):
                continue  # "Khan" of "Khan Sheikhoun": a longer name, not the person's
        start = _initials_start(text, start)  # "R.S. Singh": another Singh, by his initials
        if " " in name:
            # "..., Alain Kameni Fotso." ... "Mr Kameni Fotso said": the full name, given
            # name and all, where a comma or an opening bracket puts a person's name
            window = text[max(0, start - 30) : start]
            given = (
                _GIVEN_NAME_BEFORE.search(text, max(0, start - 30), start)
                if ", " in window or "(" in window  # (one of which opens every match)
                else None
            )
            if (
                given is not None
                and not is_title(given.group(1))
                and given.group(1) not in _NOT_NAMES
                and given.group(1) not in _HONORIFICS_BEFORE_NAMES  # "A trader, Mami X Y"
                and given.group(1) not in _gazetteer_index(ctx.gazetteer).demonyms
            ):
                start = given.start(1)
        yield _suggestion(start, end, "person", "actor_surname_mentions")
    if spoken:
        for start, end, _name in NameMatcher(spoken).find_all(text, ctx.piece_index):
            if _spoken_at(text, start, end) and not _A_PLACE_SAID.match(text, end):
                yield _suggestion(start, end, "person", "actor_surname_mentions")
    if attributed:
        for start, end, _name in NameMatcher(attributed).find_all(text, ctx.piece_index):
            if (
                _VERB_RIGHT_AFTER.match(text, end)
                or _OFFICE_OWNED_AFTER.match(text, end)
                # '"...," said Leyva.': the speech verb between the closed quote and the name
                or (
                    _SAID_BEFORE_NAME.search(text, max(0, start - 24), start) is not None
                    and text[end : end + 1] in (".", ",", ";", "")
                )
                or (
                    # "In the village, Abdulloh listens to the radio": the subject of a
                    # clause after its opening phrase, before a verb in the present or past
                    # ... or of a sentence: "Kiprono hid in the bush"
                    (
                        _CLAUSE_OPENED.search(text, max(0, start - 3), start)
                        or is_sentence_start(text, start)
                    )
                    and _ACTION_RIGHT_AFTER.match(text, end)
                )
                # "Rakibul's body was handed over", "Ahmad was not moving", "Salwa would
                # send us a voice note": a person's kin, body or state, or a verb after a
                # be, have or modal (ACT69: the dev gold tags 19 such later mentions by a
                # given name, in 17 articles)
                or _PERSON_STATE_AFTER.match(text, end)
            ):
                yield _suggestion(start, end, "person", "actor_surname_mentions")


_PERSON_STATE_AFTER: Final = re.compile(
    r"['\u2019]s (?:body|bodies|mother|father|wife|husband|son|daughter|brother|sister"
    r"|family|widow|funeral|death|killing|coffin|grave|children|parents|relatives)\b"
    r"| (?:was|is|had|has|would|could|got)(?: not| never| still| already| later)?"
    r" (?:shot|killed|wounded|injured|buried|moving|born|alive|dead|\d{1,2}\b(?! (?:km|kilo|mile)))"
    r"\b"
)


# A given name after a comma or a bracket, right before a known two-word name.
_GIVEN_NAME_BEFORE: Final = re.compile(r"(?:, |\()([A-Z][a-z\u00e0-\u00ff]+) $")


# Particles that open a surname ("dos Santos", "van der Berg", "de la Cruz").
# ... and "Ould Cheikhna", "Ag Intalla", which keep their "son of"; Hausa "dan".
_SURNAME_PARTICLES: Final = words(
    "de del della da das dos do du van von der den ter la le di dan ag ould Ould Ag Mint wa Wa"
    # the "daughter of" beside "ould" and "ag" ("Awa mint Bah", "Welet Intalla")
    " mint welet Welet walet Walet"
)


# A surname opening with an Arabic article: "al-Qadhi", "el-Sayed", "ash-Shami".
_ARTICLE_SURNAME: Final = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]\w")
_CAPITALISED_BEFORE: Final = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w\u0300-\u036f'\u2019-]*) $")
_MONTH_OR_DAY_AFTER: Final = re.compile(
    r" (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b"
)
_CAPITALISED_AFTER: Final = re.compile(r" ([A-Z][\w\u0300-\u036f'\u2019-]*)")


# A rank or office abbreviated before a known surname ("IG Rao", "SP Yadav", "DIG Singh"):
# no given name and no other name around it.
_ABBREVIATED_TITLE: Final = re.compile(r"[A-Z]{2,4}")


def _capitalised_before(text: str, start: int) -> re.Match[str] | None:
    """`_CAPITALISED_BEFORE.search(text, max(0, start - 30), start)`, searched only when a
    space ends the window (or a space and a line break, before which `$` also stands)
    after a word holding an ASCII capital: most surnames follow a lower-case word."""
    begin = max(0, start - 30)
    space = start - 2 if text[start - 1 : start] == "\n" else start - 1
    if space < begin or text[space] != " ":
        return None
    chunk = text[begin:space].rsplit(None, 1)[-1:]
    if not chunk or chunk[0] == chunk[0].lower():
        return None  # (no ASCII capital: `lower` leaves the word as it is)
    return _CAPITALISED_BEFORE.search(text, begin, start)


def _relative_named_before(text: str, start: int, end: int) -> int | None:
    """Where a full name opening a sentence starts when a known surname ends it and a
    lower-case word follows ("Fatoumata Sangare sells ...": another Sangare), else None."""
    before = _capitalised_before(text, start)
    if (
        before is None
        or not is_sentence_start(text, before.start(1))
        or before.group(1) in _NOT_NAMES
        or is_title(before.group(1))
        or _ABBREVIATED_TITLE.fullmatch(before.group(1))
        or before.group(1) in ORGANISATION_WORDS
        or _POSSESSIVE_END.search(before.group(1))
        or not re.match(r",?\s+[a-z]", text[end : end + 3])
    ):
        return None
    return before.start(1)


def _inside_other_name(text: str, start: int, end: int) -> bool:
    """True when a lone surname stands inside a longer capitalised name that is not the
    person's ("Ahmadu Bello University", "Bello Street"): a name word before it that is
    no title and opens no sentence, or a facility or organisation word after it."""
    before = _capitalised_before(text, start)
    if (
        before is not None
        and not is_title(before.group(1))
        and not _ABBREVIATED_TITLE.fullmatch(before.group(1))
        and before.group(1) not in _NOT_NAMES
        and not is_sentence_start(text, before.start(1))
    ):
        return True
    after = _CAPITALISED_AFTER.match(text, end)
    if after is not None and _FACILITY_AFTER_NAME.match(text, after.end()):
        return True  # "the Khalil Suleiman hospital": a facility named after people
    return after is not None and (
        after.group(1) in _FACILITY_WORDS or after.group(1) in ORGANISATION_WORDS
    )


# A clause opened after a comma, and a finite verb right after a name ("listens", "shook").
_CLAUSE_OPENED: Final = re.compile(r", $")
_ACTION_RIGHT_AFTER: Final = re.compile(
    r" (?:(?:now|still|later|then|also|never|often|once|finally) )?"
    r"(?:[a-z]{3,}(?<!ss)s|[a-z]{2,}ed|was|is|has|had|did|does|took|went|came|ran|sat|"
    r"stood|left|knew|kept|felt|held|gave|got|made|saw|hid|lost|found|fought|spent|sold"
    r"|slept|woke|thought|began|brought|bought|sent|paid|met|heard)\b"
)
# What a leader known by the first word of the name owns: "Abiy's office", "Prabowo's
# government" (a given name is never written so).
_OFFICE_OWNED_AFTER: Final = re.compile(
    r"['\u2019]s (?:office|government|administration|cabinet|spokes(?:man|woman|person)"
    r"|party|aides?)\b"
)
# A speech verb right after a name: "Leyva said", "Leyva, told".
# A place's name before "said" with the place's own "its" after it: no speaker ("Ernesto
# Palma ... fled the town of Palma. Palma said its wells were dry").
_A_PLACE_SAID: Final = re.compile(r" said its\b")
_VERB_RIGHT_AFTER: Final = re.compile(
    r",?\s+(?:" + "|".join(sorted(SPEECH_VERBS, key=longest_first)) + r")\b"
)


# --------------------------------------------------------------------------- organisations


def _acronym_definitions(ctx: SuggestContext) -> list[tuple[int, int, int, int, str]]:
    """(name start, name end, acronym start, acronym end, type) for "Full Name (ACR)"."""
    if "acronyms" not in ctx.memo:
        text = ctx.text
        defined = _find_acronym_definitions(ctx)
        # Where each organisation's acronym stands before ", ", found in one pass (a search
        # per definition, read on to the end of a long article, was quadratic).
        organisations = {text[c:d] for _a, _b, c, d, kind in defined if kind == "organisation"}
        later = _before_commas(text, organisations)
        ctx.memo["acronyms"] = [
            (a, b, c, d, kind)
            if kind != "organisation"
            else (a, b, c, d, _kind_described_later(ctx, c, d, kind, later))
            for a, b, c, d, kind in defined
        ]
    found: list[tuple[int, int, int, int, str]] = ctx.memo["acronyms"]
    return found


def _kind_described_later(
    ctx: SuggestContext, start: int, end: int, kind: str, later: Mapping[str, list[int]]
) -> str:
    """An armed group's type for an acronym defined as a mere organisation that a later
    mention describes as armed: "the Bonde do Maluco (BDM)", then "The BDM, a faction
    born in the prisons" (the first three later mentions are read). `later`: where each
    acronym stands before ", " (`_before_commas`)."""
    text = ctx.text
    acronym = text[start:end]
    places = later.get(acronym, [])
    first = bisect_left(places, end)
    for at in places[first : first + 3]:
        described = _KIND_AFTER_ACRONYM.match(text, at + len(acronym))
        if described is not None and (
            described.group("head") in _ARMED_HEADS_AFTER
            or {w.lower() for w in described.group("described").split()} & _ARMED_DESCRIPTIONS
        ):
            return "armed group"
    return kind


def _before_commas(text: str, acronyms: Collection[str]) -> dict[str, list[int]]:
    """Where each of `acronyms` stands right before ", " in `text`, in order: every offset
    at which `text.find(acronym + ", ", at)` stops, found in one pass over the commas."""
    found: dict[str, list[int]] = {}
    wanted = set(acronyms)
    lengths = {len(acronym) for acronym in wanted}
    last = {acronym[-1] for acronym in wanted if acronym}
    for comma in _COMMA_SPACE.finditer(text):
        at = comma.start()
        if "" not in wanted and (at == 0 or text[at - 1] not in last):
            continue  # (most commas follow a word no acronym ends like)
        for length in lengths:
            if length <= at and text[at - length : at] in wanted:
                found.setdefault(text[at - length : at], []).append(at - length)
    return found


_COMMA_SPACE: Final = re.compile(", ")


# Small words a name may hold without giving its acronym a letter.
_ACRONYM_SKIPS: Final = words(
    "of for the and in on to a an de du des del la le las los por y et al pour sur au aux en el "
    "da do dos das e per di "
    # "Collective against Impunity and Stigmatisation of Communities (CISC)", "contre"
    "against contre contra"
)


_ELIDED: Final = re.compile(r"^[lLdD]['\u2019](?=\w)")


def _spelled_name(ctx: SuggestContext, acronym: str, before: int) -> tuple[Token, ...]:
    """The longest run of words ending just before `before` whose initials spell
    `acronym`, small words allowed inside: 'Darfur voices for justice and peace' for
    DVJP. The first word must be capitalised. Empty when no run spells it."""
    text = ctx.text
    # A name never runs over a line break: the words of the line up to `before` suffice
    # (a long line is cut at a space, where tokens split as in the whole text).
    line_start = max(text.rfind("\n", 0, before) + 1, before - 600)
    if line_start > 0 and not text[line_start - 1].isspace():
        space = text.find(" ", line_start, before)
        line_start = before if space < 0 else space + 1
    # Most names are short: the line's last words are tried first (cut at a space, as a
    # long line is), the whole line only when the name may go on before them.
    near = before - _SPELLED_NEAR
    if near > line_start:
        space = text.find(" ", near, before)
        if space >= 0:
            found, ran_out = _spelled_by(
                text, word_tokens(text, space + 1, before), acronym, before
            )
            if not ran_out:
                return found
    return _spelled_by(text, word_tokens(text, line_start, before), acronym, before)[0]


# How far back a name spelling an acronym is looked for first (see _spelled_name).
_SPELLED_NEAR: Final = 80


def _spelled_by(
    text: str, tokens: list[Token], acronym: str, before: int
) -> tuple[tuple[Token, ...], bool]:
    """`_spelled_name` over the `tokens` of the line's end, and whether it ran out of
    tokens with letters still to spell (earlier ones could then go on spelling it)."""
    j = len(tokens) - 1
    if j < 0 or text[tokens[j].end : before] != " ":
        return (), j < 0
    letters = [c for c in acronym.upper() if c.isalpha()]
    li = len(letters) - 1
    first = -1
    while j >= 0 and li >= 0:
        word = tokens[j].text
        if (
            j + 1 < len(tokens)
            and first >= 0
            and text[tokens[j].end : tokens[j + 1].start] not in (" ", "' ", "\u2019 ", " & ")
        ):
            break  # punctuation or a line break ends the name ("Leaders' Forum" does not)
        # "Tehrik-i-Taliban" gives T and T; "Co-operation" gives C; "l'Enfance" gives E.
        word = _ELIDED.sub("", word)
        initials = [p[0].upper() for p in word.split("-") if p[:1].isupper()] or [word[0].upper()]
        if word in ("The", "A", "An", "This", "Its", "Their") and first >= 0:
            break  # "The Tehrik-i-Taliban Pakistan": a determiner is not a letter
        if first >= 0 and word in _ACRONYM_SKIPS:
            j -= 1  # "Ligue pour la Défense de l'Enfance (LDE)": small words give no letter
            continue
        if li + 1 >= len(initials) and letters[li - len(initials) + 1 : li + 1] == initials:
            li -= len(initials)
            first = j
        elif word[:1].upper() == letters[li]:
            li -= 1
            first = j
        elif not (first >= 0 and word.lower() in _ACRONYM_SKIPS):
            break
        j -= 1
    if li >= 0 or first < 0 or not tokens[first].text[:1].isupper():
        return (), j < 0 and li >= 0
    return tuple(tokens[first:]), False


# How many words before its bracket a sentence-case name spelled loosely may open.
_LOOSE_NAME_WORDS: Final = 12


def _loosely_spelled_name(text: str, acronym: str, before: int) -> tuple[Token, ...]:
    """A sentence-case name whose acronym spells it with one word to spare, as local
    groups abbreviate their names: "Coordinating committee of displaced people of
    Chicomuselo (CCDC)" ("people" gives no letter), "Corporacion tejiendo paz en el Cauca
    (CTP)" (the place it works in closes the name without a letter). The name opens with a
    capitalised word giving the acronym's first letter, after "the", a comma or the line's
    start; holds a lower-case word other than the small ones; and every letter of the
    acronym is the initial of one of its words, in order. Empty when no such run ends just
    before `before`."""
    line_start = text.rfind("\n", 0, before) + 1
    tokens = word_tokens(text, max(line_start, before - 160), before)
    if not tokens or text[tokens[-1].end : before] != " ":
        return ()
    # the words of one phrase: single spaces between them, nothing else
    first = len(tokens) - 1
    while first > 0 and text[tokens[first - 1].end : tokens[first].start] == " ":
        first -= 1
    letters = acronym.upper()
    for opening in range(len(tokens) - 2, max(first, len(tokens) - _LOOSE_NAME_WORDS) - 1, -1):
        name = tokens[opening:]
        if name[0].text[:1] != letters[0] or not name[0].text[1:2].islower():
            continue
        opened_by = text[max(line_start, name[0].start - 6) : name[0].start]
        if not (opened_by.endswith(("the ", "The ", ", ")) or name[0].start == line_start):
            continue
        if _spells_with_one_spare(letters, [t.text for t in name]):
            return tuple(name)
    return ()


def _spells_with_one_spare(letters: str, words_of: Sequence[str]) -> bool:
    """True when `letters` are the initials of `words_of` in order, small words giving
    none and at most one other word giving none, the first word giving the first letter,
    and at least one word other than the first and the small ones is in lower case."""
    if not any(w[:1].islower() and w not in _ACRONYM_SKIPS for w in words_of[1:]):
        return False
    li = spare = 0
    for word in words_of:
        if (
            li < len(letters)
            and word[:1].upper() == letters[li]
            and not (word in _ACRONYM_SKIPS and li > 0)
        ):
            li += 1
        elif word in _ACRONYM_SKIPS:
            continue
        else:
            spare += 1
            if spare > 1:
                return False
    return li == len(letters) and spare == 1


def _find_acronym_definitions(ctx: SuggestContext) -> list[tuple[int, int, int, int, str]]:
    text = ctx.text
    runs = _runs_by_end(ctx)
    found = []
    for match in chain(_ACRONYM.finditer(text), _TWO_WORD_ACRONYM.finditer(text)):
        acronym = match.group(1).replace(".", "")
        two_words = " " in acronym  # never spelled by the name's initials: its own language
        if not two_words and not all(c.isalpha() or c in "&-" for c in acronym):
            continue
        capitals = "".join(c for c in acronym if c.isupper())
        mixed = not acronym.isupper() and not two_words
        if mixed and not (_MIXED_ACRONYM.fullmatch(acronym) and len(capitals) >= 2):
            # "Armed Police Battalion (APBn)", "Commando Battalion for Resolute Action
            # (CoBRA)": a mixed-case acronym is spelled by its capitals alone
            if _TITLE_CASE_ACRONYM.fullmatch(acronym):
                mixed_title = _title_case_acronym(ctx, runs, match, acronym)
                if mixed_title is not None:
                    found.append(mixed_title)
            elif _OWN_LANGUAGE_SHORT.fullmatch(acronym):
                short = _state_body_short_name(ctx, runs, match)
                if short is not None:
                    found.append(short)
            continue
        listed_name = (
            _comma_listed_name(text, acronym, match.start())
            if not two_words
            and not mixed
            and text.find(", ", match.start() - 150, match.start()) >= 0
            else None
        )
        listed_tokens = tuple(word_tokens(text, *listed_name)) if listed_name else ()
        if listed_name is not None and {t.text for t in listed_tokens} & (
            ORGANISATION_WORDS | _STATE_OFFICE_HEADS
        ):
            # "the Office of the Presidential Adviser on Peace, Reconciliation and Unity
            # (OPAPRU)": the name's commas list its parts; its initials spell the acronym
            # (a body's word in it: "the Valley of the Apurimac, Ene and Mantaro Rivers
            # (VRAEM)" is a place)
            tokens = listed_tokens
            kind = _listed_head_kind(ctx, tokens) or _described_kind(
                ctx, tokens, match.end(), _body_type(ctx, tokens)
            )
            kind = _listed_acronym_kind(ctx, acronym, kind)
            if _defines_a_thing(ctx, tokens, acronym, kind):
                continue
            found.append((*listed_name, match.start(1), match.end(1), kind))
            continue
        spelled = (
            () if two_words else _spelled_name(ctx, capitals if mixed else acronym, match.start())
        )
        if len(spelled) < 2 and not two_words:
            # "the Multinational Security Support mission (MSS)": a lower-case kind word
            # between the name and its acronym
            kind_word = _KIND_BEFORE_ACRONYM.search(text, max(0, match.start() - 16), match.start())
            if kind_word is not None:
                spelled = _spelled_name(ctx, capitals if mixed else acronym, kind_word.start() + 1)
        if len(spelled) < 2 and not two_words and not mixed:
            spelled = _loosely_spelled_name(text, acronym, match.start())
        if len(spelled) >= 2:
            if _is_title_chain(spelled):
                continue  # "Inspector General of Police (IGP)": a rank, not a body
            if _treated_at(text, spelled):
                # "at Peshawar's Lady Reading Hospital (LRH)": a hospital, and its acronym
                # names the place wherever it stands ("LRH spokesperson X said"; ACT73)
                ctx.memo.setdefault("place acronyms", set()).add(acronym)
                continue
            kind = _listed_head_kind(ctx, spelled) or _described_kind(
                ctx, spelled, match.end(), _body_type(ctx, spelled)
            )
            kind = _listed_acronym_kind(ctx, acronym, kind)
            if _defines_a_thing(ctx, spelled, acronym, kind):
                continue  # "Improvised Explosive Device (IED)": a thing, not a body
            found.append((spelled[0].start, spelled[-1].end, match.start(1), match.end(1), kind))
            continue
        run = runs.get(match.start() - 1)
        if run is None or text[run.end : match.start()] != " ":
            continue
        tokens = _strip_leading(run, _NOT_NAMES)
        at = len(run.tokens) - len(tokens)
        if (
            at > 0
            and tokens
            and run.tokens[at - 1].text in _NAME_OPENERS
            and run.tokens[at - 1].text[0] in acronym
        ):
            tokens = run.tokens[at - 1 :]  # "National Episcopal Conference ... (CENCO)"
        for k in range(min(3, len(tokens) - 2)):
            # "Brazil's Supreme Federal Court (STF)", "Costa Rica's Judicial Investigation
            # Agency (OIJ)": the body, after its state's possessive
            if _POSSESSIVE_END.search(tokens[k].text):
                owner_name = text[tokens[0].start : tokens[k].end - 2]
                index = _gazetteer_index(ctx.gazetteer)
                owner = index.kinds.get(owner_name)
                if (owner is not None and owner[0] == "state") or (
                    # ... or its region's: "Santa Fe's Public Prosecutor's Office (MPA)"
                    owner_name in index.region_names
                ):
                    tokens = tokens[k + 1 :]
                break
        if tokens and tokens[0].text[:1].upper() != acronym[0]:
            # "joined Mali and Niger in the Alliance of Sahel States (AES)": no name runs
            # across a coordination or a preposition; the name is the tail after it that
            # opens with the acronym's first letter
            for i, token in enumerate(tokens[:-2]):
                # ... or across a lower-case "the" ("Later on Sunday the Federal Security
                # Service (FSB)": the name opens after it)
                if token.text in _RUN_BREAKS or token.text == "the":
                    tail = tokens[i + 1 :]
                    tail = tail[1:] if tail[0].text == "the" else tail
                    if len(tail) >= 2 and tail[0].text[:1] == acronym[0]:
                        tokens = tail
                        break
        # What stands before "of" without an organisation word is not the name
        # ("Guerrillas of the National Liberation Army (ELN)").
        cut = max((i for i, t in enumerate(tokens) if t.text == "of"), default=-1)
        if (
            cut > 0
            and not {t.text for t in tokens[:cut]} & ORGANISATION_WORDS
            # "Volunteers for the Defence of the Homeland (VDP)": the acronym opens with
            # the run's first letter, so the run is its name
            and tokens[0].text[:1] != acronym[0]
            # "National Episcopal Conference of Congo (CENCO)": the acronym of the name in
            # another language, whose words come in another order, holds every initial
            and not _letters_cover(acronym, tokens[:cut])
        ):
            tokens = tuple(t for t in tokens[cut + 1 :] if t.text != "the")
        initials = "".join(t.text[0] for t in tokens if t.text[:1].isupper())
        if len(tokens) < 2 or _is_title_chain(tokens):
            continue
        if _gazetteer_index(ctx.gazetteer).kinds.get(acronym, ("",))[0] == "media" and (
            not _letters_cover(acronym, tokens)
        ):
            # "DUBAI, United Arab Emirates (AP) -": a listed outlet in brackets whose letters
            # do not spell the name before it (a dateline's agency) defines nothing
            continue
        if _treated_at(text, tokens):
            continue  # "referred to the Rajendra Institute of Medical Sciences (RIMS)": a place
        if acronym[0] not in initials and not {t.text for t in tokens} & (
            ORGANISATION_WORDS | _STATE_OFFICE_HEADS
        ):
            # An acronym of the name in another language is still the body's when the
            # name says it is one: "Sinjar Resistance Units (YBŞ)".
            continue
        kind = _listed_head_kind(ctx, tokens) or _described_kind(
            ctx, tokens, match.end(), _body_type(ctx, tokens)
        )
        # (a listed state body's acronym types its name, as after a comma-listed name: "the
        # UK Maritime Trade Operations (UKMTO)" is the British navy's centre; ACT68)
        kind = _listed_acronym_kind(ctx, acronym, kind)
        if _defines_a_thing(ctx, tokens, acronym, kind):
            continue
        found.append((tokens[0].start, tokens[-1].end, match.start(1), match.end(1), kind))
    for match in _OR_ACRONYM.finditer(text):
        # "the Association of Avocado Producers of Mexico, or APEAM, said": the acronym
        # after ", or", for a name that holds an organisation word
        acronym = match.group(1)
        run = runs.get(match.start())
        if run is None:
            continue
        tokens = _strip_leading(run, _NOT_NAMES)
        words_of = {t.text for t in tokens}
        if (
            len(tokens) < 2
            or _is_title_chain(tokens)
            or not words_of & ORGANISATION_WORDS  # "Ali Musa Hassan, or AMH": no body
        ):
            continue
        kind = _listed_head_kind(ctx, tokens) or _body_type(ctx, tokens)
        found.append((tokens[0].start, tokens[-1].end, match.start(1), match.end(1), kind))
    for word in ("initials", "acronym"):
        for at in ctx.piece_index.get(word, ()):
            known = _KNOWN_BY_ACRONYM.search(text, max(0, at - 60), at + 30)
            if known is None or known.start(1) < at:
                continue
            run = runs.get(known.start())
            if run is None:
                continue
            tokens = _strip_leading(run, _NOT_NAMES)
            # "known by its initials" says a body is named: its name needs no organisation
            # word when the initials spell it ("Regional Coordinator of Community
            # Authorities-Founding Peoples, known by its Spanish initials CRAC-PF")
            initials_spell = _letters_cover(known.group(1).replace("-", ""), tokens)
            if (
                len(tokens) < 2
                or (_is_title_chain(tokens) and not initials_spell)
                or not ({t.text for t in tokens} & ORGANISATION_WORDS or initials_spell)
            ):
                continue
            kind = _listed_head_kind(ctx, tokens) or _described_kind(
                ctx, tokens, tokens[-1].end, _body_type(ctx, tokens)
            )
            # "..., known by its French initials CCMSR, a rebel group": what the text says
            # it is comes after the initials
            if _KIND_AFTER_ACRONYM.match(text, known.end(1)):
                kind = _described_kind(ctx, tokens, known.end(1), kind)
            kind = _listed_acronym_kind(ctx, known.group(1), kind)
            found.append((tokens[0].start, tokens[-1].end, known.start(1), known.end(1), kind))
    return found


# A word of a name before its bracketed acronym, and what may stand between two of them.
_LISTED_NAME_WORD: Final = re.compile(r"[\w\u0300-\u036f'\u2019-]+|,")
_LISTED_NAME_LINKS: Final = words("of the for on and in to de du des la le del y e et")


def _comma_listed_name(text: str, acronym: str, bracket: int) -> tuple[int, int] | None:
    """The extent of a name before " (ACR)" whose parts a comma lists ("National Union of
    Teachers, Nurses and Drivers (NUTND)"), when the initials of its capitalised words
    spell the acronym, in its order or, for a name translated from another language, in
    another ("Justice, Peace and Democracy Association (AJPD)"); None for a name without
    a comma, which the other spellings find."""
    window_start = max(0, bracket - 160)
    tokens = list(_LISTED_NAME_WORD.finditer(text, window_start, bracket))
    if not tokens or not tokens[-1].group()[:1].isupper():
        return None
    initials = ""
    comma = False
    for k in range(len(tokens) - 1, -1, -1):
        word = tokens[k].group()
        if word == ",":
            comma = True
            continue
        if word[:1].isupper():
            initials = word[0] + initials
            if len(initials) > len(acronym):
                return None
            if comma and (
                initials == acronym or (len(initials) >= 3 and sorted(initials) == sorted(acronym))
            ):
                return tokens[k].start(), tokens[-1].end()
        elif word not in _LISTED_NAME_LINKS:
            return None
    return None


def _treated_at(text: str, tokens: tuple[Token, ...]) -> bool:
    """True for a hospital named where people are taken or treated: "referred to the
    Rajendra Institute of Medical Sciences (RIMS)", "at the Aga Khan University Hospital
    (AKUH)" (dev tags no hospital: where the wounded lie is a place)."""
    names = {t.text for t in tokens}
    hospital = names & _HOSPITAL_WORDS or ("Medical" in names and names & _MEDICAL_BODIES)
    # "the National Institute of Ophthalmology", "the National Institute of Traumatology
    # and Orthopaedic Rehabilitation (NITOR)": a hospital named by its branch of medicine
    # (ACT73: CAS42 1006, CAS48 1053)
    branch = names & _MEDICAL_BODIES and names & _ACT73_MEDICAL_BRANCHES
    if not (hospital or branch):
        return False
    start = tokens[0].start
    if hospital and _TREATED_AT.search(text, max(0, start - 12), start) is not None:
        return True
    # ... also after a city's possessive ("at Peshawar's Lady Reading Hospital (LRH)") or
    # a capital preposition ("At the National Institute of ...": ACT73, CAS43 1011), never
    # as a source ("according to the American College of Cardiology")
    wide = _ACT73_TREATED_AT_WIDE.search(text, max(0, start - 40), start)
    # (the source's "According to" opening a sentence as well: REVIEW73F)
    return wide is not None and not text[max(0, wide.start() - 10) : wide.start()].lower().endswith(
        "according "
    )


def _defines_a_thing(ctx: SuggestContext, tokens: Sequence[Token], acronym: str, kind: str) -> bool:
    """`_names_a_thing` or `_defined_as_a_place` for a name defined with its acronym, never
    for an armed group nor a name the gazetteer lists ("Save the Children"; but a state's
    own name where a place stands is the place)."""
    if kind == "armed group":
        return False
    name = ctx.text[tokens[0].start : tokens[-1].end]
    listed = _gazetteer_index(ctx.gazetteer).kinds.get(name)
    if listed is None and _names_a_thing(tokens, acronym):
        return True
    if listed in (None, ("state", "")) and _defined_as_a_place(ctx.text, tokens):
        # (a state's own name where a place stands is the place too: "in the east of the
        # Democratic Republic of Congo (DRC)"; the state rules read its other mentions.)
        # Its later mentions name the place: no "acting" acronym ("police in the FCT said").
        ctx.memo.setdefault("place acronyms", set()).add(acronym)
        return True
    return False


def _place_acronyms(ctx: SuggestContext) -> set[str]:
    """The acronyms defined where a place stands (`_defined_as_a_place`)."""
    _acronym_definitions(ctx)
    found: set[str] = ctx.memo.get("place acronyms", set())
    return found


def _defined_as_a_place(text: str, tokens: Sequence[Token]) -> bool:
    """True for a name defined with its acronym where a place stands: governed by "in",
    "into", "across", "along", "inside", "within" or "throughout" ("attacked a village in
    the Federal Capital Territory (FCT)", "four policemen in Khyber Pakhtunkhwa (KP)
    province", "shelling across the Line of Control (LoC)") or by "in the east of" and the
    like ("in the east of the Democratic Republic of Congo (DRC)"), when no body's word
    stands in the name or its head is a place's ("a village in Local Government Area
    (LGA) of Gwoza").
    A body in that slot names its word ("in the Joint Security Committee (JSC)")."""
    if _PLACE_SLOT.search(text, max(0, tokens[0].start - 40), tokens[0].start) is None:
        return False
    names = [t.text for t in tokens]
    return (
        ORGANISATION_WORDS.isdisjoint(names) and _STATE_OFFICE_HEADS.isdisjoint(names)
    ) or names[-1] in _MAP_HEADS


# What governs a place right before a name: "in the", "across", "in the east of the".
_PLACE_SLOT: Final = re.compile(
    r"\b(?:(?:in|into|across|along|inside|within|throughout)\s+"
    r"|(?:in|across)\s+(?:the\s+)?(?:north|south|east|west|north-east|north-west|south-east"
    r"|south-west|northeast|northwest|southeast|southwest|centre|center|heart)\s+of\s+)"
    r"(?:the\s+)?$"
)


def _names_a_thing(tokens: Sequence[Token], acronym: str) -> bool:
    """True for a name with its acronym that names a thing, not a body: a weapon ("an
    Improvised Explosive Device (IED)"), a condition ("Severe Acute Malnutrition (SAM)"),
    a document, an event or a process ("the Armed Forces Special Powers Act (AFSPA)", "the
    Second Congo War (SCW)", "Disarmament, Demobilisation and Reintegration (DDR)") or a
    class of people ("Internally Displaced Persons (IDP) camp"), by its head
    (`_head_names_a_thing`). Where no body's word stands in the name, also by a place's
    head ("a Forward Operating Base (FOB)", "the Line of Control (LoC)") or by a plural
    acronym ("Non-Governmental Organisations (NGOs)": a class, not one body; guideline:
    generic nouns are not tagged)."""
    names = [t.text for t in tokens]
    verdict = _head_names_a_thing(names)
    if verdict is not None:
        return verdict  # "the Armed Forces Special Powers Act (AFSPA)": a law all the same
    if _name_head(names)[0] in _MEETING_HEADS:
        return True  # "the Geneva International Discussions (GID)"
    if not ORGANISATION_WORDS.isdisjoint(names) or not _STATE_OFFICE_HEADS.isdisjoint(names):
        return False  # "Thailand's 2nd Army Area": a command, whatever its last word
    if acronym[-1:] == "s" and acronym[:-1].isupper() and names[-1].endswith("s"):
        return True  # "Unmanned Aerial Vehicles (UAVs)", "Civil Society Organisations (CSOs)"
    # (not by the last word after "of": "the Guardians for the Defence of the Valley (GDV)")
    return _name_head(names)[0] in _MAP_HEADS or names[:2] == ["Line", "of"]


def _name_head(names: Sequence[str]) -> tuple[str, bool]:
    """A name's head, the last word before the first "of", "for", "in", "on" or "to" ("the
    Joint Comprehensive Plan of Action": "Plan"), and whether words follow it."""
    cut = next((i for i, w in enumerate(names) if w in _HEAD_ENDS and i > 0), len(names))
    return names[cut - 1], cut < len(names)


def _head_names_a_thing(names: Sequence[str]) -> bool | None:
    """What a name's head says it names: False for a body's word ("the National Agency for
    the Prohibition of Trafficking in Persons", "the Joint Monitoring Commission for the
    Ceasefire Agreement"), True for a thing's, a document's, an event's or a class of
    people's ("the Government Action Plan on Displacement", "the Police Commission
    Report"), and True where an action noun heads a name that a thing's word closes ("the
    Cessation of Hostilities Agreement", "the Prevention of Terrorism Act"; never a
    gathering's word: "the Convention for the Popular Revolution" is a body); None
    otherwise. One test for the organisation-name and the acronym rules."""
    head, followed = _name_head(names)
    if head in ORGANISATION_WORDS or head in _STATE_OFFICE_HEADS:
        return False
    if head in _THING_HEADS or head in _PEOPLE_HEADS:
        return True
    if (
        followed
        and head not in _GATHERING_WORDS
        and (
            (names[-1] in _THING_HEADS and _common_noun_by_ending(head))
            or names[-1] in _DOCUMENT_LAST_WORDS
        )
    ):
        return True  # ... or a document's or a meeting's word: "a Status of Forces Agreement"
    return None


_HEAD_ENDS: Final = words("of for in on to")
# The heads of things named with an acronym: weapons and devices, conditions and
# diseases, documents, laws, plans and processes, measures.
_THING_HEADS: Final = (
    WEAPONS
    | CONDITIONS
    | MEASURES
    | PROCESSES
    | PACTS
    | TRUCES
    | LAWS
    | PLANS
    | REPORTS
    # ... and events, and what a newsroom puts out: "the Second Congo War (SCW)", "the
    # Geneva Peace Talks", "the International Day of Peace", "the Humanitarian Bulletin"
    | WARS
    | OFFENSIVES
    | MEETINGS
    | OCCASIONS
    | PUBLICATIONS
)
# ... and of meetings and forums, which bodies attend and no one is: "the Geneva
# International Discussions (GID)", "the Africa Climate Summit (ACS)" (the acronym rules
# only: "Negotiations" and "Meeting" do not make a long name a thing elsewhere).
_MEETING_HEADS: Final = MEETINGS | words("Negotiations Consultations Meeting Meetings")
# The last words of a document's or a meeting's name, whatever its head ("a Status of
# Forces Agreement", "the Cessation of Hostilities Agreement", "the Doha Round of Talks").
_DOCUMENT_LAST_WORDS: Final = PACTS | TRUCES | LAWS | PLANS | _MEETING_HEADS
# ... and of places, named so only where no body's word stands in the name ("Military
# Zone Command", "the 2nd Army Area" are commands): bases, sites and camps, and lines,
# zones and routes on the map ("the Demilitarized Zone (DMZ)", "the China-Pakistan
# Economic Corridor (CPEC)").
_MAP_HEADS: Final = SITES | ROUTES | WORKS | LANDFORMS
# Classes of people named with an acronym: "Internally Displaced Persons (IDP)".
_PEOPLE_HEADS: Final = PEOPLE_CLASSES
_HOSPITAL_WORDS: Final = words("Hospital Hospitals Clinic Infirmary")
_MEDICAL_BODIES: Final = words("Sciences Centre Center College Complex Institute")
_TREATED_AT: Final = re.compile(r"\b(?:to|at|in|from|into)\s+(?:the\s+)?$")
# ... a wider form (ACT73): a capital preposition opening a sentence, or a city's possessive
# between the preposition and the hospital's name.
_ACT73_TREATED_AT_WIDE: Final = re.compile(
    r"\b(?:[Tt]o|[Aa]t|[Ii]n|[Ff]rom|[Ii]nto)\s+(?:the\s+)?"
    r"(?:[A-Z][\w\u0300-\u036f-]*(?: [A-Z][\w\u0300-\u036f-]*)?['\u2019]s\s+)?$"
)
# Branches of medicine that name a hospital ("National Institute of Ophthalmology",
# "Institute of Cardiology", "Centre for Neurosciences"); not "Mental Health" nor
# "Public Health", which name research and policy bodies too.
_ACT73_MEDICAL_BRANCHES: Final = words(
    "Ophthalmology Cardiology Cardiovascular Neurosciences Neurology Neurosurgery "
    "Orthopaedics Orthopedics Orthopaedic Orthopedic Traumatology Paediatrics Pediatrics "
    "Oncology Nephrology Urology Gynaecology Gynecology Obstetrics Dermatology"
)
# Words a run of names may hold that no name before an acronym runs across.
_RUN_BREAKS: Final = words("and in with to from by on at")


# What the text says a body defined with its acronym is, right after the bracket:
# "(UPC), a rebel group led by", "(RRS), the federal agency that runs the camps".
_KIND_AFTER_ACRONYM: Final = re.compile(
    r",\s+(?:a|an|the|its)\s+(?P<described>(?:[\w'\u2019-]+\s+){0,3}?)(?P<head>group|militia"
    r"|movement|faction|agency|court|tribunal|ministry|service|force|authority|coalition"
    r"|alliance|party|network|organi[sz]ation|charity|newspaper|broadcaster|channel|outlet"
    r"|company|body|administration|army|police|unit)\b"
)
# ... or right before its name: "One of its factions, the X (ACR)", "the state-owned X".
_KIND_BEFORE_NAME: Final = re.compile(
    # "the army's media wing, Inter Services Public Relations (ISPR)": a state body's own
    # office (found first: it opens before the "wing" a faction would be)
    r"(?:(?P<state_wing>\b(?:army|military|police|navy|government|ministry|presidency)"
    r"['\u2019]s\s+(?:[\w-]+\s+)?(?:wing|arm|office|unit|branch|service)),\s+(?:the\s+)?"
    # "One of its factions, the X", "a newly formed militia, the X"
    r"|(?P<faction>\bfactions?|\bwings?|\bmilitias?|\b(?:rebel|armed|jihadist|insurgent"
    r"|vigilante|self-defen[cs]e)\s+(?:group|movement|coalition|alliance)),\s+(?:the\s+)?"
    r"|(?P<owned>\bstate-(?:owned|run)|\bgovernment-(?:owned|run)|\bpublic"
    # ... or a state's own body: "the State Committee for National Security (GKNB)" (its
    # "State" cut off the name as a common word), "the Bahia state Public Security
    # Secretariat (SSP)", "the federal Public Prosecutor's Office (MPF)"
    r"|(?<!Islamic )(?<!Islamic\s)\b(?:State|state|federal|Federal))\s+)$"
)
_STATE_DESCRIPTIONS: Final = words("federal state government national public official")
# The bracket followed at once by the kind it names, with no comma: "(MIT) terrorist group",
# "(ADF) rebels", "(ARF) militia" (a noun the acronym modifies, as "the UN's WFP" is not).
_ARMED_KIND_RIGHT_AFTER: Final = re.compile(
    r"\s+(?:(?:armed|rebel|militant|jihadist|insurgent|terrorist|separatist|extremist"
    r"|guerrilla|Islamist)\s+(?:group|network|movement|organi[sz]ation|outfit|faction"
    r"|alliance|coalition)|militias?|rebels|insurgents|militants|jihadists|guerrillas)\b"
)
# An alliance's members when they are armed: "an alliance of former Darfur rebel groups".
_OF_ARMED_MEMBERS: Final = re.compile(
    r"\s+of\s+(?:[\w'\u2019-]+\s+){0,3}?(?:rebel|armed|militant|jihadist|insurgent"
    r"|paramilitary|guerrilla|militia)s?\b"
)
_ARMED_HEADS_AFTER: Final = words("militia faction")
_STATE_HEADS_AFTER: Final = words("ministry court tribunal army police administration")
_MEDIA_HEADS_AFTER: Final = words("newspaper broadcaster channel outlet")
_NEUTRAL_HEADS_AFTER: Final = words("body agency authority service unit")
_STATE_PREFIXES: Final = ("state-", "government-", "federal-")


def _described_kind(ctx: SuggestContext, tokens: tuple[Token, ...], after: int, kind: str) -> str:
    """The type of a body defined with its acronym, as the words around the definition
    describe it ("..., a rebel group", "the state-owned ..."); else `kind`."""
    text = ctx.text
    owner = _STATE_OWNER.search(text, max(0, tokens[0].start - 30), tokens[0].start)
    if owner is not None and kind == "organisation":
        listed = _gazetteer_index(ctx.gazetteer).kinds.get(owner.group(1).removeprefix("The "))
        if listed is not None and listed[0] == "state":
            return "state"  # "Brazil's Supreme Federal Court (STF)": the state's own body
    if kind == "organisation" and _apposed_to_state_body(ctx, tokens[0].start):
        return "state"  # "Ecuador's prison agency, the National Service for ... (SNAI)"
    before = _KIND_BEFORE_NAME.search(text, max(0, tokens[0].start - 45), tokens[0].start)
    if before is not None:
        if before.group("faction") is not None:
            return "armed group"  # "One of its factions, the Union of ..."
        if kind != "media":
            return "state"  # "the state-owned Compagnie Malienne de Navigation"
    found = _KIND_AFTER_ACRONYM.match(text, after)
    if found is None and kind != "state" and _ARMED_KIND_RIGHT_AFTER.match(text, after):
        return "armed group"  # "the East Indonesia Mujahidin (MIT) terrorist group"
    if found is None:
        return kind
    head = found.group("head")
    described = {w.lower() for w in found.group("described").split()}
    if described & _ARMED_DESCRIPTIONS or head in _ARMED_HEADS_AFTER:
        return "armed group"
    if head in ("alliance", "coalition") and _OF_ARMED_MEMBERS.match(text, found.end()):
        return "armed group"  # "..., an alliance of former rebel groups"
    if head in _MEDIA_HEADS_AFTER or "news" in described:
        return "media"
    if described & {"international", "regional", "intergovernmental"}:
        return "organisation"
    if described & _STATE_DESCRIPTIONS or head in _STATE_HEADS_AFTER:
        return "state"
    if head in _NEUTRAL_HEADS_AFTER and any(w.startswith(_STATE_PREFIXES) for w in described):
        # "(IHCHR), a state-funded body": the state's own (not "a government-funded
        # charity", whose head says what it is)
        return "state"
    if described & _CIVIL_DESCRIPTIONS:
        return "organisation"
    return kind


# A state's body described in lower case, then its name in apposition: "Ecuador's prison
# agency, the National Service for ...", "Kenya's police watchdog, the Independent ...".
_STATE_BODY_APPOSED: Final = re.compile(
    r"\b([A-Z][\w\u0300-\u036f-]*(?: [A-Z][\w-]*)?)['\u2019]s (?:[a-z][\w-]* ){0,3}?"
    r"(?:agency|authority|service|body|office|department|ministry|police|force|regulator"
    r"|watchdog|institute|commission|directorate|company|operator|administration|unit"
    r"|prosecutors?|court|ombudsman),? (?:the )?$"
)


def _apposed_to_state_body(ctx: SuggestContext, start: int) -> bool:
    """True when the name at `start` stands in apposition to a listed state's body
    described in lower case ("Ecuador's prison agency, the ...")."""
    if not ctx.text.endswith((", ", ", the "), max(0, start - 6), start):
        return False  # the cheap test: every form ends with a comma and a space
    found = _STATE_BODY_APPOSED.search(ctx.text, max(0, start - 70), start)
    if found is None:
        return False
    listed = _gazetteer_index(ctx.gazetteer).kinds.get(found.group(1).removeprefix("The "))
    return listed is not None and listed[0] == "state"


def _letters_cover(acronym: str, tokens: tuple[Token, ...]) -> bool:
    """True when the acronym holds the initial of every capitalised word of `tokens`, each
    letter used once and at most two letters left over (an acronym spelled in another
    language, its words in another order: CENCO for "National Episcopal Conference")."""
    letters = list(acronym.upper())
    initials = [t.text[0] for t in tokens if t.text[:1].isupper()]
    if len(initials) < 2 or len(letters) - len(initials) > 2:
        return False
    for initial in initials:
        if initial not in letters:
            return False
        letters.remove(initial)
    return True


_OR_ACRONYM: Final = re.compile(
    r", or (?:the )?([A-Z][A-Z&]{1,8})(?=[,.;)]|\s+(?:said|says|has|had|is|was|which|who)\b)"
)
# "..., known by its French initials RFD,", "(better) known by its Arabic acronym, JNIM": the
# acronym a text gives a name in another language.
_KNOWN_BY_ACRONYM: Final = re.compile(
    r",\s+(?:(?:better|also|widely)\s+)?known\s+by\s+its\s+(?:[A-Z][a-z]+\s+)?"
    # (a hyphen may join two parts: "CRAC-PF", "FARC-EP")
    r"(?:initials|acronym)(?:,\s+|\s+as\s+(?:the\s+)?|\s+)([A-Z][A-Z&]{1,8}(?:-[A-Z]{1,4})?)\b"
)


_KIND_BEFORE_ACRONYM: Final = re.compile(
    r" (?:mission|force|operation|programme|program|coalition|alliance|group|initiative"
    r"|movement|network|agency|militia|project) $"
)
# Capitals first, a few small letters among or after them: "APBn", "CoBRA", "DfID".
_MIXED_ACRONYM: Final = re.compile(r"[A-Z][A-Za-z]{1,6}")
# An acronym written as a word: "Igad", "Ecowas", "Unicef".
_TITLE_CASE_ACRONYM: Final = re.compile(r"[A-Z][a-z]{2,6}")


# A state body's short name in its own language, with a letter English has not: "Swedish
# National Council for Crime Prevention (Brå)", "Swedish Security Service (Säpo)".
_OWN_LANGUAGE_SHORT: Final = re.compile(r"[A-Z][a-z]*[^\W\d_a-zA-Z][a-z]*")


def _state_body_short_name(
    ctx: SuggestContext, runs: Mapping[int, NameRun], match: re.Match[str]
) -> tuple[int, int, int, int, str] | None:
    """The definition "<a state body's name> (Brå)": the bracket's word, whose letters need
    not spell the English name, after a name of three or more words the type rules read as
    the state's; else None."""
    run = runs.get(match.start() - 1)
    if run is None or ctx.text[run.end : match.start()] != " ":
        return None
    tokens = _strip_leading(run, _NOT_NAMES)
    if len(tokens) < 3 or _is_title_chain(tokens):
        return None
    if _body_type(ctx, tokens) != "state":
        return None
    return (tokens[0].start, tokens[-1].end, match.start(1), match.end(1), "state")


def _title_case_acronym(
    ctx: SuggestContext, runs: Mapping[int, NameRun], match: re.Match[str], acronym: str
) -> tuple[int, int, int, int, str] | None:
    """The definition "Intergovernmental Authority on Development (Igad)": a name of
    three or more words that holds an organisation word or is listed, whose first letter is the
    acronym's and whose other initials appear in it in order; else None."""
    run = runs.get(match.start() - 1)
    if run is None or ctx.text[run.end : match.start()] != " ":
        return None
    tokens = _strip_leading(run, _NOT_NAMES)
    owned = len(tokens) > 2 and (
        _POSSESSIVE_END.search(tokens[0].text) is not None
        or _gazetteer_index(ctx.gazetteer).kinds.get(tokens[0].text, ("",))[0] == "state"
    )
    if owned and tokens[1].text[:1].lower() == acronym[0].lower():
        # "Somalia's National Intelligence and Security Agency (Nisa)", "US Africa Command
        # (Africom)": the state that owns the body is no part of its name
        tokens = tokens[1:]
    listed = _listed_head_kind(ctx, tokens)
    if not ({t.text for t in tokens} & ORGANISATION_WORDS or listed):
        return None
    initials = [t.text[0].lower() for t in tokens if t.text[:1].isupper()]
    if len(tokens) < 3 - owned or initials[0] != acronym[0].lower():
        if not _translated_initials(acronym, [t.text for t in tokens]):
            return None
        # "the Mobile Brigade (Brimob)", "the Indigenist Missionary Council (Cimi)": the
        # short form of the name in its own language, whose words come in another order
        kind = listed or _described_kind(ctx, tokens, match.end(), _body_type(ctx, tokens))
        return (tokens[0].start, tokens[-1].end, match.start(1), match.end(1), kind)
    rest = acronym[1:].lower()
    # every initial after the first is among the acronym's letters, in order; a long name
    # may leave one out ("... Stabilisation Mission in Somalia (Aussom)": "som")
    spared = 1 if len(initials) >= 5 else 0
    at = 0
    for letter in initials[1:]:
        found = rest.find(letter, at)
        if found < 0:
            spared -= 1
            if spared < 0:
                return None
        else:
            at = found + 1
    kind = listed or _described_kind(ctx, tokens, match.end(), _body_type(ctx, tokens))
    return (tokens[0].start, tokens[-1].end, match.start(1), match.end(1), kind)


def _translated_initials(short: str, name: Sequence[str]) -> bool:
    """True when the one-word `short` reads as the short form of the translated `name`:
    two or more capitalised words, one of them an organisation word, whose every initial
    is among `short`'s letters, and `short` opens with one of them ("Brimob" of "Mobile
    Brigade", Brigade Mobil; "Cimi" of "Indigenist Missionary Council", Conselho
    Indigenista Missionario)."""
    words_of = [w for w in name if w[:1].isupper()]
    letters = short.lower()
    initials = {w[0].lower() for w in words_of}
    return (
        len(words_of) >= 2
        and not ORGANISATION_WORDS.isdisjoint(words_of)
        and letters[:1] in initials
        and all(letter in letters for letter in initials)
    )


def _is_title_chain(tokens: tuple[Token, ...]) -> bool:
    """A rank or office, not a body: "Inspector General of Police", "Director General"."""
    if tokens[-1].text in _RANK_LAST:
        return True  # "Junior Commissioned Officer (JCO)", "Station House Officer (SHO)"
    return is_title(tokens[0].text) and (
        tokens[-1].text in _BODY_WORDS or is_title(tokens[-1].text)
    )


# Last words of ranks and posts, never of a body.
_RANK_LAST: Final = words(
    "Officer Officers Adviser Advisor Attache Attaché Member Commissioner Coordinator"
)


def _body_type(ctx: SuggestContext, tokens: tuple[Token, ...]) -> str:
    """`organisation_type` of a name, but a state's own forces are the state's: "Kenya
    Defence Forces", "Nigerian Police Force"."""
    words = [t.text for t in tokens]
    kind = organisation_type(words)
    if (
        kind == "organisation"
        and words[-1] in _PORTFOLIO_HEADS
        and not _PORTFOLIO_WORDS.isdisjoint(words)
        and _INTERNATIONAL_WORDS.isdisjoint(words)
    ):
        # a government's own office for a portfolio: "the Chiapas Public Security
        # Secretariat", "Peace and Security Bureau" (not "the UN Secretariat")
        return "state"
    if (
        kind == "organisation"
        and _headed_by_justice_word(words)
        and _INTERNATIONAL_WORDS.isdisjoint(words)
        and _INTERNATIONAL_COURT_WORDS.isdisjoint(words)
    ):
        # a state's own court or prosecution service: "Supreme Court of Nepal", "National
        # Prosecuting Authority" (not "the International Criminal Court"; session 32 point 4)
        return "state"
    if (
        kind == "armed group"
        and "Movement" in words
        and not set(words) & (_ARMED - {"Movement"})
        and any(_trades_possessive(ctx.text, t) for t in tokens)
    ):
        # "Landless Workers' Movement", "Rural Women's Movement": a movement of a trade or
        # of a part of a people, not an armed one ("Sudan People's Liberation Movement" is)
        return "organisation"
    of_at = words.index("of") if "of" in words[1:] else -1
    if kind in ("organisation", "armed group") and of_at > 0 and set(words[:of_at]) <= _FORCE_OF:
        # "Army of Republika Srpska", "Armed Forces of Mali": a polity's own force, where
        # the text or the lists say the polity is a state ("Islamic Army of Iraq" is not)
        owner = " ".join(w for w in words[of_at + 1 :] if w != "the")
        listed = _gazetteer_index(ctx.gazetteer).kinds.get(owner, ("",))[0]
        if listed == "state" or apposed_bodies(ctx).get(owner) == "state":
            return "state"
    if kind == "organisation" and _state_s_administrative_body(ctx, words, of_at):
        return "state"
    # A force word after "for" or "of" names the body's cause, not the body: "Guinean
    # Organization for the Defense of Human Rights" is no defence force.
    # ("State Committee for National Security" says whose it is in its first word)
    purpose = next((i for i, w in enumerate(words) if w in ("for", "of", "on")), len(words))
    if words[0] == "State":
        purpose = len(words)
    if purpose > 0 and words[purpose - 1] in _CIVIC_HEADS:
        purpose = 0  # "Brazilian Public Security Forum": a forum on security is no force
    if kind in ("organisation", "armed group") and set(words[:purpose]) & _STATE_FORCES:
        index = _gazetteer_index(ctx.gazetteer)
        if (
            words[0] == "State"
            or words[0] in index.demonyms
            or ("State" in words[1:3] and words[0] != "Islamic")
        ):
            # "State Security Service", "Ethiopian Border Guards", and a federal state's own
            # force: "Kebbi State Security Guards"
            return "state"
        # the state's name opens it, in one to four words: "Papua New Guinea Defence Force",
        # or a region's: "Sindh Rangers", "Khyber Pakhtunkhwa Police"
        for size in range(1, min(4, len(words) - 1) + 1):
            opening = " ".join(words[:size])
            if index.kinds.get(opening) == ("state", "") or (
                opening in index.region_names and _VOLUNTEER_WORDS.isdisjoint(words)
            ):
                return "state"  # (a region's community guards are its people's, not its own)
    return _kind_by_head(ctx, words, kind)


# The heads and shapes of names that only a state's bodies bear (type59): a force's unit
# ("Rural Border Patrol Unit", "46th Ranger Regiment", "Special Task Force"), a cabinet or
# a legislature's committee, an election body, a disaster agency, a federal state's agency.
_STATE_UNIT_HEADS: Final = words("Unit Battalion Regiment Taskforce")
_TASK_HEADS: Final = words("Force Team")
_LEGISLATURE_COMMITTEES: Final = words("House Portfolio Parliamentary Standing Select")
_ELECTION_WORDS: Final = words("Election Elections Electoral")
_ELECTION_HEADS: Final = words("Commission Board Council Authority")
_STATE_AGENCY_HEADS: Final = words(
    "Agency Authority Bureau Commission Office Service Directorate Department Committee "
    "Unit Centre Center Organisation Organization Institute Council Board"
)
_PROSECUTION_OFFICERS: Final = words("Prosecutor Prosecutions Presidential Defender")
# A service named by a faith is a charity's ("Jesuit Refugee Service"), not a state's.
_FAITH_WORDS: Final = words("Jesuit Catholic Christian Lutheran Methodist Baptist Church Islamic")
_LOCAL_GOVERNMENT_WORDS: Final = words("Provincial Municipal County District Prefectural")


def _kind_by_head(ctx: SuggestContext, words: list[str], kind: str) -> str:
    """`kind` of a body's name, but 'state' where its head and shape say a state's body
    (the guideline: a state's forces, ministries, courts and offices are `state`), and
    'armed group' for a local "People's Defence Force", a militia no state raised (a
    state's own, "Uganda People's Defence Force", is typed before this by its opening)."""
    if kind != "organisation" or len(words) < 2:
        return kind
    found = set(words)
    if (
        "Defence" in found
        and found & {"Force", "Forces"}
        and ("People's" in found or "People\u2019s" in found)
    ):
        return "armed group"  # "Thaton District People's Defence Force"
    if "Multinational" in found or _international(found - {"Joint"}) or found & _VOLUNTEER_WORDS:
        return kind  # "Multinational Joint Task Force", "Civilian Joint Task Force"
    if _gazetteer_index(ctx.gazetteer).kinds.get(words[0], ("",))[0] == "organisation":
        return kind  # a listed body's own part: "OCHA Financial Tracking Service"
    cut = next((i for i, w in enumerate(words) if w in ("of", "for", "on", "to")), len(words))
    head = words[cut - 1] if cut > 0 else ""
    if (
        head in _STATE_UNIT_HEADS
        or (head in _TASK_HEADS and cut >= 2 and words[cut - 2] == "Task")
        or words[:3] == ["Council", "of", "Ministers"]
        or (head == "Committee" and words[0] in _LEGISLATURE_COMMITTEES)
        or (head in _ELECTION_HEADS and found & _ELECTION_WORDS and "Observation" not in found)
        or (words[:3] == ["Office", "of", "the"] and found & _PROSECUTION_OFFICERS)
    ):
        return "state"
    if head == "Service" and found.isdisjoint(_FAITH_WORDS):
        return "state"  # "Special Investigation Service" (not "Jesuit Refugee Service")
    if head in _STATE_AGENCY_HEADS | {"Division"} and words[0] in _LOCAL_GOVERNMENT_WORDS:
        return "state"  # "Provincial Health Division", "District Development Authority"
    if head in _STATE_AGENCY_HEADS | {"Division"} and "District" in words[1:cut]:
        return "state"
    if head not in _STATE_AGENCY_HEADS:
        return kind
    if "Management" in found and found & {"Disaster", "Emergency"}:
        return "state"  # "Somali Disaster Management Agency", "... Management Office"
    if (words[0] == "State" or "State" in words[1:cut]) and words[0] != "Islamic":
        return "state"  # "Kebbi State Emergency Management Agency", "State Agency of ..."
    if head == "Agency" and words[0] in _gazetteer_index(ctx.gazetteer).demonyms:
        return "state"  # "Malaysian Maritime Enforcement Agency"
    return kind


def _of_an_international_court(text: str, start: int, end: int) -> bool:
    """Whether an international court or tribunal owns the office named at start..end, next
    to it: "The ICC's Office of the Prosecutor", "ICC: Office of the Prosecutor ...", "the
    Office of the Prosecutor (OTP) at the ICC". A court named elsewhere in the text leaves
    a state's office its state's ("The Office of the Prosecutor said ...; Kyiv has asked the
    ICC")."""
    return (
        _INTERNATIONAL_COURT_BEFORE.search(text, max(0, start - 40), start) is not None
        or _INTERNATIONAL_COURT_AFTER.match(text, end, min(len(text), end + 60)) is not None
    )


_INTERNATIONAL_COURT: Final = (
    r"(?:\bICC\b|\bInternational (?:Criminal )?(?:Court|Tribunal)\b|\bSpecial Tribunal\b)"
)
_INTERNATIONAL_COURT_BEFORE: Final = re.compile(
    _INTERNATIONAL_COURT + r"(?: for (?:the )?[A-Z][\w-]*)?(?:['\u2019]s?|:) (?:the )?$"
)
_INTERNATIONAL_COURT_AFTER: Final = re.compile(
    r"(?: \([A-Z]{2,4}\))? (?:at|of) the " + _INTERNATIONAL_COURT
)


# Heads of a state's administrative bodies ("Missing Persons Institute of Bosnia and
# Herzegovina", "Swedish National Council for Crime Prevention"); a rights commission is
# left out (the dev gold types statutory and private ones alike as organisations).
_ADMINISTRATIVE_HEADS: Final = words(
    "Institute Agency Authority Office Service Directorate Bureau Council Committee"
)
_RESEARCH_WORDS: Final = words("Studies Research Policy Analysis Strategic Peace Refugee")


def _state_s_administrative_body(ctx: SuggestContext, words: list[str], of_at: int) -> bool:
    """True for an administrative body named after its state: "<demonym> National <head>"
    or "<head> of <listed state>" (guideline, session 30 point 6: "<Body> of <State>" with
    capitals is one `state` span), never a research or aid body's name."""
    cut = next((i for i, w in enumerate(words) if w in ("of", "for", "on")), len(words))
    if cut == 0 or words[cut - 1] not in _ADMINISTRATIVE_HEADS:
        return False
    if not _RESEARCH_WORDS.isdisjoint(words) or "Rights" in words:
        return False
    index = _gazetteer_index(ctx.gazetteer)
    if len(words) > 2 and words[0] in index.demonyms and words[1] == "National":
        return True  # "Swedish National Council for Crime Prevention"
    if words[0] == "Federal" and words[cut - 1] not in ("Council", "Committee"):
        return True  # "Federal Investigation Agency", "Federal Bureau of Investigation"
    if of_at > 0 and of_at == cut and words[cut - 1] not in ("Council", "Committee"):
        owner = " ".join(w for w in words[of_at + 1 :] if w != "the")
        return index.kinds.get(owner, ("",))[0] == "state"  # "... Institute of Bosnia ..."
    return False


# Heads of civic and research bodies, whatever subject their other words name.
_CIVIC_HEADS: Final = words("Forum Laboratory Faculty Observatory Foundation Institute Network")
_PORTFOLIO_HEADS: Final = words("Secretariat Bureau")
_FORCE_OF: Final = words("Army Armed Forces Force Navy Air Police National Royal Defence Defense")


def _headed_by_justice_word(words: list[str]) -> bool:
    """The name's head (its last word before "of" / "for") is a court ("Supreme Court of
    Nepal"), or a prosecution service's ("National Prosecuting Authority")."""
    cut = next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))
    if cut == 0:
        return False
    head = words[cut - 1]
    return head in _COURT_HEADS or (
        head in _PROSECUTION_HEADS and ("Prosecuting" in words[:cut] or "Prosecutors" in words)
    )


_COURT_HEADS: Final = words("Court Courts Tribunal Jurisdiction")
_PROSECUTION_HEADS: Final = words("Authority Service Office Directorate")
# Courts of several states whose names hold no word of _INTERNATIONAL_WORDS.
_INTERNATIONAL_COURT_WORDS: Final = words("Inter-American Caribbean Permanent Arbitration")
# Forces of volunteers a region raises among its people: "Zamfara Community Protection
# Guards", "Katsina Vigilance Corps".
_VOLUNTEER_WORDS: Final = words("Community Volunteer Volunteers Vigilance Vigilante Civilian")
_INTERNATIONAL_WORDS: Final = words(
    "UN United Nations International African European Commonwealth Arab Regional Joint "
    "Intergovernmental Global World"
)
_STATE_FORCES: Final = words(
    "Forces Force Army Navy Guard Police Rangers Defence Defense Authority Intelligence "
    # "Georgian State Security Service", "Kenya Wildlife Service", "Ethiopian Border Guards"
    "Security Service Services Guards Border Scouts"
)


def _listed_acronym_kind(ctx: SuggestContext, acronym: str, kind: str) -> str:
    """A listed acronym's state or armed-group type where its spelled-out name reads as a
    mere organisation: "Inter Services Public Relations (ISPR)" is Pakistan's military's
    own office, as the list knows ISPR (an outlet's acronym is no guide: AFP; nor a
    country's: "Conflict Armament Research (CAR)" is no Central African Republic)."""
    listed = _gazetteer_index(ctx.gazetteer).kinds.get(acronym)
    if kind == "organisation" and listed in (("state", "institution"), ("armed group", "")):
        return listed[0]
    return kind


def _listed_head_kind(ctx: SuggestContext, tokens: tuple[Token, ...]) -> str | None:
    """'armed group' when the name opens with a listed armed group's name: "Islamic State
    Khorasan Province (ISKP)" is a branch of the group, whatever its other words say."""
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    whole = kinds.get(ctx.text[tokens[0].start : tokens[-1].end])
    if whole is not None:
        return whole[0]  # "Revolutionary Armed Forces of Colombia" is listed as a group
    for j in range(len(tokens) - 1, 0, -1):
        kind = kinds.get(ctx.text[tokens[0].start : tokens[j - 1].end])
        if kind is not None and kind[0] == "armed group":
            return "armed group"
    return None


@rule(
    "actor_acronym_definition",
    "ACTOR",
    "An organisation followed by its acronym in brackets: both are spans, "
    "'Free Valdor Front (FVF)' -> 'Free Valdor Front', 'FVF'.",
)
def actor_acronym_definition(ctx: SuggestContext) -> Iterator[Suggestion]:
    for start, end, acronym_start, acronym_end, kind in _acronym_definitions(ctx):
        part = _PART_OF_THE.match(ctx.text, start, end)
        if part is not None:
            start = part.end()  # "Units of the Armed Forces of Burkina Faso (FABF)": the body
        elif kind == "state":
            start = _with_state_abbreviation(ctx, start)
        yield _suggestion(start, end, kind, "actor_acronym_definition")
        yield _suggestion(acronym_start, acronym_end, kind, "actor_acronym_definition")


# A state's abbreviation right before a body's name: "the U.S. Drug Enforcement
# Administration (DEA)", "the UK Border Force (UKBF)".
_STATE_ABBREVIATION_BEFORE: Final = re.compile(r"(?<![\w.'\u2019-])([A-Z](?:\.?[A-Z])+\.?) $")


def _with_state_abbreviation(ctx: SuggestContext, start: int) -> int:
    """Where a state body's defined name starts: at the state's abbreviation before it, a
    capitalised name that holds its state's abbreviation being one name ("U.S. Central
    Command": guideline, session 28 point k), else at `start`."""
    before = _STATE_ABBREVIATION_BEFORE.search(ctx.text, max(0, start - 8), start)
    if before is None:
        return start
    listed = _gazetteer_index(ctx.gazetteer).kinds.get(before.group(1))
    return before.start(1) if listed == ("state", "") else start


@rule(
    "actor_acronym_mentions",
    "ACTOR",
    "Every later mention of an acronym defined in brackets ('FVF', 'FVF's', 'FVF-held').",
)
def actor_acronym_mentions(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    kinds = {text[a:b]: kind for _s, _e, a, b, kind in _acronym_definitions(ctx)}
    if not kinds:
        return
    # The agency a dateline credits is the outlet, whatever the text later spells with
    # its letters: "MANILA (AFP) - ... the Armed Forces of the Philippines (AFP)".
    agencies = {m.span("name") for m in _top_matches(ctx, _DATELINE_AGENCY)}
    for start, end, acronym in NameMatcher(kinds).find_all(text, ctx.piece_index):
        if (start, end) not in agencies:
            yield _suggestion(start, end, kinds[acronym], "actor_acronym_mentions")


# "Ecuador's prison agency, SNAI,", "the rights group, CDH,": a body described, then its
# acronym in apposition.
# Found from the acronym back: ", SNAI," is rare and cheap to find; the description
# before it is read only there.
# (Its first character, a space or a comma, is taken before the alternatives, which look
# back at it: a pattern opening with a set is searched by skipping to the set's characters,
# one opening with alternatives by trying all of them at every character, about a third
# more instructions over an article. The same matches as "\s+\(...|,\s+...|,\s+the...".)
_APPOSED_ACRONYM: Final = re.compile(
    # ... or in brackets after a description in lower case: "France's national
    # anti-terrorism prosecutor's office (PNAT)" (after a name: the definitions' work)
    r"[\s,](?:(?<=\s)\s*\((?P<bracketed>[A-Z][A-Z-]{1,7})\)"
    r"|(?<=,)\s+(?P<acronym>[^\W\d_a-z][^\W_a-z]{1,8}"
    # ... or a one-word name: "Ukraine's state nuclear company, Energoatom,"
    r"|[^\W\d_a-z][^\W\d_A-Z]{2,}[\w\u0300-\u036f]*)"
    r"(?=[,.)]|\s+(?:said|says|which|has|had|was)\b)"
    # ... or a name in another language: "the public defender's office, the Defensoria
    # Pública, said"
    r"|(?<=,)\s+the\s+(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+(?:(?:de|da|do|des|del"
    r"|of|for|the)\s+)?[A-Z][\w\u0300-\u036f'\u2019-]*){0,4})(?=,))"
)
# ... tried only at a comma before a capital or "the", and in the white space before a
# bracket and a capital (searches with a literal first; the pattern, a class first, was
# tried at every offset: 0.04 s at 1 MB)
_COMMA_BEFORE_APPOSITION: Final = re.compile(r",(?=\s+(?:[^\W\d_a-z]|the\s))")
_BRACKET_THEN_CAPITAL: Final = re.compile(r"\((?=[A-Z])")


def _apposed_acronym_starts(text: str) -> Iterator[int]:
    """Offsets where _APPOSED_ACRONYM may match."""
    for hit in _COMMA_BEFORE_APPOSITION.finditer(text):
        yield hit.start()
    for hit in _BRACKET_THEN_CAPITAL.finditer(text):
        at = hit.start()
        while at > 0 and text[at - 1].isspace():
            at -= 1
            yield at


_APPOSED_DESCRIPTION: Final = re.compile(
    r"(?:(?P<owner>[A-Z][\w\u0300-\u036f-]*)['\u2019]s|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir))\s+"
    # (the words between may be a name's: "the African Union mission, X,")
    r"(?:[A-Za-z][\w'\u2019-]*\s+){0,3}?(?P<head>agency|ministry|service|department|authority"
    r"|commission|regulator|army|police|group|militia|movement|network|charity|organisation"
    r"|organization|coalition|alliance|broadcaster|newspaper|channel|watchdog|monitor|office"
    r"|battalion|unit|brigade|regiment|division|squad|company|operator|utility|firm|outfit"
    # "the African Union mission, X,", "the West African bloc, X,"
    r"|mission|bloc|programme|fund)$"
)
# An acronym named without commas where only a body's acronym stands: "known by its French
# initials X", "the UN refugee agency X said", "the UN's humanitarian office X".
# (Two patterns, each opening with the letters every match opens with, so that the engine
# skips to them: one alternation of both, behind a word boundary, tried a match at every
# offset, 20 ms a megabyte. The word before is tested after the match.)
_ACRONYM_KNOWN_AS: Final = re.compile(
    r"known\s+(?:by|under)\s+(?:its|their)\s+(?:[A-Z][a-z]+\s+)?(?:initials|acronym"
    r"|abbreviation),?\s+(?P<initials>[A-Z][A-Z-]{1,7})\b"
)
_ACRONYM_OF_UN_BODY: Final = re.compile(
    r"U(?:N|\.N\.|nited\s+Nations)(?:['\u2019]s)?\s+(?:[a-z'\u2019-]+\s+){0,3}"
    r"(?:agency|office|mission|programme|fund)\s+(?P<un>[A-Z][A-Za-z]{2,7})\b(?!\s+[A-Z])"
)
_APPOSED_TYPES: Final = {
    **dict.fromkeys(words("group militia movement coalition alliance"), "armed group"),
    **dict.fromkeys(words("ministry army police battalion unit regiment division squad"), "state"),
    **dict.fromkeys(words("broadcaster newspaper channel"), "media"),
}


@rule(
    "actor_apposed_acronym",
    "ACTOR",
    "An acronym in apposition to what it names, and its other mentions: \"Ecuador's prison "
    "agency, SNAI,\" -> 'SNAI' (state), 'the rights group, CDH,' -> 'CDH'.",
)
def actor_apposed_acronym(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    kinds: dict[str, str] = {}
    for found in finditer_from(_APPOSED_ACRONYM, text, _apposed_acronym_starts(text)):
        acronym = found.group("acronym") or found.group("name") or found.group("bracketed")
        if found.group("bracketed") is not None and (
            acronym in _gazetteer_index(ctx.gazetteer).kinds
            or not text[found.start() - 1].islower()
        ):
            continue  # a listed acronym, or one after a name (the definitions' work)
        if (
            found.group("acronym") is not None
            and not acronym.isupper()
            and (
                acronym in _NOT_NAMES
                or acronym in _gazetteer_index(ctx.gazetteer).kinds
                or acronym in _gazetteer_index(ctx.gazetteer).demonyms
            )
        ):
            continue  # "the ministry, Monday," or "its capital, Bamako,": no body's name
        if found.group("name") is not None and acronym in _gazetteer_index(ctx.gazetteer).kinds:
            continue  # a listed name: the gazetteer's work
        match = _APPOSED_DESCRIPTION.search(text, max(0, found.start() - 80), found.start())
        if match is None:
            continue
        head = match.group("head")
        before = text[max(0, match.start("head") - 30) : match.start("head")]
        kind = _APPOSED_TYPES.get(head, "organisation")
        if kind == "armed group" and re.search(r"\b(?:rights|aid|monitoring|advocacy)\s+$", before):
            kind = "organisation"  # "the rights group, CDH,"
        if head in ("agency", "service", "channel") and re.search(r"\bnews\s+$", before):
            kind = "media"  # "the group's news agency, Amaq,"
        owner = match.group("owner")
        if head in ("company", "operator", "utility", "firm"):
            pass  # a state's company is no ministry: "Chile's state copper company, Codelco,"
        elif kind == "organisation" and head in ("group", "movement", "coalition", "alliance"):
            pass  # a state's rights group is its people's: "Mexico's leading rights group, X,"
        elif owner is not None and _gazetteer_index(ctx.gazetteer).kinds.get(owner, ("",))[0] == (
            "state"
        ):
            kind = "state"  # a state's own body: "Ecuador's prison agency, SNAI,"
        if head not in ("company", "operator", "utility", "firm") and re.search(
            r"\b(?:state|government|public|federal|national)\b", match.group()
        ):
            kind = "state"  # "the state's public defender's office, the Defensoria Pública,"
        kinds.setdefault(acronym, kind)
    listed = _gazetteer_index(ctx.gazetteer).kinds
    for pattern, group in ((_ACRONYM_KNOWN_AS, "initials"), (_ACRONYM_OF_UN_BODY, "un")):
        for found in pattern.finditer(text):
            if found.start() and (
                text[found.start() - 1].isalnum() or text[found.start() - 1] in "-."
            ):
                continue  # inside a word: "unknown by", "GUN"
            acronym = found.group(group)
            if acronym in _NOT_NAMES or acronym in listed:
                continue  # a listed acronym: the gazetteer's work, with its own type
            kinds.setdefault(acronym, "organisation")
    if kinds:
        for start, end, acronym in NameMatcher(kinds).find_all(text, ctx.piece_index):
            yield _suggestion(start, end, kinds[acronym], "actor_apposed_acronym")


@rule(
    "actor_acronym_of_name",
    "ACTOR",
    "An acronym never defined in brackets that spells an organisation named in the same "
    "text: 'Kenya Defence Forces' ... 'KDF spokesman' -> 'KDF'.",
)
def actor_acronym_of_name(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    listed = _gazetteer_index(ctx.gazetteer).kinds
    defined = {text[a:b] for _s, _e, a, b, _kind in _acronym_definitions(ctx)}
    candidates = {
        piece
        # (the few upper-case pieces picked out in C first)
        for piece in filter(str.isupper, ctx.piece_index)
        if 3 <= len(piece) <= 6 and piece.isalpha() and piece not in listed
    } - defined  # (not "- listed.keys()": a set minus a dict's keys walks every key, ~0.1 ms)
    if not candidates:
        return
    kinds: dict[str, str] = {}
    for run in _runs(ctx):
        if len(run.tokens) < 2 or ORGANISATION_WORDS.isdisjoint(map(_TEXT, run.tokens)):
            continue
        tokens = _strip_leading(run, _NOT_NAMES)
        initials = "".join(t.text[0] for t in tokens if t.text[:1].isupper())
        if (
            initials in candidates
            and initials not in kinds
            and not _is_title_chain(tokens)
            and not _treated_at(text, tokens)
            and not _names_a_thing(tokens, initials)  # "Armed Forces Special Powers Act"
        ):
            kinds[initials] = _body_type(ctx, tokens)
    if kinds:
        for start, end, acronym in NameMatcher(kinds).find_all(text, ctx.piece_index):
            yield _suggestion(start, end, kinds[acronym], "actor_acronym_of_name")


# "the 3R rebel group", "the M23 rebels", "the ADF militia": a short code then what it is.
_CODED_GROUP: Final = re.compile(
    r"\b(?P<name>(?=[\w-]*\d|[A-Z]{2})[A-Z0-9][A-Za-z0-9-]{0,9}) (?:(?:rebel|armed|militant"
    r"|jihadist|insurgent|separatist|Islamist) (?:group|movement|alliance|coalition|faction)"
    r"|rebels|militia|insurgents)\b"
)
_ARMED_KIND: Final = (
    r"(?:(?:rebel|armed|militant|jihadist|insurgent|separatist|Islamist|vigilante"
    r"|self-defen[cs]e|paramilitary|criminal|bandit) (?:group|movement|alliance|coalition"
    r"|faction|force)|rebels|militia|militias|militiamen|insurgents|vigilantes|gang)\b"
)
_QUANTIFIERS: Final = words("Both Either Neither All Each the The")
# Faiths that describe a group's fighters, never open its name ("mainly Muslim Seleka
# rebels", "Christian anti-balaka militias").
_FAITHS: Final = words(
    "Muslim Christian Catholic Protestant Sunni Shia Shiite Shi'ite Hindu Buddhist Jewish "
    "Alawite Druze Evangelical Orthodox"
)
_MOSTLY: Final = words("Mainly Mostly Largely Predominantly Overwhelmingly")
# What the group is, right after its name: "... the Sons of Marsk militia".
_GROUP_TAIL: Final = re.compile(" " + _ARMED_KIND)
# ... or in an appositive: "The Sons of Marsk, an armed group that ...".
_GROUP_APPOSITIVE: Final = re.compile(
    r", (?:(?:a|an|the) (?:[a-z-]+ ){0,2}?(?:(?:rebel|armed|militant|jihadist|insurgent"
    r"|separatist|Islamist) (?:group|movement|alliance|coalition|faction)|militia|faction|gang"
    r"|cartel)"
    # "The Ma'awisley, clan militias that ...": a plural description without an article
    r"|(?:[a-z-]+ )?(?:militias|rebel groups|armed groups|militant groups))\b"
)
# A group named after its leader: "the Hafiz Gul Bahadur group" (the leader a person here).
_LEADER_GROUP: Final = re.compile(
    r"\b[Tt]he (?P<name>(?P<leader>[A-Z][\w\u0300-\u036f'\u2019-]*"
    r"(?: [A-Z][\w\u0300-\u036f'\u2019-]*){1,3}) (?:group|faction|network))$"
)


@rule(
    "actor_described_group",
    "ACTOR",
    "An armed group named with what it is, and its other mentions: 'the 3R rebel group' -> "
    "'3R', 'the M23 rebels' -> 'M23', 'the Sons of Marsk militia', 'The Sons of Marsk, an "
    "armed group that ...' -> 'Sons of Marsk'.",
)
def actor_described_group(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    people: set[str] | None = None  # the people's names, gathered once (not per match)
    for match in _ending_at(ctx, _LEADER_GROUP, ("group", "faction", "network")):
        if people is None:
            people = {text[p.start : p.end] for p in _people(ctx)}
        if match.group("leader") in people:
            yield _suggestion(*match.span("name"), "armed group", "actor_described_group")
    names = set()
    tails = [m.start() for m in _GROUP_TAIL.finditer(text)]
    apposed = [m.start() for m in _GROUP_APPOSITIVE.finditer(text)]
    tails += apposed
    if not tails:
        return
    runs = _runs_by_end(ctx)
    index = _gazetteer_index(ctx.gazetteer)
    for at in tails:
        # What the group is comes first (rare words), then the code or name just before it.
        coded = _CODED_GROUP.search(text, max(0, at - 12), at + 40)
        if coded is not None and coded.end("name") == at:
            names.add(coded.group("name"))
            continue
        run = runs.get(at)
        if run is None:
            continue
        tokens = _strip_leading(run, _NOT_NAMES)
        while tokens and tokens[0].text in _QUANTIFIERS:
            tokens = tokens[1:]  # "Both the Mayi-Mayi Yakutumba militia and the army"
        while len(tokens) > 1 and (tokens[0].text in _FAITHS or tokens[0].text in _MOSTLY):
            tokens = tokens[1:]  # "mainly Muslim Seleka rebels": the faith describes them
        while len(tokens) > 1 and _POSSESSIVE_END.search(tokens[0].text):
            tokens = tokens[1:]  # "Yemen's Houthi rebels": the owner is no part of the name
        if len(tokens) == 3 and tokens[1].text == "and":
            continue  # "fighting between Twa and Luba militias": two peoples' militias
        capitalised = [t.text for t in tokens if t.text[:1].isupper()]
        name = text[tokens[0].start : tokens[-1].end] if tokens else ""
        one_apposed = (
            len(capitalised) == 1
            and len(tokens) == 1
            and (
                (
                    at in apposed
                    and _THE_BEFORE.search(text, max(0, tokens[0].start - 5), tokens[0].start)
                )
                # "the former Ninjas-Nsiloulou militia"
                or (
                    _HYPHENED_NAME.fullmatch(name)
                    and _THE_WORD_BEFORE.search(text, max(0, tokens[0].start - 24), tokens[0].start)
                )
            )
            and name not in index.demonyms
        )
        if (
            (len(capitalised) < 2 and not one_apposed)
            or name in index.kinds
            or (_is_nationality(capitalised[0], index) and not one_apposed)
        ):
            continue  # one word ("the Tuareg rebels") or a listed state or nationality
        names.add(name)
    names = {n for n in names if n not in _NOT_NAMES and not n.isdigit()}
    if not names:
        return
    for start, end, _name in NameMatcher(names).find_all(text, ctx.piece_index):
        yield _suggestion(start, end, "armed group", "actor_described_group")


# "the Sahel Monitor, a research group,", "Shelter Now, a charity that ...": a civil body.
_CIVIL_APPOSITIVE: Final = re.compile(
    # (never an armed kind anywhere before the noun: "a terrorist organisation")
    r", (?:a|an) (?!(?:[\w-]+ ){0,2}(?:terrorist|militant|armed|criminal|jihadist|extremist"
    r"|rebel|insurgent)\b)(?:[\w-]+ ){0,2}?(?:(?:research|rights|aid|monitoring|advocacy"
    r"|humanitarian|relief|campaign|lobby|civil society|medical|legal|women's|youth|press freedom) "
    r"(?:group|organisation|organization|network|coalition)|charity|think[- ]tank|watchdog"
    r"|non-?profit|NGO|monitor|research institute|rights body"
    # "a local organisation", "a residents' association": a civil body by its noun alone
    r"|(?:(?!terrorist|militant|armed|criminal|jihadist|extremist|rebel|insurgent)"
    r"[\w'\u2019-]+ )?(?:organi[sz]ation|association|foundation|collective|institute))\b"
)


@rule(
    "actor_described_organisation",
    "ACTOR",
    "A civil organisation named with what it is, and its other mentions: 'the Sahel Monitor, "
    "a research group,' -> 'Sahel Monitor', 'Shelter Now, a charity that ...'.",
)
def actor_described_organisation(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    tails = [
        (m.start(), "organisation")
        for m in _CIVIL_APPOSITIVE.finditer(text)
        # (not a person's role at the body: "X, a lawyer with the association")
        if m.group()[2:].split()[1].lower() not in ROLE_WORDS
    ]
    if not tails:
        return
    runs = _runs_by_end(ctx)
    index = _gazetteer_index(ctx.gazetteer)
    names: dict[str, str] = {}
    for at, kind in tails:
        run = runs.get(at)
        if run is None:
            continue
        tokens = _strip_leading(run, _NOT_NAMES)
        if len(tokens) > 2 and _POSSESSIVE_END.search(tokens[0].text):
            tokens = tokens[1:]  # "Sudan's Emergency Lawyers, a rights group": its name
        capitalised = [t.text for t in tokens if t.text[:1].isupper()]
        untitled, titled = _strip_titles(tokens)
        if len(capitalised) < 2 or (
            _person_tokens(untitled if titled else tokens)
            and not _THE_BEFORE.search(text, max(0, tokens[0].start - 5), tokens[0].start)
        ):
            # one word, or a person's name ("Amina Diallo, a research coordinator", "Dr
            # Amina Diallo, a researcher")
            continue
        name = text[tokens[0].start : tokens[-1].end]
        if name not in index.kinds and not _is_nationality(capitalised[0], index):
            names.setdefault(name, kind)
    if names:
        for start, end, name in NameMatcher(names).find_all(text, ctx.piece_index):
            yield _suggestion(start, end, names[name], "actor_described_organisation")


# A body's name that goes on with the state it serves or watches: "OSCE Mission to
# Bosnia and Herzegovina", "UN Independent International Fact-Finding Mission on
# Venezuela", "UN Special Coordinator for Lebanon", "Prosecutor's Office of Bosnia and
# Herzegovina" (heads of offices and missions; an officer's title only where no person's
# name follows it: "UN Special Envoy for Yemen Hans Berg" is a title).
_STATE_SERVED_HEADS: Final = ("Mission", "Office", "Force", "Commission", "Coordinator", "Envoy")
_TITLE_HEADS: Final = frozenset({"Coordinator", "Envoy"})
_SERVED_PREPOSITION: Final = re.compile(r" (?:to|on|for|in|of) (?:the )?")
# (initials may open the name: "the Humanitarian Coordinator for Yemen, B.H. Okonkwo,")
_NAME_FOLLOWS: Final = re.compile(r",? (?:[A-Z]\.[ \u00a0]?){0,3}[A-Z][a-z]")
_INTERNATIONAL_OPENERS: Final = words(
    "UN U.N. OSCE EU AU NATO ECOWAS IGAD SADC United European African"
)


@rule(
    "actor_body_for_state",
    "ACTOR",
    "A body's name that goes on with the listed state it serves: 'OSCE Mission to Bosnia and "
    "Herzegovina', 'UN Special Coordinator for Lebanon' (the longer span wins).",
)
def actor_body_for_state(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    if not any(ctx.piece_index.get(head) for head in _STATE_SERVED_HEADS):
        return
    index = _gazetteer_index(ctx.gazetteer)
    states: dict[int, int] = {}
    for start, end, name in _gazetteer_hits(ctx):
        if index.kinds[name] == ("state", "") and end > states.get(start, -1):
            states[start] = end  # the longest: "Bosnia and Herzegovina", not "Bosnia"
    if not states:
        return
    runs = {run.end: run for run in _runs(ctx, connectors=False)}
    for head in _STATE_SERVED_HEADS:
        for at in ctx.piece_index.get(head, ()):
            end = at + len(head)
            served = _SERVED_PREPOSITION.match(text, end)
            if served is None or served.end() not in states:
                continue
            state_end = states[served.end()]
            if head in _TITLE_HEADS and _NAME_FOLLOWS.match(text, state_end):
                continue  # "UN Special Envoy for Yemen Hans Berg": a person's title
            run = runs.get(end)
            if run is None:
                continue
            tokens = _strip_leading(run, _NOT_NAMES)
            if len(tokens) < 2 or _title_case_line(text, tokens[0].start):
                continue  # "Mission" alone is the generic noun capitalised
            words_ = [t.text for t in tokens]
            if served.group().startswith(" in ") and head not in ("Mission", "Force"):
                # "the UN Human Rights Office in Colombia", "the Ombudsman's Office in
                # Colombia": a body, then where it sits ("Mission in Somalia" is a name)
                continue
            if words_[0] in _INTERNATIONAL_OPENERS or _international(set(words_)):
                kind = "organisation"
            elif served.group().startswith(" in "):
                continue  # "the Police Force in Ghana": a state's body, then where
            else:
                kind = _body_type(ctx, tokens)
                whole = [*words_, "of", *text[served.end() : state_end].split()]
                if (
                    kind == "organisation"
                    and served.group().strip() in ("of", "of the")
                    and _state_s_administrative_body(ctx, whole, len(words_))
                ):
                    kind = "state"  # "the Statistics Office of Nigeria": the state's own
            yield _suggestion(tokens[0].start, state_end, kind, "actor_body_for_state")


# A faction's qualifier in brackets, part of its name: "United Liberation Front of Asom
# (Independent) (ULFA(I))", "National Socialist Council of Nagaland (Khaplang-Yung Aung)
# (NSCN(K-YA))", "Communist Party of India (Maoist)"; and an acronym holding its own
# brackets: "ULFA(I)", "NSCN(IM)", "CPI(M)".
_QUALIFIER_THEN_ACRONYM: Final = re.compile(
    r" \((?P<qualifier>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3})\)"
    r" \((?P<acronym>[A-Z][A-Z&-]{1,9}(?:\([A-Z][A-Za-z-]{0,6}\))?)\)"
)
_ACRONYM_SUFFIX: Final = re.compile(r"\([A-Z][A-Za-z-]{0,6}\)")


@rule(
    "actor_qualified_name",
    "ACTOR",
    "A name with its faction's qualifier in brackets, before its acronym: 'National Socialist "
    "Council of Nagaland (Khaplang-Yung Aung) (NSCN(K-YA))' -> both whole; and a listed or "
    "defined acronym with its own brackets: 'ULFA(I)'.",
)
def actor_qualified_name(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    if ")" not in text:
        return
    index = _gazetteer_index(ctx.gazetteer)
    kinds: dict[str, str] = {}
    if ") (" in text:
        runs = _runs_by_end(ctx)
        for at in _all(text, ") ("):
            found = _QUALIFIER_THEN_ACRONYM.search(text, max(0, at - 40), at + 30)
            if found is None or found.end("qualifier") != at:
                continue
            run = runs.get(found.start())
            if run is None:
                continue
            tokens = _strip_leading(run, _NOT_NAMES)
            at_ = len(run.tokens) - len(tokens)
            if at_ and tokens and run.tokens[at_ - 1].text in _NAME_OPENERS:
                tokens = run.tokens[at_ - 1 :]  # "National Socialist Council of ..."
            if len(tokens) < 2 or not {t.text for t in tokens} & ORGANISATION_WORDS:
                continue
            name = text[tokens[0].start : tokens[-1].end]
            listed = index.kinds.get(name)
            kind = (
                listed[0]
                if listed is not None
                else _listed_head_kind(ctx, tokens)
                or index.kinds.get(found.group("acronym").partition("(")[0], ("",))[0]
                or _body_type(ctx, tokens)
            )
            yield _suggestion(
                tokens[0].start,
                found.end() - len(found.group("acronym")) - 3,
                kind,
                "actor_qualified_name",
            )
            yield _suggestion(*found.span("acronym"), kind, "actor_qualified_name")
            kinds[found.group("acronym").partition("(")[0]] = kind
    # "ULFA(I)": an acronym the lists know, or one defined here, with its faction's letter
    for at in _all(text, "("):
        if at == 0 or not text[at - 1].isupper():
            continue
        suffix = _ACRONYM_SUFFIX.match(text, at)
        if suffix is None:
            continue
        start = at - 1
        while start > 0 and (text[start - 1].isupper() or text[start - 1] in "&-"):
            start -= 1
        acronym = text[start:at]
        if len(acronym) < 2 or (start > 0 and text[start - 1].isalnum()):
            continue
        kind = kinds.get(acronym) or index.kinds.get(acronym, ("",))[0]
        if kind in ("armed group", "organisation", "state"):
            yield _suggestion(start, suffix.end(), kind, "actor_qualified_name")


# An army's territorial command, named by its ordinal or its compass point: "the First
# Military Region", "the 34th Military Region", "Russia's Southern Military District".
_MILITARY_REGION: Final = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth|Eleventh|Twelfth|Northern|Southern|Eastern|Western|Central|North-?[Ee]astern"
    r"|North-?[Ww]estern|South-?[Ee]astern|South-?[Ww]estern|Leningrad|Moscow) Military "
    r"(?:Region|District|Zone)\b"
)


# "in the" or "within the" before a region: the place, as "in the Amhara region" is.
_IN_THE_AREA: Final = re.compile(r"\b(?:[Ii]n|[Ww]ithin|[Aa]cross|[Tt]hroughout) the $")


@rule(
    "actor_military_region",
    "ACTOR",
    "An army's territorial command named by its ordinal or compass point: 'the First Military "
    "Region said' -> 'First Military Region' (state).",
)
def actor_military_region(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for at in ctx.piece_index.get("Military", ()):
        found = _MILITARY_REGION.search(text, max(0, at - 14), at + 20)
        if found is not None and found.start() < at < found.end():
            if _IN_THE_AREA.search(text, max(0, found.start() - 12), found.start()):
                continue  # "arrested in the 2nd Military Region": the area it commands
            yield _suggestion(found.start(), found.end(), "state", "actor_military_region")


# A state body's name that goes on with its number or letter: "the Police Regional Office
# 7", "the Internal Security Operations Command Region 4", "Ranger Task Force 4302", "High
# Risk Court A sentenced" (one name, as "the 6th Infantry Division" is); not a year, a
# measure or a count after it ("the Command 2 km away").
_DESIGNATOR_AFTER: Final = re.compile(
    r"(?: Region)? (?:(?P<number>\d{1,4})|[A-Z])(?![\w'\u2019-]|[.,:/]\w)"
    r"(?! (?:km|kilomet\w*|miles?|metres|meters|per|percent|people|persons|of|to|and)\b)"
)
# ... after its other capitalised words (and the "of", "for", "and", "the" inside them).
_WORDS_BEFORE_HEAD: Final = re.compile(
    r"(?<![\w'\u2019.&-])(?:[A-Z][\w'\u2019&.-]* (?:(?:of|for|and|the) )*){1,6}$"
)
_DESIGNATED_HEADS: Final = ("Office", "Command", "Force", "Court")


@rule(
    "actor_numbered_body",
    "ACTOR",
    "A state body's name with its number or letter: 'the Police Regional Office 7 said' -> "
    "'Police Regional Office 7', 'Ranger Task Force 4302', 'High Risk Court A' (state).",
)
def actor_numbered_body(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for head in _DESIGNATED_HEADS:
        for at in ctx.piece_index.get(head, ()):
            designator = _DESIGNATOR_AFTER.match(text, at + len(head))
            if designator is None:
                continue
            number = designator.group("number")
            if number is not None and 1900 <= int(number) <= 2100:
                continue  # "the Foreign Office 2024 report": a year
            run = _WORDS_BEFORE_HEAD.search(text, max(0, at - 80), at)
            if run is None:
                continue
            start = run.start()
            for word in text[start:at].split():
                if word not in _OPENERS:
                    break
                start = text.index(word, start) + len(word) + 1  # "The", "In": no name
            if start < at:
                yield _suggestion(start, designator.end(), "state", "actor_numbered_body")


@rule(
    "actor_apposed_body",
    "ACTOR",
    "A body described in apposition by a head noun no person is named by, typed by it, and "
    "its other mentions: 'Forestal Mininco, a subsidiary of ...' -> organisation, 'El Perú, "
    "one of several armed groups' -> armed group.",
)
def actor_apposed_body(ctx: SuggestContext) -> Iterator[Suggestion]:
    names = apposed_bodies(ctx)
    if names:
        for start, end, name in NameMatcher(names).find_all(ctx.text, ctx.piece_index):
            yield _suggestion(start, end, names[name], "actor_apposed_body")


_THE_BEFORE: Final = re.compile(r"\b[Tt]he $")
_THE_WORD_BEFORE: Final = re.compile(r"\b[Tt]he (?:[a-z-]+ )?$")
# "the Madres del Valle collective", "the Voix des Femmes association": a name in any
# language (its small words too), then what kind of civil body it is.
_NAMED_CIVIL_BODY: Final = re.compile(
    # "the Kenyan-led Multinational Security Support mission": who leads it is no part
    r"\b[Tt]he (?:[A-Z][\w-]*-(?:led|backed|based|funded) )?"
    r"(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*(?: (?:[A-Z][\w\u0300-\u036f'\u2019-]*"
    r"|de|del|la|las|los|por|y|des|du|et|of|for|and)){1,6}?) (?:collective|association"
    r"|foundation|cooperative|charity|campaign group|rights group|aid group|mission)$"
)


# ... and with what its members do or are between: "the Sabuesas Guerreras search
# collective", "The SPNH-17 police union", "the Voices of Bilozerka volunteer group" (ACT72:
# CAS43 and CAS44 missed one each; a closed list of purposes, no trade's plural: "the Lower
# Shabelle farmers' association" names a place's farmers).
_ACT72_NAMED_BODY_OF_KIND: Final = re.compile(
    r"\b[Tt]he (?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*(?: (?:[A-Z][\w\u0300-\u036f'\u2019-]*"
    r"|de|del|la|las|los|y|des|du|et|of|for|and)){0,6}?) (?:search|police|volunteer|relief"
    r"|rescue|victims['\u2019]?|families['\u2019]?|mothers['\u2019]?) (?:collective|union|group)$"
)
# The last and first words of a place's name, which such a body's name does not end or
# open with ("the Kano State police union", "the Lower Shabelle police union").
_ACT72_PLACE_LAST_WORDS: Final = words(
    "State Province Region District County City Division Town Village Camp Municipality "
    # (REVIEW72D: "the Kharkiv Oblast volunteer group", "the Gaza Strip relief group")
    "Oblast Governorate Prefecture Valley Strip Delta Bank Coast Island Islands Territory"
)
_REVIEW72D_MOURNERS: Final = re.compile(r" (?:victims|families|mothers)['\u2019]? ")
_ACT72_PLACE_FIRST_WORDS: Final = words(
    "North South East West Central Northern Southern Eastern Western Upper Lower Greater "
    "Middle North-East North-West South-East South-West Northeast Northwest Southeast Southwest"
)


def _ending_at(
    ctx: SuggestContext, pattern: re.Pattern[str], nouns: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` (which ends with `$`) that end at one of `nouns`, found from
    each noun back (the nouns are rare; "the" before them is everywhere)."""
    text = ctx.text
    for noun in nouns:
        for at in ctx.piece_index.get(noun, ()):
            end = at + len(noun)
            if end < len(text) and (text[end].isalnum() or text[end] == "-"):
                continue  # "groups", "mission-critical": another word
            found = pattern.search(text, max(0, at - 160), end)
            if found is not None:
                yield found


@rule(
    "actor_named_civil_body",
    "ACTOR",
    "A civil body named before what it is: 'the Madres del Valle collective' -> 'Madres del "
    "Valle', 'the Voix des Femmes association' -> 'Voix des Femmes'.",
)
def actor_named_civil_body(ctx: SuggestContext) -> Iterator[Suggestion]:
    index = _gazetteer_index(ctx.gazetteer)
    nouns = (
        "collective",
        "association",
        "foundation",
        "cooperative",
        "charity",
        "group",
        "mission",
    )
    for match in _ending_at(ctx, _NAMED_CIVIL_BODY, nouns):
        name = match.group("name")
        parts = name.split()
        if (
            sum(p[:1].isupper() for p in parts) < 2
            or not parts[-1][:1].isupper()
            or parts[0] in _NOT_NAMES
            or name in index.kinds
            or parts[0] in index.demonyms
            or parts[0].endswith(("-led", "-backed", "-based", "-funded"))
        ):
            continue
        yield _suggestion(*match.span("name"), "organisation", "actor_named_civil_body")
    for match in _ending_at(ctx, _ACT72_NAMED_BODY_OF_KIND, ("collective", "union", "group")):
        name = match.group("name")
        parts = name.split()
        if (
            # two capitalised words, or one with a digit: "SPNH-17" (never "the Jalisco
            # search collective", a place's)
            (sum(p[:1].isupper() for p in parts) < 2 and not any(c.isdigit() for c in name))
            or not parts[-1][:1].isupper()
            or parts[0] in _NOT_NAMES
            or parts[-1] in _ACT72_PLACE_LAST_WORDS
            or parts[0] in _ACT72_PLACE_FIRST_WORDS
            # (a possessive inside names a place or a people: "the Cox's Bazar volunteer group")
            or "'s" in name
            or "\u2019s" in name
            or name in index.kinds
            or name in index.region_names
            or parts[0] in index.demonyms
            # only a search collective is named by its own words before its purpose; before
            # the other purposes stands a place or an event as often ("the New York police
            # union", "the Grenfell Tower victims' group", "the MH17 victims' group", "the
            # Niger Delta relief group"), so there only a coded name: "SPNH-17" (REVIEW72D)
            or (
                " search " not in match.group()
                and (
                    not (any(c.isdigit() for c in name) or name.replace("-", "").isupper())
                    # (a flight's or an attack's victims: "the MH17 victims' group")
                    or _REVIEW72D_MOURNERS.search(match.group()) is not None
                )
            )
        ):
            continue
        yield _suggestion(*match.span("name"), "organisation", "actor_named_civil_body")


# "according to the Kivu Security Tracker.", "the Fogo Cruzado institute, which maps ...":
# a capitalised name a source or a civil noun makes a body (people take no "the").
_SOURCE_BODY: Final = re.compile(
    r"(?:[Aa]ccording\s+to|said|told)\s+the\s+(?P<source>[A-Z][\w\u0300-\u036f'\u2019-]*"
    r"(?:\s+(?:(?:of|for|de|da|do)\s+)?[A-Z][\w\u0300-\u036f'\u2019-]*){1,4})"
    r"(?=[.,;]|\s+(?:said|says|reported))"
)
# ... found from the rare civil noun back to the name: "the Fogo Cruzado institute".
_CIVIL_TAIL: Final = re.compile(
    r" (?:institute|foundation|project|initiative|collective|monitor|tracker|platform"
    r"|think[- ]tank|organi[sz]ation|association|mission)\b"
)
# What every match of _CIVIL_TAIL holds: a text with none of them (most) is not searched.
_CIVIL_TAIL_WORDS: Final = (
    *(" institute", " foundation", " project", " initiative", " collective", " monitor"),
    *(" tracker", " platform", " think", " organi", " association", " mission"),
)
_CIVIL_NAMED: Final = re.compile(
    r"\b[Tt]he\s+(?P<named>[A-Z][\w\u0300-\u036f'\u2019-]*"
    r"(?:\s+[A-Z][\w\u0300-\u036f'\u2019-]*){1,3})$"
)


@rule(
    "actor_source_body",
    "ACTOR",
    "A capitalised name with 'the' where news names a source ('according to the Kivu "
    "Security Tracker') or before a civil noun ('the Fogo Cruzado institute').",
)
def actor_source_body(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    spans = []
    index_of = ctx.piece_index
    for head in ("according", "According", "said", "told"):
        for at in index_of.get(head, ()):
            found = _SOURCE_BODY.match(text, at)
            if found is not None:
                spans.append(found.span("source"))
    tails = _CIVIL_TAIL.finditer(text) if any(w in text for w in _CIVIL_TAIL_WORDS) else ()
    for tail in tails:
        window = max(0, tail.start() - 80)
        named = _CIVIL_NAMED.search(text[window : tail.start()])
        if named is not None:
            spans.append((window + named.start("named"), window + named.end("named")))
    for start, end in spans:
        name = text[start:end]
        words_of = name.split()
        if (
            len(words_of) > 2
            and _POSSESSIVE_END.search(words_of[0])
            and words_of[0][:-2] in index.kinds
        ):
            # "the UN's World Food Programme": the owner is a mention of its own, and the
            # body's name follows it
            start += len(words_of[0]) + 1
            name = text[start:end]
            words_of = words_of[1:]
        if (
            name in index.kinds
            or words_of[0] in index.kinds
            or words_of[0] in index.demonyms
            or (_DEMONYM_SHAPE.fullmatch(words_of[0]) and words_of[0] not in ORGANISATION_WORDS)
            or set(words_of) & _PLACE_WORDS
            or words_of[0] in _REGION_OPENERS
            or words_of[0].endswith(("-led", "-backed", "-based", "-funded"))
            or any(is_title(w) for w in words_of)
        ):
            # a listed name, a state's or a nationality's, a place, or who leads a named
            # body ("the Kenyan-led Multinational Security Support mission")
            continue
        kind = organisation_type(words_of)
        if (
            kind == "organisation"
            and len(words_of) > 3
            and words_of[-2] == "of"
            and words_of[0] in _STATE_SERVICE_OPENERS
            and words_of[-3] in _STATE_SERVICE_HEADS
            and index.kinds.get(words_of[-1], ("",)) == ("state", "")
        ):
            kind = "state"  # "the State Emergency Service of Ukraine": the state's own
        yield _suggestion(start, end, kind, "actor_source_body")


# First words of a state's own service named with its state ("the State Emergency Service
# of Ukraine", "the Federal Investigation Agency of Pakistan").
_STATE_SERVICE_OPENERS: Final = words("State Federal National Central Civil Public")
_STATE_SERVICE_HEADS: Final = words(
    "Service Agency Directorate Authority Bureau Inspectorate Department Office Police Guard"
)
_REGION_OPENERS: Final = words(
    "Middle Upper Lower Near Far West East North South Central Northern Southern Eastern "
    "Western Greater"
)
# Words that make a capitalised run a place: "the Gaza Strip", "the Nineveh Plains".
_PLACE_WORDS: Final = words(
    "Strip Plains Valley River Province Region District County Street Road Square Camp "
    "Hospital School University Bridge Dam Airport Port Market Mosque Church Park Desert"
)


# Plural organisation words that name parts of a body, never the opening of its name:
# "Units of the Africa Corps", "Elements of the Republican Guard".
_PARTS_OF_A_BODY: Final = frozenset(
    {"Units", "Elements", "Members", "Detachments", "Contingents", "Cells", "Factions", "Wings"}
)
# ... opening a name spelled out before its acronym, or a body's people before it ("Rangers
# of African Parks"): the part, its "of" and its "the" are no part of the name.
_PART_OF_THE: Final = re.compile(
    r"(?:"
    + "|".join(sorted(_PARTS_OF_A_BODY))
    + r"|Rangers|Officers|Fighters|Soldiers|Troops|Agents|Officials|Personnel"
    # "Forces of the Southern Transitional Council (STC)": its forces, then the body
    r"|Forces(?= of the ))"
    r" of (?:the )?(?=[A-Z])"
)


# Kind words a body's name may be followed by in lower case ("the Carolina Ramírez front").
_LOWER_KIND_HEADS: Final = words(
    "Front Movement Brigade Brigades Battalion Battalions Militia Group Party Alliance "
    "Coalition Legion Rifles Cartel Army Council Committee Network"
)
_CONNECTOR_AFTER: Final = re.compile(r" (?:of|for|in|on|to|and|de|du|des|del)\b")


@rule(
    "actor_short_form",
    "ACTOR",
    "A body named in full, then by a short form after 'the': its head words ('the Popular "
    "Mobilisation Forces ... the Mobilisation Forces', 'the Syrian Observatory for Human "
    "Rights ... the Syrian Observatory') or its name before its kind in lower case ('the "
    "Kata Front ... the Kata front' -> 'Kata'); typed as the full name. Never its head word "
    "alone ('the Observatory', 'the Commission': the generic noun capitalised).",
)
def actor_short_form(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    if not ctx.piece_index.get("the") and not ctx.piece_index.get("The"):
        return
    index = _gazetteer_index(ctx.gazetteer)
    bodies = [
        (s.start, s.end, str(s.attributes.get("type")))
        for s in _memoised(ctx, "actor_organisation_name", _organisation_names_and_cartels)
    ]
    bodies += [(a, b, kind) for a, b, _x, _y, kind in _acronym_definitions(ctx)]
    bodies += [
        (a, b, index.kinds[name][0])
        for a, b, name in _gazetteer_hits(ctx)
        if " " in name and index.kinds[name][0] not in ("state", "person")
    ]
    # short form -> (type, where its full name first ends); None when two bodies share it
    forms: dict[str, tuple[str, int] | None] = {}
    lower_kinds: dict[str, tuple[str, int, str]] = {}  # "Kata" -> (type, end, "front")
    full_spans: list[tuple[int, int]] = []
    for start, end, kind in bodies:
        full_spans.append((start, end))
        shorts, lower_form = _short_forms_of(text[start:end])
        for name in shorts:
            if name not in forms:
                forms[name] = (kind, end)
            elif (earlier := forms[name]) is not None:
                # two bodies of other kinds share it: neither; else from the first one on
                forms[name] = None if earlier[0] != kind else (kind, min(end, earlier[1]))
        if lower_form is not None:
            name, first, kind_word = lower_form
            if not _is_nationality(first, index) and name not in index.kinds:
                known = lower_kinds.get(name)
                if known is None or known[1] > end:
                    lower_kinds[name] = (kind, end, kind_word)
    wanted = {name: form for name, form in forms.items() if form is not None}
    wanted = {name: form for name, form in wanted.items() if name not in index.kinds}
    if not wanted and not lower_kinds:
        return
    merged: list[tuple[int, int]] = []
    # The full names' extents, but not those that are short forms themselves ("The
    # Mobilisation Forces" is an organisation name too)
    shorts_named = wanted.keys() | lower_kinds.keys()
    for start, end in sorted(a for a in full_spans if text[a[0] : a[1]] not in shorts_named):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    for start, end, name in NameMatcher([*wanted, *lower_kinds]).find_all(text, ctx.piece_index):
        if text[max(0, start - 4) : start].lower() != "the " or _inside_any(merged, start):
            continue  # only "the <short form>", and never a word of the full name itself
        if _NAME_GOES_ON.match(text, end) or _POSSESSIVE_NAME_AFTER.match(text, end):
            continue  # a longer name of its own: "the Observatory Council"
        form = wanted.get(name)
        if form is not None and form[1] <= start and not _CONNECTOR_AFTER.match(text, end):
            yield _suggestion(start, end, form[0], "actor_short_form")
            continue
        lowered = lower_kinds.get(name)
        if (
            lowered is not None
            and lowered[1] <= start
            and text.startswith(" " + lowered[2], end)
            and not text[end + 1 + len(lowered[2]) : end + 2 + len(lowered[2])].isalpha()
        ):
            yield _suggestion(start, end, lowered[0], "actor_short_form")


_POSSESSIVE_NAME_AFTER: Final = re.compile(r"['\u2019]s [A-Z]")

# A body's text -> what `_short_forms_of` read in it: bodies repeat within an article and
# across a corpus ("the United Nations", "the Health Ministry").
_SHORT_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, str, str] | None]] = {}


def _short_forms_of(full: str) -> tuple[tuple[str, ...], tuple[str, str, str] | None]:
    """(the short forms a body named `full` may go by after "the", its name before a kind
    word written in lower case later as (name, its first word, the kind word in lower
    case) or None), read from its words alone; what the gazetteer says of them is the
    caller's to ask."""
    found = _SHORT_FORMS.get(full)
    if found is not None:
        return found
    found = ((), None)
    tokens = word_tokens(full)
    cut = next((k for k, t in enumerate(tokens) if not t.text[:1].isupper()), len(tokens))
    head = tokens[:cut]
    if (
        len(head) >= 2
        and head[-1].text in ORGANISATION_WORDS
        and not _POSSESSIVE_INSIDE.search(full, head[0].start, head[-1].end)
    ):
        shorts = [head[i:] for i in range(1, len(head) - 1)]  # "Mobilisation Forces"
        if cut < len(tokens):
            shorts.append(head)  # "Syrian Observatory" of "... for Human Rights"
        # (never its head word alone: "the Commission", "the Observatory" are the generic
        # noun capitalised, not tagged - guideline, open point b)
        names = tuple(
            full[short[0].start : short[-1].end]
            for short in shorts
            if full[short[0].start : short[-1].end] != full
            and short[0].text not in _NOT_NAMES
            and not is_title(short[0].text)
        )
        bare = head[:-1]
        lowered = None
        if (
            head[-1].text in _LOWER_KIND_HEADS
            and bare[0].text not in _NOT_NAMES
            and all(t.text not in ORGANISATION_WORDS and not is_title(t.text) for t in bare)
        ):
            name = full[bare[0].start : bare[-1].end]
            lowered = (name, bare[0].text, head[-1].text.lower())
        found = (names, lowered)
    if len(_SHORT_FORMS) < 50_000:
        _SHORT_FORMS[full] = found
    return found


@rule(
    "actor_organisation_name",
    "ACTOR",
    "A capitalised name holding an organisation word: 'Northern Shield Brigades', "
    "'World Health Organization', 'Movement for Justice and Renewal'.",
)
def actor_organisation_name(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    return (
        found
        for found in _memoised(ctx, "actor_organisation_name", _organisation_names_and_cartels)
        if not _generic_armed_forces(text, found.start, found.end)
        and not _owned_initiative(text, found.start, found.end)
        and not _place_where(text, found.start, found.end)
        and not _scheme_under(text, found.start, found.end)
        and not _act72_byline_desk(ctx, found.start, found.end)
    )


# A byline of its own line that names an outlet's desk: "IFP Bureau", "The Hindu Bureau",
# "By Dawn Bureau" (`_BYLINE_DESK`, read by `actor_masthead`, tags the outlet alone, as the
# gold has it: ACT72, dev 569 and 975; CAS42 and CAS44 lost one each to the desk's word).
_ACT72_DESK_LINE_BEFORE: Final = re.compile(r"(?:^|\n)(?:By )?(?:The )?$")
_ACT72_DESK_LINE_AFTER: Final = re.compile(r"[ \t]*(?:\n|$)")
_REVIEW72D_DESK_LEAD: Final = re.compile(r"(?:By|The) $")


# ... never a state's or a body's own bureau, which fills a line too ("National Crime
# Records Bureau", "Federal Investigation Bureau", "UN Political Bureau"): one or two words
# before it, none of them a public body's subject, a state's word or an upper-case body's.
_ACT72_BUREAU_SUBJECTS: Final = words(
    "Crime Records Investigation Investigations Intelligence Control Political Statistics "
    "Narcotics Affairs Census Immigration Federal National Central State Government Public "
    "Security Police Anti-Corruption Corruption Revenue Information Press Executive Regional "
    # an Ethiopian region's bureaus: "Amhara Health Bureau", "Oromia Peace Bureau"
    "Health Education Finance Agriculture Justice Labour Labor Water Women Peace Communication "
    "Communications Trade Transport Planning Disaster Emergency Relief Social Youth Culture"
)


def _review72d_desk_owner(ctx: SuggestContext, name: str) -> bool:
    """True for an outlet's or a city's name, as the lists know them."""
    index = _gazetteer_index(ctx.gazetteer)
    kind = index.kinds.get(name)
    return (
        kind is not None and (kind[0] == "media" or kind[1] == "capital")
    ) or name in index.region_names


def _review72d_desk_lead(text: str, start: int, words: int) -> bool:
    """True after a byline's "By", or after "The" before one word."""
    lead = _REVIEW72D_DESK_LEAD.search(text, max(0, start - 4), start)
    return lead is not None and (lead.group().startswith("By") or words == 1)


def _act72_byline_desk(ctx: SuggestContext, start: int, end: int) -> bool:
    """True for a name ending in "Bureau" that fills its line, but for "By" and "The"."""
    text = ctx.text
    words_before = text[start:end].split()[:-1]
    return (
        text.endswith(" Bureau", start, end)
        and len(words_before) <= 2
        # ... and whose words before it name an outlet or a city: one the lists know as
        # media, a capital or a city ("Islamabad Bureau"), an upper-case acronym ("IFP
        # Bureau"), any after a byline's "By" ("By Inquirer Mindanao Bureau") or one word
        # after "The" ("The Hindu Bureau"); never an agency's line ("Counter Terrorism
        # Bureau", "Kenya Wildlife Bureau", "Anti-Graft Bureau": REVIEW72D)
        and (
            _review72d_desk_owner(ctx, " ".join(words_before))
            or (len(words_before) == 1 and words_before[0].isupper())
            or _review72d_desk_lead(text, start, len(words_before))
        )
        and not any(w in _ACT72_BUREAU_SUBJECTS or w in ("UN", "EU", "AU") for w in words_before)
        and _ACT72_DESK_LINE_AFTER.match(text, end) is not None
        and _ACT72_DESK_LINE_BEFORE.search(text, max(0, start - 8), start) is not None
    )


# A programme, law or accord something is done under: "rebuilt under the Early Recovery
# Programme", "declared a disturbed area under the Armed Forces (Special Powers) Act": a
# scheme, not a body that acts.
_SCHEME_LAST_WORDS: Final = SCHEMES | PACTS | LAWS | PLANS


def _scheme_under(text: str, start: int, end: int) -> bool:
    """True for a name after "under the" whose last word names a programme or a law."""
    if not text.endswith("under the ", max(0, start - 10), start):
        return False
    last = text[start:end].rsplit(" ", 1)[-1]
    return last in _SCHEME_LAST_WORDS


# A body's name that a clause of "where" follows, after a preposition of place or motion:
# "abducted from the Eastfield Teachers' Institute, where they had sheltered", "taken to the
# Regional Institute of Medical Sciences (RIMS) in Imphal, where two of them ...": the name is
# the place something happened in, not a body that acts (guideline: a building named as
# where something takes place is a place).
_PLACE_PREPOSITION_BEFORE: Final = re.compile(
    r"\b(?:at|in|into|inside|from|(?<![Aa]ccording )to) the $"
)
_WHERE_AFTER: Final = re.compile(
    r"(?: \([A-Z][\w-]*\))?(?: in [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?)?, where\b"
)


def _place_where(text: str, start: int, end: int) -> bool:
    """True for a name after "at/in/from/to the" that ", where ..." follows: a place."""
    return (
        _WHERE_AFTER.match(text, end) is not None
        and _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 24), start) is not None
    )


# A possessive before a name: "its", "their", "Beijing's".
_POSSESSIVE_BEFORE: Final = re.compile(r"(?:\b(?:its|their)|[A-Za-z.]['\u2019]s) $")


def _owned_initiative(text: str, start: int, end: int) -> bool:
    """True for an "Initiative" a state or body is said to own ("part of Beijing's Belt and
    Road Initiative", "its Belt and Road Initiative"): its policy or programme, not a body
    that acts (dev 138, 749; bodies named "Initiative" stand alone: "the Global Initiative
    against Transnational Organized Crime said")."""
    return text.endswith(" Initiative", start, end) and bool(
        _POSSESSIVE_BEFORE.search(text, max(0, start - 12), start)
    )


# What makes "the Armed Forces" a name: the state or place it belongs to, or a short name
# in brackets ("the Armed Forces of Ukraine", "the Armed Forces in Guiana (FAG)").
_ARMED_FORCES_NAMED_AFTER: Final = re.compile(r" (?:of|in) (?:the )?[A-Z]| \(")


def _generic_armed_forces(text: str, start: int, end: int) -> bool:
    """True for "the Armed Forces" standing alone, a state's force named by its kind in
    capitals: the generic noun capitalised by house style, like "the Army" (guideline,
    session 28 point b; dev never tags it alone: "the National Police and the Armed Forces",
    "the General Staff of the Armed Forces said")."""
    return (
        text[start:end] == "Armed Forces"
        and text[max(0, start - 4) : start] in ("the ", "The ")
        and not _ARMED_FORCES_NAMED_AFTER.match(text, end)
    )


# An occasion's word anywhere in a name makes it the occasion's: "International Day of the
# Disappeared", "the Orvel Cultural Festival Committee's concert" (ORGS18).
_EVENT_NAME_WORDS: Final = OCCASIONS
# The last words that make a capitalised name a meeting or a campaign, where no other word
# of the name does: "the Orvel Peace Conference" (but "the National Episcopal Conference of
# Congo" is a body, and so is "the International Campaign to Ban Landmines"). Every other
# thing, document or event is told by the name's head (`_head_names_a_thing`).
_EVENT_NAME_LAST_WORDS: Final = CONFERENCES | words("Campaign")


# A post named by the unit it heads, a body's word with no name after "of": "Head of
# Mission", "Deputy Head of Office", "Chief of Staff" (never "Head of the UN Mission in X").
_OFFICE_OF_BODY_WORD: Final = re.compile(
    r"\b(?:(?:Deputy|Acting|Assistant)\s+)?(?:Head|Chief|Officer-in-Charge)\s+of\s+"
    r"(?:Mission|Office|Sub-Office|Delegation|Staff|Operations|Programmes?|Section|Unit|Team"
    r"|Bureau)\b"
)
# ... before the body's word that a name run opens with: "Chief of [Staff of the Mission]".
_OFFICE_OF_BEFORE: Final = re.compile(r"\b(?:Head|Chief|Officer-in-Charge)\s+of\s+$")
# A post's own word inside a capitalised run, which makes the run an officer's title and no
# body's name: "attended by the Regional Police Officer of Sargodha", "Bastar Range Inspector
# General of Police (IG) X said", "Officer-in-Charge of Baghaichhari Police Station Md X said"
# (dev gold: no ACTOR span holds one of these words; "Office of the Inspector General" is a
# body, and a run naming an "Office" is left to the body rules).
_POST_IN_NAME: Final = re.compile(r"\b(?:Officer(?:-in-Charge)?|Inspector[- ]General|Counsel)\b")


# A body's name, then the same name in another language in brackets, closing the match.
_NAME_IN_ANOTHER_LANGUAGE: Final = re.compile(r" \((?P<name>[^\W\d_][^()\n]{2,60}?)\)")


def _foreign(name: str) -> bool:
    """Whether a bracketed name of two or more words reads as another language's: a letter
    beyond ASCII ("Auswärtiges Amt") or one of its words ("Forces Armées ... Nationales")."""
    named = name.split()
    return len(named) >= 2 and (
        any(ord(c) > 127 for c in name) or not _FOREIGN_NAME_WORDS.isdisjoint(named)
    )


# An administrative division named for its place ("Bui Division", "Momo Division of the
# North West Region"), where the text says it is a place: a region after "of / in the", a
# "chief town / capital of" before it.
# An army's or a police's division has an ordinal or a kind and stands in no such place
# ("22nd Infantry Division", "the Homicide Division said", "the Hamza Division").
_DIVISION_OF_A_PLACE: Final = re.compile(r"(?P<place>[A-Z][\w'\u2019-]+) Division\b")
_REGION_AFTER_DIVISION: Final = re.compile(
    r" (?:of|in) the (?:[A-Z][\w'\u2019-]* ){1,3}(?:Region|Province)\b"
)
_TOWN_OF_BEFORE_DIVISION: Final = re.compile(
    r"(?:\b(?:chief|main|divisional)\s+town|\bcapital|\bheadquarters)\s+of\s+$"
)


def _administrative_division(text: str, start: int) -> bool:
    """Whether the name at `start` is "<Place> Division" where the text says it is a place."""
    named = _DIVISION_OF_A_PLACE.match(text, start)
    if named is None or named.group("place") in _ORDINAL_WORDS:
        return False
    before = text[max(0, start - 40) : start]
    return bool(
        _REGION_AFTER_DIVISION.match(text, named.end()) or _TOWN_OF_BEFORE_DIVISION.search(before)
    )


# ACT72B: an administrative unit's word after a place's name makes the name a place, not a
# body (guideline: a region "as a place ... is not tagged"; a state acts, a place does not).
# (1) Names joined by "and" before a lower-case plural unit word: "in the Artibonite and
# Centre departments" (CAS44), "the Ouest and Centre departments", "- Artibonite and Centre
# departments: 5,400 displaced"; the body word "Centre" had made the pair one organisation.
_ACT72B_UNITS_AFTER_LIST: Final = re.compile(
    r" (?:departments|regions|provinces|districts|states|counties|divisions|prefectures"
    r"|governorates|municipalities|territories)\b(?! that\b)"
)
# REVIEW72I: a body's head word closing the pair makes it a body's units, no places: "the
# Police and Fire Service divisions said", "the Ethics and Anti-Corruption Commission
# regions" ("Centre" is also Haiti's department, so it is not one of them).
_REVIEW72I_BODY_HEADS: Final = frozenset(
    {
        "Service",
        "Services",
        "Commission",
        "Council",
        "Authority",
        "Agency",
        "Board",
        "Ministry",
        "Department",
        "Office",
        "Bureau",
        "Institute",
        "Hospital",
        "University",
        "Committee",
        "Corporation",
        "Company",
        "Bank",
        "Police",
        "Force",
        "Forces",
        "Army",
        "Command",
    }
)
# (2) "<Place> Division" (Cameroon's administrative divisions) where grammar sets it as a
# place: a lower-case region after it ("in Bui Division of the North-West region", CAS46,
# the capitalised "Region" being `_REGION_AFTER_DIVISION`'s), a town's name and a comma
# before it ("in Ndop, Ngoketunjia Division, and abducted", CAS46; a dateline's "Kumbo, Bui
# Division – Three soldiers", dev 567),
# or a preposition of place with no article ("a lockdown in Fako Division"). An army's or a
# police's division has an ordinal or "the" ("the army's Second Division", "the Homicide
# Division said") and is kept, as is the division's own body ("the Bui Division council").
_ACT72B_REGION_LOWER_AFTER_DIVISION: Final = re.compile(
    r" (?:of|in) the (?:[A-Z][\w'\u2019-]* ){1,3}(?:region|province)\b"
)
_ACT72B_TOWN_COMMA_BEFORE: Final = re.compile(
    r"(?:\b(?:in|at|near|from|of|around|outside) |\n)"
    r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?, $"
)
_ACT72B_BARE_PREPOSITION_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:in|across|throughout|near|around|outside) $"
)
# What a place's division closes with: a clause's punctuation, a date or a new clause
# ("in Fako Division, local officials said", "Bui Division on Monday"); never the
# division's own body or officer after it ("Bui Division council", "Division Senior
# Divisional Officer").
_ACT72B_DIVISION_ENDS: Final = re.compile(
    r"(?:[,.;:)]|\s+[-\u2013\u2014]\s|\s+(?:on|in|of|and|last|this|since)\b|$)"
)


def _act72b_place_by_unit(text: str, start: int, end: int) -> bool:
    """Whether a capitalised run is a place by an administrative unit's word (ACT72B):
    "the Artibonite and Centre departments", "in Bui Division of the North-West region",
    "in Ndop, Ngoketunjia Division,", "in Fako Division". Bounded: anchored matches and
    40 characters back."""
    name = text[start:end]
    if (
        " and " in name
        and all(w == "and" or w[:1].isupper() for w in name.split())
        and name.split()[-1] not in _REVIEW72I_BODY_HEADS
        and _ACT72B_UNITS_AFTER_LIST.match(text, end)
    ):
        return True  # never a body's "of" name ("Ministry of Health and Social Services")
    named = _DIVISION_OF_A_PLACE.match(text, start)
    if named is None or named.group("place") in _ORDINAL_WORDS:
        return False
    if _ACT72B_REGION_LOWER_AFTER_DIVISION.match(text, named.end()):
        return True
    if not _ACT72B_DIVISION_ENDS.match(text, named.end()):
        return False
    before = text[max(0, start - 40) : start]
    return bool(
        _ACT72B_TOWN_COMMA_BEFORE.search(before) or _ACT72B_BARE_PREPOSITION_BEFORE.search(before)
    )


# Where the wounded or the dead are taken: a hospital's or a morgue's body is a venue there
# ("were transferred to the Clinical Centre of X", "the morgue of the Institute of Forensic
# Investigations"), whatever its name's head (never "sent to": a statement's addressee).
_VENUE_OF_THE_HARMED_BEFORE: Final = re.compile(
    r"\b(?:(?:taken|transferred|admitted|rushed|evacuated|airlifted|referred)\s+to"
    r"|morgue\s+(?:of|at))\s+the\s+$"
)


def _organisation_names_and_cartels(ctx: SuggestContext) -> Iterator[Suggestion]:
    yield from _bodies_of_officers(ctx)
    for named in _organisation_names(ctx):
        named_words = ctx.text[named.start : named.end].split()
        if "Division" in named_words and _administrative_division(ctx.text, named.start):
            continue  # "in Momo Division of the North West Region": a place
        if _act72b_place_by_unit(ctx.text, named.start, named.end):
            continue  # "in the Artibonite and Centre departments", "in Ndop, X Division,"
        if _VENUE_OF_THE_HARMED_BEFORE.search(ctx.text, max(0, named.start - 40), named.start):
            continue  # "transferred to the Clinical Centre of X": where the wounded went
        if (
            named_words[-1] in _EVENT_NAME_LAST_WORDS
            or not _EVENT_NAME_WORDS.isdisjoint(named_words)
            or _head_names_a_thing(named_words)
        ):
            # "the Africa Cup of Nations", "the Geneva International Discussions", "the
            # Government Action Plan on Displacement": an event's or a document's head
            # ("the Commission on Elections", "the Collective Security Treaty Organization":
            # a body's head)
            continue
        if _OFFICE_OF_BODY_WORD.search(
            ctx.text, named.start, named.end
        ) or _OFFICE_OF_BEFORE.search(ctx.text, max(0, named.start - 20), named.start):
            # "MSF Head of Mission in Chad", "Chief of Staff of the Mission": a post, no
            # body ("MSF Head of Mission X Y said": the person after it stays)
            person = _person_after_body(ctx.text, named)
            if person is not None:
                yield _suggestion(person[1], person[2], "person", named.rule)
            continue
        if _POST_IN_NAME.search(
            ctx.text, named.start, named.end
        ) is not None and not _post_word_before_kind_word(ctx.text, named.start, named.end):
            # "the Regional Police Officer of Sargodha": an officer's title, no body (its
            # holder's name after it stays: "Officer-in-Charge of X Police Station Md Y")
            holder = _holder_after_post(ctx.text, named.start, named.end)
            if holder is not None:
                yield _suggestion(holder[0], holder[1], "person", named.rule)
                continue
            if not _name_after_post(ctx.text, named.start, named.end):
                continue
            # (a name ends the run but is not taken as the holder: the run goes on to the
            # rules below, as before the post rule, so that the name is not lost)
        if _INITIALLED_AFTER.match(ctx.text, named.end):
            named_words = ctx.text[named.start : named.end].split()
            office = next((k for k, w in enumerate(named_words) if w in ("for", "of")), 0)
            if any(is_title(w) for w in named_words) and (
                is_title(named_words[-1])
                or named_words[-1] == "Police"
                # ... or an office, a title's word and its portfolio: "Deputy Police
                # Commissioner for Operations J. Kambu said"
                or (office > 0 and is_title(named_words[office - 1]))
            ):
                # "Bijapur Superintendent of Police M.Y. Wanjiru said": a title's chain
                # before a name written with initials, no body's name
                continue
        other = _NAME_IN_ANOTHER_LANGUAGE.search(ctx.text, named.start, named.end)
        if other is not None and other.end() == named.end and _foreign(other.group("name")):
            # "the National Police (Policía Nacional)": the name, then the same body's name
            # in its own language, two mentions (never a faction's "(Maoist)")
            yield _suggestion(named.start, other.start(), named.attributes["type"], named.rule)
            yield _suggestion(
                other.start("name"), other.end("name"), named.attributes["type"], named.rule
            )
            continue
        person = _person_after_body(ctx.text, named)
        if person is not None:
            # "Head of the Tal Abyad Local Council Hamid al-Khalaf told Anadolu": the body
            # ends at its kind; the person's name follows it
            if person[0] > named.start:
                yield _suggestion(named.start, person[0], named.attributes["type"], named.rule)
            yield _suggestion(person[1], person[2], "person", named.rule)
            continue
        owner = _OF_THE_ACRONYM.search(ctx.text, named.start, named.end)
        if owner is not None and owner.end() == named.end and owner.start() > named.start:
            kind = _body_acronym_kind(ctx, owner.group("acronym"))
            if kind is not None:
                # "the Command and Control Center of the OIJ", "Border Troops of the GKNB": a
                # unit and the body it belongs to, two names (never "Armed Forces of the
                # DRC", a state's)
                yield _suggestion(named.start, owner.start(), named.attributes["type"], named.rule)
                yield _suggestion(owner.start("acronym"), named.end, kind, named.rule)
                continue
        parent = _PART_OF_A_UNIVERSITY.search(ctx.text, named.start, named.end)
        if parent is None or parent.end() != named.end or parent.start() == named.start:
            yield named
            continue
        # "the Violence Studies Laboratory of the Federal University of Ceará": a part and
        # the university it belongs to, two bodies ("Office of the UN ..." stays one)
        yield _suggestion(named.start, parent.start("of"), "organisation", named.rule)
        yield _suggestion(parent.start("parent"), named.end, "organisation", named.rule)
    if " cartel" in ctx.text:
        # "the initials of the Jalisco cartel": a cartel named by its home state, its kind
        # in lower case as wires write it
        cartels = finditer_between(_NAME_THEN_CARTEL, ctx.text, _CARTEL_WORD, _NOT_IN_A_NAME)
        for found in cartels:
            if found.group("name").split()[0] not in _NOT_NAMES:
                yield _suggestion(
                    found.start("name"), found.end(), "armed group", "actor_organisation_name"
                )


_INITIALLED_AFTER: Final = re.compile(r" (?:[A-Z]\.[ \u00a0]?){1,3}[A-Z][a-z]")
# A person's name going on after a body's in lower case ("... Council Hamid al-Khalaf"), or a
# two-word name before a speech verb ("... Council Hamid Khalaf told").
_NAME_GOES_ON_LOWER: Final = re.compile(
    r" (?:(?:al|el|ad|as|ash|at|az)-[A-Z][\w'\u2019-]+|(?:bin|ibn|abu|ould) [A-Z][\w'\u2019-]+)"
)
_SPEECH_AFTER_NAME: Final = re.compile(r" (?:said|says|told|tells|added|adds)\b")
# A verb after a name, by its form: "visited", "condemned", "says" (not a name's particle
# or a connector that carries a body's name on: "of", "and", "for").
_VERB_AFTER_OFFICER: Final = re.compile(
    r" (?!(?:of|and|for|de|del|da|do|du|la|le|el|al|the|in|on|at)\b)[a-z]{2,}(?:ed|s)\b"
)


def _office_held_in_body(words: tuple[str, ...]) -> int:
    """How many of the capitalised words after a body's kind word name an office held in
    it, before two name words at least: one or two words ending in a role's or a title's
    word ("... Society Team Lead X Y Z", "... Network Focal Person X Y", "... Association
    Coordinator X Y", "... Syndicate Secretary General X Y"), else 0."""
    for held in (2, 1):
        if len(words) >= held + 2:
            head = words[held - 1]
            if head.lower() in _ROLE_HEADS or is_title(head) or head in _OFFICE_HEADS:
                return held
    return 0


# The words that end a post's place before its holder's name: "Officer-in-Charge of
# Baghaichhari Police Station Md X said".
_POST_PLACE_ENDS: Final = ORGANISATION_WORDS | words("Station Post")


# What may follow a post holder's name: a comma, a sentence's end or its line's.
_AFTER_HOLDER: Final = re.compile(r"\s*(?:[,.;:]|$)", re.MULTILINE)


def _post_word_before_kind_word(text: str, start: int, end: int) -> bool:
    """Whether a post's word in the run is a modifier of a body's kind word right after it
    ("the Legal Aid Counsel Unit", "the Army Medical Officer Corps"): a body, no post."""
    for match in _POST_IN_NAME.finditer(text, start, end):
        following = text[match.end() : end].split(None, 1)
        if following and following[0] in ORGANISATION_WORDS:
            return True
    return False


def _post_tail(text: str, start: int, end: int) -> tuple[Token, ...] | None:
    """The words after a post's title run's last place or kind word, None without one."""
    tokens = tuple(word_tokens(text, start, end))
    last = max((k for k, t in enumerate(tokens) if t.text in _POST_PLACE_ENDS), default=-1)
    return tokens[last + 1 :] if last >= 0 else None


def _name_after_post(text: str, start: int, end: int) -> bool:
    """Whether a post's title run ends in words that may name a person (no title's word)."""
    tail = _post_tail(text, start, end)
    if not tail or any(is_title(t.text) for t in tail):
        return False
    return _person_tokens(tail) is not None


def _holder_after_post(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the holder's name of one to five words that ends a post's title run
    before a verb ("... Police Station Md Abdur Rahim Molla said", "... confirmed"), a comma
    or the sentence's end, else None."""
    tail = _post_tail(text, start, end)
    if tail is None or not 1 <= len(tail) <= 5:
        return None
    if (
        _SPEECH_AFTER_NAME.match(text, end) is None
        and _VERB_AFTER_OFFICER.match(text, end) is None
        and _AFTER_HOLDER.match(text, end) is None
    ):
        return None
    if any(is_title(t.text) for t in tail) or _person_tokens(tail) is None:
        return None
    return tail[0].start, tail[-1].end


def _person_after_body(text: str, named: Suggestion) -> tuple[int, int, int] | None:
    """(end of the body, start and end of the person) where a body's name found runs on
    into a person's name after its last kind word or portfolio, else None. The end of the
    body is `named.start` when the run opens with an office's title rather than a body
    ("Minister for Foreign Affairs X Y said": an office, no body, then its holder)."""
    tokens = tuple(word_tokens(text, named.start, named.end))
    last = max((k for k, t in enumerate(tokens) if t.text in ORGANISATION_WORDS), default=-1)
    portfolio = max((k for k, t in enumerate(tokens) if t.text in _PORTFOLIO_WORDS), default=-1)
    last = max(last, portfolio)
    if tokens[last + 1 : last + 2] and tokens[last + 1].text in _OFFICE_HEADS:
        # "... Society Team Lead X Y": the last kind word opens the office, not the body
        # (when another kind word ends the body before it)
        last = max(
            (k for k in range(1, last) if tokens[k].text in ORGANISATION_WORDS), default=last
        )
    tail = tokens[last + 1 :]
    held = _office_held_in_body(tuple(map(_TEXT, tail)))
    # ("Committee Chair X Y said": a kind word opens the run, an office follows, no body)
    # (particles do not count, and may stay in lower case: "X bin Saad Al-Marri", "Y de la
    # Cruz"; a hyphened part may open with a capital: "Al-Marri")
    named_words = [t for t in tail if t.text not in NAME_PARTICLES]
    if last < (0 if held else 1) or not 1 <= len(named_words) - held <= 3 or len(tail) > 6:
        return None
    if not all(
        all(part[:1].isupper() and part[1:].islower() for part in t.text.split("-"))
        for t in named_words
    ):
        return None
    if text[tokens[last].end : tail[0].start] != " " or tail[-1].end != named.end:
        return None  # "The Federal Police (Polícia Federal) said": a name in brackets
    tail = tail[held:]  # the holder's name, after the office
    goes_on = _NAME_GOES_ON_LOWER.match(text, named.end)
    if goes_on is not None:
        end = goes_on.end()
    elif len(tail) >= 2 and (
        _SPEECH_AFTER_NAME.match(text, named.end)
        # ... or any verb after a portfolio's name and a two-word name: "the Minister of
        # Interior and Local Government Juan Cruz visited the site"
        or (last == portfolio and _VERB_AFTER_OFFICER.match(text, named.end))
    ):
        end = named.end
    else:
        return None
    if _person_tokens(tail) is None:
        return None
    body_end = tokens[last].end if last else named.start
    office = next((k for k, t in enumerate(tokens) if t.text in ("for", "of")), 0)
    if office > 0 and is_title(tokens[office - 1].text):
        body_end = named.start  # "Cabinet Secretary for Interior ...": an office, no body
    return body_end, tail[0].start, end


# An officer of a body, then the body: "the spokesman for the Anti-Terrorism Judicial
# Pole", "the head of the Victims Registry" (dev: 62 of 65 such names tagged; the rest a
# people and an officer: "the Lou Nuer", "the Secretary-General").
_OFFICER_OF_THE: Final = re.compile(
    r"(?:spokes(?:man|woman|person)|head|director|chief|leader|commander) (?:of|for) the (?=[A-Z])"
)
_OFFICER_WORDS: Final = words(
    "spokesman spokeswoman spokesperson head director chief leader commander"
)


# Places an officer heads that act through no name of their own (a university, a church or
# a palace may: they stay bodies).
_RUN_PLACES: Final = words(
    "Hospital Clinic Infirmary Airport School Mosque Stadium Market Camp Prison Hotel Barracks"
)


def _bodies_of_officers(ctx: SuggestContext) -> Iterator[Suggestion]:
    """The body an officer speaks for or heads, named with no organisation word the other
    rules know: "the spokesman for the Anti-Terrorism Judicial Pole" (typed by its words)."""
    text = ctx.text
    starts: dict[int, NameRun] | None = None
    index = _gazetteer_index(ctx.gazetteer)
    for word in _OFFICER_WORDS:
        for at in ctx.piece_index.get(word, ()):
            found = _OFFICER_OF_THE.match(text, at)
            if found is None:
                continue
            if starts is None:
                starts = {run.start: run for run in _runs(ctx)}
            run = starts.get(found.end())
            if run is None or len(run.tokens) < 2 or len(run.tokens) > 6:
                continue
            tokens = run.tokens
            names = [t.text for t in tokens]
            if (
                not names[-1][:1].isupper()
                or any(map(is_title, names))
                or names[0] in index.demonyms
                or any(n.endswith(("'s", "\u2019s")) for n in names)  # "the FARDC's Sokola 1"
                or text[run.start : run.end] in index.kinds
                or not set(names).isdisjoint(ORGANISATION_WORDS)  # the other rules' names
                # "the director of the Mvita General Hospital": a place he runs, no actor
                or names[-1] in _RUN_PLACES
                or (_words_name_a_person(tuple(names)) and not any("-" in n for n in names))
            ):
                continue
            yield _suggestion(
                run.start, run.end, _body_type(ctx, tokens), "actor_organisation_name"
            )


_OF_THE_ACRONYM: Final = re.compile(r" of the (?P<acronym>[A-Z][A-Z&-]{1,6})$")


def _body_acronym_kind(ctx: SuggestContext, acronym: str) -> str | None:
    """The type of a body's acronym that the lists hold (not a state's: "DRC", "US") or
    that this text defines ("the Judicial Investigation Agency (OIJ)"), else None."""
    listed = _gazetteer_index(ctx.gazetteer).kinds.get(acronym)
    if listed is not None:
        return None if listed == ("state", "") else listed[0]
    text = ctx.text
    for _a, _b, c, d, kind in _acronym_definitions(ctx):
        if text[c:d] == acronym:
            return kind
    return None


_PART_OF_A_UNIVERSITY: Final = re.compile(
    r"\b(?:Laboratory|Institute|Observatory|Department|Centre|Center|Faculty)(?P<of> of the )"
    r"(?P<parent>(?:[A-Z][\w\u0300-\u036f'\u2019-]* )*(?:University|College|Academy)\b.*)"
)
_NAME_THEN_CARTEL: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]|[Rr]ival|powerful) (?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*"
    r"(?: [A-Z][\w\u0300-\u036f'\u2019-]*)?) cartel\b"
)
# What every match holds, and characters none holds: only the stretches between those
# around " cartel" are searched, not every word of a long article.
_CARTEL_WORD: Final = re.compile(" cartel")
_NOT_IN_A_NAME: Final = ".,;:\n"


# A hospital's ward or a work of building named a "Unit" or a "Project".
_NOT_A_BODY_S_UNIT: Final = words(
    "Care Intensive Burns Burn Trauma Maternity Surgical Neonatal Dialysis Isolation Cardiac "
    "Dam Pipeline Railway Road Highway Bridge Port Mine Mining LNG Oil Gas Power "
    "Hydroelectric Hydropower Housing Irrigation Water Solar Wind Airport Corridor"
)


# Descriptions written before a body's name, capitalised only because they open a sentence.
_DESCRIPTORS_OPENING: Final = words(
    "paramilitary rebel jihadist islamist militant separatist opposition ruling rival "
    "insurgent extremist outlawed banned pro-government government-backed"
)


# The words a name made only of titles and a body's words is made of (one set, made once:
# the union was made again at each name `_organisation_names` tested).
_TITLE_OR_BODY_WORDS: Final = TITLES | ORGANISATION_WORDS | {"of", "the", "for", "and"}


# An organisation word's possessive, as a run's word: "Movement's", "Police\u2019s".
_ORGANISATION_POSSESSIVES: Final = frozenset(
    word + ending for word in ORGANISATION_WORDS for ending in _POSSESSIVE_ENDINGS
)


def _organisation_names(ctx: SuggestContext) -> Iterator[Suggestion]:
    for run in _runs(ctx):
        if ORGANISATION_WORDS.isdisjoint(map(_TEXT, run.tokens)) and (
            # "Police's", "the X Movement's Somalia branch" (no list per run)
            _ORGANISATION_POSSESSIVES.isdisjoint(map(_TEXT, run.tokens))
        ):
            continue  # every name below holds an organisation word of its run
        if _title_case_line(ctx.text, run.start):
            continue  # "Gunmen Storm Police Station In Northern Town": every word capitalised
        tokens = _strip_leading(run, _NOT_NAMES)
        if _minister_of(tokens) and ctx.text.startswith((",", ".", ";", ")"), tokens[-1].end):
            # "the Minister for Lands and Local Government, X": a minister's portfolio
            # names his post, not a body (a run that goes on to his name is left to the
            # title chains: "Minister of X and Y Peter Kamau")
            continue
        if (
            len(tokens) > 2
            and tokens[0].text.lower() in _DESCRIPTORS_OPENING
            and is_sentence_start(ctx.text, tokens[0].start)
        ):
            tokens = tokens[1:]  # "Paramilitary Rapid Support Forces fighters": a description
        if (
            tokens
            and tokens[-1].text in _RANK_ABBREVIATIONS
            and ctx.text.startswith(".", tokens[-1].end)
        ):
            # "Chief of Army Staff Lt. Gen. X": a rank's abbreviation opens the next name;
            # what stands before it is a title chain, no body
            tokens = tokens[:-1]
            if _is_title_chain(tokens):
                continue
        while tokens and _INITIAL_NEXT.match(ctx.text, tokens[-1].start):
            # "Superintendent of Police R. Devaraj Menon": the initial opens the next name
            tokens = tokens[:-1]
            while tokens and not tokens[-1].text[:1].isupper():
                tokens = tokens[:-1]
        at = len(run.tokens) - len(tokens)
        if (
            at
            and tokens
            and run.tokens[at - 1].text in _NAME_OPENERS
            and _capitalised_to_a_body_word(tokens)
        ):
            # "The State Commission on Missing Persons", "National Security Council",
            # "the National Peace Council", "the National Public Security Force" (each
            # opener before the name: "Public", then "National")
            at -= 1
            while at and run.tokens[at - 1].text in _NAME_OPENERS:
                at -= 1
            tokens = run.tokens[at:]
        if (
            len(tokens) > 3
            and tokens[1].text == "of"
            and (
                tokens[0].text not in ORGANISATION_WORDS
                or tokens[0].text in _PARTS_OF_A_BODY
                or tokens[0].text == "Rangers"  # "Rangers of African Parks": its people
                # "Forces of the Southern Transitional Council": its forces
                or (tokens[0].text == "Forces" and tokens[2].text == "the")
            )
            and tokens[0].text.endswith(("s", "men"))
            and tokens[0].text not in _FIGHTERS_WORDS  # "Guardians of the River Movement"
            and is_sentence_start(ctx.text, tokens[0].start)
        ):
            # "Troops of the National Guard ...": a plural opening the sentence, then the body
            tokens = tuple(t for t in tokens[2:] if t.start > tokens[1].start)
            while tokens and tokens[0].text in ("the", "The"):
                tokens = tokens[1:]
        # "Khalifa Haftar's Libyan National Army": the name after the possessive; the first
        # possessive after which a name stands ("Mexico's Attorney General's Office").
        owners = [
            i
            for i, t in enumerate(tokens[:-1])
            if (
                t.text.endswith(("'s", "\u2019s"))
                and t.text[:-2] not in _COMMON_OWNERS
                # (an office named by its holder is one name: "the Basic State Prosecutor's
                # Office in Cetinje", "the Ombudsman's Office")
                and t.text not in _STATE
            )
            # a listed name's plural possessive: "The Philippines' Department of ..."
            or (
                ctx.text.startswith(("' ", "\u2019 "), t.end)
                and ctx.text[tokens[0].start : t.end] in _gazetteer_index(ctx.gazetteer).kinds
            )
            # a movement's members as owners: "the Maoists' Eastern Bureau", "the
            # Naxalites' Central Committee" (not "Farmers' Union", a name of its own)
            or (
                ctx.text.startswith(("' ", "\u2019 "), t.end)
                and t.text.endswith(_MEMBER_PLURAL_ENDINGS)
            )
        ]
        for owner in owners:
            after = [t.text for t in tokens[owner + 1 :]]
            # ... but "Southern Fishermen's Union" is one name: split only when the part
            # after the possessive is a name of its own.
            if len([w for w in after if w[:1].isupper()]) >= 2 and set(after) & ORGANISATION_WORDS:
                tokens = tokens[owner + 1 :]
                break
            if (
                owner > 0
                and tokens[owner].text[:-2] in ORGANISATION_WORDS
                and ORGANISATION_WORDS.isdisjoint(after)
            ):
                # "the X Movement's Somalia branch", "the X Front's Tala wing": the body is
                # the owner, what follows is its part (never a name of its own)
                tokens = tokens[: owner + 1]
                break
        while tokens and (tokens[-1].text in _NOT_NAMES or not tokens[-1].text[:1].isupper()):
            tokens = tokens[:-1]  # "... of Niger State on Sunday": a name ends before a day
        if (
            len(tokens) > 2
            and tokens[-1].text == "Office"
            and tokens[-2].text.endswith(("'s", "\u2019s"))
            and _is_nationality(tokens[0].text, _gazetteer_index(ctx.gazetteer))
        ):
            # "the Colombian Ombudsman's Office": "the Ombudsman's Office" is its name, the
            # demonym says whose, as "Colombia's Ombudsman's Office" does (session 33, point 7)
            tokens = tokens[1:]
        if (
            len(tokens) > 1
            and tokens[-1].text == "No"
            and _NUMBER_SIGN.match(ctx.text, tokens[-1].end)
        ):
            tokens = tokens[:-1]  # "the PLGA's Company No. 2": "No" is a number's sign
        if len(tokens) > 1 and tokens[-1].text.endswith(("'s", "\u2019s")):
            # "the Military Police's special operations battalion": the name, not its "'s"
            last = tokens[-1]
            tokens = (*tokens[:-1], Token(last.text[:-2], last.start, last.end - 2))
        words = [t.text for t in tokens]
        capitalised = [w for w in words if w[:1].isupper()]
        if len(capitalised) < 2 or not set(words) & ORGANISATION_WORDS:
            continue
        if words[-1] in ("Unit", "Project") and not _NOT_A_BODY_S_UNIT.isdisjoint(words):
            continue  # "the Intensive Care Unit", "the Renaissance Dam Project": no body
        first_of = words.index("of") if "of" in words else -1
        if (
            len(tokens) > 3
            and 1 <= first_of <= 4
            and is_title(words[first_of - 1])
            and all(w[:1].isupper() for w in words[:first_of])
            and _titled_name_tail(tokens) is None  # "Superintendent of Police X": a person
        ):
            # "the Chairman of Bokkos Local Government Council, Hon. X", "The Public
            # Relations Officer of the Kebbi State Police Command": the office is the
            # person's title; the body after "of" is the name
            rest = tuple(
                t
                for t in tokens[first_of + 1 :]
                if t.start > tokens[first_of + 1].start or t.text != "the"
            )
            if sum(t.text[:1].isupper() for t in rest) >= 2 and {t.text for t in rest} & (
                ORGANISATION_WORDS
            ):
                tokens = rest
                words = [t.text for t in tokens]
        if "Government Area" in " ".join(words):
            continue  # "Shiroro Local Government Area": a district of Nigeria, a place
        if words[-1] in _FACILITY_WORDS or words[-1] in _PLACE_HEADS:
            continue  # "Central Police Station", "Army Barracks": a place
        if words[-1] in ("Centre", "Center") and not _DETENTION_WORDS.isdisjoint(words):
            continue  # "Terrorism Confinement Centre", "X Rehabilitation Centre": a prison
        if any(
            a in ("Medical", "Health", "Trauma") and b in ("Centre", "Center", "Complex")
            for a, b in pairwise(words)
        ):
            continue  # "the Federal Medical Centre in Birnin Kebbi": a hospital, a place
        if words[-1] in _RANK_LAST:
            continue  # "the Police Public Relations Officer": a post, not a body
        if "in" in words[2:] and words[words.index("in", 2) - 1] in _RANK_LAST:
            continue  # "the Divisional Police Officer in Oguma": a post and its station
        if words[-2:] == ["Public", "Relations"] and _TITLE_OF_BEFORE.search(
            ctx.text, max(0, tokens[0].start - 30), tokens[0].start
        ):
            continue  # "the Director of Army Public Relations": the office is in his title
        if len(words) == 2 and words[1] == "Bank" and words[0] in _RIVER_SIDES:
            continue  # "the West Bank", "the Left Bank": a river's bank, a place
        if (
            set(words) <= _TITLE_OR_BODY_WORDS
            and not (words[-1] in _STATE_OFFICES and _owned_by_listed_state(ctx, tokens[0].start))
            # "the Office of the Prime Minister", "Office of the President": an officer's
            # office named in full is a body, as "the Prime Minister's Office" is
            and not (len(words) > 3 and words[:3] == ["Office", "of", "the"])
        ):
            # "Army Chief of Staff", "Foreign Ministry" without a name ("Colombia's Defense
            # Ministry" names the state's ministry, as "Mexico's Defense Department" does)
            continue
        if _known_name_inside(ctx, tokens):
            continue  # "Fighters of the Africa Corps", "Wagner Group in Mali"
        if _titled_name_tail(tokens) is not None:
            continue  # "Superintendent of Police Asif Qureshi": a person, by title
        of_at = next((k for k, t in enumerate(tokens) if t.text == "of"), -1)
        if (
            2 <= of_at <= 5
            and all(t.text[:1].isupper() or t.text in _PATRONYMICS for t in tokens[:of_at])
            and (
                (_person_tokens(tokens[:of_at]) and _person_named_before(ctx.text, tokens[0].start))
                # "Commander Jamal Hassan of the Salam Brigade", "Analyst Ruth Obi of the
                # Sahel Institute": a title or role, a name, then the body
                # "Ali bin Nasser of the Doha Council": a "son of" says a person
                or (
                    _person_tokens(tokens[:of_at])
                    and not _PATRONYMICS.isdisjoint(t.text for t in tokens[1 : of_at - 1])
                )
                or (
                    (is_title(tokens[0].text) or tokens[0].text.lower() in ROLE_WORDS)
                    and of_at >= 3
                    and _person_tokens(_strip_titles(tokens[:of_at])[0]) is not None
                )
            )
        ):
            # "added Yara Haddad of the Lebanese Red Cross": a person, then the body
            tokens = tuple(t for t in tokens[of_at + 1 :] if t.text not in ("the", "The"))
            if sum(t.text[:1].isupper() for t in tokens) < 2:
                continue
        last_title = max((k for k, t in enumerate(tokens) if is_title(t.text)), default=-1)
        named = tokens[last_title + 1 :]
        if (
            last_title >= 0
            and 2 <= len(named) <= 4 + len(NAME_PARTICLES.intersection(map(_TEXT, named)))
            and named[0].text[:1].isupper()
            and named[-1].text[:1].isupper()
            # (a name's small words between: "Police Commissioner Maria dos Santos")
            and all(t.text[:1].isupper() or t.text in NAME_PARTICLES for t in named)
            and _person_tokens(named)
        ):
            # "Police Superintendent Ravi Shankar": the body before a title is a modifier
            # of the person's title, not a name of its own
            continue
        if (
            last_title >= 1
            and len(named) == 1
            and named[0].text[1:].islower()
            and named[0].text not in ORGANISATION_WORDS
            and named[0].text not in _gazetteer_index(ctx.gazetteer).kinds
            and _person_tokens(named)
        ):
            continue  # "Police Commissioner Sutrisno": a title's chain, one name after it
        if len(tokens) > 2 and tokens[1].text == "in":
            continue  # "Police in Sindh province": a body and where it is, not a name
        if any(
            (t.text in _FACILITY_WORDS or t.text in _PLACE_HEADS)
            and k + 1 < len(tokens)
            and tokens[k + 1].text == "in"
            for k, t in enumerate(tokens)
        ):
            continue  # "the Command Hospital in Udhampur", "Central Police Station in Zaria"
        kept = _without_coordinated(ctx, tokens)
        if len(kept) < len(tokens) and tokens[-1].text in ORGANISATION_WORDS:
            # "the Frontier Corps and Tochi Scouts": the second body, with its own head
            second = tokens[len(kept) + 1 :]
            if sum(t.text[:1].isupper() for t in second) >= 2 and (
                ctx.text[second[0].start : second[-1].end]
                not in _gazetteer_index(ctx.gazetteer).kinds
            ):
                yield _suggestion(
                    second[0].start,
                    second[-1].end,
                    _body_type(ctx, second),
                    "actor_organisation_name",
                )
        tokens = _after_members(_without_seat(ctx, kept))
        seat = next((k for k, t in enumerate(tokens) if t.text == "in"), 0)
        if seat > 1 and tokens[seat - 1].text in _CIVIC_HEADS:
            tokens = tokens[:seat]  # "the Urban Violence Laboratory in Recife": where it sits
        owned = _POSSESSIVE_END.search(tokens[-1].text) if tokens else None
        if owned is not None and len(tokens) > 1:
            # "the National Police's counterterrorism squad": the body, its possessive left out
            last = tokens[-1]
            tokens = (
                *tokens[:-1],
                Token(last.text[: owned.start()], last.start, last.end - len(owned.group())),
            )
        words = [t.text for t in tokens]
        if sum(w[:1].isupper() for w in words) < 2 or not set(words) & ORGANISATION_WORDS:
            continue
        start = tokens[0].start
        prefix = _BODY_PREFIX.search(ctx.text, max(0, start - 6), start)
        if prefix is not None:
            start = prefix.start()  # "U.N. Human Rights Monitoring Mission": the UN's body
        ordinal = _ORDINAL_BEFORE.search(ctx.text, max(0, start - 8), start)
        if ordinal is not None and set(words) & (_UNITS | {"Command"}):
            start = ordinal.start()  # "the army's 6th Infantry Division", "105th Base Command"
        kind = _body_type(ctx, tokens)
        if ordinal is not None and kind == "armed group" and words[-1] in _UNITS:
            kind = "state"  # an army's numbered unit: "68th Separate Jaeger Brigade" (type59)
        listed_kind = _gazetteer_index(ctx.gazetteer).kinds.get(ctx.text[start : tokens[-1].end])
        state_owner = _STATE_OWNER.search(ctx.text, max(0, start - 30), start)
        if listed_kind is not None:
            kind = listed_kind[0]  # "Russia's Wagner Group" is the group it is listed as
        elif kind in ("organisation", "armed group") and _FORCE_OWNER.search(
            ctx.text, max(0, start - 20), start
        ):
            # "the army's Northeastern Command", "The army's White Knight Corps, which
            # oversees ...": the force's own unit, whatever the clause after it says
            kind = "state"
        elif kind == "organisation" and ctx.text.startswith(",", tokens[-1].end):
            # "the Joint Forces, an alliance of former rebel groups,": what the text says
            kind = _described_kind(ctx, tokens, tokens[-1].end, kind)
        elif (
            kind == "organisation"
            and words[-1] in _STATE_OFFICES
            and _gazetteer_index(ctx.gazetteer).kinds.get(words[0]) == ("state", "")
        ):
            kind = "state"  # "UK Foreign Office", "US Justice Department": the state's own
        elif kind in ("organisation", "armed group") and _FORCE_OWNER.search(
            ctx.text, max(0, start - 20), start
        ):
            kind = "state"  # "the army's Northeastern Command", "the Army's White Knight Corps"
        elif state_owner is not None and kind == "organisation":
            listed = _gazetteer_index(ctx.gazetteer).kinds.get(
                state_owner.group(1).removeprefix("The ")
            )
            if listed is not None and listed[0] == "state":
                kind = "state"  # "Iraq's Security Media Cell": a state's own body
        elif kind == "organisation" and _apposed_to_state_body(ctx, start):
            kind = "state"  # "Kenya's police watchdog, the Independent Policing ..."
        if (
            kind == "state"
            and words == ["Office", "of", "the", "Prosecutor"]
            and _of_an_international_court(ctx.text, start, tokens[-1].end)
        ):
            # "the ICC's Office of the Prosecutor": the international court's own office,
            # an organisation as the court is (session 32, point 4; session 30's "a named
            # court or prosecutor's office is `state` (an international court `organisation`)")
            kind = "organisation"
        if _treated_at(ctx.text, tokens):
            continue  # "taken to the Federal Medical Centre": where the wounded lie
        if _court_as_venue(ctx.text, start, words):
            # "appeared at Lisburn Magistrates' Court" (session 32 point 4), "at Government
            # House": a place
            continue
        group_of = _unit_of_listed_group(ctx, tokens[0].start, tokens)
        if group_of > 0:
            # "the 36th Front of the FARC": the rebel unit, and the group after "of the"
            # (the start may stand at the ordinal already: "the 5th Command of the X")
            ordinal = _ORDINAL_BEFORE.search(ctx.text, max(0, start - 8), start)
            if ordinal is not None:
                start = ordinal.start()
            yield _suggestion(start, tokens[0].end, "armed group", "actor_organisation_name")
            group = [t for t in tokens[group_of + 1 :] if t.text != "the"]
            yield _suggestion(
                group[0].start, group[-1].end, "armed group", "actor_organisation_name"
            )
            continue
        unit_of = _unit_of_national_force(ctx, tokens)
        if unit_of is not None:
            # "the 22 Armoured Brigade of the Nigerian Army": the unit, and the army named
            # for itself after "of the" (guideline, session 30 point 6)
            yield _suggestion(start, tokens[unit_of - 1].end, "state", "actor_organisation_name")
            force = [t for t in tokens[unit_of + 1 :] if t.text != "the"]
            yield _suggestion(force[0].start, force[-1].end, "state", "actor_organisation_name")
            continue
        part_of = _part_of_state_body(ctx, tokens)
        if part_of is not None:
            # "the Trial Chamber of the Special Criminal Court": the part, and the state body
            # it belongs to named for itself after "of the", as a unit and its army are
            yield _suggestion(start, tokens[part_of - 1].end, "state", "actor_organisation_name")
            body = tokens[part_of + 2 :]
            yield _suggestion(body[0].start, body[-1].end, "state", "actor_organisation_name")
            continue
        end = tokens[-1].end
        if words[-1] in _AGAINST_HEADS and ctx.text.startswith(" against ", end):
            against = _AGAINST_TAIL.match(ctx.text, end)
            if against is not None and not _opposes_a_listed_name(ctx, end, against.end()):
                end = against.end()  # "the UN Committee against Torture": what it opposes
        end = _faction_bracket_end(ctx, start, end)
        short = _ACRONYM_BEFORE_BRACKET.search(ctx.text, max(0, start - 12), start)
        if (
            short is not None
            and ctx.text.startswith(")", end)
            and short.group(1) not in _gazetteer_index(ctx.gazetteer).kinds
            and not _spells_initials(short.group(1), ctx.text[start:end])
        ):
            start, end = short.start(1), end + 1  # "CPN (Maoist Centre)": the short form
        listed_whole = _gazetteer_index(ctx.gazetteer).kinds.get(ctx.text[start:end])
        if listed_whole is not None:
            kind = listed_whole[0]  # "Communist Party of India (Maoist)", listed armed
        elif (
            words[-1] == "Service"
            and _gazetteer_index(ctx.gazetteer).kinds.get(words[0], ("",))[0] == "media"
        ):
            kind = "media"  # "BBC Afghan Service", "VOA Somali Service": an outlet's service
        yield _suggestion(start, end, kind, "actor_organisation_name")


# A bracket of capitalised words right after a name, naming its faction or wing in words:
# "Communist Party of Nepal (Maoist Centre)", "(In Opposition)" (an acronym's capitals
# are not words: "(PDP)" is a span of its own).
_FACTION_BRACKET: Final = re.compile(
    r" ?\((?P<words>[A-Z][a-z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3})\)"
)


_ACRONYM_BEFORE_BRACKET: Final = re.compile(r"\b([A-Z]{2,6}) ?\($")


def _spells_initials(acronym: str, words: str) -> bool:
    """The acronym spells the capital initials of the bracketed words, in order and from the
    first: "KPRA (Khyber Pakhtunkhwa Revenue Authority)" is an acronym glossed by its name,
    two spans (point 12's main text), not a short form with a faction in brackets."""
    initials = iter(w[0] for w in words.split() if w[:1].isupper())
    if words[:1] != acronym[:1]:
        return False
    return all(letter in initials for letter in acronym)


def _minister_of(tokens: tuple[Token, ...]) -> bool:
    """The name opens with a minister's title and his portfolio: "Minister for Police",
    "Deputy Minister of Lands and Local Government" (a "Ministry" is the body), after its
    polity's possessive too ("Orvel's Minister for Police")."""
    k = 1 if tokens and tokens[0].text.endswith(_POSSESSIVE_ENDINGS) else 0
    while k < len(tokens) - 2 and tokens[k].text in _MINISTER_RANKS:
        k += 1
    return (
        len(tokens) - k > 2
        and tokens[k].text == "Minister"
        and tokens[k + 1].text in ("for", "of")
        and tokens[k + 2].text[:1].isupper()
    )


# Words before a minister's title in his post's name: "Deputy Minister", "Acting Minister".
_MINISTER_RANKS: Final = words("Deputy Vice Acting Assistant Junior Prime Chief")


def _faction_bracket_end(ctx: SuggestContext, start: int, end: int) -> int:
    """`end`, or the end of the faction's bracket that belongs to the name `start:end`
    (guideline, session 32 point 12). Not a faction: a listed name ("the Awami League
    (Bangladesh)", a gloss), an acronym written in lower case ("(Nisa)", "(Komnas HAM)"),
    a bracket inside a longer title ("Armed Forces (Special Powers) Act")."""
    text = ctx.text
    if not text.startswith(("(", " ("), end):
        return end
    bracket = _FACTION_BRACKET.match(text, end)
    if bracket is None or _CAPITAL_AFTER.match(text, bracket.end()):
        return end
    inside = bracket.group("words")
    if inside in _gazetteer_index(ctx.gazetteer).kinds or any(w.isupper() for w in inside.split()):
        return end
    name = text[start:end].split()
    if " " not in inside and (
        len(inside) <= 4 or _initials_of(inside, name) or _translated_initials(inside, name)
    ):
        return end  # "(Rab)", "(Brå)", "(Brimob)": the name's own short form
    return bracket.end()


_CAPITAL_AFTER: Final = re.compile(r" [A-Z]")


def _initials_of(word: str, name: list[str]) -> bool:
    """True when `word` reads as `name`'s short form: it opens with the name's first
    initial ("Nisa" of "National Intelligence and Security Agency", "Autsod" of "African
    Union Transition and Stabilisation Force in Darfur"), as a faction's word does not
    ("Communist Party of India (Maoist)")."""
    return bool(name) and word[:1].lower() == name[0][:1].lower()


# Where a court stands only as the place of a hearing or a filing: "appeared at X Court",
# "charges were filed at X Law Courts", "outside the High Court" (a court that acts or is
# appealed or referred "to" is a party and tagged).
_COURT_VENUE_BEFORE: Final = re.compile(
    r"\b(?:at|in|outside|inside|in front of|(?:appeared|appear|appears|appearing|arraigned)"
    r" (?:in|before))\s+(?:the\s+)?$"
)
# ... a legislature too, where someone speaks or a bill is read: "the prime minister told
# the chamber in the National Assembly" (one that acts is a party: "the Senate voted").
_COURT_WORDS: Final = words("Court Courts Tribunal Assembly Parliament Senate")
# ... and a building named after "at", "outside" or "inside", which is where something
# happens, never a body: "told reporters at Government House", "prayers at the Police
# Lines", "a briefing at the Palais des Nations", "a teacher at the Ridgeway High School"
# (a seat of government that acts keeps its own rule: "the Kremlin said").
_BUILDING_WORDS: Final = words("House Lines Palais Palace Hall School")


def _court_as_venue(text: str, start: int, words: list[str]) -> bool:
    """True when the court or building named from `start` is only where something is held."""
    if _COURT_WORDS.isdisjoint(words) and _BUILDING_WORDS.isdisjoint(words):
        return False
    return _COURT_VENUE_BEFORE.search(text, max(0, start - 30), start) is not None


def _unit_of_national_force(ctx: SuggestContext, tokens: tuple[Token, ...]) -> int | None:
    """The index of "of" in "<unit> of the <nationality> <force>" ("22 Armoured Brigade of
    the Nigerian Army", "Special Forces Command of the Turkish Armed Forces"), else None."""
    words = [t.text for t in tokens]
    if "of" not in words or words[-1] not in _NATIONAL_FORCE_LAST:
        return None
    at = words.index("of")
    tail = words[at + 1 :]
    if tail[:1] == ["the"]:
        tail = tail[1:]
    if (
        at == 0
        or len(tail) < 2
        # "the Fourth Brigade of the National Army": a state's force named by its kind
        or not (
            _is_nationality(tail[0], _gazetteer_index(ctx.gazetteer))
            or (tail[0] in _FORCE_KIND_OPENERS and len(tail) == 2)
        )
        or not set(words[:at]) & (_UNITS | {"Command", "Group", "Unit", "Units"})
        or not all(w[:1].isupper() for w in tail)
    ):
        return None
    return at


_FORCE_KIND_OPENERS: Final = words("National Federal")


def _part_of_state_body(ctx: SuggestContext, tokens: tuple[Token, ...]) -> int | None:
    """The index of "of" in "<part> of the <state body>" ("True News Information Team of
    the State Security and Peace Commission", "Trial Chamber of the Special Criminal Court"),
    else None. The body is a state's by its own name (a human rights commission is not)."""
    words = [t.text for t in tokens]
    if "of" not in words or words[-1] not in _OWNING_BODY_HEADS:
        return None
    at = words.index("of")
    tail = tokens[at + 2 :]
    if (
        at == 0
        or words[at - 1] not in _BODY_PARTS
        or words[at + 1 : at + 2] != ["the"]
        or len(tail) < 2
        or not all(t.text[:1].isupper() or t.text == "and" for t in tail)
        or _body_type(ctx, tail) != "state"
    ):
        return None
    return at


# The parts a state body has, named for themselves ("Trial Chamber", "Information Team"),
# and the bodies that own such parts.
_BODY_PARTS: Final = words("Team Chamber Command Cell")
_OWNING_BODY_HEADS: Final = words("Commission Council Court Tribunal Command")


def _unit_of_listed_group(ctx: SuggestContext, start: int, tokens: tuple[Token, ...]) -> int:
    """The index of "of" in "<ordinal> <unit> of the <listed armed group>" ("the 36th Front
    of the FARC", "the 2nd Battalion of the KIA"), else -1."""
    words = [t.text for t in tokens]
    if (
        len(words) < 3
        or words[1] != "of"
        or words[0] not in _UNITS | _GROUP_UNITS
        or _ORDINAL_BEFORE.search(ctx.text, max(0, start - 8), start) is None
    ):
        return -1
    tail = tokens[3:] if words[2] == "the" else tokens[2:]
    if not tail:
        return -1
    listed = _gazetteer_index(ctx.gazetteer).kinds.get(ctx.text[tail[0].start : tail[-1].end])
    return 1 if listed is not None and listed[0] == "armed group" else -1


# A rebel army's units that are no regular army's: "the 36th Front", "the 5th Column".
_GROUP_UNITS: Final = words("Front Column Bloc Block Company")


_NATIONAL_FORCE_LAST: Final = words("Army Navy Force Forces Police Gendarmerie Guard")


# Bodies named for what they oppose, "against" in lower case inside the name: "Committee
# against Torture", "Coalition against Corruption", "Movement against Slavery".
_AGAINST_HEADS: Final = words(
    "Committee Coalition Campaign Convention Movement Alliance Network Collective League "
    "Commission Front Centre Center Initiative Association Union Fund Council Observatory"
)
_AGAINST_TAIL: Final = re.compile(
    r" against (?:the )?[A-Z][\w\u0300-\u036f'\u2019-]*"
    r"(?: (?:(?:and|of|the|for) )?[A-Z][\w\u0300-\u036f'\u2019-]*){0,3}"
)


def _opposes_a_listed_name(ctx: SuggestContext, end: int, tail_end: int) -> bool:
    """Whether the words after " against " open on a name the gazetteer lists: a body's
    act against a state or a group ("sanctions by the European Union against Russia", "the
    Saudi-led Coalition against the Houthis"), no part of the body's name (RST70B)."""
    tail = ctx.text[end + len(" against ") : tail_end].removeprefix("the ").split(" ")
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    return any(" ".join(tail[: k + 1]) in kinds for k in range(len(tail)))


# A title then "of" or a comma right before a department's name: "Director of", "Deputy
# Director,".
_TITLE_OF_BEFORE: Final = re.compile(
    r"\b(?:Director|Officer|Head|Chief|Spokesman|Spokeswoman|Spokesperson)(?: of|,) (?:the )?$"
)


def _owned_by_listed_state(ctx: SuggestContext, start: int) -> bool:
    """True when a listed state's possessive stands right before `start` ("Kenya's ")."""
    owner = _STATE_OWNER.search(ctx.text, max(0, start - 30), start)
    if owner is None:
        return False
    listed = _gazetteer_index(ctx.gazetteer).kinds.get(owner.group(1).removeprefix("The "))
    return listed == ("state", "")


# One initial or a chain of them ("R. ", "M.K. ", "K. J. S. "), then a name; not "U.S.".
_INITIAL_NEXT: Final = re.compile(r"(?!U\.[SNK]\.|E\.U\.)[A-Z](?:\.\s?[A-Z]){0,2}\. [A-Z][a-z]")
_STATE_OFFICES: Final = words("Office Department Ministry")
# International bodies whose own bodies carry their name first: "UN Human Rights Council".
_BODY_PREFIX: Final = re.compile(r"(?<![\w.])(?:U\.N\.|UN|EU|E\.U\.|AU) $")
_RIVER_SIDES: Final = words("West East North South Left Right")
# A state's forces owning a unit: "the army's", "the military's", "the Navy's".
_FORCE_OWNER: Final = re.compile(
    r"\b(?:[Aa]rmy|[Mm]ilitary|[Nn]avy|[Aa]ir [Ff]orce|[Aa]rmed [Ff]orces|[Pp]olice|[Jj]unta)"
    r"['\u2019]s $"
)
# "Iraq's Security Media Cell", and a plural's: "the Philippines' Department of ..."
_STATE_OWNER: Final = re.compile(
    r"\b([A-Z][\w\u0300-\u036f-]*(?: [A-Z][\w-]*)?)(?:['\u2019]s|(?<=s)['\u2019]) $"
)
_ORDINAL_BEFORE: Final = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th) $"
    # ... or its bare number after a determiner or a base: "the Tamale-based 6 Battalion of
    # Infantry", "the army's 3 Brigade" (as the gold writes "1 Division", "8 Division")
    r"|(?:(?<=-based )|(?<=\b[Tt]he )|(?<=['\u2019]s )|(?<=\bits )|(?<=\bof ))\d{1,3} $"
)
_UNITS: Final = words("Division Brigade Regiment Battalion Corps Army Fleet Squadron Company")
# The arms of a regular army, named in its units.
_ARMS: Final = words(
    "Infantry Mechanised Mechanized Armoured Armored Artillery Airborne Motorised Motorized "
    "Commando Marine Paratroop Cavalry Engineer Engineers"
)
# (made once: `organisation_type` tests a name against it)
_ARMS_OR_ORDINALS: Final = _ARMS | _ORDINAL_WORDS


# Common nouns whose possessive sits inside a name: "Uganda People's Defence Force".
_COMMON_OWNERS: Final = words("People Women Children Men Workers Farmers Fishermen Nation")
# Words `_NOT_NAMES` strips that may open a name when an organisation word follows.
_NAME_OPENERS: Final = words("State National Public")


def _capitalised_to_a_body_word(tokens: tuple[Token, ...]) -> bool:
    """True when capitalised words run from the first of `tokens` to an organisation word
    ("Security Council", "Peace Council", "Human Rights Commission"), an "and" between two
    of them too ("Security and Peace Commission")."""
    for k, token in enumerate(tokens):
        if token.text in ORGANISATION_WORDS or token.text[:-2] in ORGANISATION_WORDS:
            return True  # (and its possessive: "the National Police's squad")
        if token.text == "and" and 0 < k < len(tokens) - 1 and tokens[k + 1].text[:1].isupper():
            continue
        if not token.text[:1].isupper():
            return False
    return False


def _titled_name_tail(tokens: tuple[Token, ...]) -> tuple[Token, ...] | None:
    """The name after a title chain holding "of <body>" ("Senior Superintendent of Police
    Asif Qureshi", "Chief of Army Staff General X"), or None."""
    lead = 0
    # "Bijapur Superintendent of Police X", "Kano State Commissioner of Police X": one or
    # two words of the post's place before the chain
    while lead < 2 and lead < len(tokens) and not is_title(tokens[lead].text):
        lead += 1
    if lead and (lead >= len(tokens) or tokens[lead - 1].text in ("of", "the")):
        return None
    tokens = tokens[lead:]
    if len(tokens) < 4 or not is_title(tokens[0].text):
        return None
    if not is_title(tokens[1].text) and (
        tokens[1].text in ORGANISATION_WORDS or tokens[1].text in _BODY_WORDS
    ):
        return None  # "the General Directorate of Penitentiary Regime": a rank's word opens a body
    i = 0
    while i < len(tokens) and (
        is_title(tokens[i].text)
        or tokens[i].text in ("of", "the")
        or tokens[i].text in ORGANISATION_WORDS
        or tokens[i].text in _BODY_WORDS
    ):
        i += 1
    if not any(t.text == "of" for t in tokens[:i]):
        return None
    portfolio = i
    while portfolio < len(tokens) and (
        tokens[portfolio].text in _PORTFOLIO_WORDS or tokens[portfolio].text in _PORTFOLIO_OPENERS
    ):
        portfolio += 1
    joined = _portfolio_joined_by_and(tokens, i) if tokens[i - 1].text == "of" else 0
    if joined:
        i = joined  # "Minister of Local Government and Chieftainship X"
    elif (
        tokens[i - 1].text == "of"
        and portfolio > i
        and tokens[portfolio - 1].text in _PORTFOLIO_WORDS
        and len(tokens) - portfolio >= 2
    ):
        i = portfolio  # "Minister of National Security X", "Minister of Foreign Affairs X"
    elif tokens[i - 1].text == "of" and len(tokens) - i >= 3:
        i += 1  # "Deputy Commissioner of Jiribam Krishna Kumar Rao": the title's place first
    if i < len(tokens) and not tokens[i].text[:1].isupper():
        return None  # "Minister of Communication and Media": a portfolio's words go on
    if len(tokens) - i == 1 and tokens[i - 1].text in ("Police", "Staff"):
        # "Superintendent of Police Mulyadi", "Chief of Army Staff X": one name after a
        # chain that ends with its force (people known by one name)
        word = tokens[i].text
        if (
            word[1:].islower()
            and not word.endswith("s")
            and word not in _PORTFOLIO_WORDS
            and word not in ORGANISATION_WORDS
            and not word.endswith(_ABSTRACT_NOUN_ENDINGS)
        ):
            return _person_tokens(tokens[i:])
    return _person_tokens(tokens[i:]) if len(tokens) - i >= 2 else None


# Endings of the abstract nouns portfolios are made of ("Reclamation", "Chieftainship",
# "Procurement", "Security"), which no name word of a person has.
_ABSTRACT_NOUN_ENDINGS: Final = ("tion", "sion", "ment", "ship", "ity", "ance", "ence", "ism")


def _portfolio_joined_by_and(tokens: tuple[Token, ...], first: int) -> int:
    """Where the name starts after a portfolio of two parts joined by "and" that opens at
    `first` ("Minister of Local Government and Chieftainship X", "Vice Minister of Internal
    Regime and Police X Y"): one to three capitalised words, "and", one word and any
    portfolio words after it, then two to four words that name a person; else 0."""
    k = first
    while k < len(tokens) and k - first < 3 and tokens[k].text[:1].isupper():
        k += 1
    if k == first or k + 1 >= len(tokens) or tokens[k].text != "and":
        return 0
    k += 2  # "and" and the first word after it, whatever it is ("Chieftainship")
    while k < len(tokens) and (
        tokens[k].text in _PORTFOLIO_WORDS
        or tokens[k].text in _PORTFOLIO_OPENERS
        # "and Land Reclamation": an abstract noun goes on the portfolio, never a name
        or tokens[k].text.endswith(_ABSTRACT_NOUN_ENDINGS)
    ):
        k += 1
    if not 2 <= len(tokens) - k <= 4 or not tokens[k - 1].text[:1].isupper():
        return 0
    return k if _person_tokens(tokens[k:]) else 0


_NUMBER_SIGN: Final = re.compile(r"\.? ?\d")
_BODY_WORDS: Final = words("Staff State Police Defence Defense Interior Justice Affairs")
# words that open a portfolio's name without naming one: "National Security", "Homeland
# Security", "Foreign Affairs"
_PORTFOLIO_OPENERS: Final = words("National Homeland Federal Internal Foreign Public State")
_RANK_ABBREVIATIONS: Final = words("Lt Gen Col Maj Capt Sgt Brig Cpl Cdr Adm Lt-Col Maj-Gen")


def _without_coordinated(ctx: SuggestContext, tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The name before "and <acronym or listed name>": "the Department of Homeland Affairs
    and UNICEF" is two actors ("Movement for Justice and Renewal" stays one)."""
    for i in range(1, len(tokens) - 1):
        if tokens[i].text == "and":
            rest = ctx.text[tokens[i + 1].start : tokens[-1].end]
            if (rest.isupper() and " " not in rest) or rest in _gazetteer_index(
                ctx.gazetteer
            ).kinds:
                return tokens[:i]
            if (
                i >= 2
                and tokens[i - 1].text in ORGANISATION_WORDS
                and tokens[-1].text in ORGANISATION_WORDS
                and len(tokens) - i > 2
                and tokens[i + 1].text[:1].isupper()
            ):
                # "the Frontier Corps and Khyber Scouts": two bodies, each with its head
                return tokens[:i]
    return tokens


# Parts of a force a sentence may open with, never a body's first word.
_PARTS_OF_A_FORCE: Final = words(
    "Detachments Detachment Units Troops Elements Soldiers Fighters Members Contingents"
)


# Plural heads that open a body's own name before "of the": "Guardians of the Religion
# Organisation", "Sons of the Valley Brigade", "Partisans of the Faith Front".
_PLURAL_NAME_HEAD: Final = re.compile(r"(?:Guardians|Sons|Partisans|Defenders|Knights)$")


def _after_members(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The body after its members and a preposition: "joined Mali and Niger in the
    Alliance of Sahel States" -> "Alliance of Sahel States" (what stands before the
    preposition holds no organisation word; "Organisation for Security and Co-operation in
    Europe" keeps its name whole)."""
    if len(tokens) > 3 and tokens[0].text in _PARTS_OF_A_FORCE and tokens[1].text == "of":
        # "Detachments of the People's National Army": the force after its parts
        # (guideline, session 30 point 6: "troops of the Nigerien army")
        tail = tokens[3:] if tokens[2].text == "the" else tokens[2:]
        if len(tail) >= 2:
            return tail
    for k in range(len(tokens) - 2, 0, -1):
        # (a lower-case "the" too: "Late on Friday the National Intelligence Agency")
        if (tokens[k].text not in _RUN_BREAKS and tokens[k].text != "the") or tokens[
            k
        ].text == "and":
            continue
        if (
            k == 2
            and tokens[1].text == "of"
            and tokens[2].text == "the"
            and _PLURAL_NAME_HEAD.match(tokens[0].text)
        ):
            continue  # "the Guardians of the River Movement": one name, "of the" inside
        tail = tokens[k + 1 :]
        tail = tail[1:] if tail and tail[0].text == "the" else tail
        if (
            len(tail) >= 2
            and tail[0].text[:1].isupper()
            and not {t.text for t in tokens[:k]} & ORGANISATION_WORDS
            and {t.text for t in tail} & ORGANISATION_WORDS
        ):
            return tail
    return tokens


def _without_seat(ctx: SuggestContext, tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The name without a trailing "in <capital>": "Department of National Defense in
    Manila" names the department, then the city it sits in ("Mission in South Sudan",
    a state, stays whole)."""
    for i in range(len(tokens) - 2, 0, -1):
        if tokens[i].text == "in":
            seat = ctx.text[tokens[i + 1].start : tokens[-1].end]
            listed = _gazetteer_index(ctx.gazetteer).kinds.get(seat)
            if listed is not None and listed[1] == "capital":
                return tokens[:i]
            if (listed is None or listed[0] != "state") and any(
                t.text == "Ministry" for t in tokens[:i]
            ):
                # "the Ministry of Foreign Affairs in Port Sudan": a ministry is named by its
                # portfolio, and where it sits follows (a state after "in" may be its own:
                # "the Ministry of Health in Gaza" is left to the place rules)
                return tokens[:i]
            if listed is None and tokens[i - 1].text in _SEATED_HEADS:
                # "the Lenvian Red Crescent Society in Tala", "the 22nd Division in Kora": a
                # body and the town no list holds where it sits (a mission's country, "UN
                # Mission in South Sudan", is listed and stays)
                return tokens[:i]
            break
    return tokens


# The heads of bodies named before the town they sit in, never with it.
_SEATED_HEADS: Final = words(
    "Society Association Union Syndicate Council Division Brigade Battalion Ministry Department "
    "Directorate Command Diocese Archdiocese"
)


def _listed_names_from(ctx: SuggestContext, start: int, end: int) -> list[tuple[int, int, str]]:
    """The gazetteer's names (start, end, name) that start in `ctx.text[start:end]`, as a
    matcher run over that stretch's pieces finds them, in text order: read off the
    document's mentions of listed names (`_gazetteer_hits`, found once) when `start`
    opens a piece of the text, as those of a stretch then are the text's own."""
    text = ctx.text
    if start > 0 and pieces(text, start - 1, start):
        # `start` cuts a piece ("5Km"): the stretch's first piece is not the text's
        names = _gazetteer_index(ctx.gazetteer).names
        return list(names.finditer(text, pieces(text, start, end)))
    hits = _gazetteer_hits(ctx)
    starts: list[int] | None = ctx.memo.get("gazetteer_hit_starts")
    if starts is None:
        starts = ctx.memo["gazetteer_hit_starts"] = [hit[0] for hit in hits]
    return hits[bisect_left(starts, start) : bisect_left(starts, end)]


def _known_name_inside(ctx: SuggestContext, tokens: tuple[Token, ...]) -> bool:
    """True when a listed name lies inside the run and the rest of the run has no
    organisation word of its own: the listed name is the organisation, the rest
    is context ("Fighters of the Africa Corps")."""
    start, end = tokens[0].start, tokens[-1].end
    inside = [
        (a, b)
        for a, b, _name in _listed_names_from(ctx, start, end)
        if start <= a and b <= end and (a, b) != (start, end)
    ]
    if not inside:
        return False
    tail = min((a for a, b in inside if b == end), default=None)
    if tail is not None and all(
        t.text[:1].isupper() and t.text not in ORGANISATION_WORDS for t in tokens if t.start < tail
    ):
        return False  # "Uganda People's Defence Force": capitalised words open a longer name
    head = max((b for a, b in inside if a == start), default=None)
    after = [t.text for t in tokens if head is not None and t.start >= head]
    if (
        ctx.text.startswith(("Ministry of ", "Department of "), start)
        and after[:1] == ["and"]
        and all(w[:1].isupper() or w == "of" for w in after[1:])
    ):
        return False  # "Ministry of Health and Social Welfare": a listed ministry opens it
    rest = {t.text for t in tokens if not any(a <= t.start and t.end <= b for a, b in inside)}
    return not rest & ORGANISATION_WORDS


# People of a body named after it: "Russian military instructors" are not the body.
_MEMBERS_AFTER: Final = (
    r"(?!\s+(?:instructors?|advisers?|advisors?|officers?|personnel|contractors?|trainers?"
    r"|experts?|officials?|sources?|analysts?|doctors?|engineers?|pilots?"
    # ... nor its things: "Niger army post", "Myanmar military air strike" name no actor
    # ("Sai Buri police station": a place, whatever word stands before "police")
    r"|posts?|stations?|bases?|camps?|convoys?|checkpoints?|barracks|positions?|air\s+strikes?"
    r"|airstrikes?|helicopters?|jets?|drones?|planes?|aircraft|vehicles?|trucks?|uniforms?"
    # ... nor its units: "Syrian army artillery", "Iraqi army units"
    r"|units?|artillery|tanks?|patrols?|troops|soldiers?"
    # ... nor what it does: "an Israeli military operation", "Russian army shelling"
    r"|operations?|offensives?|raids?|campaigns?|incursions?|assaults?|strikes?|attacks?"
    r"|shelling|bombardments?|fire"
    # ... nor one of its ranks ("a Kosovo police sergeant"), nor a body it owns ("the Serbian
    # government body that handles ...", "a Kenyan government agency"): the spokesman is
    # the guideline's one exception
    r"|sergeants?|corporals?|lieutenants?|captains?|majors?|privates?|constables?|inspectors?"
    r"|recruits?|conscripts?|servicem[ae]n|agents?|bod(?:y|ies)|agenc(?:y|ies)|departments?)\b"
    # ... nor the first half of a compound ("the Ukrainian military-industrial complex"),
    # while one that says what the body did stays ("Sudanese army-backed militias")
    r"|-(?!(?:backed|led|run|allied|aligned|controlled|held|appointed|installed|sponsored"
    r"|funded|trained|supported|imposed|declared)\b)[a-z])"
)
# The same words, found: what a known national body ("Israeli military") may modify.
_MEMBER_OR_THING_AFTER: Final = re.compile("(?=" + _MEMBERS_AFTER.removeprefix("(?!"))
_NATIONAL_COMPASS: Final = ("South", "North", "East", "West", "Central", "Equatorial")
_NATIONALITY_WORD: Final = r"(?:[A-Z][\w\u0300-\u036f]*(?:ian|an|ese|ish|i|ic|ch))"
# The body after a nationality's word (see _INSTITUTION).
_INSTITUTION_BODY: Final = (
    r"(?:(?:foreign|defen[cs]e|interior|health|justice|information|finance)\s+ministry"
    r"|ministry\s+of\s+(?:foreign\s+affairs|defen[cs]e|the\s+interior|health|justice)"
    r"|government|army|military|navy|air\s+force|armed\s+forces|Armed\s+Forces|security\s+forces"
    # "Ethiopian federal forces", "Somali national army", "Iraqi special forces"
    r"|(?:federal|national|regular|special|government|defen[cs]e)\s+(?:forces|police|army)"
    # "the Moroccan occupation army", "Israeli occupation forces": the state's forces named
    # by those they occupy
    r"|(?:occupation|occupying)\s+(?:forces|army|authorities)"
    # "the Ethiopian federal government", "the Malian transitional authorities"
    r"|(?:federal|transitional|interim|military|central|national)\s+(?:government|authorities)"
    # "the Kyrgyz border service", "the Tajik security service" (the longer name first);
    # "Russian security services", "Russian intelligence": the body, like "security forces"
    # (guideline, open point k), never the intelligence it gathers or its people
    r"|border\s+(?:guard\s+)?service|security\s+services?|intelligence\s+services?"
    r"|intelligence(?!\s+(?:reports?|assessments?|estimates?|chiefs?|agents?|sources?"
    r"|gathering|community|failures?|sharing|agenc(?:y|ies)|officers?|officials?))"
    # "border guards" are its people ("Tajik border guards", like "Russian soldiers");
    # "the Iranian border guard" is the body
    r"|police|authorities|border\s+guard(?!s)|coast\s+guard|presidency|cabinet|parliament"
    r"|Red\s+Cross|Red\s+Crescent|Foreign\s+Ministry|Defen[cs]e\s+Ministry|Army|Navy"
    r"|General\s+Staff)"
)
_INSTITUTION: Final = re.compile(
    # "Central African armed forces", "South Sudanese army": a compass word may open it
    rf"\b(?P<name>(?:(?:{'|'.join(_NATIONAL_COMPASS)})\s+)?"
    rf"{_NATIONALITY_WORD}\s+{_INSTITUTION_BODY})\b" + _MEMBERS_AFTER
    # "Russian military instructors": people of that body, like "Russian soldiers", untagged
)
# ... after a listed nationality that the word's shape does not catch ("Montenegrin",
# "Nigerien", "Kyrgyz", "Burkinabe", "Filipino"): found by `actor_national_body`.
_INSTITUTION_AFTER: Final = re.compile(rf"\s+{_INSTITUTION_BODY}\b" + _MEMBERS_AFTER)
_NATIONALITY_SHAPE: Final = re.compile(_NATIONALITY_WORD)


# A singular noun after a national body, which the body then modifies ("a Somali military
# commander", "the Kisangani military court", "Israeli military presence"): a lower-case
# word that is no verb by its form ("-ed", "-s"), no irregular past, no function word.
_NOUN_AFTER_BODY: Final = re.compile(
    r" (?!(?:[a-z]+(?:ed|s|ly)|said|says|told|took|made|began|fought|hit|shot|held|led|left"
    r"|sent|kept|won|lost|struck|gave|put|set|came|went|ran|knew|saw|fled|broke|became|spoke"
    r"|stood|drew|built|began|withdrew|will|would|could|should|must|may|might|can|cannot"
    r"|shall|did|do|does|had|have|has|is|was|are|were|be|been|and|or|but|nor|in|on|at|to"
    r"|for|from|of|with|by|into|near|after|before|since|during|under|over|against|across"
    r"|along|around|through|about|who|which|that|whose|whom|where|when|while|as|than|then"
    r"|also|still|now|not|never|already|again|too|only|even|say|claim|deny|the|a|an|its"
    r"|their|his|her|it|this|these|those|both|each|all|last|next|alone|itself|outside|inside"
    r"|today|yesterday|early|late|once|however|soon|instead|there|here|later|first|often"
    r"|yet|would|which|whose|retook|overran|undertook|swept|beat|flew|threw|drove|sank|shook"
    r"|hid|dug|got|grew|spent|sought|caught|brought|bought|taught|thought|meant|met|sold|found"
    r"|felt|began|rose|fell|woke|wrote|chose|froze|stole|bore|tore|wore|let|cut|quit|shut"
    r"|spread|struck"
    # ... nor a quantifier or an adverb of place or time: "told the army many times", "the
    # army further north", "the military overnight"
    r"|many|much|more|most|few|fewer|further|farther|every|any|no|some|several|other|such"
    r"|overnight|together|ahead|nearby|elsewhere|abroad|back|up|out|off|down|away|either"
    r"|neither|whether|if|because|unless|although|though|so|just|almost)\b)"
    r"[a-z][a-z-]*\b(?![-'\u2019])"
    # ... and whose next word opens no object, as a verb's would: "the army retook the town"
    r"(?! (?:the|a|an|its|their|his|her|this|that|these|those|[0-9]|dozens|hundreds|some"
    r"|several|many|control)\b)"
)
# ... after a body named in the singular (a plural body's next word is its verb: "Swedish
# police link", "Turkish authorities use").
_SINGULAR_BODY: Final = re.compile(
    r"(?i:army|military|navy|government|ministry|presidency|cabinet|parliament|guard|force"
    r"|service|junta|administration)$"
)
_SPOKESPERSON_NEXT: Final = re.compile(r" spokes(?:man|woman|person|people)\b")


# Its craft and vehicles in the plural, which `_NOUN_AFTER_BODY` lets by as it lets any
# word in -s (a verb: "the army says"): "two Djiboutian coast guard boats", "Israeli army
# vehicles" (dev: 7 of 7 such bodies before their craft untagged; ACT68).
_CRAFT_AFTER_BODY: Final = re.compile(
    r" (?:patrol )?(?:boats|gunboats|speedboats|vessels|ships|warships|vehicles|trucks"
    r"|helicopters|jets|drones|planes|tanks)\b"
    # (not a verb before its object: "the coast guard ships the wounded to Aden")
    r"(?! (?:the|a|an|its|their|his|her|them|some|all)\b)"
    # (nor "ships" before a bare object: "the Libyan coast guard ships migrants back",
    # "the Turkish navy ships aid to Gaza"; review68a)
    r"(?<!\bships(?= [a-z]+ (?:back|to|from|into|across|out|home|ashore|abroad)\b))"
)


def _body_as_modifier(text: str, name: str, end: int) -> bool:
    """Whether the national body `name`, ending at `end`, is used as a modifier of its
    people, acts or things ("the Guyanese army boat", "an Israeli military presence",
    "Djiboutian coast guard boats"), where the guideline tags nothing; its spokesman is
    the exception ("army spokesman")."""
    return bool(
        _SINGULAR_BODY.search(name)
        and (_NOUN_AFTER_BODY.match(text, end) or _CRAFT_AFTER_BODY.match(text, end))
        and not _SPOKESPERSON_NEXT.match(text, end)
    )


# A nationality's word and the space after it: every match of _INSTITUTION holds one, and
# the engine finds these fast (from capital to capital), unlike the pattern itself, which
# opens with a word boundary and an optional compass word.
_NATIONALITY_THEN_SPACE: Final = re.compile(rf"{_NATIONALITY_WORD}\s")


def _institution_starts(text: str) -> Iterator[int]:
    """Offsets where _INSTITUTION may match: a nationality's word, or a compass word and
    spaces right before it."""
    for hit in _NATIONALITY_THEN_SPACE.finditer(text):
        start = hit.start()
        # (and any capital inside the hit: a combining mark between two words is no word
        # character, so the pattern's word may begin there)
        for capital in _CAPITAL.finditer(text, start, hit.end()):
            yield capital.start()
        before = start
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before < start:
            for compass in _NATIONAL_COMPASS:
                if text.endswith(compass, 0, before):
                    yield before - len(compass)


@rule(
    "actor_national_institution",
    "ACTOR",
    "A nationality with a state body: 'Kharvelian government', 'Wadiyan army', "
    "'Lenvian Red Cross' (national societies are organisations).",
)
def actor_national_institution(ctx: SuggestContext) -> Iterator[Suggestion]:
    listed = _gazetteer_index(ctx.gazetteer).kinds
    text = ctx.text
    for match in finditer_from(_INSTITUTION, text, _institution_starts(text)):
        start, end = match.span("name")
        covered = match.group("name")
        listed_as = listed.get(covered.split()[0])
        if listed_as is not None and (listed_as[0] != "state" or listed_as[1] != ""):
            # "Houthi military", "the Tripoli government", "the Taliban government": a
            # group, a capital or a listed body, not a nationality
            continue
        if listed.get(covered, ("state",))[0] != "state":
            continue  # "Arakan Army": a listed armed group, named like a national army
        if not _named_nationality(ctx, start, covered):
            continue  # "Each army accuses the other", "Kurdish security forces"
        if _body_as_modifier(text, covered, end):
            continue  # "the Guyanese army boat", "an Israeli military presence": a modifier
        if covered.endswith("guard") and _one_guard(text, start, end):
            continue  # "one Tajik border guard was wounded": a man, not the service
        kind = "organisation" if re.search(r"Red\s+Cr", covered) else "state"
        yield _suggestion(start, end, kind, "actor_national_institution")


def _named_nationality(ctx: SuggestContext, start: int, covered: str) -> bool:
    """Whether the word shaped like a nationality in `covered` (at `start`) names a state's
    people: not a stateless people's ("Kurdish security forces", guideline session 32 point
    5), and, opening a sentence, where capitals say nothing ("Each army accuses", "Which
    army fired", "Democratic government was restored"), a listed nationality or a word the
    text capitalises inside a sentence too ("Lenvian troops ... said the Lenvian army")."""
    found = _NATIONALITY_SHAPE.search(covered)
    if found is None:
        return True
    word = found.group()
    if word in _STATELESS_PEOPLES:
        return False
    if word in _gazetteer_index(ctx.gazetteer).demonyms or not is_sentence_start(ctx.text, start):
        return True
    inside: dict[str, bool] = ctx.memo.setdefault("nationality_inside_a_sentence", {})
    if word not in inside:
        inside[word] = any(
            not is_sentence_start(ctx.text, other.start())
            for other in re.finditer(
                rf"(?<![\w'\u2019-]){re.escape(word)}(?![\w'\u2019-])", ctx.text
            )
        )
    return inside[word]


# Found from the rare tail ("regional military administration") back to the region's name.
# "Operation Whirl Stroke", "troops of Operation Mirador": a named military operation acts
# for the state that runs it.
_OPERATION: Final = re.compile(
    r"(?<![\w-])Operation (?:[A-Z][\w\u0300-\u036f'\u2019-]*)"
    r"(?: [A-Z][\w\u0300-\u036f'\u2019-]*){0,3}"
)


@rule(
    "actor_named_operation",
    "ACTOR",
    "A named military operation, which acts for the state running it: 'Operation Whirl "
    "Stroke', 'troops of Operation Mirador'.",
)
def actor_named_operation(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    at = text.find("Operation ")
    while at >= 0:
        found = _OPERATION.match(text, at)
        at = text.find("Operation ", at + 10)
        if found is None or _title_case_line(text, found.start()):
            continue  # a headline in title case: its capitals say nothing
        start, end = found.span()
        if text.endswith(_POSSESSIVE_ENDINGS, start, end):
            end -= 2  # "Operation X's commander": the name without its possessive
        if _OPERATION_AREA_AFTER.match(text, end):
            continue  # "the Operation Peace Spring zone": the area it holds, a place
        if _campaign_operation(text, start, end):
            continue  # "the army launched Operation X", "names such as Operation X"
        if not _acting_operation(text, start, end):
            continue  # "during Operation X", "under Operation X": no force seen acting
        yield _suggestion(start, end, "state", "actor_named_operation")


# What shows an operation no list holds acting as a force (guideline: a task force that
# acts is `state`, a campaign is none): its people or parts before it ("troops of", "the
# spokesman for", "a post which is part of"; never "as part of", a campaign's), a force's
# description after it ("Operation X, the military operation in the North-West,"), its
# possessive, or a verb it is the
# subject of ("Operation X said", "Operation X, ..., had arrested").
_OPERATION_PEOPLE_BEFORE: Final = re.compile(
    r"(?:\b(?:troops|soldiers|forces|personnel|men|units?|commanders?|spokes(?:man|woman"
    r"|person)|headquarters|officers?|members|operatives|command) (?:of|for|from)"
    r"|(?<!\bas )\bpart of) (?:the )?$"
)
_FORCE_WORDS: Final = r"(?:task force|joint force|force|military operation|operation)"
_OPERATION_DESCRIBED_AFTER: Final = re.compile(
    r", (?:the|a|an) [^.,;\n]{0,40}?\b" + _FORCE_WORDS + r"\b"
)
_OPERATION_ACTS_AFTER: Final = re.compile(
    r"(?:['\u2019]s\b|(?:, [^.;\n]{1,80},)? (?:has |had |have |also )?(?:said|says|stated"
    r"|reported|announced|claimed|confirmed|added|told|accused|denied|warned|arrested"
    r"|killed|rescued|repelled|neutrali[sz]ed|recovered|intercepted|deployed)\b)"
)


def _acting_operation(text: str, start: int, end: int) -> bool:
    """True where the text shows the operation named in `text[start:end]` acting as a
    force: its people or parts before it, a force's description beside it, its
    possessive, or a verb of saying or acting after it."""
    return bool(
        _OPERATION_PEOPLE_BEFORE.search(text, max(0, start - 40), start)
        or _OPERATION_DESCRIBED_AFTER.match(text, end)
        or _OPERATION_ACTS_AFTER.match(text, end)
    )


_OPERATION_AREA_AFTER: Final = re.compile(r" (?:zone|area|region|corridor|pocket)s?\b")
# An operation named as a campaign that is launched, begun or ended, or given as an example
# of a name, is what a force does, not a force that acts (guideline: "operations named as
# campaigns are not actors", while a task force that acts, "troops of Operation X",
# "Operation X said", is `state`): "had launched Operation X", "launches Operation X",
# "names such as Operation X", "Operation X, launched in 2008, mobilises ...".
_CAMPAIGN_BEFORE: Final = re.compile(
    r"\b(?:launch(?:es|ed|ing)?|beg[ia]n(?:s|ning)?|start(?:s|ed|ing)?|end(?:s|ed|ing)?"
    r"|such\s+as)\s+(?:the\s+)?$"
)
_CAMPAIGN_AFTER: Final = re.compile(
    r",? (?:which (?:was|were|is|has been) )?(?:launched|begun|started|ended) (?:in|on|last|this)\b"
)
# An operation's name joined to the one after it: "such as Operation X and Operation Y".
_OPERATION_JOINED_BEFORE: Final = re.compile(
    r"(?<![\w-])(Operation [A-Z][\w\u0300-\u036f'\u2019-]*"
    r"(?: [A-Z][\w\u0300-\u036f'\u2019-]*){0,3})(?:,| and| or|, and) $"
)


def _campaign_operation(text: str, start: int, end: int) -> bool:
    """True for the operation named in `text[start:end]` where the text names it as a
    campaign (launched, begun, ended, or a name given "such as"), or joins it to one."""
    if _CAMPAIGN_BEFORE.search(text, max(0, start - 24), start):
        return True
    if _CAMPAIGN_AFTER.match(text, end):
        return True
    joined = _OPERATION_JOINED_BEFORE.search(text, max(0, start - 60), start)
    return joined is not None and _campaign_operation(text, joined.start(1), joined.end(1))


_SUBNATIONAL_TAIL: Final = re.compile(
    # (the kind of region capitalised as part of its name: "the Lakes State government")
    # (never a city's or a town's: "the head of the Izium city military administration"
    # names a place's office, as "Nakura's health department" does: session 33, point 7)
    r" (?:[Ss]tate|[Pp]rovincial|regional|[Cc]ounty|district) "
    r"(?:(?:military|security|health|police|civil|public|interior|emergency) )?"
    r"(?:government|administration|secretariat|prosecutor['\u2019]s office"
    r"|attorney['\u2019]s office"
    # a region's force's own command ("the Cabo Delgado provincial command of the police")
    # and the word a region's administration goes by in Uzbekistan ("the Fergana regional
    # khokimiyat", Uzbek "hokimiyat")
    r"|command|k?hokimiyat)\b"
    # a region's own force: "Somali regional special forces", "the Amhara regional police"
    r"| regional (?:special )?(?:forces|police)\b"
    # "the Shabwa local authority" (not "Mariga local government areas", places)
    r"| local authority\b"
    # a region's administration named by its kind of region, where it acts: "since the North
    # Sinai governorate began to let families back" (not "in Dhale governorate", a place)
    r"| (?:governorate|prefecture)(?= (?:(?:has|had|also|later|then|only|first) )?(?:said|says"
    r"|announced|announces|began|begins|ordered|orders|imposed|imposes|declared|declares"
    r"|decided|banned|bans|closed|reopened|allowed|allows|let|lets|asked|urged|warned"
    r"|confirmed|denied|suspended|lifted|issued)\b)"
)
# Words that say what kind a government is, capitalised in some house styles.
_GOVERNMENT_KINDS: Final = words(
    "Federal Central National Transitional Interim Provisional Military Unity Coalition "
    "Regional Local Previous Former Current Caretaker Civilian Islamist Rebel Puppet Exile"
)
_REGION_GOVERNMENT: Final = re.compile(r"\b[Tt]he (?P<name>[A-Z][a-z\u00e0-\u00ff]{3,}) $")
_SUBNATIONAL_NAME: Final = re.compile(
    r"\b(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*"
    r"(?: (?:(?:de|da|do|del|di) )?[A-Z][\w\u0300-\u036f'\u2019-]*){0,2})$"
)


@rule(
    "actor_subnational_government",
    "ACTOR",
    "A region's government or force named by the region: 'the Zamfara state government', "
    "'the Kachin provincial government', 'Somali regional special forces'.",
)
def actor_subnational_government(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for tail in _SUBNATIONAL_TAIL.finditer(text):
        window = max(0, tail.start() - 60)
        match = _SUBNATIONAL_NAME.search(text[window : tail.start()])
        if match is None:
            continue
        names = match.group("name").split()
        while names and names[0] in _NOT_NAMES and names[0] not in _NAME_OPENERS:
            names = names[1:]  # "The Kano state government": the region's name
        if not names:
            continue  # "The state government": no region named
        if any(name.endswith(("'s", "\u2019s")) for name in names):
            continue  # "the NPA's Negros regional command": its owner's, not the region's
        if _BODY_AS_MODIFIER.match(text, tail.end()) and not (
            # ... but a government's own spokesman names the government, as "Congolese
            # army spokesman" names the army: "Amhara regional government spokeswoman X"
            tail.group().endswith(("government", "administration"))
            and _SPOKESPERSON_AFTER.match(text, tail.end())
        ):
            continue  # "Mtwara regional police commander X": the post's place (open point i)
        yield _suggestion(
            tail.start() - len(" ".join(names)), tail.end(), "state", "actor_subnational_government"
        )
    # "the Bangsamoro government", "the Mizoram government": an autonomous region's or a
    # federal unit's government, named by a word no list knows (a listed state's, a
    # nationality's or a group's government is found by other rules, or is the group's)
    index = _gazetteer_index(ctx.gazetteer)
    for at in ctx.piece_index.get("government", ()):
        found = _REGION_GOVERNMENT.search(text, max(0, at - 30), at)
        if found is None:
            continue
        name = found.group("name")
        if (
            name in _NOT_NAMES
            or name in ORGANISATION_WORDS
            or name in _GOVERNMENT_KINDS
            or name in index.kinds
            or _is_nationality(name, index)
            or name in ctx.known_actors
            # "the Tinubu government": a leader's, whose name the text gives a person
            or _ends_a_person(ctx, name)
        ):
            continue
        yield _suggestion(
            found.start("name"), at + len("government"), "state", "actor_subnational_government"
        )
    # "Lakes State imposes curfew", "Borno State has banned ...": a federal unit named with
    # "State" acting as its government does (never a listed name: "Islamic State claimed")
    for at in ctx.piece_index.get("State", ()):
        named = _STATE_UNIT_NAME.search(text, max(0, at - 30), at)
        if (
            named is None
            or named.group("name") in _NOT_NAMES
            or not _UNIT_ACTS_AFTER.match(text, at + len("State"))
            or text[named.start("name") : at + len("State")] in index.kinds
            or _is_nationality(named.group("name"), index)
        ):
            continue
        yield _suggestion(
            named.start("name"), at + len("State"), "state", "actor_subnational_government"
        )


# What only a unit's government does ("imposes curfew"; not "Lakes State's county", "Lakes
# State has been hit", "River Nile State, which had been spared": the place).
_UNIT_ACTS_AFTER: Final = re.compile(
    r" (?:imposes|imposed|declares|declared|bans|banned|announces|announced|orders|ordered"
    r"|lifts|lifted|suspends|suspended|says|said|extends|extended|relaxes|relaxed|deploys"
    r"|deployed|appeals|appealed|urges|urged|asks|asked)\b"
)
# The name of a federal unit before "State": one or two capitalised words.
_STATE_UNIT_NAME: Final = re.compile(r"(?<![\w'\u2019-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) $")
_SPOKESPERSON_AFTER: Final = re.compile(r" spokes(?:man|woman|person)\b")
_DEMONYM_SHAPE: Final = re.compile(r"[A-Z][\w\u0300-\u036f]*(?:ian|an|ese|ish|i)")


def _is_nationality(word: str, index: _GazetteerIndex) -> bool:
    """A listed demonym, or a longer word shaped like one ("Burundian"); "Dan" of "Dan Na
    Ambassagou" or "Ali" are too short to tell by their shape."""
    return word in index.demonyms or (len(word) >= 6 and bool(_DEMONYM_SHAPE.fullmatch(word)))


# Peoples' and regions' adjectives ending as given names do ("-an", "-i") and not listed
# as demonyms: "Yazidi", "Meitei", "Punjabi".
_UNLISTED_PEOPLES: Final = words(
    "Yazidi Yezidi Houthi Fulani Meitei Punjabi Sindhi Kashmiri Bengali Papuan Tigrayan "
    "Afghani Baluchi Balochi Pashtun Somali Iraqi Israeli Saudi Emirati Kuwaiti Qatari "
    "Bahraini Omani Yemeni Pakistani Bangladeshi Nepali Azerbaijani African European Asian "
    "Caribbean Mediterranean American"
    # ... and peoples', faiths' and regions' adjectives the demonyms leave out ("identified
    # the victims as Maasai Morans", "as Manipuri Hindus": REVIEW69A)
    " Maasai Manipuri Tibetan Sahrawi Karenni Arakan Ismaili Gujarati Marathi Bihari Adivasi"
    " Crimean Darfuri Zanzibari Ogadeni Rajasthani Ladakhi Sudani Kurdistani Khorasani Balkan"
    " Andean Himalayan Kuki Sunni Shiite Alawi"
)


def _opens_as_nationality(word: str, index: _GazetteerIndex) -> bool:
    """`_is_nationality` for a word opening a run of name words in a person's slot: a listed
    demonym, a people's adjective, or a word ending "-ian", "-ese", "-ish" ("Burundian",
    "Togolese"); not one that only ends "-an" or "-i", as many given names do ("Lakshmanan
    Murugesan", "Shukri Abdi Hirsi", "Suleiman", "Hamdi"; ACT69)."""
    return (
        word in index.demonyms
        or word in _UNLISTED_PEOPLES
        or (len(word) >= 6 and bool(_STRICT_DEMONYM_SHAPE.fullmatch(word)))
    )


_STRICT_DEMONYM_SHAPE: Final = re.compile(r"[A-Z][\w\u0300-\u036f]*(?:ian|ese|ish)")


# Last words that make "Radio <X>" a building, a square or a shop, not a station (an
# outlet so named still counts where a slot says outlet: "told Radio City").
_RADIO_NOT_OUTLET_LAST: Final = words(
    "City Hall Square Street Road Avenue Tower Towers Centre Center Park Plaza Shack Mall Building"
)
# Kinds that open a sentence before the outlet's name: "Broadcaster EMTV showed".
_KINDS_OPENING_A_SENTENCE: Final = words("Broadcaster Newspaper Tabloid")
_MEDIA_BEFORE: Final = re.compile(
    r"\b(?:broadcaster|daily|newspaper|weekly|tabloid|news\s+agency|channel|news\s+site|outlet"
    r"|magazine|radio\s+station|television|website|news\s+portal"
    # "the private station Studio Kalangou" (an owner's word before it; never "the police
    # station", "the petrol station"; MEDIA67)
    r"|(?:private|public|community|independent)\s+station)\s+$",
    re.IGNORECASE,  # ("News site Moldova Matters said": opening a sentence)
)
# The last words of what `_MEDIA_BEFORE` finds and the first of what `_MEDIA_AFTER` finds.
_MEDIA_LAST_WORDS: Final = words(
    "broadcaster daily newspaper weekly tabloid agency channel site outlet magazine station "
    "television website portal"
)
# (not "agency" alone: "Gaza's Civil Defence agency said" names a state's agency; a news
# agency is "news agency")
_MEDIA_FIRST_WORDS: Final = words(
    "news newspaper daily channel broadcaster television TV radio website"
)
_NOT_NAMES_BUT_RADIO: Final = _NOT_NAMES - {"Radio"}
_NEXT_WORD: Final = re.compile(r"\s+(\w+)")
_MEDIA_AFTER: Final = re.compile(
    r"^\s+(?:news\s+agency|newspaper|daily|channel|broadcaster|television|TV|radio"
    r"|news\s+site|website)\b"
)
# A meeting or a document named after the city where it is held or signed, with "the"
# (and perhaps its year) before the city: "the Doha talks", "the 2022 Pretoria agreement"
# (a capital that talks has no "the": "Bangkok talks of peace while ...").
_EVENT_AFTER_CAPITAL: Final = re.compile(
    r" (?:peace |ceasefire |security |border )?(?:talks|negotiations|process|agreements?"
    r"|accords?|declaration|format|summit|conference|meeting|round|deal|communiqu[e\u00e9]"
    r"|protocol|memorandum|framework|roadmap|truce|ceasefire)\b"
)
_THE_BEFORE_CAPITAL: Final = re.compile(r"\b[Tt]he (?:(?:19|20)\d\d )?$")


# The outlet's own name after its kind, which may take a second word: "(Manila radio)
# station DZBB", "(Lagos daily) The Punch", "(the Tiraspol television) channel TSV".
_OUTLET_NAMED_AFTER: Final = re.compile(
    r"(?: (?:station|channel|network|newspaper|website|service))? (?:The )?[A-Z0-9][\w'\u2019-]*"
)


# A name ending like a masthead ("Rega News", "Kivu Times") is an outlet where news prose
# puts one: told to, quoted by, reported in, or reporting itself.
_MASTHEAD_WORDS: Final = (
    words(
        "News Times Post Herald Gazette Tribune Chronicle Observer Journal Telegraph Wire "
        "Broadcasting TV Radio Courier Mirror Dispatch Bulletin Express Monitor FM Online Info"
    )
    | _NEWS_WORDS_ABROAD
)
# ... and, where the line itself says masthead (a bar after the name, a place and a date
# after it), the words of more mastheads: "Solomon Star | Honiara | 3 December 2026"
_MASTHEAD_BAR_WORDS: Final = _MASTHEAD_WORDS | words(
    "Star Sun Standard Nation Guardian Independent Today Daily Weekly Mail Globe Sentinel "
    "Pioneer Vanguard Voice"
)
_OUTLET_BEFORE: Final = re.compile(
    r"\b(?:told|to|by|in|on|from|via|with|according\s+to|quoted\s+by)\s+(?:the\s+)?$"
)
# What only an outlet says of itself after its name.
_OUTLET_OWN_REPORTING: Final = re.compile(
    r",?\s+(?:reported|has\s+learned|has\s+learnt|understands|can\s+reveal|could\s+not"
    r"\s+(?:independently\s+)?(?:verify|confirm)|was\s+unable\s+to\s+(?:independently\s+)?"
    r"(?:verify|confirm)|citing)\b"
)
# A journalist's outlet: "a reporter for the", "correspondent with", "the X's correspondent".
_JOURNALISTS: Final = (
    r"(?:reporter|correspondent|journalist|editor|columnist|photographer|photojournalist"
    r"|cameraman|contributor|writer)s?"
)
_JOURNALIST_OF_BEFORE: Final = re.compile(
    # ("a journalist working for X", "a reporter from X Television": a masthead's word last)
    rf"\b(?:(?i:{_JOURNALISTS})\s+(?:(?:working|writing)\s+)?(?:for|with|at|of|from)\s+(?:the\s+)?"
    # ... or its owner's: "the state-run Tala Evening Star (TES)"
    r"|(?:state|government)-(?:run|owned|controlled)\s+|pro-government\s+)$"
)
_JOURNALIST_OF_AFTER: Final = re.compile(
    rf"['\u2019]s\s+(?:(?:chief|senior|local|regional|political|security|foreign|own)\s+)?"
    rf"{_JOURNALISTS}\b"
)
_OUTLET_AFTER: Final = re.compile(
    r"\s+(?:reported|reports|said|says|quoted|cited|published|broadcast|aired|learned"
    # "the Solomon Star understands": what an outlet says of its own reporting
    r"|understands|has\s+learned|has\s+learnt|can\s+reveal)\b"
)
# "its Al-Malahem media arm", "the group's Amaq propaganda wing".
_MEDIA_ARM: Final = re.compile(
    r"\b(?:its|their|[Tt]he\s+group['\u2019]s|[Tt]he\s+movement['\u2019]s)\s+"
    r"(?P<name>(?:[Aa]l-)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})"
    r"\s+(?:media|propaganda)\s+(?:arm|wing|outlet|channel|office|foundation|unit)\b"
)
# What every match of _MEDIA_ARM holds (searched only between full stops, commas and
# semicolons around it: its spaces may be line breaks).
_MEDIA_ARM_WORDS: Final = re.compile(
    r"(?:media|propaganda)\s+(?:arm|wing|outlet|channel|office|foundation|unit)\b"
)
_SPOKEN_OUTLET_BEFORE: Final = re.compile(
    r"\b(?:according\s+to|told|quoted\s+by|carried\s+by|reported\s+by|cited\s+by"
    r"|news\s+agency|agency|broadcaster)\s+(?:the\s+)?$"
)
_SPOKEN_OUTLET_AFTER: Final = re.compile(
    r"(?:,\s+the\s+[\w\s-]{0,30}?)?\s+(?:news\s+agency|reported|reports|quoted|cited)\b"
)
# (made once: an outlet's run is tested against it)
_OUTLET_MEDIA_MASTHEAD: Final = _OUTLET_WORDS | _MEDIA | _MASTHEAD_WORDS


def _spoken_outlets(ctx: SuggestContext) -> NameMatcher | None:
    """The listed outlets' acronyms as words wires write them ("WAFA" -> "Wafa", "SANA" ->
    "Sana"), matched once per gazetteer; None when the lists hold none."""
    cached = _SPOKEN_OUTLETS.get(id(ctx.gazetteer))
    if cached is None or cached[0] is not ctx.gazetteer:
        names = {
            name.capitalize()
            for name, (kind, _role) in _gazetteer_index(ctx.gazetteer).kinds.items()
            if kind == "media" and _SPOKEN_ACRONYM.fullmatch(name)
        }
        cached = (ctx.gazetteer, NameMatcher(names) if names else None)
        _SPOKEN_OUTLETS.clear()  # one gazetteer at a time, as _INDEXES keeps
        _SPOKEN_OUTLETS[id(ctx.gazetteer)] = cached
    return cached[1]


_SPOKEN_OUTLETS: dict[int, tuple[object, NameMatcher | None]] = {}


# "SINJAR, Iraq (Rega News) -": the agency a dateline names in brackets.
_DATELINE_AGENCY: Final = re.compile(
    r"^[^\n()]{2,60}?\((?P<name>[A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,3})\)"
    r"\s*[-\u2013\u2014]",
    re.MULTILINE,
)
# ... or, with no dash, the agency right after the dateline's date: "Gumla (Jharkhand), Nov 28
# (PTI) Suspected ...", "NEW DELHI, March 3 (IANS) The ..." (as South Asian wires print it)
# A wire's closing slug: the agency and its editors' initials, alone on the last line.
_SIGN_OFF: Final = re.compile(r"[A-Z]{2,6}(?: [A-Z]{2,4}){1,4}[ \t]*(?:\n|$)")
_DATELINE_DATE_AGENCY: Final = re.compile(
    r"^[A-Z][^\n.]{1,50}?, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r" \d{1,2}(?:, \d{4})? \((?![A-Z][a-z]+day\))"
    r"(?P<name>[A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,3})\) (?=[A-Z\u201c\"])",
    re.MULTILINE,
)


# A byline of its own line: "Kashmir Courier News Desk", "By Sahel Morning staff".
_BYLINE_TAIL: Final = re.compile(
    r" (?:News Desk|Web Desk|Online Desk|Desk|Staff Reporter|[Ss]taff|Bureau)[ \t]*(?:\n|$)"
)
# "By Kaduna Ledger Correspondent, Kaduna | Updated ...": a local outlet's byline names the
# outlet, its staff unnamed.
_BYLINE_CORRESPONDENT: Final = re.compile(
    r"^By (?!Our\b|Staff\b|Special\b)(?P<name>[A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,3}?)"
    r" (?:Correspondent|Reporter)s?\b(?=[,|\t ]*(?:[A-Z]|\n|$))",
    re.MULTILINE,
)
_BYLINE_DESK: Final = re.compile(
    # (never the house's own: "By Our Staff Reporter", "Our Bureau"; an outlet's "The" left
    # out, as the guideline has names: "The Hindu Bureau" -> "Hindu", ACT68)
    r"^(?:By )?(?:The (?!Associated Press))?(?!By |Our\b|Own\b)"
    r"(?P<name>[A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,3}?)"
    r" (?:News Desk|Web Desk|Online Desk|Desk|Staff Reporter|[Ss]taff|Bureau)[ \t]*$",
    re.MULTILINE,
)


# What every match of each pattern searched over an article's top holds: a short search
# the engine runs fast (a literal first), so that a top without it is not searched with the
# pattern itself (most articles have no such dateline or byline).
_TOP_NEEDS: Final = {
    _DATELINE_AGENCY: re.compile(r"\)\s*[-\u2013\u2014]"),
    _DATELINE_DATE_AGENCY: re.compile(r"\) [A-Z\u201c\"]"),
    _BYLINE_DESK: re.compile(r" (?:Desk|[Ss]taff|Bureau)"),
    _BYLINE_CORRESPONDENT: re.compile(r" (?:Correspondent|Reporter)"),
    # (the acronym opens its line, then a capitalised place: after a space, or on the next line)
    _BYLINE_ACRONYM_OUTLET: re.compile(
        r"\n[A-Z]{2,6}(?: [A-Z][a-z\u0300-\u036f\u00e0-\u017f]+, "
        r"|\n[A-Z][a-z\u0300-\u036f\u00e0-\u017f])"
    ),
}


def _top_matches(ctx: SuggestContext, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """`pattern.finditer` over the first 2,000 characters of the text, found once per
    document (two rules read the dateline's agency)."""
    found: dict[re.Pattern[str], list[re.Match[str]]] = ctx.memo.setdefault("top_matches", {})
    matches = found.get(pattern)
    if matches is None:
        text = ctx.text
        end = min(len(text), 2000)
        matches = found[pattern] = (
            list(pattern.finditer(text, 0, end)) if _TOP_NEEDS[pattern].search(text, 0, end) else []
        )
    return matches


# A web page's byline, its parts divided by bars: "By Ana Kis | The Haitian Times |
# December 3, 2026", "Lulama Ngcukana | Daily Dispatch", "WRITER: Abdullah Benjakat |
# Bangkok Post", "By X | MMI (Mimi Mefo Info) | 2 December 2026".
_BAR_BYLINE: Final = re.compile(
    r"(?:(?<=\n)|^)(?:By |WRITER: |Written by |Words by )?"
    r"(?P<name>[A-Z][\w\u0300-\u036f'\u2019.-]*(?: "
    + _BYLINE_PARTICLES
    + r"[A-Z][\w\u0300-\u036f'\u2019.-]*){1,3}) \| (?:The )?"
    # (a particle inside the outlet's name: "Prensa Comunitaria del Occidente")
    r"(?P<outlet>[A-Z][\w\u0300-\u036f&'\u2019.-]*"
    r"(?: (?:(?:de|del|da|do|dos|das|di|la|el|y) )?[A-Z0-9][\w\u0300-\u036f&'\u2019.-]*){0,3})"
    r"(?: \((?P<long>[A-Z][^()|\n]{2,40})\))?(?= \||\n|$)"
)
# A masthead between bars right before the date on a top line: "Text by X | Photographs by Y
# | Kora Herald | 3 December 2026", "By X, Beirut | Kora Herald | 03.12.2026", "Live updates
# | Kora Herald | 3 December 2026".
_BARRED_OUTLET_BEFORE_DATE: Final = re.compile(
    r"\| (?:The )?(?P<outlet>[A-Z][\w\u0300-\u036f&'\u2019.-]*"
    r"(?: [A-Z0-9][\w\u0300-\u036f&'\u2019.-]*){0,3})"
    r" \| (?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,? )?"
    r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2} [A-Z][a-z]+\.? \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4})"
)
# An outlet's name in a byline or a masthead: up to four capitalised words, digits after the
# first ("KGUN 9", "The Tico Times", "EYE RADIO"), accents in any ("Confidencial").
_OUTLET_NAME: Final = (
    r"[A-Z][\w\u0300-\u036f&'\u2019.-]*(?: [A-Z0-9][\w\u0300-\u036f&'\u2019.-]*){0,3}"
)
# ... or the outlet first, then the writer or the desk, then the date: "Confidencial |
# Wilfredo Cárdenas Obando | December 3, 2026", "Islands Business | Pacific news desk | 3
# December 2026", "Tchadinfos | Djimadoum Ngarlem Beral | 03/12/2026".
_OUTLET_FIRST_BAR: Final = re.compile(
    r"(?:(?<=\n)|^)(?!By |Written by |WRITER: )(?P<outlet>"
    + _OUTLET_NAME
    + r") \| (?P<second>[^|\n]{3,60}) \| "
    r"(?:Published:? |Updated:? )?"
    # (a weekday may open the date: "Suara English | Wamena | Wed, December 3, 2026")
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,? )?"
    r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4})"
)
# A writer's name alone on its line, then a bar and the day's date ("X Y |03.12.2026").
_NAME_BAR_DATE: Final = re.compile(
    r"(?:(?<=\n)|^)(?P<name>[A-Z][\w\u0300-\u036f'\u2019.-]*(?: "
    + _BYLINE_PARTICLES
    + r"[A-Z][\w\u0300-\u036f'\u2019-]*){1,3}) *\| ?\d{1,2}[./]\d{1,2}[./]\d{4}\b"
)
# Words of a bar byline's second part that name no outlet: a section, a date, a kind.
_NOT_AN_OUTLET: Final = words(
    # (a page's sections too: "Kora Herald | Features | By X")
    "Features Feature Interviews Commentary Editorial Editorials Explainer Explainers "
    "Investigations Insight Culture Lifestyle "
    "Published Updated News Noticias Opinion Analysis Sport Sports Business World Politics "
    "Africa Asia Europe Americas Home Video Live English Edition Staff Reporter Correspondent "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Jan Feb Mar Apr Jun Jul Aug "
    "Sep Sept Oct Nov Dec"
)


@rule(
    "actor_bar_byline",
    "ACTOR",
    "A byline whose parts are divided by bars at an article's top: 'By Ana Kis | The Haitian "
    "Times' -> 'Ana Kis' (person), 'Haitian Times' (media).",
)
def actor_bar_byline(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    top = min(len(text), 800)
    if text.find(" |", 0, top) < 0:
        return  # (most tops have no bar)
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    for found in _NAME_BAR_DATE.finditer(text, 0, top):
        # "Ayse Kaya Demir |03.12.2026 - Update : 03.12.2026": a wire's writer alone on
        # the line above the dateline, then a bar and the date
        name_start, name_end = found.span("name")
        person = _person_tokens(_untitled(word_tokens(text, name_start, name_end)))
        if person is not None and len(person) >= 2 and found.group("name") not in kinds:
            yield _person(text, person, "actor_bar_byline")
    if text.find(" | ", 0, top) < 0:
        return
    for found in _BARRED_OUTLET_BEFORE_DATE.finditer(text, 0, top):
        outlet = found.group("outlet")
        if (
            outlet.split()[-1] in _MASTHEAD_BAR_WORDS
            and outlet.split()[0] not in _NOT_AN_OUTLET
            and kinds.get(outlet, ("media",))[0] == "media"
        ):
            yield _suggestion(
                found.start("outlet"), found.end("outlet"), "media", "actor_bar_byline"
            )
    # (the outlet first, then the writer, then the date: read below, never as a byline;
    # but a line opening with a given name opens with its writer: "Ana Ruiz | Kivu Lens |
    # 3 December 2026" is a byline, its outlet second)
    outlet_first = list(_OUTLET_FIRST_BAR.finditer(text, 0, top))
    writer_first = {m.start() for m in outlet_first if _writer_then_outlet(m, kinds)}
    dated = {m.start() for m in outlet_first} - writer_first
    for found in _BAR_BYLINE.finditer(text, 0, top):
        if found.start() == 0 or found.start() in dated:
            continue  # a page's first line is its masthead or its headline, no byline
        outlet = found.group("outlet")
        if outlet.split()[0] in _NOT_AN_OUTLET or kinds.get(outlet, ("media",))[0] != "media":
            continue
        name_start, name_end = found.span("name")
        person = _person_tokens(_untitled(word_tokens(text, name_start, name_end)))
        if person is None or len(person) < 2 or text[name_start:name_end] in kinds:
            continue
        yield _person(text, person, "actor_bar_byline")
        if found.start() in writer_first and not _bar_outlet_shape(outlet, kinds):
            # "Ana Ruiz | Senior Correspondent | ...", "| Mai Mahiu |", "| Photo Essay |":
            # the writer first, but a title, a place or a section second, no outlet
            continue
        yield _suggestion(found.start("outlet"), found.end("outlet"), "media", "actor_bar_byline")
        if found.group("long") is not None:
            yield _suggestion(found.start("long"), found.end("long"), "media", "actor_bar_byline")
    for found in outlet_first:
        outlet = found.group("outlet")
        if (
            found.start() in writer_first
            or outlet.split()[0] in _NOT_AN_OUTLET
            or kinds.get(outlet, ("media",))[0] != "media"
        ):
            continue
        second_start, second_end = found.span("second")
        second = found.group("second")
        person = _person_tokens(_untitled(word_tokens(text, second_start, second_end)))
        # (a particle may stay in lower case after a listed given name: "Hamza bin Yusuf",
        # "Ana de la Cruz"; "Noticias de Colombia", "Paz y Justicia" are no writers)
        given = person is not None and person[0].text in GIVEN_NAMES
        if (
            person is not None
            and 2 <= len(person) <= 4
            and person[-1].end == second_end
            and all(t.text[:1].isupper() or (given and t.text in NAME_PARTICLES) for t in person)
        ):
            if second in kinds:
                continue
            yield _person(text, person, "actor_bar_byline")
        elif not (
            # ... or the place it was filed from, after an outlet's own name: "Suara English
            # | Wamena | Wed, ..." (a section's name is no outlet: "Conflicts | Ukraine |")
            _FILED_FROM.fullmatch(second)
            and (
                outlet.split()[-1] in _MASTHEAD_BAR_WORDS
                or outlet.split()[-1] == "English"
                or kinds.get(outlet, ("",))[0] == "media"
            )
        ):
            continue  # neither a writer nor a desk: a menu, a section
        yield _suggestion(found.start("outlet"), found.end("outlet"), "media", "actor_bar_byline")


def _bar_outlet_shape(outlet: str, kinds: Mapping[str, tuple[str, str]]) -> bool:
    """Whether the second part of a writer-first bar line says outlet by itself: listed as
    media, a masthead's word last ("Kivu Times", "Daily Nation"), or an acronym ("TNN");
    not a title ("Senior Correspondent"), a place ("Mai Mahiu") or a section ("Photo
    Essay"), which a bar line puts there as often."""
    listed = kinds.get(outlet)
    if listed is not None:
        return listed[0] == "media"
    words_ = outlet.split()
    if len(words_) == 1:
        return words_[0].isalpha() and words_[0].isupper() and 2 <= len(words_[0]) <= 6
    return words_[-1] in _MASTHEAD_BAR_WORDS or words_[-1] in _OUTLET_MEDIA_MASTHEAD


def _writer_then_outlet(found: re.Match[str], kinds: Mapping[str, tuple[str, str]]) -> bool:
    """Whether a line that `_OUTLET_FIRST_BAR` matched puts its writer first: the first
    part opens with a known given name and the second does not, and the second reads as
    a masthead (an acronym, a masthead's word, or two or more words), not the one-word
    place it was filed from ("Ana Ruiz | Goma | ...") nor a listed place or body."""
    first = found.group("outlet").split()
    second = found.group("second").split()
    if first[0] not in GIVEN_NAMES or not second or second[0] in GIVEN_NAMES:
        return False
    if not all(word[:1].isupper() or word[:1].isdigit() for word in second) or len(second) > 4:
        return False
    if kinds.get(" ".join(second), ("media",))[0] != "media" or second[0] in _NOT_AN_OUTLET:
        return False
    if second[-1] not in _MASTHEAD_BAR_WORDS and any(
        word in _PLACE_HEAD_WORDS or kinds.get(word, ("",))[0] == "state" for word in second
    ):
        return False  # "Ana Ruiz | Port Sudan | ...", "| Kuwait City |": a place filed from
    return (
        len(second) > 1
        or (second[0].isupper() and len(second[0]) > 1)
        or second[0] in _MASTHEAD_BAR_WORDS
    )


def _untitled(tokens: Iterable[Token]) -> tuple[Token, ...]:
    """A byline's name without the title or honorific it opens with ("Dr Amina Sule",
    "Sheikh Omar al-Harbi", "Prof. Ana Kis"), where two words at least are left: the
    writer is tagged by the name alone, as a titled person is anywhere."""
    tokens = tuple(tokens)
    titled = 0
    while len(tokens) - titled > 2 and is_title(tokens[titled].text.rstrip(".")):
        titled += 1
    return tokens[titled:]


# A place a report was filed from, in a bar byline: one to three capitalised words.
_FILED_FROM: Final = re.compile(
    r"[A-Z][\w\u0300-\u036f'\u2019-]*(?: [A-Z][\w\u0300-\u036f'\u2019-]*){0,2}"
)


# A byline's outlet after the name and a comma: "By Daniela Márquez, KGUN 9", "By Carlos
# Jiménez Solano, The Tico Times" (a place after the comma is no outlet: "By X, Katsina").
_COMMA_BYLINE_OUTLET: Final = re.compile(
    r"(?:(?<=\n)|^)By [A-Z][\w\u0300-\u036f'\u2019.-]*(?: "
    + _BYLINE_PARTICLES
    + r"[A-Z][\w\u0300-\u036f'\u2019.-]*){1,3}"
    # (two writers: "By Katya Oliynyk and Tom Ferraby, Kora Herald")
    + r"(?: and [A-Z][\w\u0300-\u036f'\u2019.-]*(?: "
    + _BYLINE_PARTICLES
    + r"[A-Z][\w\u0300-\u036f'\u2019.-]*){1,3})?"
    # (the place the writer filed from: "By Nikos Vardakis in Athens, TradeWinds")
    r"(?: in [A-Z][\w\u0300-\u036f'\u2019-]*(?: [A-Z][\w\u0300-\u036f'\u2019-]*){0,2})?, "
    r"(?P<outlet>(?:The )?" + _OUTLET_NAME + r")(?=,|\n|$)"
)
# A one-word outlet whose shape says brand, not person or place: capitals inside the word
# ("TradeWinds", "InfoMigrants", "MindaNews"; not "McAllen", "MacArthur", "DeKalb") or a
# web domain ("JusticeInfo.net", "Civil.ge", "Actualite.cd"). In dev's bylines 9 of 9 such
# words are outlets.
_BRAND_OUTLET: Final = re.compile(
    # (nor a surname's particle: "FitzGerald", "VanDyke"; nor a platform or a known
    # company: "WhatsApp", "YouTube", "BlackRock", "YouGov"; review68a)
    r"(?!Ma?c[A-Z]|Fitz[A-Z]|Van[A-Z]|Von[A-Z]|Della?[A-Z]"
    r"|(?:WhatsApp|YouTube|TikTok|LinkedIn|BlackRock|YouGov|PayPal|JPMorgan|ExxonMobil"
    r"|GlaxoSmithKline|PricewaterhouseCoopers)\b)"
    r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+"
    r"|[A-Z][\w-]*\.(?:[a-z]{2}|com|net|org|info|news)"
)
# An outlet as the whole byline, with the agencies it drew on: "By InfoMigrants with AFP",
# "By JT and agencies" (one word of a brand's shape or two or three capitals, never a name:
# "By JOHN with AFP" is a capitalised byline's writer).
_OUTLET_WITH_AGENCIES: Final = re.compile(
    r"(?:(?<=\n)|^)By (?P<outlet>[A-Z][\w.-]+) (?:with|and) "
    r"(?:AFP|AP|Reuters|dpa|DPA|EFE|Anadolu|Xinhua|agencies|wires|news agencies)"
    r"(?:(?:,| and) (?:AFP|AP|Reuters|dpa|DPA|EFE|Anadolu|Xinhua|agencies))*(?=\n|$)"
)
# ... or on a line of its own near the top but the first (under the headline or the
# writer's name), alone or before the place it was filed from: "Kora Herald, Juba".
_OUTLET_CREDIT_LINE: Final = re.compile(
    # (its "The" left out, as the guideline has names: "The Kora Herald" -> "Kora Herald")
    r"(?<=\n)(?:The )?(?P<outlet>" + _OUTLET_NAME + r")"
    r"(?:, [A-Z][\w\u0300-\u036f'\u2019-]*(?: [A-Z][\w\u0300-\u036f'\u2019-]*){0,2})?(?=\n)"
)
# A section's or a list's heading, never an outlet's first word ("Top News", "Latest News"),
# nor a byline's "By".
_SECTION_OPENERS: Final = words("Breaking Latest Top More Local World Related Most Trending By")
_TEXT_BY_OUTLET: Final = re.compile(
    r"(?:(?<=\n)|^)(?:Text|Words|Story|Report) by: (?P<outlet>" + _OUTLET_NAME + r")(?=\n|$| \|)"
)
# ... whose shape says outlet: a masthead's word last, "The" first, a call sign ("KGUN 9")
# or a name with its number ("News24").
_OUTLET_SHAPE: Final = re.compile(r"The .+|[A-Z]{3,5} \d{1,2}|[A-Z][a-z]+\d{1,3}")
# A masthead opening a page's first line before a bar: "EYE RADIO | 7 PM NEWS BULLETIN |
# Monday", "Khmer Times | Phnom Penh | 2 December 2026" (not a menu: "Watch Live | Weather").
_MASTHEAD_BAR: Final = re.compile(r"(?P<outlet>" + _OUTLET_NAME + r") \| ")


# A writer's post after the outlet on a byline: "By X, Eye Radio Correspondent".
_BYLINE_ROLE_WORDS: Final = words(
    "Correspondent Correspondents Reporter Reporters Editor Staff Writer Contributor Stringer "
    "Desk Bureau"
)


@rule(
    "actor_byline_outlet",
    "ACTOR",
    "An outlet named in a byline after the writer's name ('By Daniela Márquez, KGUN 9', 'By X, "
    "The Tico Times') or opening the page's first line before a bar ('EYE RADIO | 7 PM NEWS "
    "BULLETIN'), and its other mentions in the article.",
)
def actor_byline_outlet(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    top = text[: min(len(text), 800)]
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    outlets: set[str] = set()
    if "By " in top:
        for found in _COMMA_BYLINE_OUTLET.finditer(top):
            outlet = found.group("outlet")
            last = outlet.split()[-1]
            listed_kind = kinds.get(outlet, ("",))[0]
            named = outlet.split()
            if (
                (
                    last in _MASTHEAD_BAR_WORDS  # "By X, Highland Sentinel", "... Evening Star"
                    or listed_kind == "media"
                    or (_OUTLET_SHAPE.fullmatch(outlet) and not outlet.startswith("The "))
                    or _BRAND_OUTLET.fullmatch(outlet)
                    # a listed outlet and its service or edition: "By X, BBC News Pidgin",
                    # "By X, AFP Fact Check" (not the writer's post: "Eye Radio Correspondent")
                    or (
                        last not in _BYLINE_ROLE_WORDS
                        and any(
                            kinds.get(" ".join(named[:k]), ("",))[0] == "media"
                            for k in range(1, len(named))
                        )
                    )
                )
                and outlet.split()[0] not in _NOT_AN_OUTLET
                and kinds.get(outlet, ("media",))[0] == "media"
            ):
                outlets.add(outlet)
        for found in _OUTLET_WITH_AGENCIES.finditer(top):
            outlet = found.group("outlet")
            if _BRAND_OUTLET.fullmatch(outlet) and kinds.get(outlet, ("media",))[0] == "media":
                outlets.add(outlet)
    # "Kora Herald, Juba" or "Kora Herald" on a line of its own under the headline or the
    # writer's name: the credit line (a page's first line is its masthead, never tagged)
    if "\n" in top:
        for found in _OUTLET_CREDIT_LINE.finditer(top):
            outlet = found.group("outlet")
            named = outlet.split()
            if (
                len(named) > 1
                and named[-1] in _MASTHEAD_BAR_WORDS
                and named[0] not in _NOT_AN_OUTLET
                and named[0] not in _SECTION_OPENERS
                and kinds.get(outlet, ("media",))[0] == "media"
            ):
                outlets.add(outlet)
    if "by:" in top:
        # "Text by: FRANCE 24": a listed outlet as the byline, in any case
        for found in _TEXT_BY_OUTLET.finditer(top):
            outlet = found.group("outlet")
            titled = " ".join(w[:1] + w[1:].lower() if w.isalpha() else w for w in outlet.split())
            if kinds.get(outlet, kinds.get(titled, ("",)))[0] == "media":
                outlets.add(outlet)
    # (the page's first line, or one of the next two under the headline: "Solomon Star |
    # Honiara | 3 December 2026")
    line_starts = [0]
    for _ in range(2):
        at = text.find("\n", line_starts[-1], line_starts[-1] + 300)
        if at < 0:
            break
        line_starts.append(at + 1)
    for line_start in line_starts:
        first = _MASTHEAD_BAR.match(text, line_start)
        if first is None:
            continue
        outlet = first.group("outlet")
        titled_words = [w[:1] + w[1:].lower() for w in outlet.split()]
        if (
            not _MASTHEAD_BAR_WORDS.isdisjoint(titled_words)
            and kinds.get(outlet, ("media",))[0] == "media"
        ):
            outlets.add(outlet)
            if outlet.isupper():
                outlets.add(" ".join(w[:1] + w[1:].lower() for w in outlet.split()))
            break
    # (an outlet's name without its "The", as the guideline tags names: "By X, The Tico
    # Times" and "told The Tico Times" -> "Tico Times")
    named = {outlet[4:] if outlet.startswith(("The ", "THE ")) else outlet for outlet in outlets}
    for outlet in sorted(named):
        for found in re.finditer(
            r"(?<![\w'\u2019-])" + re.escape(outlet) + r"(?![\w'\u2019-])", text
        ):
            yield _suggestion(found.start(), found.end(), "media", "actor_byline_outlet")


# A byline in capitals on a line of its own near the top: "By KARINE AVETISYAN Associated
# Press", "By JOSEPH KIPRONO", "By THE ASSOCIATED PRESS" (the wires' and many dailies' style).
_CAPITAL_BYLINE: Final = re.compile(
    r"(?:(?<=\n)|^)By (?P<the>THE )?(?P<name>[A-Z][A-Z\u00c0-\u00de'\u2019.-]+"
    r"(?: [A-Z][A-Z\u00c0-\u00de'\u2019.-]+){0,3})"
    # ... and a second writer: "By OLENA KOVALCHUK and SAMUEL PRICE Associated Press"
    r"(?: and (?P<second>[A-Z][A-Z\u00c0-\u00de'\u2019.-]+(?: [A-Z][A-Z\u00c0-\u00de'\u2019.-]+)"
    r"{1,3}))?(?=\n| [A-Z][a-z]|,|$)"
)
# ... or one name in title case, then the outlet, the place or the line's end: "By Setiawan,
# BBC News", "By Haryanto in Addis Ababa" (people known by one name).
_ONE_NAME_BYLINE: Final = re.compile(
    r"(?:(?<=\n)|^)By (?P<name>[A-Z][a-z\u00e0-\u024f'\u2019-]{2,})"
    r"(?=, [A-Z]| in [A-Z]| Correspondent\b| *\n)"
)
# Words of a capital byline that name a desk or a kind, not a person.
_NOT_A_BYLINE_NAME: Final = words(
    "Staff Reporter Reporters Correspondent Correspondents Writer Writers Editor Editors Desk "
    "News Team Bureau Agencies Agency Wires Wire Our Special"
)


@rule(
    "actor_capital_byline",
    "ACTOR",
    "A byline written in capitals at an article's top: 'By JOSEPH KIPRONO' -> 'JOSEPH "
    "KIPRONO' (person), 'By THE ASSOCIATED PRESS' -> 'ASSOCIATED PRESS' (media); or one name "
    "in title case before its outlet or place: 'By Setiawan, BBC News' -> 'Setiawan'; or a "
    "byline line without 'By': 'X with Reuters, AFP', 'X in Hanoi and Y in Beijing |'.",
)
def actor_capital_byline(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    top = min(len(text), 800)
    yield from _plain_bylines(ctx, top)
    if text.find("By ", 0, top) < 0:
        return  # (most tops have no byline)
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    for found in _CAPITAL_BYLINE.finditer(text, 0, top):
        for part in ("name", "second"):
            if found.group(part) is None:
                continue
            yield from _capital_byline_name(found, part, kinds)
    for found in _ONE_NAME_BYLINE.finditer(text, 0, top):
        name = found.group("name")
        if (
            name not in kinds
            and name not in _NOT_NAMES
            and name not in _NOT_A_BYLINE_NAME
            and name not in _gazetteer_index(ctx.gazetteer).demonyms
            and not is_title(name)
        ):
            yield _suggestion(
                found.start("name"), found.end("name"), "person", "actor_capital_byline"
            )


# A byline line of its own near the top without "By ", or with "By:": the writer's name
# (two to four capitalised words), then what says byline: ", RNZ Pacific Journalist", "with
# Reuters, AFP", "in Hanoi and X in Beijing |", "- Correspondent".
_BYLINE_NAME: Final = (
    r"[A-Z][\w\u0300-\u036f'\u2019-]+(?: "
    + _BYLINE_PARTICLES
    + r"[A-Z][\w\u0300-\u036f'\u2019-]+){1,3}"
)
_PLAIN_BYLINE: Final = re.compile(
    r"(?m)^(?:By: )?(?P<name>" + _BYLINE_NAME + r")"
    r"(?:(?P<where> in [A-Z][\w\u0300-\u036f-]+(?: [A-Z][\w\u0300-\u036f-]+)?)"
    r"(?: and (?P<second>" + _BYLINE_NAME + r") in [A-Z][\w\u0300-\u036f-]+"
    r"(?: [A-Z][\w\u0300-\u036f-]+)?)?(?= \||$)"
    r"|, (?:[A-Z][\w-]* ){1,4}(?:Journalist|Correspondent|Reporter|Writer|Editor)$"
    r"| with (?P<agencies>[A-Z][\w-]*(?:, [A-Z][\w-]*){0,3})$"
    r"|(?<=\w) - (?:Senior |Special |Staff )?(?:Correspondent|Reporter|Writer)\b)"
)


def _plain_byline_lines(text: str, top: int) -> Iterator[re.Match[str]]:
    """What `_PLAIN_BYLINE.finditer(text, 0, top)` yields, the pattern tried only at the
    starts of lines: its `^` matches nowhere else, and the engine, which has no fast path
    for a line anchor, tried it at every character of the top."""
    reached = line_start = 0
    while True:
        if line_start >= reached:
            found = _PLAIN_BYLINE.match(text, line_start, top)
            if found is not None:
                reached = found.end()
                yield found
        line_start = text.find("\n", line_start, top) + 1
        if line_start == 0:
            return


# A writer's line of its own under the headline, the house style of South Asian papers
# (MEDIA67; dev 650, 771, 773, 886, 951): the name alone, or with its place after a comma,
# and then a dateline's line ("LAKKI MARWAT: Three policemen ...", "Updated Sun Nov 23",
# "Kupwara | Published on: ..."); or the name, then " | Published ..." on its own line.
_NAME_LINE_BYLINE: Final = re.compile(
    r"(?P<name>[A-Z][a-z\u00df-\u017e'\u2019-]+(?: [A-Z][a-z\u00df-\u017e'\u2019-]+){1,3})"
    r"(?P<how>(?:, [A-Z][a-z\u00df-\u017e-]+(?: [A-Z][a-z\u00df-\u017e-]+)?)?\n"
    r"| \| (?:Published|Updated|Posted)\b"
    # ... or two writers, then their paper: "Ratna Kusumawati and Yohanes (The Jakarta
    # Post)", "Noa Yahalomi and Times of Israel staff" (dev 757, 789)
    r"| and (?:(?P<second>[A-Z][a-z\u00df-\u017e'\u2019-]+(?: [A-Z][a-z\u00df-\u017e'\u2019-]+)"
    r"{0,3}) \([A-Z][^()\n]{1,40}\)|(?:[A-Z][\w'\u2019-]+ )+(?:of (?:[A-Z][\w'\u2019-]+ )+)?"
    r"staff)\n)"
)
_DATELINE_LINE: Final = re.compile(
    r"\n*(?:[A-Z][A-Z .'\u2019-]{2,40}:\s|(?:Updated|Published|Posted)\b"
    r"|[A-Z][\w-]+(?: [A-Z][\w-]+)? \| (?:Published|Updated|Posted)\b)"
)


# Words of a place's or a section's name, never of a writer's ("South Asia", "North
# Waziristan", "Engine Room").
_NOT_A_NAME_LINE_WORDS: Final = (
    _COMPASS_LAST
    | _COMPASS_OPENERS
    | _PLACE_HEAD_WORDS
    | LANDFORMS
    | BUILDINGS
    | words("Asia Africa Europe America Americas Pacific Room Hall World Affairs Updates")
    # a storm's name, a page's label, a commodity (REVIEW67M: "Cyclone Mocha", "Live
    # Coverage", "Brent Crude" over a dateline)
    | words(
        "Cyclone Hurricane Typhoon Storm Live Coverage Blog Analysis Opinion Explainer Factbox "
        "Editorial Exclusive Crude"
    )
)


def _name_line_bylines(ctx: SuggestContext, top: int) -> Iterator[Suggestion]:
    """The writer named on a line of their own right under the headline (the text's
    second to fifth paragraph line), a dateline's line after it: see `_NAME_LINE_BYLINE`."""
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    line_start = text.find("\n", 0, top) + 1  # (never the first line: the headline)
    lines = 0
    while 0 < line_start < top and lines < 10:
        lines += 1
        found = _NAME_LINE_BYLINE.match(text, line_start, top)
        if (
            found is not None
            and text.startswith("\n", line_start - 1)
            and (
                # (the name alone, or with its place: a dateline's line must follow)
                found.group("how")[:1] not in ("\n", ",") or _DATELINE_LINE.match(text, found.end())
            )
        ):
            words_of = tuple(found.group("name").split())
            if (
                _NOT_A_BYLINE_NAME.isdisjoint(words_of)
                and found.group("name") not in index.kinds
                and not any(word in index.kinds or word in index.demonyms for word in words_of)
                and _words_name_a_person(words_of)
                and _NOT_A_NAME_LINE_WORDS.isdisjoint(words_of)
                and not any(_written_in_lower_case(text, word) for word in words_of)
                # a section's or a place's label is named again ("Lakki Marwat" over
                # "LAKKI MARWAT:"); a writer's name stands at the top only
                and text.lower().count(found.group("name").lower()) == 1
                # a masthead's line is the outlet's, no writer's ("Kaduna Ledger"), and a
                # word of the label named again below is a place's or a topic's ("Gilgit
                # Baltistan" over "GILGIT:", "Trump Threatens Tariffs" under "Donald
                # Trump", "Marcus Rashford" over "Rashford scored"; REVIEW67M)
                and words_of[-1] not in _MASTHEAD_BAR_WORDS
                and not _named_again(text, found.start("name"), found.end("name"), words_of[0])
                and not _named_again(
                    text, found.start("name"), found.end("name"), words_of[-1], bare=True
                )
            ):
                # an outlet's masthead word closing the name on a " | Published" line is the
                # outlet's byline, tagged as one ("Sahel Matin | Published 12 May 2025"; the
                # guideline: "An outlet's line under the headline is a byline") (misfire68)
                kind = (
                    "media"
                    if words_of[-1] in _OUTLET_WORDS and found.group("how").startswith(" |")
                    else "person"
                )
                yield _suggestion(
                    found.start("name"), found.end("name"), kind, "actor_capital_byline"
                )
                second = found.group("second")
                if (
                    second is not None
                    and second not in index.kinds
                    and _NOT_A_BYLINE_NAME.isdisjoint(second.split())
                    and _words_name_a_person(tuple(second.split()))
                ):
                    yield _suggestion(
                        found.start("second"), found.end("second"), "person", "actor_capital_byline"
                    )
            return  # (the first name-shaped line only)
        line_start = text.find("\n", line_start, top) + 1


def _named_again(text: str, start: int, end: int, word: str, bare: bool = False) -> bool:
    """Whether `word` stands as a word elsewhere in `text` than in [start, end), in any case;
    with `bare`, only where no capitalised word stands right before it in its clause
    ("Rashford scored", never "Nelson Chakma": another person of that surname)."""
    pattern = re.compile(
        r"(?<![\w\u0300-\u036f])" + re.escape(word) + r"(?![\w\u0300-\u036f])", re.I
    )
    for m in pattern.finditer(text):
        if start <= m.start() < end:
            continue
        if bare:
            before = text[max(0, m.start() - 40) : m.start()]
            if (
                before.endswith(" ")
                and before.rstrip().rsplit(None, 1)[-1:] != []
                and (
                    before.rstrip().rsplit(None, 1)[-1][:1].isupper()
                    and not before.rstrip().endswith((":", ".", "!", "?", '"', "\u201d"))
                )
            ):
                continue  # "Nelson Chakma": a given name before it, another person
        return True
    return False


def _plain_bylines(ctx: SuggestContext, top: int) -> Iterator[Suggestion]:
    """The writers of a byline line near the top written without "By " (or with "By:")."""
    text = ctx.text
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    yield from _name_line_bylines(ctx, top)
    for found in _plain_byline_lines(text, top):
        if found.group("agencies") is not None and not all(
            kinds.get(agency, ("",))[0] == "media" for agency in found.group("agencies").split(", ")
        ):
            continue  # "X with Y": only agencies make it a byline
        if (
            found.group("where") is not None
            and not found.group().startswith("By: ")
            and (found.group("second") is None and not text.startswith(" |", found.end()))
        ):
            continue  # "Samia Belkacem in Marseille" alone: no byline's shape
        for part in ("name", "second"):
            name = found.group(part)
            if name is None:
                continue
            words_of = tuple(name.split())
            if name in kinds or not _NOT_A_BYLINE_NAME.isdisjoint(words_of):
                continue
            if _person_tokens(tuple(word_tokens(text, found.start(part), found.end(part)))):
                yield _suggestion(
                    found.start(part), found.end(part), "person", "actor_capital_byline"
                )


def _capital_byline_name(
    found: re.Match[str], part: str, kinds: Mapping[str, tuple[str, str]]
) -> Iterator[Suggestion]:
    """The writer (or the outlet) a capital byline names in its group `part`."""
    name = found.group(part)
    titled = " ".join(w[:1] + w[1:].lower() for w in name.split())
    words_of = tuple(titled.split())
    listed = kinds.get(titled, kinds.get(name, (None,)))[0]
    start, end = found.span(part)
    if listed == "media" or (found.group("the") and words_of[-1] in _MEDIA):
        yield _suggestion(start, end, "media", "actor_capital_byline")
    elif (
        found.group("the") is None
        and listed is None
        and 2 <= len(words_of) <= 4
        and _NOT_A_BYLINE_NAME.isdisjoint(words_of)
        and all(len(w.strip(".")) > 1 or w.endswith(".") for w in words_of)
        and _words_name_a_person(words_of)
    ):
        yield _suggestion(start, end, "person", "actor_capital_byline")


# A transcript's turns: a speaker's name in capitals, then a colon, opening a line ("SOK
# CHANTHY: Good afternoon."), and a question's outlet in brackets ("QUESTION (Khmer Times):").
# (each opens with a literal line break, which the scan finds fast; the text's first line
# is tried with `match`)
_TRANSCRIPT_SPEAKER: Final = re.compile(
    r"\n(?P<name>[A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){1,3}): (?=\S)"
)
# ... or a broadcast's role label, then the name in brackets: "ANCHOR (GRACE AKECH): Good
# evening.", "CLIP (ANGELO BOL AKOT): They came at four" (one turn is enough: the label says it).
_TRANSCRIPT_ROLE_SPEAKER: Final = re.compile(
    r"\n(?:ANCHOR|PRESENTER|HOST|REPORTER|CORRESPONDENT|CLIP|GUEST|INTERVIEWER|NARRATOR"
    r"|MODERATOR|VOICE|SOUNDBITE|SOT) \((?P<name>[A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+)"
    r"{1,3})\): "
)
# ... or by one word, the surname of a person the transcript names in full elsewhere
# ("PARTICIPANTS: Rüpfünuo Zhimomi, Director General ..." then "ZHIMOMI: Good afternoon.",
# "Rusdiono: That is not true."): in capitals or not, at each of two or more turns.
_TRANSCRIPT_SURNAME: Final = re.compile(r"\n(?P<name>[A-Z][\w'\u2019-]+): (?=\S)")
# Any turn's label in capitals opening a line ("PRESENTER:", "OLGA FERREIRA:", "Q:").
_TURN_LABEL: Final = re.compile(r"\n[A-Z][A-Z'\u2019.-]*(?: [A-Z][A-Z'\u2019.-]+){0,3}: (?=\S)")


_TURN_ROLES: Final = words(
    "PRESENTER ANCHOR HOST REPORTER CORRESPONDENT INTERVIEWER MODERATOR QUESTION Q A"
)


def _is_transcript(text: str) -> bool:
    """Whether the text reads as a transcript: three or more lines open with a label in
    capitals and a colon, one label at two lines or more ("FERREIRA:" twice) or a role's
    ("PRESENTER:", "Q:"). A page's headings ("READ MORE:", "SOURCE:") and a roundup's datelines
    ("PESHAWAR:", "QUETTA:") do not come back (ACT69). Reads at most 200 labels."""
    seen: set[str] = set()
    again = False
    count = 0
    for found in _TURN_LABEL.finditer("\n" + text):
        label = found.group()
        # (a role's label says transcript at once: "PRESENTER:", "Q:")
        again = again or label in seen or label[1:-2] in _TURN_ROLES
        seen.add(label)
        count += 1
        if (count >= 3 and again) or count >= 200:
            break
    return count >= 3 and again


# A given name's word (its last letter small) or an initial, right before a surname.
_NAME_WORD_BEFORE: Final = r"(?:[A-Z][\w\u0300-\u036f'\u2019-]*[a-z\u00df-\u00ff]|[A-Z]\.)"


_NAME_WORD_ENDING: Final = re.compile(_NAME_WORD_BEFORE + r"\Z")
_BOUNDARY: Final = re.compile(r"\b")


def _surname_named_in_full(text: str, surname: str) -> bool:
    """Whether `re.search(_NAME_WORD_BEFORE + " " + surname + r"\b", text)` finds one: each
    " surname" found by a plain search is tried (the name word lies in the run of
    non-blank characters before its space), not the pattern at every capital of the text
    for each label (1 MB: about 10 ms a label)."""
    at = text.find(" " + surname)
    while at >= 0:
        if _BOUNDARY.match(text, at + 1 + len(surname)):
            begin = at
            while begin > 0 and not text[begin - 1].isspace():
                begin -= 1
            if _NAME_WORD_ENDING.search(text, begin, at):
                return True
        at = text.find(" " + surname, at + 1)
    return False


def _surname_turns(
    text: str, kinds: Mapping[str, tuple[str, str]], surnames: Collection[str]
) -> Iterator[Suggestion]:
    """The one-word speaker labels of a transcript's turns that are the surname of a person
    named in full elsewhere in it (a name word or an initial right before the surname); a
    label seen once only when it is among `surnames` (casefolded: the last words of the
    people the rules found, in a text read as a transcript: "FERREIRA:" once)."""
    turns: dict[str, list[tuple[int, int]]] = {}
    for found in _TRANSCRIPT_SURNAME.finditer("\n" + text):
        start, end = found.span("name")
        turns.setdefault(found.group("name"), []).append((start - 1, end - 1))
    for label, spans in turns.items():
        surname = label[:1] + label[1:].lower()
        if (
            # one label is a heading ("OBITUARY: ..."), not a turn, unless other turns show
            # a transcript ("FERREIRA: Thank you all." once, under "Speakers: Olga Ferreira")
            (len(spans) < 2 and label.casefold() not in surnames)
            or len(surname) < 3
            or surname in kinds
            or surname in _NOT_A_BYLINE_NAME
            or not _words_name_a_person((surname,))
        ):
            continue
        # named in full: "Rüpfünuo Zhimomi", "K. S. Rawat" (not the label's own lines)
        if not _surname_named_in_full(text, surname):
            continue
        for start, end in spans:
            yield _suggestion(start, end, "person", "actor_transcript_speaker")


_TRANSCRIPT_QUESTION: Final = re.compile(
    r"\n(?:QUESTION|Question|Q)\s*\((?P<outlet>[A-Z][^()\n]{1,50})\):"
)


@rule(
    "actor_transcript_speaker",
    "ACTOR",
    "A transcript's speaker named in capitals before a colon at each of two or more turns "
    "('SOK CHANTHY: Good afternoon.' -> person), and a question's outlet in brackets "
    "('QUESTION (Khmer Times):' -> media).",
)
def actor_transcript_speaker(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    if ": " not in text:
        return
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    turns: dict[str, list[tuple[int, int]]] = {}
    for found in _TRANSCRIPT_SPEAKER.finditer("\n" + text):
        start, end = found.span("name")
        turns.setdefault(found.group("name"), []).append((start - 1, end - 1))
    # The people the rules found, casefolded, when the text reads as a transcript: a label
    # seen once may name one of them (found only then: few texts are transcripts).
    people: set[str] = (
        {text[p.start : p.end].casefold() for p in _people(ctx)} if _is_transcript(text) else set()
    )
    for name, spans in turns.items():
        titled = tuple(w[:1] + w[1:].lower() for w in name.split())
        if (
            # one label is a heading ("BREAKING NEWS: ..."), not a turn, unless the text is
            # a transcript and the label is a person's name the rules found elsewhere
            # ("Speakers: Olga Ferreira, ..." then "OLGA FERREIRA: Good morning."); not a
            # label that only opens with a given name ("MUSA QALA:", "ALI MASJID:" are
            # places' datelines)
            (len(spans) < 2 and name.casefold() not in people)
            or not _NOT_A_BYLINE_NAME.isdisjoint(titled)
            or " ".join(titled) in kinds
            or not _words_name_a_person(titled)
        ):
            continue
        for start, end in spans:
            yield _suggestion(start, end, "person", "actor_transcript_speaker")
    yield from _surname_turns(text, kinds, {p.rsplit(" ", 1)[-1] for p in people})
    if "(" in text:
        for found in _TRANSCRIPT_ROLE_SPEAKER.finditer("\n" + text):
            name = found.group("name")
            titled = tuple(w[:1] + w[1:].lower() for w in name.split())
            if _NOT_A_BYLINE_NAME.isdisjoint(titled) and " ".join(titled) not in kinds:
                start, end = found.span("name")
                yield _suggestion(start - 1, end - 1, "person", "actor_transcript_speaker")
        for found in _TRANSCRIPT_QUESTION.finditer("\n" + text):
            outlet = found.group("outlet")
            start, end = found.span("outlet")
            start, end = start - 1, end - 1
            asker, comma, rest = outlet.partition(", ")
            if comma and "," not in rest:
                # "Question (Zahid Afridi, Geo News):": the journalist, then the outlet
                words_of = tuple(asker.split())
                if 2 <= len(words_of) <= 4 and _words_name_a_person(words_of):
                    yield _suggestion(
                        start, start + len(asker), "person", "actor_transcript_speaker"
                    )
                if not all(w[:1].isupper() for w in rest.split()):
                    continue  # "(Tariq Bangash, Pashto service)": no outlet's name
                outlet, start = rest, start + len(asker) + 2
            kind = kinds.get(outlet, ("media",))[0]
            if kind == "media":
                yield _suggestion(start, end, "media", "actor_transcript_speaker")


# Two bodies named together, then their kind in apposition: "a war between Los Shottas and
# Los Espartanos, two gangs that split ...", "clashes between X and Y, rival militias".
# (no "the": "the Fulani and the Dogon, two rival militias" names peoples)
_NAMED_PAIR_WORD: Final = (
    r"(?<!the )(?:(?:Los|Las|La|El|Al) )?[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,3}"
)
_PAIR_OF_A_KIND: Final = re.compile(
    r"(?P<a>" + _NAMED_PAIR_WORD + r") and (?P<b>" + _NAMED_PAIR_WORD + r")$"
)
# ... the kind in apposition, looked for first (a literal ", " opens it: the scan is fast),
# then the pair in the 120 characters before it.
_KIND_OF_A_PAIR: Final = re.compile(
    r", (?:two|both|the two|rival|two rival) (?:rival |criminal |armed )?"
    r"(?:gangs|cartels|militias|factions|armed groups|criminal groups|rebel groups)\b"
)
_SPANISH_ARTICLE: Final = re.compile(r"(?:Los|Las|La|El) ")


@rule(
    "actor_named_pair_of_a_kind",
    "ACTOR",
    "Two names joined by 'and', then their armed kind in apposition: 'between Los Shottas and "
    "Los Espartanos, two gangs' -> both (armed group), and their other mentions with or "
    "without the article ('the Shottas').",
)
def actor_named_pair_of_a_kind(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    if " two " not in text and " rival " not in text and " both " not in text:
        return
    index = _gazetteer_index(ctx.gazetteer)
    names: dict[str, str] = {}
    for kind in _KIND_OF_A_PAIR.finditer(text):
        found = _PAIR_OF_A_KIND.search(text, max(0, kind.start() - 120), kind.start())
        if found is None:
            continue
        for part in ("a", "b"):
            name = found.group(part)
            bare = _SPANISH_ARTICLE.sub("", name, count=1) if _SPANISH_ARTICLE.match(name) else name
            first = bare.split()[0]
            if (
                first in _NOT_NAMES
                or bare in index.kinds
                or name in index.kinds
                or bare in index.demonyms
                or _is_nationality(first, index)
                or bare in index.region_names
            ):
                continue  # listed (the lists find it), a people, or a place
            names[name] = "armed group"
            names[bare] = "armed group"
    if names:
        for start, end, name in NameMatcher(names).find_all(text, ctx.piece_index):
            yield _suggestion(start, end, names[name], "actor_named_pair_of_a_kind")


# A university by its name: "the University of Sonora", "Nnamdi Azikiwe University", "the
# University of the South Pacific" (a body analysts speak from); never its hospital
# ("Idlib University Hospital" is a place).
# (looked for around each "University" the text holds: its words before, then after)
_UNIVERSITY_FACILITY_AFTER: Final = re.compile(
    r" (?:Teaching |Medical |General |Referral )?(?:Hospital|Clinic|Medical Cent(?:re|er))\b"
)
# (each word whole: no possessive "Kenya's", nothing inside "al-Azhar")
_UNIVERSITY_BEFORE: Final = re.compile(
    r"(?<![\w'\u2019-])(?:[A-Z][\w\u0300-\u036f-]*+(?<!['\u2019]s) ){0,3}\Z"
)
_UNIVERSITY_AFTER: Final = re.compile(
    r"(?: of(?: the)?(?: [A-Z][\w\u0300-\u036f'\u2019-]*+){1,4})?"
)
# Words that end a university's name after "of": a title, a day, a place's facility.
_UNIVERSITY_ENDS: Final = words(
    "Hospital Clinic Medical Teaching General Professor Vice Chancellor Dean Lecturer "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Press"
)


@rule(
    "actor_university",
    "ACTOR",
    "A university by its name: 'the University of Sonora', 'Makerere University' "
    "(organisation); not a university's hospital.",
)
def actor_university(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    if "University" not in text:
        return
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    at = text.find("University")
    while at >= 0:
        here, at = at, text.find("University", at + 10)
        if text[here + 10 : here + 11].isalpha() or text[here - 1 : here].isalpha():
            continue  # ("Universityville", "NonUniversity")
        after = _UNIVERSITY_AFTER.match(text, here + 10)
        end = here + 10
        if after is not None and after.end() > end:
            kept = []
            for word in text[here + 10 : after.end()].split():
                if word in _UNIVERSITY_ENDS or (is_title(word) and word != "of"):
                    break  # "University of Nairobi Professor X", "... of Maiduguri Monday"
                kept.append(word)
            while kept and kept[-1] in ("of", "the"):
                kept.pop()
            if kept:
                end = text.index(kept[-1], here + 10) + len(kept[-1])
        if _UNIVERSITY_FACILITY_AFTER.match(text, end):
            continue  # "Idlib University Hospital", "the University of Khartoum Hospital"
        before = _UNIVERSITY_BEFORE.search(text, max(0, here - 100), here)
        start = before.start() if before is not None else here
        words_before = text[start:end].split()
        while words_before[0] != "University" and (
            words_before[0] in _NOT_NAMES or words_before[0] == "The"
        ):
            start += len(words_before[0]) + 1  # "At Makerere University": a sentence opener
            words_before = words_before[1:]
        name = text[start:end]
        if kinds.get(name, ("organisation",))[0] != "organisation" or name == "University":
            continue
        yield _suggestion(start, end, "organisation", "actor_university")


@rule(
    "actor_masthead",
    "ACTOR",
    "A media outlet by its masthead where news puts one ('told Rega News', 'the Kivu Times "
    "reported') or in a dateline's brackets ('SINJAR, Iraq (Rega News) -').",
)
def actor_masthead(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    listed = _gazetteer_index(ctx.gazetteer).kinds
    spoken = _spoken_outlets(ctx)
    if spoken:
        # "according to Wafa", "Sana reported": a listed agency's acronym written as a word,
        # only where an outlet stands ("Wafa" and "Sana" are given names too)
        for start, end, _name in spoken.find_all(text, ctx.piece_index):
            if _SPOKEN_OUTLET_BEFORE.search(text, max(0, start - 30), start) or (
                _SPOKEN_OUTLET_AFTER.match(text, end)
            ):
                yield _suggestion(start, end, "media", "actor_masthead")
    if " media " in text or " propaganda " in text:
        arms = finditer_between(_MEDIA_ARM, text, _MEDIA_ARM_WORDS, ".,;")
        for found in arms:
            # "carried by its Al-Malahem media arm": a group's own outlet, named before its kind
            yield _suggestion(found.start("name"), found.end("name"), "media", "actor_masthead")
    outlets: set[str] = set()
    for pattern in (
        _DATELINE_AGENCY,
        _DATELINE_DATE_AGENCY,
        _BYLINE_DESK,
        _BYLINE_CORRESPONDENT,
        _BYLINE_ACRONYM_OUTLET,
    ):
        for match in _top_matches(ctx, pattern):
            name = match.group("name")
            if pattern is _BYLINE_ACRONYM_OUTLET and not any(
                _byline_names(ctx, match.start("name"))
            ):
                continue  # an acronym under a line of people only
            if listed.get(name, ("media", ""))[0] == "media":
                outlets.add(name)
                yield _suggestion(match.start("name"), match.end("name"), "media", "actor_masthead")
    if outlets:
        # ... and every other mention of that outlet: "Relay News could not independently
        # verify" (a whole word, not the head of a longer name; not an editors' sign-off
        # line of codes, "PTI SKR RHL")
        for start, end, _name in NameMatcher(outlets).find_all(text, ctx.piece_index):
            if not _NAME_GOES_ON.match(text, end) and not _SIGN_OFF.match(
                text, text.rfind("\n", 0, start) + 1
            ):
                yield _suggestion(start, end, "media", "actor_masthead")
    for run in _runs(ctx, connectors=False):
        last = run.tokens[-1].text
        if last in _MASTHEAD_BAR_WORDS:
            owner = False
        elif last[:-2] in _MASTHEAD_BAR_WORDS and last.endswith(_POSSESSIVE_ENDINGS):
            owner = True  # "the Kora Herald's correspondent"
        else:
            continue
        tokens = _strip_leading(run, _NOT_NAMES)
        if len(tokens) < 2:
            continue
        if {t.text for t in tokens} & (ORGANISATION_WORDS | TITLES):
            continue  # "Border Police Post", "Army News Service"
        if len(tokens) == 2 and last in _NEWS_ABROAD_NOT_SURNAMES and tokens[0].text in GIVEN_NAMES:
            continue  # "Ivan Vesti said": a given name and a surname, no masthead
        start, end = tokens[0].start, tokens[-1].end - 2 * owner
        if not owner and (
            (
                last in _MASTHEAD_WORDS
                and (
                    _OUTLET_BEFORE.search(text, max(0, start - 20), start)
                    or _OUTLET_AFTER.match(text, end)
                )
            )
            # "The Tala Evening Star reported", "Savanna Voice could not verify": what an
            # outlet says of its own reporting, with any masthead word
            or _OUTLET_OWN_REPORTING.match(text, end)
        ):
            yield _suggestion(start, end, "media", "actor_masthead")
        elif _JOURNALIST_OF_BEFORE.search(text, max(0, start - 40), start) or (
            _JOURNALIST_OF_AFTER.match(text, end)
        ):
            # "a reporter for the Mvita Standard", "the Kora Herald's correspondent": whose
            # journalist says the outlet, and more of its mastheads' words ("Star", "Nation")
            yield _suggestion(start, end, "media", "actor_masthead")


# Platforms an outlet publishes on, never part of its name (guideline: not actors).
_PLATFORMS: Final = words("Telegram Facebook YouTube WhatsApp TikTok Instagram Twitter")


@rule(
    "actor_media_outlet",
    "ACTOR",
    "A media outlet named with its kind: 'state broadcaster KTV', 'the daily Kharvelska "
    "Zora', 'the EastPress agency', 'Radio Valdor Libre'.",
)
def actor_media_outlet(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for run in _runs(ctx, connectors=False):
        tokens = _strip_leading(run, _NOT_NAMES_BUT_RADIO)
        owner = -1
        if len(tokens) > 1 and (
            # (a word before the last can end so only where the text between holds the
            # ending: one search of the run's text, not a test of each of its words)
            "'s" in (between := text[tokens[0].start : tokens[-2].end]) or "\u2019s" in between
        ):
            owner = max(
                # (`_POSSESSIVE_END.search(t.text)`, without a pattern call per word of every run)
                (k for k, t in enumerate(tokens[:-1]) if t.text.endswith(_POSSESSIVE_ENDINGS)),
                default=-1,
            )
        if owner >= 0:
            # "Kenya's Standard newspaper", "the Islamic State's Amaq news agency": the
            # outlet, not its country or its owner
            tokens = tokens[owner + 1 :]
        if not tokens:
            continue
        # "the Mash Telegram channel": the outlet, then its platform, then its kind
        on_platform = len(tokens) > 1 and tokens[-1].text in _PLATFORMS
        kind_at = tokens[-1].end
        if on_platform:
            tokens = tokens[:-1]
        start, end = tokens[0].start, tokens[-1].end
        # Only the word next to the name can make it an outlet: looked at before any pattern.
        # (On the name's own line: "The bilingual daily" over "Regions | East" is a
        # masthead's tagline over a section label.)
        line_start = text.rfind("\n", max(0, start - 30), start) + 1
        word_before = text[max(line_start, start - 14) : start].rsplit(None, 1)[-1:]
        kind_end = start  # where the words before the name end
        if word_before == ["The"] and start - 4 > line_start:
            # "the Bamenda-based newspaper The Guardian Post": the outlet's own "The" (left
            # out of its name, the guideline) between its kind and its name (ACT68)
            kind_end = start - 4
            word_before = text[max(line_start, kind_end - 14) : kind_end].rsplit(None, 1)[-1:]
        if (
            len(tokens) > 1
            and tokens[0].text in _KINDS_OPENING_A_SENTENCE
            and is_sentence_start(text, start)
            # (what the outlet did after it, never a headline's words or a noun's: "Broadcaster
            # Fined Over Election Coverage", "Tabloid Journalism Awards were cancelled";
            # REVIEW67M)
            and len(tokens) <= 4
            # (a title after the kind opens a person's name: "Tabloid Editor John Smith
            # said"; RST70B)
            and tokens[1].text not in TITLES
            and _OPENING_OUTLET_DID.match(text, tokens[-1].end)
        ):
            # "Broadcaster EMTV showed smoke": the kind opens the sentence, capitalised
            # there, then the outlet (MEDIA67; "Daily Trust", "Channel 4" are names)
            word_before = [tokens[0].text.lower()]
            tokens = tokens[1:]
            start = kind_end = tokens[0].start
        word_after = _NEXT_WORD.match(text, kind_at, kind_at + 20)
        radio = (
            tokens[0].text == "Radio"
            and len(tokens) >= 2
            # "the concert at Radio City", "works for Radio Shack": a hall, a shop (MEDIA67)
            and tokens[-1].text not in _RADIO_NOT_OUTLET_LAST
        )
        if not (
            radio
            or (word_before and word_before[0] in _MEDIA_LAST_WORDS)
            or (word_after is not None and word_after.group(1) in _MEDIA_FIRST_WORDS)
        ):
            continue
        if text[end - 2 : end] in ("'s", "\u2019s"):
            continue  # "the CLA's radio": the owner, not the outlet
        if (
            len(tokens) == 1
            and _DEMONYM_SHAPE.fullmatch(tokens[0].text)
            # (after its kind a word of that shape is the outlet: "its news agency Mizan",
            # "the daily Kayhan", "broadcaster Imedi"; a listed nationality is none: "the
            # channel Russian officials watch"; MEDIA67)
            and not (
                word_before
                and word_before[0] in _MEDIA_LAST_WORDS
                and tokens[0].text not in _gazetteer_index(ctx.gazetteer).demonyms
                and _MEDIA_BEFORE.search(text, max(line_start, start - 30), start)
                and _OUTLET_NAME_CLOSES.match(text, end)
            )
        ):
            continue  # "the Drevlian channel Kanal Sever": a nationality, not the outlet
        if (
            word_before
            and word_before[0] == "broadcaster"
            and _a_persons_name(text[tokens[0].start : tokens[-1].end])
        ):
            # "the veteran broadcaster John Okello said": a person whose job it is, not an
            # outlet (ACTOR66 probe; dev: 55 of 55 "broadcaster <Name>" are outlets, none
            # opening with a given name)
            continue
        before = text[max(line_start, kind_end - 30) : kind_end]
        after = _MEDIA_AFTER.match(text[kind_at : kind_at + 20])
        if after is not None and _names_a_listed_place(ctx, start, end):
            continue  # "the Lima daily", "told Mogadishu television": where the outlet is
        if after is not None and _OUTLET_NAMED_AFTER.match(text, kind_at + after.end()):
            continue  # "told Manila radio station DZBB": where the outlet is, then its name
        media_before = _MEDIA_BEFORE.search(before)
        if (
            media_before is not None
            and after is None
            and not radio
            and media_before.group(0).lower().startswith(_STATION_OWNERS)
            and not _STATION_DID.match(text, end)
        ):
            # "the public station Union Square was closed", "fled the private station Shell
            # Garki": a railway's or a petrol station; a broadcaster so called reports
            # ("the private station Studio Kalangou broadcast"; REVIEW67M)
            continue
        if media_before is not None or after is not None or radio:
            if not on_platform and after is None:
                # "the private channel Sudania 24, ...": a number closing the name
                number = _OUTLET_NUMBER_AFTER.match(text, end)
                end = number.end("number") if number is not None else end
            yield _suggestion(start, end, "media", "actor_media_outlet")


# The owners' words before "station" that `_MEDIA_BEFORE` takes (REVIEW67M), and what only
# a broadcaster does after its name there.
_STATION_OWNERS: Final = ("private", "public", "community", "independent")
_STATION_DID: Final = re.compile(
    r"\s+(?:said|says|reported|reports|broadcast|broadcasts|aired|airs|showed|shows|quoted"
    r"|quotes|carried|carries|ran|runs)\b"
)


# What an outlet named after its kind opening a sentence did ("Broadcaster EMTV showed",
# "Newspaper Kayhan, ..."), never a preposition's phrase ("Tabloid Journalism Awards in
# Lagos were cancelled"; REVIEW67M).
_OPENING_OUTLET_DID: Final = re.compile(
    r"(?:\s*[,;:]|['\u2019]s\s|\s+(?:that|said|says|reported|reports|quoted|quotes|carried"
    r"|carries|broadcast|aired|showed|shows|published|wrote|writes|ran|runs)\b)"
)


# What closes an outlet's one-word name after its kind: the clause's end, or what the
# outlet did ("its news agency Mizan that", "the daily Kayhan reported"), never a noun the
# word modifies ("the channel Iranian officials watch").
_OUTLET_NAME_CLOSES: Final = re.compile(
    r"(?:\s*[,.;:)]|['\u2019]s\s|\s+(?:that|said|says|reported|reports|quoted|quotes|carried"
    r"|carries|broadcast|aired|showed|published|wrote|writes|on|in|as|which|and)\b)"
)


def _a_persons_name(name: str) -> bool:
    """Whether `name`, after "broadcaster" (a job as well as an outlet's kind), is a
    person's: two to four words opening with a listed given name, none a masthead's word
    ("John Okello", not "Ahmed Radio")."""
    words_ = name.split()
    return (
        2 <= len(words_) <= 4
        and words_[0] in GIVEN_NAMES
        and not set(words_) & _OUTLET_MEDIA_MASTHEAD
    )


# A channel's number after its name, where the clause ends or goes on ("Sudania 24,",
# "Kanal 13 reported"), never a count of something ("Al Hadath 24 hours a day").
_OUTLET_NUMBER_AFTER: Final = re.compile(
    r" (?P<number>[1-9]\d{0,2})(?=[,.;:)]|\s+(?:said|says|reported|reports|broadcast|aired"
    r"|showed|quoted|that)\b)"
)


def _names_a_listed_place(ctx: SuggestContext, start: int, end: int) -> bool:
    """Whether the name at [start, end), before an outlet's kind word ("the Lima daily",
    "told Mogadishu television", "the Santiago newspaper La Tercera"), is a capital or a
    region the gazetteer lists: where the outlet is, not the outlet. An outlet named with
    a place carries its kind in its name ("Kano TV", "Juba Monitor"): another run."""
    listed = _gazetteer_index(ctx.gazetteer).kinds.get(ctx.text[start:end])
    return listed is not None and listed[0] != "media" and listed[1] in ("capital", "region")


# --------------------------------------------------------------------------- lists


def _listed(
    ctx: SuggestContext, source: object, kinds: Mapping[str, str | None], rule_name: str
) -> Iterator[Suggestion]:
    """Every mention of a name in `kinds` (indexed once per `source` object)."""
    text = ctx.text
    matcher = matcher_for(source, lambda: (name for name in kinds if name.strip()))
    for start, end, name in matcher.find_all(text, ctx.piece_index):
        kind = kinds[name]
        # A country named as a place is not an actor: "fighting in Lenvia".
        if kind == "state" and _is_place(ctx, start, end, name):
            continue
        if kind == "state" and _PLAN_AFTER.match(text, end):
            continue  # "The Democratic Republic of the Congo Humanitarian Response Plan"
        if kind == "state" and _office_of_a_listed_body(
            _gazetteer_index(ctx.gazetteer), text, start
        ):
            continue  # "produced by OCHA Sudan": where an agency's office is (STATE65)
        if (
            kind == "state"
            and source is not ctx.gazetteer
            and _gazetteer_index(ctx.gazetteer).kinds.get(name, ("", ""))[1] == "capital"
            and _MEDIA_AFTER.match(text[end : end + 20])
        ):
            continue  # "told Manila radio station DZBB": where the outlet is, as the lists have it
        if (
            kind == "state"
            and _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
            and _LOWER_NOUN_AFTER.match(text, end)
        ):
            continue  # "a New Delhi think tank", "an Ankara court": a modifier of a thing
        if (
            kind == "state"
            and name.rsplit(" ", 1)[-1].islower()
            and _MEMBER_OR_THING_AFTER.match(text, end)
        ):
            continue  # "the Israeli military body that governs": a known body as a modifier
        if kind == "person" and " " not in name and _NAME_GOES_ON.match(text, end):
            continue  # a surname known elsewhere opening a longer name: "Khan Younis"
        if kind == "person" and " " not in name and _inside_other_name(text, start, end):
            continue  # ... or closing one: "Mir Ali", "Santa Rosa", "the Khalil Suleiman hospital"
        if " " not in name and _PLACE_NOUN_AFTER.match(text, end):
            continue  # "the whole Centre department": a place named so
        if _byline_place(text, start, end):
            continue  # "By Selam Tadesse, BBC News, Addis Ababa": where the byline was filed
        yield _suggestion(start, end, kind or "other", rule_name)


# A file's details after its format: "(PDF, 124 pages, 2.4 MB)", "PDF 1.2 MB".
_FILE_DETAILS_AFTER: Final = re.compile(r",? \d[\d.,]* ?(?:pages|MB|KB|kB|GB)\b")
# A humanitarian appeal's title after its state: "Yemen Humanitarian Response Plan".
_PLAN_AFTER: Final = re.compile(
    r" (?:Humanitarian (?:Needs and )?Response Plan|Humanitarian Needs Overview|Flash Appeal"
    r"|Regional Refugee and Resilience Plan|Response Plan)\b"
)


_ARTICLE_BEFORE: Final = re.compile(r"(?<![\w-])(?:[Aa]n?) $")
# An area named by the states it lies between, up to the state: "the area between Niger,
# Mali and ", "the border region between Chad and " (the states are its edges, not actors).
_AREA_BETWEEN: Final = re.compile(
    r"\b(?:area|zone|region|border|borders|frontier|triangle|corridor|tri-border area"
    # ... any land's noun, and a nickname after "of": "the deserts and mountains between
    # Nineveh, Salahuddin, Kirkuk and Anbar", "the triangle of death between Kirkuk, ..."
    r"|areas|zones|regions|lands|territory|territories|deserts?|mountains|hills|plains"
    r"|valleys?|forests?|stretch|belt|strip|countryside)(?:\s+of\s+[a-z]+)?"
    r"[\"\u201d']?\s+between\s+(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?(?:,\s+|\s+and\s+))*$"
)
_LOWER_NOUN_AFTER: Final = re.compile(r" [a-z]")


def _byline_place(text: str, start: int, end: int) -> bool:
    """True for the place closing a byline's line: "By Selam Tadesse, BBC News, Addis
    Ababa" (the guideline tags the reporter and the outlet, not where they filed from)."""
    if not text.startswith(", ", start - 2) or text[end : end + 1] not in ("\n", ""):
        return False
    line = text.rfind("\n", 0, start) + 1
    if text.startswith(("By ", "From "), line):
        return True
    # ... or the line under it: "By Mary Deng\nBBC News, Juba" (a short line of names)
    above = text.rfind("\n", 0, max(0, line - 1)) + 1
    return line > 0 and start - line < 60 and text.startswith("By ", above, line - 1)


_NAME_GOES_ON: Final = re.compile(r" (?!(?:[A-Z][a-z]*day|[A-Z][a-z]+ly)\b)[A-Z][a-z]")


@dataclass(frozen=True)
class _GazetteerIndex:
    kinds: dict[str, tuple[str, str]]  # listed name or variant -> (type, role)
    names: NameMatcher  # everything but demonyms
    nationals: NameMatcher  # demonyms and state names: what "<X> forces" starts with
    demonyms: frozenset[str]
    # a state's regions, apart from every other name: most mentions are places, and a
    # region's name is often a surname too ("Wardak", "Guerrero"), which no other rule
    # should take for a listed name
    regions: NameMatcher
    region_names: frozenset[str]


_ARTICLE: Final = re.compile(r"\b([Aa]l|[Ee]l)[- ](?=[A-Z])")


def name_variants(name: str) -> set[str]:
    """`name` and the spellings of an Arabic article news uses for it:
    "al-Shabaab", "Al-Shabaab", "al Shabaab", "Al Shabaab" (and "el-" likewise)."""
    found = {name}
    if _ARTICLE.search(name) is None:
        return found
    for capital in (False, True):
        for joiner in ("-", " "):

            def spell(match: re.Match[str], capital: bool = capital, joiner: str = joiner) -> str:
                article = match.group(1)
                first = article[0].upper() if capital else article[0].lower()
                return first + article[1:] + joiner

            found.add(_ARTICLE.sub(spell, name))
    return found


_INDEXES: dict[int, tuple[object, _GazetteerIndex]] = {}
# One capitalised word in lower case after its capital, not an acronym: "Islah", "Hamas"
# (an article before a name that takes none, "al-Amnesty", is never written: no harm).
_ONE_WORD_NAME: Final = re.compile(r"[A-Z][a-z']{3,}")
# An acronym of four to eight letters with a vowel after its first, which wires may
# pronounce and write as a word.
_SPOKEN_ACRONYM: Final = re.compile(r"(?=[A-Z]{4,8}$)[A-Z]+[AEIOU][A-Z]*")
# ... unless that word is a person's name as well.
_GIVEN_NAMES_LIKE_ACRONYMS: Final = words("Isis Nisa Alima Sams Biff Kuna Suna Ansa Isna Sana")


def _gazetteer_index(gazetteer: Mapping[str, GazetteerEntry]) -> _GazetteerIndex:
    """The gazetteer's names and variants, indexed once per gazetteer object."""
    cached = _INDEXES.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    kinds: dict[str, tuple[str, str]] = {}
    nationals: list[str] = []
    regions: set[str] = set()
    for entry in gazetteer.values():
        if not entry.name.strip():
            continue
        if entry.role == "region":
            regions.add(entry.name)
            continue
        if entry.role == "demonym" or (entry.type == "state" and entry.role == ""):
            nationals.append(entry.name)
        if entry.role == "demonym":
            continue
        for variant in name_variants(entry.name):
            kinds.setdefault(variant, (entry.type, entry.role))
        if entry.type in ("armed group", "organisation") and _ONE_WORD_NAME.fullmatch(entry.name):
            # a one-word Arabic name listed without its article is written with it too:
            # "Islah" ... "forces allied with al-Islah", "Al-Islah said"
            for article in ("al-", "Al-"):
                kinds.setdefault(article + entry.name, (entry.type, entry.role))
        if _SPOKEN_ACRONYM.fullmatch(entry.name) and entry.type != "media":
            # British house style writes an acronym said as a word in title case: "Farc",
            # "Nato", "Unicef", "Monusco" (not outlets, whose short names are often
            # people's names too: "Wafa", "Sana")
            spoken = entry.name.capitalize()
            if spoken not in _GIVEN_NAMES_LIKE_ACRONYMS:
                kinds.setdefault(spoken, (entry.type, entry.role))
    demonyms = frozenset(e.name for e in gazetteer.values() if e.role == "demonym")
    regions -= kinds.keys()  # a name another list holds is that list's
    index = _GazetteerIndex(
        kinds,
        NameMatcher(kinds),
        NameMatcher(nationals),
        demonyms,
        NameMatcher(regions),
        frozenset(regions),
    )
    _INDEXES.clear()
    _INDEXES[id(gazetteer)] = (gazetteer, index)
    return index


def gazetteer_index_data(gazetteer: Mapping[str, GazetteerEntry]) -> dict[str, object]:
    """The name index of `gazetteer` (made now if it was not) as plain data, lists of
    strings and numbers that JSON writes and reads fast, for `remember_gazetteer_index`
    in a later process."""
    index = _gazetteer_index(gazetteer)
    return {
        "kinds": [
            list(index.kinds),
            [kind for kind, _role in index.kinds.values()],
            [role for _kind, role in index.kinds.values()],
        ],
        "names": _flat_table(index.names),
        "nationals": _flat_table(index.nationals),
        "demonyms": sorted(index.demonyms),
        "regions": _flat_table(index.regions),
        "region_names": sorted(index.region_names),
    }


def _flat_table(matcher: NameMatcher) -> list[list[str] | list[int]]:
    """A matcher's table as its first pieces, how many names each has, and the names."""
    table = matcher.table()
    return [list(table), [len(names) for names in table.values()], list(chain(*table.values()))]


def remember_gazetteer_index(gazetteer: Mapping[str, GazetteerEntry], data: object) -> bool:
    """Take `data` (what `gazetteer_index_data` gave for a gazetteer equal to this one) as
    the name index of `gazetteer`, so that it is not made again; False, and nothing
    taken, when `data` does not have the shape it gives. The caller vouches that the
    gazetteers are equal and that the same code made the data (it keys the data by a
    digest of both): the index is the gazetteer's names through rules that may change."""
    if not isinstance(data, dict):
        return False
    kinds = data.get("kinds")
    demonyms = data.get("demonyms")
    region_names = data.get("region_names")
    tables = [_unflattened(data.get(key)) for key in ("names", "nationals", "regions")]
    if not (
        isinstance(kinds, list)
        and len(kinds) == 3
        and all(_strings(column) for column in kinds)
        and len(kinds[0]) == len(kinds[1]) == len(kinds[2])
        and _strings(demonyms)
        and _strings(region_names)
    ):
        return False
    names, nationals, regions = tables
    if names is None or nationals is None or regions is None:
        return False
    index = _GazetteerIndex(
        dict(zip(kinds[0], zip(kinds[1], kinds[2], strict=True), strict=True)),
        NameMatcher.from_table(names),
        NameMatcher.from_table(nationals),
        frozenset(demonyms),
        NameMatcher.from_table(regions),
        frozenset(region_names),
    )
    _INDEXES.clear()
    _INDEXES[id(gazetteer)] = (gazetteer, index)
    return True


_STRINGS: Final = frozenset({str})


def _strings(value: object) -> TypeGuard[list[str]]:
    """Whether `value` is a list of strings (tested in C: tens of thousands of them)."""
    return isinstance(value, list) and set(map(type, value)) <= _STRINGS


def _unflattened(value: object) -> dict[str, list[str]] | None:
    """The table `_flat_table` flattened into `value`, else None."""
    if not (isinstance(value, list) and len(value) == 3):
        return None
    firsts, sizes, names = value
    if not (
        _strings(firsts)
        and _strings(names)
        and isinstance(sizes, list)
        and len(sizes) == len(firsts)
        and set(map(type, sizes)) <= {int}
        and (not sizes or min(sizes) > 0)
        and sum(sizes) == len(names)
    ):
        return None
    table: dict[str, list[str]] = {}
    at = 0
    for first, size in zip(firsts, sizes, strict=True):
        table[first] = names[at : at + size]
        at += size
    return table


# "in the United States", "across the Democratic Republic of Congo": a place.
# The state owning a region, right before it: "Somalia's " (of "in Somalia's Puntland").
_REGION_OWNER: Final = re.compile(r"(?<![\w-])[A-Z][\w-]*(?: [A-Z][\w-]*)?['\u2019]s $")
_PLACE_BEFORE: Final = re.compile(
    r"\b(?:in|into|inside|across|throughout|from|to|towards|near|around|outside|at|via"
    r"|of|central|northern|southern|eastern|western|north|south|east|west|northeast|northwest"
    r"|southeast|southwest|northeastern|northwestern|southeastern|southwestern|borders?\s+with"
    # "three kilometres from the boundary with Serbia", "the frontier with Iran"
    r"|(?:boundary|boundaries|frontier|frontiers|boundary\s+line)\s+with"
    # "the border town with Myanmar", "the border crossings with Mexico", "shares the island
    # of Hispaniola with Haiti": a place on a border, or land shared
    r"|(?:border|boundary|frontier)\s+(?:towns?|villages?|city|cities|crossings?|areas?|regions?"
    r"|zones?|districts?|provinces?|counties|county|communities)\s+with"
    r"|(?:share|shares|shared|sharing)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?with"
    r"|borders|bordering|reach|reaches|reached|reaching|entered|entering"
    r"|crossed\s+into|arrived\s+in|fled\s+to|returned\s+to"
    # where someone goes, what a land straddles, what people cross: "the envoy visited
    # Chad", "the park straddles Benin and Burkina Faso", "migrants crossing Niger"
    r"|visited|visiting|straddles|straddle|straddled|straddling|cross|crosses|crossed|crossing"
    # the topic of someone's work: "a researcher who follows Myanmar", "who has studied Chad"
    r"|who\s+(?:(?:has|have|had)\s+)?(?:closely\s+)?(?:follows|followed|covers|covered"
    r"|studies|studied|tracks|tracked|monitors|monitored|researches|researched)"
    r"|(?:bound|headed|heading|destined|sailing|sailed)\s+for"
    # at sea by a coast: "capsized off Libya", "a ship attacked off Yemen"
    r"|off"
    r"|through"
    # "fled ... for neighbouring Chad", "told us to leave Pakistan": where people go or leave
    r"|for(?=\s+neighbou?ring)|leave|leaves|leaving|left"
    # "have left for the coast or for Lebanon", "moved for Europe": a destination; "the
    # route for trade with China": a trading partner, a place on a route
    r"|(?:left|leave|leaves|leaving|departed|moved)\s+for(?:(?:\s+[\w-]+){1,4}?\s+(?:or|and)"
    r"\s+for)?|trade\s+with"
    # "many of them fled Eritrea", "north toward the United States": where people flee or
    # goods go
    r"|fled|flee|flees|fleeing|toward"
    # "attacks within Pakistan"
    r"|within"
    # "the border between Chad and Sudan", "the road between Kabul and Kandahar"
    r"|(?:border|frontier|boundary|road|highway|route|railway|corridor)\s+between"
    # "trucks travelling between Baghdad and Jordan", "flights between Nairobi and Juba"
    r"|(?:travell?ing|travell?ed|travels|running|runs|shuttling|flights?|trade)\s+between"
    # a road's or a railway's ends: "the railway linking Addis Ababa to Djibouti"
    r"|linking|connecting|links|connects"
    # what was hit: "missile and drone attacks on Israel", "glide bombs on Ukraine"
    r"|(?:attacks?|strikes?|airstrikes?|raids?|bombs?|bombing|missiles?|rockets?|drones?"
    r"|shelling|assaults?|invasion|offensives?|advance|march)\s+on"
    # a city won or lost: "since it lost Khartoum in 2023", "the movement that swept
    # Baghdad", "the Houthis seized Sanaa"
    r"|lost|swept|seized|captured|recaptured|retook|besieged|overran"
    # an aid appeal's or plan's country: "UNHCR's appeal for the Central African Republic",
    # "the humanitarian response plan for Haiti", "funding for Yemen"
    r"|(?:appeals?|(?:response|humanitarian)\s+plans?|funding)\s+for"
    # a size compared: "an area larger than Switzerland", "the size of Belgium"
    r"|(?:larger|bigger|smaller)\s+than|the\s+size\s+of)"
    # "from neighbouring Mali": a neighbour is a place too; "in federal Iraq" (outside
    # its Kurdish region)
    # ... and "in both Mali and Niger", "to either Libya or Tunisia"
    r"\s+(?:the\s+)?(?:(?:neighbou?ring|federal|mainland|both|either)\s+)?$|\bcapital,?\s+$"
    r"|\b(?:Lake|Mount|River|Gulf\s+of|Sea\s+of|Bay\s+of)\s+$"
    # a portfolio: "deputy coordinator for Sudan", "envoy to Yemen", "director in Haiti"
    r"|\b(?:coordinator|director|representative|envoy|head|chief|correspondent|editor"
    r"|researcher|analyst|expert|adviser|advisor|spokes(?:man|woman|person)|officer|manager"
    # "Special Representative of the Secretary-General for South Sudan", "the United
    # Kingdom, penholder on Somalia": the file a UN office or member holds
    r"|secretary-general|penholder)"
    r"\s+(?:for|to|on|in)\s+$",
    re.IGNORECASE,
)
# Any verb by its form, for what `_GOVERNMENT_VERBS` does not list: a modal before a verb
# ("Moscow could respond", "Kyiv must decide"), or a past or present verb ("-ed", "-s", a
# common irregular past) with its object or infinitive after it ("Kinshasa slammed the
# report", "Nairobi declined to comment", "Kyiv needs more air defence"); not a verb of
# what befalls a city ("Kyiv came under attack", "Khartoum saw the heaviest fighting",
# "Kabul could face blackouts") nor a copula ("Khartoum was the capital").
_ANY_GOVERNMENT_VERB: Final = (
    r"(?:could|should|must|may|might|can|cannot|shall)(?:\s+not)?(?:\s+(?:also|still|now|soon"
    r"|yet|never|well))?\s+(?!(?:be|face|fall|see|expect|experience|suffer|become|lose|run|go"
    r"|come|get|look|feel|remain|stay|have|hardly)\b)[a-z]{3,}"
    r"|(?!(?:was|is|has|does|lies|sits|seems|looks|feels|means|sees|saw|came|comes|fell|falls"
    r"|woke|wakes|lost|loses|faced|faces|suffered|suffers|experienced|experiences|endured"
    r"|endures|witnessed|plunged|recorded|records|registered|counted|celebrated|mourned"
    r"|buried|boasts|contains|includes|covers|borders|bordered|gets|goes|towards|across"
    r"|versus|unless|perhaps|this|thus|news|times|residents|officials|authorities)\b)"
    # ... a past verb: "Kinshasa slammed the report", "Kyiv commented on", "began deporting"
    r"(?:(?:[a-z]{2,}ed|took|made|began|won|told|knew|chose|broke|drew|kept|paid|put|set"
    r"|spoke|wrote|brought|fought|sought|gave|sent|struck|withdrew|started|stopped)"
    r"(?:\s+[a-z]+ly)?\s+(?:on|against|(?!during|morning|evening)[a-z]+ing)\b"
    r"|[a-z]{2,}s\s+on\s+(?:the|a|an|its|their|his|her)\b"
    # ... or a past or present one before its object: "Kyiv needs more", "Riyadh praised the"
    r"|(?:[a-z]{2,}(?:ed|s)|took|takes|made|began|won|told|knew|chose|broke|drew|kept|paid"
    r"|put|set|spoke|wrote|brought|fought|sought|gave|sent|struck|withdrew)(?:\s+[a-z]+ly)?"
    r"\s+(?:the|a|an|its|their|his|her|it|them|him|to|that|no|any|all|more|new|some|this"
    r"|these|those|what|how|whether|further|fresh|every|each|both|several|such|[A-Z])\b)"
)
# Where a capital stands for its government: the subject of a verb of policy or
# speech ("Kinshasa accuses", "Washington and London condemned", "Moscow's
# decision"), or the object of an accusation ("accuses Kigali of").
_GOVERNMENT_VERBS: Final = (
    r"(?:said|says|say|accused|accuses|accuse|denied|denies|deny|responded|responds|condemned"
    r"|condemns|condemn|urged|urges|urge|warned|warns|warn|called|calls|call|rejected|rejects"
    r"|reject|insisted|insists|announced|announces|agreed|agrees|agree|refused|refuses|refuse"
    r"|wants|want|wanted|sent|sends|send|imposed|imposes|blamed|blames|blame|demanded|demands"
    r"|welcomed|welcomes|welcome|regards|regard|regarded|considers|backed|backs|back|supports"
    r"|supported|threatened|threatens|signed|signs|ordered|orders|recalled|expelled|expels"
    r"|summoned|summons|has|have|had|will|would|did|does|do"
    # "Port-au-Prince is still holding meetings", 'Kyiv was "once again using"', "Moscow
    # is deliberately targeting"
    r"|(?:is|are|was|were)\s+[\"\u201c]?(?:(?:still|now|also|already|again|once\s+again"
    r"|[a-z]{3,}ly)\s+)?[\"\u201c]?\w+ing"
    r"|has\s+responded|responded|retaliated|struck|launched|claimed|claims|insisted|maintains"
    r"|maintained|hopes|hoped|fears|feared|argued|argues|believes|believed|gave|gives|give"
    r"|offered|offers|dismissed|dismisses|denounced|denounces|confirmed|confirms"
    r"|remained|remains|stands|stood|acknowledged|acknowledges|admitted|admits|conceded"
    # policy acts: "Beijing and Manila traded accusations", "Kigali suspended aid"
    r"|traded|trade|exchanged|exchange|negotiated|negotiates|vowed|vows|pledged|pledges"
    r"|promised|promises|suspended|suspends|halted|halts|resumed|resumes|severed|severs"
    r"|restored|restores|barred|bars|banned|bans|deployed|deploys|withdrew|withdraws"
    r"|vetoed|vetoes|blocked|blocks|lifted|lifts|extended|extends|requested|requests"
    r"|sought|seeks|protested|protests|retaliated|retaliates|released|releases"
    r"|recognised|recognized|recognises|recognizes|mediated|mediates|brokered|brokers"
    # "Dhaka, which already hosts a million refugees"
    r"|hosts|hosted"
    # "Bangkok talks of peace while ...", "Cotonou changes its tone", "Tripoli named members"
    r"|talks|talked|changes|changed|shifts|shifted|named|names|appointed|appoints"
    # "Ankara speaks of terrorists", "the 34 dead that Bamako speaks of" (STATE67: 423, 933)
    r"|speaks|spoke"
    # a state's controls: "Denmark tightened controls on its border", "Chad sealed it"
    r"|tightened|tightens|sealed|seals|reinforced|reinforces"
    # "Washington and Manila are treaty allies"
    r"|(?:are|were|have\s+been)\s+(?:(?:treaty|close|key|long-?time|strategic|regional)\s+)?"
    r"(?:allies|partners|rivals)"
    # acts of war and of state: "Pyongyang fired a missile", "Tehran seized a tanker",
    # "Bamako closed its airspace", "Kinshasa arrested an opposition figure"
    r"|fired|fires|seized|seizes|attacked|attacks|invaded|invades|annexed|annexes"
    r"|intercepted|intercepts|shot\s+down|downed|downs|bombed|bombs|targeted|targets|hit|hits"
    r"|tested|tests|test-fired|conducted|conducts|carried\s+out|carries\s+out|mobili[sz]ed"
    r"|executed|executes|arrested|arrests|detained|detains|cut|cuts|closed|closes|froze"
    r"|freezes|reopened|reopens|opened|opens|reached|reaches|stepped\s+up|steps\s+up"
    r"|supplied|supplies|provided|provides|funded|funds|financed|finances|appointed|appoints"
    r"|approved|approves|ratified|ratifies|joined|joins|allowed|allows|accepted|accepts"
    # stances and views: "Beijing opposes", "Moscow relies on", "Tehran criticised",
    # "Seoul expressed regret", "Moscow occupies", "Kyiv has ignored", "Bamako turned to"
    r"|opposes|opposed|oppose|relies|relied|rely|views|viewed|criticised|criticized"
    r"|criticises|criticizes|occupies|occupied|ignored|ignores|expressed|expresses|voiced"
    r"|voices|pushed|pushes|pressed|presses|turned\s+to|turns\s+to"
    # "Moscow and Kyiv held a new round of talks"
    r"|held|holds|hold"
    r"|(?:is|are|was|were)\s+(?:expected|due|set|ready|prepared|determined|unlikely|likely"
    r"|keen|reluctant|willing|unwilling|concerned|alarmed|worried|deeply|[\"\u201c]deeply"
    r"|committed|opposed"
    # "shows that Moscow is not interested in peace", 'Moscow was "not interested"'
    r"|[\"\u201c]?not\s+(?:interested|serious|sincere|ready|prepared|willing|committed))"
    # ... or any verb by its grammar (what the lists above do not name):
    r"|" + _ANY_GOVERNMENT_VERB + r")"
    # ... never a headline's passive: "Kyiv hit by drones", "Khartoum attacked by the RSF"
    # (but "by" and a gerund is the means: "Berlin responded by closing the consulates")
    # (only after a verb of response: "Khartoum hit by shelling", "Kyiv hit by incoming
    # missiles" stay passives; review65t)
    r"(?!\s+by\b(?!\s+[a-z]{2,}ing\b)"
    r"|(?<!responded)(?<!reacted)(?<!retaliated)(?<!replied)(?<!answered)(?<!responds)"
    r"(?<!reacts)(?<!retaliates)(?<!replies)(?<!answers)(?<!respond)(?<!react)(?<!retaliate)"
    r"\s+by\b)"
)
# When, between a capital and its verb, as wires write it: "Kigali on Tuesday rejected",
# "Lilongwe last week recalled", "Abuja in March deployed" (a state's name is read so
# already: `_is_place` calls it no place where nothing places it).
_TIME_BEFORE_VERB: Final = (
    r"(?:(?:late\s+|early\s+)?on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
    r"|(?:last|this|earlier\s+this|late\s+last)\s+(?:week|weekend|month|year)|overnight"
    r"|in\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December))"
)
_GOVERNMENT_AFTER: Final = re.compile(
    # ... first of two or more: "Washington, Paris and London condemned"
    r"(?:['\u2019]s\b|(?:(?:,\s+[A-Z][\w\u0300-\u036f.-]*(?:\s+[A-Z][\w-]*)?){0,3}"
    # ... or after "neither": "neither Tripoli nor the LNA has forces there"
    r",?\s+(?:and|nor)\s+(?:(?:the\s+)?[A-Z][\w\u0300-\u036f.-]*(?:\s+[A-Z][\w-]*)?"
    # ... "both" or "each" after a named second: "as Moscow and Kyiv each accused the other"
    # (STATE67, 925)
    r"(?:\s+(?:both|each))?"
    # ... or with another government named by its kind: "Tripoli and the eastern
    # authorities in Benghazi both named members"
    r"|(?:the\s+(?:[a-z]+\s+){0,2}(?:authorities|government|administration|junta|leadership)"
    # ... or with an armed side named by its kind: "as Tripoli and militias trade blame",
    # "Damascus and the Kurdish-led administration signed" (STATE65)
    r"|(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:militias?|rebels|insurgents|militants|armed\s+groups"
    r"|opposition))"
    # (where the other side sits, and "both", after either kind: "Tripoli and the eastern
    # authorities in Benghazi both named members"; review65t)
    r"(?:\s+in\s+[A-Z][\w\u0300-\u036f-]*)?(?:\s+both)?))?"
    # an aside between commas: "Kyiv, meanwhile, has stepped up ..."
    r"(?:,\s+(?:meanwhile|however|though|too|in\s+turn|in\s+response|for\s+its\s+part"
    r"|for\s+their\s+part"
    # "when Bujumbura, then the capital, accused": what the city was then
    r"|(?:then|at\s+the\s+time)\s+the\s+(?:[a-z]+\s+)?(?:capital|seat\s+of\s+government)),"
    # ... or a relative clause: "Dushanbe, which borders both, urged restraint"; "Tehran,
    # whose forces fought there, said" (not before a copula: "Kabul, which fell in 2021,
    # remains tense" describes the city)
    r"|,\s+(?:which|whose)\s+[^,.;:\n\"\u201c\u201d()]{3,80}?,"
    r"(?!\s+(?:remains?|remained|is|was|has\s+been|had\s+been|lies|lay|stands|stood|seems"
    r"|seemed|looks|looked|feels|felt)\b))?"
    r",?\s+(?:" + _TIME_BEFORE_VERB + r",?\s+)?(?:(?:also|has\s+also|had|has|have|which|who|,)\s+)?"
    # an adverb between the capital and its verb: "Pyongyang later acknowledged"
    r"(?:(?:[a-z]{3,}ly|itself|too|alone|later|then|now|since|still|again|quickly|swiftly"
    r"|publicly|repeatedly|formally"
    r"|officially|initially|previously|recently|reportedly|subsequently|already|never"
    r"|firmly|openly)\s+)?"
    # ... a partial quote opening on the verb: 'said that Dhaka "will not accept' (STATE65)
    r"[\"\u201c]?" + _GOVERNMENT_VERBS + r"\b"
    # "Tehran-backed militias", "a Riyadh-led coalition": the government as a modifier
    r"|-(?:backed|led|allied|aligned|sponsored|funded|brokered|appointed|installed)\b"
    # "the Kyiv regime", "the Damascus regime": a capital naming its government
    r"|\s+regime\b)"
)
_GOVERNMENT_BEFORE: Final = re.compile(
    # (a participle may open the sentence: "Blaming Rwanda for every problem ...")
    r"\b(?:[Aa]ccus(?:ed|es|e|ing)|[Bb]lam(?:ed|es|e|ing)|[Uu]rg(?:ed|es|e|ing)"
    r"|[Ww]arn(?:ed|s|ing)?"
    r"|[Pp]ress(?:ed|es|ing)?|told|[Aa]sk(?:ed|s|ing)?|[Cc]riticis(?:ed|es|ing)"
    r"|[Cc]ondemn(?:ed|s|ing)?|[Cc]all(?:ed|s|ing)?\s+on|[Aa]ppeal(?:ed|s|ing)?\s+to)\s+"
    # ... both parties: "urged both Kabul and Islamabad to"
    r"(?:(?:both|either)\s+)?"
    # ... and the capital after the first: "asked Washington and Paris to"
    r"(?:[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+[A-Z][\w\u0300-\u036f'\u2019-]*)?"
    r"(?:,\s+|,?\s+and\s+))?$"
)


# A government dealt with, pressed or backed: "talks with", "pressure from", "pro-",
# "their sponsors in Tehran".
_DEALS_WITH_FORMS: Final = (
    r"(?:\b(?:talks|negotiations|dialogue|relations|ties|deal|agreement|accord|truce"
    r"|ceasefire)\s+with\s+|\b(?:pressure|backing|support|help|assistance|aid)\s+from\s+"
    r"(?:the\s+)?|\b(?:pro|anti)-"
    # a stance a government takes on another: "recognition of its position from Washington",
    # "condemnation from Paris"
    r"|\b(?:recognition|condemnation|criticism|approval|endorsement|praise|rebukes?)"
    r"(?:\s+of\s+(?:its|their|his|her|the)\s+[\w-]+)?\s+from\s+(?:the\s+)?"
    # "pressure on Addis Ababa", "concerns with Naypyitaw", "turned to Moscow for help"
    r"|\bpressure\s+on\s+|\bconcerns\s+with\s+"
    # ... a state turning to another or from one: "turned politically and militarily to
    # Moscow", "has turned away from France and towards Russia"
    r"|\bturned\s+(?:[a-z]+ly\s+(?:and\s+[a-z]+ly\s+)?)?(?:to|towards|away\s+from)\s+"
    r"(?:[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+[A-Z][\w\u0300-\u036f'\u2019-]*)?\s+and\s+"
    r"(?:to|towards)\s+)?"
    # a state addressed: "sent its recommendations to Nepal" (session 32 point 3)
    r"|\brecommendations?\s+to\s+"
    # ... or sent a message: "sends a message to New Delhi", "a warning to Kigali"
    r"|\b(?:message|signal|warning|ultimatum|letter)s?\s+to\s+"
    # "a delegation from Qatar", "envoys from Egypt and Qatar": the state sends them
    # (capitalised too, opening a sentence: "Delegations from Egypt and Qatar arrived")
    r"|\b(?:[Dd]elegations?|[Ee]nvoys?|[Mm]ediators|[Nn]egotiators|[Dd]iplomats)\s+from\s+"
    r"(?:the\s+)?"
    # "the army and its allies from Chad": a state allied to another
    r"|\b(?:allies|partners)\s+from\s+(?:the\s+)?"
    r"|\b(?:backers|sponsors|patrons|paymasters|masters)\s+in\s+"
    # "forces loyal to Damascus", "militias allied to Tehran"
    r"|\b(?:loyal|allied|aligned)\s+(?:to|with)\s+"
    # a government drawn to another state or defying it: "whose military rulers have drawn
    # closer to Russia", "to show it could stand up to Paris" (ACTOR66: dev 795, 926; only
    # after a government's noun: fighters and convoys draw closer to a capital on the ground)
    r"|\b(?:rulers|junta|juntas|government|governments|regime|authorities|leaders)"
    r"\s+(?:(?:has|have|had)\s+)?(?:drawn|drew|grown|grew)\s+(?:(?:much|ever|far)\s+)?"
    r"closer\s+to\s+"
    r"|\b(?:could|can|would|will|must|should|to)\s+stand\s+up\s+to\s+"
    # "at the request of Maputo", "at the invitation of Baghdad"
    r"|\b(?:request|invitation|behest|insistence|urging)\s+of\s+"
    # a government asked for its word: "There was no immediate comment from Kyiv", "no
    # reaction from the Kremlin"; a polity left: "declared independence from Serbia"
    r"|\b(?:comment|reaction|response|reply|word|confirmation)\s+from\s+(?:the\s+)?"
    # a state as a backer or a party with a stake: "has the backing of Saudi Arabia", "the
    # interests of Riyadh and Abu Dhabi", "with the blessing of Moscow"
    r"|\b(?:backing|blessing|interests)\s+of\s+(?:the\s+)?"
    # a state or capital that commands: "an order from Caracas", "on instructions from
    # Moscow", "without permission from Kabul"; and one that holds ground: "under the
    # control of Turkey", "in the hands of Ethiopia"
    r"|\b(?:orders?|instructions?|directives?|permission|authori[sz]ation|go-ahead"
    r"|green\s+light)\s+from\s+(?:the\s+)?"
    r"|\bunder\s+(?:the\s+)?(?:control|command|authority)\s+of\s+(?:the\s+)?"
    r"|\bin\s+the\s+hands\s+of\s+(?:the\s+)?"
    r"|\b(?:independence|secession|seceded|secede|secedes)\s+from\s+(?:the\s+)?)"
)
_DEALS_WITH: Final = re.compile(_DEALS_WITH_FORMS + "$")
# A government someone means to move, before "to" and its verb: "We expect Belgrade to hand
# over", "pressed Beijing to", "persuaded Moscow to" (never "travel to Kyiv to meet").
_MOVED_BEFORE: Final = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|want(?:s|ed|ing)?|persuad(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)"
    r"|forc(?:e|es|ed|ing)|allow(?:s|ed|ing)?|invit(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)"
    r"|convince[sd]?|convincing|push(?:es|ed|ing)?|get|gets|got"
    # ... or any verb by its form that moves someone to act: "prompting Moscow to respond",
    # "led Kyiv to", "helped Kigali to" (the capital's own verb after "to" follows)
    r"|[a-z]{3,}(?:s|ed|ing)|led|lead|leads|help|let|made|make|makes)\s+$"
)
# What "to" may open after a capital that is no verb of its own: "reduced Kyiv to rubble",
# "returned Kabul to the Taliban".
_TO_NO_VERB: Final = re.compile(
    r" to (?:[A-Z]|(?:power|normal|normality|life|order|peace|ruins|rubble|dust|safety|the|a"
    r"|an|its|their|his|her|this|that|which|where|whom|tears|calm|darkness|standstill|halt)\b)"
)
# "at Juba's request": the government that asked.
_REQUEST_AFTER: Final = re.compile(
    r"['\u2019]s (?:(?:formal|official|own|urgent) )?(?:request|invitation|behest|insistence"
    r"|urging)\b"
)
# A verb of the land itself right before a state's name (STATE65): touched, faced, defended
# or protected as ground ("is touching Pakistan", "facing Bangladesh", "to defend Somalia").
_LAND_TOUCHED_BEFORE: Final = re.compile(
    r"\b(?:touch|touches|touched|touching|facing|defend|defends|defended|defending|protect"
    r"|protects|protected|protecting)\s+$"
)
# ... but not a party defended or faced before a court or a council: "the lawyers defending
# Myanmar at the International Court of Justice", "Gambia, facing Myanmar in court"
# (review65t)
_PARTY_IN_A_FORUM_AFTER: Final = re.compile(
    r"\s+(?:(?:at|before)\s+(?:the\s+)?[A-Z]|in\s+(?:court|the\s+(?:case|court|tribunal"
    r"|dispute|lawsuit|council)))"
)
# A state's name right after a verb of armed attack: the land struck, as the dev gold reads
# the noun forms ("attacks on Israel", "the invasion of Ukraine", "Israeli strikes on Sanaa":
# 14 of 14 untagged in 13 articles) and "the enemy attacked Ukraine with 96 attack UAVs"
# (492) (STATE67). Past tense and participles only: a present "attacks" is as often a
# generic claim ('"Anyone who attacks them attacks Pakistan"', 765, tagged).
_ATTACKED_BEFORE: Final = re.compile(
    r"\b(?:(?P<plain>invaded|invading|bombed|bombing|bombarded|bombarding|shelled|shelling"
    r"|struck|pounded|pounding)|(?P<ambiguous>attacked|attacking|targeted|targeting|raided"
    r"|raiding))\s+$"
)
# What makes "attacked" and "targeted" an armed act rather than words or sanctions: a weapon
# or a force in the same sentence ("attacked Ukraine with 96 drones", "Russian forces
# attacked"), not "attacked Israel in a speech", "targeted Iran with sanctions".
_ARMED_NEAR: Final = re.compile(
    r"\b(?:drones?|UAVs?|missiles?|rockets?|shells?|artillery|mortars?|bombs?|warplanes?|jets?"
    r"|aircraft|helicopters?|air\s*strikes?|strikes|troops|forces|army|military|soldiers"
    r"|fighters|militants|gunmen|tanks|munitions|Shaheds?)\b"
)
_WORDS_NOT_ARMS: Final = re.compile(
    r"\b(?:sanctions?|tariffs?|speech|statement|remarks|interview|criticism|rhetoric|post|tweet"
    r"|op-ed|editorial|words|comments?|verbal(?:ly)?|court|legal)\b"
)


# A name that only modifies what follows it, so that the verb before it does not take it as
# its object: "struck Venezuela-linked boats", "hit Kenya Airways planes" (STATE67).
_NAME_MODIFIES: Final = re.compile(
    r"-\w| (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\b)[A-Z][a-z]"
)


# A verb's -ing form after a determiner is a noun, and the name after it the subject of a
# relative clause: "The bombing Israel carried out", "During the shelling Armenia reported"
# (review67t).
_ATTACK_NOUN_BEFORE: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[a-z]+\s+)?$"
)
# An attack in words: "attacked France for keeping troops", "attacked Rwanda over its
# support for M23 fighters", "attacked France, accusing it of arming militants" (review67t).
_ATTACKED_IN_WORDS_AFTER: Final = re.compile(
    r"\s+(?:for|over)\s+(?:its|their|his|her|what|allegedly|alleged|being|having|[a-z]+ing)\b"
    r"|,\s+(?:accusing|saying|calling|blaming|describing|charging)\b"
)


def _land_attacked(text: str, start: int, end: int, before: str) -> bool:
    """True for a state's name as the object of a verb of armed attack ("Russia attacked
    Ukraine overnight with 96 drones", "Israel struck Iran", "invaded Ukraine in 2022"): the
    land attacked, not a party acting (STATE67). The sentence around is read within 120
    characters each side, so the test is linear in the text's length."""
    found = _ATTACKED_BEFORE.search(before)
    if found is None and text.endswith((" and ", ", ", " or "), max(0, start - 5), start):
        # ... and a later item of a list after such a verb ("Israel bombed Lebanon and Syria":
        # both lands struck, as the first is read), unless it opens a clause of its own
        # ("Israel bombed Lebanon and Syria condemned the strikes") (misfire68)
        line = text.rfind("\n", max(0, start - 140), start) + 1
        found = _ATTACKED_THEN_LIST.search(text, max(0, start - 140, line), start)
        if found is None or _later_list_item_acts(found, text, end):
            return False
        verb = found.start()
        # (read on as if the name stood right after the verb)
        before = text[max(0, verb - 25) : verb] + found.group("verb") + " "
        found = _ATTACKED_BEFORE.search(before)
    if found is None or _PARTY_IN_A_FORUM_AFTER.match(text, end) or _NAME_MODIFIES.match(text, end):
        return False
    if _STATE_WHICH_ACTS.match(text, end):
        return False  # "Israel struck Iran, which vowed to retaliate": it acts (review67t)
    if found.group().endswith("ing ") and _ATTACK_NOUN_BEFORE.search(before, 0, found.start()):
        return False  # "The bombing Israel carried out": the name opens a clause (review67t)
    if found.group("ambiguous") is not None and _ATTACKED_IN_WORDS_AFTER.match(text, end):
        return False  # "attacked France for keeping troops in the Sahel" (review67t)
    lo = max(0, start - 120)
    opens = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    lo = lo if opens < 0 else opens + 1
    stop = re.compile(r"[.!?\n]").search(text, end, min(len(text), end + 120))
    hi = min(len(text), end + 120) if stop is None else stop.start()
    sentence = text[lo:hi]
    if _WORDS_NOT_ARMS.search(sentence):
        return False  # "attacked Iran in a speech", "struck Russia with new sanctions"
    return found.group("plain") is not None or bool(_ARMED_NEAR.search(sentence))


# A verb of armed attack, then a list's earlier names before a name ("bombed Lebanon and ").
_ATTACKED_THEN_LIST: Final = re.compile(
    r"\b(?P<verb>invaded|invading|bombed|bombing|bombarded|bombarding|shelled|shelling|struck"
    r"|pounded|pounding|attacked|attacking|targeted|targeting|raided|raiding)\s+"
    r"(?P<listed>(?:[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+[A-Z][\w\u0300-\u036f'\u2019-]*){0,2}"
    r"(?:,\s+|,?\s+(?:and|or)\s+)){1,4})$"
)
# Earlier items of a list of names before a name ("Kenya, Ethiopia and "), so that a
# frame read before a list's first name reads its later names too (STATE67).
_LIST_BEFORE: Final = (
    r"(?:(?:the\s+)?[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+[A-Z][\w\u0300-\u036f'\u2019-]*){0,2}"
    r"(?:,\s+|,?\s+(?:and|or)\s+)){0,4}"
)
# Land given to a state or taken from one (STATE67): "awarded to Cambodia", "ceded to", "handed
# to Cameroon" (not "handed over", "transferred", "returned", said of people and goods taken
# somewhere: "the wounded were transferred to Chad"), "seized control of the shoal from the
# Philippines".
_TERRITORY_PARTY_BEFORE: Final = re.compile(
    r"\b(?:(?:awarded|ceded|handed(?:\s+back)?)\s+(?:(?!over\b)[\w-]+\s+){0,4}?to"
    r"|(?:seized|captured|took|taken|wrested|won|regained|recaptured)\s+control\s+of\s+"
    r"(?:[\w-]+\s+){0,4}?from)\s+(?:the\s+)?$"
)
# The land given or taken, near the verb (review67t): not "the World Cup was awarded to
# Morocco", "the gold medal was awarded to Kenya", "handed a 3-1 defeat to Egypt", "took
# control of shipments from China", "the tender was awarded to China Harbour Engineering".
_LAND_GIVEN_NEAR: Final = re.compile(
    r"\b(?:territor(?:y|ies)|lands?|islands?|islets?|peninsula|strip|temple|region|area|province"
    r"|village|town|city|border|shoal|reef|atoll|enclave|zone|district|post|crossing|base|port"
    r"|coast|waters|mangrove|sovereignty)\b"
)
# A disaster that befalls a country, in the active voice: "Floods hit Nigeria", "Heavy rains
# flooded Sudan", "Cyclone Idai struck Mozambique in 2019" (STATE67): what befalls the land,
# as the passive "Mozambique was hit by a cyclone" is read (`_STATE_OF_A_PLACE`, STATE65).
# In the same sentence, up to 40 characters between the disaster and its verb; "storm" in
# lower case only (not "Storm Shadow missiles struck Russia", "Operation Desert Storm").
_DISASTER_HIT_BEFORE: Final = re.compile(
    r"(?:\b(?:[Ff]loods?|[Ff]looding|[Rr]ains|[Dd]roughts?|[Ee]arthquakes?|[Qq]uakes?|storms?(?!\s+of\b)"
    r"|[Hh]eatwaves?|[Ll]andslides?|[Mm]udslides?|[Ll]ocusts|[Ww]ildfires?|[Ee]pidemics?"
    r"|[Cc]holera)\b|\b(?:[Cc]yclone|[Hh]urricane|[Tt]yphoon|[Tt]ropical [Ss]torm)"
    r"(?: [A-Z][a-z]+)?)"
    r"[^.;:!?\n\"\u201c\u201d]{0,40}?\s(?:hit|hits|struck|strikes|swept|sweeps|swept through"
    r"|battered|batters|lashed|lashes|flooded|ravaged|ravages|devastated|devastates|pounded"
    r"|hammered|hitting|striking|battering|lashing|ravaging|sweeping(?: through)?|hammering)"
    r"\s+(?:(?:parts|much|most|swathes|areas|large parts) of\s+)?(?P<listed>" + _LIST_BEFORE + r")$"
)
# A border, an island or a lake a land shares with a state: "which shares the island of
# Hispaniola with Haiti", "share a 520-km border with Myanmar", "all share borders with
# Myanmar" (dev 34, 265, 923: 3 of 3 untagged; STATE67); not what a government shares
# ("shared the evidence with Kabul", `_addressed_by_a_message`), nor a river's waters a
# state is refused ("refuse to share the Nile waters with Ethiopia": a party; review67t).
_SHARED_LAND_BEFORE: Final = re.compile(
    r"\b(?:share|shares|shared|sharing)\s+(?:[\w,-]+\s+){0,4}?(?:borders?|frontiers?|island|islands"
    r"|coastlines?|boundar(?:y|ies)|lake|peninsula)\b(?:\s+of\s+[A-Z][\w-]*)?"
    r"\s+with\s+(?:the\s+)?(?P<listed>" + _LIST_BEFORE + r")$"
)
# The rest of a list after a name, then a verb: the list's names are the subject of a new
# clause ("Floods hit Sudan, Egypt said", "hit Somalia and Kenya declared an emergency",
# "hit Sudan, Chad and South Sudan responded"), not later items of the land hit (review67t).
_LIST_ITEM: Final = (
    r"(?:the\s+)?[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+[A-Z][\w\u0300-\u036f'\u2019-]*){0,2}"
)
_PREDICATE: Final = (
    r"\s+(?:(?:also|then|later|has|have|had|is|are|was|were|will|would|can|could|must|did|does"
    r"|said|says|sent|told|[a-z]{3,}ed)\b|(?!(?:this|thus|plus|across|towards|always|perhaps"
    r"|besides|afterwards|whereas|unless)\b)[a-z]{3,}[^s\W]s\b)"
)
# ... the rest of an open list first ("hit Sudan, Chad and South Sudan responded"); a list
# closed by "and" before the name ends there ("Rains lashed Kenya and Somalia, and Kenya
# deployed the army": Somalia is hit).
_LIST_THEN_PREDICATE: Final = re.compile(
    r"(?:,\s+" + _LIST_ITEM + r"){0,3}(?:,?\s+(?:and|or)\s+" + _LIST_ITEM + r")?" + _PREDICATE
)
_PREDICATE_AFTER: Final = re.compile(_PREDICATE)


def _later_list_item_acts(found: re.Match[str], text: str, end: int) -> bool:
    """Whether a name that a disaster's or a shared border's list reads (`listed`) as a later
    item opens a clause of its own instead (`_LIST_THEN_PREDICATE`)."""
    listed = found.group("listed")
    if not listed:
        return False
    closed = listed.rstrip().endswith((" and", " or"))
    return bool((_PREDICATE_AFTER if closed else _LIST_THEN_PREDICATE).match(text, end))


# "reach" a government, not a land (review65t): "Attempts to reach Eritrea for comment were
# unsuccessful", "tried to reach Iran through Omani intermediaries" (STATE65 reads "reach"
# as "reached": "the migrants who reach Yemen").
_REACH_BEFORE: Final = re.compile(r"\b(?:reach|reaches|reached|reaching)\s+$")
_CONTACTED_AFTER: Final = re.compile(
    r"\s+(?:for\s+(?:comment|a\s+response)|by\s+(?:tele)?phone|through\s+(?:[\w-]+\s+)?"
    r"(?:intermediar|mediator|channels?|back[\s-]?channels?|diplomatic)|via\s+(?:[\w-]+\s+)?"
    r"(?:intermediar|mediator|channels?))"
)
# The government behind a force: "its backers in neighbouring Drevlia".
_BACKERS_IN: Final = re.compile(
    r"\b(?:backers|sponsors|patrons|paymasters|masters)\s+in\s+(?:neighbou?ring\s+)?$"
)
# A city that is held, taken or struck is a place ("the Houthis, who control Sanaa, said").
_CITY_OBJECT: Final = re.compile(
    r"\b(?:control|controls|controlled|controlling|seized|seize|seizing|captured|capture"
    r"|capturing|took|take|taking|hold|holds|held|holding|besieged|besieging|encircled"
    r"|surrounded|shelled|shelling|bombed|bombing|struck|strike|striking|hit|hitting"
    r"|attacked|attacking|visited|visiting|visit|left|leaving|rule|rules|ruled)\s+$"
)


# What every form of _PLACE_BEFORE (case aside) and _DEALS_WITH ends with before their
# closing whitespace: the last word of each, and the optional words after it.
_PLACE_BEFORE_LAST: Final = words(
    "in into inside across throughout from to towards near around outside at via of central "
    "northern southern eastern western north south east west northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern with borders bordering "
    "reach reaches reached reaching entered entering for off through leave leaves leaving left "
    "fled flee "
    "flees fleeing toward within between linking connecting links connects on than capital "
    "lost swept seized captured recaptured retook besieged overran "
    "lake mount river the neighbouring neighboring federal mainland both either visited "
    "visiting straddles straddle straddled straddling cross crosses crossed crossing follows "
    "followed covers covered studies studied tracks tracked monitors monitored researches "
    "researched"
)
_DEALS_WITH_LAST: Final = words("with from the on to in of towards")
_ASCII_WORD_CHARS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"


def _last_word_before_space(window: str) -> str | None:
    """The ASCII word characters right before the whitespace that ends `window` (a comma
    between them skipped), or None when no whitespace ends it."""
    rest = window.rstrip()
    if len(rest) == len(window):
        return None
    if rest.endswith(","):
        rest = rest[:-1]  # "the capital, Bamako"
    return rest[len(rest.rstrip(_ASCII_WORD_CHARS)) :]


def _place_before(text: str, begin: int, end: int) -> bool:
    """`_PLACE_BEFORE.search(text, begin, end)`, searched only when the window ends with a
    space after one of its words: the search tries every offset of the window, before
    nearly every listed name of a long article. (Case is compared ASCII only: a window
    with other characters is searched, as case-insensitive matching has its own rules.)"""
    window = text[begin:end]
    if window.isascii():
        last = _last_word_before_space(window)
        if last is None or last.lower() not in _PLACE_BEFORE_LAST:
            return False
    return _PLACE_BEFORE.search(text, begin, end) is not None


def _deals_with(before: str) -> bool:
    """`_DEALS_WITH.search(before)`, searched only when `before` ends as one of its forms
    does: "pro-", "anti-" (before a line break too: `$` stands before one), or a space
    after one of its last words."""
    if not before.endswith(("-", "-\n")):
        last = _last_word_before_space(before)
        if last is None or last not in _DEALS_WITH_LAST:
            return False
    return _DEALS_WITH.search(before) is not None


# A capital's possessive before the city's own places, people or mayor: "found dead at
# Nairobi's Central Police Station", "Tehran's airport", "Kinshasa's outskirts", "Taiz's
# main hospital" (dev gold: none tagged): the city, not its government (STATE65).
_CITY_PLACE_AFTER: Final = re.compile(
    r"['\u2019]s (?:(?:main|central|international|old|new|largest|biggest|busiest|crowded"
    r"|poorest|[a-z]+ern) )?(?:streets?|outskirts|suburbs?|neighbou?rhoods?|districts?|airport"
    r"|hospitals?|markets?|prisons?|university|stadium|residents|inhabitants|population(?!\s+(?:policy|policies|control|planning))|mayor"
    r"|city\s+council|municipality|port|harbou?r|slums?|townships?|skyline)\b"
    r"|['\u2019]s (?:[A-Z][\w'\u2019-]* ){1,4}(?:Station|Hospital|Airport|Prison|Market"
    r"|University|Stadium|Square|Street|Road|Avenue|Bridge|Mosque|Cathedral|Church)\b"
)


def _government_position(text: str, start: int, end: int, chain: int = 2) -> bool:
    # (never across a line break: "... 27,000 flee\nSaudi Arabia urges": a headline's
    # last word governs nothing on the next line)
    if _CITY_PLACE_AFTER.match(text, end) or _CITY_PEOPLE_AFTER.match(text, end):
        return False
    prior = _PRIOR_ITEM.search(text, max(0, start - 40), start) if chain else None
    if prior is not None and _government_position(text, prior.start(1), prior.end(1), chain - 1):
        # "signed by Baghdad and Erbil", "in contact with Baghdad and Ankara": the second
        # of two names joined by "and" where the first stands as a government (STATE67; the
        # dev gold tags both in 776, 853, 503, 47); at most two names back
        return True
    before = text[max(0, start - 25, text.rfind("\n", max(0, start - 25), start) + 1) : start]
    if _deals_with(text[max(0, start - 45) : start]) or _REQUEST_AFTER.match(text, end):
        # "peace talks with Bogotá", "pressure from Beijing", "at Juba's request"
        return True
    if before.endswith("to ") and _SOURCE_CAPITAL.search(before) and _SOURCE_ENDS.match(text, end):
        return True  # "according to Seoul.": the government as a source, as a state is
    if _addressed_by_a_message(text, start):
        return True  # "protested to Kathmandu", "shared the findings with Beijing" (ACT31)
    if _SAYS_BEFORE.search(before) and _SAYS_ENDS.match(text, end):
        # an inverted attribution closing its clause, in a headline as in the body ("...
        # Fire In Syunik, Says Yerevan", "..., said Kigali."): the government speaks, as a
        # state's name there does (STATE65)
        return True
    if before.endswith((", ", " and ", " or ")) and _in_addressed_list(text, start):
        return True  # "sent notes to both Naypyitaw and Beijing": the list's later capital
    if _place_before(before, 0, len(before)) or _CITY_OBJECT.search(before):
        return False  # "a coalition in Niamey, said": a place, whatever verb follows
    if before.endswith(" with ") and not _WITH_A_PLACE.search(before):
        return True  # "its quarrel with Kigali", "signed a deal with Bangui": a party dealt with
    if _GOVERNMENT_AFTER.match(text, end):
        return True
    if _GOVERNMENT_BEFORE.search(text, max(0, start - 45), start):
        return True
    if (
        text.startswith(" to ", end)
        and not _TO_NO_VERB.match(text, end)
        and _MOVED_BEFORE.search(text, max(0, start - 16), start)
    ):
        return True
    # "appointed by Erbil", "an agreement between Baghdad and the KRG" (either side)
    if (
        text.endswith(("by ", "official "), max(0, start - 9), start)
        and _AGENT_BEFORE.search(text, max(0, start - 40), start)
        # (not the first word of a longer name: "transferred by Nairobi Hospital staff")
        and not (text.startswith(" ", end) and text[end + 1 : end + 2].isupper())
        # (nor the city's people or a place's compound: "deported by Paris prosecutors",
        # "repatriated by Kabul-based aid agencies"; review68a)
        and not _BY_CITY_NOUN_AFTER.match(text, end)
    ):
        return True
    if "between" not in text[max(0, start - 110) : start]:
        return False
    return bool(
        _PARTIES_BEFORE.search(text, max(0, start - 110), start)
        or _PARTIES_KIND_BEFORE.search(text, max(0, start - 110), start)
        or (
            _PARTIES_FIRST.match(text, end)
            and _PARTIES_OPENING.search(text, max(0, start - 40), start)
        )
    )


# The city's people after a capital's name, which only says where they live: "told Kabul
# residents to stay indoors", "urged Nairobi residents to avoid the area" (STATE67; the dev
# gold leaves "<place> residents / farmers / citizens" untagged, 3 of 3, as the guideline
# leaves "three U.S. citizens"), whatever verb governs the phrase.
# What follows a city that is no agent of a passive ("by Paris prosecutors", "by Kabul-based
# agencies", "by Gaza health officials"): a compound of place, or a plural noun or a body's
# word in lower case (review68a).
_BY_CITY_NOUN_AFTER: Final = re.compile(
    r"-based\b"
    r"| (?:(?!(?:in|on|at|to|for|after|with|during|over|under|since|last|this|earlier|and|or)\b)"
    r"[a-z]+ )?(?!(?:as|is|was|has|this|thus|plus|across|towards|whereas|unless|perhaps)\b)"
    r"[a-z]+s\b(?! (?:of|by)\b)"
    r"| (?:staff|police|personnel|security|crew|team|authorities|municipality|council)\b"
)
_CITY_PEOPLE_AFTER: Final = re.compile(
    r" (?:residents|inhabitants|dwellers|traders|shopkeepers|merchants|motorists|commuters"
    r"|drivers|families|households|people|civilians|citizens|youths|students|voters|farmers"
    r"|fishermen|women|men|children|parents|worshippers|neighbourhoods|neighborhoods)\b"
)


# A capitalised name (one to three words) and "and" right before a name, on its line: the
# first of a pair ("Baghdad and ", "New Delhi and "), read by `_government_position`.
_PRIOR_ITEM: Final = re.compile(
    r"(?<![\w'\u2019.-])([A-Z][\w\u0300-\u036f'\u2019-]*(?: [A-Z][\w\u0300-\u036f'\u2019-]*){0,2})"
    r",? and $"
)


# A capital named as the source of a figure or claim: "according to Seoul" (not "according
# to Kabul police", where the capital names where the police serve): the capital closes its
# noun phrase.
_SOURCE_CAPITAL: Final = re.compile(r"\b[Aa]ccording\s+to\s+$")
# An inverted attribution's verb after a comma: ", says Yerevan", ", Said Kigali".
_SAYS_BEFORE: Final = re.compile(
    r"(?:,[\"\u201d\u2019]?|[!?][\"\u201d\u2019])\s+(?:[Ss]ays|[Ss]aid|SAYS|SAID)\s+$"
)
# ... the capital closing it: punctuation or the headline's line end.
# (not a comma before an apposition: '"It was a massacre," said Paris, a resident of the
# camp' names a person; review65t)
_SAYS_ENDS: Final = re.compile(
    r"(?:[.;:)!?\"\u201d]|,(?!\s+(?:a|an|the|who|whose|aged|one|himself|herself|\d)\b)"
    r"|[ \t]*(?:\n|$))"
)
_SOURCE_ENDS: Final = re.compile(r"(?:[,.;:)!?\"\u201d]|\s+(?:and|or)\s+[A-Z]|$)")


# Before "with" and a capital, what makes it a place, not a party: "compared with Kabul",
# "flights with Nairobi", "twinned with Paris" (a border is `_PLACE_BEFORE`'s).
_WITH_A_PLACE: Final = re.compile(
    r"\b(?:compared|together|along|twinned|connected|linked|flights?|links?|connections?"
    r"|roads?|highways?|routes?|rail|trains?|buses|border\s+[a-z]+|crossings?|shares?|shared"
    r"|sharing|island|city|cities|town|towns|capital)\s+with\s+$"
)


# The agent of a passive: "appointed by Erbil", "backed by Tehran".
_AGENT_BEFORE: Final = re.compile(
    r"\b(?:appointed|backed|supported|funded|armed|recognised|recognized|rejected|approved"
    r"|opposed|condemned|criticised|criticized|sanctioned|designated|controlled|brokered"
    r"|mediated|ordered|imposed|proposed|announced|denied|accused|blamed|signed|named"
    # "a boundary never accepted by Mizoram"
    r"|accepted|endorsed|disputed"
    # "a group organised and financed by Belgrade", "militias trained by Tehran"
    r"|financed|sponsored|organi[sz]ed|orchestrated|instigated|trained|equipped|installed"
    r"|directed)"
    # ... an adverb between: "recognised only by Ankara"; "financed by official Belgrade"
    r"\s+(?:(?:only|also|even|largely|widely|jointly|openly|directly|partly|mainly|solely"
    r"|formally|secretly|heavily)\s+)?by\s+(?:official\s+)?$"
    # ... or a handover of a person in custody, its receiver between: "handed over to the
    # court by Bangui", "extradited to Kenya by Kampala" (ACT68)
    r"|\b(?:handed|extradited|transferred|surrendered|deported|repatriated)"
    r"(?:\s+(?:over|back))?(?:\s+to\s+(?:the\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)?"
    r"\s+by\s+$"
)
# The parties to an agreement or a dispute: "a deal between Kyiv and Moscow".
_PARTIES: Final = (
    r"\b(?:(?i:agreement|deal|talks|negotiations|dispute|tensions?|relations|ties|rift|accord"
    r"|pact|truce|ceasefire|standoff|row|feud|rapprochement|meeting|summit)\s+(?:[\w-]+\s+){0,2}?"
    # ... or what governments do together, right before "between": "cooperation between
    # Moscow and Pyongyang", "months of contacts between Berlin and X" (no "exchange":
    # "exchanges of fire between Khartoum and Omdurman", "cultural exchanges between X and Y
    # universities" are between places)
    r"|(?i:cooperation|contacts|consultations|treaty)\s+)"
    r"between\s+"
)
_PARTIES_OPENING: Final = re.compile(_PARTIES + r"$")
_PARTIES_BEFORE: Final = re.compile(
    _PARTIES + r"(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4}"
    r"(?:\s+\([A-Z]+\))?\s+and\s+$"
)
_PARTIES_FIRST: Final = re.compile(
    r"\s+and\s+(?:the\s+)?[A-Z]"
    # ... or the other side named by its kind: "talks between Addis Ababa and the rebels",
    # "peace talks between Riyadh and the group"
    r"|\s+and\s+the\s+(?:[a-z]+\s+)?(?:group|rebels|insurgents|militants|militias?|movement"
    r"|jihadists|separatists|guerrillas|opposition|fighters"
    # ... or a regional government or its head: "a rift between Abuja and the governor",
    # "talks between Mogadishu and the regional administration" (STATE65)
    r"|governor|government|authorities|administration|leadership)\b"
)
# The same, with the side named by its kind first: "talks between the Kurdish-led group
# and Damascus" (STATE65).
_PARTIES_KIND_BEFORE: Final = re.compile(
    _PARTIES + r"the\s+(?:[\w-]+\s+){0,2}?(?:group|rebels|insurgents|militants|militias?"
    r"|movement|jihadists|separatists|guerrillas|opposition|fighters|governor|administration"
    r"|authorities)\s+and\s+$"
)


# After a state's name: it is a place ("Britain-based") or a label for something that
# happens there ("the Sudan war", "Ondara fighting spreads", "Syria talks").
_PLACE_AFTER: Final = re.compile(
    r"(?:-based\b|-flagged\b|-registered\b|-bound\b|-born\b"
    # "on the Sudan side of the border"
    r"| side of\b"
    r"| (?:war|wars|conflict|crisis|talks|ceasefire|truce|border|borders|peace|drought"
    r"|fighting|offensive|campaign|sweeps?|detention|region|province|coast|desk|bureau"
    # an aid agency's label for a crisis: "the appeal for the Mali situation"
    r"|situation|emergency"
    # a specialist of it: "a Syria analyst", "Sudan researchers"
    r"|correspondent|analysts?|experts?|researchers?|specialists?|scholars?|watchers?"
    r"|operations?|front|frontline|refugees|camp|camps|aid|appeal|town|towns"
    r"|village|villages|city|cities|violence|massacre|unrest|clashes|floods|famine"
    # a place in it: "storm Mogadishu hotel", "Kabul airport"
    r"|hotel|hotels|airport|seaport|market|prison|jail|hospital|university|stadium|mosque"
    r"|church|school|harbour|harbor"
    # a court unnamed: "Chad court jails 21" (guideline, session 30 point 6)
    r"|court|courts"
    # its money and its land: "3,000 US dollars", "along the Congo river", "on Congo
    # displacement camp"
    r"|dollars?|river|rivers|delta|valley|basin|displacement)\b"
    # what happened there, in a headline's nouns: "Haiti gang attack", "Kenya bus attack"
    r"| (?:(?:gang|bus|car|truck|suicide|mosque|church|school|market|hotel|prison|village"
    r"|border|drone|bomb|militia|rebel|jihadist|bandit|militant|road|train|air) )?"
    r"(?:attack|bombing|blast|raid|ambush|shooting|explosion|crash)\b"
    # ... one strike by its weapon ("Ethiopia drone strike on Amhara market", "Myanmar air
    # strike on village school"); never a bare "strikes", a verb ("Israel strikes Gaza"),
    # nor a campaign of them, which the state wages ("U.S. air strikes on the port")
    r"| (?:drone|air|missile|rocket) strike\b| airstrike\b"
    # federal units named with their kind in lower case: "straddles Kwara and Niger states"
    # (a state's name as a region of another; "run by Galmudug state" is the polity acting)
    r"| states\b"
    # a longer place name: "the Niger Delta", "Congo River", "Niger State", "Mexico City"
    r"| (?:Delta|River|Valley|Basin|Desert|Mountains|Lake|Coast|State(?! Department)|Region|City"
    r"|Gulf|Strait|Canal|Highlands|Plateau|Peninsula|Corridor|Pass"
    # a street or a square named after a state: "along Syria Street", "Iraq Square"
    r"|Street|Road|Avenue|Square|Boulevard|Bridge|Highway)\b"
    # the state's things: "Niger army post", "Myanmar military air strike"
    r"| (?:army|military|police|security|border|navy|naval|junta|government)"
    r" (?:posts?|bases?|camps?"
    r"|convoys?|checkpoints?|barracks|positions?|air\s+strikes?|airstrikes?|helicopters?|jets?"
    r"|drones?|planes?|aircraft|vehicles?|trucks?|uniforms?|officers?|officials?|soldiers?"
    r"|troops|personnel|guards?|pilots?|units?|artillery|tanks?|patrols?"
    # "a Kosovo police sergeant", "a Kenya government agency"
    r"|sergeants?|corporals?|lieutenants?|captains?|constables?|inspectors?|agents?"
    r"|bod(?:y|ies)|agenc(?:y|ies))\b"
    # its people: "Chad nationals", "three U.S. citizens" (its agents are another matter:
    # "15 Benin soldiers", "Somaliland troops" tag the state, guideline point 6 of session 30)
    r"| (?:civilians|nationals|citizens|villagers"
    r"|migrants|workers|fishermen|farmers|herders|refugees|pilgrims"
    # ... one of them, or those fighting there: "a New Zealand pilot", "Cameroon separatists"
    r"|pilots?|hostages?|separatists|rebels|insurgents|militants|jihadists"
    # ... the outfits and campaigners of the place, none of them its agents: "Haiti gangs
    # advance", "Bahrain rights group says", "Mexico cartels" (ACTOR66: dev 318, 766)
    r"|gangs|cartels|bandits|militias?|protesters|demonstrators|activists"
    r"|(?:human )?rights (?:groups?|activists|defenders|watchdogs?|organi[sz]ations?))\b"
    # ... or a report's label: "Syria security digest, 24-30 November" (ACTOR66: dev 406)
    r"| (?:security )?(?:digest|roundup|round-up|newsletter|bulletin)\b)"
)
# A matter about a state, the name its topic, after "the" or a possessive: "handling the
# North Korea file", "the Nepal dispute", "the Palestine question"; and a mission sent there
# ("the Somalia mission", not a state's own "U.S. mission to the U.N."). Never without the
# determiner, where the noun may be a verb: "Kenya and Somalia dispute the border", "Iran
# files a complaint", "Rwanda, Uganda issue joint statement" act.
_TOPIC_AFTER: Final = re.compile(
    r" (?:file|dossiers?|dispute|issue|question|portfolio|missions?(?! to\b))\b"
)
_TOPIC_DETERMINER_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er) $"
)
# A state's possessive acts only through its bodies ("Russia's defence ministry",
# "Rwanda's government spokeswoman"); otherwise it places ("Yemen's capital",
# "Colombia's largest rebel group", "Afghanistan's Taliban").
_POSSESSIVE: Final = re.compile(r"['\u2019]s\b")
_ACTS_THROUGH: Final = re.compile(
    r"['\u2019]s (?:own )?"
    # (not its opposition or its rebels: "Belarus's exiled opposition leader", "Colombia's
    # main rebel leaders" name who opposes the state; STATE65)
    r"(?:(?!(?:opposition|rebels?|separatists?|insurgents?|exiled|dissidents?)\b)"
    r"[a-z][\w-]* ){0,2}?"
    r"(?:government|ministry|minister|president|presidency|army"
    r"|military|forces|parliament|cabinet|authorities|junta|regime|leaders?|envoy"
    r"|ambassador|administration|representative|delegate"
    r"|embassy|spokes\w+|officials?|delegation|navy|air force|prime|foreign|defen[cs]e"
    # "summoned Pakistan's charge d'affaires", "at odds with Puntland's leadership"
    r"|charg[e\u00e9] d['\u2019]affaires|diplomats?|consul|consulate|leadership"
    # "Iran's mission to the United Nations", "Afghanistan's new rulers"
    r"|mission|rulers?"
    # "Thailand's peace dialogue panel", "Ukraine's negotiators"
    r"|panel|negotiators?|committee"
    # "a ceasefire brokered with Malaysia's help", "Russia's answer to every proposal",
    # "Vietnam's maritime search and rescue centre"
    r"|help|mediation|answer|reply|centre|center"
    r"|(?:search\s+and\s+)?rescue\s+(?:centre|center|service|agency|authority)"
    # its rights office in lower case: "Serbia's ombudsman", "Georgia's public defender"
    r"|ombuds(?:man|woman|person)|public\s+defender"
    r"|interior|intelligence|security|police|troops|decision|position|offer|proposal|demand"
    # its agents: "Iran's border guards", "Benin's soldiers" (as "15 Benin soldiers")
    r"|guards|soldiers|gendarmes"
    # its own media: "Iran's state media", "North Korea's state-run news agency"
    r"|state[- ](?:run|owned|controlled|media|television|TV|radio|broadcaster|news)"
    r"|agency|agencies|service|department|prosecutors?|attorney|regulator|commission"
    r"|coast guard|national guard|courts?|institute|company|operator|broadcaster|watchdog"
    r"|office|authority|council|bank|judiciary|legislature|senate|congress"
    # ... or acts: "since Russia's full-scale invasion", "Ethiopia's offensive"
    r"|invasion|annexation|offensive|bombardment|blockade|withdrawal|crackdown|retaliation"
    # ... or its stance, its part or its standing as a polity: "Russia's support for the
    # junta", "Chad's role in the attack", "a violation of Syria's sovereignty"
    r"|support|backing|involvement|role|move|dispute|sovereignty|interference|intervention"
    r"|stance|policy|response|refusal|allies|ally|relations|ties|efforts|pressure|threats?"
    r"|accusations?|approval|consent|veto"
    # "Russia's war in Ukraine", "Israel's strikes on Lebanon" (not "Sudan's war", where it is)
    r"|war (?:in|on|against)|(?:air ?)?strikes (?:on|against|in))\b"
    # ... or its government named by who holds it: "Afghanistan's Taliban authorities"
    r"|['\u2019]s [A-Z][\w'\u2019-]* (?:[a-z][\w-]* )?(?:rulers?|authorities|government"
    r"|administration|regime|junta)\b"
    # ... or a named body: "Iraq's Joint Operations Command", "Nigeria's Defence Headquarters",
    # "Mexico's federal Security Cabinet", "Israel's Coordination of Government Activities"
    # ... an army's numbered formation: "Thailand's 2nd Army Area said"
    r"|['\u2019]s \d{1,3}(?:st|nd|rd|th) Army (?:Area|Region|Corps|Division)\b"
    r"|['\u2019]s (?:[a-z]+ )?(?:[A-Z][\w'\u2019-]* (?:(?:of|for|and) )?){0,3}"
    r"(?:Ministry|Command|Council|Office|Agency|Service"
    r"|Forces|Force|Army|Navy|Police|Directorate|Headquarters|Intelligence|Guard|Presidency"
    r"|Government|Cabinet|Parliament|Cell|Commission|Department|Service|Guards|Corps|Court"
    r"|Tribunal|Assembly|Senate|Congress|Staff|Relations|Bureau|Secretariat|Administration"
    r"|Committee|Authority|Division|Brigade|Regiment|Battalion|Judiciary|Board|Unit|Institute"
    r"|Rifles|Gendarmerie|Constabulary|Troops|Scouts|Military (?:District|Region|Zone)"
    # ... or its rights office: "Guatemala's Human Rights Ombudsman"
    r"|Ombudsman|Ombudsperson|Defender"
    # ... or an office holder, capitalised as a title: "Colombia's Defence Minister X"
    r"|Minister|President|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Secretary"
    r"|Attorney|Prosecutor)\b"
)


_WHERE_MEET: Final = re.compile(
    r"where\s+(?:the\s+)?(?:borders\s+of\s+)?[A-Z][\w\u0300-\u036f'\u2019-]*"
    r"(?:(?:,\s+|\s+and\s+|\s+)(?:the\s+)?[A-Z][\w\u0300-\u036f'\u2019-]*)*"
    r"\s+(?:meet|converge|intersect)\b"
)
_OWNED_NAME: Final = re.compile(r"['\u2019]s ((?:[A-Z][\w'\u2019-]* ?){1,6})")
# ... a name with "of" in it: "Nigeria's House of Representatives".
_OWNED_NAME_WITH_OF: Final = re.compile(
    r"['\u2019]s ([A-Z][\w'\u2019-]* of (?:the )?[A-Z][\w'\u2019-]*)(?![\w'\u2019-])"
)
# ... after a word or two that describe it: "Sudan's paramilitary Rapid Support Forces".
_OWNED_NAME_DESCRIBED: Final = re.compile(
    r"['\u2019]s (?:[a-z][\w-]* ){1,2}((?:[A-Z][\w'\u2019-]* ?){1,6})"
)
# A force a state's name only places, by what describes it: "Sudan's paramilitary Rapid
# Support Forces", "Colombia's rebel National Liberation Army" (not its own army).
_NON_STATE_FORCE_ADJECTIVE: Final = re.compile(
    r"['\u2019]s (?:(?:main|largest|biggest|powerful|notorious|former|last|remaining) )?"
    r"(?:paramilitary|rebel|insurgent|militant|jihadist|separatist|guerrilla|dissident)\b"
)


# A country's name for its team (STATE65): a match's score after the verb ("Ghana beat Togo
# 2-0" -> neither), or the team named ("the Ghana national team", "Togo's national side").
# (not a share or a vote's count: "lost to Russia 18-20 per cent of its territory",
# "Kenya edged Djibouti 3-2 in the second-round vote"; review65t)
_SCORE: Final = (
    r"\d{1,2}[-\u2013]\d{1,2}\b(?!\s*(?:per\s*cent|percent|%)"
    r"|\s+in\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:vote|ballot|election|poll)\b)"
)
_SCORE_VERBS: Final = (
    r"(?:beat|beats|defeated|defeats|thrashed|edged|drew\s+with|draws\s+with|lost\s+to|loses\s+to)"
)
_TEAM_AFTER: Final = re.compile(
    r"(?:['\u2019]s)? (?:national (?:football |cricket |rugby |basketball |volleyball )?"
    r"(?:team|side|squad|eleven|XI)\b|"
    + _SCORE_VERBS
    + r"\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,3}"
    + _SCORE
    + ")"
)
_SCORE_VERB_BEFORE: Final = re.compile(r"\b" + _SCORE_VERBS + r"\s+(?:the\s+)?$")
_SCORE_AFTER: Final = re.compile(r"(?:\s+[A-Z][\w'\u2019.-]*){0,2}\s+" + _SCORE)


# A dateline: "KYIV, Ukraine, Oct 3" names the place a report was filed from.
def _in_dateline(text: str, start: int) -> bool:
    """True after a dateline's city: "ZAŁUSKI, Lenvia, February 9", and "Guayaquil,
    Ecuador – Soldiers ..." (a city in title case when a dash follows the state)."""
    line_start = text.rfind("\n", 0, start) + 1
    city = text[line_start:start]
    if (
        start - line_start > 40
        or not city.endswith(", ")
        or any(ch.isdigit() for ch in city)
        or "," in city[:-2]
    ):
        return False
    if city[:-2].isupper():
        return True
    # (a city's particles may stand in lower case: "São Félix do Xingu, Brazil –")
    return (
        city[:1].isupper()
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in city[:-2].split())
        and bool(_DASH_AFTER_STATE.match(text, start))
    )


# A date as datelines and press releases write it: "2 December 2026", "December 3, 2026",
# "Dec 3", "03.12.2026" (a weekday may open it).
_DATELINE_DATE: Final = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2}\.? (?:"
    + "|".join(sorted(_MONTHS, key=longest_first))
    + r")\b\.?|(?:"
    + "|".join(sorted(_MONTHS, key=longest_first))
    + r")\.? \d{1,2}\b|\d{1,2}\.\d{1,2}\.\d{4}\b)"
)
_DATELINE_PLACE_WORDS: Final = (
    r"[A-Z][\w\u0300-\u036f'\u2019.-]*(?: (?:(?:de|del|da|do|la|el|al|of) )?"
    r"[A-Z][\w\u0300-\u036f'\u2019.-]*){0,2}"
)
# What follows a place where a piece was filed: more places of the same line, then its
# date after a comma, a bar or a line break ("Belgrade, Pristina\nDecember 3, 2026",
# "(Nairobi, December 3, 2026) -", "Khmer Times | Phnom Penh | December 3, 2026").
_DATE_AFTER_PLACE: Final = re.compile(
    rf"(?:(?:, |/){_DATELINE_PLACE_WORDS})*(?P<gap>, |,? \| |\n){_DATELINE_DATE}"
)
# Places joined by slashes, as wires and press releases file from two cities ("Kiev/Moscow
# (dpa) -", "Tawila/Nairobi, 2 December", "| Ouagadougou/Oslo"): from the first place on.
_SLASHED_PLACES: Final = re.compile(
    rf"{_DATELINE_PLACE_WORDS}(?:/{_DATELINE_PLACE_WORDS})+(?= \(|,|\s*\||\s*$)", re.MULTILINE
)
_SLASH_LINE_OPENING: Final = re.compile(r"(?:[^\n]*\|\s*|\()?")


# A land held, after the verb of holding it, and what closes the clause or dates the hold
# after it ("the council, which has ruled Niger since the takeover", "who has led Jubaland
# since 2012"; "leading Bamako to ..." makes it act, and is no match).
_RULED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:ruled|governed|led|controlled|administered|rules|governs|controls"
    r"|administers) $"
)
_RULED_SINCE: Final = re.compile(r"(?: (?:since|for|until|from) |[,.;])")


def _dateline_place(text: str, start: int, end: int) -> bool:
    """True for a place named where a dateline or a press release says it was filed:
    before its date, or one of places joined by slashes at a line's start or after a bar
    (an agency's "Kiev/Moscow (dpa) -" names where it wrote, not who acted)."""
    after = text[end : end + 1]
    if after in ("/", ",", "\n") or text.startswith(" |", end):
        found = _DATE_AFTER_PLACE.match(text, end)
        if found is not None and (
            found.group("gap") != "\n"
            or not _LOWER_WORD.search(text, _line_start(text, start), end)
        ):
            return True  # (a line break only after a line of names: "BIRN Belgrade, Pristina")
    if after != "/" and text[start - 1 : start] != "/":
        return False
    line = _line_start(text, start)
    opening = _SLASH_LINE_OPENING.match(text, line, start)
    for slashed in _SLASHED_PLACES.finditer(text, opening.end() if opening else line, end + 80):
        if slashed.start() > start:
            break
        if slashed.end() >= end and _SLASH_LINE_OPENING.fullmatch(text, line, slashed.start()):
            return True
    return False


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


_LOWER_WORD: Final = re.compile(r"\b[a-z]{2,}")
# A town named before its state: "in Cox's Bazar, ", "filmed in Tripoli, ", or a
# dateline's city at a line's start ("Quelimane, ", "TABUK CITY, KALINGA, ").
_TOWN_NAME: Final = (
    r"[A-Z][\w\u0300-\u036f'\u2019.-]*(?: (?:(?:de|del|da|do|la|el|al|of|the) )?"
    r"[A-Z][\w\u0300-\u036f'\u2019.-]*){0,3}"
    # ... with its kind in lower case: "Walikale territory", "Kidal region"
    r"(?: (?:territory|district|province|region|county|state|department|governorate"
    r"|prefecture|municipality|regency|division|township|commune|oblast|village|town|city"
    r"|camp))?"
)
_TOWN_BEFORE: Final = re.compile(
    # (a sanctions entry's place of birth: "POB Maracay, Aragua, Venezuela")
    r"(?:^|\n|\b(?:in|at|near|outside|around|to|of|POB) )"
    r"(?P<town>" + _TOWN_NAME + r"), "
    # ... then the region it lies in, all in capitals or named: "Cumaná, Sucre, Venezuela"
    r"(?P<region>[A-Z]{2,}(?: [A-Z]{2,})*, |(?:" + _TOWN_NAME + r", ){1,2})?$"
)
_PLACE_KIND_TAIL: Final = re.compile(r" [a-z]+$")
# "<noun> for <state>" closing its clause: the state is whom a thing is for or about, as in
# "an appeal for the Central African Republic" (guideline: the topic, a place): "a list of
# names for Syria,", "life and death for Egypt.", "the envoy for Yemen said", "bound for
# Sudan." (not one acting for it: "spying for Israel", "those who work for Mali.").
_TOPIC_FOR_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])(?P<noun>[a-z][a-z-]+) for (?:the )?$")
_CLAUSE_CLOSED_AFTER: Final = re.compile(r"(?:[,.;:!?\"\u201d]|[ \t]*(?:\n|$))")
_ACTING_FOR: Final = words(
    "work works worked fight fights fought spy spies spied vote votes voted speak speaks spoke "
    "act acts acted stand stands stood play plays played spokesman spokeswoman spokesperson "
    "spokesmen spokespeople "
    # ... and no noun at all: "left for the coast or for Wadiya" (a conjunction)
    "or and but nor not only also even just except as both either"
)


def _topic_for(text: str, start: int, end: int) -> bool:
    """True for a state after "<noun> for" that closes its clause ("names for Syria,")."""
    if not _CLAUSE_CLOSED_AFTER.match(text, end) or _STATE_WHICH_ACTS.match(text, end):
        return False
    found = _TOPIC_FOR_BEFORE.search(text, max(0, start - 30), start)
    if found is None:
        return False
    noun = found.group("noun")
    return noun not in _ACTING_FOR and not noun.endswith(("ing", "ed"))


def _commented_on(text: str, start: int, end: int) -> bool:
    """True for a state that a comment or a mention is about, as a topic ("did not comment
    directly on Belgorod.", "It made no mention of Germany or Qatar."), not for its own acts
    or words ("did not comment on Kenya's claims": Kenya's; FIXACT63)."""
    if text.startswith(("'s", "\u2019s"), end):
        return False
    if _OWN_VERB_AFTER.match(text, end):
        return False  # "Asked to comment on Tuesday, Russia said": it opens its own clause
    if _LATER_ITEM_BEFORE.search(text, max(0, start - 12), start) and not (
        _TOPICS_GO_ON.match(text, end)
    ):
        return False  # "Asked to comment on Gaza, Israel declined.": the clause's subject
    return _COMMENTED_ON_BEFORE.search(text, max(0, start - 90), start) is not None


# A later item of a list of topics after a comma ("no mention of Germany, Qatar or Egypt"),
# which must go on as a list or end there (review63c Q1).
_LATER_ITEM_BEFORE: Final = re.compile(r",\s+(?:the\s+)?$")
_TOPICS_GO_ON: Final = re.compile(r"(?:,\s|[.;:!?)\n]|\s+(?:and|or|nor)\s|$)")


# "comment(ed) on", "no mention of", then perhaps the earlier items of a list: "did not
# comment on ", "made no mention of Germany or ". A day or a month is no item: "Asked to
# comment on Tuesday, Russia" is a time, then the clause's subject (review63b A1).
_COMMENTED_ON_BEFORE: Final = re.compile(
    r"\b(?:(?:no|any|without)\s+mention\s+of|comment(?:ed|s|ing)?(?:\s+(?:directly|publicly"
    r"|further|specifically))?\s+on)\s+(?:the\s+)?"
    r"(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
    r"|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}(?:,\s+|,?\s+(?:and|or|nor)\s+)"
    r"(?:the\s+)?){0,4}$"
)
# A verb of the name's own right after it: the name is the subject of its clause, not an
# item of the topics ("without mention of Sudan, Egypt said", "no mention of Egypt, and
# Egypt said it would respond"; review63b A1).
_OWN_VERB_AFTER: Final = re.compile(
    r"\s+(?:(?:also|later|then|now|still|again|quickly|publicly|officially|itself|[a-z]{3,}ly)\s+)?"
    + _GOVERNMENT_VERBS
    + r"\b"
)


# The next field of a sanctions or wanted list's entry after a state's name: the state was
# the entry's address or nationality field ("Venezuela; DOB 14 Mar 1988; POB ...").
_RECORD_FIELD_AFTER: Final = re.compile(
    r"; (?:DOB|POB|[Nn]ationality|[Cc]itizen|Passport|Gender|National ID|alt\. DOB)\b"
)
# A state's name as a figure's label, not an actor (ACT73; blind batches CAS49 1064, CAS50
# 1073): a table row's first cell before a number's cell ("Burkina Faso | 141 | 612",
# "South Sudan | 3,300 | 4,900"). (ACT73's bracketed count, "Somalia (2,590), Nigeria
# (2,401)", was taken out by REVIEW73F: one dev gold sentence, and the states of an agent's
# list lost: "attributed to Russia (1,304) and Ukraine (212)", "opposed by Russia (1) and
# China (1)".)
_ACT73_FIGURE_LABEL_AFTER: Final = re.compile(
    r"[ \t]*\|[ \t]*[-+\u2212]?\d[\d,.]*%?[ \t]*(?:\||$)", re.MULTILINE
)


def _act73_figure_label(text: str, start: int, end: int) -> bool:
    """True for a state named as a table row's label (ACT73). (ACT73's line holding only the
    name, a section heading, was taken out by REVIEW73F: one dev gold sentence, 1064.)"""
    return _ACT73_FIGURE_LABEL_AFTER.match(text, end) is not None


# ... and what closes the state named after its town: a comma, a dash, a full stop, or the
# end of its line ("Pattani, Thailand" under a byline).
_TOWN_STATE_CLOSED: Final = re.compile(r",|\.(?:\s|$)|;|\)| [-\u2013\u2014] | \(|[ \t]*(?:\n|$)")


def _town_before(ctx: SuggestContext, start: int, end: int) -> bool:
    """True for a state named after a town of it as where something is ("based in Cox's
    Bazar, Bangladesh, where ...", a dateline's "Bangui, Central African Republic, 3
    December 2026 -"), not after a state ("Kenya, Uganda and ...": a list)."""
    text = ctx.text
    if not _TOWN_STATE_CLOSED.match(text, end):
        return False
    town = _TOWN_BEFORE.search(text, max(0, start - 60), start)
    if town is None:
        return False
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    listed = kinds.get(town.group("town"))
    if listed is not None and listed[1] != "capital":
        return False
    # ... a chain of places, not a list of states: "in Goma, North Kivu, Congo" (not "in
    # Goma, Rwanda, Uganda"; a region may share a capital's name: "Cumaná, Sucre, Venezuela")
    regions = (town.group("region") or "").split(", ")
    return not any(
        kinds.get(_PLACE_KIND_TAIL.sub("", region)) == ("state", "") for region in regions
    )


# "Bunia (DR Congo)": a dateline's city, then its state in brackets, at a line's start
# (a city's particles in lower case: "Santa Cruz de la Sierra (Bolivia)").
_BRACKETED_DATELINE: Final = re.compile(
    r"(?:^|\n)[A-Z][\w\u0300-\u036f'\u2019.-]*"
    r"(?:(?: (?:de|del|da|do|dos|das|la|las|los|le|les|du|des|el|al))* [A-Z][\w.-]*){0,3} \($"
)
# What follows a dateline's city at a line's start: an optional date, the state and the
# agency in brackets, then a dash ("Maputo (AFP) -", "Goma, March 3 (Reuters) -").
_DATELINE_AFTER_CITY: Final = re.compile(
    # (EFE closes its dateline with ".-", Xinhua with "--")
    r"(?:, [\w .]{1,20})?(?: \([^()\n]{1,40}\)){1,2}(?: [-\u2013\u2014]-?|\.-) "
)
_DASH_AFTER_STATE: Final = re.compile(
    r"[A-Z][\w\u0300-\u036f'\u2019.-]*(?: [A-Z][\w.-]*){0,3} [-\u2013\u2014] "
)


# A capitalised word right before a state's name makes a longer proper name of it
# ("Port Sudan", "North Darfur"), unless the word only opens a sentence or a phrase.
# A state's agents after its name (guideline, session 30 point 6): "four Benin soldiers",
# "Somaliland troops", "U.S. envoys" tag the state; its people who are not its agents ("U.S.
# citizens") and its bodies used as modifiers ("a Niger army post") do not.
_AGENTS_AFTER: Final = re.compile(
    r" (?:soldiers?|troops|servicemen|servicewomen|policemen|policewomen|officials?|envoys?"
    r"|diplomats?|peacekeepers|commandos|negotiators|monitors|delegates|delegation)\b"
)
# A determiner that makes the state's name a modifier inside a noun phrase ("a Syria
# analyst", "their Kenya office"): never "the" ("the Kenya police" names a body), nor "that".
# ... an agent of the state one word further on: "a U.S. defense official".
_AGENT_NEAR_AFTER: Final = re.compile(
    r" [a-z-]+ (?:soldiers?|troops|servicem[ae]n|official|officials|envoys?|diplomats?"
    r"|negotiators?|delegates?|delegation|spokes(?:man|woman|person))\b"
)
# What a state's name opening a headline names as its own ("Mali army says", "Iran
# foreign minister", "Russia state media"): the state acts through it.
_HEADLINE_BODY_AFTER: Final = re.compile(
    r" (?:army|military|police|government|security|navy|junta|parliament|cabinet|presidency"
    r"|ministry|embassy|regime|administration|leader|president|prime|foreign|defen[cs]e"
    r"|interior|coast|border|air|national|federal|special|state|envoy|official|spokes\w+"
    r"|military-led|army-led|government-led)\b"
)
_DETERMINER_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Ee]very) $"
)
_NAME_BEFORE: Final = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]+|[A-Z]{2}) $")
_OPENERS: Final = words(
    "The A An In On At From To For By With And But Or As After Before Since While When If "
    "Then Meanwhile Both Neither Either Also Only Even Unlike Like Against Between Among "
    "Across Inside Outside Near Under Over Without Within Toward Towards Despite Through "
    "Neighbouring Neighboring Northern Southern Eastern Western Central "
    # a day before a name: "by midday Friday Ukraine's emergency service said"
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    # ... and a month: "in November Russia abstained", "Since March Kenya has deployed"
    # (no place's name is a month and a state's)
    "January February March April May June July August September October November December "
    # a title-case headline's inverted attribution: "... In Syunik, Says Yerevan" (not
    # "Said", also a given name)
    "Says "
    # a participle opening a sentence: "Blaming Rwanda for ...", "Accusing Kigali of ..."
    "Blaming Accusing Urging Warning Pressing Asking Criticising Criticizing Condemning "
    "Calling Appealing Including Following Backing Supporting Thanking Praising Joining "
    # a count opening a sentence: "Four Somaliland troops died"
    "Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Some Several Many Dozens "
    # a question's verb or an adverb opening a sentence: "Is Pakistan considering ...?",
    # "Why did Kigali ...", "Now Khartoum says ..."
    "Is Are Was Were Does Did Do Will Would Could Has Have Had Should Must Why How What "
    "Where Whether Now Today Yesterday Still Yet So Thus However Indeed Instead Already Once "
    # a subordinating conjunction opening a sentence: "Although Ankara denies it, ..."
    "Although Though Because Unless Until Whereas Whenever Wherever Whilst"
)


def _inside_longer_name(text: str, start: int) -> bool:
    """'Port Sudan', 'Cape Verde'-like: the state's name is the tail of a place's name
    ('Mocímboa da Praia', 'Office du Niger', 'Ejército Nacional de Colombia' too)."""
    if _PARTICLE_NAME_BEFORE.search(text, max(0, start - 40), start):
        return True
    found = _NAME_BEFORE.search(text, max(0, start - 20), start)
    return found is not None and found.group(1) not in _OPENERS


# A capitalised word and a Romance or Arabic name's particle before a name: the name ends a
# longer one ("Mocímboa da Praia", "Santa Rosa de Lima", "Office du Niger").
_PARTICLE_NAME_BEFORE: Final = re.compile(
    r"(?<![\w.'\u2019-])[A-Z][\w\u0300-\u036f'\u2019-]* "
    r"(?:da|de|do|dos|das|del|di|du|des|la|el|al) $"
)


# The rest of a headline's label after a state's name opening it: up to three words,
# lower case or capitalised, then a colon ("Cameroon Anglophone crisis: ...").
_LABEL_TAIL: Final = re.compile(r"(?: [\w'\u2019-]+){1,3}: (?=[A-Z0-9])")
# What may stand before a state's name in a headline's label: nothing, or capitalised
# words of the same name ("DR Congo:", "South Sudan:").
# ... after a list's number or dash: "1. Benin: At least 11 soldiers killed", "- Kenya: ..."
_LABEL_OPENING: Final = re.compile(
    r"(?:(?:\d{1,2}[.)]|[-\u2022*\u2013]) )?(?:[A-Z][\w.'\u2019-]*\s)*"
)


# A briefing's or bulletin's topic heading, opening its sentence or a speaker's turn: "Turning
# to Lebanon: since the ceasefire ...", "QUESTION (...): On Lebanon, UNIFIL said ...",
# "PRESENTER: And finally, Somalia. The army says ..." (ACT70: dev 968 twice, 985; the gold
# tags none of the three). The name is the matter the speaker turns to, not a party that
# acts; only the name closed by a colon, comma or full stop ("On Tuesday, Sudan said" is
# no match: the name must follow the opener itself).
_TOPIC_HEADING_BEFORE: Final = re.compile(
    r"(?:^|\n|[.!?:)]\s+)(?:(?:And|Now|So)\s+)?"
    r"(?:[Ff]inally,\s+|(?:[Tt]urning|[Mm]oving\s+on|[Nn]ow|[Gg]oing\s+back|[Cc]oming\s+back)"
    r"\s+to\s+|[Oo]n\s+)(?:the\s+)?$"
)
_TOPIC_HEADING_AFTER: Final = re.compile(r"[:,.](?:\s|$)")


# A verb of travel right before a state's name: the land visited, toured, entered or fled
# ("The president will visit South Sudan", "Thousands have fled Burkina Faso", "troops
# entered the Democratic Republic of Congo"). The dev gold tags none of these objects (7 of
# 7 untagged; one-word names were left to the learned check, which reads no name of two
# words or more: multi-word names were suggested in every probe). The bare "visit",
# "tour", "enter" and "flee" only after a modal, "to" or a negation: "after the visit
# Sudan agreed" is a noun; no verb of perception ("have seen Russia use ...": it acts).
_TRAVELLED_BEFORE: Final = re.compile(
    r"(?:\b(?:visits|visited|visiting|toured|touring|enters|entered|entering|fled|flees"
    r"|fleeing)|\b(?:to|will|would|can|could|may|might|should|must|not|never|cannot)\s+"
    r"(?:visit|tour|enter|flee))\s+(?:the\s+)?$"
)


# A document, a meeting or a mission whose matter is the state, before "on" or "about": "the
# fact-finding mission on Iran", "the council's latest report on South Sudan", "a
# conference on Sudan", "the latest news on Somalia" (ACT70: dev 1001, 222, 924, none
# tagged in the gold). The state is the topic, as "an appeal for the Central African
# Republic" is (the guideline). Not a dealing or a pressure ("talks on", "sanctions on",
# "pressure on" are no such nouns), nor the state's own act after a possessive ("a report
# on Sudan's offensive" is left to the possessive's reading).
_TOPIC_NOUN_ON_BEFORE: Final = re.compile(
    r"\b(?:reports?|resolutions?|briefings?|updates?|debates?|hearings?|statements?|mission"
    r"|inquiry|news|newsletters?|analysis|dossiers?|study|survey|documentary|conferences?"
    r"|sessions?|meetings?)\s+(?:on|about)\s+(?:the\s+)?$"
)


def _is_place(ctx: SuggestContext, start: int, end: int, name: str) -> bool:
    text = ctx.text
    if text.startswith("$", end):
        return True  # "US$100 million", "NZ$": a currency's sign, no state
    heading = _TOPIC_HEADING_AFTER.match(text, end) and _TOPIC_HEADING_BEFORE.search(
        text, max(0, start - 40), start
    )
    if heading and not (
        # "Finally, Iran, which had threatened ...", "Finally, Sudan, Chad and Niger
        # signed": after a bare "finally," a comma leads on to the name's own clause; only
        # "And finally, Somalia." or "Finally, Somalia:" heads a topic (REVIEW70C)
        "inally," in heading.group(0) and text.startswith(",", end)
    ):
        return True  # "Turning to Lebanon: since ...", "On Lebanon, UNIFIL said": a topic (ACT70)
    if _TOPIC_AFTER.match(text, end) and _TOPIC_DETERMINER_BEFORE.search(
        text, max(0, start - 6), start
    ):
        return True  # "the Chad file", "the Somalia mission": the matter's topic
    if _TEAM_AFTER.match(text, end) or (
        _SCORE_VERB_BEFORE.search(text, max(0, start - 16), start) and _SCORE_AFTER.match(text, end)
    ):
        return True  # "Ghana beat Togo 2-0", "the Ghana national team": a team, no state
    if _CITY_PEOPLE_AFTER.match(text, end) and not text.startswith(" people", end):
        return True  # "urged Kenya residents to avoid the border": where they live (STATE67)
    if (
        _PLACE_AFTER.match(text, end)
        or _in_dateline(text, start)
        or _STATE_OF_A_PLACE.match(text, end)
        or _dateline_place(text, start, end)
    ):
        return True
    if _RULED_SINCE.match(text, end) and _RULED_BEFORE.search(text, max(0, start - 16), start):
        return True  # "the junta that has ruled Mali since 2020": the land it holds
    if _topic_for(text, start, end) and (
        _gazetteer_index(ctx.gazetteer).kinds.get(name, ("", ""))[1] != "capital"
    ):
        # "a matter of life and death for Egypt.": whom a thing concerns (a capital is
        # named for its government: "an unwelcome moment for Berlin")
        return True
    if _RECORD_FIELD_AFTER.match(text, end):
        return True  # "(a.k.a. "EL TORO"), Colombia; DOB 1 Feb 1980": a listed entry's address
    if _act73_figure_label(text, start, end):
        return True  # "Somalia (2,590), Nigeria (2,401)", "Mali | 97 | 344": a figure's label
    if _commented_on(text, start, end):
        return True  # "did not comment directly on Belgorod", "no mention of Germany or Qatar"
    if (
        _TOPIC_NOUN_ON_BEFORE.search(text, max(0, start - 40), start)
        and not text.startswith(("'s", "\u2019s"), end)
        and not _STATE_WHICH_ACTS.match(text, end)
    ):
        return True  # "the fact-finding mission on Iran", "a report on South Sudan" (ACT70)
    if text.startswith(", ", start - 2) and _town_before(ctx, start, end):
        return True  # "in Cox's Bazar, Bangladesh, where", "Quelimane, Mozambique, Dec 3"
    if text.startswith(("'s military-industrial", "\u2019s military-industrial"), end):
        return True  # "enterprises of Ukraine's military-industrial complex": its industry
    if _STATE_DESCRIBED.match(text, end) and _CLAUSE_OPENS_BEFORE.search(
        text, max(0, start - 10), start
    ):
        return True  # "Chad has long been a haven for refugees": what the country is
    condition = _PLACE_CONDITION.match(text, end)
    if condition is not None and not _ACTS_IN_A_LATER_PREDICATE.match(text, condition.end()):
        # '"Abuja is far away"', "Karakalpakstan is calm": how a place is (FIXACT63) -- not
        # "Chad is tense and has closed its border": it acts in a second predicate (review63b A6)
        return True
    if text.startswith(", ", end):
        aside = _DESCRIPTIVE_ASIDE.match(text, end)
        if aside is not None and (
            _STATE_OF_A_PLACE.match(text, aside.end()) or _STATE_DESCRIBED.match(text, aside.end())
        ):
            return True  # "Honduras, with a population of 10 million, has long had one of ..."
    if text.endswith(("by ", "by the ", "by The ", ", ", "and "), max(0, start - 7), start) and (
        _SEPARATED_BY.search(text, max(0, start - 110), start)
    ):
        return True  # "separated from the rest of Senegal by The Gambia": a border, no act
    if (start == 0 or text[start - 1] == "\n") and _DATELINE_AFTER_CITY.match(text, end):
        return True  # "Kinshasa (APH) - ...", "Port Sudan (Sudan) (LPA) -": the dateline's city
    if _STATE_AS_AGENT.match(text, end):
        return False  # "killed in U.S. strikes", "of the U.S.-backed forces": the state acts
    if _AGENTS_AFTER.match(text, end):
        return False  # "the withdrawal of Kenya troops": the state acts through its agents
    if (
        text.startswith(" ", end)
        and text[end + 1 : end + 2].islower()
        and _DETERMINER_BEFORE.search(text, max(0, start - 7), start)
        and not _AGENT_NEAR_AFTER.match(text, end)
        and _gazetteer_index(ctx.gazetteer).kinds.get(name) == ("state", "")
    ):
        # "a Somaliland army officer", "a Burkina Faso town": a state's name modifying a
        # noun (not its agent: "a U.S. defense official"; not a body's own name: "its
        # Interior Ministry said")
        return True
    if (
        (start == 0 or text[start - 1] == "\n")
        and text.startswith(" ", end)
        and text[end + 1 : end + 2].islower()
        and _NOUN_AFTER_BODY.match(text, end)
        and not _HEADLINE_BODY_AFTER.match(text, end)
        and not _AGENT_NEAR_AFTER.match(text, end)
        and _gazetteer_index(ctx.gazetteer).kinds.get(name) == ("state", "")
    ):
        # a headline's subject that the state's name only modifies: "Ecuador judge orders
        # six jailed", "Bahrain rights group says", "Madagascar cattle raiders kill 11" (not
        # its body, "Mali army says"; its verb, "Israel strikes"; its agent, "US envoy")
        return True
    if text.startswith(": ", end) and _LABEL_OPENING.fullmatch(
        text, text.rfind("\n", 0, start) + 1, start
    ):
        return True  # "Mali: 40 killed in ...", "DR Congo: ...": a headline's label
    if (start == 0 or text[start - 1] == "\n") and _LABEL_TAIL.match(text, end):
        return True  # "Cameroon Anglophone crisis: Attack on ...": the label names a topic
    if _BRACKETED_DATELINE.search(text, max(0, start - 40), start) and text.startswith(")", end):
        return True  # "Bunia (DR Congo) (Meridian Wire) -": the dateline's state
    where = text.rfind("where ", max(0, start - 80), start)
    if where >= 0 and _WHERE_MEET.match(text, where, min(len(text), end + 60)):
        return True  # "where Niger, Mali and Burkina Faso meet": a place where borders meet
    between = text.rfind("between ", max(0, start - 60), start)
    if between >= 0 and _AREA_BETWEEN.search(text, max(0, between - 40), start):
        return True  # "the 'three borders' area between Niger, Mali and Burkina Faso"
    if _inside_longer_name(text, start):
        return True
    if text.endswith(("'s ", "\u2019s "), 0, start):
        owner = _REGION_OWNER.search(text, max(0, start - 40), start)
        if owner is not None and _PLACE_BEFORE.search(
            text, max(0, owner.start() - 25), owner.start()
        ):
            # "a base in Somalia's Puntland": a region of the state named before it, where
            # something happened (guideline, open point a)
            return True
    if text.endswith(("'s ", "\u2019s "), 0, start) and _BRANCH_AFTER.match(text, end):
        return True  # "the Islamic State's Somalia branch": where the group's branch is
    if _POSSESSIVE.match(text, end):
        acts = _ACTS_THROUGH.match(text, end) or _possessive_act(text, end)
        if acts is None:
            # "Israel's Shin Bet", "Russia's FSB": a body the lists know as a state's own
            owned = _OWNED_NAME.match(text, end)
            if owned is not None and _listed_state_body(ctx, owned.group(1).strip()):
                return False
            # ... one whose name holds "of": "Nigeria's House of Representatives" (ACTOR66)
            owned = _OWNED_NAME_WITH_OF.match(text, end)
            if owned is not None and _listed_state_body(ctx, owned.group(1)):
                return False
        if acts is not None and acts.group().endswith(("Army", "Forces", "Front", "Movement")):
            # "Colombia's National Liberation Army": a group of the country, not its body
            owned = _OWNED_NAME.match(text, end) or _OWNED_NAME_DESCRIBED.match(text, end)
            owned_kind = (
                None
                if owned is None
                else _gazetteer_index(ctx.gazetteer).kinds.get(owned.group(1).strip())
            )
            if owned_kind is not None and owned_kind[0] == "armed group":
                return True
            if _NON_STATE_FORCE_ADJECTIVE.match(text, end):
                return True  # "Sudan's paramilitary Rapid Support Forces": a force in it
        return acts is None
    # (never across a line break: "... 27,000 flee\nSaudi Arabia urges": a headline's
    # last word governs nothing on the next line)
    before = text[max(0, start - 25, text.rfind("\n", max(0, start - 25), start) + 1) : start]
    if _BACKERS_IN.search(text, max(0, start - 40), start):
        return False  # "its backers in neighbouring Drevlia": the government behind them
    if (
        _TRAVELLED_BEFORE.search(before)
        and not _STATE_WHICH_ACTS.match(text, end)
        # (nor before any "which" clause: "will visit the United States, which pledged
        # $500 million", "toured Kenya, which has offered 1,000 police": left to the other
        # rules, as before ACT70; REVIEW70C)
        and not _WHICH_AFTER.match(text, end)
    ):
        # "will visit the Central African Republic", "have fled South Sudan", "troops entered
        # the DRC": where someone goes or leaves, a place (ACT70); not where it acts in its
        # own clause ("visited the Philippines, which said it welcomed ...")
        return True
    if _REACH_BEFORE.search(before) and _CONTACTED_AFTER.match(text, end):
        return False  # "attempts to reach Eritrea for comment": the government contacted
    if _LAND_TOUCHED_BEFORE.search(before) and not _PARTY_IN_A_FORUM_AFTER.match(text, end):
        # "anyone who touches it is touching Pakistan", "sitting down, facing Bangladesh",
        # "cannot be asked to defend Somalia": the land touched, faced or defended (dev gold:
        # 0 of 4 tagged; STATE65)
        return True
    if _land_attacked(text, start, end, before):
        return True  # "the enemy attacked Ukraine with 96 drones": the land struck (STATE67)
    line = text.rfind("\n", max(0, start - 140), start) + 1
    hit = _DISASTER_HIT_BEFORE.search(text, max(0, start - 140, line), start)
    if (
        hit is not None
        and not _NAME_MODIFIES.match(text, end)
        and not _later_list_item_acts(hit, text, end)
    ):
        return True  # "Floods hit Nigeria", "Cyclone Idai struck Mozambique" (STATE67)
    shared = _SHARED_LAND_BEFORE.search(text, max(0, start - 140, line), start)
    if shared is not None and not _later_list_item_acts(shared, text, end):
        return True  # "which shares the island of Hispaniola with Haiti" (STATE67)
    if _addressed_by_a_message(text, start):
        return False  # "protested to Chad", "shared the evidence with Mali" (ACT31)
    if _SPOKEN_TO.search(before) or (
        " of " in before and _BODY_OF.search(text, max(0, start - 40), start)
    ):
        # "according to Sudan", "the government of Sudan": the state acts
        return False
    wide = text[max(0, start - 45, text.rfind("\n", max(0, start - 45), start) + 1) : start]
    if _deals_with(wide) or _REQUEST_AFTER.match(text, end):
        # "under pressure from China", "at the request of Mozambique", "has turned away
        # from France and towards Russia" (a longer form: 45 characters, as for a capital)
        return False
    if (
        _TERRITORY_PARTY_BEFORE.search(text, max(0, start - 80, line), start)
        and _LAND_GIVEN_NEAR.search(text, max(0, start - 120, line), start)
        and not _NAME_MODIFIES.match(text, end)
    ):
        # "which a 1962 ruling awarded to Cambodia", "the strip that Nigeria handed to
        # Cameroon", "seized control of the shoal from the Philippines": the state that gains
        # or loses the land is a party (STATE67: dev 148, 720, 667, tagged in the gold)
        return False
    if _place_before(before, 0, len(before)):
        # "missiles at Israel, which said it would retaliate": the state acts in its clause
        # (not where "which" takes the noun the place follows: "the war in Sudan, which has
        # sent ...", "the UN office (UNJHRO) in the DRC, which supported ...")
        return not _STATE_WHICH_ACTS.match(text, end) or bool(_HEAD_BEFORE_IN.search(before))
    # "in northern Iraq and Syria", "to Europe and the United States": a place listed
    # after a place is one too, and so is a list's middle item ("from Ethiopia, Sudan and
    # Morocco"); after "from" only where people or goods come from somewhere ("fighters
    # from", "crossed from"), not "allies from Chad and Niger", who act.
    if not (
        _AFTER_CONJUNCTION.search(before)
        or (before.endswith(", ") and _LIST_GOES_ON.match(text, end))
    ):
        return _defaulted(ctx, start, end)
    listed = _COORDINATED_PLACE.search(text, max(0, start - 90), start)
    if listed is None:
        return _defaulted(ctx, start, end)
    if _new_clause(text, listed, start, end) or _list_addressed(text, listed):
        return False
    if listed.group("preposition").lower() == "from":
        return bool(_COMES_FROM.search(text, max(0, listed.start() - 30), listed.start() + 5))
    return not _SPOKEN_TO.search(text, max(0, listed.start() - 16), listed.end("preposition") + 1)


# `SuggestContext.memo` key: the extents `_is_place` called no place only because none of
# its patterns matched (no place's form, and no actor's either), read by the learned check
# (`state_check`), which may overrule the rules there and only there.
DEFAULTED_STATES: Final = "states_not_place_by_default"


def _defaulted(ctx: SuggestContext, start: int, end: int) -> bool:
    """False (not a place), noting that no pattern said so."""
    ctx.memo.setdefault(DEFAULTED_STATES, set()).add((start, end))
    return False


def _in_list_of_places(text: str, start: int, end: int) -> bool:
    """True for a later item of a list that opens after a place's preposition ("to
    Nairobi, Kampala and Kigali"), as `_is_place` reads a state's list."""
    # (never across a line break: "... 27,000 flee\nSaudi Arabia urges": a headline's
    # last word governs nothing on the next line)
    before = text[max(0, start - 25, text.rfind("\n", max(0, start - 25), start) + 1) : start]
    if not (
        _AFTER_CONJUNCTION.search(before)
        or (before.endswith(", ") and _LIST_GOES_ON.match(text, end))
    ):
        return False
    listed = _COORDINATED_PLACE.search(text, max(0, start - 90), start)
    if (
        listed is None
        or listed.group("preposition").lower() == "from"
        or _new_clause(text, listed, start, end)
        or _list_addressed(text, listed)
    ):
        return False
    return not _SPOKEN_TO.search(text, max(0, listed.start() - 16), listed.end("preposition") + 1)


def _list_addressed(text: str, listed: re.Match[str]) -> bool:
    """True when the list `listed` (a `_COORDINATED_PLACE` match) opens on a name that a
    message, protest or evidence was sent to: "sent letters to Ethiopia, Kenya and Egypt",
    "sent notes to both Naypyitaw and Beijing". Each later item is addressed as the first
    is (guideline, session 28 point 3), not a place the list goes to (FIXACT63)."""
    if listed.group("preposition").lower() != "to":
        return False
    head = _LIST_HEAD_GAP.match(text, listed.end("preposition"))
    if head is None:
        return False
    # "sent letters to the UN, Qatar and Oman": the message's "to" is read before "the"
    # (review63b A5)
    return _addressed_by_a_message(text, head.start("the") if head.group("the") else head.end())


def _in_addressed_list(text: str, start: int) -> bool:
    """True for a later item of a list that a message was sent to (`_list_addressed`)."""
    listed = _COORDINATED_PLACE.search(text, max(0, start - 90), start)
    return listed is not None and _list_addressed(text, listed)


# What stands between a list's preposition and its first name ("to both ", "to the ").
_LIST_HEAD_GAP: Final = re.compile(r"\s+(?P<the>the\s+)?(?:(?:neighbou?ring|both|either)\s+)?")


def _new_clause(text: str, listed: re.Match[str], start: int, end: int) -> bool:
    """True when ", and" after ONE place opens a clause whose subject, the name at
    `start`, acts: "he lives in Serbia, and Belgrade has refused to extradite him", "talks
    in Doha, and Washington said" (a list of two takes no comma before "and"; "to Nairobi,
    Kampala, and Kigali" is a list)."""
    if not text.endswith((", and ", ", but "), max(0, start - 6), start):
        return False
    return "," not in text[listed.end("preposition") : start - 6] and bool(
        _GOVERNMENT_AFTER.match(text, end)
    )


def _listed_state_body(ctx: SuggestContext, words: str) -> bool:
    """True when `words`, or their first one to four words, are a listed body of a state
    ("Shin Bet said" -> "Shin Bet"), not a state's own name."""
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    parts = words.split()
    for size in range(min(4, len(parts)), 0, -1):
        name = " ".join(parts[:size])
        listed = kinds.get(name)
        if listed is not None:
            # ... but a movement that is the government itself ("Afghanistan's Taliban
            # authorities"): the state's name only places it
            return listed == ("state", "institution") and name not in _GOVERNING_MOVEMENTS
    return False


_GOVERNING_MOVEMENTS: Final = frozenset({"Taliban", "Afghan Taliban"})
# A noun that "<noun> in <state>, which ..." hangs its relative clause on, the place only
# placing it: an event ("the war in Sudan, which has sent a million refugees") or a body
# named with its acronym ("the Joint Office (UNJHRO) in the DRC, which supported").
_HEAD_BEFORE_IN: Final = re.compile(
    r"(?:\b(?:war|wars|conflict|conflicts|fighting|crisis|violence|insurgency|unrest)|\))"
    r" (?:in|inside) (?:the )?$"
)
# A state after a place's preposition that acts in the clause on it: "drew in Israel,
# which struck the ministry", "fired at Israel, which vowed to retaliate" (not "in Sudan,
# which has been at war since 2023", a place described).
_STATE_WHICH_ACTS: Final = re.compile(
    r",\s+which\s+(?:(?:has|had|have)\s+)?(?:(?:also|since|later|repeatedly|long|quickly)\s+)?"
    # a refusal is an act too: "Serbia, which does not extradite its citizens"
    r"(?:(?:does|did|do|has|have|had|will|would)\s+not\s+|(?:refuses|refused)\s+to\s+)?"
    r"(?:said|says|denied|denies|accused|accuses|rejected|rejects|condemned|condemns|blamed"
    r"|blames|vowed|vows|warned|warns|threatened|threatens|responded|responds|retaliated"
    r"|struck|strikes|launched|launches|sent|sends|deployed|deploys|backs|backed|supports"
    r"|supported|arms|armed|funds|funded|brokered|brokers|mediated|mediates|recalled|expelled"
    r"|summoned|insisted|insists|called|calls|demanded|demands|announced|announces"
    r"|extradite|extradites|extradited|recogni[sz]e|recogni[sz]es|recogni[sz]ed"
    # a state that keeps a force: "troops from Rwanda, which has kept a force in Cabo
    # Delgado since 2021", "from Kenya, which maintains a base in Kismayo"
    r"|kept|keeps|maintains|maintained|stationed|stations|contributed|contributes)\b"
)


# A state's name as the agent of what follows it, wherever it stands.
# What is said of a country as a place, not done by its government: "Myanmar has been in
# turmoil since ...", "South Sudan has been independent since 2011", "Niger has been ruled
# by a junta", "Sudan could be split in two", "Haiti now counts more than a million ...".
# "witnessed" what befell a land, not a signing as its guarantor (review65t).
_WITNESSED: Final = (
    r"witnessed(?! the (?:signing|handover|hand-over|ceremony|swearing|inauguration|release"
    r"|exchange|transfer)\b)"
)
_STATE_OF_A_PLACE: Final = re.compile(
    r" (?:(?:has|have|had) been|is|was|remains|remained) (?:(?:still|largely|effectively"
    r"|increasingly|deeply|now) )?(?:in (?:turmoil|chaos|crisis|conflict|war|the grip)"
    r"|independent|ruled|governed|plagued|gripped|wracked|racked|mired|home to"
    # "Burkina Faso has been caught since 2015 in a spiral of violence"
    r"|caught|trapped|embroiled|engulfed|plunged|locked|stuck"
    # "Western Sahara has been largely controlled by Morocco": a land held by another
    r"|controlled|occupied|administered)\b"
    # "Somalia has been hit by drought", "Burkina Faso has seen a surge in attacks",
    # "Afghanistan is facing a hunger crisis": what befalls a country, not what it does
    # ... in any tense: "Mozambique was hit by a cyclone in 2019" (STATE65)
    r"| (?:(?:has|have|had) been|was|were|is|are) (?:hit|struck|battered|ravaged|affected"
    r"|devastated|torn(?: apart)?|wracked|racked) by (?:\w+ ){0,4}?"
    r"(?:drought|droughts|floods?|flooding|famine|cholera|storms?|cyclones?|earthquakes?|rains"
    r"|heatwaves?|epidemics?|outbreaks?|crisis|violence|insecurity|unrest"
    # "Ituri has been torn by fighting between militias" (STATE65)
    r"|fighting|conflict|clashes)\b"
    # (in the simple past too: "Malawi experienced a drought in 2019"; STATE65; not
    # "suffered", said of a state's defeats: "Russia suffered a setback")
    # (not a guarantor's role: "Qatar witnessed the signing of the deal"; review65t)
    r"| (?:(?:has|have|had) (?:seen|suffered|experienced|" + _WITNESSED + r"|endured)|experienced"
    r"|" + _WITNESSED + r"|endured) (?:a|an|the|years"
    r"|decades|months|more|dozens|hundreds|thousands|waves?|repeated|\d)\b"
    # "Ecuador recorded more than 8,000 homicides", "Mexico saw a sharp rise in": a count
    # of what happened there (not "registered a protest")
    r"| (?:(?:has|have|had) )?(?:recorded|registered|saw|counted|logged) (?:more than |over "
    r"|at least |nearly |almost |about |some |an estimated )?(?:\d|a (?:\w+ )?(?:rise|surge"
    r"|increase|drop|fall|decline|record|spike|wave)\b)"
    r"| (?:faces|faced|(?:is|was) facing) (?:a |an |the |one of the )?(?:[\w'\u2019-]+ ){0,3}?"
    r"(?:crisis|crises|famine|hunger|drought|shortages?|outbreak|epidemic)\b"
    # "Peru is the world's eighth-largest producer", "Iraq had become both a transit country
    # and a market", "Côte d'Ivoire has not been spared the violence": what a country is or
    # what befalls it, not what it does
    r"| (?:is|was|remains) (?:now |still )?the world['\u2019]s\b"
    r"| (?:has|have|had) become (?:both )?(?:a|an) (?:[\w'\u2019-]+ ){0,2}?(?:country|nation|hub"
    r"|route|market|haven|destination|battleground|producer|exporter|importer)\b"
    r"| (?:has|have|had) not been spared\b"
    # "Somalia is among the countries worst hit by the drought": a country compared
    r"| (?:is|was|remains|are|were|ranks|ranked) (?:one )?(?:among|of) the (?:\w+ ){0,2}?"
    r"(?:countries|nations|states|places)\b"
    # "Honduras has long had one of the highest murder rates": a country's record
    r"| (?:has|had|have) (?:long )?(?:had )?one of the (?:world['\u2019]s |region['\u2019]s )?"
    r"(?:highest|lowest|worst|largest|biggest|fastest|poorest|richest|most|least)\b"
    r"(?!\s+(?:[\w-]+\s+){0,2}(?:armies|militaries|forces|arsenals|navies|air\s+forces)\b)"
    # where a country lies: "Malawi lies along the Great Rift Valley", "Lesotho is situated
    # within South Africa" (STATE65; not "Moscow lies about its losses")
    r"| (?:lies|lay|sits|(?:is|was) (?:located|situated)) (?:(?:entirely|largely|mostly|just"
    r"|wholly) )?(?:on|in|between|along|at|astride|near|within|inside|(?:to the )?(?:north|south"
    r"|east|west)\w*)\b"
    # (not a seat at a council or a table, nor a liar's habit: "Russia sits on the UN Security
    # Council", "Iran sits at the negotiating table", "Russia lies in every statement";
    # review65t)
    r"(?! (?:the )?(?:(?:negotiating|top|high|[A-Z][\w.]*) ){0,3}"
    r"(?:[Cc]ouncil|[Bb]oard|[Cc]ommittee|[Cc]ommission|[Aa]ssembly|table|sidelines|fence)\b"
    r"| (?:every|its|their|wait)\b)"
    # "Mali is bordered by Niger", "Chad is landlocked"
    r"| (?:is|was) (?:bordered|flanked|landlocked)\b"
    r"| (?:could|would|might|may|will) be (?:split|divided|partitioned|torn)\b"
    # its population, not its forces ("Burundi has about 10,000 troops" acts)
    r"| (?:now )?(?:has|had|counts|counted) (?:about|some|more than|nearly|almost|around|over"
    r"|at least|roughly) (?:\d[\d,.]*|a|one|two|three) (?:million )?(?:internally displaced"
    r"|displaced|refugees|people|residents|inhabitants)\b"
)
# How a place is or feels, by a copula and an adjective of its condition: '"Abuja is far
# away"', '"Karakalpakstan is calm"', '"People say Taiz is used to it"' (FIXACT63): the place,
# not its government ("far from" stays out: "the war is far from over" says nothing of it;
# so does "close": "Kenya is close to a deal" acts).
_PLACE_CONDITION: Final = re.compile(
    r" (?:is|was|remains|remained|seems|seemed|feels|felt|(?:has|had) been|will be)"
    r"(?: not)?(?: (?:now|still|very|so|quite|relatively|largely|mostly|completely|again|too))?"
    r" (?:(?:calm|quiet|tense|safe|unsafe|peaceful|stable|unstable|empty|deserted|far away"
    r"|a long way (?:away|off)|back to normal)\b"
    # ... not a government's stance: "Russia is calm about the sanctions" (review63b A3)
    r"(?! (?:about|over|with|toward|towards|in (?:its|the face of))\b"
    r"| on(?! (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|weekends?|the weekend)\b)\b)"
    # ... "used to it" closed there: not "Israel is not used to this kind of criticism"
    r"|used to (?:it|this|that)(?=\s*(?:[.,;:!?\"\u201d]|$)))"
)
# A second predicate of the same subject after a place's condition, by "and" or "but" with
# no new subject, where the state acts: "Chad is tense and has closed its border", "Somalia remains
# calm, the government said, and has asked Kenya for help" (review63b A6). Read within the
# sentence only, and not past a quotation mark.
_ACTS_IN_A_LATER_PREDICATE: Final = re.compile(
    r"[^.;!?\n\"\u201c\u201d]{0,160}?(?:,\s+|\s+)(?:and|but)\s+"
    r"(?:(?:also|then|later|now|since|already|has\s+since)\s+)?"
    # ... not the condition going on: "Niger is calm and has been for weeks"
    r"(?!(?:has|had|have)\s+been\b|will\s+(?:be|remain|stay)\b)" + _GOVERNMENT_VERBS + r"\b"
)
# What a country is, by a copula and a noun phrase, said of it as the subject of its clause:
# "Chad has long been a haven for refugees", "Pakistan is the fifth most populous country",
# "Lebanon has been without a president" (not a part it plays among states: "Indonesia is
# the largest contributor", "Kenya is a key ally", "Mali was the first to ..."; nor another
# subject's copula: "every bullet fired between Jubaland and Mogadishu is a gift").
# A continent or a region named as the frame of a country's rank ("Africa's most populous",
# "the region's poorest"), read by `_STATE_DESCRIBED` (STATE67).
_CONTINENT_S: Final = (
    r"(?:Africa|Asia|Europe|Latin America|South America|Central America|the Americas"
    r"|the Middle East|the Sahel|West Africa|East Africa|North Africa|Central Africa"
    r"|Southern Africa|the Horn of Africa|Southeast Asia|South Asia|Central Asia"
    r"|the Caribbean|the Arab world|the region|the continent|the world)['\u2019]s"
)
_STATE_DESCRIBED: Final = re.compile(
    r" (?:is|was|remains|remained|has (?:long )?been|had (?:long )?been|has become|had become"
    # ... or what it will (not) be: "Iraq will not be a battlefield for others"
    r"|became|(?:will|would|must|should|can|cannot|could|shall)(?: not| never)? (?:be|become))"
    r" (?:(?:now|still|also|once|long|currently|already|again) )?"
    # ... or what it is not: "Iraq is not a safe country", "Zanzibar is not a colony" (STATE67)
    r"(?:(?:not|never|no longer) )?"
    # ... a speaker's land: "Sudan is our home", "Syria is my country" (STATE67), and a
    # country ranked in its continent: "Ethiopia is Africa's second most populous country"
    r"(?:a|an|the|one|among|home|without|(?:our|my|their|your)\b(?! own\b)"
    r"|" + _CONTINENT_S + r")\b"
    r"(?![^.;:\n]{0,60}?\b(?:contributors?|donors?|all(?:y|ies)|partners?|members?|mediators?"
    r"|part(?:y|ies)|signator(?:y|ies)|suppliers?|backers?|sponsors?|guarantors?|participants?"
    # ... nor a state's relation to the speaker's: "Rwanda is our enemy" (STATE67)
    r"|enem(?:y|ies)|friends?|neighbou?rs?|brothers?|adversar(?:y|ies)|rivals?"
    # ... nor a part it plays against others: "Iran is not the aggressor", "China is our
    # largest creditor", "Eritrea is our main threat" (review67t)
    r"|aggressors?|threats?|creditors?|lenders?"
    r"|leaders?|first|last|only|latest)\b)"
    # ... what it lacks or how many live there: "Somalia has had no functioning government",
    # "Ethiopia has a population of", "Mexico has the highest number of"
    r"| (?:has|had) (?:had )?no\b"
    # ... not a stance: "Eritrea has no interest in the internal affairs of Ethiopia",
    # "Ethiopia has no plan to invade" (dev: 2 of 2 tagged; STATE65)
    r"(?!\s+(?:[a-z]+\s+)?(?:interest|intention|intentions|plans?|desire|wish|objection|objections"
    r"|ambitions?|designs|quarrel)\b(?![\s-]+(?:rates?|free|bearing)\b))"
    r"| (?:has|had) a population\b"
    r"| (?:has|had) the (?:world['\u2019]s |region['\u2019]s |continent['\u2019]s )?(?:[\w-]+ )?"
    r"(?:highest|lowest|largest|biggest|worst|most|fewest|least|second-highest|second-largest)\b"
)
# Where a clause opens before a name: a line's or a sentence's start, a comma, a conjunction
# (not "and", which as often joins two subjects: "between Jubaland and Mogadishu is").
_CLAUSE_OPENS_BEFORE: Final = re.compile(
    r"(?:^|\n|[.!?:;][\"\u201d\u2019]?\s+|[\"\u201c]|,\s+|\b(?:but|that|while|as|because)\s+)"
    # ... and a name's own "The": '"The Kurdistan Region will not be', "The Gambia is"
    r"(?:The\s+)?$"
)
# An aside describing a country between its name and what is said of it: "Honduras, with
# a population of about 10 million, has ...", "Eritrea, a former Italian colony, has been ...".
_DESCRIPTIVE_ASIDE: Final = re.compile(
    # (a decimal point inside it: "a kingdom of about 2.3 million people")
    r",\s+(?:with|a|an|once|long|home\s+to)\s+(?:[^,;.\n\"\u201c\u201d]|(?<=\d)\.(?=\d)){1,100},(?=\s)"
)
# A state that marks a border or a shape on the map: "bordered by Chad and Niger",
# "separated from the rest of Senegal by The Gambia".
_SEPARATED_BY: Final = re.compile(
    r"\b(?:bordered|flanked|separated|cut\s+off|hemmed\s+in|bounded|surrounded|enclosed)\b"
    r"[^.;:\n]{0,50}?\s+by\s+"
    r"(?:the\s+|The\s+)?"
    # ... and a later state of the list: "bordered by Niger, Algeria and Burkina Faso"
    r"(?:[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+[A-Z][\w\u0300-\u036f'\u2019-]*){0,2}"
    r"(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?)*$"
)
_STATE_AS_AGENT: Final = re.compile(
    r"-(?:backed|led|allied|aligned|sponsored|funded|brokered|trained|supplied|armed)\b"
    r"| (?:air |drone |missile )?strikes\b"
)
_BRANCH_AFTER: Final = re.compile(
    r" (?:branch|affiliate|chapter|wing|franchise|cell|cells|offshoot|arm|province|faction)\b"
)
# "the government of Sudan", "the leadership of Armenia": a state through its bodies.
_BODY_OF: Final = re.compile(
    r"\b(?i:government|leadership|authorities|president|presidency|prime\s+minister|army"
    r"|armed\s+forces|military|parliament|foreign\s+ministry|ambassador|embassy"
    # ... and in the plural: "the embassies of Canada, Norway and Japan said" (STATE65)
    r"|embassies|consulates?|(?<!UN )(?<!U\.N\. )(?<!peacekeeping )missions"
    # "the representative of China said": a delegate at the UN speaks for the state
    r"|(?:permanent\s+)?representatives?|delegates?"
    # "the foreign ministers of Malaysia", "the ambassadors of France and Germany"
    r"|(?:foreign|defen[cs]e|interior)\s+ministers?|ambassadors|envoys?|delegations?"
    r"|leaders?|governments"
    # "the juntas of Mali, Burkina Faso and Niger", "the military rulers of Niger"
    r"|juntas?|rulers|regimes?|cabinet"
    # "a close ally of France", "the main backer of Rwanda": a polity has allies
    r"|ally|allies|partner|partners|backer|backers|sponsor|sponsors|patron|proxy|proxies"
    # "clashes between forces of Puntland and Galmudug", "the troops of Chad": its forces,
    # as "Puntland's troops" and "Chadian forces" are
    r"|forces|troops"
    # "welcomed the mediation of Qatar", "the intervention of France": the state's own act
    # named by its noun, the state its doer (ACTOR66: dev 663; never an act done to it,
    # "the invasion of Ukraine", "the occupation of Gaza")
    r"|mediation|intervention|involvement|interference|meddling|complicity)"
    r"\s+of\s+(?:the\s+)?$"
)
_AFTER_CONJUNCTION: Final = re.compile(r"\b(?:and|or)\s+(?:the\s+)?(?:[a-z-]+\s+)?$")
_COMPASS: Final = (
    r"(?:(?i:north|south|east|west|central|northern|southern|eastern|western"
    r"|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
)
_COORDINATED_PLACE: Final = re.compile(
    r"\b(?P<preposition>(?i:in|into|inside|across|throughout|to|towards|near|around|outside|via"
    r"|borders|bordering|borders?\s+with|reached|entered|from|through"
    r"|visited|visiting|straddles|straddle|straddled|straddling|cross|crosses|crossed|crossing"
    r"|who\s+(?:(?:has|have|had)\s+)?(?:closely\s+)?(?:follows|followed|covers|covered"
    r"|studies|studied|tracks|tracked|monitors|monitored|researches|researched)"
    # "citizens of China, Viet Nam and Kenya": whose people they are, as "from" says
    r"|(?:citizens|nationals)\s+of"
    # "the border between Chad and Sudan": its two sides
    r"|(?:border|frontier|boundary|road|highway|route|railway|corridor|travell?ing|travell?ed"
    r"|travels|running|runs|shuttling|flights?|trade)\s+between))"
    r"\s+(?:the\s+)?(?:(?:neighbou?ring|both|either)\s+)?"
    + _COMPASS
    + r"[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+[A-Z][\w-]*){0,2}"
    r"(?:,\s+(?:the\s+)?" + _COMPASS + r"[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+[A-Z][\w-]*){0,2})*"
    r"(?:,?\s+(?:and|or)\s+|,\s+)(?:the\s+)?" + _COMPASS + r"$"
)
# More of a list after a name: ", Niger and Cameroon", " and Morocco".
_LIST_GOES_ON: Final = re.compile(r"(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")
# Who or what comes from a place: "fighters from", "traders came from", "crossed from".
_COMES_FROM: Final = re.compile(
    r"\b(?i:fighters|militants|jihadists|troops|soldiers|traders|migrants|refugees|people"
    r"|civilians|workers|goods|cattle|weapons|came|come|comes|coming|crossed|fled|fleeing"
    r"|arrived|returned|returning|travelled|traveled|moved|smuggled|imported|driven"
    # "gold miners from Sudan, Niger and Chad", "mercenaries from Chad"
    r"|miners|herders|farmers|fishermen|smugglers|mercenaries|recruits|pilgrims|labourers"
    r"|laborers|merchants|tourists|students|residents|citizens|families|children"
    # "prospectors from Chad, Sudan and Niger", "nomads from Mali"; and any counted crowd
    # ("tens of thousands of <people> from"): who comes from a place, not who acts
    r"|prospectors|diggers|loggers|poachers|nomads|pastoralists|seekers|thousands|hundreds"
    r"|millions|dozens|scores"
    # where people are from: "The crew were from the Philippines, Egypt and Vietnam"
    r"|crew|crews|sailors|seafarers|passengers|hostages|victims|nationals|hail|hails|hailed"
    r"|is|are|was|were"
    # "migrants, most of them from Niger, Chad and Sudan", "the insurgency spread there
    # from neighbouring Mali and Niger"
    r"|of\s+them|of\s+whom|spread|spreads|spilled|spilt"
    # the roads and the traffic from them: "fuel convoys on the roads from Senegal and Mali"
    r"|roads?|routes?|highways?|flights?|convoys?|trucks?|supplies|imports|exports)"
    r"(?:\s+\w+){0,2}\s+from\b"
)


def _cities_named(ctx: SuggestContext) -> frozenset[str]:
    """Names the text introduces as a city of some state ("the northern Lebanese city of
    Tripoli"): a capital's name so introduced is a city of that state here, not the seat
    of the government its name is listed for (a capital is "the Libyan capital"). Not
    "the Somali port of Kismayo": a regional seat, introduced so, still stands for its
    government ("Relations between Mogadishu and Kismayo")."""
    found: frozenset[str] | None = ctx.memo.get("cities_named")
    if found is None:
        text = ctx.text
        index = _gazetteer_index(ctx.gazetteer)
        found = frozenset(
            m.group(2)
            for word in (" city of ", " town of ")
            for at in _all(text, word)
            if (m := _DEMONYM_CITY_OF.search(text, max(0, at - 40), at + len(word) + 40))
            is not None
            and m.group(1) in index.demonyms
        )
        ctx.memo["cities_named"] = found
    return found


def _all(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


# "the northern Lebanese city of Tripoli", "the Syrian port city of Latakia".
_DEMONYM_CITY_OF: Final = re.compile(
    r"\b[Tt]he (?:[a-z-]+ )?([A-Z][a-z]+) (?:port |coastal |border |market )?(?:city|town)"
    r" of ([A-Z][\w\u0300-\u036f'\u2019-]*(?: [A-Z][\w\u0300-\u036f'\u2019-]*)?)"
)


# A state's diplomatic mission named with the state: "the U.S. Embassy", "the Kenya High
# Commission", "the Embassy of China" (capitalised: "the Chinese embassy" is no name); and
# the state's or a union of states' other offices named with it, one name as "U.S. Central
# Command" is (guideline, session 28 point k): "the U.S. Treasury", "the U.S. Department of
# the Treasury", "the EU Delegation to Montenegro" (up to three capitalised words of whose
# department or where the delegation sits; "the U.S. Embassy in Georgetown" stays
# `U.S. Embassy`, as dev has it).
# (A title after the words ends them: "the U.S. Department of State Deputy Spokesman".)
_OFFICE_WORD: Final = (
    r"(?!(?:Deputy|Spokesman|Spokesperson|Spokeswoman|Secretary|Minister)\b)"
    r"[A-Z][\w\u0300-\u036f-]*"
)
_OFFICE_PART: Final = rf"(?:the )?{_OFFICE_WORD}(?: {_OFFICE_WORD}){{0,2}}"
_MISSION_AFTER: Final = re.compile(
    r" (?:Embassy|Consulate(?:[- ]General)?|High Commission|Treasury(?: Department)?"
    rf"|Delegation(?: to {_OFFICE_PART})?|Department of {_OFFICE_PART})\b(?![-'\u2019]\w\w)"
)
# The unions of states whose offices are named so ("the EU Delegation", "the African Union
# Delegation to Ethiopia"; real-world facts): their gazetteer kind is `organisation`.
_UNIONS_OF_STATES: Final = words("EU AU ECOWAS SADC IGAD ASEAN NATO GCC OSCE") | {
    "European Union",
    "African Union",
    "Arab League",
}
_MISSION_BEFORE: Final = re.compile(
    r"\b(?:Embassy|Consulate(?:[- ]General)?|High Commission) of (?:the )?$"
)


# " of Ukraine", " of the Philippines" after a listed state body: its state's name (up to
# four capitalised words), to be looked up.
_OF_A_LISTED_STATE: Final = re.compile(
    r" of ((?:the )?[A-Z][\w'\u2019-]*(?: (?:(?:of|the|and) )*[A-Z][\w'\u2019-]*){0,5})"
    r"(?![\w'\u2019-])"
)


def _listed_state_after(index: _GazetteerIndex, whose: re.Match[str]) -> int | None:
    """The end of the longest listed state that opens `whose`'s name, or None. The name may
    hold small words ("of the Government of National Unity", "of the Democratic Republic of
    the Congo"), and stops before a list's next item ("of Libya and Tunisia's")."""
    name = whose.group(1)
    cut = len(name)
    while cut > 0:
        candidate = name[:cut]
        if candidate[candidate.rfind(" ") + 1].isupper() and "state" in (
            index.kinds.get(candidate, ("",))[0],
            index.kinds.get(candidate.removeprefix("the "), ("",))[0],
        ):
            return whose.start(1) + cut
        cut = name.rfind(" ", 0, cut)
    return None


@rule(
    "actor_gazetteer",
    "ACTOR",
    "Names from the gazetteer (states, armed groups, media, organisations, seats of "
    "government) and their 'al-' spellings; a state named as a place ('in Lenvia') is "
    "skipped, a capital counts only where it stands for its government ('Moscow said').",
)
def actor_gazetteer(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    for start, end, name in _gazetteer_hits(ctx):
        kind, role = index.kinds[name]
        if name in _WORD_ACRONYMS and _shouted_line(text, start):
            continue  # "GUNMEN WHO STORMED ...", "CAR BOMB KILLS 5": words, not acronyms
        if kind == "state" and _byline_place(text, start, end):
            continue  # "By Ana Kis, Katsina": where the byline was filed
        if kind == "state" and _office_of_a_listed_body(index, text, start):
            continue  # "OCHA Sudan", "ICRC Yaoundé": where an agency's office is (STATE65)
        if name.isupper() and _FILE_DETAILS_AFTER.match(text, end):
            continue  # "Download the report (PDF, 124 pages)": a file's format, no group
        if kind == "state" and _PLAN_AFTER.match(text, end):
            continue  # "the 2026 Yemen Humanitarian Response Plan": an appeal's title
        if name.startswith("Operation ") and (
            _OPERATION_AREA_AFTER.match(text, end) or _campaign_operation(text, start, end)
        ):
            # "the Operation Peace Spring zone": the area it holds, a place; "launched
            # Operation Sindoor": a campaign
            continue
        if (
            kind in ("organisation", "armed group")
            and text.startswith(" ", end)
            and _UNIT_NOUN.match(text, end)
            and not (kind == "armed group" and _PROVINCE.match(text, end))
        ):
            continue  # "from the al-Islah district": a place named like a party
        if role == "capital" and name in _cities_named(ctx):
            continue  # "the northern Lebanese city of Tripoli": a city, not a capital here
        if role == "capital":
            if _inside_longer_name(text, start) or not _government_position(text, start, end):
                continue  # "in New Delhi said": "Delhi" is no government there
            if _in_list_of_places(text, start, end):
                continue  # "Flights to Nairobi, Kampala and Kigali resumed": places listed
            if _MEDIA_AFTER.match(text[end : end + 20]):
                continue  # "told Manila radio station DZBB": where the outlet is
            if _EVENT_AFTER_CAPITAL.match(text, end) and _THE_BEFORE_CAPITAL.search(
                text, max(0, start - 10), start
            ):
                continue  # "The Doha talks resumed", "the 2018 Stockholm agreement": where
        elif kind == "state" and role == "" and _is_place(ctx, start, end, name):
            continue
        if role == "institution" and _venue(text, start, end):
            continue  # "signed a treaty at the White House in August": where, not who
        if kind == "organisation" and " " not in name and name[1:].islower():
            longer = _LONGER_NAME.match(text, end)
            if longer is not None and not _title_words(longer.group(0)):
                # A one-word listed name opening a longer one: "Emergency Response Rooms".
                yield _suggestion(start, longer.end(), kind, "actor_gazetteer")
                continue
        if kind == "organisation" and name[:1].isupper() and " " in name:
            prefix = _UN_BEFORE.search(text, max(0, start - 16), start)
            if prefix is not None:
                # "the UN Office for the Coordination of Humanitarian Affairs": one name.
                yield _suggestion(prefix.start(), end, kind, "actor_gazetteer")
                continue
        if kind in ("armed group", "organisation") and text.startswith((" al-", " Al-"), end):
            longer_arabic = _ARABIC_NAME_GOES_ON.match(text, end)
            if longer_arabic is not None:
                # "al-Shabab al-Muslim": a listed name's words open a longer Arabic name
                yield _suggestion(start, longer_arabic.end(), kind, "actor_gazetteer")
                continue
        branch = _PROVINCE.match(text, end) if kind == "armed group" else None
        if branch is not None:
            # "Islamic State Mozambique Province": a group's branch is named with its region.
            yield _suggestion(start, branch.end(), kind, "actor_gazetteer")
            continue
        service = _LANGUAGE_SERVICE.match(text, end) if kind == "media" else None
        if service is not None and (
            service.group(1) in _SERVICE_LANGUAGES or service.group(1) in index.demonyms
        ):
            # "BBC Somali", "VOA Hausa", "RFI Afrique": an outlet's service in a language
            yield _suggestion(start, service.end(), kind, "actor_gazetteer")
            continue
        if kind == "organisation" and name in _UNIONS_OF_STATES:
            mission = _MISSION_AFTER.match(text, end)
            if mission is not None and not _title_case_line(text, start, min_words=3):
                # "the EU Delegation to Montenegro called": the union's office, one name
                yield _suggestion(start, mission.end(), kind, "actor_gazetteer")
                continue
        if kind == "state" and role == "":
            mission = _MISSION_AFTER.match(text, end)
            if mission is not None:
                # "the U.S. Embassy said": a state's mission named with it is one name, as
                # "U.S. Central Command" is (guideline, session 28 point k)
                yield _suggestion(start, mission.end(), kind, "actor_gazetteer")
                continue
            opened = _MISSION_BEFORE.search(text, max(0, start - 40), start)
            if opened is not None:
                yield _suggestion(
                    opened.start(), end, kind, "actor_gazetteer"
                )  # "Embassy of China"
                continue
        masthead = _MASTHEAD.match(text, end) if kind == "state" else None
        if masthead is not None:
            # "Syria Today", "Sudan Tribune": a state inside a media name is no actor.
            yield _suggestion(start, masthead.end(), "media", "actor_gazetteer")
            continue
        if role == "institution" and text.startswith(" of ", end):
            whose = _OF_A_LISTED_STATE.match(text, end)
            state_end = None if whose is None else _listed_state_after(index, whose)
            if state_end is not None:
                # "the State Emergency Service of Ukraine": a state's body named with its
                # state is one name, as "the Armed Forces of Ukraine" is
                yield _suggestion(start, state_end, kind, "actor_gazetteer")
                continue
        yield _suggestion(start, end, kind, "actor_gazetteer")
    for start, end, name in _region_hits(ctx):
        if _byline_place(text, start, end):
            continue  # "By Ana Kis, Katsina": where the byline was filed
        acting = _region_acting(ctx, start, end, name)
        if acting is not None:
            yield _suggestion(start, acting, "state", "actor_gazetteer")


# A building or seat named as the venue of an event: "at the White House in August", "a
# minute's silence at the Kebbi State House of Assembly on Wednesday" (guideline: a building
# named after "at" is a place, as a court named as where a hearing is held is).
# (not "outside the Ministry of Justice": a protest there may address the body)
_VENUE_BEFORE: Final = re.compile(r"\bat the (?:[A-Z][\w'\u2019-]* )?$")
_VENUE_CLOSED: Final = re.compile(
    r"(?: of [A-Z][\w'\u2019-]*)?"
    r"(?:[,.;:]| (?:in|on|last|this|earlier|during|where|after|before|for|to|and)\b)"
)


def _venue(text: str, start: int, end: int) -> bool:
    """True for a seat of government or a body's building named as where something took
    place ("at the Kremlin on Friday"), not as one acting ("the Kremlin said")."""
    return bool(_VENUE_BEFORE.search(text, max(0, start - 30), start)) and bool(
        _VENUE_CLOSED.match(text, end)
    )


def _region_hits(ctx: SuggestContext) -> list[tuple[int, int, str]]:
    """Every mention of a listed region (start, end, name), found once per document."""
    found: list[tuple[int, int, str]] | None = ctx.memo.get("region_hits")
    if found is None:
        regions = _gazetteer_index(ctx.gazetteer).regions
        found = ctx.memo["region_hits"] = (
            regions.find_all(ctx.text, ctx.piece_index) if regions else []
        )
    return found


# A region's own body in lower case after its name, one span with it (guideline, open
# point a, like "<nationality> police"): "Mizoram police", "the Punjab police", "the Kano
# state government".
_REGION_BODY: Final = re.compile(
    r" (?:(?:state|provincial|regional|departmental) )?(?:police|government|authorities"
    r"|administration|security forces|forces|cabinet|legislature"
    # ... or one of its departments: "the Dhi Qar health directorate", "Punjab home department"
    r"|(?:health|home|interior|security|education|water|electricity|irrigation|disaster"
    r"|emergency) (?:directorate|department|ministry|authority))\b"
)
# ... unless that body names the kind of its people or things: "an Assam police team".
_BODY_AS_MODIFIER: Final = re.compile(
    r" (?:team|teams|station|stations|post|posts|officers?|chiefs?|headquarters|personnel"
    r"|vehicles?|units?|constables?|officials?|commandos|checkpoints?|patrols?|contingents?"
    r"|sources|building|offices?|jobs?|recruits?|recruitment|academy|uniforms?|sub-inspectors?"
    r"|inspectors?|sergeants?"
    # ... or a title before a name, the region part of it as a place is of "<place> Governor
    # X" (open point i): "Zamfara police spokesman Yusuf Gambo" (dev 2 of 2 untagged)
    r"|spokes\w+|commissioner|commanders?)\b"
)
# A region's possessive before its government's bodies and officials (guideline, session 33
# point 7): "Mizoram's home department", "Punjab's police", "Kandahar's deputy governor",
# "Sonora's State Prosecutor's Office" (not "Assam's Cachar district", a place in a place,
# nor "Sindh's Governor House", a building).
_REGION_ACTS_THROUGH: Final = re.compile(
    r"['\u2019]s (?:[A-Za-z][\w'\u2019-]* ){0,2}?"
    r"(?:[Gg]overnment|[Mm]inistry|[Pp]olice|[Cc]abinet"
    r"|[Aa]uthorities|[Dd]epartment|[Aa]ssembly|[Ll]egislature|[Ff]orces"
    r"|[Gg]overnor|[Mm]inister|[Ss]ecretary|[Cc]ommissioner|[Ss]pokes(?:man|woman|person)"
    r"|[Pp]rosecutor(?:['\u2019]s [Oo]ffice)?|[Oo]fficials?)\b(?!['\u2019-]| House)"
)


def _region_acts_itself(text: str, start: int, end: int) -> int | None:
    """Where the span of a listed region's mention ends when the mention names the region
    acting by its own form (its body, its agents, its possessive before a body), else None."""
    body = _REGION_BODY.match(text, end)
    if body is not None:
        if _BODY_AS_MODIFIER.match(text, body.end()) and not (
            # ... but a government's own spokesman names the government, as in
            # `actor_subnational_government`: "Punjab government spokesman X said"
            body.group().endswith(("government", "administration"))
            and _SPOKESPERSON_AFTER.match(text, body.end())
        ):
            return None  # "an Assam police team": the body a modifier of its people
        return body.end()
    if _AGENTS_AFTER.match(text, end) or _REGION_ACTS_THROUGH.match(text, end):
        return end  # "four Assam policemen", "Mizoram officials", "Mizoram's home department"
    return None


def _region_acting(ctx: SuggestContext, start: int, end: int, name: str) -> int | None:
    """The end of a region's span where the region acts, else None. A region is mostly a
    place ("in Assam", "Sindh province"), so it is tagged where its own form says it acts
    and, once one mention in the document has, wherever a government stands ("never
    accepted by Mizoram", "said Mizoram would not give up"), as a capital is."""
    text = ctx.text
    if _inside_longer_name(text, start) or _PLACE_AFTER.match(text, end):
        return None
    acting = _region_acts_itself(text, start, end)
    if acting is not None:
        return acting
    if name not in _regions_acting(ctx):
        return None
    if not _government_position(text, start, end) or _in_list_of_places(text, start, end):
        return None
    if _is_place(ctx, start, end, name) or _REGION_KIND_BEFORE.search(
        text, max(0, start - 60), start
    ):
        return None  # "the Indian states of Assam and Mizoram exchanged fire": places
    return end


# A region named by its kind before it is a place: "the states of Assam and Mizoram".
_REGION_KIND_BEFORE: Final = re.compile(
    r"\b(?:states?|provinces?|regions?|departments?)\s+of\s+"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:,\s+|,?\s+and\s+))?$"
)


def _regions_acting(ctx: SuggestContext) -> frozenset[str]:
    """The listed regions some mention of which acts by its own form, once per document."""
    found: frozenset[str] | None = ctx.memo.get("regions_acting")
    if found is None:
        hits = _region_hits(ctx)
        # (a region's name that is also a surname somewhere in the text, "Ana Guerrero",
        # is left to its own forms: "Guerrero said" may be hers)
        surnames = {name for start, _end, name in hits if _inside_longer_name(ctx.text, start)}
        found = ctx.memo["regions_acting"] = frozenset(
            name
            for start, end, name in hits
            if name not in surnames and _region_acts_itself(ctx.text, start, end) is not None
        )
    return found


# Listed acronyms that are also English words: in a line written all in capitals they are
# the words ("WHO" the World Health Organization, "CAR" the Central African Republic).
_WORD_ACRONYMS: Final = words("WHO CAR MAG")


def _shouted_line(text: str, offset: int) -> bool:
    """True when the line holding `offset` has no lower-case letter (an all-caps headline)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : len(text) if end < 0 else end]
    return not any(ch.islower() for ch in line)


# An acronym right before a state's or a capital's name, across one space (STATE65).
_ACRONYM_BEFORE: Final = re.compile(r"(?<![\w.'\u2019-])([A-Z]{2,8}) $")


def _office_of_a_listed_body(index: _GazetteerIndex, text: str, start: int) -> bool:
    """Whether the name at `start` follows a listed organisation's acronym, as an agency
    names its office in a country or city ("produced by OCHA Sudan", "UNICEF Yemen said",
    "ICRC Yaoundé, tel: ..."): the office's place, no state (dev gold: 0 of 10 tagged)."""
    found = _ACRONYM_BEFORE.search(text, max(0, start - 10), start)
    if found is None or _FORUM_BEFORE.search(text, max(0, found.start() - 20), found.start()):
        # "At NATO Turkey blocked", "Within ECOWAS Nigeria carries the most weight": the
        # body is the forum a state acts in, no office (review65t)
        return False
    return index.kinds.get(found.group(1), ("", ""))[0] == "organisation"


# A preposition of where before a body's acronym (review65t).
_FORUM_BEFORE: Final = re.compile(
    r"\b(?i:at|in|inside|within|outside|across|among|throughout)\s+(?:the\s+)?$"
)


def _gazetteer_hits(ctx: SuggestContext) -> list[tuple[int, int, str]]:
    """Every mention of a listed name (start, end, name), found once per document."""
    found: list[tuple[int, int, str]] | None = ctx.memo.get("gazetteer_hits")
    if found is None:
        names = _gazetteer_index(ctx.gazetteer).names
        found = ctx.memo["gazetteer_hits"] = names.find_all(ctx.text, ctx.piece_index)
    return found


_LANGUAGE_SERVICE: Final = re.compile(r" ([A-Z][a-z]+)\b(?! [A-Z])")
_SERVICE_LANGUAGES: Final = words(
    "Arabic Persian Farsi Hausa Swahili Amharic Urdu Pashto Dari Hindi Bangla Bengali "
    "Tigrinya Oromo Kinyarwanda Kirundi Afrique Mundo Brasil Yoruba Igbo Somali Burmese "
    "Kurdish Turkish Russian Ukrainian Uzbek Tamil Nepali Sinhala Punjabi Marathi Gujarati "
    "Telugu Azeri Georgian Serbian Thai Vietnamese Indonesia Chinese Spanish French "
    "English Portuguese"
)
_UN_BEFORE: Final = re.compile(r"\b(?:UN|U\.N\.|United Nations) $")
_ARABIC_NAME_GOES_ON: Final = re.compile(r"(?: [Aa]l-[A-Z][\w\u0300-\u036f'\u2019]*)+")
_PROVINCE: Final = re.compile(r"(?: [A-Z][\w'\u2019-]*){1,3} Province\b")
_LONGER_NAME: Final = re.compile(r"(?: [A-Z][a-z]+)+")


def _title_words(words: str) -> bool:
    """Any of `words` is a title or a role ("Emergency Director")."""
    return any(w in TITLES or w.lower() in ROLE_WORDS for w in words.split())


_MASTHEAD: Final = re.compile(
    r" (?:Today|Times|Post|Tribune|Daily|News|Herald|Monitor|Observer|Independent|Gazette"
    r"|Journal|Express|Chronicle|Telegraph|Weekly|Online|TV|Radio|24)\b"
)
_BODY: Final = re.compile(
    r" (?:armed forces|security forces|air force|naval forces|navy|army|military|government"
    r"|border (?:guard )?service|security services?|intelligence services?"
    r"|(?:occupation|occupying) (?:forces|army|authorities)"
    r"|authorities|police|coast guard|border guard(?!s)|forces|junta|presidency|cabinet|parliament"
    r"|embassy"
    r"|administration|(?:foreign|defen[cs]e|interior|health|justice|information|finance) ministry"
    r"|ministry of (?:foreign affairs|defen[cs]e|the interior|health|justice))\b" + _MEMBERS_AFTER,
    re.IGNORECASE,
)


# A capitalised word shaped like a nationality right before " forces" (not inside a
# compound: "Kurdish-led forces", "pro-Tigrayan forces" are described, not named).
_PEOPLE_BEFORE_FORCES: Final = re.compile(r"(?<![\w\u2019'-])([A-Z][a-z]+)$")
_FORCES_OF_A_PEOPLE: Final = re.compile(r" forces\b" + _MEMBERS_AFTER)
# Shaped like a nationality, but no people: "civilian forces", "Republican forces".
_NOT_PEOPLES: Final = words(
    "African European Asian Christian Civilian Republican Partisan Veteran Guardian Jihadi "
    "Islamist Bolshevik Caucasian Libertarian Vatican Lutheran Anglican Presbyterian"
)
# Peoples spread across states, with no government or command of their own: their
# adjective says who the fighters are, not a party ("Kurdish forces": nothing; guideline,
# session 32 point 5). "Tigrayan forces" (a region's government at war) stays a party.
_STATELESS_PEOPLES: Final = words(
    "Kurdish Druze Baloch Baluch Balochi Fulani Peul Bedouin Tuareg Rohingya Hazara Pashtun "
    "Uyghur Uighur Yazidi Alawite Berber Amazigh Masalit Zaghawa Arab Sunni Shia Shiite"
)


@rule(
    "actor_national_body",
    "ACTOR",
    "A state's body named by its nationality or its name: 'Russian forces', 'Sudanese army', "
    "'Ukrainian air force', 'Iranian foreign ministry', 'Syrian government'.",
)
def actor_national_body(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    for start, end, _name in index.nationals.find_all(text, ctx.piece_index):
        body = _BODY.match(text, end)
        if (
            body is None
            and _name in index.demonyms
            and not _NATIONALITY_SHAPE.fullmatch(text, start, end)
        ):
            # a nationality whose shape `actor_national_institution` misses: its bodies
            # all the same ("the Montenegrin General Staff", "Nigerien intelligence")
            body = _INSTITUTION_AFTER.match(text, end)
            if body is not None and body.group().endswith(("Cross", "Crescent")):
                body = None  # its national society is an organisation, no state body
        if (
            body is not None
            and body.group().lower().startswith(" embassy")
            and (_name not in index.demonyms)
        ):
            body = None  # "the US embassy": the state by its name (the Chinese embassy: one)
        if (
            body is not None
            and body.group().endswith(" guard")
            and _one_guard(text, start, body.end())
        ):
            body = None  # "one Tajik border guard was wounded": a man, not the service
        if body is not None and _body_as_modifier(text, body.group(), body.end()):
            body = None  # "a Somali military commander", "Guyanese army boat": a modifier
        if body is not None:
            # a community named by two adjectives is one name: "Turkish Cypriot police",
            # "Greek Cypriot authorities" (the first is no nationality of its own here)
            before = _WORD_BEFORE_SPACE.search(text, max(0, start - 20), start)
            if before is not None and before.group(1) in index.demonyms:
                start = before.start(1)
            yield _suggestion(start, body.end(), "state", "actor_national_body")
    # "Tigrayan forces", "Kurdish forces": the forces of a people or a region that is no
    # listed state are its armed group, one span like "Russian forces" ("Amhara militias",
    # "Rohingya fighters" stay untagged, as "Russian soldiers" do).
    at = text.find(" forces")
    while at >= 0:
        people = _PEOPLE_BEFORE_FORCES.search(text, max(0, at - 30), at)
        found = _FORCES_OF_A_PEOPLE.match(text, at)
        at = text.find(" forces", at + 7)
        if people is None or found is None:
            continue
        word = people.group(1)
        if (
            word in index.demonyms
            or word in index.kinds
            or word in _NOT_PEOPLES
            or word in _STATELESS_PEOPLES
            or not _is_nationality(word, index)
        ):
            continue
        yield _suggestion(people.start(1), found.end(), "armed group", "actor_national_body")


_WORD_BEFORE_SPACE: Final = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+) $")
_ONE_OF_THEM_BEFORE: Final = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ee]ach) $")
# ... or harmed, as a headline puts it: "Kyrgyz border guard killed, two injured"
_HARMED_AFTER: Final = re.compile(
    r"(?: (?:was|is|has been))? (?:killed|wounded|injured|hurt|shot|dies|died|missing)\b"
)


def _one_guard(text: str, start: int, end: int) -> bool:
    """Whether "<nationality> (border) guard" at text[start:end] is one man: after "a" or
    "one", or harmed after it."""
    return bool(
        _ONE_OF_THEM_BEFORE.search(text, max(0, start - 10), start)
        or _HARMED_AFTER.match(text, end)
    )


_LED_COALITION: Final = re.compile(
    r"\b(?P<name>[A-Z][\w\u0300-\u036f.]*(?:[- ][A-Z][\w\u0300-\u036f.]*)*-led"
    r"(?: (?:military|international|multinational|naval|Arab|Western))? coalition)\b"
)


@rule(
    "actor_led_coalition",
    "ACTOR",
    "A coalition named by its leader: 'the US-led coalition' -> 'US-led coalition', "
    "'a Saudi-led military coalition'.",
)
def actor_led_coalition(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    seen: set[tuple[int, int]] = set()
    for led in _LED.finditer(text):
        # The leader's name stands just before "-led": only that stretch is read.
        window = _LED_COALITION.finditer(text, max(0, led.start() - 150), led.end() + 40)
        for match in window:
            if match.span() in seen:
                continue
            seen.add(match.span())
            yield from _coalition(text, match)


_LED: Final = re.compile(r"-led\b")


def _coalition(text: str, match: re.Match[str]) -> Iterator[Suggestion]:
    start, end = match.span("name")
    # (a full stop and a space end the sentence before: "backed by Iran. A Saudi-led
    # coalition"; a leader's own dots stand before no space: "U.S.-led")
    stop = text.rfind(". ", start, end)
    start = start if stop < 0 else stop + 2
    first = re.match(r"(?:(?:A|An|The|This|That|Its|Their)\s+)+", text[start:end])
    start += first.end() if first else 0
    yield _suggestion(start, end, "state", "actor_led_coalition")


@rule(
    "actor_known_elsewhere",
    "ACTOR",
    "Annotate all occurrences: every text the analysts tagged ACTOR elsewhere in the corpus.",
)
def actor_known_elsewhere(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    mentions = list(_listed(ctx, ctx.known_actors, ctx.known_actors, "actor_known_elsewhere"))
    only_placed = _names_only_placed(text, mentions)
    for found in mentions:
        if text[found.start : found.end] in only_placed:
            # "a checkpoint in al-Karama", "residents of al-Karama": this document's own
            # evidence outranks another document's tag (an armed group of that name)
            continue
        if _PORTFOLIO_BEFORE.search(text, max(0, found.start - 30), found.start):
            continue  # "the Commissioner for Internal Security and Home Affairs": an office
        name = text[found.start : found.end]
        if name.isupper() and (is_title(name) or _capitals_line(text, found.start)):
            # "a former MP", "Senior Superintendent of Police (SSP)": a title another
            # document's acronym spells (its own definition is its own rules' work); "WE
            # ARE THE ONES WHO SEARCH": a word of a line in capitals
            continue
        if " " not in name and is_title(name) and _INITIALLED_NAME_AFTER.match(text, found.end):
            continue  # "Ombudsman O. Zubairu told": the title of the person named after it
        if found.attributes.get("type") == "state" and _filed_from(text, found.start, found.end):
            # "Islamabad" alone under a briefing's date, "By X, Beirut | Outlet", "Unit |
            # Bangui | CPS-PR-031": where the report was filed, not its government
            continue
        if (
            found.attributes.get("type") == "state"
            and " " in name
            and _body_as_modifier(text, name, found.end)
        ):
            # "the continued Israeli military presence": a body another document tags, used
            # here as a modifier of its acts or things (as `actor_national_institution` reads it)
            continue
        if found.attributes.get("type") == "state" and _listed_place_here(
            ctx, found.start, found.end, name
        ):
            # a region another document tags where it acts, named here where its own rule
            # reads a place and no government can stand: "spoke to his Assam counterpart"
            # (capitals are left to the state check: this rule finds them where the
            # gazetteer's government test does not)
            continue
        if found.attributes.get("type") == "state" and _placed_by_grammar(text, found):
            continue  # "Yemen's Taiz", "the Belgorod, Kursk and Bryansk regions" (ACT32)
        if (
            found.attributes.get("type") == "state"
            and " " not in name
            and _capital_placed(ctx, found.start, found.end, name)
        ):
            continue  # "at Nairobi's Central Police Station", "the Algiers accord" (ACTOR66)
        if (
            found.attributes.get("type") == "state"
            and " " not in name
            and _PLACE_AFTER.match(text, found.end)
        ):
            continue  # "Amhara militia", "the Belgorod strike" (probe, ACTOR66)
        if found.attributes.get("type") == "person" and not _named_in_full(
            ctx, text[found.start : found.end]
        ):
            # A surname another document tags ("Ms Durán") that this one never gives after a
            # first name or a title: news introduces a person in full, so here it names a
            # place ("the streets of Durán") or a second person's surname elsewhere.
            continue
        if (
            " " not in text[found.start : found.end]
            and _LONGER_NAME_GOES_ON.match(text, found.end)
            and not _title_case_line(text, found.start, min_words=3)
        ):
            # "Saba Yoi district", "Soran Emergency Hospital": a word another document tags
            # (the agency SABA, the charity Emergency) opens a longer name here
            continue
        if (
            found.attributes.get("type") == "media"
            and " " not in name
            and _outlet_word_closes_a_longer_name(ctx, found.start)
        ):
            # "EVN Report", "Situation Report No. 4": an outlet another document names by
            # one common word ("Report") closes a longer name here
            continue
        yield found


# Where a name stands for a place: after a place's noun and "of" ("the villages of X",
# "residents of X", "the mayor of X", "a curfew on X"), or before a compass point's "of"
# after a comma or a coordinated place's plural noun ("X, east of Raqqa", "X and Y
# villages"; without the comma a force may stand there: "the SDF east of Raqqa"). A
# preposition alone is no proof: bodies stand there too ("troops in UNIFIL", "the largest
# contingent in AUSSOM", "split from Boko Haram": 26 gold actors of dev).
_PLACE_NOUN_OF: Final = re.compile(
    r"\b(?:north|south|east|west|outskirts|suburbs|streets|villages?|towns?|city|cities"
    r"|districts?|[Rr]esidents?|[Ii]nhabitants|[Pp]eople|[Mm]ayor|[Gg]overnor|centre"
    r"|center) of $|\bcurfew on $"
)
_PLACE_CLOSES: Final = re.compile(
    r"(?:, (?:east|west|north|south|north-east|north-west|south-east|south-west|northeast"
    r"|northwest|southeast|southwest) of\b|,? (?:and|or) [A-Z][\w'\u2019-]*"
    r"(?: [A-Z][\w'\u2019-]*)? (?:villages|towns|districts|provinces|regions)\b)"
)
# Where a name acts: before a verb of speech or deed or a body's people ("X said", "X
# fighters"), or after "by" or "with" ("an attack by X", "clashes with X").
_ACTS_AFTER: Final = re.compile(
    r"(?:['\u2019]s?)? (?:[a-z]+ly )?(?:said|says|say|claimed|claims|denied|denies|attacked"
    r"|launched|killed|fighters|militants|forces|rebels|members|commanders?|spokesman"
    r"|spokesperson|leaders?|statement|told|accused|announced|warned|called)\b"
)
_ACTS_BEFORE: Final = re.compile(r"\b(?:by|with|against) $")


def _placed(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands where only a place can."""
    return bool(
        _PLACE_NOUN_OF.search(text, max(0, start - 16), start) or _PLACE_CLOSES.match(text, end)
    )


def _names_only_placed(text: str, mentions: Sequence[Suggestion]) -> set[str]:
    """The names (no state's: `_listed` reads each of their mentions as a place or not)
    that the document puts in a place's slot at least once and never where an actor acts:
    a village another document's armed group shares its name with, a town named like a
    person. Read off the mentions alone (no scan of the text)."""
    placed: set[str] = set()
    acting: set[str] = set()
    for found in mentions:
        if found.attributes.get("type") == "state":
            continue
        start, end = found.start, found.end
        name = text[start:end]
        if _placed(text, start, end):
            placed.add(name)
        elif _ACTS_AFTER.match(text, end) or _ACTS_BEFORE.search(text, max(0, start - 9), start):
            acting.add(name)
    return placed - acting


def _listed_place_here(ctx: SuggestContext, start: int, end: int, name: str) -> bool:
    """True when `name`, a listed region (no state's own name), is a place where it stands
    by the test `actor_gazetteer` reads regions with: it acts neither in its own form nor
    where the document has it act as a government (`_region_acting`)."""
    index = _gazetteer_index(ctx.gazetteer)
    if name in index.region_names and name not in index.kinds:
        # (where a government can stand, a capital's test, it may act: "Mizoram accused")
        return _region_acting(ctx, start, end, name) is None and not _government_position(
            ctx.text, start, end
        )
    return False


# A capitalised word right before a name, on its line.
_LONGER_NAME_BEFORE: Final = re.compile(r"(?<![\w'\u2019&.-])([A-Z][\w'\u2019&.-]*) $")


def _outlet_word_closes_a_longer_name(ctx: SuggestContext, start: int) -> bool:
    """Whether the one-word name at `start` follows a capitalised word of its own name: not
    a word that only opens a sentence, a title, an owner ("Pakistan's Dawn"), or a state's,
    demonym's or other listed name."""
    line = ctx.text.rfind("\n", 0, start) + 1
    before = _LONGER_NAME_BEFORE.search(ctx.text, max(line, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    index = _gazetteer_index(ctx.gazetteer)
    return (
        word not in _NOT_NAMES
        and not word.endswith(".")  # "... Hospital. Saba reported": a sentence ends there
        and not word.endswith(_POSSESSIVE_ENDINGS)
        and not is_title(word)
        and word not in index.kinds
        and word not in index.demonyms
    )


# A person's initials and surname right after a word: " O. Zubairu", " J.P. Shammari".
_INITIALLED_NAME_AFTER: Final = re.compile(r" (?:[A-Z]\.\s?){1,3}[A-Z][a-z]")


def _filed_from(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is the whole of its line, or a whole item of a line that
    bars divide ("| Bangui |"), or closes a byline's name before a bar or the line's end
    ("By Hannah Berg, Beirut | Outlet"), or opens a line as a dash's dateline ("Addis
    Abeba – At least six ..."): a place of filing, as a dateline's is."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == start and _DASH_DATELINE_REST.match(text, end):
        return True  # "Addis Abeba – At least six people ...", "Taiz, Yemen - On the morning"
    line_end = text.find("\n", end)
    before = text[line_start:start].strip()
    after = text[end : len(text) if line_end < 0 else line_end].strip()
    return (not after or after.startswith("|")) and (
        not before or before.endswith("|") or _BYLINE_NAME_BEFORE.fullmatch(before) is not None
    )


# What follows a dateline's place at a line's start, up to its story's first word: its
# country or province after a comma, an agency in brackets, then a dash ("Taiz, Yemen - On
# the morning", "Pemba (Lusa) – Four truck drivers").
_DASH_DATELINE_REST: Final = re.compile(
    r"(?:, [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?)?(?: \([^()\n]{1,30}\))?"
    r" [\u2013\u2014-] [A-Z]"
)
# A byline's writer before the place of filing: "By Hannah Berg,".
_BYLINE_NAME_BEFORE: Final = re.compile(r"By [^|,\n]{3,60},")


def _capitals_line(text: str, offset: int) -> bool:
    """True when the line holding `offset` has four words or more and no lower-case
    letter: a headline or a slogan set in capitals, whose words are no acronyms."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    return len(line.split(None, 4)) > 3 and line.upper() == line


def _named_in_full(ctx: SuggestContext, name: str) -> bool:
    """True unless `name` is one word that the text never gives after a capitalised word
    that may open a person's name (a first name, a title: "Ana Durán", "Ms Durán") nor
    before a verb of saying ("Durán said")."""
    if " " in name:
        return True
    seen: dict[str, bool] = ctx.memo.setdefault("named_in_full", {})
    if name not in seen:
        seen[name] = _given_after_a_name(ctx.text, name)
    return seen[name]


def _given_after_a_name(text: str, name: str) -> bool:
    if re.search(rf"\b{re.escape(name)} {_SPEAKS}", text):
        return True  # "Ali told reporters": a person, however little of the name is given
    for before in re.finditer(
        rf"([A-Z][\w\u0300-\u036f'\u2019.-]*) {re.escape(name)}(?![\w\u0300-\u036f-])", text
    ):
        if before.group(1) not in _NOT_NAMES and before.group(1) not in _PLACE_OPENERS_REACH73:
            return True
    return False


# Words that open a place's name, never a person's ("Santa Cruz", "San Cristobal", "Port
# Harcourt"): the word after them is no surname given after a first name.
_PLACE_OPENERS_REACH73: Final = frozenset(
    ("Santa", "San", "Santo", "S\u00e3o", "Saint", "Sainte", "Puerto", "Porto", "Port", "Fort")
)


_SPEAKS: Final = r"(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|explained)\b"


# An office holder's title before its portfolio: what another document tags as a body
# ("Internal Security") is here the name of the office ("Commissioner for Internal Security").
_PORTFOLIO_BEFORE: Final = re.compile(
    r"\b(?:Commissioner|Minister|Secretary) (?:for|of) (?:the )?$"
)


# A capitalised word right after a name, on its line: the name is part of a longer one
# (not a word that only opens a sentence or a date after it).
_LONGER_NAME_GOES_ON: Final = re.compile(
    r" (?!(?:" + "|".join(sorted(_NOT_NAMES, key=longest_first)) + r")\b)[A-Z][a-z]"
)


# --------------------------------------------------------------------------- described names

_KIND_WORDS: Final = (
    " group",
    " watchdog",
    " monitor",
    " charity",
    " NGO",
    " organisation",
    " organization",
    " militia",
    " movement",
)
# "the Baluch activists' group Haalvsh said", "the monitoring group Airwars", "the watchdog
# Kolleka": a body's kind, then its name (and every later mention of that name).
_KIND_THEN_NAME: Final = re.compile(
    # ... or a sentence's start: "Opposition party Chadema said"
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+|(?<![\s\S])|(?<=\n)|(?<=[.!?] ))"
    r"(?P<described>(?:[\w'\u2019-]+\s+){0,3}?)"
    r"(?P<head>group|watchdog|monitor|charity|NGO|organi[sz]ation|militia|movement|party"
    r"|gang|cartel|newspaper|broadcaster|coalition|alliance|network|collective|union"
    r"|association|federation|confederation|tank|company|firm)(?:\s+(?P<called>(?:called|named|known\s+as)\s+)?"
    # ... or its name in apposition: "a rival gang, Los Tlacos, over the roads"
    r"|(?P<apposed>,)\s+)"
    # the name: capitalised words, "of the" or "de" inside ("Mothers of the Disappeared"),
    # or an acronym ("the opposition party PDS")
    # ("SOS Orinoco", "MSF Holland": an acronym may open a name of words)
    r"(?P<name>(?:[A-Z][\w\u0300-\u036f'\u2019-]*[a-z][\w\u0300-\u036f'\u2019-]*"
    r"|[A-Z]{2,5}(?=\s+[A-Z][a-z]))"
    r"(?:\s+(?:(?:of|for|de|del|du|des|la|le)\s+(?:the\s+)?)?(?:al-)?"
    # ... a number closing an outlet's name: "the local news network Suwayda 24"
    r"[A-Z][\w\u0300-\u036f'\u2019-]*){0,4}(?:\s+\d{1,3}(?![\d,.]))?|[A-Z]{2,6})"
    r"(?(apposed)(?=,\s)|"
    r"(?=\s+(?:said|says|reported|told|has|had|have|is|was|which|that|estimated|counted"
    r"|documented|recorded|accused|claimed|denied|added|[a-z]{3,}ed|sent|took|gave|began|ran"
    r"|runs|won|held|lost|left|met|built|led|leads|warns|urges|works|operates|helps|calls"
    r"|blames|accuses|wants|demands)\b|[,.;:)]|['\u2019]s\b))"
)
# What follows every kind word of _KIND_THEN_NAME (all letters) in a match: spaces, then
# "called", "named", "known as" or the name's capital.
_KIND_WORD_THEN_NAME: Final = re.compile(r"[A-Za-z]+,?\s+(?:[A-Z]|called|named|known)")
# A kind word, then the name it is given: "a gang known as Los Tigres Negros for ...", "the
# armed group known as the Red Hand" (the name ends where its capitals end).
_KIND_CALLED: Final = re.compile(
    r"[\w-]+\s+(?:called|named|known\s+as|dubbed)\s+(?:the\s+)?[\"\u201c]?"
    r"(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*[a-z][\w\u0300-\u036f'\u2019-]*"
    r"(?:\s+(?:(?:of|for|de|del|du|des|la|le)\s+(?:the\s+)?)?(?:al-)?"
    r"[A-Z][\w\u0300-\u036f'\u2019-]*){0,4})"
    # ... then punctuation or a word that no sentence-case name holds ("a rights group
    # called Darfur voices for justice" is such a name, its words in lower case)
    r"(?=[\"\u201d]?(?:\s*[,.;:)]|\s*$|\s+(?:for|in|on|at|from|and|to|with|as|after|over"
    r"|near|who|whose|when|since|which|that|is|was|has|had|have|are|were|will|would|says"
    r"|said|claims|controls|operates|runs|holds|wants|also|now|still|later|[a-z]{3,}ed)\b))"
)
# Kinds of armed bodies named only with "called" or "known as" after them ("a faction
# known as Los Chavos"; "the cell" alone names nobody).
_ARMED_HEADS_CALLED: Final = ("faction", "formation", "outfit", "cell", "band")
# What describes the kind word, after its determiner: "the [armed] group known as".
_KIND_OPENING: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+((?:[\w'\u2019-]+\s+){0,3}?)$"
)
# "Fighters of Ahl al-Sunna wal-Jamaa attacked": a group named by its fighters (two to six
# name words, Arabic articles and particles among them).
_NAME_WORD: Final = (
    r"(?:[A-Z][\w\u0300-\u036f'\u2019-]*|(?:al|wal|el|ul|wa|ad|ash|as|an|ar|at|az)-"
    r"[\w\u0300-\u036f'\u2019-]+)"
)
# A backer's compound before a group's name: "Russian-run", "Iran-backed", "US-led ".
_RUN_BY_FIRST: Final = re.compile(
    r"[A-Z][\w\u0300-\u036f'\u2019]*-(?:run|led|backed|allied|aligned|controlled|funded"
    r"|linked|affiliated|based|sponsored|trained|supported|owned) "
)
_FIGHTERS_OF: Final = re.compile(
    r"\b(?:[Ff]ighters|[Mm]ilitants|[Ii]nsurgents|[Jj]ihadists|[Mm]ilitiamen|[Gg]uerrillas)"
    rf" (?:of|from) (?:the )?(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*(?: {_NAME_WORD}){{1,5}}"
    # ... or one word opening with an Arabic article: "Fighters from al-Karama and ..."
    r"|(?:al|el)-[A-Z][\w\u0300-\u036f'\u2019-]*[a-z])"
    r"(?= [a-z]|[,.;:])"
)
_POSSESSIVE_INSIDE: Final = re.compile(r"['\u2019]s\b")
_PLACE_NOUN_NEXT: Final = re.compile(rf" {_SETTLEMENT}s?\b|(?: state| camp| area| valley)\b")
_PLACE_NOUNS: Final = words(
    "City Province Region State District Valley County Town Island Islands Mountains Hills "
    "Delta Basin Forest Camp Zone Area Governorate Prefecture Department Territory"
)
_CIVIL_DESCRIPTIONS: Final = words(
    "rights activists activist monitoring advocacy aid humanitarian medical research "
    "campaign civil lobby watchdog relief legal human lawyers lawyers' citizen citizens "
    "community civic protest opposition students women's youth victims' environmental "
    "religious doctors doctors' journalists' press freedom"
)
_ARMED_DESCRIPTIONS: Final = words(
    "armed rebel militant jihadist insurgent separatist paramilitary extremist vigilante "
    "criminal self-defence self-defense terrorist"
)
_MEDIA_DESCRIPTIONS: Final = words("news daily weekly online radio television TV")
# More kind words a name follows ("the opposition party PDS", "the gang Village de Dieu").
_NAME_THEN_PARTY: Final = re.compile(
    r"\b[Tt]he\s+(?:(?:ruling|opposition|main|governing|former|banned|outlawed|dissolved"
    r"|largest|biggest|new|small|Islamist|nationalist|separatist|pro-government)\s+){0,2}"
    r"(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+[A-Z][\w\u0300-\u036f'\u2019-]*){0,3})"
    r"\s+party\b(?!['\u2019]s\s+[A-Z])"
)
# "the Canaan gang", "the Bonde do Maluco faction" (not "the Dozo militia Dan Na
# Ambassagou", where the name follows its kind)
_NAME_THEN_ARMED_KIND: Final = re.compile(
    r"\b[Tt]he\s+(?:(?:rival|powerful|notorious|feared|armed|local|main|dissident|so-called)\s+)?"
    r"(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+(?:(?:de|del|do|da|dos|das|la|los)\s+)?"
    r"[A-Z][\w\u0300-\u036f'\u2019-]*){0,3})\s+(?:gang|faction|militia|syndicate|network)\b"
    r"(?!,?\s+[A-Z])"
)
# The kind words right before a body's name ("the state railway company Ukrzaliznytsia").
_KIND_HEADS_NAMING: Final = words(
    "group watchdog monitor charity NGO organisation organization movement party union "
    "association federation company firm network collective alliance coalition broadcaster "
    "newspaper"
)
_KIND_HEADS_MORE: Final = (
    "party",
    "gang",
    "cartel",
    "newspaper",
    "broadcaster",
    "coalition",
    "alliance",
    "network",
    "collective",
    "union",
    "association",
    "federation",
    "confederation",
    "tank",
    "company",
    "firm",
)


@rule(
    "actor_named_after_its_kind",
    "ACTOR",
    "A body's kind, then its name: 'the rights group Haalvsh said' -> 'Haalvsh', 'the rebel "
    "militia Kata Ndeke' -> 'Kata Ndeke', and the name's later mentions.",
)
def actor_named_after_its_kind(ctx: SuggestContext) -> Iterator[Suggestion]:
    return iter(_memoised(ctx, "actor_named_after_its_kind", _named_after_its_kind))


# A party's own name right after its kind: "the Indigenous party Yatama said".
_NAME_AFTER_PARTY: Final = re.compile(r" (?:[A-Z][a-z]|[A-Z]{2,}\b)")


def _named_after_its_kind(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    names: dict[str, str] = {}
    for head in (
        "group",
        "watchdog",
        "monitor",
        "charity",
        "NGO",
        "organisation",
        "organization",
        "militia",
        "movement",
        *_KIND_HEADS_MORE,
        *_ARMED_HEADS_CALLED,
    ):
        for at in ctx.piece_index.get(head, ()):
            # A match whose kind stands here has spaces, then "called" or a capital after
            # it: the window before is searched only then (most kind words have neither).
            found = (
                _KIND_THEN_NAME.search(text, max(0, at - 60), at + 80)
                if _KIND_WORD_THEN_NAME.match(text, at, at + 80)
                else None
            )
            while found is not None and found.start("head") < at:
                found = _KIND_THEN_NAME.search(text, found.start("head"), at + 80)
            called = found is not None and found.group("called") is not None
            if found is None or found.start("head") != at:
                # "a gang known as Los Tigres for ...", "the armed group known as the Red
                # Hand": a name given by "called" ends wherever its capitals end
                found = _KIND_CALLED.match(text, at)
                if found is None:
                    continue
                called = True
                opening = _KIND_OPENING.search(text, max(0, at - 60), at)
                described_words = opening.group(1) if opening is not None else ""
            else:
                described_words = found.group("described")
            name = found.group("name")
            described = {w.lower().strip("'\u2019") for w in described_words.split()}
            first = name.split()[0]
            if (
                first in _NOT_NAMES
                # an adjective some house styles capitalise: "Four Indigenous Mayangna"
                or name == "Indigenous"
                # "the former X militia, Mr Jean-Bosco Malonga, denied": its spokesman
                or first.rstrip(".") in _COURTESY_TITLES
                or name in index.demonyms
                # a one-word name shaped like a demonym is still a name when it is listed
                # as none ("the human rights group Karapatan said")
                or (" " in name and _is_nationality(first, index))
            ):
                continue
            if head == "tank" and not described & {"think"}:
                continue  # "the fuel tank", "a tank" of the army
            kind = index.kinds.get(name)
            if kind is not None:
                names[name] = kind[0]
            elif head in ("newspaper", "broadcaster") or described & _MEDIA_DESCRIPTIONS:
                if head == "broadcaster" and _a_persons_name(name):
                    continue  # "the veteran broadcaster John Okello": a person (ACTOR66)
                names[name] = "media"
            elif head in ("militia", "movement", "gang", "cartel", *_ARMED_HEADS_CALLED) or (
                described & _ARMED_DESCRIPTIONS
            ):
                names[name] = "armed group"
            elif head != "group" or described & _CIVIL_DESCRIPTIONS or called:
                names[name] = "organisation"  # ... or "a group called Mothers of the ..."
    # "the ruling Chama Cha Mapinduzi party", "members of the Pastef party": a party named
    # before its kind
    for at in ctx.piece_index.get("party", ()):
        found = next(
            (
                m
                for m in _NAME_THEN_PARTY.finditer(text, max(0, at - 80), at + 5)
                if m.end() == at + 5
            ),
            None,
        )
        if found is None or _NAME_AFTER_PARTY.match(text, at + 5):
            # (none, or "the Indigenous party Yatama": the name after the kind, the word
            # before it a description)
            continue
        name = found.group("name")
        first = name.split()[0]
        if (
            first in _NOT_NAMES
            or any(w in index.demonyms or w in _NOT_NAMES for w in name.split())
            or _is_nationality(first, index)
            or index.kinds.get(name, ("organisation",))[0] not in ("organisation",)
        ):
            continue  # "the Kenyan party", "the Tuesday party": no party's name
        names.setdefault(name, "organisation")
    for name, _noun in _names_before_armed_kind(ctx):
        names.setdefault(name, "armed group")
    for noun in ("Fighters", "fighters", "militants", "insurgents", "jihadists", "militiamen"):
        for at in ctx.piece_index.get(noun, ()):
            found = _FIGHTERS_OF.match(text, at)
            if found is None:
                continue
            name = found.group("name")
            backer = _RUN_BY_FIRST.match(name)
            if backer is not None:
                name = name[backer.end() :]  # "the Russian-run Africa Corps": its backer
            owner = _POSSESSIVE_INSIDE.search(name)
            if owner is not None:
                name = name[: owner.start()]  # "the Islamic State's Somalia branch": the owner
                if " " not in name:
                    continue
            words_ = name.split()
            name_start = found.start("name")
            if len(words_) == 1 and _PLACE_NOUN_NEXT.match(text, found.end("name")):
                continue  # "Fighters from al-Jazira state": where they came from
            if (
                name in index.kinds
                or any(w in _NOT_NAMES for w in words_)
                or _is_nationality(words_[0], index)
                or _known_name_inside(
                    ctx, tuple(word_tokens(text, name_start, name_start + len(name)))
                )
                or words_[-1] in _PLACE_HEADS
                or words_[-1] in _PLACE_NOUNS
            ):
                continue  # a listed name (found by the lists), a place or a people
            names[name] = "armed group"
    if names:
        for start, end, name in NameMatcher(names).find_all(text, ctx.piece_index):
            yield _suggestion(start, end, names[name], "actor_named_after_its_kind")


def _names_before_armed_kind(ctx: SuggestContext) -> list[tuple[str, str]]:
    """Armed bodies named before their kind: "the Canaan gang", "the Bonde do Maluco
    faction", "the so-called El Perú syndicate", "the Foxtrot network" (found once)."""
    found: list[tuple[str, str]] | None = ctx.memo.get("names_before_armed_kind")
    if found is not None:
        return found
    found = []
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    for noun in ("gang", "faction", "militia", "syndicate", "network"):
        for at in ctx.piece_index.get(noun, ()):
            if not text.endswith(" ", 0, at):
                continue
            match = _NAME_THEN_ARMED_KIND.search(text, max(0, at - 60), at + len(noun) + 3)
            if match is None or match.end("name") != at - 1:
                continue
            name = match.group("name")
            backer = _RUN_BY_FIRST.match(name)
            if backer is not None:
                name = name[backer.end() :]  # "the Iran-backed Houthi militia": its backer
            words_ = name.split()
            if not words_:
                continue
            if len(words_) == 1 and noun in ("faction", "militia"):
                continue  # "the Tuareg militia", "the Nuer faction": a people, one word
            if (
                words_[0] in _NOT_NAMES
                or any(w in index.demonyms or w in _NOT_NAMES for w in words_)
                # ("Canaan" is shaped like a demonym: only a listed one counts alone)
                or (len(words_) > 1 and _is_nationality(words_[0], index))
                or index.kinds.get(name, ("armed group",))[0] != "armed group"
                or name in index.region_names
                or words_[-1] in _PLACE_NOUNS
            ):
                continue  # "the Tuareg militia", "the Sudan faction": a people or a place
            found.append((name, noun))
    ctx.memo["names_before_armed_kind"] = found
    return found


# "Police named the suspect as Bala Tanko", "naming one of them as Ahmed Abu Jazar": a
# person named by a body, after "as".
_NAMED_AS_NAME: Final = (
    # (a Burmese man's "U" opens his name, inside the span as dev has it: "U Tin Maung")
    r"(?P<name>(?:U\s+)?[A-Z][\w\u0300-\u036f'\u2019-]*[a-z](?:\s+(?:(?:al|el|bin|ibn|abu|Abu|Abd|Abdel"
    # ... and an Arabic article joined to the last name: "Abu Yasir al-Jubouri"
    r"|de|da|van|von)\s+)?(?:(?:al|el|ad|ar|as|ash|az|an)-)?[A-Z][\w\u0300-\u036f'\u2019-]*[a-z]){1,3})\b"
)
_NAMED_AS: Final = re.compile(
    r"\b(?:named|naming|identified|identifying)\s+(?P<object>(?:[\w'\u2019-]+\s+){0,5}?)as\s+"
    + _NAMED_AS_NAME
)
# ... and the next name of the list: ", X Y", " and X Y", ", and X Y".
_NAMED_AS_MORE: Final = re.compile(r"(?:,\s+|,?\s+and\s+)" + _NAMED_AS_NAME)
_NOT_A_PERSON_NAMED: Final = words(
    "group organisation organization militia movement network party company outlet "
    "agency force forces unit gang cartel faction body town village city area place "
    "site vehicle vehicles car truck weapon weapons drone drones missile missiles aircraft "
    "plane jet boat ship vessel rifle bomb device operation camp district region ward "
    "hospital school mosque church brand model"
)


@rule(
    "actor_named_as_person",
    "ACTOR",
    "A person a body names or identifies: 'police named the suspect as Bala Tanko' -> "
    "'Bala Tanko' (two to four name words; never a group or a place named so).",
)
def actor_named_as_person(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for verb in ("named", "naming", "identified", "identifying"):
        for at in ctx.piece_index.get(verb, ()):
            found = _NAMED_AS.match(text, at)
            if found is None:
                continue
            objects = {w.lower() for w in found.group("object").split()}
            if _NOT_A_PERSON_NAMED & objects:
                continue
            # ("named the groups as X and Y": a plural of a thing's word, no list of people)
            listed = _NOT_A_PERSON_NAMED.isdisjoint(w[:-1] for w in objects if w.endswith("s"))
            yield from _named_as_people(ctx, found.start("name"), found.group("name"), listed)


def _named_as_people(
    ctx: SuggestContext, start: int, name: str, listed: bool
) -> Iterator[Suggestion]:
    """The person named at `start` after "named as", and when `listed`, the people joined
    to it by commas and "and" ("identified the dead as X Y and Z W", two words at least)."""
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    for _ in range(4):
        end = start + len(name)
        name_words = name.split()
        while len(name_words) > 1 and (
            is_title(name_words[0]) or (name_words[0] in _RANK_PREFIXES and is_title(name_words[1]))
        ):
            # "named the dead soldier as First Sergeant Yazan al-Zoubi": the name alone
            start = text.index(name_words[1], start + len(name_words[0]))
            name_words = name_words[1:]
        if is_title(name_words[-1]) and (
            len(name_words) == 1 or _INITIALLED_AFTER.match(text, end)
        ):
            # "as First Sergeant P. Zahrani", "as Junior Sergeant T. Osmonov": the rank,
            # its name after the initials
            return
        if (
            any(w in _NOT_NAMES or w in ORGANISATION_WORDS for w in name_words)
            or name in index.kinds
            or _opens_as_nationality(name_words[0], index)
        ):
            return
        yield _suggestion(start, end, "person", "actor_named_as_person")
        more = _NAMED_AS_MORE.match(text, end) if listed else None
        if more is None or len(more.group("name").split()) < 2:
            return
        start, name = more.start("name"), more.group("name")


# "the Nigerian Army's 6 Division", "troops of 3 Brigade": an army's unit by its number.
_NUMBERED_UNIT: Final = re.compile(
    # ... or in an office's chain: "Deputy Director, Army Public Relations, 8 Division, ..."
    r"(?:(?<=['\u2019]s )|(?<=\b[Tt]he )|(?<=\bof )|(?<=\bits )|(?<=[A-Za-z], ))"
    r"(?P<name>\d{1,3}(?:st|nd|rd|th)? (?:Division|Brigade|Battalion|Regiment|Corps|Squadron))\b"
)
# "the 33rd Front", "a commander of the 10th Front": a guerrilla's front by its ordinal (FARC
# dissidents and their kind number their fronts), an armed group's own unit.
_NUMBERED_FRONT: Final = re.compile(
    r"(?:(?<=['\u2019]s )|(?<=\b[Tt]he )|(?<=\bits ))(?P<name>\d{1,3}(?:st|nd|rd|th) Front)\b"
)
# An army's unit by its ordinal and its arm, after "the", a possessive (a plural one too:
# "the dissidents' 33rd Front", "the rebels' 2nd Battalion") or "of": "the 3rd Infantry
# Division's station hospital", "the 47th Army Corps", "the army's 11th Corps" (ACT72: CAS40,
# CAS43 and CAS44 missed one each). Not the first words of a longer name ("the 1st Infantry
# Division Museum", "the 12th Army Corps Commander"), and never a bare number ("47 Army Corps
# vehicles").
_ACT72_ORDINAL_UNIT: Final = re.compile(
    r"(?:(?<=['\u2019]s )|(?<=s['\u2019] )|(?<=\b[Tt]he )|(?<=\bof )|(?<=\bits ))"
    r"(?P<name>\d{1,3}(?:st|nd|rd|th) (?:(?:Light Infantry|Infantry|Mechani[sz]ed|Motori[sz]ed"
    r"|Armou?red|Airborne|Air Assault|Marine|Mountain|Artillery|Commando|Cavalry|Army|Rifle"
    r"|Tank|Guards) )?(?:Division|Brigade|Battalion|Regiment|Corps|Front))$"
)
# ... what, after it, makes it a longer name's first words or another word.
_ACT72_UNIT_GOES_ON: Final = re.compile(r"[-'\u2019]\w\w| [A-Z(]|\w")
# Who owns a unit named after a plural possessive that is no state: "the rebels' 2nd
# Battalion" is the rebels' own (an armed group), "the Marines' 3rd Battalion" the state's.
_ACT72_REBEL_OWNERS: Final = words(
    "rebels insurgents militants dissidents separatists guerrillas guerillas jihadists "
    "militias fighters"
)
# ... and the plural owners a unit may follow at all: those, and a state's forces.
_ACT72_UNIT_OWNERS: Final = _ACT72_REBEL_OWNERS | words("forces troops armies marines")
_RUN_BY: Final = re.compile(r"-(?:run|led|controlled|held|backed|appointed)\b")
# "the Interior Ministry said": a state's ministry named by its portfolio alone.
_PORTFOLIO_MINISTRY: Final = re.compile(
    # ... after its owner's possessive too, in capitals: "the Taliban's Interior Ministry",
    # "its Defence Ministry" (a body's own name, guideline k; "Ukraine's General Staff"
    # stays the state's, its speaker the state, as dev mostly has it); after a comma, where
    # a headline drops the article ("..., Health Ministry says", "Interior Ministry
    # announces curfew") or a name follows ("Speaking in Bastia, Interior Ministry official")
    r"(?:(?<=\b[Tt]he )|(?<=['\u2019]s )|(?<=\b[Ii]ts )|(?<=\b[Tt]heir )|(?<=, ))"
    r"(?P<name>(?:Interior|Defen[cs]e|Foreign|Home|Health|Justice|Information"
    r"|Finance|Security|Internal Security|Public Security|Home Affairs|Foreign Affairs)"
    r" (?:Ministry|Department)"
    # ... or after the territory it serves: "the Gaza health ministry"
    # (not a state's possessive: "the Taliban's foreign ministry" tags the Taliban)
    r"|(?<=\b[Tt]he )[A-Z][\w\u0300-\u036f-]*[a-z] (?:health|interior|defen[cs]e|foreign"
    r"|information|justice|finance|security) (?:ministry|department))\b"
)


@rule(
    "actor_state_unit_or_ministry",
    "ACTOR",
    "An army's unit named by its number ('the army's 6 Division') and a ministry named by its "
    "portfolio alone ('the Interior Ministry said'): the state's own bodies; a guerrilla's "
    "front by its ordinal ('the 33rd Front'), an armed group.",
)
def actor_state_unit_or_ministry(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for noun, pattern, kind in (
        ("Division", _NUMBERED_UNIT, "state"),
        ("Brigade", _NUMBERED_UNIT, "state"),
        ("Battalion", _NUMBERED_UNIT, "state"),
        ("Front", _NUMBERED_FRONT, "armed group"),
        ("Ministry", _PORTFOLIO_MINISTRY, "state"),
        ("Department", _PORTFOLIO_MINISTRY, "state"),
        ("ministry", _PORTFOLIO_MINISTRY, "state"),
        ("department", _PORTFOLIO_MINISTRY, "state"),
    ):
        for at in ctx.piece_index.get(noun, ()):
            found = pattern.search(text, max(0, at - 40), at + len(noun))
            if (
                found is not None
                and found.end("name") == at + len(noun)
                and found.group("name").split()[0] not in _NOT_NAMES
                # "the Houthi-run health ministry": the group that runs it is the actor
                and not _RUN_BY.search(found.group("name"))
            ):
                yield _suggestion(*found.span("name"), kind, "actor_state_unit_or_ministry")
    yield from _ordinal_units(ctx)
    # "the state's special task force Jharkhand Jaguar", "the police's elite unit Cobra": a
    # state's force named after its kind
    for noun in ("force", "unit", "squad"):
        for at in ctx.piece_index.get(noun, ()):
            found = _FORCE_THEN_NAME.match(text, at)
            if (
                found is not None
                and found.group("name").split()[0] not in _NOT_NAMES
                and _FORCE_OWNER_BEFORE.search(text, max(0, at - 40), at)
            ):
                yield _suggestion(*found.span("name"), "state", "actor_state_unit_or_ministry")
    if "Ombuds" in text or "Defender" in text or "Protector of" in text:
        # "Bahrain's Ombudsman, an oversight body", "the country's Public Defender, X, said":
        # the state's rights office named by its holder's title (guideline, open point k)
        for found in finditer_from(_OMBUDS_OFFICE, text, _ombuds_office_starts(text)):
            yield _suggestion(*found.span("name"), "state", "actor_state_unit_or_ministry")


def _ordinal_units(ctx: SuggestContext) -> Iterator[Suggestion]:
    """The units `_ACT72_ORDINAL_UNIT` names, each found from its head back: a unit of a
    plural possessive's rebels, or any "Front" (`_NUMBERED_FRONT`), is an armed group's."""
    text = ctx.text
    for noun in ("Division", "Brigade", "Battalion", "Regiment", "Corps", "Front"):
        for at in ctx.piece_index.get(noun, ()):
            end = at + len(noun)
            found = _ACT72_ORDINAL_UNIT.search(text, max(0, at - 40), end)
            if found is None or _ACT72_UNIT_GOES_ON.match(text, end):
                continue
            start = found.start("name")
            owner = text[max(0, start - 16) : start].rstrip("'\u2019 ").rsplit(" ", 1)[-1]
            plural_owner = text[start - 2 : start - 1] in ("'", "\u2019") and owner.endswith("s")
            if plural_owner and (owner.lower() not in _ACT72_UNIT_OWNERS or not owner.islower()):
                # "the schools' 2nd Division football final": no army's; "the Rapid Support
                # Forces' 5th Division": a named force's, typed by its own name (REVIEW72D)
                continue
            kind = (
                "armed group"
                if noun == "Front" or (plural_owner and owner.lower() in _ACT72_REBEL_OWNERS)
                else "state"
            )
            yield _suggestion(start, found.end("name"), kind, "actor_state_unit_or_ministry")


# A state's rights office by its title, after "the" or an owner's possessive, then a comma
# or a verb ("the Protector of Citizens, Serbia's ombudsman,"); never a title before a
# name ("Ombudsman Luz X"), nor the office's own name ("the Ombudsman's Office").
_OMBUDS_OFFICE: Final = re.compile(
    r"(?:\b[Tt]he |\b(?:[A-Z][\w\u0300-\u036f-]*|country|state|nation)['\u2019]s )"
    r"(?P<name>(?:Human Rights )?(?:Ombudsman|Ombudswoman|Ombudsperson|Public Defender"
    r"|Protector of Citizens|People['\u2019]s Advocate))"
    r"(?=,| (?:said|says|has|had|is|was|told|called|urged|demanded|warned|reported|found)\b)"
)
# ... whose titles a search finds fast (a capital first), the pattern tried only in the
# word before one (or before its "Human Rights "): tried at every offset, it took 0.05 s
# at 1 MB
_OMBUDS_TITLE: Final = re.compile(
    r"Ombuds(?:man|woman|person)|Public Defender|Protector of Citizens|People['\u2019]s Advocate"
)


def _ombuds_office_starts(text: str) -> Iterator[int]:
    """Offsets where _OMBUDS_OFFICE may match: each in the word before an ombudsman's title
    ("the", "Serbia's"), or before the "Human Rights " it may take."""
    for hit in _OMBUDS_TITLE.finditer(text):
        for name in (hit.start(), hit.start() - len("Human Rights ")):
            if name < 1 or text[name - 1] != " ":
                continue
            yield from range(text.rfind(" ", 0, name - 1) + 1, name - 1)


# A state's force's kind, then its name: "task force Jharkhand Jaguar", "unit Cobra" (the
# name ends where its capitals end, before a verb or punctuation).
_FORCE_THEN_NAME: Final = re.compile(
    r"(?:force|unit|squad) (?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*[a-z]"
    r"(?: [A-Z][\w\u0300-\u036f'\u2019-]*[a-z]){0,3})(?=[,.;)]| [a-z])"
)
# ... owned by the state or one of its forces, and named a special or elite one
_FORCE_OWNER_BEFORE: Final = re.compile(
    r"(?:\b(?:state|police|army|military|government|ministry)['\u2019]s|\b(?:police|army"
    r"|military|state|government)) (?:(?:new|own|special|elite|anti-[\w-]+|counter-[\w-]+"
    r"|rapid|quick|commando|tactical|action) ){1,3}(?:task )?$"
)


# A person's other name: "Rony Desir, known as Ti Gason", "who goes by the nickname El
# Flaco", "nicknamed 'Papa Wemba'". The name may stand in quote marks.
_NAME_WORDS: Final = (
    r"[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+(?:(?:de|del|la|el|al|bin|ibn|van|von|da|dos|do|di)"
    r"\s+)?(?:(?:al|el)-)?[A-Z][\w\u0300-\u036f'\u2019-]*){0,3}"
)
_ALIAS: Final = re.compile(
    # "known in the village as", "known to residents as", "known locally as"
    r"(?:(?P<known>known)\s+(?:(?:locally|widely|simply)\s+|(?:in|to|among|on)\s+"
    # ... "known in Arabic as" (session 32 point 11)
    r"(?:(?:the|his|her|their|its)\s+)?(?:[a-z]+|(?P<language>[A-Z][a-z]+))\s+)?as|nicknamed|alias|aka|(?:goes|going|went)\s+by\s+(?:the\s+)?"
    r"(?:nick)?name(?:\s+of)?)\s+[\"\u201c]?(?P<name>" + _NAME_WORDS + r")\b"
)
# Before "known as": a person's name and a comma ("Rony Desir, also known as").
_NAME_BEFORE_ALIAS: Final = re.compile(
    r"(?<![\w\u0300-\u036f'\u2019-])(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+(?:(?:de|del"
    r"|la|el|al|bin|ibn|van|von|da|dos|do|di)\s+)?(?:(?:al|el)-)?[A-Z][\w\u0300-\u036f'\u2019-]*)"
    r"{1,4}),\s+(?:who\s+is\s+)?(?:(?:also|better|widely|popularly|locally)\s+)?$"
)
# "a Catholic-founded group in San Cristóbal known as Frayba": a body's kind earlier in
# the clause names what the alias is of.
_BODY_KIND_BEFORE_ALIAS: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<described>(?:[\w'\u2019-]+\s+){0,3}?)(?P<head>group|gang|militia"
    r"|movement|faction|cartel|alliance|coalition|network|organi[sz]ation|charity|association"
    r"|collective|NGO)\b[^.,;:\"\u201c\u201d]{0,60}$"
)
# "a gang nicknamed ...": the alias of a body, not of a person.
_BODY_BEFORE_ALIAS: Final = re.compile(
    r"\b(?:group|groups|gang|gangs|militia|movement|faction|cartel|unit|force|operation"
    r"|alliance|coalition|network|organi[sz]ation|brigade|cell)\b[^.,;]{0,20}$"
)


def _body_named_in_a_language(ctx: SuggestContext, at: int) -> str | None:
    """The type of the body whose name ends with the comma before "known" at `at` ("the
    Rapid Support Forces, known in Arabic as"), or None when no body's name stands there."""
    owner = _NAME_BEFORE_ALIAS.search(ctx.text, max(0, at - 80), at)
    if owner is None:
        return None
    name = owner.group("name").removeprefix("The ")
    listed = _gazetteer_index(ctx.gazetteer).kinds.get(name)
    if listed is not None:
        return None if listed[0] == "person" else listed[0]
    if ORGANISATION_WORDS.isdisjoint(name.split()):
        return None
    return organisation_type(name.split())


# "X, known in Arabic as ": where a body's name in its own language follows.
_KNOWN_IN_A_LANGUAGE: Final = re.compile(r",\s+(?:also\s+)?known\s+in\s+[A-Z][a-z]+\s+as\s+$")


# A kunya, a name as the father or mother of someone: "Abu Hamza", "Umm Khaled".
_KUNYA: Final = re.compile(r"(?:Abu|Abou|Abo|Umm|Um|Oum|Om)\s+[A-Z]")


def _alias_word_ok(word: str, index: _GazetteerIndex) -> bool:
    return not (
        word in ORGANISATION_WORDS
        or (word.isupper() and len(word) > 1)
        or word in index.demonyms
        or word in _NOT_NAMES
    )


@rule(
    "actor_person_alias",
    "ACTOR",
    "A person's other name after 'known as', 'nicknamed', 'alias' or 'goes by the name': "
    "'Rony Desir, known as Ti Gason' -> 'Ti Gason' (person).",
)
def actor_person_alias(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    for key in ("known", "nicknamed", "alias", "aka", "goes", "going", "went"):
        for at in ctx.piece_index.get(key, ()):
            found = _ALIAS.match(text, at)
            if found is None:
                continue
            name = found.group("name")
            if _POSSESSIVE_END.search(name):
                continue  # "Cite Soleil, known as Haiti's largest slum": no other name
            if not all(_alias_word_ok(w, index) for w in name.split()) or (
                ctx.gazetteer.get(name) is not None or name in index.kinds
            ):
                continue
            if (
                found.group("known") is not None
                and _KUNYA.match(name)
                and not _BODY_BEFORE_ALIAS.search(text, max(0, at - 40), at)
            ):
                pass  # "a commander known as Abu Hamza": a father's name is a person's
            elif found.group("known") is not None:
                owner = _NAME_BEFORE_ALIAS.search(text, max(0, at - 80), at)
                kind = _body_named_in_a_language(ctx, at)
                if kind is not None and found.group("language") is not None:
                    # "the Rapid Support Forces, known in Arabic as Al-Daam Al-Sarie": the
                    # body's name in its own language, of the body's type (session 32
                    # point 11)
                    start, end = found.span("name")
                    yield _suggestion(start, end, kind, "actor_person_alias")
                    continue
                if owner is None or not all(
                    _alias_word_ok(w, index) or is_title(w) for w in owner.group("name").split()
                ):
                    body = _BODY_KIND_BEFORE_ALIAS.search(text, max(0, at - 100), at)
                    if body is not None:
                        # "a Catholic-founded group in San Cristóbal known as Frayba"
                        start, end = found.span("name")
                        described = {w.lower() for w in body.group("described").split()}
                        armed = body.group("head") in ("militia", "gang", "cartel", "faction") or (
                            described & _ARMED_DESCRIPTIONS
                        )
                        kind = "armed group" if armed else "organisation"
                        yield _suggestion(start, end, kind, "actor_person_alias")
                    continue  # "the faction known as X": a body's other name
                if owner.group("name") in index.kinds:
                    continue
            elif _BODY_BEFORE_ALIAS.search(text, max(0, at - 40), at):
                continue
            start, end = found.span("name")
            end = _name_end(Token(name, start, end), text)
            name_words = name.split()
            while len(name_words) > 2 and is_title(name_words[0]):
                # "who goes by the name Sheikh X Y": the title stays out, as everywhere
                start = text.index(name_words[1], start + len(name_words[0]))
                name_words = name_words[1:]
            yield _suggestion(start, end, "person", "actor_person_alias")


# "<Body's name>, known (locally) as (the) <Name>": the body's other name.
_BODY_ALIAS: Final = re.compile(
    r"known\s+(?:(?:locally|widely|popularly|simply|commonly|informally)\s+"
    # ... or its name in its own language: "known in Arabic as al-Amn al-Amm", "known in
    # French as the Bataillon d'Intervention Rapide"
    r"|in\s+[A-Z][a-z]+\s+)?as\s+"
    r"(?:the\s+)?[\"\u201c]?(?P<name>(?:(?:al|el)-)?" + _NAME_WORDS + r"(?:\s+(?:d['\u2019]|de\s+)?"
    r"[A-Z][\w\u0300-\u036f'\u2019-]*){0,3})\b"
)
# The name before ", (also) known": capitalised words, the small words of a name between.
_BODY_NAME_BEFORE_ALIAS: Final = re.compile(
    r"(?<![\w\u0300-\u036f'\u2019-])(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+(?:(?:of|for"
    r"|and|on|the|de|del|du|des|la|el|al)\s+){0,2}[A-Z][\w\u0300-\u036f'\u2019-]*){0,7})"
    # (its acronym in brackets may stand between: "the Rapid Intervention Battalion (BIR),")
    r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?,\s+(?:also\s+)?$"
)


@rule(
    "actor_body_alias",
    "ACTOR",
    "A body's other name after its own name and 'known (locally) as': 'the Directorate for "
    "Priority Crime Investigation, known as the Hawks' -> 'Hawks', 'the Sultan Suleiman Shah "
    "Division, known locally as al-Amshat' -> 'al-Amshat', of the body's type.",
)
def actor_body_alias(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    for at in ctx.piece_index.get("known", ()):
        found = _BODY_ALIAS.match(text, at)
        if found is None:
            continue
        owner = _BODY_NAME_BEFORE_ALIAS.search(text, max(0, at - 120), at)
        if owner is None:
            continue
        owner_name = owner.group("name").removeprefix("The ")
        body = owner_name.split()
        listed = index.kinds.get(owner_name)
        if listed is not None and listed[0] != "person":
            kind = listed[0]
        elif (
            not ORGANISATION_WORDS.isdisjoint(body)
            and _FACILITY_WORDS.isdisjoint(body)
            and _DETENTION_WORDS.isdisjoint(body)  # "the Terrorism Confinement Centre"
        ):
            kind = organisation_type(body)
        else:
            continue  # a person's, a place's or a thing's other name
        name = found.group("name")
        if (
            _POSSESSIVE_END.search(name)
            or name.split()[0] in _NOT_NAMES
            or (ctx.gazetteer.get(name) is not None and name not in index.kinds)
        ):
            continue
        start, end = found.span("name")
        yield _suggestion(start, end, kind, "actor_body_alias")


# A word describing a body's kind ("rights", "London-based"), not a preposition: "a lawyer
# with the group" describes a person.
_DESCRIPTION_WORD: Final = (
    r"(?:(?!(?:with|of|for|the|a|an|from|at|in|on|to|and|by|who|whose)\s)[\w'\u2019-]+\s+)"
)
# A body named at a sentence's opening and described straight after: "Memorial, the rights
# group that ...", "Airwars, a London-based monitor, said". The description gives its kind.
_NAME_THEN_KIND: Final = re.compile(
    # ... its "the" apart ("The Serb List, the main party of ..."), and the small words of
    # a name in another language ("Causa en Común", "Bonde do Maluco", "Voix des Femmes")
    r"(?:(?P<the>[Tt]he) )?"
    r"(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*(?: (?:(?:de|del|do|da|dos|das|en|e|y|la|los"
    r"|las|des|du|et|of|for|and) )?(?:(?:al|el|ad|ar|as|ash|az|an)-)?"
    r"[A-Z][\w\u0300-\u036f'\u2019-]*){0,4}),\s+"
    r"(?:the|a|an)\s+(?P<mods>" + _DESCRIPTION_WORD + r"{0,3}?)(?P<head>[a-z]+)$"
)
# Where else a body so described is named: after a preposition ("linked to Civil
# Protection, a network of ...", "according to the Sahel Monitor, a research group").
_DESCRIBED_NAME_SLOT: Final = re.compile(
    r"\b(?:according\s+to|to|by|from|with|against|for|at|on|of|and)\s+$"
)
_DESCRIBED_AS_BODY: Final = re.compile(
    r",\s+(?:the|a|an)\s+" + _DESCRIPTION_WORD + r"{0,3}?(?:group|militia|movement|coalition"
    r"|alliance|faction|charity|watchdog|monitor|organisation|organization|network|ngo|broadcaster"
    r"|newspaper|channel|association|federation|collective|platform)"
    r"(?:[,.;]|\s+(?:that|which|based|founded|formed|set|of|for|representing)\b)"
)
_DESCRIBED_HEADS: Final = {
    **dict.fromkeys(words("group militia movement coalition alliance faction"), "armed group"),
    **dict.fromkeys(
        words(
            "charity watchdog monitor organisation organization network ngo association "
            "federation collective platform"
        ),
        "organisation",
    ),
    **dict.fromkeys(words("broadcaster newspaper channel"), "media"),
    # "the Serb List, the main party of Kosovo Serbs"
    "party": "organisation",
}
_CIVIL_MODIFIERS: Final = re.compile(
    r"\b(?:rights|aid|monitoring|advocacy|humanitarian|relief|civil|campaign|campaigning"
    r"|research|medical|charity|lobby|legal|press|media|environmental|opposition|political"
    r"|watchdog|activist|volunteer|women's|think)\b"
)
_AFTER_DESCRIPTION: Final = re.compile(r"[,.;]|\s+(?:that|which|based|founded|formed|set)\b")
# A body made of others, described by what it gathers: "a network of Serb men", "an
# alliance of Bedouin tribes", "the main party of Kosovo Serbs".
_GATHERING_HEADS: Final = words(
    "network coalition alliance federation association movement party collective"
)


@rule(
    "actor_name_then_description",
    "ACTOR",
    "A body named at a sentence's opening, then described by its kind: 'Memorial, the rights "
    "group that ...' -> 'Memorial' (organisation).",
)
def actor_name_then_description(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    later: dict[str, str] = {}
    for head, kind in _DESCRIBED_HEADS.items():
        for at in ctx.piece_index.get(head, ()):
            end = at + len(head)
            if not (
                _AFTER_DESCRIPTION.match(text, end)
                or (head in _GATHERING_HEADS and text.startswith(" of ", end))
            ):
                continue
            found = _NAME_THEN_KIND.search(text, max(0, at - 90), end)
            if found is None or found.group("head") != head:
                continue
            start, name_end = found.span("name")
            name = found.group("name")
            opening = found.start()  # "the" too, when it opens the name
            if "\n" in text[start:end] or not (
                is_sentence_start(text, opening)
                # "according to Tabital Pulaaku, an association that defends herders",
                # "linked to Civil Protection, a network of Serb men"
                or _DESCRIBED_NAME_SLOT.search(text, max(0, opening - 14), opening)
            ):
                continue
            first = name.split()[0]
            if (
                _POSSESSIVE.search(name)  # "Sudan's Emergency Lawyers": the owner's rule
                or first in _NOT_NAMES
                or is_title(first)
                or name in index.kinds
                or name in index.demonyms
                or ctx.gazetteer.get(name) is not None
            ):
                continue  # a listed name is the gazetteer's; "But, a group ..." is no name
            typed = kind
            if typed == "armed group" and _CIVIL_MODIFIERS.search(found.group("mods")):
                typed = "organisation"
            yield _suggestion(start, name_end, typed, "actor_name_then_description")
            if " " in name:
                later.setdefault(name, typed)
    # ... and the other mentions of a name of two words or more ("a former leader of the
    # Serb List"); one word ("Memorial") may be an ordinary word elsewhere
    if later:
        for start, end, name in NameMatcher(later).find_all(text, ctx.piece_index):
            yield _suggestion(start, end, later[name], "actor_name_then_description")


# "a group calling itself Pueblos Libres", "a new militia that calls itself the Sons of the
# Coast": the body names itself; what it was called before the verb gives its kind.
_CALLING_ITSELF: Final = re.compile(
    r"(?:calling|calls|call|called)\s+(?:itself|themselves)\s+(?:the\s+)?[\"\u201c]?"
    r"(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+(?:(?:of|for|the|and|de|del|la|al)\s+)*"
    r"(?:(?:al|el)-)?[A-Z][\w\u0300-\u036f'\u2019-]*){0,5})"
)
_ARMED_KIND_BEFORE: Final = re.compile(
    r"\b(?:group|militia|faction|formation|gang|cell|brigade|outfit|insurgents?|rebels?"
    r"|gunmen|fighters|movement)\b[^.;]{0,30}$"
)


@rule(
    "actor_calling_itself",
    "ACTOR",
    "A body that names itself, and its other mentions: 'a group calling itself Pueblos "
    "Libres' -> 'Pueblos Libres' (an armed group when a group, militia or gang did the "
    "naming).",
)
def actor_calling_itself(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    names: dict[str, str] = {}
    for key in ("itself", "themselves"):
        for at in ctx.piece_index.get(key, ()):
            found = _CALLING_ITSELF.search(text, max(0, at - 9), at + 80)
            if found is None or found.start() > at:
                continue
            name = found.group("name")
            if name in index.demonyms or name.split()[0] in _NOT_NAMES:
                continue
            listed = index.kinds.get(name)
            kind = (
                listed[0]
                if listed is not None
                else "armed group"
                if _ARMED_KIND_BEFORE.search(text, max(0, found.start() - 40), found.start())
                else "organisation"
            )
            names.setdefault(name, kind)
    if names:
        # ... and its other mentions: "a new generation of Kamuina Nsapu fighters"
        for start, end, name in NameMatcher(names).find_all(text, ctx.piece_index):
            yield _suggestion(start, end, names[name], "actor_calling_itself")


# Words that say "son of" / "daughter of" inside a name: "Sidi Ould Mahmoud" (Hassaniya),
# "Moussa Ag Intalla" (Tamasheq), "Ali bin Nasser", "Fatima bint Saleh", "Omar Wad Ahmed".
_PATRONYMICS: Final = words("Ould Ag Bin bin Ibn ibn Bint bint Mint Wad wad Walad")


@rule(
    "actor_given_name_person",
    "ACTOR",
    "A run of two to four name words opening with a common given name is a person's, "
    "wherever it stands: 'accused Ahmed Dhoore Kulmiye's administration' -> 'Ahmed Dhoore "
    "Kulmiye' (not after 'in', 'near', 'at', nor a listed or known other actor).",
)
def actor_given_name_person(ctx: SuggestContext) -> Iterator[Suggestion]:
    return iter(_memoised(ctx, "actor_given_name_person", _only_people(_given_name_people)))


def _given_name_people(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    if GIVEN_NAMES.isdisjoint(ctx.piece_index):
        return  # (no given name among the text's pieces: looked up in C)
    listed = _gazetteer_index(ctx.gazetteer).kinds
    for run in _runs(ctx, connectors=False):
        if GIVEN_NAMES.isdisjoint(map(_TEXT, run.tokens)):
            continue  # (the name below opens with a given name of the run: the cheap test)
        tokens, _titled = _strip_titles(run.tokens)
        while tokens and tokens[0].text.lower() in ROLE_WORDS:
            tokens = tokens[1:]
        if len(tokens) < 2 or tokens[0].text not in GIVEN_NAMES:
            continue
        person = _person_tokens(_until_possessive(tokens))
        if person is None or len(person) < 2:
            continue
        start, end = person[0].start, _name_end(person[-1], text)
        name = text[start:end]
        if (
            name in listed
            or ctx.known_actors.get(name, "person") not in ("person", None)
            or _is_locative(ctx, start)
            # "fighters entered Musa Qala", "the Ali Sabieh region": places named so
            or _place_before(text, max(0, start - 25), start)
            or _PLACE_NOUN_AFTER.match(text, end)
            or _title_case_line(text, start)
            or _FACILITY_AFTER.match(text, person[-1].end)
            or _named_as_a_body(text, start)
            or _WHICH_AFTER.match(text, end)
        ):
            continue
        yield _person(text, person, "actor_given_name_person")


@rule(
    "actor_patronymic_person",
    "ACTOR",
    "A name holding a 'son of' or 'daughter of' between names is a person's, wherever it "
    "stands: 'Sidi Ould Mahmoud', 'Moussa Ag Intalla', 'Ali bin Nasser al-Kuwari'.",
)
def actor_patronymic_person(ctx: SuggestContext) -> Iterator[Suggestion]:
    # Found once: the people of the surname rules (`_people`) are these too.
    return iter(_memoised(ctx, "actor_patronymic_person", _patronymic_people))


def _patronymic_people(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    if not any(ctx.piece_index.get(word) for word in _PATRONYMICS):
        return
    listed = _gazetteer_index(ctx.gazetteer).kinds
    for run in _runs(ctx):
        tokens = run.tokens
        if _PATRONYMICS.isdisjoint(map(_TEXT, tokens)):
            continue  # (no list per run: most runs hold no "son of")
        inner = [k for k, t in enumerate(tokens) if t.text in _PATRONYMICS]
        if not inner or inner[0] == 0 or inner[-1] == len(tokens) - 1:
            continue
        tokens, _ = _strip_titles(tokens)
        while len(tokens) > 3 and _describes_a_person(tokens[0].text):
            tokens = tokens[1:]  # "Veteran Ali bin Nasser": the description is no name
        if not tokens or tokens[0].text in _PATRONYMICS:
            continue
        cut = next(
            (
                k
                for k, t in enumerate(tokens)
                if not t.text[:1].isupper()
                and t.text not in _PATRONYMICS
                and not t.text.startswith(("al-", "el-"))
            ),
            len(tokens),
        )
        tokens = tokens[:cut]  # "Ali bin Nasser of the council": no name runs over "of"
        if len(tokens) < 3 or _PATRONYMICS.isdisjoint(t.text for t in tokens[1:-1]):
            continue
        person = _person_tokens(_until_possessive(tokens))
        if person is None or len(person) < 3 or text[run.start : run.end] in listed:
            continue
        if _FACILITY_AFTER.match(text, person[-1].end):
            continue  # "Ibn Sina hospital": a place named after a person
        yield _person(text, person, "actor_patronymic_person")


# "the Anglican Church of Kenya", "the Church of Uganda", "the Evangelical Church of the
# Congo": a country's church, named by the country (a church building is named otherwise:
# "St Mary's Church in Kaduna").
_CHURCH_OF: Final = re.compile(r"Church of (?:the )?(?=[A-Z])")
_CHURCH_OPENING: Final = re.compile(
    r"(?:(?:Roman|Ethiopian|Anglican|Catholic|Evangelical|Presbyterian|Methodist|Lutheran"
    r"|Orthodox|Baptist|Pentecostal|Reformed|Episcopal|Coptic|Protestant|Apostolic|Tewahedo"
    r"|United) )+$"
)
_CAPITALISED_WORDS: Final = re.compile(
    r"[A-Z][\w\u0300-\u036f'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}"
)
# The people's adjective right before a church's denomination words ("Serbian Orthodox").
_PEOPLE_BEFORE_CHURCH: Final = re.compile(r"(?<![\w-])([A-Z][a-z]+) $")


@rule(
    "actor_national_church",
    "ACTOR",
    "A country's church named by the country: 'the Anglican Church of Kenya', 'the Church "
    "of Uganda'; a church named by its denomination: 'the Coptic Orthodox Church' (an "
    "organisation).",
)
def actor_national_church(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    for at in ctx.piece_index.get("Church", ()):
        opened = _CHURCH_OF.match(text, at)
        if opened is None:
            # "the Coptic Orthodox Church said", "the Roman Catholic Church": a church named
            # by its denomination's words alone (a building has a saint's or a place's name:
            # "St Mary's Church")
            opening = _CHURCH_OPENING.search(text, max(0, at - 60), at)
            if (
                opening is not None
                and text.startswith("Church", at)
                and (at + 6 == len(text) or not (text[at + 6].isalnum() or text[at + 6] == "-"))
            ):
                start = opening.start()
                if text.startswith(("Orthodox", "Apostolic"), start):
                    # a national church's own name holds its people's adjective: "the
                    # Serbian Orthodox Church", "the Armenian Apostolic Church"
                    people = _PEOPLE_BEFORE_CHURCH.search(text, max(0, start - 20), start)
                    if (
                        people is not None
                        and people.group(1) in _gazetteer_index(ctx.gazetteer).demonyms
                    ):
                        start = people.start(1)
                yield _suggestion(start, at + 6, "organisation", "actor_national_church")
            continue
        words = _CAPITALISED_WORDS.match(text, opened.end())
        if words is None:
            continue
        # the longest listed state the capitalised words open with ("Democratic Republic
        # of Congo" is not reached: "of" ends the words; "the Congo" is)
        parts = words.group().split(" ")
        state = next(
            (
                name
                for size in range(len(parts), 0, -1)
                # (a full stop may end a sentence there, or stand inside "U.S.")
                for name in dict.fromkeys((" ".join(parts[:size]), " ".join(parts[:size])[:-1]))
                if kinds.get(name) == ("state", "")
            ),
            None,
        )
        if state is None:
            continue
        opening = _CHURCH_OPENING.search(text, max(0, at - 60), at)
        start = opening.start() if opening is not None else at
        yield _suggestion(start, opened.end() + len(state), "organisation", "actor_national_church")


# A polity named by its possessive before one of its officials: "Dagestan's interior
# minister", "Taiz's deputy governor for security affairs" (a region no list holds; a
# listed state or region is found by the lists' rules).
_OFFICIAL_OF_A_POLITY: Final = re.compile(
    r"(?<![\w\u0300-\u036f'\u2019.-])(?P<name>[A-Z][\w\u0300-\u036f-]*[a-z]"
    r"(?: [A-Z][\w\u0300-\u036f-]*[a-z]){0,2})['\u2019]s "
    r"(?i:(?:deputy |acting |regional |provincial |former |new |top )?"
    r"(?:(?:interior|health|security|justice|defen[cs]e|foreign|information|home|finance) )?)$"
)
_POLITY_OFFICIALS: Final = ("minister", "Minister", "governor", "Governor")
# An official's building after his title: "Balkh's Governor House" is a place.
_OFFICIAL_S_BUILDING: Final = re.compile(
    r"(?:minister|governor)(?:['\u2019]s)? "
    r"(?:House|Office|Palace|Compound|Residence|Lodge|Mansion)\b",
    re.IGNORECASE,
)


@rule(
    "actor_polity_of_an_official",
    "ACTOR",
    "A place named by its possessive before its minister or governor is a polity that acts: "
    "'Dagestan's interior minister' -> 'Dagestan' (state).",
)
def actor_polity_of_an_official(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    people: set[str] | None = None
    for word in _POLITY_OFFICIALS:
        for at in ctx.piece_index.get(word, ()):
            window = text[max(0, at - 40) : at]
            if "s " not in window or ("'s " not in window and "\u2019s " not in window):
                continue  # (a cheap test: every match has the possessive just before)
            if _OFFICIAL_S_BUILDING.match(text, at):
                continue
            found = _OFFICIAL_OF_A_POLITY.search(text, max(0, at - 80), at)
            if found is None:
                continue
            name = found.group("name")
            words_of = name.split()
            listed = index.kinds.get(name)
            if (
                (listed is not None and listed[0] != "state")
                or words_of[0] in _NOT_NAMES
                or words_of[0] in GIVEN_NAMES
                or not ORGANISATION_WORDS.isdisjoint(words_of)
                or ctx.known_actors.get(name, "state") not in ("state", None)
            ):
                continue
            if people is None:
                people = {text[p.start : p.end] for p in _people(ctx)}
                people |= {w for p in people for w in p.split()}
            if name in people:
                continue  # "Ruto's interior minister": the person who appointed him
            yield _suggestion(
                found.start("name"), found.end("name"), "state", "actor_polity_of_an_official"
            )


# (Registered last of the ACTOR rules: at an equal extent every other rule's type wins, as
# an acronym of a name in the text: "Malawi Defence Force ... MDF spokesman" is state.)
# An acronym no list holds where only a body stands: the subject of a speech or claim verb
# ("The DVD said", '"...," GDD said') or the group of fighters and officers ("a PNTL
# commander", "17 DVD fighters"). (Not "known as X": a prison, a valley or a law is known
# by its initials too.)
# (a capital first, the look back after it: the scan can skip to capitals)
_ACRONYM_TOKEN: Final = re.compile(
    r"[A-Z](?<![\w-][A-Z])[A-Z]{2,6}(?:-[A-Z]{1,4})?(?!\w|-(?!led\b))"
)
_SPEAKS_AFTER: Final = re.compile(
    r" (?:said|says|told|added|claimed|denied|blamed|accused|announced|warned|confirmed"
    r"|urged|called on|has denied|has said"
    # what only a body does as a sentence's subject: answers (or not) and takes a stand
    r"|(?:did|does|has) not (?:immediately |yet )?(?:respond|reply|comment|commented|responded)"
    r"|could not (?:immediately )?be reached|declined to comment|condemned|rejected|welcomed"
    r"|vowed|demanded|called for|has accused|has called|has condemned|has rejected)\b"
)
_SUBJECT_BEFORE: Final = re.compile(r"(?:^|[.!?\n:] |[\"\u201d] |\n|[Tt]he |, |\b(?:And|But) )$")
_CREW_AFTER: Final = re.compile(
    r" (?:fighters|militants|rebels|commanders?|members|spokes(?:man|woman|person)|leaders?"
    r"|patrols?|positions|officers?|cadres|employees|staff|representatives?|legislators?"
    r"|lawmakers|factions|terrorists|guerrillas?|bombings"
    # its people or its own force named after it: "DVDC dissidents", "a team of KLMN
    # peacekeepers", "the ZSSGM force", "its RPCT affiliate"
    r"|dissidents|peacekeepers|observers|monitors|gunmen|insurgents|jihadists|force"
    r"|affiliates?)\b"
    # who leads a force: "the TSKK-led peacekeeping force"
    r"|-led\b"
    # a body's possessive before one of its parts: "the TGLP's Company No. 2"
    r"|['\u2019]s (?:[A-Z][\w-]* )*(?:Company|Division|Brigade|Battalion|Wing|Unit|Command)\b"
)
# A body's kind in apposition after an acronym no list holds: "FFNV, the UN's humanitarian
# office, says", "According to BKRLN, the UN refugee agency,", "FGDZ, the NATO-led
# peacekeeping force in Kosovo, said".
_BODY_KINDS: Final = (
    r"(?i:agency|office|mission|force|bloc|alliance|coalition|groups?|party|movement|militia"
    r"|programme|program|fund|organisation|organization|commission|committee|union|front"
    r"|guerrilla|faction)"
)
_BODY_APPOSED_AFTER: Final = re.compile(
    r", (?:the|an?|one of the) (?:[\w'\u2019-]+ ){0,7}?"
    + _BODY_KINDS
    # what follows the kind: where or whose it is, or what it does ("one of the ethnic
    # armed groups fighting the military,")
    + r"\b(?: (?:in|for|of|fighting|operating|based|active|backed|linked) [^,.;]{1,40})?,"
)
# ... or before it: "The UN peacekeeping mission in South Sudan, DLGMRZ, said", "the West
# African bloc BMVBBN", "a spokesman for the VNT", "the faction known as LVR", "two MTZB
# bombings"... (the kind right before, or its apposition's comma).
_BODY_SLOT_BEFORE: Final = re.compile(
    r"(?:\b" + _BODY_KINDS + r"(?: (?:in|for|of) [^,.;\n]{1,40})?, "
    r"|\b(?:bloc|alliance|coalition|opposition|rival|body|force|group|faction|militia"
    r"|movement|network) "
    r"|\bspokes(?:man|woman|person) for the |\b(?:[Aa]ccording to|heads? the) "
    # a faction known by initials (not "the Terrorism Confinement Centre, known as CECOT")
    r"|\b(?:faction|group|wing|militia|movement|party)\b[^,.;\n]{0,40} known as "
    r"|\bformer )$"
)
_NAME_AFTER_TITLE: Final = re.compile(r" [A-Z][a-z]")
_THE_BODY_WHICH: Final = re.compile(r"[Tt]he [A-Z]{3,7}(?:-[A-Z]{1,4})?, wh(?:ich|ose) ")
# The last words of `_BODY_SLOT_BEFORE`'s alternatives (the cheap test before the search).
_BODY_SLOT_LAST_WORDS: Final = words(
    "bloc alliance coalition opposition rival former to as the body force group faction "
    "militia movement network"
)
_BODY_SLOT_LAST_LISTS: Final = [[word] for word in sorted(_BODY_SLOT_LAST_WORDS)]


def _in_body_slot(text: str, start: int) -> bool:
    """`_BODY_SLOT_BEFORE` before `start`, searched only where its last word or an
    apposition's comma stands right before (most acronyms have neither)."""
    before = text[max(0, start - 16) : start]
    if not before.endswith(", ") and before.rsplit(None, 1)[-1:] not in _BODY_SLOT_LAST_LISTS:
        return False
    return _BODY_SLOT_BEFORE.search(text, max(0, start - 70), start) is not None


_ARMED_CREW: Final = re.compile(
    r" (?:fighters|militants|rebels|commanders?|patrols?|positions|cadres|attacks?|ambush"
    r"|offensive|raids?|terrorists|guerrillas?|bombings|dissidents|gunmen|insurgents"
    r"|jihadists)\b"
)
# Capitals that name no body in those slots: generic acronyms, and the ranks and offices
# South Asian and African copy writes as initials ("the SP said", "the DPO said").
_NOT_BODY_ACRONYMS: Final = words(
    "NGO NGOs IDP IDPs IED IEDs MPs CEO CCTV COVID HIV AIDS ICU GPS SMS RPG RPGs UAV UAVs DNA "
    "SSP DSP ASP DIG IGP DGP ADGP DPO SHO SDM SDPO ADC OIC DCP ACP CDS COAS GOC DPP SDO DC "
    "GDP VAT UTC GMT"
)


# A broadcaster's call letters: an acronym ending in TV or FM ("KNTV", "MRTV", "KFM").
_CALL_LETTERS: Final = re.compile(r"[A-Z]{1,4}(?:TV|FM)")
# Where call letters stand as an outlet: told to, according to, quoted or carried by it, or
# reporting ("State-run MRTV reported"); never "caught on CCTV" or "CCTV footage".
_CALL_LETTERS_BEFORE: Final = re.compile(
    r"\b(?:told|according\s+to|quoted\s+by|reported\s+by|carried\s+by|cited\s+by)\s+"
    r"(?:the\s+)?(?:(?:state|government|junta|military)-(?:run|owned|controlled)\s+)?$"
)


def _broadcaster_slot(text: str, start: int, end: int) -> bool:
    """Whether call letters at [start, end) stand where an outlet does."""
    return bool(
        _OUTLET_AFTER.match(text, end)
        or _CALL_LETTERS_BEFORE.search(text, max(0, start - 50), start)
    )


@rule(
    "actor_acronym_acting",
    "ACTOR",
    "An acronym no list holds where only a body stands, and its other mentions: 'The DVD "
    "said' -> 'DVD', 'a PNTL commander' -> 'PNTL' (armed group when its fighters, "
    "commanders or attacks are named, else organisation).",
)
def actor_acronym_acting(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    index = _gazetteer_index(ctx.gazetteer)
    found: set[str] = set()
    mentions: dict[str, list[tuple[int, int]]] = {}
    titles: set[str] = set()
    for token in _ACRONYM_TOKEN.finditer(text):
        acronym, (start, end) = token.group(), token.span()
        mentions.setdefault(acronym, []).append((start, end))
        if _NAME_AFTER_TITLE.match(text, end):
            # written as a title before a name anywhere: an office's ("IG Rao", "SP Yadav")
            titles.add(acronym)
        if acronym in found or not (
            (
                _SPEAKS_AFTER.match(text, end)
                and _SUBJECT_BEFORE.search(text, max(0, start - 4), start)
            )
            or _CREW_AFTER.match(text, end)
            or _BODY_APPOSED_AFTER.match(text, end)
            # "The DVDC, which the government lists as a terrorist group, ..."
            or (text.startswith(", wh", end) and _THE_BODY_WHICH.match(text, start - 4))
            or _in_body_slot(text, start)
            or (
                _CALL_LETTERS.fullmatch(acronym)
                and acronym not in _MEDIUM_ACRONYMS  # "carried by IPTV subscribers"
                and _broadcaster_slot(text, start, end)
            )
        ):
            continue
        if (
            acronym in index.kinds
            or acronym in _NOT_BODY_ACRONYMS
            or ctx.known_actors.get(acronym, "organisation") == "person"
            or _title_case_line(text, start)
            or acronym in _place_acronyms(ctx)
        ):
            continue
        found.add(acronym)
    for acronym in sorted(found - titles):
        spans = mentions.get(acronym, [])
        armed = any(_ARMED_CREW.match(text, end) for _start, end in spans)
        kind = ctx.known_actors.get(acronym) or (
            "armed group"
            if armed
            # "KNTV reported", "MRTV said": a broadcaster's call letters
            else "media"
            if _CALL_LETTERS.fullmatch(acronym) and acronym not in _MEDIUM_ACRONYMS
            else "organisation"
        )
        for start, end in spans:
            yield _suggestion(start, end, kind, "actor_acronym_acting")


# A body whose name holds no kind word: a capitalised plural, then "of" or "for" and more
# capitalised words ("the Friends of the Displaced", "Voices of the Valley", "Doctors for
# the Wounded", "Women Working for Peace"). Only where capitals say it is a name: after
# "the", or inside a sentence (not at its start, where "Residents of Lafey said" is prose),
# never in a title-case headline; and not when its first word is a kind word or an area's
# ("Forces of ...", "Ministries of ...", "Areas of ...").
_PLURAL_BODY: Final = re.compile(
    # (a capital first, the look back after it: the scan skips to capitals)
    r"([A-Z](?<![\w'\u2019-][A-Z])(?:[a-z]+s|(?<=W)omen)"
    r"(?: [A-Z][a-z][\w'\u2019-]*)?) (?:of|for) (?:the )?"
    r"[A-Z][\w'\u2019-]*[a-z](?:(?: and| of| for| of the| for the)? [A-Z][\w'\u2019-]*[a-z])*"
)
_NOT_BODY_PLURALS: Final = words(
    "Forces Brigades Ministries Affairs Relations Nations States Rights Studies Services "
    "Works Times Sciences Authorities Communities Territories Provinces Districts Areas "
    "Mountains Islands Hills Falls Heights Springs Lakes Waters Plains Fields Gardens Sands "
    "Days Nights Years Thousands Hundreds Dozens Millions Tens Residents Villagers Members "
    "Parts Sons Daughters Lords Ladies Gentlemen Laws Acts Rules Articles Minutes Proceedings "
    "Tales Stories Notes Lessons Letters Memories Secrets Words News Games Olympics Chronicles "
    "Princes Kings Queens Companions Prophets Saints Chiefs Heads Operations Headquarters "
    # a body's members or units named before it: "Fighters of the Azande Ani Kpi Gbe"
    "Fighters Guerrillas Detachments Soldiers Militants Rebels Units Troops Elements Officers "
    "Commanders Leaders Supporters Followers Loyalists Elders Representatives Delegates "
    # people of a place, named at a sentence's start: "Officials of Kano State said"
    "Officials Survivors People Men Children Negotiators Mediators Protesters Demonstrators "
    "Observers Monitors Investigators Experts Diplomats Ministers Lawmakers"
)
# Who fights: a name opened by these words, or said in a sentence about fighting.
_FIGHTERS_WORDS: Final = words(
    "Lions Guardians Knights Defenders Warriors Martyrs Partisans Tigers "
    "Eagles Falcons Revolutionaries Avengers Liberators Mujahideen"
)
_CIVIC_PLURALS: Final = words(
    "Friends Mothers Doctors Women Voices Witnesses Hands Relatives Families Lawyers "
    "Journalists Physicians Nurses Teachers Citizens Scholars Students Workers Farmers"
)
_FIGHTING: Final = re.compile(
    r"\b(?:fighters|armed|militias?|rebels?|insurgents?|attacks?|attacked|ambush|claimed"
    r"|clashes|jihadists?|gunmen)\b"
)


@rule(
    "actor_body_without_kind_word",
    "ACTOR",
    "A body named without a kind word, a capitalised plural then 'of'/'for' and a name, "
    "inside a sentence or after 'the': 'according to the Friends of the Displaced' -> "
    "'Friends of the Displaced', and its other mentions.",
)
def actor_body_without_kind_word(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    kinds = _gazetteer_index(ctx.gazetteer).kinds
    found: dict[str, str] = {}
    plurals = _PLURAL_BODY.finditer(text) if " of " in text or " for " in text else ()
    for match in plurals:
        name, start = match.group(), match.start()
        first = match.group(1).split()[0]
        if (
            name in found
            or first in _NOT_BODY_PLURALS
            or first.endswith(("ss", "us", "is"))
            or first in kinds
            # "Fighters of the Azande Ani Kpi Gbe militia", "Tunis Court of First Instance":
            # a body's members, or a body with its kind word, not a name without one
            or not ORGANISATION_WORDS.isdisjoint(name.split())
        ):
            continue
        after_the = text.endswith(("the ", "The "), 0, start)
        if (
            not after_the
            and (
                is_sentence_start(text, start)
                or not text[start - 2 : start - 1]
                or _DATELINE_DASH_BEFORE.search(text, max(0, start - 4), start) is not None
            )
            and not _speaking_body_opens(ctx, match)
        ):
            continue
        if _DEMONYM_SHAPE.fullmatch(name.rsplit(" ", 1)[-1]) and _LOWER_WORD_AFTER.match(
            text, match.end()
        ):
            continue  # "Negotiators for the Kharvelian government": a nationality's adjective
        if (
            kinds.get(name, ("organisation",))[0] in ("place", "state", "person")
            or ctx.known_actors.get(name) == "person"
            or _title_case_line(text, start)
            or (
                text[match.end() : match.end() + 1] == " "
                and _CAPITAL_AFTER_NAME.match(text, match.end())
            )
        ):
            continue
        around = text[max(0, start - 150) : match.end() + 150]
        armed = first in _FIGHTERS_WORDS or (
            first not in _CIVIC_PLURALS and _FIGHTING.search(around) is not None
        )
        found[name] = ctx.known_actors.get(name) or ("armed group" if armed else "organisation")
    bodies = _ARABIC_BODY.finditer(text) if any(w in text for w in _ARABIC_BODY_WORDS) else ()
    for match in bodies:
        name = match.group()
        if _WORD_BEFORE.match(text, max(0, match.start() - 1), match.start()):
            continue  # inside a longer word
        if name not in found and kinds.get(name, ("armed group",))[0] != "person":
            found[name] = ctx.known_actors.get(name) or "armed group"
    for name, kind in found.items():
        # every whole-word mention (found with str.find: a pattern per name would be
        # compiled and run over the whole text for each)
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (at and _WORD_BEFORE.match(text, at - 1)) and not _WORD_AFTER.match(text, end):
                yield _suggestion(at, end, kind, "actor_body_without_kind_word")
            at = text.find(name, at + 1)


# "GENEVA, March 21 (Meridian Wire) - ": a dateline's dash opens the body's first sentence.
_DATELINE_DASH_BEFORE: Final = re.compile(r"[)\w] [-\u2013\u2014] $")
_LOWER_WORD_AFTER: Final = re.compile(r" [a-z]")


def _speaking_body_opens(ctx: SuggestContext, match: re.Match[str]) -> bool:
    """Whether a name of that shape opening a sentence is a body's: its verb of saying
    follows ("Voices of the Valley said", "Hands of Hope for its part recalled"), maybe
    after a description of a body between commas ("..., a medical charity, said"), and what
    follows "of"/"for" is no place ("Women of Borno said" are people of a place)."""
    text = ctx.text
    if not _BODY_SPEAKS_AFTER.match(text, match.end()):
        return False
    name = match.group()
    first, _, rest = name.partition(" of ")
    if rest and not rest.startswith("the ") and first.lower() in _KIN_OF_WORDS:
        return False  # "Relatives of Amadou Keita said": whom only a person has, then a name
    tail = re.split(r" (?:of|for) (?:the )?", name, maxsplit=1)[-1]
    if tail in document_places(ctx) or not _AREA_WORDS.isdisjoint(tail.split()):
        return False
    # "of the <Name>" or a name of two words or more after "of"/"for" (one word may be a
    # place's: "Women of Borno said"), or one word with a verb in the singular, which only
    # a body takes ("Hands of Hope has accused", "... for its part recalled")
    return (
        " of the " in name
        or " for the " in name
        or " " in tail
        or _BODY_SINGULAR_AFTER.match(text, match.end()) is not None
    )


_BODY_SPEAKS_AFTER: Final = re.compile(
    # a description of the body between commas first: "Doctors for the Wounded, a medical
    # charity working in the camp, said"
    r"(?:, (?:an?|the|its) (?:[a-z-]+ ){0,3}(?:charity|group|organi[sz]ation|association"
    r"|network|coalition|alliance|movement|collective|campaign|initiative|foundation|body"
    r"|union|ngo)\b[^,.;:!?\"\u201c\u201d\n]{0,60},)?"
    r" (?:for its part |in a statement |on (?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday) )?(?:said|says|told|added|urged|called|warned|recalled|condemned"
    r"|accused|denied|claimed|reported"
    # a verb in the singular after a plural's name: "Friends of the Displaced has accused"
    r"|(?:has|is|was) (?:also |long |repeatedly )?[a-z]+)\b"
)
_BODY_SINGULAR_AFTER: Final = re.compile(r"(?:, [^,]{1,80},)? (?:for its part|has|is|was|says)\b")


# An armed group named in Arabic by its kind word and an "al-" name: "Jamaat Ansar
# al-Haqq", "Saraya al-Mukhtar", "Katibat Ahl al-Sunna" (read as a person's name else).
_ARABIC_BODY: Final = re.compile(
    # (the words first, so the scan skips to their first letters; the look back is
    # `_WORD_BEFORE`, tested after)
    r"(?:Jamaat|Jama'at|Katiba|Katibat|Kataib|Liwa|Jaysh|Jaish|Saraya"
    r"|Jabhat|Tanzim|Harakat)(?: [A-Z][a-z]+){0,2} (?:al|Al|ul|wal)-[A-Z][a-z]+"
    r"(?: (?:wal|al)-[A-Z][a-z]+)?(?![\w-])"
)
# A word every match of _ARABIC_BODY opens with: a text holding none (most) is not searched.
_ARABIC_BODY_WORDS: Final = (
    *("Jama", "Katiba", "Kataib", "Liwa", "Jaysh", "Jaish", "Saraya", "Jabhat", "Tanzim"),
    "Harakat",
)
_WORD_BEFORE: Final = re.compile(r"[\w'\u2019-]")
_WORD_AFTER: Final = re.compile(r"[\w-]")
# A capitalised word straight after the name: the name goes on in a way the pattern does
# not follow ("Friends of the Earth International"), or is a modifier ("... Valley Road").
_CAPITAL_AFTER_NAME: Final = re.compile(r" [A-Z]")


# The last word of a company's name, never of a person's: "Aegean Bulk Management", "Bougainville
# Copper Limited", "Ambrey Holdings". In dev every name of two or more words that ends in one
# is a body, never a person (ACT68; "Group", "Bank" and "Corporation" are left to the rules
# that type bodies: "Wagner Group" is an armed group, a "Broadcasting Corporation" an outlet).
_COMPANY_LAST_WORDS: Final = words(
    # (not "Holding", a surname too: "Michael Holding")
    "Management Shipping Holdings Ltd Ltd. Limited Inc Inc. Corp Corp. LLC PLC Plc "
    "GmbH Enterprises Logistics Navigation Airways Airlines Industries Trading Maritime"
)


# An apposition that makes the name before it a person's: an age, or a role word at most
# two words after "a"/"an"/"the" ("Frank Holdings, a shopkeeper in Goma, said"; review68a).
_PERSON_APPOSITION: Final = re.compile(
    r", (?:\d{1,3},|(?:a|an|the) (?:[\w-]+ ){0,2}(?:"
    # (not the words a company is called too: "a member of", "its partner", "the head")
    + "|".join(
        sorted(
            ROLE_WORDS
            - words(
                "called named member partner ally rival counterpart predecessor successor "
                "head chief general"
            ),
            key=longest_first,
        )
    )
    + r"|fishmonger|mother|father|widow|son|daughter|pupil|passenger|survivor|witness)\b)"
)


def companies_typed(text: str, found: Sequence[Suggestion]) -> list[Suggestion]:
    """The rules' suggestions with a person of two or more words whose last word names a
    company (`_COMPANY_LAST_WORDS`) typed `organisation` instead."""
    out: list[Suggestion] = []
    for s in found:
        if s.label == "ACTOR" and s.attributes.get("type") == "person":
            named = text[s.start : s.end].split()
            if (
                len(named) > 1
                and named[-1] in _COMPANY_LAST_WORDS
                and named[0] not in GIVEN_NAMES  # ("said John Management, a farmer")
                # (nor a person by the apposition after: "Nasra Shipping, a fishmonger in
                # Mogadishu, said", "Kamau Maritime, 42, said"; review68a)
                and not _PERSON_APPOSITION.match(text, s.end)
            ):
                s = replace(s, attributes={**s.attributes, "type": "organisation"})
        out.append(s)
    return out


def person_extents(ctx: SuggestContext, found: Sequence[Suggestion]) -> list[Suggestion]:
    """The rules' person suggestions with the words of an office left out, wherever a rule
    took them in: a compound rank's first word ("Junior Sergeant X Y" -> "X Y"), the place
    an office is held in after its title ("Deputy Commissioner Khuzdar X Y" -> "X Y", where
    the document names Khuzdar as a place) and a portfolio after "Minister for" or "of"
    ("Deputy Prime Minister for Reintegration X Y" -> "X Y"). A name keeps two words."""
    out: list[Suggestion] = []
    # Where each extent's name starts, worked out once: several rules suggest the same
    # person's extent, and the answer hangs on the extent alone.
    starts: dict[tuple[int, int], int] = {}
    for s in found:
        if s.label == "ACTOR" and s.attributes.get("type") == "person":
            if _ENGINEER_ALONE.match(ctx.text, s.start) and s.end == s.start + 3:
                continue  # "Eng. X": the engineer's title, no name of its own
            start = starts.get((s.start, s.end), -1)
            if start < 0:
                start = _office_words_end(ctx, s.start, s.end)
                start = past_honorific_also_a_name(ctx, start, s.end)  # "Abba Hagos"
                starts[s.start, s.end] = start
            if start != s.start:
                s = _suggestion(start, s.end, "person", s.rule)
            elif s.start >= 7 and ctx.text[s.start - 1] == " ":
                day = _weekday_given_name_start(ctx.text, s.start)
                if day is not None:
                    s = _suggestion(day, s.end, "person", s.rule)
        out.append(s)
    return out


# A weekday that is a given name ("Sunday Adeyemi", "Monday Okoro", "Friday Ekpo": Nigerian
# and Ghanaian day names) right before a person's name (misfire68).
_WEEKDAY_GIVEN_NAME: Final = re.compile(r"(?:Sunday|Monday|Friday) $")
# What may stand before such a name so that the day is no date: a line's, a list item's or a
# sentence's opening, an apposition's comma ("His sister-in-law, Sunday Adeyemi, said"), an
# opening quote mark or bracket, an inverted attribution after a quote ('," said Sunday X').
_BEFORE_A_DAY_NAME: Final = re.compile(
    r"(?:^|\n|(?:^|\n)[-*\u2022]\s|[.!?][\"\u201d']?\s|,\s|[(\"\u201c]"
    r"|[,.!?][\"\u201d]\s+(?:said|says|added|told)\s)$"
)


def _weekday_given_name_start(text: str, start: int) -> int | None:
    """Where a person's name starting at `start` starts with the weekday given name before
    it, where that weekday can be no date: after a title ("Chief Sunday Adeyemi"), a
    lower-case role or kin ("farmer Monday Okoro", "his brother Friday Ekpo"), an
    apposition's comma or a sentence's opening; never after "on", "last", "said" ("police
    said Sunday Adeyemi had fled" is a day's)."""
    day = _WEEKDAY_GIVEN_NAME.search(text, start - 7, start)
    if day is None:
        return None
    at = day.start()
    if _BEFORE_A_DAY_NAME.search(text, max(0, at - 12), at):
        return at
    word = text[max(0, at - 30) : at].rstrip().rsplit(None, 1)
    before = word[-1] if word and text[at - 1 : at] == " " else ""
    if before and (
        is_title(before.rstrip(".")) or before in ROLE_WORDS or before in _KIN_BEFORE_NAME
    ):
        return at
    return None


_KIN_BEFORE_NAME: Final = words(
    "brother sister son daughter wife husband widow father mother cousin uncle aunt nephew"
    " niece grandson granddaughter grandfather grandmother brother-in-law sister-in-law"
    " son-in-law daughter-in-law father-in-law mother-in-law friend neighbour neighbor"
)


def _office_words_end(ctx: SuggestContext, start: int, end: int) -> int:
    """Where the person's name inside `text[start:end]` starts, past the office's words."""
    text = ctx.text
    tokens = word_tokens(text, start, end)
    if len(tokens) < 3 or any(text[a.end : b.start] != " " for a, b in pairwise(tokens)):
        return start
    k = 0
    # "Junior Sergeant X Y", "Police Constable X Y", "Senior Commissioner X Y": a word that
    # opens the rank, its title (no honorific some names carry inside: "Hassan Sheikh X")
    if is_title(tokens[0].text) and tokens[0].text not in _TITLES_INSIDE_NAMES:
        k = 1  # "Governor X Y": the title itself
    elif (
        is_title(tokens[1].text)
        and tokens[1].text not in _TITLES_INSIDE_NAMES
        and tokens[0].text not in GIVEN_NAMES
        and tokens[0].text[:1].isupper()
    ):
        k = 2
    while 0 < k < len(tokens) and is_title(tokens[k].text):
        k += 1
    title_before = k == 0 and is_title(_word_before(text, start))
    portfolio = False
    if k and k < len(tokens) and tokens[k].text in ("for", "of"):
        k += 1  # "Police Commissioner for Operations X Y": its portfolio follows
        portfolio = True
    elif k == 0 and not title_before:
        if _styled_by_a_common_noun(ctx, tokens[0].text):
            # "the Sultan of the Warsangeli, Sultan X Y Z", "Villager X Y": the office or the
            # role, then the name
            k = 1
            while len(tokens) - k > 2 and _styled_by_a_common_noun(ctx, tokens[k].text):
                k += 1
        else:
            return start
    if portfolio:
        # "Minister for Reintegration X Y", "Vice Minister of Internal Regime and Police X
        # Y": the portfolio's words (joined by "and"), then the name
        while k < len(tokens) and (
            _portfolio_like(text, tokens[k].text)
            or (tokens[k].text in ("and", "&") and k > 0 and k + 1 < len(tokens))
        ):
            k += 1
    if k < len(tokens) and _written_as_place(ctx, tokens[k].text):
        # "Deputy Commissioner Khuzdar X Y", "Deputy Commissioner of Jiribam X Y": where
        # the office is held, a place the document names as one
        k += 1
    if k == 0 or len(tokens) - k < 2 or not _person_tokens(tuple(tokens[k:])):
        return start
    # A word the text writes elsewhere at the head of the same name, with no title before
    # it, is the name's own ("Governor Florence Wanjiru Mwangi" beside "Florence Wanjiru
    # Mwangi said"): the name starts there.
    while (
        k > 0
        and not is_title(tokens[k - 1].text)
        and tokens[k - 1].text.lower() not in ROLE_WORDS
        and not _DESCRIPTION_SHAPE.fullmatch(tokens[k - 1].text)
        and _heads_the_name_elsewhere(ctx, tokens, k - 1)
    ):
        k -= 1
    return tokens[k].start if k else start


_SENTENCE_END_MARKS: Final = frozenset(".!?:;\"'\u201d\u2019")


def _heads_the_name_elsewhere(ctx: SuggestContext, tokens: Sequence[Token], j: int) -> bool:
    """Whether the text writes `tokens[j:]` elsewhere, with no title, no listed style and
    no name word before it."""
    text = ctx.text
    head = tokens[j]
    rest = text[head.start : tokens[-1].end]
    for at in ctx.piece_index.get(head.text, ()):
        if at == head.start or not text.startswith(rest, at):
            continue
        before = _word_before(text, at)
        # (a sentence's end before it, or a word in lower case: "Mwangi said", "said
        # Florence ...", but no "Governor Florence ...")
        if not before or before[-1] in _SENTENCE_END_MARKS or not before[:1].isupper():
            return True
    return False


def _once_per_word(
    ctx: SuggestContext, key: str, read: Callable[[SuggestContext, str], bool], word: str
) -> bool:
    """`read(ctx, word)`, read once per word and document (kept in `ctx.memo[key]`)."""
    memo: dict[str, bool] = ctx.memo.setdefault(key, {})
    found = memo.get(word)
    if found is None:
        found = memo[word] = read(ctx, word)
    return found


def _styled_by_a_common_noun(ctx: SuggestContext, word: str) -> bool:
    """Whether `word`, opening a person's name, is a style the text writes as a noun too:
    in lower case ("Villager X Y" beside "displaced villagers", "Sultan X Y" beside "the
    sultan said") or as an office's head ("the Sultan of the Warsangeli, Sultan X Y"); no
    given name (a listed one, or "Said" beside "said"). Once per word and document: a name
    repeated a thousand times in a long article reads the text once."""
    return _once_per_word(ctx, "styled_by_a_common_noun", _styled_by_a_common_noun_read, word)


def _styled_by_a_common_noun_read(ctx: SuggestContext, word: str) -> bool:
    """`_styled_by_a_common_noun`, read off the text."""
    if (
        not word[:1].isupper()
        or word in GIVEN_NAMES
        or word in _GIVEN_NAMES_THAT_ARE_NOUNS
        or word.lower() in SPEECH_VERBS
        or word.lower() in NAME_PARTICLES  # "Van der Berg" beside "Pieter van der Berg"
        or word in _KUNYA_OPENERS
        or word in _HONORIFICS_INSIDE_NAMES
    ):
        return False
    if _DESCRIPTION_SHAPE.fullmatch(word):
        return True  # "Pharmacist X Y", "Mother-of-three X Y"
    if not word.isalpha() or len(word) < 3:
        return False  # ("Us" beside "us")
    if word.lower() in ROLE_WORDS:
        return True  # "Businessman X Y", "Villager X Y": a role's noun
    text = ctx.text
    return (
        _written_in_lower_case(text, word)
        or _written_in_lower_case(text, word + "s")
        or any(
            text.endswith("the ", max(0, at - 4), at) and text.startswith(" of ", at + len(word))
            for at in ctx.piece_index.get(word, ())
        )
    )


# The shapes of a description written before a name, a role's or a kin's noun: "Motorcyclist",
# "Pharmacist", "Electrician", "Housewife", "Mother-of-three", "Father-of-two".
_DESCRIPTION_SHAPE: Final = re.compile(r"[A-Z][a-z]{3,}(?:ist|ician|wife)|[A-Z][a-z]+-of-[a-z]+")
# The Burmese and Karen honorifics that the name holds ("U Lwin Zaw", "Daw Khin Myint",
# "Saw Hla Win", "Naw Seng Hkawn", as the guideline and the dev gold write them): no style
# to leave out, whatever the text writes in lower case ("saw", "nan").
_HONORIFICS_INSIDE_NAMES: Final = words("U Daw Ko Ma Maung Saw Naw Nan Nang Sai Mahn Mai")
# Given names that are English nouns too, as African and Caribbean parents give them
# ("Patience Akpan Udo" beside "their patience ran out"): no style.
_GIVEN_NAMES_THAT_ARE_NOUNS: Final = words(
    "Hope Faith Charity Patience Mercy Joy Gift Precious Comfort Favour Favor Peace Justice "
    "Wisdom Goodluck Godsgift Loveday Sunday Monday Friday Victory Glory Happiness Prudence "
    "Constance Honour Honor Rose Lily Daisy Iris Ivy Ruby Pearl Amber Crystal Dawn Summer "
    "Autumn April May June Sky Rain Star Royal Prince Princess King Major Bishop Deacon "
    "Innocent Blessing Grace Harmony Unity Liberty Memory Trust Silence Treasure Marvel "
    "Lucky Bright Smart Clever Honest Happy Success Wealth Destiny Miracle Testimony Praise "
    "Purity Divine Goodness Faithful Precious Promise Rejoice Welcome Moses Baby Baptist "
    "Freedom Talent Beauty Knowledge Fortune Prosper Progress Courage Privilege Loveness "
    "Learnmore Trymore Perseverance Brilliant Tenacious Marvellous Nobleman Lovemore"
)


def _written_as_place(ctx: SuggestContext, word: str) -> bool:
    """Whether the document names `word` as a place: `document_places`, or before a unit's
    word ("Jiribam district", "Khuzdar tehsil") or after "in" ("fighting in Jiribam"); never
    a listed given name nor a listed state ("Ambassador Israel X Y": an office's place is a
    district's or a town's, not a state's). Once per word and document."""
    return _once_per_word(ctx, "written_as_place", _written_as_place_read, word)


def _written_as_place_read(ctx: SuggestContext, word: str) -> bool:
    """`_written_as_place`, read off the text."""
    if (
        len(word) < 3
        or not word.isalpha()
        or word in _HONORIFICS_INSIDE_NAMES  # ("in U.S.": no place "U")
        or word in GIVEN_NAMES
        or word in _GIVEN_NAMES_THAT_ARE_NOUNS
        or _gazetteer_index(ctx.gazetteer).kinds.get(word) == ("state", "")
    ):
        return False
    if word in document_places(ctx):
        return True
    text = ctx.text
    return any(
        _UNIT_AFTER_PLACE.match(text, at + len(word)) is not None
        or (text.endswith(" in ", max(0, at - 4), at) and _WORD_ENDS.match(text, at + len(word)))
        for at in ctx.piece_index.get(word, ())
    )


# A word's end: no letter, digit, hyphen or full stop of an abbreviation after it.
_WORD_ENDS: Final = re.compile(r"(?![\w-]|\.\w)")


# A unit's word after a place's name ("Jiribam district", "Kech division").
_UNIT_AFTER_PLACE: Final = re.compile(
    r" (?:district|province|county|region|division|tehsil|subdivision|upazila|state|town"
    r"|city|village)\b"
)


def _portfolio_like(text: str, word: str) -> bool:
    """A portfolio's word: listed, an abstract noun by its ending, or a common noun the
    text writes in lower case too ("security" beside "Minister of Security")."""
    return (
        word in _PORTFOLIO_WORDS
        or word in ORGANISATION_WORDS
        or _common_noun_by_ending(word)
        or (word not in GIVEN_NAMES and _written_in_lower_case(text, word))
    )


# --------------------------------------------------------------------------- mononyms
# A person named by one word (Indonesia, Myanmar, Ethiopia, Afghanistan): taken only in a
# slot where the grammar of the page says a person stands, and only when `_only_people`
# finds no place, body, acronym or lower-case word of that spelling.

# The capitals a name may open with: ASCII, Latin-1's and Latin Extended-A/B's ("Ömer",
# "Şahin", "Élodie").
_NAME_CAPITALS: Final = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(
    c for c in map(chr, range(0x100, 0x250)) if c.isupper()
)
# One capitalised word of mixed case: a mononym's shape ("Sutarno", "N'Diaye", "Ömer").
_MONONYM: Final = rf"[{_NAME_CAPITALS}][a-z\u00c0-\u024f'\u2019-]*[a-z\u00df-\u024f]"
# One name, or several joined by commas and a last "and": "Ani and Budi", "Ani, Budi and Edi".
_MONONYMS: Final = rf"(?P<names>{_MONONYM}(?:, {_MONONYM})*(?: and {_MONONYM})?)"
# A byline's line at an article's top that names its writers by one name each, after "By"
# or another byline word ("By Ani and Budi", "Text by Ani | Photographs by Budi", "WRITER:
# Ani | Outlet"). What ends the names: the line's end, a bar or a slash, ", " and the place,
# " in " and the place, " with " and the agencies, a date's digits. (No line without such a
# word: a one-word line over a place and a date, or before an outlet, is a section's name
# or a dateline far more often than a writer's: "World", "Maumere | The Daily Post".)
_MONONYM_BYLINE: Final = re.compile(
    r"(?P<opener>(?:^|(?<=\| ))(?:By|From|(?:Written|Text|Words|Photos|Photographs|Interview"
    r"|Reporting|Report|Compiled) by|(?:WRITER|Writer|Author|AUTHOR|Reporter|REPORTER):) )"
    + _MONONYMS
    + r"(?P<tail>$| ?[|/] ?| in [A-Z]|, [A-Z]| with [A-Z]| \d)",
    re.MULTILINE,
)
# A byline's other parts: a date, the reporter's post, an agency's line.
_BYLINE_FURNITURE: Final = re.compile(
    r"\b" + _MONTH_NAMES + r" ?\d|\b\d{1,2} " + _MONTH_NAMES + r"\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:Staff|Senior|Special|Our) (?:Reporter|Writer"
    r"|Correspondent)\b|\b(?:Correspondent|Journalist)\b|^Associated Press$|^Updated\b"
)
# How far down a byline stands, and how long its line may be.
_BYLINE_TOP: Final = 1500
_BYLINE_LINE: Final = 120


def _mononym_bylines(ctx: SuggestContext) -> Iterator[Suggestion]:
    """The writers of an article named by one name in its byline (not its first line, the
    headline), after "By" or another byline word ("By Ani | The Daily Post | 3 December
    2026")."""
    text = ctx.text
    top = text[: min(len(text), _BYLINE_TOP)]
    headline_end = top.find("\n")
    if headline_end < 0:
        return
    for found in _MONONYM_BYLINE.finditer(top, headline_end):
        line_start = top.rfind("\n", 0, found.start()) + 1
        line_end = top.find("\n", found.end())
        line_end = len(top) if line_end < 0 else line_end
        line = top[line_start:line_end]
        if len(line) > _BYLINE_LINE or line_start == 0:
            continue
        names = found.group("names")
        parts = re.split(r", | and ", names)
        if " and " not in names and len(parts) > 1:
            parts = parts[:1]  # "By Ani, Kupang": the place she filed from
        if (
            found.start() != line_start
            and not _MONONYM_BYLINE.match(top, line_start)
            and not _BYLINE_FURNITURE.search(line)
        ):
            continue  # a later part's byline word, its line opened by another one ("Text
            # by Ani | Photographs by Budi")
        if any(_byline_common_word(text, part) for part in parts):
            continue  # "By Land and Sea": a kicker's phrase, no writers
        at = found.start("names")
        for part in parts:
            start = text.find(part, at)
            at = start + len(part)
            if _byline_noun(part):
                continue
            person = _person_tokens(tuple(word_tokens(text, start, at)))
            if person and len(person) == 1:
                yield _person(text, person, "actor_mononym_in_slot")


# Ordinary nouns no one-name writer is called, which a kicker's phrase after the headline
# is made of ("By Land and Sea", "By Fire and Water"): places' and things' heads, and the
# common nouns of such phrases.
_BYLINE_COMMON_NOUNS: Final = (
    WEAPONS
    | CONDITIONS
    | LANDFORMS
    | ROUTES
    | SITES
    | WORKS
    | MINES
    | BUILDINGS
    | words(
        "Land Sea Air Fire Water Blood Night Day Dust Ash Ashes Stone Stones Bread Salt "
        "Fear Home Exile Hunger Death Life Rage Smoke Storm Flood Sand Iron Steel Gold "
        "Sword Gun Guns Road Rail Boat Boats Foot Force Stealth Dark Darkness Light"
    )
)


def _byline_common_word(text: str, word: str) -> bool:
    """Whether a byline's one word is an ordinary word: the text writes it in lower case
    as a noun, after a determiner or "by"/"of" ("the land", "by sea"; not a verb's "made
    off", which a Balinese "Made" would be refused for), or it is a common noun
    (`_BYLINE_COMMON_NOUNS`), and no given name knows it."""
    if word in GIVEN_NAMES or word in _GIVEN_NAMES_THAT_ARE_NOUNS:
        return False
    return word in _BYLINE_COMMON_NOUNS or _written_as_a_noun(text, word)


# The words before a lower-case word that make it a noun ("the land", "by sea").
_BEFORE_A_NOUN: Final = (" the ", " a ", " an ", " by ", " of ")


def _written_as_a_noun(text: str, word: str) -> bool:
    """True when the text writes the capitalised `word` in lower case, as a word of its
    own, right after a determiner, "by" or "of" (`_BEFORE_A_NOUN`, in any case)."""
    lower = word.lower()
    if lower == word:
        return False
    at = text.find(lower)
    while at >= 0:
        end = at + len(lower)
        if (end == len(text) or not (text[end].isalnum() or text[end] in "-@")) and (
            " " + text[max(0, at - 4) : at].lower()
        ).endswith(_BEFORE_A_NOUN):
            return True
        at = text.find(lower, at + 1)
    return False


# Ordinary nouns a byline writes where a name would stand: "By Agencies", "By Staff",
# "Written by Editor", "Photos by Contributor".
_BYLINE_NOUNS: Final = words(
    "Agency Agencies Staff Desk Newsdesk Newsroom Editor Editors Editorial Correspondent "
    "Correspondents Reporter Reporters Writer Writers Admin Administrator Contributor "
    "Contributors Guest Wire Wires Team Bureau Video Videos Photo Photos Graphics Online Web "
    "Digital Monitoring Service Services Press Media Readers Reader Opinion Comment Agency"
)


def _byline_noun(word: str) -> bool:
    """Whether a byline's one word is a month, a day, a heading's word, a role or an
    ordinary noun of the trade ("By Agencies", "By Monday"): no name."""
    return (
        word in _MONTHS
        or word in _WEEKDAYS
        or word in _HEADING_WORDS
        or word in _BYLINE_NOUNS
        or word.lower() in ROLE_WORDS
        or word.lower().rstrip("s") in ROLE_WORDS
        or is_title(word)
    )


@rule(
    "actor_mononym_in_slot",
    "ACTOR",
    "A person named by one word where the page's grammar wants a person: a byline's "
    "'By Sutarno and Ani', 'the director of the hospital, Ani, said', 'identified as Ani'.",
)
def actor_mononym_in_slot(ctx: SuggestContext) -> Iterator[Suggestion]:
    return iter(_memoised(ctx, "actor_mononym_in_slot", _only_people(_mononyms_in_slots)))


def _mononyms_in_slots(ctx: SuggestContext) -> Iterator[Suggestion]:
    yield from _mononym_bylines(ctx)
    yield from _set_off_mononyms(ctx)
    yield from _named_as_mononyms(ctx)
    yield from _titled_mononyms(ctx)


# A person's one name set off by commas after a noun phrase that names a person by role or
# kin ("The director of the district hospital, Ani, said", "Two elders in Dili, Ani and
# Budi, said", "a former MP, Ani, was"), then a verb of saying, "was" or "whose", or a colon
# before a quote ('the head of the directorate, Ani: "...'); the noun phrase is read back to
# the clause's edge. (Not "who": held-out lost precision with it, the one shape that did.)
_SET_OFF_MONONYMS: Final = re.compile(
    r"(?<=[\w.)], )(?P<names>" + _MONONYM + r"(?: and " + _MONONYM + r")?)"
    r"(?:, (?=(?:said|says|told|tells|added|adds|called|calls|confirmed|confirms|denied|denies"
    r"|described|urged|warned|explained|recalled|wrote|was|whose)\b)"
    r"|:(?= [\"\u201c]))"
)
_COMMA_THEN_CAPITAL: Final = re.compile(rf", [{_NAME_CAPITALS}]")


def _capitals_after_commas(ctx: SuggestContext) -> list[int]:
    """The offsets of the capitals right after a ", " (where every match of
    `_SET_OFF_MONONYMS` and `_SET_OFF_FULL_NAMES` starts), found once per text by a search
    that skips in C to each ", "."""
    found: list[int] | None = ctx.memo.get("capitals after commas")
    if found is None:
        found = ctx.memo["capitals after commas"] = [
            m.start() + 2 for m in _COMMA_THEN_CAPITAL.finditer(ctx.text)
        ]
    return found


# Nouns of people neither `ROLE_WORDS` nor `_PEOPLE_NOUNS` holds, in lower case: "the
# man killed on Tuesday, Ani,", "a notorious kingpin, Ani,".
_SET_OFF_PEOPLE_NOUNS: Final = words(
    "man woman men women kingpin ombudsman ombudsperson fighter elders mother father"
)
# What ends the noun phrase before a set-off name, read backwards: a clause's edge.
_CLAUSE_EDGE: Final = re.compile(r"[.;:!?\"\u201c\u201d(]\s|, |\n")
# The words of a noun phrase before a set-off name, no more.
_SET_OFF_PHRASE_WORDS: Final = 14


def _person_noun(word: str) -> bool:
    """Whether `word` names a person by role, title or kin: "director", "elders", "MP",
    "Officer"."""
    if word[:1].isupper():
        return is_title(word)  # "Officer", "MP" (a capitalised noun is a body's word:
        # "the National Guard, Kyiv, said")
    lower = word
    return (
        lower in ROLE_WORDS
        or lower.removesuffix("s") in ROLE_WORDS
        or lower in _PEOPLE_NOUNS
        or lower.removesuffix("s") in _PEOPLE_NOUNS
        or lower in _SET_OFF_PEOPLE_NOUNS
    )


# What follows a noun phrase's head: a preposition, a relative pronoun, a participle.
_AFTER_HEAD: Final = re.compile(
    r" (?:of|for|in|at|to|on|from|with|near|who|whose|killed|wounded|based|shot) "
)


def _phrase_heads_a_person(phrase: str) -> bool:
    """Whether a person's noun heads `phrase`: its last word ("a former MP", "a notorious
    kingpin", "Officer (SDO)") or, where the phrase ends with a name, the word before its
    first preposition ("The director of the district hospital", "Two elders in Dili", "The
    girl killed on Tuesday"); never a possessor ("the opposition leader's party") nor a
    phrase ending with another common noun ("a surgeon who works in the capital")."""
    phrase = re.sub(r" \([A-Z]{2,6}\)$", "", phrase.rstrip())
    last = phrase.rsplit(" ", 1)[-1]
    if _person_noun(last):
        return True
    if last.islower():
        return False  # "A surgeon who works in the capital, X,": the name is the capital's
    cut = _AFTER_HEAD.search(phrase)
    if cut is None:
        return False
    head = re.sub(r" \([A-Z]{2,6}\)$", "", phrase[: cut.start()]).rsplit(" ", 1)[-1]
    return _person_noun(head)


def _set_off_mononyms(ctx: SuggestContext) -> Iterator[Suggestion]:
    """One-word names set off by commas after a noun phrase naming a person by role or kin
    (`_SET_OFF_MONONYMS`): the phrase, back to its clause's edge, holds a person's noun."""
    text = ctx.text
    # (tried after each ", " and a capital alone: the engine would try every offset)
    for found in finditer_from(_SET_OFF_MONONYMS, text, _capitals_after_commas(ctx)):
        comma = found.start() - 2
        window = text[max(0, comma - 160) : comma]
        edges = list(_CLAUSE_EDGE.finditer(window))
        phrase = window[edges[-1].end() :] if edges else window
        words_ = re.findall(r"[\w'\u2019-]+", phrase)
        if not words_ or len(words_) > _SET_OFF_PHRASE_WORDS:
            continue
        if not _phrase_heads_a_person(phrase):
            continue
        # "The doctor who runs the only clinic in Ituri, Bunia, was shot": a relative
        # clause ending with a place, whose apposition the set-off word may be
        relative = _RELATIVE_ENDS_WITH_PLACE.search(phrase)
        at = found.start("names")
        for part in found.group("names").split(" and "):
            start = text.find(part, at)
            at = start + len(part)
            if _byline_noun(part):
                continue
            if (
                relative is not None
                and part not in GIVEN_NAMES
                and not _a_person_later(ctx, part, at)
                and _set_off_word_a_place(ctx, part, relative.group("place"))
            ):
                continue
            person = _person_tokens(tuple(word_tokens(text, start, at)))
            if person and len(person) == 1:
                yield _person(text, person, "actor_mononym_in_slot")


# A relative clause ("who/that <verb> ...") closed by a place's one capitalised word after
# a preposition: "who runs the only clinic in Ituri".
_RELATIVE_ENDS_WITH_PLACE: Final = re.compile(
    r" (?:who|that) [a-z][^,]*? (?:in|near|of|at|from|outside|around) (?:the )?"
    r"(?P<place>[A-Z][\w'\u2019-]*)$"
)
# The prepositions of place before a word that tell it is a place ("fled to Bunia").
_PLACE_PREPOSITIONS: Final = words("in near outside at from")
# A later mention that only a person is: after a title, or before "who" or a verb of saying
# whose clause goes on with "he" or "she".
_PERSON_MENTION_AFTER: Final = re.compile(
    r",? who\b| (?:said|says|told|added|recalled|explained)(?: [a-z]+)?,? (?:that )?(?:he|she)\b"
)


def _a_person_later(ctx: SuggestContext, word: str, after: int) -> bool:
    """Whether the text names `word` as a person after `after` (`_PERSON_MENTION_AFTER`, or
    a title before it), not after a preposition of place ("in Bunia said")."""
    return _person_mentions(ctx, word)[0] >= after


def _person_mentions(ctx: SuggestContext, word: str) -> tuple[int, bool]:
    """For `word`: the offset of its last mention as a person (-1 for none), and whether
    the text writes it after a preposition of place (`_PLACE_PREPOSITIONS`). Read once per
    word and kept in `ctx.memo`."""
    memo: dict[str, tuple[int, bool]] = ctx.memo.setdefault("set_off_person_mentions", {})
    found = memo.get(word)
    if found is not None:
        return found
    text = ctx.text
    last = -1
    placed = False
    for at in ctx.piece_index.get(word, ()):
        before = text[max(0, at - 20) : at].split()
        if before and before[-1].lower() in _PLACE_PREPOSITIONS:
            placed = True
        if before and before[-1].lower() in ("in", "near", "of", "at", "from", "to", "outside"):
            continue
        if (before and is_title(before[-1])) or _PERSON_MENTION_AFTER.match(text, at + len(word)):
            last = max(last, at)
    found = memo[word] = (last, placed)
    return found


def _set_off_word_a_place(ctx: SuggestContext, word: str, place: str) -> bool:
    """Whether the word set off after a relative clause closed by `place` ("who runs the
    only clinic in Ituri, Bunia,") may be a place apposed to it: the gazetteer lists the
    word or `place` as a state or region, the document writes the word as a place, or the
    text has it after a preposition of place ("fled to Bunia" does not count, "in Bunia"
    does). Else it is a person's one name ("who works at the hospital in Goma, Furaha")."""
    index = _gazetteer_index(ctx.gazetteer)
    return (
        word in index.kinds
        or word in index.region_names
        or place in index.kinds
        or place in index.region_names
        or word in document_places(ctx)
        or _person_mentions(ctx, word)[1]
    )


# The words that give a person's name, then one name or several, each one word: "identified
# as Ani and Budi", "naming them as Ani (34) and Budi", "goes by the name Ani", "who uses
# the name Ani", "gave her name only as Ani". ("Known as" needs a person's noun before it:
# `_KNOWN_AS`; "X Y alias Z" is one span, `actor_person_alias`'s.)
_NAMING_WORDS: Final = (
    r"(?:identified(?P<gap>(?: [a-z]+){0,4}) as"
    r"|named (?:(?:him|her|them|one of them|the [a-z]+) )?as"
    r"|naming (?:him|her|them) as|(?:goes|go|going) by the name(?: of)?"
    r"|(?:uses|use|using) the name"
    r"|(?:gave|gives|giving) (?:his|her|their) (?:first )?names? (?:only )?as)"
)
_MONONYM_LIST_AFTER: Final = (
    r" (?P<names>" + _MONONYM + r"(?: \(\d{1,3}\))?(?:, " + _MONONYM + r"(?: \(\d{1,3}\))?)*"
    r"(?:,? and " + _MONONYM + r"(?: \(\d{1,3}\))?)?)(?![\w'\u2019-]| [A-Z\d(])"
)
_NAMED_AS_MONONYMS: Final = re.compile(r"\b" + _NAMING_WORDS + _MONONYM_LIST_AFTER)
# "a farmer known in the village as Ani": known as, after a person's noun.
_KNOWN_AS: Final = re.compile(r"\bknown(?: [a-z]+){0,4} as" + _MONONYM_LIST_AFTER)


def _naming_starts(text: str) -> Iterator[int]:
    """Offsets among which every match of `_NAMED_AS_MONONYMS` starts: its opening words,
    and for " the name" the verbs before it ("uses", "going by"), each length back."""
    yield from occurrences(text, ("identified", "named ", "naming ", "gave ", "gives ", "giving "))
    for at in occurrences(text, (" the name",)):
        # "use", "uses", "using" the name; "go", "goes", "going" by the name
        yield from (at - back for back in (3, 4, 5, 7, 8) if at >= back)


# What "identified ... as" may name in its gap and still name people: an object pronoun,
# the dead or the suspects, a person's noun ("the officer", "the dead man", "one of the
# fatalities"), or who did the identifying ("by relatives").
_IDENTIFIED_PRONOUNS: Final = words("him her them himself herself themselves")
_IDENTIFIED_PEOPLE: Final = words(
    "dead victims victim bodies body men women suspects suspect attackers attacker "
    "fatalities deceased wounded injured casualties officer officers soldier soldiers "
    "person people boy boys girl girls child children "
    # ... and the people a report names by what they did or suffered
    "gunman gunmen shooter shooters bomber bombers assailant assailants perpetrator "
    "perpetrators culprit culprits kidnapper kidnappers militant militants individual "
    "individuals passenger passengers pedestrian pedestrians toddler baby infant casualty "
    "hostage hostages captive captives driver drivers pilot pilots teenager teenagers youth "
    "corpse corpses remains protester protesters migrant migrants refugee refugees"
)


def _names_people_identified(gap: str | None) -> bool:
    """Whether the words between "identified" and "as" leave people as what is named ("the
    dead", "him", "the officer", "by relatives"), not a thing ("the missile", "the
    vessel")."""
    if not gap:
        return True
    words_ = gap.split()
    if words_[0] == "by":
        return True
    if len(words_) == 1 and words_[0] in _IDENTIFIED_PRONOUNS:
        return True
    last = words_[-1]
    return last in _IDENTIFIED_PEOPLE or _person_noun(last)


# The auxiliary of a passive "identified" ("was identified", "has since been identified"),
# and the words that may stand between it and the verb.
_IDENTIFIED_AUXILIARIES: Final = words("was were is are be been being")
_IDENTIFIED_ADVERBS: Final = words(
    "later since also then first initially officially formally only subsequently has have had"
)
# Where a subject's noun phrase ends before its head's modifiers: a relative pronoun or a
# preposition ("The drone that hit", "the vessel seized on Monday").
_SUBJECT_HEAD_END: Final = re.compile(
    r" (?:that|which|who|whose|of|for|in|at|to|on|off|from|with|near|by|after|during|over"
    r"|into|under|outside|inside|along|across|between|since|against) "
)
# A verb of saying before the reported clause the subject opens ("Doctors said the fever").
_SAID_BEFORE_SUBJECT: Final = re.compile(
    r"\b(?:said|says|say|added|reported|stated|confirmed|announced|told [a-z]+)(?: that)? "
)
# Past participles that end in neither "-ed" nor "-en": after a subject's first noun they
# open its reduced relative ("The man shot at the checkpoint", "The body found near ..."),
# so they and what follows are no head.
_IRREGULAR_PARTICIPLES: Final = words(
    "shot hit held found caught struck left taken seen brought put cut beaten thrown hurt "
    "run slain kept sent led set"
)
# The words that open a noun phrase and so come before its first noun.
_SUBJECT_DETERMINERS: Final = words(
    "a an the this that these those its his her their our my your one two three four five "
    "six seven eight nine ten some several many"
)
# The words before "identified" that are no noun of what was identified.
_NO_IDENTIFIED_NOUN: Final = words(
    "and or but then who that which it they he she we I "
    # ... or a count or a rank of people said before ("The two were identified as")
    "two three four five six seven eight nine ten both all others other rest latter former "
    "first second third last eldest youngest oldest"
)


def _thing_identified(text: str, identified: int, sentence_start: int) -> bool:
    """Whether what "identified" at `identified` names is a thing, not a person: the head of
    its passive subject ("The drone that hit the building was identified as X", "the vessel
    seized on Monday was later identified as X") or the noun it follows ("a drone identified
    as X") is a lower-case noun that names no person (as `_names_people_identified` judges
    the words after an active "identified")."""
    words_ = text[max(sentence_start, identified - 160) : identified].split()
    while words_ and (words_[-1] in _IDENTIFIED_ADVERBS or words_[-1].endswith("ly")):
        words_.pop()
    if words_ and words_[-1] in _IDENTIFIED_AUXILIARIES:
        while words_ and (
            words_[-1] in _IDENTIFIED_AUXILIARIES
            or words_[-1] in _IDENTIFIED_ADVERBS
            or words_[-1].endswith("ly")
        ):
            words_.pop()
        # the subject: its first noun phrase, before a comma's apposition, a relative or a
        # preposition ("The third victim, a boy, was" -> "The third victim")
        subject = _SAID_BEFORE_SUBJECT.split(" ".join(words_))[-1].split(",", 1)[0]
        cut = _SUBJECT_HEAD_END.search(subject)
        words_ = (subject if cut is None else subject[: cut.start()]).split()
        # ... less an irregular participle after its noun and all that follows ("The man
        # shot at ...", "The girl left behind ...")
        for i in range(1, len(words_)):
            before = words_[i - 1]
            if (
                words_[i] in _IRREGULAR_PARTICIPLES
                and before.isalpha()
                and before.lower() not in _SUBJECT_DETERMINERS
                and not before.endswith("ly")
            ):
                del words_[i:]
                break
        # ... less its participles ("the man killed", "the vessel seized")
        while len(words_) > 1 and words_[-1].endswith(("ed", "en")) and words_[-2].islower():
            words_.pop()
    if not words_:
        return False
    head = words_[-1].rstrip(",;:")  # "A drone, later identified as X"
    return (
        head.isalpha()
        and head.islower()
        and len(head) > 2
        and head not in _NO_IDENTIFIED_NOUN
        and head not in _IDENTIFIED_PEOPLE
        and head not in LISTED_VICTIMS  # "The slain jawan", "the pilgrims"
        and not head.endswith(("man", "men"))  # "the fisherman", "two policemen"
        and not _person_noun(head)
    )


# The naming words whose subject takes the name: "goes by the name", "uses the name".
_NAME_TAKER: Final = re.compile(r"(?:goes|go|going|uses|use|using) ")
# A relative pronoun that ends the phrase before them: "a commander who goes by the name".
_RELATIVE_BEFORE: Final = re.compile(r",? \b(?P<pronoun>who|that|which) $")
# Words that open a noun phrase or link it to the one before: the nearest phrase starts
# after the last of them ("Fighters from a unit of volunteers" -> "unit of volunteers").
_NOUN_PHRASE_OPENERS: Final = words(
    "a an the its his her their this these those one two three four five some several "
    "for from in at to on with near by"
)
_SUBJECT_PRONOUNS: Final = words("he she they we I")


def _nearest_head(phrase: str) -> str:
    """The head of the noun phrase that ends `phrase`: "unit" in "Fighters from a unit of
    volunteers", "farmer" in "a 61-year-old farmer"."""
    words_ = phrase.split()
    opened = [i for i, word in enumerate(words_) if word.lower() in _NOUN_PHRASE_OPENERS]
    segment = words_[opened[-1] + 1 :] if opened and opened[-1] + 1 < len(words_) else words_
    if "of" in segment[1:]:
        return segment[segment.index("of", 1) - 1]
    return segment[-1] if segment else ""


def _name_taker_a_person(window: str) -> bool:
    """Whether who "goes by / uses the name" is a person: "he", "a commander who", "a
    spokesman for the group who"; never a thing ("The channel, which", "A militia that")."""
    window = window.rstrip() + " "
    relative = _RELATIVE_BEFORE.search(window)
    if relative is None:
        last = window.rstrip().rsplit(" ", 1)[-1]
        if last in _SUBJECT_PRONOUNS:
            return True
        phrase = window
    elif relative.group("pronoun") == "which":
        return False
    else:
        phrase = window[: relative.start()]
    edges = list(_CLAUSE_EDGE.finditer(phrase))
    phrase = phrase[edges[-1].end() :] if edges else phrase
    if not phrase.strip():
        return False
    if relative is not None and relative.group("pronoun") == "who":
        # "who" says a person: the phrase's first head may be the one ("A spokesman for
        # the group who")
        cut = _AFTER_HEAD.search(phrase)
        first = phrase if cut is None else phrase[: cut.start()]
        return _person_noun(first.rsplit(" ", 1)[-1]) or _person_noun(_nearest_head(phrase))
    return _person_noun(_nearest_head(phrase))


def _named_as_mononyms(ctx: SuggestContext) -> Iterator[Suggestion]:
    """One-word names after the words that give a person's name (`_NAMED_AS_MONONYMS`), and
    after "known as" where a person's noun heads the phrase before it."""
    text = ctx.text
    demonyms = _gazetteer_index(ctx.gazetteer).demonyms
    found_all = [
        found
        for found in finditer_from(_NAMED_AS_MONONYMS, text, _naming_starts(text))
        if _names_people_identified(found.group("gap"))
        and not (
            found.group().startswith("identified as")
            and _thing_identified(text, found.start(), _sentence_start_before(ctx, found.start()))
        )
        and (
            _NAME_TAKER.match(found.group()) is None
            or _name_taker_a_person(text[max(0, found.start() - 120) : found.start()])
        )
    ]
    for found in finditer_from(_KNOWN_AS, text, occurrences(text, ("known",))):
        window = text[max(0, found.start() - 120) : found.start()].rstrip(" ,")
        edges = list(_CLAUSE_EDGE.finditer(window))
        phrase = window[edges[-1].end() :] if edges else window
        if phrase and _person_noun(_nearest_head(phrase)):
            found_all.append(found)
    for found in found_all:
        at = found.start("names")
        for part in re.split(r",? and |, ", found.group("names")):
            part = part.split(" (", 1)[0]
            start = text.find(part, at)
            at = start + len(part)
            if _byline_noun(part) or part in demonyms:
                continue  # "fighters it identified as Russian"
            person = _person_tokens(tuple(word_tokens(text, start, at)))
            if person and len(person) == 1:
                yield _person(text, person, "actor_mononym_in_slot")


# A one-word name right after an office's title chain and before a verb of saying: after a
# bracket that closes the chain ("Superintendent of Police (Jiribam) Ani said", "Inspector
# General of Police (IG) Ani told"), or after a portfolio's word ("Minister of National
# Security Ani said").
_MONONYM_BEFORE_SAYING: Final = re.compile(
    r"(?P<before>\) |[A-Z][a-z]+ )(?P<names>" + _MONONYM + r")"
    r"(?= (?:said|says|told|tells|added|confirmed|denied|called|urged)\b|, (?:who|said)\b)"
)
# The title chain before the bracket or the name: capitalised words and their small words.
_TITLE_CHAIN_BEFORE: Final = re.compile(
    r"(?:[A-Z][\w'-]*|of|the|for|and)(?: (?:[A-Z][\w'-]*|of|the|for|and))*$"
)


def _post_acronym(bracket: str, chain: Sequence[str]) -> bool:
    """Whether `bracket` is the acronym of the post the title `chain` names: its letters
    are initials of the chain's capitalised words, in order, the first first ("SP" for
    "Superintendent of Police", "IG" for "Inspector General of Police", "DC" for "Deputy
    Commissioner"). In South Asian English the word after such a bracket is often the
    post's district ("(SP) Sukma said": the SP of Sukma), not its holder."""
    if not (2 <= len(bracket) <= 6 and bracket.isalpha() and bracket.isupper()):
        return False
    initials = "".join(w[0] for w in chain if w[:1].isupper())
    if initials[:1] != bracket[0]:
        return False
    at = 0
    for letter in bracket:
        at = initials.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _titled_mononyms(ctx: SuggestContext) -> Iterator[Suggestion]:
    """One-word names after an office's title chain, before a verb of saying
    (`_MONONYM_BEFORE_SAYING`): the chain before the bracket, or before the portfolio's word,
    opens with a title and holds "of" ("Minister of National Security Ani said")."""
    text = ctx.text
    for found in _MONONYM_BEFORE_SAYING.finditer(text):
        before = found.group("before")
        if before == ") ":
            opening = text.rfind("(", max(0, found.start() - 40), found.start())
            if opening < 0:
                continue
            chain_end = opening - 1
        else:
            if not _portfolio_like(text, before.strip()):
                continue
            chain_end = found.start("names") - 1
        chain = _TITLE_CHAIN_BEFORE.search(text, max(0, chain_end - 80), chain_end)
        if chain is None:
            continue
        words_ = chain.group().split()
        titles = [i for i, w in enumerate(words_) if is_title(w)]
        if not titles or (before != ") " and "of" not in words_[titles[0] :]):
            continue
        if (
            before == ") "
            and _post_acronym(text[opening + 1 : found.start()], words_[titles[0] :])
            and found.group("names") not in GIVEN_NAMES
        ):
            continue  # "Superintendent of Police (SP) Sukma said": the SP of Sukma district
        start = found.start("names")
        person = _person_tokens(tuple(word_tokens(text, start, found.end("names"))))
        if person and len(person) == 1 and not _byline_noun(found.group("names")):
            yield _person(text, person, "actor_mononym_in_slot")


# SPK29: people named in full and set off by commas after a noun phrase a person's noun
# heads, one name or a list of them: "Two other crew members, Huynh Van Tai and Le Quang
# Vinh, were treated", "Two pastors of the <Body> who run a camp in Namtu, Lahpai Zau Tu and
# Lahpai Hkawn Nu, drove", "The four, A, B, C and D, face charges". The apposition says who
# stands there, whatever the names' shape (the role rules need a role word right before the
# name, the given-name rules a listed given name). Each name is two to five capitalised
# words (particles and "al-" words between), the apposition closes with a comma and a
# lower-case word.
# (any Latin capital opens one: "Đặng Văn Lâm", "Ömer Faruk Şahin", review59 C4)
_SET_OFF_NAME_WORD: Final = rf"[{_NAME_CAPITALS}][\w\u0300-\u036f'\u2019-]*"
_SET_OFF_FULL_NAME: Final = (
    _SET_OFF_NAME_WORD
    + r"(?: (?:"
    + _SET_OFF_NAME_WORD
    + r"|(?:"
    + "|".join(sorted(NAME_PARTICLES))
    + r")(?= [A-Z])|al-[A-Z][\w'-]*)){1,4}"
)
_SET_OFF_FULL_NAMES: Final = re.compile(
    r"(?<=[\w.)], )(?P<names>"
    + _SET_OFF_FULL_NAME
    + r"(?:, "
    + _SET_OFF_FULL_NAME
    # (a few names, as an apposition has: a list of hundreds read from every comma in it
    # was quadratic)
    + r"){0,7}(?:,? and "
    + _SET_OFF_FULL_NAME
    + r")?), (?=[a-z])"
)
# Numbers standing alone for the people counted ("The four, A, B, C and D,").
_COUNTED_PEOPLE: Final = words("two three four five six seven eight nine ten both")
# The words of the noun phrase read back before a set-off list, no more.
_SET_OFF_LIST_PHRASE_WORDS: Final = 20


@rule(
    "actor_person_set_off",
    "ACTOR",
    "People named in full, set off by commas after a noun phrase a person's noun heads: "
    "'Two other crew members, Huynh Van Tai and Le Quang Vinh, were treated'.",
)
def actor_person_set_off(ctx: SuggestContext) -> Iterator[Suggestion]:
    return iter(_memoised(ctx, "actor_person_set_off", _only_people(_set_off_people)))


def _set_off_people(ctx: SuggestContext) -> Iterator[Suggestion]:
    yield from _set_off_full_names(ctx)
    yield from _set_off_call_signs(ctx)


def _set_off_full_names(ctx: SuggestContext) -> Iterator[Suggestion]:
    """Names of two words or more in `_SET_OFF_FULL_NAMES`, after a noun phrase (back to its
    clause's edge) that a person's noun heads (`_phrase_heads_a_person`) or a lone count
    ("The four"); each name must read as a person's (`_person_tokens`)."""
    text = ctx.text
    listed = _gazetteer_index(ctx.gazetteer).kinds
    # (tried after each ", " and a capital alone: the engine would try every offset)
    for found in finditer_from(_SET_OFF_FULL_NAMES, text, _capitals_after_commas(ctx)):
        comma = found.start() - 2
        window = text[max(0, comma - 200) : comma]
        edges = list(_CLAUSE_EDGE.finditer(window))
        phrase = window[edges[-1].end() :] if edges else window
        words_ = re.findall(r"[\w'\u2019-]+", phrase)
        if not words_ or len(words_) > _SET_OFF_LIST_PHRASE_WORDS:
            continue
        counted = len(words_) == 2 and words_[0] in ("The", "the", "All", "all")
        counted = counted and words_[1] in _COUNTED_PEOPLE
        if not counted and not _phrase_heads_a_person(phrase):
            continue
        if counted and not _counted_people_before(
            text, comma - len(phrase), words_[1], found.group("names")
        ):
            continue  # "Two tankers were hit. The two, Sounion Star and Eternity Sea,"
        at = found.start("names")
        for part in re.split(r",? and |, ", found.group("names")):
            start = text.find(part, at)
            at = start + len(part)
            person = _person_tokens(tuple(word_tokens(text, start, at)))
            if person and len(person) >= 2 and text[start:at] not in listed:
                yield _person(text, person, "actor_person_set_off")


def _counted_people_before(text: str, at: int, count: str, names: str) -> bool:
    """Whether a lone count ("The two, A and B,") counts people: the last "<the same
    number> [more] <plural>" in the 300 characters before it is a person's noun ("Two
    nurses were abducted"), never "two more states" or "Two tankers" (another number's
    noun, "in two raids" before "The four", says nothing); with no such noun, no name of
    the list holds a place's word ("Upper Nile", "Khan Shaykhun")."""
    counted = None
    for found in _COUNT_THEN_PLURAL.finditer(text, max(0, at - 300), at):
        if found.group("count").lower() == count.lower():
            counted = found
    if counted is not None:
        return _person_noun(counted.group("noun"))
    return not any(word in _PLACE_NAME_WORDS for word in names.replace(",", " ").split())


_COUNT_THEN_PLURAL: Final = re.compile(
    r"\b(?P<count>(?i:" + "|".join(sorted(_COUNTED_PEOPLE)) + r"))\s+"
    r"(?:(?:more|other|of\s+the)\s+)?"
    r"(?:[a-z-]+\s+)?(?P<noun>[a-z]+s)\b"
)


# A call sign, nom de guerre or code name set off by a comma after its noun, quoted or not:
# "asked to be identified only by his call sign, "Kedr"", "known by his nom de guerre,
# Abu Hafs al-Badri" (`_NAMED_PERSON` reads the name right after the noun, with no comma).
_CALL_SIGN_SET_OFF: Final = re.compile(
    # (a person's own: "The code name, Iron Swords, was chosen" is an operation's)
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:call[- ]?sign|nom\s+de\s+guerre|code\s*name),\s+"
    r"[\"\u201c]?(?=[A-Z])"
)
_CALL_SIGN_OWNERS: Final = ("his", "His", "her", "Her", "their", "Their")  # (its matches' openings)


def _set_off_call_signs(ctx: SuggestContext) -> Iterator[Suggestion]:
    """The name after `_CALL_SIGN_SET_OFF`, one to four words (`_NAMED_WORDS`), as
    `_named_people` takes a name with no comma before it: not a listed name, a body's word,
    a nationality or a role."""
    text = ctx.text
    if "guerre," not in text and "sign," not in text and "name," not in text:
        return
    index = _gazetteer_index(ctx.gazetteer)
    # (tried at its pronouns alone: the engine would try every offset of the text)
    for found in finditer_from(_CALL_SIGN_SET_OFF, text, occurrences(text, _CALL_SIGN_OWNERS)):
        name = _NAMED_WORDS.match(text, found.end())
        if name is None:
            continue
        person = _person_tokens(_strip_titles(tuple(word_tokens(text, *name.span())))[0])
        if person is None or len(person) > 4:
            continue
        spelled = text[person[0].start : person[-1].end]
        if (
            not all(_alias_word_ok(t.text, index) for t in person)
            or spelled in index.kinds
            or ctx.gazetteer.get(spelled) is not None
            or person[0].text.lower() in ROLE_WORDS
        ):
            continue
        yield _person(text, person, "actor_person_set_off")


# --- PER30: honorifics that are names too, and surnames that are places ------------------
# Regional honorifics the guideline leaves out of a person's span (titles) that are also
# given names, surnames or the first word of a place's name, so that no title list can
# hold them: the Moro nobility's "Datu X" (a man) and "Bai X" (a woman) beside the towns
# "Datu Piang" and "Datu Hoffer Ampatuan", the ruler's "Sultan X" beside "Sultan Kudarat"
# and the given name "Sultan", the Spanish "Don X" beside the given name "Don", the Sufi
# "Pir X" beside "Pir Mohammad", and the Ethiopian and Eritrean priest's "Abba X" beside
# the Nigerian given name "Abba". Each is left out only where the text shows the word
# after it to be a given name: the first word of a longer name the text writes
# ("Hagos Weldegiorgis ... Abba Hagos said", "Bai Sittie Aisah X ... Bai Sittie said").
_HONORIFICS_BEFORE_GIVEN_NAMES: Final = words("Datu Bai Sultan Don Pir Abba")
# ... and those of them no given name opens in the dev gold, left out before a full name
# too ("Datu Mohammad Sinsuat Guiamal", "Don Refugio Chavez Ochoa"): "Datu" is a title
# (its places are no person's), "Don" before two or more names the Spanish honorific.
_HONORIFICS_BEFORE_FULL_NAMES: Final = words("Datu Don")


def past_honorific_also_a_name(ctx: SuggestContext, start: int, end: int) -> int:
    """Where a person's name in `text[start:end]` starts once an honorific of
    `_HONORIFICS_BEFORE_GIVEN_NAMES`, a Kurdish "Kak"/"Mam" or "Eng." before it is left out
    ("Abba Hagos" -> "Hagos"), or `start` where the words give no such honorific."""
    text = ctx.text
    if text.startswith("Eng. ", start) and text[start + 5 : start + 6].isupper():
        return start + 5 if end > start + 5 else start  # an engineer's "Eng. X"
    honorific, space, rest = text[start:end].partition(" ")
    if not space or not rest[:1].isupper():
        return start
    name_start = start + len(honorific) + 1
    if honorific == "Kak" or (honorific == "Mam" and _kurdish_text(ctx)):
        return name_start
    if honorific not in _HONORIFICS_BEFORE_GIVEN_NAMES:
        return start
    if " " in rest:
        return name_start if honorific in _HONORIFICS_BEFORE_FULL_NAMES else start
    given = _POSSESSIVE_END.sub("", rest)
    # The text wrote this person's full name without the honorific BEFORE ("Hagos
    # Weldegiorgis, a priest, ... Abba Hagos said"), and this mention is a back-reference,
    # not the person's introduction ("Sultan Ali, a farmer, ..."; "Ali Hassan" later is
    # someone else).
    first = _names_opened_without_honorific(ctx).get(given)
    if first is None or first >= start or _INTRODUCED_AFTER.match(text, end):
        return start
    return name_start


# "Eng" alone before its full stop and a name: the title's word, no person.
_ENGINEER_ALONE: Final = re.compile(r"Eng\. [A-Z]")
# Kurdish kin honorifics ("Mam X" uncle, "Kak X" brother) that are also Khmer and Chinese
# names ("Mam Sonando", "Tan Kak Seng"): left out only at a name's start, before a
# capitalised word, and "Mam" (a Khmer family name) only in a text that speaks of Kurds.
_KURDISH: Final = re.compile(r"\bKurd")
# A mention that introduces its person: an apposition or a relative clause after it.
_INTRODUCED_AFTER: Final = re.compile(r"['\u2019]?s?,? (?:a|an|the|who|whose)\b")
_WORD_AND_SPACE_BEFORE: Final = re.compile(r"(?<![\w-])(\w+) $")
# A capitalised word straight before another: where a name opens.
_OPENS_A_NAME: Final = re.compile(r"(?<![\w-])[A-Z][\w\u0300-\u036f-]*(?= [A-Z])")


def _kurdish_text(ctx: SuggestContext) -> bool:
    found: bool | None = ctx.memo.get("kurdish_text")
    if found is None:
        found = ctx.memo["kurdish_text"] = _KURDISH.search(ctx.text) is not None
    return found


def _names_opened_without_honorific(ctx: SuggestContext) -> dict[str, int]:
    """Each word that opens a name of two or more words the text writes without one of
    `_HONORIFICS_BEFORE_GIVEN_NAMES` before it, with where it first does so; one pass
    over the text, kept for the document."""
    found: dict[str, int] | None = ctx.memo.get("names_opened_without_honorific")
    if found is not None:
        return found
    text = ctx.text
    found = {}
    for m in _OPENS_A_NAME.finditer(text):
        word = m.group()
        if word in found:
            continue
        before = _WORD_AND_SPACE_BEFORE.search(text, max(0, m.start() - 9), m.start())
        if before is not None and before.group(1) in _HONORIFICS_BEFORE_GIVEN_NAMES:
            continue  # "Abba Hagos Weldegiorgis": the honorific's own full name, no evidence
        nxt = text[m.end() + 1 : m.end() + 40].split(" ", 1)[0].rstrip(".,;:")
        if nxt in ORGANISATION_WORDS:
            continue  # "Cheadle Foundation": a body's name, no person's
        found[word] = m.start()
    ctx.memo["names_opened_without_honorific"] = found
    return found


# A person's surname that the document also writes as a place's ("Ernesto Palma, who fled
# the town of Palma") is the place's on its own, but the person's where a speech verb names
# it as a speaker ('"...," Palma said', "Kandi said on Thursday"): a place says nothing.
# Not a listed state's name or a nationality ("Chad", "Georgia"), which the state rules read.
def surnames_written_as_places(
    ctx: SuggestContext, surnames: set[str], places: frozenset[str]
) -> set[str]:
    """The surnames of people the document names in full that it also writes as a place's
    (`document_places`): `_surname_mentions` takes them only where `_spoken_at`."""
    both = surnames & places
    if not both:
        return set()
    index = _gazetteer_index(ctx.gazetteer)
    return {n for n in both if index.kinds.get(n, ("",))[0] != "state" and n not in index.demonyms}


# A region's possessive before one of its officials, an office `actor_polity_of_an_official`
# (a minister, a governor) and `_REGION_ACTS_THROUGH` do not name: "Kunar's provincial
# director of information, X,", "Enga's provincial police commander, X," (session 33, point
# 7: a region with its own government is tagged as a state is). Taken only for a region:
# one the gazetteer lists as a region, or one the document itself names by its kind ("Enga
# Province", "Kunar province", "the province of Kunar"); a city's possessive stays a place.
_REGION_OFFICIAL_NOUNS: Final = (
    "director",
    "prefect",
    "commander",
    "chief",
    "head",
    "administrator",
)
_REGION_OFFICIAL_BEFORE: Final = re.compile(
    r"(?<![\w\u0300-\u036f'\u2019.-])(?P<name>[A-Z][\w\u0300-\u036f-]*[a-z]"
    r"(?: [A-Z][\w\u0300-\u036f-]*[a-z]){0,2})['\u2019]s (?:[a-z][\w-]* ){0,3}$"
)
# Words before the official that make him another body's, not the region's government's
# ("Idlib's rebel commander", "Hela's clan chief"; session 33, point 7 covers only a
# region's own body or official).
_NOT_THE_REGIONS_OWN: Final = words(
    "rebel rebels separatist separatists militant militants insurgent insurgents clan "
    "tribal opposition militia gang jihadist jihadists"
)
_REGION_KINDS: Final = r"(?:[Pp]rovince|[Rr]egion|[Pp]refecture|[Gg]overnorate|[Cc]ounty)\b"


def _named_as_a_region(ctx: SuggestContext, name: str) -> bool:
    """Whether the gazetteer lists `name` as a region or the text names it by its kind,
    read from `_names_by_a_region_kind`, built once per text."""
    entry = ctx.gazetteer.get(name)
    if entry is not None:
        return entry.role == "region"
    return name in _names_by_a_region_kind(ctx)


def _names_by_a_region_kind(ctx: SuggestContext) -> frozenset[str]:
    """The names of one to three capitalised words that the text writes straight before a
    region's kind ("Kunar province", "Enga Province") or after "province of"/"region of",
    each of their shorter ends too: one pass over the text, kept for the document."""
    found: frozenset[str] | None = ctx.memo.get("names_by_a_region_kind")
    if found is not None:
        return found
    names: set[str] = set()
    for m in _RUN_BEFORE_A_REGION_KIND.finditer(ctx.text):
        run = m.group(1).split()
        names.update(" ".join(run[k:]) for k in range(len(run)))
    for m in _RUN_AFTER_PROVINCE_OF.finditer(ctx.text):
        run = m.group(1).split()
        names.update(" ".join(run[: k + 1]) for k in range(len(run)))
    found = ctx.memo["names_by_a_region_kind"] = frozenset(names)
    return found


_RUN_BEFORE_A_REGION_KIND: Final = re.compile(
    r"(?<![\w\u0300-\u036f'\u2019.-])((?:[A-Z][\w\u0300-\u036f-]* ){1,3})" + _REGION_KINDS
)
_RUN_AFTER_PROVINCE_OF: Final = re.compile(
    r"\b(?:province|region) of ([A-Z][\w\u0300-\u036f-]*(?: [A-Z][\w\u0300-\u036f-]*){0,2})"
)


@rule(
    "actor_region_of_an_official",
    "ACTOR",
    "A region named by its possessive before its official (a director, a prefect, a "
    "commander, a chief, a head, an administrator) acts as a polity: 'Kunar's provincial "
    "director' -> 'Kunar' (state), where the text or the gazetteer says Kunar is a region.",
)
def actor_region_of_an_official(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    seen: dict[str, bool] = {}
    for word in _REGION_OFFICIAL_NOUNS:
        for at in ctx.piece_index.get(word, ()):
            window = text[max(0, at - 60) : at]
            if "'s " not in window and "\u2019s " not in window:
                continue  # (a cheap test: every match has the possessive before)
            found = _REGION_OFFICIAL_BEFORE.search(text, max(0, at - 60), at)
            if found is None:
                continue
            between = text[found.end("name") : at].replace("-", " ").split()
            if _NOT_THE_REGIONS_OWN.intersection(between):
                # "Idlib's rebel commander", "Donetsk's separatist-backed commander": an
                # armed group's official, no region's
                continue
            name = found.group("name")
            if name not in seen:
                seen[name] = _named_as_a_region(ctx, name)
            if seen[name]:
                yield _suggestion(
                    found.start("name"), found.end("name"), "state", "actor_region_of_an_official"
                )


# --- ACT31: a state's objection, claim, request or incursion after its possessive; a state
# a message, a protest or evidence is sent to.

# A state's possessive before a noun naming what it claims, asks or does ("rejected Nepal's
# objection", "China's territorial claims", "at Senegal's request", "Ukraine's incursion"):
# the state acts, as before
# `_ACTS_THROUGH`'s "decision", "position" and "offer" (the guideline: a state acts where it
# acts, not where it is a place). A noun of the land itself ("Yemen's capital", "Mali's
# north", "Tajikistan's territory") is not among them.
_POSSESSIVE_ACT: Final = re.compile(
    # (right after the possessive: "Germany's asylum claims", "Nigeria's first case of mpox"
    # are the country's, not its government's; the nouns with 2 or more dev sentences;
    # review61b A1/A6)
    # (one adjective of a government's act may stand before it: "Ethiopia's formal objection")
    r"['\u2019]s (?:(?:formal|official|repeated|renewed|latest|fresh|strong|sweeping)\s+)?"
    r"(?:objections?|claims?|requests?|incursions?|territorial\s+claims?"
    # ... a government's case, standing and dealings (STATE67; dev 667, 671, 715, 716, 779,
    # 928, tagged there, found only through other documents' mentions): "China's sweeping
    # claims", "Kosovo's membership in", "Ethiopia's management of the dam", "rejected
    # Gabon's argument", "would not weaken Benin's resolve", "Zamfara's talks with bandits"
    r"|arguments?|resolve|membership|management\s+of|manoeuvres|maneuvers|talks\s+with"
    # ... and the plurals of `_ACTS_THROUGH`'s bodies, agents and stances, which it reads
    # in the singular only ("Chad's ministries of ...", "rejected Russia's demands",
    # "Kenya's proposals"), here right after the possessive, where no noun between can
    # make them a verb ("Kenya's opposition demands a recount")
    r"|ministries|governments|embassies|envoys|ambassadors|representatives|delegates"
    r"|delegations|missions|demands|decisions|positions|offers|proposals|responses|answers"
    r"|replies|policies)\b"
    # (not a team's or a party's people: "Nigeria's representatives at the World Cup",
    # "Kenya's delegates to the ruling party congress", "Ghana's decisions on the field";
    # review65t)
    r"(?!\s+(?:at|in)\s+the\s+(?:World\s+Cup|Olympic|Games|Eurovision|[Cc]hampionships?"
    r"|tournament|final)|\s+to\s+the\s+(?:[\w-]+\s+){0,2}(?:party|congress|convention)\b"
    r"|\s+on\s+the\s+(?:field|pitch)\b)"
)


def _possessive_act(text: str, end: int) -> re.Match[str] | None:
    """The act, claim or standing a state's possessive at `end` names, if any
    (`_POSSESSIVE_ACT`)."""
    return _POSSESSIVE_ACT.match(text, end)


# A government sent a message, a protest or evidence: "Mauritania protested to Bamako",
# "sent diplomatic notes to both New Delhi and Beijing", "shared the evidence with Kabul":
# the state or
# capital after it is addressed, the party the text expects to answer or act (session 32,
# point 3), not a place.
_ADDRESSED_BY_A_MESSAGE: Final = re.compile(
    # (not "conveyed to" or "handed over to": the wounded, bodies and goods are conveyed and
    # handed to a town; review61b A2)
    r"\b(?:protested|(?P<protests>protests)"
    r"|sent\s+(?:[a-z]+\s+){0,2}?(?:notes?|letters?|protests?|messages?|complaints?)"
    r"|shared\s+(?:(?:the|its|their|our|this)\s+)?(?:[a-z]+\s+)?"
    r"(?:evidence|findings|information|intelligence|details|concerns)"
    # ... a diplomatic note, by its noun: "said in a note to Bishkek", "a note verbale to
    # Dushanbe" (ACT70: dev 1000; "footnote" is no "note" after the word boundary)
    # (only a note by its determiner or a diplomatic one: never "of note to Ethiopia",
    # "shipped 20 million new notes to Zimbabwe", "Treasury notes to China"; REVIEW70C)
    r"|(?:(?:[Aa]|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Dd]iplomatic|[Pp]rotest|[Ff]ormal|[Oo]fficial)\s+)note(?:\s+verbale)?"
    r"|(?:diplomatic|protest|formal|official)\s+notes"
    r")"
    # (an article-taking name too: "a note to the Philippines"; ACT70)
    r"\s+(?:(?:to|with)\s+(?:both\s+)?(?:the\s+)?)$"
)
# A name with a possessive after it ("protested to Tehran's main square") is a place's.
_NAME_THEN_POSSESSIVE: Final = re.compile(r"[A-Z][\w'\u2019-]*(?: [A-Z][\w-]*){0,3}['\u2019]s\b")


def _addressed_by_a_message(text: str, start: int) -> bool:
    """Whether the name at `start` is what a government's message, protest or evidence was
    sent to (`_ADDRESSED_BY_A_MESSAGE`), on the same line."""
    line = text.rfind("\n", max(0, start - 60), start) + 1
    sent = _ADDRESSED_BY_A_MESSAGE.search(text, max(0, start - 60, line), start)
    if (
        sent is not None
        and sent.group("protests")
        and (
            not _A_STATE_PROTESTS.search(text, max(0, sent.start() - 40, line - 1), sent.start())
            # (what the protest is over, or the headline's end, after the addressee: never
            # "Weekend protests to Kampala were called off"; RST70B)
            or not _PROTESTED_OVER.match(text, start)
        )
    ):
        return False  # "took their protests to Nairobi": a noun, no state protesting
    return sent is not None and _NAME_THEN_POSSESSIVE.match(text, start) is None


# A state's name as the subject of "protests" the verb, a headline's "Bangladesh protests to
# Myanmar" (never "took their protests to Nairobi", "spread protests to Abuja"; REVIEW66R).
_A_STATE_PROTESTS: Final = re.compile(r"(?:^|[\s\"\u201c])(?!The\b)[A-Z][\w'\u2019.-]*\s+$")
# The addressee of a state's "protests to", then the grievance's preposition, a list's next
# item or the line's end: "protests to Myanmar over border shelling", "to Myanmar and China
# after ...", "protests to India" closing a headline.
_PROTESTED_OVER: Final = re.compile(
    r"(?:the )?[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}"
    r"(?:[ \t]*(?:$|\n|[.,;:])| (?:and|over|after|against|about|following|amid|as)\b)",
    re.MULTILINE,
)


# A ship named with its prefix ("the MV Nour al-Bahr, a cargo ship", "USS Carney", "BRP
# Sierra Madre"): a vessel is a thing, no actor (the guideline's named non-actors; the dev
# gold tags no ship's name), however much its words look like a person's or a body's.
_SHIP_NAME: Final = re.compile(
    r"\b(?:MV|M/V|MT|M/T|FV|USS|HMS|HMAS|HMCS|PNS|RFS|TCG|KRI|BRP) "
    r"((?:(?:al|el|de|la)[- ])?[A-Z][\w'\u2019-]*"
    r"(?: (?:(?:al|el|de|la|del)[- ])?[A-Z0-9][\w'\u2019-]*){0,3})"
)
# Every `_SHIP_NAME` match starts at one of these (its prefix and the space after it): the
# pattern is tried there alone, not at every offset of the text (SPEED62: its `\b` first
# kept the engine from skipping to a prefix's letter, about 20 ms of a 1 MB article, the
# most of any whole-text scan in a corpus article). A pattern of the prefixes alone skips.
_SHIP_PREFIXES: Final = (
    *("MV ", "M/V ", "MT ", "M/T ", "FV ", "USS ", "HMS ", "HMAS ", "HMCS ", "PNS ", "RFS "),
    *("TCG ", "KRI ", "BRP "),
)
_SHIP_PREFIX: Final = re.compile("|".join(map(re.escape, _SHIP_PREFIXES)))


def _ship_prefix_starts(text: str) -> Iterator[int]:
    """Where each of `_SHIP_PREFIXES` starts in `text`, overlapping ones too."""
    found = _SHIP_PREFIX.search(text)
    while found is not None:
        yield found.start()
        found = _SHIP_PREFIX.search(text, found.start() + 1)


# A ship named after what kind of vessel it is ("the charity ship Sea-Watch 5", "the rescue
# ship Ocean Viking", "the frigate Carlo Margottini", "the container ship Maersk Tacoma"):
# in dev 10 of 10 such names are no actors (ACT68). The kind in lower case only (a title-case
# headline's "Navy Frigate Hunts Pirates" is no such phrase); "carrier" only with its
# cargo ("the national carrier Kenya Airways" is an airline).
_VESSEL_KINDS: Final = (
    *("ship", "vessel", "tanker", "bulker", "freighter", "frigate", "destroyer", "corvette"),
    *("trawler", "ferry", "cruiser", "dhow", "carrier"),
)
_VESSEL_KIND_NAME: Final = re.compile(
    r"(?<![\w-])(?:ship|vessel|tanker|bulker|freighter|frigate|destroyer|corvette|trawler"
    r"|ferry|cruiser|dhow|(?:"
    + "|".join(f"(?<={cargo} )" for cargo in ("bulk", "cargo", "car", "container", "aircraft"))
    + r"|(?<=oil )|(?<=gas )|(?<=LPG ))carrier) "
    r"(?P<name>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2})"
    r"(?P<hull> \d{1,3}\b)?"
)
# What follows a ship's name without its hull number: punctuation or a word that opens no
# clause of which the name is the subject ("the vessel Israel seized", "the fishing vessel
# John Smith owned" name a state and a man, not a ship).
_AFTER_SHIP_NAME: Final = re.compile(
    r"[,.;:)]|$| \(| (?:was|is|had|has|and|which|sank|off|in|on|at|to|from|with|for|near"
    r"|after|while|when|as|carrying|sailing)\b"
)


def _vessel_kind_names(
    text: str, gazetteer: Mapping[str, GazetteerEntry] | None
) -> Iterator[tuple[int, int]]:
    """The extents of ships' names after a vessel's kind (`_VESSEL_KIND_NAME`), with their
    hull number: never a title, a role word, nor a name the gazetteer lists ("the vessel
    Saudi Arabia seized")."""
    kinds = _gazetteer_index(gazetteer).kinds if gazetteer else {}
    starts = []  # (each kind's word found by `str.find`: a pattern tried at every offset
    for kind in _VESSEL_KINDS:  # of a long page costs more than all of them; SPEED62)
        at = text.find(kind + " ")
        while at >= 0:
            starts.append(at)
            at = text.find(kind + " ", at + 1)
    for m in finditer_from(_VESSEL_KIND_NAME, text, starts):
        name = m.group("name")
        first = name.split(" ")[0]
        if first in TITLES or first.lower() in ROLE_WORDS:
            continue
        # (a hull number makes it a ship, even one named after its NGO: "Sea-Watch 5")
        if m.group("hull") is None and (
            name in kinds or first in kinds or not _AFTER_SHIP_NAME.match(text, m.end())
        ):
            continue
        yield m.start("name"), m.end()


# A listed organisation's name with a hull number is its ship ("the Sea-Watch 3 was seized",
# "Migrants aboard Sea-Watch 5 waited"): what follows the number closes the name or opens
# a clause of which the ship is the subject (review68a).
# (the word's start, "(?<![\w-])", asked after its capital, as "(?<![\w-].)": a pattern opening
# with a class lets the engine skip to the capitals, 29 -> 14 ms on 1 MB; perf69)
_NUMBERED_NAME: Final = re.compile(
    r"(?P<name>[A-Z](?<![\w-].)[\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2}) \d{1,2}"
    r"(?=[,.;:)]|$| \(| (?:[a-z]+ed|was|is|had|has|and|which|sank|off|in|on|at|to|from|with"
    r"|for|near|after|while|when|as|carrying|sailing|docked|left|remains)\b)"
)


def _numbered_charity_ships(
    text: str, gazetteer: Mapping[str, GazetteerEntry] | None
) -> list[tuple[int, int]]:
    """The extents of a listed organisation's ship named with its hull number
    (`_NUMBERED_NAME`)."""
    if not gazetteer or not re.search(r"[A-Za-z] \d{1,2}\b", text):
        return []
    kinds = _gazetteer_index(gazetteer).kinds
    found = []
    for m in _NUMBERED_NAME.finditer(text):
        words = m.group("name").split(" ")
        for k in range(len(words)):  # the name's last words: "the SOS Humanity 1"
            listed = kinds.get(" ".join(words[k:]))
            if listed is not None and listed[0] == "organisation":
                skipped = len(" ".join(words[:k])) + (1 if k else 0)
                found.append((m.start("name") + skipped, m.end()))
                break
    return found


def named_ships(
    text: str, gazetteer: Mapping[str, GazetteerEntry] | None = None
) -> list[tuple[int, int]]:
    """The extents of ships' names after a vessel prefix (`_SHIP_NAME`), prefix included:
    no ACTOR lies in one (ACT31). The name stops before a title, a role word or a given name
    ("Aboard the USS Carney Captain Jeremy Robertson said": the captain is named; review61b
    A10). Names after a vessel's kind too ("the rescue ship Ocean Viking", ACT68)."""
    found = list(_vessel_kind_names(text, gazetteer))
    found += _numbered_charity_ships(text, gazetteer)
    found += prefixed_ships(text)
    return list(dict.fromkeys(found))  # ("the cargo vessel MV X": one name, two ways in)


def prefixed_ships(text: str) -> list[tuple[int, int]]:
    """The ships' names after a vessel prefix (`_SHIP_NAME`), prefix included, found from
    the prefixes' starts only (speed62)."""
    found = []
    for m in finditer_from(_SHIP_NAME, text, _ship_prefix_starts(text)):
        end = m.end()
        at = m.start(1)
        for i, word in enumerate(m.group(1).split(" ")):
            if i and (word in TITLES or word.lower() in ROLE_WORDS or word in GIVEN_NAMES):
                end = at - 1
                break
            at += len(word) + 1
        found.append((m.start(), end))
    return found


# --- ACT32: a name other documents tag as a government, placed here by its grammar ---------

# A state's possessive before the name, perhaps with a place noun between: "Yemen's Taiz",
# "Papua New Guinea's Enga", "Yemen's third city Taiz" (a region or city of that state).
_STATES_PLACE_BEFORE: Final = re.compile(
    r"\b(?!(?:It|That|What|There|Here|Who|Let|He|She)['\u2019])"
    r"[A-Z][\w\u2019'-]*(?: [A-Z][\w\u2019'-]*){0,3}['\u2019]s "
    r"(?:(?:[a-z-]+ )?(?:city|town|province|region|state|district|capital|port) )?$"
)
# "neighbouring X": a place beside another.
_NEIGHBOURING_BEFORE: Final = re.compile(r"\b(?:the )?neighbou?ring $")
# The name in a list that a plural place noun closes: "Kursk, Belgorod and Bryansk regions",
# "the Belgorod, Kursk and Bryansk regions", "Belgorod and Kursk regions".
_PLACES_LIST_AFTER: Final = re.compile(
    r"(?:(?:,| and|, and) [A-Z][\w\u2019'-]*(?: [A-Z][\w\u2019'-]*)?){0,4}"
    r" (?:regions|provinces|districts|oblasts|governorates|counties)\b"
)
# What still makes the name act here (review62b B1): an auxiliary and a verb ("neighbouring
# Marib has asked"), a verb of asking or refusing ("Yemen's Marib urged"), or a body of its
# own after it ("Yemen's Marib authority has asked"), and a list a plural place noun closes
# whose possessive or verb makes the list act ("Bakool and Marib regions' authorities").
_ACTS_OR_ITS_BODY_AFTER: Final = re.compile(
    r"(?:(?:,| and|, and) [A-Z][\w\u2019'-]*){0,4}"
    r"(?: (?:regions|provinces|districts|oblasts|governorates|counties)"
    r"(?:['\u2019]|(?= (?:ha[sd]|have|said|says)\b)))?"
    # (an auxiliary only before a government's act: "has been shelled", "will host the
    # talks" are a place's; review62c F7)
    r" (?:(?:(?:ha[sd]|have|will|would|had) (?:also |now |[a-z]+ly )?)?(?:urged|urge|urges"
    r"|asked|ask|asks|requested|request|demanded|demand|demands|appealed|appeal|appeals"
    r"|ordered|order|orders|rejected|reject|rejects|refused|refuse|refuses|agreed|agree"
    r"|agrees|signed|sign|signs|condemned|condemn|condemns|announced|announce|declared"
    r"|declare|imposed|impose|banned|ban|accused|accuse|sent|send|deployed|deploy|called"
    r"|call)"
    r"|(?:authority|authorities|administration|council|government|office|officials)"
    r"(?! of\b))\b"
)


def _capital_placed(ctx: SuggestContext, start: int, end: int, name: str) -> bool:
    """Whether a listed capital that another document tags is a place here by the tests
    `actor_gazetteer` reads a capital's own mentions with: the city's places or people
    after its possessive ("found dead at Nairobi's Central Police Station"), a meeting or
    an accord named after it with "the" ("the Algiers accord"), a city the text introduces
    as one ("the Lebanese city of Tripoli"), or an outlet's place ("Kabul radio")."""
    if _gazetteer_index(ctx.gazetteer).kinds.get(name) != ("state", "capital"):
        return False
    text = ctx.text
    return bool(
        _CITY_PLACE_AFTER.match(text, end)
        or (
            _EVENT_AFTER_CAPITAL.match(text, end)
            and _THE_BEFORE_CAPITAL.search(text, max(0, start - 10), start)
        )
        or name in _cities_named(ctx)
        or _MEDIA_AFTER.match(text[end : end + 20])
    )


def _placed_by_grammar(text: str, found: Suggestion) -> bool:
    """Whether the name `found` covers, which another document tags as a government, is
    a place here by its grammar, and nothing acts: after a state's possessive ("Yemen's
    Taiz"), after "neighbouring", in a list a plural place noun closes ("over the Belgorod,
    Kursk and Bryansk regions") or before an apposition naming a place ("Belgorod, a city
    of ..."): ACT32. Only a one-word name written like a place's ("Taiz", not "CoBRA" or
    "General Staff", a body's). Bounded: patterns anchored at the mention, 60 characters
    back."""
    start, end = found.start, found.end
    name = text[start:end]
    if not (name[:1].isupper() and name[1:].isalpha() and name[1:].islower()):
        return False
    if _ACTS_AFTER.match(text, end) or _ACTS_OR_ITS_BODY_AFTER.match(text, end):
        return False
    back = max(0, start - 60)
    return bool(
        _STATES_PLACE_BEFORE.search(text, back, start)
        or _NEIGHBOURING_BEFORE.search(text, back, start)
        or _PLACES_LIST_AFTER.match(text, end)
    )
