"""Classes of English nouns by what a capitalised name they head names: a thing, an event,
a document, a place, a class of people. One module, so every rule that asks "does this name
name a body or something else?" reads the same facts.

Each class is a fact list of ordinary nouns (capitalised, as they stand in a name), not a
list of names. A rule takes the union of the classes it needs, and says why where it leaves
one out: some nouns head both a body and a thing ("the World Food Programme" acts; "the
Early Recovery Programme" is a scheme), so no class here is the answer by itself.
"""

from __future__ import annotations

from typing import Final

from annotator.core.suggest.text import words

# ---- things

# Weapons and devices: "an Improvised Explosive Device (IED)", "Unmanned Aerial Vehicles".
WEAPONS: Final = words(
    "Device Devices Vehicle Vehicles Grenade Grenades Launcher Launchers Missile Missiles "
    "Rocket Rockets Drone Drones Weapon Weapons Bomb Bombs Munition Munitions Remnants "
    "Explosive Explosives Carrier Carriers Aircraft System Systems"
)
# Conditions and diseases: "Severe Acute Malnutrition (SAM)", "Gender-Based Violence".
CONDITIONS: Final = words(
    "Malnutrition Diarrhoea Diarrhea Syndrome Disease Diseases Fever Virus Infection "
    "Infections Disorder Violence"
)
# Measures and goods: "Gross Domestic Product (GDP)", "the Consumer Price Index".
MEASURES: Final = words("Product Rate Price")
# Processes named as programmes are: "Disarmament, Demobilisation and Reintegration (DDR)".
PROCESSES: Final = words("Disarmament Demobilisation Demobilization Reintegration")

# ---- documents

# Pacts between parties: "the Comprehensive Peace Agreement", "the Arusha Accords".
PACTS: Final = words(
    "Agreement Agreements Accord Accords Treaty Pact Protocol Declaration Charter Covenant "
    "Memorandum"
)
# A pause in fighting agreed as a pact is: "the Christmas Truce", "the Eid Ceasefire".
TRUCES: Final = words("Ceasefire Truce")
# Laws and the texts that rule: "the Armed Forces Special Powers Act", "Decree 45".
LAWS: Final = words(
    "Act Law Laws Decree Decrees Directive Directives Ordinance Code Resolution Constitution Bill "
    "Amendment Statute "
    "Regulations Guidelines Principles Procedures Procedure"
)
# Plans, strategies and frameworks: "the Humanitarian Response Plan", "the Roadmap".
PLANS: Final = words("Plan Framework Strategy Roadmap")
# Reports, surveys and indexes: "the Global Terrorism Index", "the 2024 Census".
REPORTS: Final = words("Review Report Index Census Survey Assessment")
# What a newsroom or an agency puts out: "Sahel Weekly Bulletin", "Flash Update No. 3".
# (Not "Dispatch", "Report", "Review", "Monitor" or "Watch": they close outlets' names.)
PUBLICATIONS: Final = words(
    "Briefing Briefings Brief Bulletin Bulletins Newsletter Newsletters Digest Roundup "
    "Round-up Update Updates Sitrep"
)
# Schemes a body runs, which name bodies too ("the World Food Programme", "the Global
# Initiative against Transnational Organized Crime", "the Missing Migrants Project", "the
# International Campaign to Ban Landmines"):
# a thing only where the text says so ("rebuilt under the Early Recovery Programme").
SCHEMES: Final = words("Programme Program Programmes Scheme Initiative Project Campaign")

# ---- events

# Wars and their kind: "the Korean War", "the First Intifada", "the Tet Offensive".
WARS: Final = words("War Wars Revolution Uprising Massacre Genocide Crisis Intifada")
OFFENSIVES: Final = words("Offensive")
# Meetings and votes held, not bodies that meet: "the Lome Peace Summit", "the Geneva
# International Discussions", "the 2026 Elections". ("Conference" heads bodies too: "the
# National Episcopal Conference of Congo".)
MEETINGS: Final = words("Summit Talks Discussions Election Elections Referendum")
CONFERENCES: Final = words("Conference")
# Games, days and festivals: "the Africa Cup of Nations", "Armed Forces Day".
OCCASIONS: Final = words(
    "Cup Games Olympics Tournament Championship Championships Day Festival Week Anniversary "
    "Parade Parades "
    "Celebrations Ceremony"
)

# ---- places

# Landforms and water: "the Bakassi Peninsula", "the Kerio Valley", "Lake Chad Basin".
LANDFORMS: Final = words(
    "Peninsula River Valley Forest Hills Mountains Lake Delta Desert Plateau Bay Gulf Basin "
    "Creek Falls Sea Ocean Strait Highlands Heights Plains Beach Oasis Swamp Lagoon Gorge "
    "Ridge "
    # protected land: "the Bili-Uere Game Reserve", "the Mau Forest Reserve"
    "Reserve"
)
# Lines and routes on the map: "the China-Pakistan Economic Corridor", "the Gaza Strip".
ROUTES: Final = words(
    "Corridor Highway Route Crossing Pipeline Canal Boundary Strip Junction Bridge"
)
# Sites, bases, camps and zones: "a Forward Operating Base", "the Demilitarized Zone".
SITES: Final = words(
    "Base Bases Site Sites Camp Camps Area Areas Tracts Zone Zones Prison Jail Checkpoint Park"
)
# Works built for travel and power: "the Grand Ethiopian Renaissance Dam", "Ras Isa Port".
WORKS: Final = words("Dam Airport Airfield Port Terminal Harbour Harbor")
# Mines and wells, whose words name the company that works them too ("Konkola Copper
# Mines (KCM)"): a place only where no company can be meant.
MINES: Final = words("Mine Mines Refinery Oilfield Quarry")
# Buildings and quarters of a town: "the National Museum", "Westgate Mall".
BUILDINGS: Final = words("Museum Tower Towers Mall Plaza Estate Neighbourhood Suburb")

# ---- people

# Classes of people named with an acronym: "Internally Displaced Persons (IDPs)".
PEOPLE_CLASSES: Final = words(
    "Persons People Refugees Returnees Migrants Civilians Children Combatants Populations"
)
