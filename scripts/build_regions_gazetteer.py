"""Regenerate resources/gazetteers/regions.txt from maintained data.

The first-level subdivisions (states, provinces, departments) of the federations and
states whose regions have governments and police forces of their own that act in conflict
news ("Mizoram police", "the Punjab police", "Sindh's home department"), by their ISO
3166-2 names from pycountry, with the spellings wire copy uses: the transliteration marks
of Indian, Pakistani and Afghan names folded ("Bihār" -> "Bihar"), Spanish and Portuguese
accents kept with a folded variant beside them, and the English forms of a few French
and Spanish names. pycountry is needed only to run this script, never at run time.

    pip install pycountry
    python scripts/build_regions_gazetteer.py
"""

from __future__ import annotations

import unicodedata
from importlib.metadata import version
from pathlib import Path

import pycountry  # type: ignore[import-not-found, import-untyped, unused-ignore]

OUT = Path(__file__).resolve().parent.parent / "resources" / "gazetteers"
# Countries whose regions' own governments and police act in the news (chosen by us).
# Left out: Myanmar and Ethiopia, whose regions share their names with armed groups
# ("Kachin forces", "Tigray forces" are no regional government's), and those whose
# regions are named in lists of their own (Somalia's federal member states: states.txt).
FOLDED = ("IN", "PK", "AF", "IQ")  # romanised with marks no wire prints
ACCENTED = ("MX", "BR", "CO", "AR")  # accents kept, and a folded variant
PLAIN = ("NG", "SD", "SS", "CD")
# The forms prose uses that the ISO names do not (facts, chosen by us).
PROSE_NAMES = {
    "MX-MIC": ["Michoacán", "Michoacan"],
    "MX-VER": ["Veracruz"],
    "MX-COA": ["Coahuila"],
    "MX-MEX": ["State of Mexico"],
    "PK-JK": ["Azad Kashmir"],
    "NG-FC": ["Federal Capital Territory"],
    "CD-NK": ["North Kivu"],
    "CD-SK": ["South Kivu"],
    "CD-KS": ["Kasai"],
    "CD-KC": ["Kasai Central", "Kasai-Central"],
    "CD-KE": ["Kasai Oriental", "Kasai-Oriental"],
    "CD-EQ": ["Equateur"],
    "CD-HK": ["Haut Katanga"],
    # Iraq's governorates as wires spell them ("Dhi Qar", "Kirkuk" fold as they are)
    "IQ-AN": ["Anbar"],
    "IQ-BA": ["Basra"],
    "IQ-NI": ["Nineveh"],
    "IQ-NA": ["Najaf"],
    "IQ-KA": ["Karbala"],
    "IQ-SD": ["Salahuddin", "Salah al-Din"],
    "IQ-MU": ["Muthanna"],
    "IQ-QA": ["Qadisiyah"],
}
# ISO names that are everyday words, rivers or another polity's name, or that no wire
# writes (the long official forms): a region named so is left to the other lists.
LEFT_OUT = {
    "Niger",
    "Delta",
    "Rivers",
    "Plateau",
    "Lakes",
    "Unity",
    "Northern",
    "Acre",
    "Meta",
    "Cesar",
    "Sucre",
    "Bolívar",
    "Magdalena",
    "Caldas",
    "Amazonas",
    "México",
    "Ciudad de México",
    "Distrito Federal",
    "Distrito Capital de Bogotá",
    "Ciudad Autónoma de Buenos Aires",
    "Abuja Federal Capital Territory",
    "Coahuila de Zaragoza",
    "Michoacán de Ocampo",
    "Veracruz de Ignacio de la Llave",
    "San Andrés, Providencia y Santa Catalina",
    "Red Sea",
    "Kinshasa",
    "Khartoum",
    "Islamabad",
    "Delhi",
    "Kabul",
    "Chandigarh",
    "Baghdad",
    "Iqlim Kurdistan",
    "Tanganyika",
    "Para",
    # a given name too (the person rules know it as one)
    "Farah",
}


def _listed_elsewhere() -> set[str]:
    """Names the other shipped lists hold: a region never takes another list's name."""
    names = set()
    for path in OUT.glob("*.txt"):
        if path.name == "regions.txt":
            continue
        for line in path.read_text("utf-8").splitlines():
            name = line.partition("|")[0].strip()
            if name and not name.startswith("#"):
                names.add(name)
    return names


def _fold(name: str) -> str:
    """`name` without its accents and marks: "Bihār" -> "Bihar"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> None:
    found: dict[str, list[str]] = {}
    elsewhere = _listed_elsewhere()
    for code in (*FOLDED, *ACCENTED, *PLAIN):
        for region in pycountry.subdivisions.get(country_code=code):
            if region.parent_code is not None:
                continue  # first-level only
            names = [n for n in PROSE_NAMES.get(region.code, []) if n not in LEFT_OUT]
            if region.name not in LEFT_OUT:
                if code in FOLDED:
                    names.append(_fold(region.name))
                else:
                    names += [region.name, _fold(region.name)]
            names = [n for n in names if n not in LEFT_OUT and n not in elsewhere]
            if names:
                found[region.code] = list(dict.fromkeys(names))
    seen: set[str] = set()
    lines = [
        "# First-level regions (states, provinces, departments) whose own governments and\n"
        "# police act in the news (type: state; suggested only where the region acts: its\n"
        "# police or government named by it, its agents, its possessive before a body, and\n"
        "# then its other mentions where a government stands). Generated by\n"
        "# scripts/build_regions_gazetteer.py from pycountry"
        f" {version('pycountry')} (ISO 3166-2);\n"
        "# do not edit by hand: change the script and run it again.\n"
    ]
    for code in sorted(found):
        names = [n for n in found[code] if n not in seen]
        seen.update(names)
        if names:
            lines.append(f"# {code}\n" + "".join(f"{name}\n" for name in names))
    (OUT / "regions.txt").write_text("".join(lines), "utf-8")


if __name__ == "__main__":
    main()
