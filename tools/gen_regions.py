"""Generate ``corekit/data/regions_id.tsv``: Indonesia's provinces, regencies, cities and districts,
and ``corekit/data/villages_id.txt``: the names of its villages that read like a person's.

Run ahead of time, never at run time::

    npm pack idn-area-data@3.1.2 && tar xzf idn-area-data-3.1.2.tgz
    python tools/gen_regions.py package/data

The source is idn-area-data (https://github.com/fityannugroho/idn-area-data), which
transcribes the Ministry of Home Affairs' official codes; its data is under the Open
Database License 1.0, and so is the file this writes (see the file's header).

News glues a regency to the person after it ('Koordinator Basarnas Pos SAR Jepara Wisnu Yuas')
and writes regencies and districts that read like names ('Kulon Progo', 'Intan Jaya', 'Kelapa
Gading').
Knowing the regions keeps both out of people's names.

Villages ('Labuan Bajo', 'Duri Kepa', 'Kedung Jumbleng') are too many for the gazetteer (26,000
names of two words or more) and seldom glued to a person; the names module only asks whether a
candidate without a role is one (``corekit.names.words.village``).
"""

from __future__ import annotations

import csv
import pathlib
import sys

DATA = pathlib.Path(__file__).resolve().parent.parent / "corekit" / "data"
OUT = DATA / "regions_id.tsv"
VILLAGES_OUT = DATA / "villages_id.txt"
SOURCE = "idn-area-data 3.1.2"

# Regions whose one-word name is also a common Indonesian given name or family name, or a word
# that opens a name or an office: as a place they would cut 'Bima Arya', 'Tan Malaka', 'Rusdy
# Ambon', the Batak marga 'Samosir' and 'Polda Metro Jaya' apart. Their long forms ('Kota Bima')
# still read as places, by the word before them.
_AMBIGUOUS = """
    Agam Ambon Banjar Batu Bima Bone Buton Dairi Karo Kendal Kudus Lingga Malaka Metro Muna Nias
    Pati Sabang Samosir Toba Luwu Gowa Wajo Sigi Buru Alor Belu Ende Tual Lebak Landak Puncak Palu
    Padang Medan Serang Solok Ketapang Malang Subang Kuningan Tuban Badung Berau Paser Tapin Lahat
    Mappi Asmat Sarmi Tebo Poso Buol Kaur Binjai Bangli Melawi Barru Sinjai Natuna Bintan
"""
AMBIGUOUS = frozenset(_AMBIGUOUS.split())
SKIP_PREFIXES = ("KABUPATEN ADMINISTRASI ", "KOTA ADMINISTRASI ", "KABUPATEN ", "KOTA ")
# Words the official list writes in capitals that news keeps so.
KEEP_UPPER = frozenset({"DKI"})
KEEP_LOWER = frozenset({"dan"})


def title(name: str) -> str:
    words = []
    for word in name.split():
        if word in KEEP_UPPER:
            words.append(word)
        elif word.lower() in KEEP_LOWER:
            words.append(word.lower())
        else:
            words.append(word.capitalize())
    return " ".join(words)


def variants(name: str) -> list[str]:
    """The official 'Toli Toli', and the 'Toli-Toli' and 'Tolitoli' news writes."""
    words = name.split()
    out = [name]
    for i in range(len(words) - 1):
        if words[i] == words[i + 1]:
            hyphen = words[:i] + [f"{words[i]}-{words[i + 1]}"] + words[i + 2 :]
            joined = words[:i] + [words[i] + words[i + 1].lower()] + words[i + 2 :]
            out += [" ".join(hyphen), " ".join(joined)]
    return out


# A district's name counts only when it has two words or more ('Kelapa Gading', 'Labuan Bajo',
# 'Duren Sawit'): one-word district names are given names and words ('Bambang', 'Guntur',
# 'Damar'). Nor when it opens with a word that starts an office or a name ('Kota Baru',
# 'Ratu Agung', 'Indra Jaya'): that word says the rest is a role's place or a person.
DISTRICT_FIRST_SKIP = frozenset(
    ("Kota", "Kabupaten", "Ibu", "Kepala", "Raja", "Ratu", "Sultan", "Fajar", "Indra", "Lima", "Tiga")
)


def rows(data: pathlib.Path) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    with open(data / "provinces.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            out.append((row["code"], "province", title(row["name"])))
    with open(data / "regencies.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            raw = row["name"]
            kind = "city" if raw.startswith("KOTA ") else "regency"
            for prefix in SKIP_PREFIXES:
                if raw.startswith(prefix):
                    raw = raw[len(prefix) :]
                    break
            out.append((row["code"], kind, title(raw)))
    with open(data / "districts.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = title(row["name"])
            words = name.split()
            # '2 X 11 Enam Lingkuang': a name scan starts at a capital letter.
            if len(words) > 1 and words[0] not in DISTRICT_FIRST_SKIP and words[0][0].isupper():
                out.append((row["code"], "district", name))
    return out


def villages(data: pathlib.Path, regions: set[str]) -> list[str]:
    """Village names of two words or more, lower case, that no region has and no given name opens
    (a person may be called 'Sri Mulya' or 'Budi Luhur' as well as the village)."""
    from corekit.names.lexicon import GIVEN_NAMES

    out: set[str] = set()
    with open(data / "villages.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = title(row["name"])
            words = name.split()
            if (
                len(words) > 1
                and words[0][0].isupper()
                and words[0] not in DISTRICT_FIRST_SKIP
                and words[0] not in GIVEN_NAMES
                and name not in regions
            ):
                out.add(name.lower())
    return sorted(out)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    data = pathlib.Path(argv[1])
    lines = [
        f"# Generated by tools/gen_regions.py from {SOURCE}; do not edit.",
        "# Data: Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/),",
        "# (c) idn-area-data contributors, from Kemendagri's official region codes.",
        "# code\tkind\tname (variants after it, tab-separated)",
    ]
    kept = 0
    regions = rows(data)
    for code, kind, name in regions:
        if name in AMBIGUOUS:
            continue
        lines.append("\t".join([code, kind, *variants(name)]))
        kept += 1
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {kept} regions to {OUT}", file=sys.stderr)
    names = villages(data, {name for _, _, name in regions})
    header = [
        f"# Generated by tools/gen_regions.py from {SOURCE}; do not edit.",
        "# Village names of two words or more, lower case. Data: Open Database License 1.0",
        "# (https://opendatacommons.org/licenses/odbl/1-0/), (c) idn-area-data contributors.",
    ]
    VILLAGES_OUT.write_text("\n".join(header + names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} villages to {VILLAGES_OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
