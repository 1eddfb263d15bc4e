"""corekit.names: people, places and organisations under canonical names (issue 5)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corekit.linebreaks import Joined, paragraphs
from corekit.model import Name
from corekit.names import find_names, load_aliases
from corekit.names.gazetteer import gazetteer
from corekit.names.words import typos

REPO = Path(__file__).resolve().parent.parent
GOLD = sorted((REPO / "seeds" / "gold").glob("*.json"))
SHARED = next((p for p in (REPO.parent / "shared", Path("/work/shared")) if p.is_dir()), None)


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _body(gold: dict) -> str:
    return "\n\n".join(gold["body"])


def _people(body: str) -> list[str]:
    """The canonical names of the persons ``find_names`` finds in ``body``, in order."""
    return [n.name for n in find_names(body) if n.kind == "person"]


def _linked(names: tuple[Name, ...], alias: str, canonical: str) -> bool:
    # The scorer's rule: the surface, or the surface less leading title words.
    words = alias.replace(",", " ").replace(".", " ").split()
    forms = {alias} | {" ".join(words[i:]) for i in range(len(words))}
    return any(n.name == canonical and any(m.text in forms for m in n.mentions) for n in names)


def _by_name(names: tuple[Name, ...]) -> dict[str, Name]:
    return {n.name: n for n in names}


def test_seed_golds_are_here() -> None:
    assert len(GOLD) == 5


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_seed_aliases(path: Path) -> None:
    gold = _gold(path)
    names = find_names(_body(gold))
    missing = [a for a, c in gold["aliases"].items() if not _linked(names, a, c)]
    assert missing == []


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_seed_people(path: Path) -> None:
    gold = _gold(path)
    people = {n.name for n in find_names(_body(gold)) if n.kind == "person"}
    assert people == set(gold["people"])


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_mentions_are_verbatim_and_ordered(path: Path) -> None:
    body = _body(_gold(path))
    names = find_names(body)
    assert names
    spans = []
    for n in names:
        assert n.kind in ("person", "place", "org")
        assert [m.start for m in n.mentions] == sorted(m.start for m in n.mentions)
        for m in n.mentions:
            assert body[m.start : m.end] == m.text
            spans.append((m.start, m.end))
    spans.sort()
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "mentions overlap"


def test_roles_stay_out_of_names() -> None:
    names = _by_name(find_names(_body(_gold(GOLD[0]))))
    putin = names["Vladimir Putin"]
    assert putin.kind == "person"
    assert putin.role == "Presiden Rusia"
    assert putin.mentions[0].text == "Vladimir Putin"
    assert putin.mentions[0].role == "Presiden Rusia"
    # Trailing apposition: "Zhang Youxia, Wakil Ketua Komisi Militer Pusat China."
    assert names["Zhang Youxia"].role == "Wakil Ketua Komisi Militer Pusat China"
    assert names["Sergei Shoigu"].role == "Menteri Pertahanan Rusia"


def test_leading_comma_apposition() -> None:
    body = "Putin bertemu dengan Menteri Pertahanan China, Li Shangfu, di Moskow. Li tersenyum."
    li = _by_name(find_names(body))["Li Shangfu"]
    assert li.role == "Menteri Pertahanan China"
    assert [m.text for m in li.mentions] == ["Li Shangfu", "Li"]


def test_dotted_rank_is_role() -> None:
    body = "Menteri Pertahanan Tiongkok, Jenderal. Li Shangfu, mengadakan pembicaraan."
    names = _by_name(find_names(body))
    assert "Li Shangfu" in names
    assert "Jenderal" in (names["Li Shangfu"].role or "")
    assert names["China"].kind == "place"


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Ia bersalaman dengan Harun Wiryo, Plt. Kepala Dinas Sosial Sendang.",
            "Plt. Kepala Dinas Sosial Sendang",
        ),
        ("Pj. Bupati Sendang Harun Wiryo mengatakan pasar itu ramai.", "Pj. Bupati Sendang"),
    ],
)
def test_an_acting_office_s_dotted_short_form_goes_on_in_the_role(body: str, role: str) -> None:
    assert [(n.name, n.role) for n in find_names(body) if n.kind == "person"] == [("Harun Wiryo", role)]


def test_tiongkok_rrt_and_china_are_one_place() -> None:
    body = "Tiongkok dan RRT disebut juga China atau Republik Rakyat Tiongkok."
    places = [n for n in find_names(body) if n.kind == "place"]
    assert [(n.name, [m.text for m in n.mentions]) for n in places] == [
        ("China", ["Tiongkok", "RRT", "China", "Republik Rakyat Tiongkok"])
    ]


def test_country_variants() -> None:
    body = "Federasi Rusia, Korut dan Korea Utara, Inggris, Jepang, Israel, Palestina."
    names = _by_name(find_names(body))
    assert [m.text for m in names["Rusia"].mentions] == ["Federasi Rusia"]
    assert [m.text for m in names["Korea Utara"].mentions] == ["Korut", "Korea Utara"]
    for place in ("Inggris", "Jepang", "Israel", "Palestina"):
        assert names[place].kind == "place"


def test_as_abbreviation_is_case_sensitive_and_whole_word() -> None:
    body = "Kedua negara mengkritik upaya AS di Asia, seperti kelas as dan ASEAN."
    names = _by_name(find_names(body))
    us = names["Amerika Serikat"]
    assert [(m.text, m.start) for m in us.mentions] == [("AS", body.index("AS "))]
    assert names["Perhimpunan Bangsa-Bangsa Asia Tenggara"].kind == "org"
    assert all(m.text != "as" for n in names.values() for m in n.mentions)


def test_lowercase_as_never_matches() -> None:
    assert find_names("dia datang as usual, kelas basah dan atlas.") == ()


def test_every_gazetteer_surface_is_found_as_a_whole_word() -> None:
    # The surfaces are found through an index of their first words: one whose
    # first word the index misses would silently never match.
    g = gazetteer()
    missed = []
    for surface, entry in g.surfaces.items():
        body = f"Kabar dari ({surface}) kemarin."
        found = [(n.name, [m.text for m in n.mentions]) for n in find_names(body) if n.kind != "person"]
        if (entry.canonical, [surface]) not in found:
            missed.append(surface)
    # CLDR writes "eSwatini"; no capitalised-word scan can start there.
    assert missed == ["eSwatini"]
    assert _by_name(find_names("Raja Eswatini datang."))["eSwatini"].kind == "place"


def test_places_inside_hyphen_and_apostrophe_compounds() -> None:
    body = "Perang Rusia-Ukraina dan sikap ‘AS’ dibahas di Timor-Leste."
    names = _by_name(find_names(body))
    assert [m.text for m in names["Rusia"].mentions] == ["Rusia"]
    assert [m.text for m in names["Ukraina"].mentions] == ["Ukraina"]
    assert [m.text for m in names["Amerika Serikat"].mentions] == ["AS"]
    assert [m.text for m in names["Timor Leste"].mentions] == ["Timor-Leste"]


def test_a_surface_glued_to_a_suffix_is_no_match_nor_is_its_first_word() -> None:
    # "Korea Utaranya" is North Korea with a suffix, not "Korea".
    assert "Korea" not in _by_name(find_names("Rudal Korea Utaranya meluncur."))


def test_institutions_get_long_forms() -> None:
    body = "KPK memeriksa anggota DPR. Polri dan TNI berjaga, sementara BI dan OJK memantau. PBB dan NATO."
    names = _by_name(find_names(body))
    assert names["Komisi Pemberantasan Korupsi"].kind == "org"
    for org in (
        "Dewan Perwakilan Rakyat",
        "Kepolisian Negara Republik Indonesia",
        "Tentara Nasional Indonesia",
        "Bank Indonesia",
        "Otoritas Jasa Keuangan",
        "Perserikatan Bangsa-Bangsa",
        "Pakta Pertahanan Atlantik Utara",
    ):
        assert names[org].kind == "org", org


@pytest.mark.parametrize(
    ("surface", "name", "kind"),
    [
        ("Perancis", "Prancis", "place"),
        ("Turkiye", "Turki", "place"),
        ("Afghanistan", "Afganistan", "place"),
        ("BPKP", "Badan Pengawasan Keuangan dan Pembangunan", "org"),
        ("Kemendag", "Kementerian Perdagangan", "org"),
        ("Pemprov DKI", "Pemerintah Provinsi DKI Jakarta", "org"),
        ("Hamas", "Hamas", "org"),
        ("ISIS", "Negara Islam Irak dan Suriah", "org"),
    ],
)
def test_more_places_and_bodies_of_the_news(surface: str, name: str, kind: str) -> None:
    assert [(n.name, n.kind) for n in find_names(f"Pejabat dari {surface} datang kemarin.")] == [(name, kind)]


def test_short_form_joins_a_later_full_name() -> None:
    body = "Belousov tiba di Beijing. Menteri Pertahanan Andrei Belousov lalu bertemu Zhang."
    people = {n.name: [m.text for m in n.mentions] for n in find_names(body) if n.kind == "person"}
    assert people == {"Andrei Belousov": ["Belousov", "Andrei Belousov"]}


def test_two_people_sharing_a_surname_stay_apart() -> None:
    body = (
        "Menteri Pertahanan China Li Shangfu bertemu Perdana Menteri Li Qiang di Beijing. "
        "Li mengatakan kerja sama penting. Menurut Shangfu, latihan berlanjut."
    )
    people = {n.name: [m.text for m in n.mentions] for n in find_names(body) if n.kind == "person"}
    assert people["Li Shangfu"] == ["Li Shangfu", "Shangfu"]
    assert people["Li Qiang"] == ["Li Qiang"]
    # The bare "Li" could be either: it abstains.
    assert all("Li" not in texts for texts in people.values())


def test_a_wife_written_with_her_husband_s_name_is_not_him() -> None:
    # 'Lestiani Budi Harjono' goes by 'Lestiani'; 'Budi Harjono' with an office of his own is him.
    body = (
        "Calon bupati Lestiani Budi Harjono hadir di debat. Lestiani adalah istri dari Bupati Sendang "
        "periode lalu, Budi Harjono.\n\nPandangan itu ditampik Lestiani."
    )
    people = {n.name: [m.text for m in n.mentions] for n in find_names(body) if n.kind == "person"}
    assert people == {
        "Lestiani Budi Harjono": ["Lestiani Budi Harjono", "Lestiani", "Lestiani"],
        "Budi Harjono": ["Budi Harjono"],
    }


def test_well_known_short_form_without_full_name() -> None:
    people = {n.name for n in find_names("Putin dan Xi sepakat memperdalam kemitraan.") if n.kind == "person"}
    assert people == {"Vladimir Putin", "Xi Jinping"}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        # The spouse carries the known short form as her last word; alone it is still him.
        (
            "Presiden Joko Widodo dan Ibu Negara Lestari Jokowi tiba di Solo. Jokowi lalu menyapa warga.",
            "Joko Widodo",
        ),
        # Two people hold the word: the well-known one the article names in full takes it.
        ("Presiden Vladimir Putin dan sepupunya, Sergei Putin, hadir. Putin lalu pidato.", "Vladimir Putin"),
    ],
)
def test_a_well_known_short_form_joins_the_known_person_named_in_full(body: str, person: str) -> None:
    short = body.rsplit(". ", 1)[1].split()[0]
    owner = {m.text: n.name for n in find_names(body) for m in n.mentions if m.text == short}
    assert owner == {short: person}


def test_common_capitalized_words_are_not_people() -> None:
    body = (
        "Kunjungan Li ke Moskow berlangsung Senin. Perang Dingin telah usai, kata dia di Istana Merdeka. "
        "Program Keluarga Harapan dan Kartu Prakerja berjalan. Dalam kunjungan itu, Li bertemu Putin."
    )
    people = {n.name for n in find_names(body) if n.kind == "person"}
    assert people == {"Vladimir Putin"}


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A run of words the article also writes in lower case is a phrase, not a name ...
        ("Skema Jaminan Kredit diperluas. Bank menyalurkan kredit dengan jaminan negara.", set()),
        ("Final Sepak Bola digelar. Penonton sepak bola datang sejak pagi.", set()),
        # ... unless its last word is no common word: a given name may be one ('cinta').
        ("Penyanyi Cinta Laura tampil. Lagu itu tentang cinta.", {"Cinta Laura"}),
        # A lone word backed by a cue, but written in lower case elsewhere, is a common word.
        ("Soal itu, kata Haji yang lain, sudah lama. Ibadah haji tahun ini ramai.", set()),
        # ... but a word in lower case as a quote's speaker is a name written so by slip.
        ("Legenda klub, Marco Lebrunet menilai itu keliru. “Tidak adil,” ucap lebrunet.", {"Marco Lebrunet"}),
        # ... but not inside a handle or an address: the account 'naura.id' is no lower-case word.
        ("Unggahan akun naura.id ramai, kata Naura.", {"Naura"}),
        # A kind of place or people before a capitalised word names that place or people.
        ("Warga belajar bahasa Mandarin di kota Bandung, jalan Abdul Fatah.", set()),
        # Root words with the noun suffix -an make a term too ('Layanan Unggulan', 'Tanaman Pilihan').
        ("Petani binaan Balai Tanaman Pilihan Terpadu di daerah itu panen.", set()),
        # A village's second word after its head and first word is no one, though 'warga' reads as
        # a role ('Desa Duri Kepa': a village of two words).
        ("Rumah Suharno dan Warsini Warga Dusun II Desa Duri Kepa, Kecamatan Sendang, nyaris rubuh.", set()),
        # A capitalised common word before the run that the article writes with its first word in
        # lower case ('bahan bakar', 'gunung api') makes a term of that word, no given name.
        ("Pabrik Olahan Bahan Bakar Kelodro dijaga. Kelodro sepi. Harga bahan bakar naik.", set()),
        ("Letusan Gunung Api Sembelu reda. Status gunung api itu turun.", set()),
        # A clan after 'marga' or 'bermarga' names a family, not a person.
        ("Dua nelayan bersaudara bermarga Tambunio, warga setempat. Adat marga Sirendo dijaga.", set()),
        ("Anak Ferdy Sambo tinggal di rumah Ferdy Sambo, kata Ferdy.", {"Ferdy Sambo"}),
        # Words a scraper glued are no name ('BIRDJusuf'), but a known place glued to a name comes
        # off it, and so does a glued verb ('JakartaPramono Anungmenyatakan'); 'McDonald' is one.
        ("Gubernur JakartaPramono Anungmenyatakan hal itu. Saham BIRDJusuf Salman naik.", {"Pramono Anung"}),
        # A known place with a short word glued to its end is the place ('Jawa Tengahuntuk').
        ("Bupati Rudanto Wiryo mengajak warga Sendang, Jawa Tengahuntuk menanam.", {"Rudanto Wiryo"}),
        ("Penulis Ronald McDonald tiba, kata Ronald.", {"Ronald McDonald"}),
        # A number glued to a word, and amounts, are no names.
        ("Pemeran Zhuo Hui13 tampil. Nilainya Miliar Rupiah.", set()),
        # A beach, a health centre, a campus, a ship, a vehicle model: the head word names a thing.
        ("Warga memadati Pantai Kuta dan Puskesmas Cilincing. KM Sinabung dan Toyota Avanza tiba.", set()),
        # A ministry's or a regional office's short form is a body, alone or before the person.
        ("Menurut Kemendag, harga naik, kata Dinkes. Kepala Dishub Budi Santoso hadir.", {"Budi Santoso"}),
        # English job titles and desks are roles, and a run ending in a thing's head word no name.
        (
            "Lead Tokopedia Ekhel Chandra Wijaya hadir. Produk Fixed Income dan Pirate Ship laris.",
            {"Ekhel Chandra Wijaya"},
        ),
        # A police rank is a title, not the first name; the unit after 'Kasat' is no person either.
        (
            "Pelaku ditangkap, kata Kasat Reskrim Kompol Winam Agus. Kompol Jama Purba membenarkan.",
            {"Winam Agus", "Jama Purba"},
        ),
        # 'Wawako' (the deputy mayor) and 'Hj' (a woman who made the hajj) are titles too.
        ("Wawako Pagar Alam Hj Bertha membuka acara itu, kata Bertha.", {"Bertha"}),
        # A verb alone, adverbs and a dash glued to a name are no person; a junction or a
        # prayer room names a place.
        (
            "Diberitakan, Senada dengan itu. Pembalap Marc Marquez- kata Marquez. Warga di Simpang"
            " Mayang dan Mushala Al-Huda hadir.",
            {"Marc Marquez"},
        ),
        # One word after a body's head word names the body's place.
        ("Kepala Puskesmas Cilincing menjelaskan hal itu.", set()),
        # A boat, a task force, farmers and quarantine are no people; 'Kebon' heads a place's name.
        ("Rescue Boat dan Task Force tiba di Kebon Jeruk. Petani Tebu ikut. Karantina dibuka.", set()),
        # Between two titles stands the first one's place, not a person.
        (
            "Kapolsek Cilandak Kompol Multazam Lisendra dan Dandim Sleman Letkol Sugeng Riyadi hadir.",
            {"Multazam Lisendra", "Sugeng Riyadi"},
        ),
        # A number right after a name is a model's, a vehicle's or an event's ...
        (
            "Nelayan dipulangkan dengan kapal Long Xing 601. Juara All England 2024 hadir. Uji di"
            " laboratorium Bio Safety Level 3, kata Budi Santoso (40).",
            {"Budi Santoso"},
        ),
        # ... and clusters, regulations and 'Secara' head or open no one's name.
        (
            "Kluster Ulin 1 dan Kluster Gowa bertambah. Aturan ada di Perbup Bogor. Pedoman PSBB"
            " Secara Proporsional terbit.",
            set(),
        ),
        # A town or a venue after 'di', or inside an address, with a known place after a comma; a
        # person there stays.
        (
            "Perusahaan itu berbasis di Pangkalan Bun, Kalimantan Tengah. Laga digelar di Istora Senayan,"
            " Jakarta. Hadir pula Budi Santoso, Jakarta. Api di Jalan Dukuh V, Kramat Jati, Jakarta Timur.",
            {"Budi Santoso"},
        ),
        # A company the article names with 'PT', and an acronym's words in brackets after it, are no
        # one; a person's initials after the name stay theirs.
        (
            "Saham PT Musim Mas naik. Musim Mas tercatat untung. Ekspor mobil CBU (Completely Built Up)"
            " naik, kata Parlautan Banjarnahor (PBN).",
            {"Parlautan Banjarnahor"},
        ),
        # A word that closes a body's name elsewhere is no first name; a person's word is.
        (
            "Kilang Pertamina Balongan menggelar kurban. Manager Kilang Pertamina Balongan Endra Setiawan"
            " mengatakan, ada 20 sapi. Mbah Tupon hadir, juga Tupon Hadi Suwarno.",
            {"Endra Setiawan", "Tupon Hadi Suwarno"},
        ),
        # ... nor a brand or a word before the word the article calls the person by.
        (
            "Perencana keuangan OneShildt Budi Raharjo membenarkan. “Itu benar,” jelas Budi. Pengamat"
            " Asuransi Irvan Rahardjo menilai, kata Irvan. Kompi Zeni Nubika siaga. Data Pantau Gambut"
            " Iola Abas menunjukkan itu, kata Iola.",
            {"Budi Raharjo", "Irvan Rahardjo", "Iola Abas"},
        ),
        # Airports, road sections, compass-point places, Quran chapters and English club names are
        # no one.
        (
            "Pesawat mendarat di Bandar Udara Fransiskus Xaverius Seda. Warga West Virginia hadir. Ayat"
            " QS Al Hajj dibacakan. Klub Wolverhampton Wanderers menang. Ruas Kunciran Cengkareng dibuka."
            " Kata Budi Santoso.",
            {"Budi Santoso"},
        ),
        # A body's short form in brackets is no one when it speaks alone; a nickname after a name is.
        (
            "Forum Koordinasi Pimpinan Daerah (Forkopimda) rapat. Forkopimda mengatakan air naik, kata"
            " Budi Santoso. Presiden Joko Widodo (Jokowi) hadir. Jokowi mengatakan itu.",
            {"Budi Santoso", "Joko Widodo"},
        ),
        # Inside a sentence, 'Dan' before a capitalised word is a given name; in a Title-Case line
        # it is 'and'.
        (
            "Namun Dan Ives, kepala penelitian di Wedbush Securities, mengatakan itu.\n\nHarga Naik Dan"
            " Turun Lagi",
            {"Dan Ives"},
        ),
        # Javanese court titles are titles ('Gusti Kanjeng Ratu', 'GKR'); 'Raden' stays in a name, as
        # PFSA-ID's gold keeps it ('Raden Pardede').
        (
            "Gusti Kanjeng Ratu Mangkubumi hadir. Kata GKR Mangkubumi. Staf Ahli Raden Pardede hadir.",
            {"Mangkubumi", "Raden Pardede"},
        ),
        # A name inside the role of a body's title-holder is the body's; one a clause took in is not.
        (
            "Morgan Stanley memperkirakan naik, kata ekonom Morgan Stanley Asia, Chetan Ahya. Komisaris"
            " sebelumnya itu Murniaty Santoso, Gunawan Santoso dan Evi Firmansyah diberhentikan.",
            {"Chetan Ahya", "Murniaty Santoso", "Gunawan Santoso", "Evi Firmansyah"},
        ),
        # What a talk or a book is called, days and holy days are no one.
        (
            "Ia berpidato bertajuk Valedictory Adress. Drama Gu Family Book tayang. Peringatan Nakba Day"
            " dan Isra Miraj digelar.",
            set(),
        ),
        # A word and a letter, or letters alone, are a series, a group or chords; a ruler's numeral
        # and a surname's initial after two name words are a person's.
        (
            "Balapan Formula E. digelar. Juara Serie A hadir. Kunci gitarnya C. A. D. lalu. Sri Sultan"
            " Hamengku Buwono X dan Dwi Hariyawan S datang.",
            {"Hamengku Buwono X", "Dwi Hariyawan S"},
        ),
        # An index, a newspaper or a site after its kind, a board or a label by its head word.
        (
            "Indeks Dow Jones Industrial Average turun, kata harian Kronen Zeitung dan laman Sehat"
            " Negeriku. Malaysian Palm Oil Board dan Yeezy Record Label juga, ujar Budi Santoso.",
            {"Budi Santoso"},
        ),
        # A newspaper after 'surat kabar', the two words of its kind.
        (
            "Tulisan itu terbit di surat kabar Maltese Kurir dengan judul keras, ujar Budi Santoso.",
            {"Budi Santoso"},
        ),
        # Police units and a disaster agency's head are roles; 'Nama' opens no name.
        (
            "Kasubdit Gakkum Ditlantas Polda Lampung Kompol Yerru Wandono mengatakan, kecelakaan terjadi."
            " Kalaksa BPBD Kabupaten Mojokerto, Yoie Afrida Soesetyo Djati menambahkan. Nama Sherly dikenal.",
            {"Yerru Wandono", "Yoie Afrida Soesetyo Djati"},
        ),
        # So is an acting envoy's office ('Ad Interim').
        (
            "Kuasa Usaha Ad Interim (KUAI) KBRI Kuwait Budi Santoso mengatakan itu.",
            {"Budi Santoso"},
        ),
        # So are an inspectorate's head and a task force's short forms.
        (
            "Timsus Irwasda Polda Sumut bergerak, terang Irwasda Polda Sumut, Kombes Pol Nanang Masbudhi."
            " Anggota Timwas dari Fraksi PKS hadir.",
            {"Nanang Masbudhi"},
        ),
        # A common English word alone is no one; a short form of a full name that is one stays.
        (
            "Vice President Commercial LOKET Ario Adimas mengatakan itu. Inter kalah. Lucky Hakim hadir,"
            " kata Lucky.",
            {"Ario Adimas", "Lucky Hakim"},
        ),
        # ... nor an English word of the title between them.
        ("ujar Riza Kristanto, Chief Commercial Officer PT CRIF, dalam keterangan.", {"Riza Kristanto"}),
        # An English name of a body or a place ends in its head word.
        ("Pelatih Manchester United dan Imperial College hadir di Suita Stadium, kata Erik.", {"Erik"}),
    ],
)
def test_phrases_places_and_common_words_are_not_people(body: str, people: set[str]) -> None:
    assert {n.name for n in find_names(body) if n.kind == "person"} == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A running pair of candidates is two people: two words on each side of the hyphen ...
        ("Paslon Anies Baswedan-Muhaimin Iskandar unggul.", {"Anies Baswedan", "Muhaimin Iskandar"}),
        # ... or a second half the article also writes on its own.
        ("Pasangan Eri Cahyadi-Armuji menang. Hasil itu sah, kata Armuji.", {"Eri Cahyadi", "Armuji"}),
        # A hyphenated name stays one person.
        ("Aktris Jodie Turner-Smith hadir. Film itu bagus, kata Jodie.", {"Jodie Turner-Smith"}),
        ("Karl-Heinz Rummenigge hadir, kata Rummenigge.", {"Karl-Heinz Rummenigge"}),
    ],
)
def test_running_pairs_are_two_people_and_hyphenated_names_one(body: str, people: set[str]) -> None:
    assert {n.name for n in find_names(body) if n.kind == "person"} == people


def test_a_word_after_a_bodys_head_that_speaks_is_the_person_with_that_role() -> None:
    # 'Kepala Puskesmas Cilincing' names a place; 'Kepala Puskesmas Widyastuti' a person, for the
    # article lets Widyastuti speak.
    names = _by_name(find_names("Kepala Puskesmas Widyastuti hadir. Hal itu, kata Widyastuti, benar."))
    assert names["Widyastuti"].role == "Kepala Puskesmas"
    assert len(names["Widyastuti"].mentions) == 2


def test_indonesian_titles() -> None:
    body = (
        "Kapolda Metro Jaya Irjen Fadil Imran mengatakan hal itu. Wakil Presiden Ma’ruf Amin hadir, "
        "juga Menteri Keuangan Sri Mulyani Indrawati dan Gubernur Jawa Barat Ridwan Kamil."
    )
    names = _by_name(find_names(body))
    assert names["Fadil Imran"].kind == "person"
    assert names["Ma’ruf Amin"].role == "Wakil Presiden"
    assert names["Sri Mulyani Indrawati"].role == "Menteri Keuangan"
    assert names["Ridwan Kamil"].role == "Gubernur Jawa Barat"
    assert names["Jawa Barat"].kind == "place"


def test_user_aliases_win() -> None:
    body = "Presiden Rusia Vladimir Putin tiba. Putin disambut di Tiongkok oleh Tuan Rumah."
    names = _by_name(
        find_names(
            body, {"Putin": "Vladimir Vladimirovich Putin", "Tiongkok": "RRT", "Tuan Rumah": "Tuan Rumah"}
        )
    )
    assert "Vladimir Putin" not in names
    putin = names["Vladimir Vladimirovich Putin"]
    assert putin.kind == "person"
    assert [m.text for m in putin.mentions] == ["Vladimir Putin", "Putin"]
    assert names["RRT"].kind == "place"
    assert "China" not in names
    assert [m.text for m in names["Tuan Rumah"].mentions] == ["Tuan Rumah"]


def test_user_alias_for_a_canonical_renames_the_entity() -> None:
    names = _by_name(find_names("KPK memanggil saksi.", {"Komisi Pemberantasan Korupsi": "KPK RI"}))
    assert names["KPK RI"].kind == "org"
    assert [m.text for m in names["KPK RI"].mentions] == ["KPK"]


def test_empty_body() -> None:
    assert find_names("") == ()
    assert find_names("", {}) == ()


def test_load_aliases_toml_table(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text('[aliases]\n"Jokowi" = "Joko Widodo"\nRRT = "China"\n', encoding="utf-8")
    assert load_aliases(path) == {"Jokowi": "Joko Widodo", "RRT": "China"}


def test_load_aliases_toml_top_level(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text('"Presiden Putin" = "Vladimir Putin"\n', encoding="utf-8")
    assert load_aliases(str(path)) == {"Presiden Putin": "Vladimir Putin"}


def test_load_aliases_csv_with_and_without_header(tmp_path: Path) -> None:
    with_header = tmp_path / "a.csv"
    with_header.write_text(
        'surface,canonical\nJokowi,Joko Widodo\n"Li, Jenderal",Li Shangfu\n', encoding="utf-8"
    )
    assert load_aliases(with_header) == {"Jokowi": "Joko Widodo", "Li, Jenderal": "Li Shangfu"}
    bare = tmp_path / "b.csv"
    bare.write_text("AS,Amerika Serikat\n", encoding="utf-8")
    assert load_aliases(bare) == {"AS": "Amerika Serikat"}


def test_territories_are_generated_from_cldr() -> None:
    data = (REPO / "corekit" / "data" / "territories_id.tsv").read_text(encoding="utf-8")
    assert data.startswith("# Generated by tools/gen_territories.py")
    assert "\nCN\tTiongkok\n" in data
    assert len(data.splitlines()) > 250


def test_regions_are_generated_from_the_official_codes() -> None:
    data = (REPO / "corekit" / "data" / "regions_id.tsv").read_text(encoding="utf-8")
    assert data.startswith("# Generated by tools/gen_regions.py")
    assert "Open Database License" in data
    assert "\t".join(("72.04", "regency", "Toli Toli", "Toli-Toli", "Tolitoli")) in data
    kinds = Counter(line.split("\t")[1] for line in data.splitlines() if not line.startswith("#"))
    # 38 provinces and 514 regencies and cities, less the names people bear ('Bima'), and the
    # districts of two words or more.
    assert kinds["province"] == 38
    assert 400 < kinds["regency"] + kinds["city"] < 514
    assert kinds["district"] > 2000
    assert "\tBima\n" not in data
    assert "\tdistrict\tKelapa Gading\n" in data


@pytest.mark.parametrize(
    ("body", "people", "places"),
    [
        # A regency that reads like a name is a place ...
        (
            "Bupati Kulon Progo menutup jalan. Warga Intan Jaya dan Bolaang Mongondow mengungsi.",
            [],
            ["Kulon Progo", "Intan Jaya", "Bolaang Mongondow"],
        ),
        # ... and no part of the name of the person after it.
        (
            "“Korban ditemukan,” kata Koordinator Basarnas Pos SAR Jepara Wisnu Yuas di Semarang.",
            ["Wisnu Yuas"],
            ["Jepara", "Semarang"],
        ),
        # So is a district of two words or more.
        ("Banjir merendam Kelapa Gading dan Duren Sawit.", [], ["Kelapa Gading", "Duren Sawit"]),
        # A regency that is also a given name stays in a person's name.
        ("Wali Kota Bogor Bima Arya mengatakan, jalan itu ditutup.", ["Bima Arya"], ["Bogor"]),
        # Between a body's head word and a place stands the body's name, after it the person.
        (
            "Kepala Operasional Pabrik PT Sasa Inti Minahasa Selatan Ardhian Herdyanto mengatakan,"
            " permintaan naik.",
            ["Ardhian Herdyanto"],
            ["Minahasa Selatan"],
        ),
        # ... also further on from the head word.
        (
            "“Tegas terhadap aparat,” kata Ketua Forum Peduli Hijau Bungo Hasan Ibrahim, Jumat.",
            ["Hasan Ibrahim"],
            ["Bungo"],
        ),
        # A place right after the head word opens the body's own name.
        ("Divestasi dilakukan pada PT Minahasa Cahaya Lestari tahun ini.", [], ["Minahasa"]),
    ],
    ids=[
        "regency-alone",
        "regency-glued",
        "district",
        "regency-given-name",
        "body-then-place",
        "body-further-on",
        "place-opens-body",
    ],
)
def test_indonesian_regions(body: str, people: list[str], places: list[str]) -> None:
    names = find_names(body)
    assert [n.name for n in names if n.kind == "person"] == people
    assert [n.name for n in names if n.kind == "place"] == places


def test_villages_are_generated_from_the_official_codes() -> None:
    data = (REPO / "corekit" / "data" / "villages_id.txt").read_text(encoding="utf-8")
    assert data.startswith("# Generated by tools/gen_regions.py")
    assert "Open Database License" in data
    names = data.splitlines()
    assert len(names) > 20_000
    assert {"labuan bajo", "duri kepa"} <= set(names)
    # Not one a given name opens, nor a region's.
    assert "sri mulya" not in names and "kelapa gading" not in names


def test_villages_follow_the_given_names() -> None:
    """The generator leaves out villages a given name opens: a name added to GIVEN_NAMES since the
    list was written means running tools/gen_regions.py again ('Rangga Surya' is a person too)."""
    from corekit.names.lexicon import GIVEN_NAMES

    lines = (REPO / "corekit" / "data" / "villages_id.txt").read_text(encoding="utf-8").splitlines()
    opened = [
        name for name in lines if not name.startswith("#") and name.split()[0].capitalize() in GIVEN_NAMES
    ]
    assert opened == []


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Wisatawan kembali ke Labuan Bajo dan Duri Kepa pekan ini.", []),
        # A role makes the same words a person's name; a name that only opens with a village's stays.
        ("Menurut Camat Pasir Mulya, banjir surut.", ["Pasir Mulya"]),
        ("Sementara itu Labuan Bajo Santoso datang.", ["Labuan Bajo Santoso"]),
    ],
)
def test_a_village_is_no_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.skipif(SHARED is None, reason="shared/ is not here")
def test_pfsa_speakers_recall() -> None:
    # Kompas articles whose gold lists the quoted speakers: most must be found.
    golds = sorted((SHARED / "data" / "pfsa-id-dev").glob("*.json"))[:100]
    if not golds:
        pytest.skip("pfsa-id-dev is not here")
    found = total = 0
    for path in golds:
        gold = _gold(path)
        people = {n.name for n in find_names(_body(gold)) if n.kind == "person"}
        total += len(gold["speakers"])
        found += len(people & set(gold["speakers"]))
    assert found / total >= 0.86


_PIECES = [*"aAsSZ .,-’'\n“”", "Presiden ", "Li ", "AS ", "Jenderal. ", "RRT", " bin ", "Zhang ", ", "]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_any_text_gives_valid_names(body: str) -> None:
    # The hook must never raise, and every mention must point at its text.
    for n in find_names(body, {"Li": "Li Shangfu"}):
        assert n.mentions
        for m in n.mentions:
            assert body[m.start : m.end] == m.text


def test_title_case_headline_is_not_a_person() -> None:
    body = "Kembali Raih Popularitas Tinggi di Asia\n\nAktris Mulan Jameela kembali tampil di layar kaca."
    people = {n.name for n in find_names(body) if n.kind == "person"}
    assert people == {"Mulan Jameela"}


def test_role_in_running_text_apposition() -> None:
    body = (
        "Belousov bertemu dengan wakil ketua komisi militer pusat china, Zhang Youxia, di Beijing. "
        "Syarifudin, kuasa hukum Rajiun, menyampaikan keberatan."
    )
    names = _by_name(find_names(body))
    assert names["Zhang Youxia"].role == "wakil ketua komisi militer pusat china"
    assert names["Syarifudin"].role == "kuasa hukum Rajiun"
    assert names["Syarifudin"].kind == "person"


def test_an_english_title_goes_on_over_of_and_the_firm_before_an_apposed_name() -> None:
    # 'of' after 'CEO' leads to the firm's name: the office holds it, and the name after the comma.
    body = "Program itu dibuka CEO of Kopiku Asia Pasifik, Rendra Wiguna, di Jakarta. Rendra optimistis."
    assert _roles(body) == {"Rendra Wiguna": "CEO of Kopiku Asia Pasifik"}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Menurut Darmo Sutejo, warga desa sudah lama menunggu jembatan itu.", None),
        ("Menurut Darmo Sutejo, Bupati Sleman awalnya menolak usulan itu.", None),
        ("Hal itu, tambah Darmo Sutejo, Presiden juga sudah tahu.", None),
        # Closed, or going on with the office's own words, the apposition is the role.
        ("Menurut Darmo Sutejo, pakar hukum dari Sleman, aturan itu lemah.", "pakar hukum dari Sleman"),
        ("“Kami siap,” kata Darmo Sutejo, Kepala Dinas Pangan Sleman.", "Kepala Dinas Pangan Sleman"),
        ("“Kami siap,” ujar Darmo Sutejo, Sekretaris Dinas Pangan Sleman dalam siaran pers.",
         "Sekretaris Dinas Pangan Sleman"),
    ],
    ids=["warga", "office", "tambah", "closed", "sentence-end", "circumstance"],
)
def test_words_after_a_cued_name_s_comma_going_into_a_clause_are_no_role(body: str, role: str | None) -> None:
    # After 'Menurut X,' the comma opens what X said: words running into its verb are its subject.
    assert _roles(body) == {"Darmo Sutejo": role}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Menurut majelis hakim, Darmo Sutejo tidak bisa membuktikan asal uang itu.", None),
        ("Menurut jaksa, Darmo Sutejo terbukti menerima suap.", None),
        # The holder in apposition, closed by a comma, takes the office.
        ("Menurut pengamat politik, Darmo Sutejo, pemilu berjalan baik.", "pengamat politik"),
    ],
    ids=["majelis-hakim", "jaksa", "apposition"],
)
def test_an_office_cited_after_menurut_is_not_the_next_name_s_role(body: str, role: str | None) -> None:
    # 'Menurut majelis hakim,' cites the judges; the name after the comma is what they said of.
    assert _roles(body) == {"Darmo Sutejo": role}


def test_a_name_after_antara_lain_and_a_list_s_comma_has_no_role() -> None:
    # 'antara lain' opens a list: the name after the comma is its next item, not the holder of the
    # words before.
    body = "Pasangan calon yang maju antara lain Darmo Sutejo-Rina Tobing, Wiryo Lanang-Sekar Ayu."
    assert set(_roles(body).values()) == {None}


def test_a_naval_or_air_rank_s_short_form_is_a_title() -> None:
    body = "Pencarian dipimpin Laksda TNI Darmo Wirasena dan Marsda TNI Budi Lanang di perairan itu."
    assert _roles(body) == {"Darmo Wirasena": "Laksda TNI", "Budi Lanang": "Marsda TNI"}


@pytest.mark.parametrize(
    "body",
    [
        "Letkol Ardanto Wisnu Prakoso menegaskan hal itu. Kata Ardanto kepada wartawan, pos dijaga.",
        "Letkol Ardanto Wisnu Prakoso menegaskan hal itu. Tambahnya, pos dijaga, kata Ardanto.",
    ],
    ids=["kata-opening", "kata"],
)
def test_a_first_name_the_article_lets_speak_stays_in_the_full_name(body: str) -> None:
    # 'Kata Ardanto' is the person speaking by his first name, not a body's word before it.
    assert _people(body) == ["Ardanto Wisnu Prakoso"]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Topan Wiryawan (31), warga Sukarame, mengaku senang.", "Topan Wiryawan"),
        ("Lomba digelar pagi. Bintang Lanang (16), pelajar, ikut lomba itu.", "Bintang Lanang"),
    ],
    ids=["topan", "bintang-mid-text"],
)
def test_a_head_word_that_is_a_given_name_opens_a_name_with_an_age(body: str, person: str) -> None:
    # An age in brackets marks a person: 'Topan' is the given name there, no storm.
    assert _people(body) == [person]


@pytest.mark.parametrize(
    "body",
    [
        "Kepala Dinas Kesehatan Wiryo Lanang mengatakan stok cukup. Menurut Wiryo, semua aman.",
        "Kepala Dinas Kesehatan Wiryo Lanang mengatakan stok cukup. Namun Wiryo mengatakan, obat kurang.",
    ],
    ids=["menurut", "namun"],
)
def test_a_first_name_speaking_after_a_sentence_s_first_word_is_no_region(body: str) -> None:
    # 'Menurut Wiryo': a common word opening the sentence leaves the name standing alone, so the
    # word after 'Dinas Kesehatan' is the holder's first name, not the office's region.
    assert _roles(body) == {"Wiryo Lanang": "Kepala Dinas Kesehatan"}


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Direktur Dana Desa Kemenkeu Wiryo Hari Lanang dalam surat itu menyebut dana cair."
            " Wiryo menjelaskan, syaratnya lengkap.",
            ["Wiryo Hari Lanang"],
        ),
        ("Sekolah itu merayakan Hari Kartini, kata Budi Santoso.", ["Budi Santoso"]),
    ],
    ids=["between-names", "a-day"],
)
def test_hari_between_two_name_words_is_a_name_s(body: str, people: list[str]) -> None:
    # 'Hari' is a given name as well as a day's head word: between two name words it is the name's.
    assert _people(body) == people


def test_a_village_glued_before_a_titled_full_name_is_the_role_s() -> None:
    # 'Datar Ruyung', a village, closes the office's body; the person is the two words after it.
    body = (
        "Kepala Seksi Pelayanan Terminal Terpadu Datar Ruyung Wiryo Lanang menambahkan, bus penuh."
        " Menurut Wiryo, tiket habis."
    )
    assert _roles(body) == {"Wiryo Lanang": "Kepala Seksi Pelayanan Terminal Terpadu Datar Ruyung"}


def test_a_route_of_places_joined_by_dashes_is_no_person() -> None:
    body = "Rute yang dilalui adalah Sawangan-Wiratama-Blok Q-Kedunglor, kata Darmo Sutejo."
    assert _people(body) == ["Darmo Sutejo"]


@pytest.mark.parametrize("cue", ["sambung", "timpal", "tukas"])
def test_a_lone_name_after_a_rarer_cue_word_is_a_speaker(cue: str) -> None:
    # '," sambung Wiryo.': a speech cue before a lone name marks a person, as 'kata' does.
    body = f"“Api berasal dari korsleting di dapur,” {cue} Wiryo. Warga lalu memadamkan api."
    assert _people(body) == ["Wiryo"]


def test_kata_inside_a_sentence_is_no_cue() -> None:
    body = "Warga desa itu memakai bahasa isyarat seperti Kata Kolok setiap hari."
    assert _people(body) == []


@pytest.mark.parametrize("kin", ["istri", "suami", "ayah"])
def test_kin_after_sang_in_the_apposition_is_no_role(kin: str) -> None:
    # 'Haryono, sang istri': the kin of another named before, not this name's office.
    body = f"Di rumah duka, Darmo Sutejo, sang {kin}, menangis."
    assert _roles(body) == {"Darmo Sutejo": None}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Kata Darmo Sutejo, seorang peneliti di Sleman, harga naik.", "peneliti di Sleman"),
        ("Rina Tobing (44), salah satu warga Kecamatan Ngaglik, mengaku rugi.", "warga Kecamatan Ngaglik"),
        ("Menurut Rina Tobing, salah seorang dokter di Sleman, antrean panjang.", "dokter di Sleman"),
        ("Kolam ramai. Darmo Sutejo, selaku Ketua RW setempat, menjelaskan air jernih.", "Ketua RW setempat"),
        ("Lagunya bagus. Darmo Sutejo, sang vokalis, menambahkan, musik itu milik semua.", "vokalis"),
    ],
    ids=["seorang", "salah-satu", "salah-seorang", "selaku", "sang"],
)
def test_a_title_after_one_of_in_the_apposition_is_the_role(body: str, role: str) -> None:
    # 'seorang', 'salah satu': one of those the title names, the same person.
    assert [n.role for n in find_names(body) if n.kind == "person"] == [role]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Darmo Sutejo, pedagang tahu di Pasar Godean, mengeluh.", "pedagang tahu di Pasar Godean"),
        ("Rina Tobing (23), salah satu pengunjung, antre sejak pagi.", "pengunjung"),
        # Without the comma that closes them the words open the next clause: no role.
        ("Namun, kata Darmo Sutejo, pengunjung yang datang masih sedikit.", None),
        # Nor before a name: 'peserta' names a kind there ('peserta Penerima Upah').
        ("Aplikasi itu untuk peserta Bukan Pekerja Tetap, kata Rina Tobing.", None),
    ],
    ids=["closed", "one-of", "open", "before"],
)
def test_what_an_ordinary_person_is_in_a_closed_apposition_is_the_role(body: str, role: str | None) -> None:
    roles = [n.role for n in find_names(body) if n.kind == "person"]
    assert roles == [role]


@pytest.mark.parametrize(
    "body",
    [
        "Bupati Sardi bersama istri dan putra bungsu, Wiryo Lanang, mengikuti salat di alun-alun.",
        "Camat Turino beserta putri sulungnya, Sekar Wulanjani, meninjau pasar pagi itu.",
    ],
)
def test_a_company_of_people_before_an_apposition_is_no_role(body: str) -> None:
    # 'bersama' joins the people who came: the office before it is the first one's, not the next's.
    roles = [n.role for n in find_names(body) if n.kind == "person"][1:]
    assert roles and all(r is None or ("bersama" not in r and "beserta" not in r) for r in roles)


@pytest.mark.parametrize(
    "body",
    [
        "Dalam jumpa wartawan daring seusai sidang, Darmo Sutejo mengatakan, harga tetap.",
        "Pada temu wartawan di Sleman, Rina Tobing menyebut stok aman.",
    ],
    ids=["jumpa", "temu"],
)
def test_the_press_a_meeting_is_held_with_is_no_role(body: str) -> None:
    # 'jumpa wartawan' is a press meeting: the reporters are whom the name spoke to, not its office.
    assert [n.role for n in find_names(body) if n.kind == "person"] == [None]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Aktor Kwon Si Jun tampil sebagai Park Do Jun, seorang mantan petinju.", "Park Do Jun"),
        ("Pelatih Wang Jun memuji timnya, kata Wang Jun kepada wartawan.", "Wang Jun"),
    ],
    ids=["three-words", "two-words"],
)
def test_jun_after_a_name_word_is_a_name_not_june(body: str, name: str) -> None:
    # 'Jun' is June's short form only in a date: after a name word with no number it closes the name.
    assert name in {n.name for n in find_names(body) if n.kind == "person"}


def test_jun_in_a_date_is_still_june() -> None:
    body = "Kata Darmo Sutejo di Sleman, Kamis 12 Jun 2025, harga naik. Darmo Jun 2024 lalu pergi."
    assert "Jun" not in " ".join(n.name for n in find_names(body))


def test_body_between_title_and_name_goes_to_role() -> None:
    body = (
        "CEO Bukalapak Rachmat Kaimuddin mengatakan hal itu. Wali Kota Cirebon Nashrudin Azis setuju. "
        "Ketua KPU Indramayu Ahmad Toni Fatoni hadir. Presiden Susilo Bambang Yudhoyono juga hadir."
    )
    names = _by_name(find_names(body))
    assert names["Rachmat Kaimuddin"].role == "CEO Bukalapak"
    assert names["Nashrudin Azis"].role == "Wali Kota Cirebon"
    assert names["Ahmad Toni Fatoni"].role == "Ketua KPU Indramayu"
    assert names["Susilo Bambang Yudhoyono"].role == "Presiden"
    people = {n.name for n in names.values() if n.kind == "person"}
    assert people == {"Rachmat Kaimuddin", "Nashrudin Azis", "Ahmad Toni Fatoni", "Susilo Bambang Yudhoyono"}


def test_headline_names_only_join_people_from_running_text() -> None:
    body = (
        "Usai Kunjungi Rusia, Presiden China Xi Jinping Diundang Zelensky Sambangi Ukraina\n\n"
        "Mantan Agen FBI: Dokumen Rahasia AS Bisa Jadi Sengaja Dibocorkan\n\n"
        "Presiden China Xi Jinping bertemu Presiden Rusia Vladimir Putin di Moskow."
    )
    people = {n.name for n in find_names(body) if n.kind == "person"}
    assert people == {"Xi Jinping", "Vladimir Putin"}


def test_output_objects_are_the_model_classes_as_their_constructors_build_them() -> None:
    # find_names builds Mention and Name past attrs' __init__ (corekit.names._build): the result
    # must still be exactly what the constructors give, equal, hashing alike and frozen.
    import attrs

    from corekit.model import Mention

    names = find_names("Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta.")
    assert {n.name for n in names} >= {"Joko Widodo", "Retno Marsudi", "Jakarta"}
    for n in names:
        rebuilt = Name(
            name=n.name,
            kind=n.kind,
            role=n.role,
            mentions=tuple(Mention(text=m.text, start=m.start, end=m.end, role=m.role) for m in n.mentions),
        )
        assert type(n) is Name and all(type(m) is Mention for m in n.mentions)
        assert n == rebuilt and hash(n) == hash(rebuilt) and repr(n) == repr(rebuilt)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            n.mentions[0].start = 0  # type: ignore[misc]


def test_output_builders_fall_back_to_the_constructor_for_a_class_with_a_validator() -> None:
    import attrs

    from corekit.names import _build

    @attrs.frozen
    class Checked:
        a: int = attrs.field(validator=attrs.validators.gt(0))
        b: int = 0
        c: int = 0
        d: int = 0

    make = _build._maker(Checked, ("a", "b", "c", "d"))
    assert make(1, 2, 3, 4) == Checked(1, 2, 3, 4)
    with pytest.raises(ValueError):
        make(0, 2, 3, 4)


def test_body_glued_before_the_name_is_cut_when_it_stands_alone_elsewhere() -> None:
    # The body's words also stand on their own ("PT Sarana Tirta,", "Terminal Pulo Merak,"),
    # so they are no part of the person the run goes on to name.
    body = (
        "PT Sarana Tirta, pemasok air bersih, menambah jaringan. "
        "Direktur Utama Sarana Tirta Wirandi Kusuma mengatakan, pipa baru siap bulan depan. "
        "Penumpang menumpuk di Terminal Pulo Merak, Banten. "
        "Kepala Unit Pengelola Terminal Terpadu Pulo Merak Bernardus Ompusunggu menjelaskan, antrean terurai."
    )
    names = _by_name(find_names(body))
    assert names["Wirandi Kusuma"].role == "Direktur Utama Sarana Tirta"
    assert "Bernardus Ompusunggu" in names
    people = {n.name for n in names.values() if n.kind == "person"}
    assert not people & {"Sarana Tirta Wirandi Kusuma", "Pulo Merak Bernardus Ompusunggu"}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        # The first name alone, as a subject or inside another run, is the person's short form.
        (
            "Ekonom Center of Economic Studies (CELIOS) Bhima Yudhistira hadir. "
            "Oleh karenanya, Bhima mendesak BPS.",
            "Bhima Yudhistira",
        ),
        (
            "Sekretaris Jenderal Majelis Ulama Indonesia (MUI) Anwar Abbas menyayangkan itu. "
            "Belajar dari China Anwar juga meminta warga patuh.",
            "Anwar Abbas",
        ),
        # After the same role again, the words are the person, not a body.
        (
            "Bersama Sekretaris Kabinet Pramono Anung dan menteri lain.\n\n"
            "Sekretaris Kabinet Pramono Anung Wibowo menyampaikan rencana itu.",
            "Pramono Anung Wibowo",
        ),
    ],
)
def test_a_short_form_of_the_person_is_no_evidence_of_a_body(body: str, person: str) -> None:
    assert person in {n.name for n in find_names(body) if n.kind == "person"}


def test_ministry_short_form_and_middle_name_short_form() -> None:
    # "Kemenhub" is spelled as a ministry, never as a person. A middle name the article
    # later uses alone ("kata Darmo") is no evidence that the first name is a body.
    body = (
        "Direktur Jenderal Perhubungan Udara Kemenhub Novarianto Selo mengatakan hal itu. "
        "Ketua Harian Partai Gerindra Sufmo Darmo Lubis menambahkan, rapat digelar besok. "
        "Rapat itu terbuka, kata Darmo."
    )
    people = {n.name for n in find_names(body) if n.kind == "person"}
    assert "Novarianto Selo" in people
    assert "Sufmo Darmo Lubis" in people


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Bupati Bandung Dadang Supriatnamengimbau warga agar tenang.", "Dadang Supriatna"),
        ("Penyerang Kylian Mbappedikabarkan cedera sebelum laga.", "Kylian Mbappe"),
        ("Penyanyi Dewi Perssiksempat hadir, lalu sempat pulang.", "Dewi Perssik"),
        # Name endings that are words, or words with no prefix, stay.
        ("Menteri Ruslan Prawiranegara hadir atas nama negara.", "Ruslan Prawiranegara"),
        ("Aktris Ajeng Parameswari hadir di acara itu.", "Ajeng Parameswari"),
        # A short function word, after a word the article also writes alone ...
        ("Pebulu tangkis Wang Anyulahir di Beijing. Wang Anyu juara dunia.", "Wang Anyu"),
        # ... and not where it is a name's ending ('Jordan': 'Jor' stands nowhere alone).
        ("Penyerang Michael Jordan hadir dan menyapa penggemar.", "Michael Jordan"),
    ],
    ids=["cue-verb", "both-affixes", "listed-word", "negara", "meswari", "glued-lahir", "jordan"],
)
def test_a_word_glued_to_the_end_of_a_name_is_cut_off(body: str, person: str) -> None:
    people = [n for n in find_names(body) if n.kind == "person"]
    assert [n.name for n in people] == [person]
    assert people[0].mentions[0].text == person


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        ("Komandan kompi, Letnan Dua Irsan Tapobali, memimpin regu itu.", "Irsan Tapobali", "Letnan Dua"),
        (
            "Kapolda Riau Irjen Pol Herry Heryawan mengatakan, hutan rusak.",
            "Herry Heryawan",
            "Kapolda Riau Irjen Pol",
        ),
        (
            "Sersan Kepala Budi Santoso mengatakan, patroli dilakukan setiap malam.",
            "Budi Santoso",
            "Sersan Kepala",
        ),
    ],
    ids=["letnan-dua", "irjen-pol", "sersan"],
)
def test_junior_ranks_and_pol_are_in_the_role(body: str, person: str, role: str) -> None:
    (got,) = [n for n in find_names(body) if n.kind == "person"]
    assert (got.name, got.role) == (person, role)


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Menteri Kesehatan Budi Gunadi Sadikin mengatakan, vaksin tiba pekan depan.", "Budi Gunadi Sadikin"),
        ("Wali Kota Tangerang Arief Wismansyah mengatakan, rumah sakit penuh.", "Arief Wismansyah"),
        # A place that completes the role is still cut off.
        ("Wali Kota Cirebon Nashrudin Azis mengatakan, pasar ditutup sementara.", "Nashrudin Azis"),
        # A Latin baptismal name, common in the east, opens the name after a firm's.
        ("Direktur PT Lomari (Persero) Gregorius Adi Lewar mengatakan, stok aman.", "Gregorius Adi Lewar"),
    ],
    ids=["kesehatan-budi", "kota-arief", "kota-cirebon", "baptismal"],
)
def test_a_given_name_after_a_role_complement_opens_the_name(body: str, person: str) -> None:
    assert _people(body) == [person]


@pytest.mark.parametrize(
    ("body", "places", "orgs", "people"),
    [
        (
            "Sergio Ramos pernah 16 tahun memperkuat Real Madrid, klub terbesar di Madrid.",
            ["Madrid"],
            ["Real Madrid"],
            ["Sergio Ramos"],
        ),
        (
            "Penyanyi Whitney Houston pernah tampil di Wina dan Praha.",
            ["Wina", "Praha"],
            [],
            ["Whitney Houston"],
        ),
        (
            "Warga mengungsi dari Khan Yunis ke Rafah, kata juru bicara UNRWA Juliette Touma.",
            ["Khan Younis", "Rafah"],
            [],
            ["Juliette Touma"],
        ),
        (
            "Pelatih Luis Enrique membawa Paris Saint-Germain menang di Paris. PSG unggul dua gol.",
            ["Paris"],
            ["Paris Saint-Germain"],
            ["Luis Enrique"],
        ),
    ],
    ids=["club-and-city", "a-city-that-is-a-surname", "gaza-cities", "club-with-a-saint"],
)
def test_world_cities_and_their_clubs(
    body: str, places: list[str], orgs: list[str], people: list[str]
) -> None:
    names = find_names(body)
    assert [n.name for n in names if n.kind == "place"] == places
    assert [n.name for n in names if n.kind == "org"] == orgs
    assert [n.name for n in names if n.kind == "person"] == people


@pytest.mark.parametrize(
    "body",
    [
        "Kendati Mbappe absen, Madrid tetap menang.",
        "Nabi Ibrahim Alaihissalam dan Ali Radhiyallahu Anhu disebut dalam kajian itu.",
        "Program Work From Anywhere dan Provision Of User Data dibahas.",
    ],
    ids=["kendati", "honorifics", "english-function-words"],
)
def test_words_that_open_or_close_no_name(body: str) -> None:
    people = _people(body)
    assert not any(
        w in p.split() for p in people for w in ("Kendati", "Alaihissalam", "Radhiyallahu", "From", "Of")
    )


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Bupati Indramayu Lucky Hakim mengatakan, sekolah dibuka kembali pekan depan.", "Lucky Hakim"),
        # Heading what follows, it stays a title.
        ("Hakim Agung Suharto mengatakan, putusan itu sudah final dan mengikat.", "Suharto"),
    ],
    ids=["closing-a-name", "opening-a-role"],
)
def test_a_title_that_closes_a_name_is_the_name(body: str, person: str) -> None:
    assert _people(body) == [person]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Kepala Dinas Peternakan Jateng Lalu M Syafriadi menuturkan, stok daging sapi cukup.",
            ["Lalu M Syafriadi"],
        ),
        # 'Lalu' opening a sentence is 'then'; 'Lalu Lintas' is traffic.
        ("Lalu Budi Santoso mengatakan, stok daging sapi cukup hingga Lebaran.", ["Budi Santoso"]),
        ("Direktur Lalu Lintas Polda Metro Jaya Latif Usman mengatakan, jalan ditutup.", ["Latif Usman"]),
    ],
    ids=["sasak-title", "then", "traffic"],
)
def test_lalu_opens_a_lombok_name_inside_a_sentence(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_english_common_words_are_generated_from_scowl() -> None:
    data = (REPO / "corekit" / "data" / "english_common.txt").read_text(encoding="utf-8")
    assert data.startswith("# Generated by tools/gen_english.py")
    assert "Kevin Atkinson" in data
    words = {line for line in data.splitlines() if not line.startswith("#")}
    assert {"dinner", "fish", "welcoming"} <= words
    # Words the dictionary writes as names too, and short ones, are left out.
    assert not words & {"will", "grace", "smith", "long", "the"}
    assert 5000 < len(words) < 20000


def test_indonesian_root_words_are_generated_from_sastrawi() -> None:
    data = (REPO / "corekit" / "data" / "indonesian_common.txt").read_text(encoding="utf-8")
    assert data.startswith("# Generated by tools/gen_indonesian.py")
    assert "Hanif Amal Robbani" in data
    words = {line for line in data.splitlines() if not line.startswith("#")}
    assert {"pinjam", "pakai", "tingkat", "komponen", "samurai", "biru"} <= words
    assert not {w for w in words if len(w) < 4 or not w.islower()}
    assert 20000 < len(words) < 40000


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Syaratnya Izin Pinjam Pakai Kawasan Hutan dan Sertifikat Laik Operasi, kata Budi Santoso.",
            ["Budi Santoso"],
        ),
        ("Samurai Biru unggul tiga gol atas lawannya di babak pertama.", []),
        ("Produk dengan Tingkat Komponen Dalam Negeri tinggi diutamakan, ujar Ahmad Fauzi.", ["Ahmad Fauzi"]),
    ],
    ids=["permits", "team-nickname", "local-content"],
)
def test_phrases_of_indonesian_root_words_are_no_people(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    "body",
    [
        # A role, a cue at the name or at one of its words elsewhere, an age, an initial first, a
        # known given name: each marks a person made of root words.
        "Direktur Jenderal Otonomi Daerah Akmal Malik hadir.",
        "Hal itu disampaikan Tulus Abadi. “Harga naik,” kata Tulus.",
        "Mobil yang dikemudikan Jaja Jamal (57) menabrak pembatas jalan.",
        "Rapat dihadiri M Arifin dan warga lain di balai desa.",
        "Rapat dihadiri Budi Pekerti dan warga lain di balai desa.",
        "Rapat itu, kata Tulus Abadi, berlangsung lama.",
    ],
    ids=["role", "spoken-elsewhere", "age", "initial", "given-name", "cue"],
)
def test_a_person_made_of_root_words_keeps_a_sign_of_one(body: str) -> None:
    people = _people(body)
    assert len(people) == 1 and len(people[0].split()) == 2, people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Dalam acara Welcoming Dinner di Jakarta, kata Dokter Budi Santoso.", ["Budi Santoso"]),
        ("Ikan itu disebut Fighting Fish oleh kolektor, kata Ketua Komunitas Ahmad Fauzi.", ["Ahmad Fauzi"]),
        # A word that is a name too keeps a candidate ('Will'), and so does a short one ('Ma').
        ("Aktor Will Smith datang bersama pemain tenis meja Ma Long ke Jakarta.", ["Will Smith", "Ma Long"]),
        # A common English -ing word with a word that is none: a programme, not a person; a surname
        # in -ing is no English word ('Tobing').
        (
            "Melalui Mitrakarya Training, pengusaha muda dilatih. Mitrakarya Training berjalan sebulan,"
            " kata Rina Tobing.",
            ["Rina Tobing"],
        ),
    ],
    ids=["welcoming-dinner", "fighting-fish", "will-smith-ma-long", "ing-word"],
)
def test_phrases_of_common_english_words_are_no_people(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Hasil tes Polymerase Chain Reaction keluar kemarin, kata Dokter Budi Santoso.", ["Budi Santoso"]),
        (
            "Izin diurus lewat Online Single Submission, ujar Direktur Ahmad Fauzi Rahman.",
            ["Ahmad Fauzi Rahman"],
        ),
        # A Batak family name and a given name that look the same stay.
        (
            "Wali Kota Medan Bobby Nasution dan Romo Clement Suryadi hadir di acara itu.",
            ["Bobby Nasution", "Clement Suryadi"],
        ),
    ],
    ids=["pcr", "oss", "nasution-clement"],
)
def test_english_terms_are_no_people(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    "body",
    [
        "Kepala Kepolisian Sektor mengatakan, pelaku sudah ditangkap pekan lalu.",
        "“Wisatawan mulai datang,” kata Ketua Pramuwisata setempat kepada wartawan.",
        "Langkah itu disebut Analisis oleh tim kajian dan dibahas lagi pekan depan.",
    ],
    ids=["sektor", "pramuwisata", "analisis"],
)
def test_common_words_and_offices_standing_alone_are_no_people(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Tol itu terhubung dengan Giant Sea Wall (GSW) di Semarang, kata Menteri Pekerjaan Umum"
            " Dody Hanggodo.",
            ["Dody Hanggodo"],
        ),
        # The acronym may open with words before the run ('Pembatasan Sosial').
        ("Pemerintah kota menerapkan kebijakan Pembatasan Sosial Berskala Lokal (PSBL) mulai Senin.", []),
        # A person's initials in brackets name the same person.
        ("Tersangka Parlautan Banjarnahor (PBN) ditangkap di Medan, ujar polisi.", ["Parlautan Banjarnahor"]),
        # So does a known politician's, with a role.
        (
            "Presiden keenam Susilo Bambang Yudhoyono (SBY) hadir di Cikeas.",
            ["Susilo Bambang Yudhoyono"],
        ),
    ],
    ids=["gsw", "psbl", "initials-of-a-person", "sby"],
)
def test_words_an_acronym_spells_out_are_no_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "person", "role", "body_name"),
    [
        (
            "Ketua Umum PSSIRobert Tamanuli menyatakan hal itu di Jakarta.",
            "Robert Tamanuli",
            "Ketua Umum PSSI",
            "Persatuan Sepak Bola Seluruh Indonesia",
        ),
        # The word between the title and the acronym names a unit of the body, no person.
        (
            "Kabid Binpres PBSIHan Seong menyebut atlet itu cedera. Han Seong menambahkan.",
            "Han Seong",
            "Kabid Binpres PBSI",
            "Persatuan Bulu Tangkis Seluruh Indonesia",
        ),
    ],
)
def test_a_body_s_acronym_glued_to_a_name_is_cut_off_into_the_role(
    body: str, person: str, role: str, body_name: str
) -> None:
    names = {n.name: n for n in find_names(body)}
    assert [(n.name, n.role) for n in names.values() if n.kind == "person"] == [(person, role)]
    assert names[body_name].kind == "org"


def test_a_place_glued_to_the_next_word_is_cut_off_as_a_place() -> None:
    body = "Bisnis.com, JakartaPramono Anung mengatakan, jalan itu ditutup mulai pekan depan."
    names = {n.name: n for n in find_names(body)}
    assert names["Jakarta"].kind == "place" and names["Jakarta"].mentions[0].text == "Jakarta"
    assert names["Pramono Anung"].kind == "person"
    assert names["Pramono Anung"].mentions[0].start == body.index("Pramono")
    # A brand written in camel case is left alone.
    assert [
        n.name for n in find_names("Pesan dikirim lewat WhatsApp kepada warga.") if n.kind == "person"
    ] == []


def test_no_break_spaces_join_a_name_and_mentions_keep_the_text() -> None:
    body = (
        "Gubernur Jawa Barat Dedi\xa0Mulyadi mengatakan, jalan itu ditutup. Dedi juga meminta warga tenang."
    )
    (person,) = [n for n in find_names(body) if n.kind == "person"]
    assert person.name == "Dedi Mulyadi"
    assert [m.text for m in person.mentions] == ["Dedi\xa0Mulyadi", "Dedi"]
    assert all(body[m.start : m.end] == m.text for m in person.mentions)


def test_a_nickname_the_article_gives_joins_the_person() -> None:
    body = (
        "Wakil Gubernur Bali Tjokorda Oka Artha Ardana Sukawati, yang biasa disapa Tjok Ace, menyatakan"
        " pariwisata lesu.\n\nTjok Ace menambahkan, protokol sudah dibuat."
    )
    (person,) = [n for n in find_names(body) if n.kind == "person"]
    assert person.name == "Tjokorda Oka Artha Ardana Sukawati"
    assert [m.text for m in person.mentions] == ["Tjokorda Oka Artha Ardana Sukawati", "Tjok Ace", "Tjok Ace"]


def test_an_alias_joins_the_person() -> None:
    body = "Polisi menangkap Satria Johanda alias Wanda (25). Wanda mengaku menyesal."
    (person,) = [n for n in find_names(body) if n.kind == "person"]
    assert person.name == "Satria Johanda"
    assert [m.text for m in person.mentions] == ["Satria Johanda", "Wanda", "Wanda"]


@pytest.mark.parametrize(
    "body",
    [
        "Kandidat doktor Medical Science Kobe University itu meneliti vaksin di Jepang.",
        "Mereka dirawat oleh Khao Prathubchang Wildlife Rescue Center (KPRC) di Ratchaburi.",
    ],
    ids=["university", "rescue-centre"],
)
def test_an_english_bodys_name_before_its_head_word_is_no_person(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        # 'Guru Besar' is a title, not a person named Guru.
        (
            "Menurut Guru Besar Fakultas Teknik dan Sains Universitas Tanjung Harapan Muhammad Darmo"
            " Sutejo, Kaltara harus bersiap.",
            "Muhammad Darmo Sutejo",
            "Guru Besar Fakultas Teknik dan Sains Universitas Tanjung Harapan",
        ),
        # A body's head word that is a role word too ('Universitas') opens the body's name before a
        # place, as a noun head does.
        (
            "Rektor Universitas Tanjungpura Pontianak Eddy Suratman menilai investasi turun.",
            "Eddy Suratman",
            "Rektor Universitas Tanjungpura Pontianak",
        ),
    ],
    ids=["guru-besar", "universitas-before-a-place"],
)
def test_one_person_after_an_academic_title(body: str, person: str, role: str | None) -> None:
    assert [(n.name, n.role) for n in find_names(body) if n.kind == "person"] == [(person, role)]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Kasat Narkoba Polres Binjai, AKP Syamsul Bahri, membenarkan penangkapan itu.", ["Syamsul Bahri"]),
        (
            "Tarif itu berlaku, menurut laporan Bloomberg. CEO Tesla yang juga dekat dengan Trump diam.",
            ["Donald Trump"],
        ),
        # After the head of a region the one word is the holder's one name.
        (
            "Sholat dihadiri Bupati Indramayu, Lucky Hakim, beserta Wakil Bupati Syaefudin. Camat Syahrizal"
            " juga hadir.",
            ["Lucky Hakim", "Syaefudin", "Syahrizal"],
        ),
    ],
    ids=["polres-binjai", "ceo-tesla", "wakil-bupati-and-camat"],
)
def test_one_word_after_the_head_of_a_body_is_the_bodys(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_companies_the_news_names_daily_are_organisations() -> None:
    body = "Fitur Apple Intelligence dan Huawei HiCar hadir, sementara CEO Toyota Akio Toyoda diam."
    names = {(n.name, n.kind) for n in find_names(body)}
    assert {("Apple", "org"), ("Huawei", "org"), ("Akio Toyoda", "person")} <= names
    assert [n for n, kind in names if kind == "person"] == ["Akio Toyoda"]


@pytest.mark.parametrize(
    "body",
    [
        "Laga digelar di Stadio San Paolo Naples pekan depan.",
        "Penumpang dibawa ke GOR Pulo Gadung lantaran tidak punya SIKM.",
        "Warga antre di Kios Berkah Abadi sejak pagi.",
        "Saham Ophir Energy Plc naik tajam kemarin.",
        "Kebijakan America First Trade Policy berlaku tahun ini.",
        "Menurut survei Saiful Mujani Research and Consulting, elektabilitasnya naik.",
    ],
    ids=["stadio", "gor", "kios", "plc", "policy", "research"],
)
def test_places_and_bodies_named_by_their_head_word_are_no_people(body: str) -> None:
    assert _people(body) == []


def test_a_short_line_ending_in_a_full_stop_is_no_headline() -> None:
    # A scraper cuts sentences into lines; a headline ends without a full stop.
    body = (
        "Kasus itu ditangani polisi, kata kepala kepolisian sektor\n"
        "Kompol Fauzan Thohari, Selasa (10/6/2025).\n"
        "Fauzan mengatakan maling gagal membongkar brankas."
    )
    assert _people(body) == ["Fauzan Thohari"]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Kepala Pusat Penerangan Hukum Kejaksaan Agung Hari Setiyono mengatakan, buron diburu.",
            ["Hari Setiyono"],
        ),
        ("Peringatan Hari Kartini digelar di sekolah itu.", []),
        # Where 'Hari' alone speaks, 'Hari' opens the name without a title too.
        ("Setelah itu Hari Putra merilis lagu. “Aku senang,” ujar Hari.", ["Hari Putra"]),
        # ... and where the word after it is a common word ('ulang tahun').
        ("Kepala Dinas Pariwisata Hari Ulang Tahun Jakarta dirayakan. Acara ulang tahun digelar.", []),
    ],
    ids=["after-a-title", "a-day", "speaking", "birthday"],
)
def test_hari_after_a_title_opens_a_name(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        (
            "Presiden Amerika Serikat (AS) Donald Trump menunda tarif impor.",
            "Donald Trump",
            "Presiden Amerika Serikat (AS)",
        ),
        (
            "Direktur Jenderal Otonomi Daerah Kementerian Dalam Negeri (Kemendagri) Akmal Malik hadir.",
            "Akmal Malik",
            "Direktur Jenderal Otonomi Daerah Kementerian Dalam Negeri (Kemendagri)",
        ),
        # An office's short form the lexicon does not know, after the title and its words.
        (
            "Wakil Menteri Luar Negeri (Wamenlu) Anis Matta hadir.",
            "Anis Matta",
            "Wakil Menteri Luar Negeri (Wamenlu)",
        ),
        ("Hadir pula Letjen TNI (Purn) Soemarsono.", "Soemarsono", "Letjen TNI (Purn)"),
        # An office goes on over 'dan' and over an acronym the gazetteer does not know.
        (
            "Menteri Kelautan dan Perikanan Edhy Prabowo meninjau.",
            "Edhy Prabowo",
            "Menteri Kelautan dan Perikanan",
        ),
        ("Kepala XQZT Penny Lukito hadir.", "Penny Lukito", "Kepala XQZT"),
        # A word after 'Kota' that the article makes a subject alone is the name's.
        (
            "Kata Wakil Ketua Bidang Ekonomi Wilayah dan Kota Diding Sakri. Diding merujuk survei.",
            "Diding Sakri",
            "Wakil Ketua Bidang Ekonomi Wilayah dan Kota",
        ),
        # A name in brackets is a nickname, not a short form in the role.
        ("Presiden Joko Widodo (Jokowi) meninjau lokasi banjir.", "Joko Widodo", "Presiden"),
        # The body after a title, before its holder in commas, is no one.
        (
            "Koordinator Legal dan Humas PT Hutama Karya, Iwan Santoso mengatakan itu.",
            "Iwan Santoso",
            "Koordinator Legal dan Humas PT Hutama Karya",
        ),
        (
            "Direktur Eksekutif Celios, Bhima Yudhistira mengatakan itu.",
            "Bhima Yudhistira",
            "Direktur Eksekutif Celios",
        ),
    ],
    ids=[
        "country-short-form",
        "ministry-short-form",
        "office-short-form",
        "retired",
        "office-over-dan",
        "unknown-acronym",
        "kota-then-a-speaking-name",
        "nickname",
        "firm-before-holder",
        "body",
    ],
)
def test_a_short_form_in_brackets_stays_in_the_role(body: str, person: str, role: str) -> None:
    people = [n for n in find_names(body) if n.kind == "person"]
    assert [(n.name, n.role) for n in people] == [(person, role)]


@pytest.mark.parametrize(
    "body",
    [
        "Kepala Kantor Cabang Dinas Wilayah I Kabupaten Bogor hadir di sana.",
    ],
    ids=["region-number"],
)
def test_a_lone_letter_is_no_person(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Jepang juara Grup C. Pasukan Hajime Moriyase unggul atas pasukan lain.", ["Hajime Moriyase"]),
        ("Ia menulis di platform X. Lainnya mengatakan hal lain.", []),
        ("Chairman Samsung Electronics, Jay Y. Lee, bertemu pejabat.", ["Jay Y. Lee"]),
    ],
    ids=["group-letter", "platform-x", "initial"],
)
def test_a_letters_dot_before_a_common_word_ends_a_sentence(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Menurut Dendi Pratama, hal itu penting bagi kampus.", ["Dendi Pratama"]),
        ("Hal itu dikatakan Deputi Gubernur BI Juda Agung di Jakarta.", ["Juda Agung"]),
        # Before a name the word is still the role's.
        ("Jaksa Agung Sanitiar Burhanuddin hadir di gedung itu.", ["Sanitiar Burhanuddin"]),
    ],
    ids=["pratama", "agung", "jaksa-agung"],
)
def test_a_rank_word_closing_a_name_is_the_names(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    "body",
    [
        "Perusahaan itu meluncurkan kampanye ‘Original Forever’ pada Senin lalu.",
        "Kampanye 'Electrify Your Journey' digelar di lima kota.",
        'Lagunya seperti "Ku Rela Kau Pilih Dia" laris.',
    ],
    ids=["curly", "straight", "title-opening-with-a-name"],
)
def test_a_quoted_title_is_no_person(body: str) -> None:
    assert _people(body) == []


def test_speech_opening_with_a_name_keeps_the_name() -> None:
    assert _people("“Budi Santoso itu orang baik,” kata Andi Wijaya.") == ["Budi Santoso", "Andi Wijaya"]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Korban dibawa ke UGD RSUP Dr. Kariadi Semarang untuk dirawat.", []),
        ("Macet panjang terjadi di Jalan Jenderal Sudirman sejak pagi.", []),
        # After a title, the head word is role material: the name is its holder's.
        ("Kepala Puskesmas Dr. Budi Santoso mengatakan hal itu.", ["Budi Santoso"]),
    ],
    ids=["hospital", "street", "holder"],
)
def test_a_body_named_after_someone_names_no_one_there(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan hal itu.", "Rio Wahyu Anggoro"),
        # Not after an office's title: its body comes first ('Polkam'), the name at a given name.
        ("Menko Polkam Budi Gunawan mengatakan hal itu.", "Budi Gunawan"),
    ],
    ids=["rank", "office"],
)
def test_a_name_after_a_rank_starts_right_there(body: str, person: str) -> None:
    assert _people(body) == [person]


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        ("Model Nadia Tjoa telah menyelesaikan studi magisternya.", "Nadia Tjoa", "Model"),
        ("Kriminolog Leopold Sudaryono menilai hal itu wajar.", "Leopold Sudaryono", "Kriminolog"),
        ("Oni, gitaris band itu, menulis lagunya.", "Oni", "gitaris band itu"),
    ],
    ids=["model", "criminologist", "guitarist"],
)
def test_a_profession_is_a_role(body: str, person: str, role: str) -> None:
    assert [(n.name, n.role) for n in find_names(body) if n.kind == "person"] == [(person, role)]


def test_the_lower_case_word_model_is_no_ones_role() -> None:
    # 'model' in lower case is a kind of car as often as a profession.
    body = "Wuling mengekspor model Formo Max, Confero, Formo, Cortez, dan Alvez ke Timur Tengah."
    assert not [n for n in find_names(body) if n.kind == "person" and n.role]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Sundulan Kamada masuk ke gawang lawan. Daichi Kamada berlari.", ["Daichi Kamada"]),
        ("Unggahan Chika Jessica itu ramai dikomentari warganet.", ["Chika Jessica"]),
        # A name from a short root ('abdi') keeps its -an.
        ("Abdian Saputra mengatakan kapal cepat sudah berlayar.", ["Abdian Saputra"]),
    ],
    ids=["header", "upload", "abdian"],
)
def test_a_noun_in_an_opening_a_sentence_is_no_name(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # From PFSA-ID: a firm's closing word ends its name, and the person follows.
        (
            "Menurut Head of Investment Research at PT Infovesta Utama Wawan Hendrayana, risiko naik.",
            ["Wawan Hendrayana"],
        ),
        (
            "Menurut Head of Communication PT Matahari Putra Prima Tbk Fernando Repi, belanja naik.",
            ["Fernando Repi"],
        ),
        # Without two name words after it, the firm's name goes on.
        ("Kantor PT Sinar Utama Jaya Medan terbakar.", []),
    ],
)
def test_a_firms_closing_word_ends_its_name(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Terdakwa dihubungi oleh seseorang bernama Syawaluddin untuk mengantar barang.", ["Syawaluddin"]),
        ("Dana masuk ke rekening atas nama Aditia pada Mei.", ["Aditia"]),
        # A street, a ship or an account goes by a name too.
        ("Operasi berlangsung di jalanan bernama Dreierschuetzengasse dan kapal bernama Sinar.", []),
    ],
)
def test_a_lone_name_a_word_introduces_is_a_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A speech verb after 'yang' backs the name before it, as one right after it does.
        ("Hal itu dibenarkan wakil petambak Rusdiman yang menyebutkan panen turun.", ["Rusdiman"]),
        # Not a common word the article writes in lower case ('Pasar ... pasar').
        ("Pengurus Pasar yang menyebutkan harga naik mengeluh. Harga di pasar naik.", []),
    ],
)
def test_a_lone_name_with_a_speech_verb_after_yang_is_a_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A branch code after a rank is the rank's ('Letnan Kolonel Inf').
        ("Komandan Kodim Letnan Kolonel Inf Candra Dianto membenarkan hal itu.", ["Candra Dianto"]),
        # 'Muslim' and 'Proyek' close a name after a given name or two name words.
        ("Kepala Dinas Kesehatan Kalsel Muhammad Muslim mengatakan, kasus naik.", ["Muhammad Muslim"]),
        # So does 'Timur' (the body after 'CEO' stays in the role), but not after a village's name.
        ("CEO Dermawanku Rafiqi Timur menjelaskan hal itu. Menurut Rafiqi, donasi naik.", ["Rafiqi Timur"]),
        ("Banjir merendam Pulo Gebang Timur sejak pagi, kata warga.", []),
    ],
)
def test_ranks_and_name_words_that_are_words(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A body's head title before root words alone: the words name the body, not a person.
        ("Ketua Rukun Tetangga hadir. Direktur PT Kembar Bina menolak. Kepala Bidang Bina Marga diam.", []),
        # A rank, or a title whose holder comes next, makes the same kind of words a name.
        (
            "Kapolda Andika Perkasa hadir. Menurut Kepala Dinas Penerangan TNI AD Brigadir Jenderal TNI"
            " Candra Wijaya, kompi itu siaga.",
            ["Andika Perkasa", "Candra Wijaya"],
        ),
        # Given names that are words too ('said').
        (
            "Ketua PBNU Said Aqil Siroj dan peneliti Ibnu Dwi Cahyo hadir.",
            ["Said Aqil Siroj", "Ibnu Dwi Cahyo"],
        ),
    ],
    ids=["body-heads", "holders", "given-names"],
)
def test_a_role_makes_words_a_name_only_before_a_holder(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # An analyst's or a spokesperson's firm before the name, cut where the firm's name ends ...
        ("Analis Indo Premier Sekuritas Mino mengatakan, saham naik.", ["Mino"]),
        (
            "Analis Reku Fahmi Almuttaqin menyebut pasar kripto tertekan. Reku adalah platform kripto.",
            ["Fahmi Almuttaqin"],
        ),
        # ... but not at a place's head word, a Korean surname too.
        ("Sutradara Park Chan-wook hadir di festival itu.", ["Park Chan-wook"]),
    ],
    ids=["firm-head", "firm-written-alone", "surname"],
)
def test_a_firm_before_the_name_after_a_title(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_a_site_is_no_person() -> None:
    body = "Pemimpin Redaksi Tirto.id Sapto Anggoro mengatakan hal itu. Data Katadata.co.id serupa."
    assert _people(body) == ["Sapto Anggoro"]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A root word behind ter-, ber-, di- or meng- is a verb or an adjective, first in a sentence ...
        ("Dirangkum Okezone, harga naik. Terlihat Gen Z lebih peduli.", []),
        # ... and a doubled word opens no name, where a Batak clan name closes one.
        (
            "Cita-cita Setinggi itu dibahas. Kapal-kapal Carrack tiba. Rita Nurhaida Butar-butar hadir.",
            ["Rita Nurhaida Butar-butar"],
        ),
        # ... or anywhere in a run of common words.
        ("Pemerintah menyebut program Makan Bergizi Gratis berjalan. Domisili Terdekat dipilih.", []),
        # Names that open alike keep their word: the rest is no root word, or it is a given name.
        (
            "Diana Putri dan Agustya Hendy Bernadi hadir. Dimas Anggara juga.",
            ["Diana Putri", "Agustya Hendy Bernadi", "Dimas Anggara"],
        ),
        # A convict's or a reporting party's status is their role, not their name.
        ("Terpidana Alexander Agustinus Rottie mengajukan banding.", ["Alexander Agustinus Rottie"]),
    ],
    ids=["sentence-start", "doubled", "common-run", "names-alike", "status"],
)
def test_a_prefixed_root_word_is_no_name(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_meng_before_a_root_is_a_verb_not_the_chinese_name() -> None:
    from corekit.names.words import prefixed

    assert [prefixed(w) for w in ("Mengintip", "Menggali", "Meng", "Mengge")] == [True, True, False, False]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A link's text glued on both sides: the name and the word after it come apart.
        (
            "Ia berfoto bersamaRatna Galih, kakak dariLiam Gallagheryang terkenal itu.",
            ["Ratna Galih", "Liam Gallagher"],
        ),
        ("Penyidik memeriksa saksi dalam penyidikanMarcella Santosodi gedung itu.", ["Marcella Santoso"]),
        # A prefixed or a doubled word glued to a name the article writes without it.
        ("Francesco Bagnaiamenatap balapan itu. Bagnaia finis ketiga.", ["Francesco Bagnaia"]),
        ("Penyanyi Yuni Sharabaru-baru ini tampil. Yuni Shara bernyanyi.", ["Yuni Shara"]),
        # A root word the article writes alone, after a name it writes alone.
        ("Pelatih Budi Santosohadir di sana. Santoso lalu hadir di rapat.", ["Budi Santoso"]),
        # Not a name's own ending that is a root word nowhere else written alone.
        ("Wali Kota Tri Rismaharini hadir. Risma menyapa warga.", ["Tri Rismaharini"]),
        # Not 'iPhone' nor 'McDonald', nor a name whose end reads like a word when nothing is glued.
        ("Ia membeli iPhone di gerai McDonald bersama Hendra Setiawan.", ["Hendra Setiawan"]),
    ],
    ids=["link-both-sides", "link-di", "prefixed", "doubled", "root-word", "name-ending", "not-glued"],
)
def test_words_a_scraper_glued_to_a_name_come_off(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Kebutuhan layanan jangka panjang atauLong-Term Care meningkat, kata Budi Santoso.",
            ["Budi Santoso"],
        ),
        ("Lagu ini berjudul sama dengan filmI Heart You yang tayang tahun lalu.", []),
        # A linked name holds no common English word.
        ("Ia berfoto bersamaRatna Galih di Jakarta.", ["Ratna Galih"]),
    ],
    ids=["long-term-care", "song", "linked-name"],
)
def test_an_english_term_glued_in_italics_is_no_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "org", "person"),
    [
        (
            "Senior Manager Operasi Bulog Saroyo Utomo meninjau gudang.",
            "Badan Urusan Logistik",
            "Saroyo Utomo",
        ),
        ("Gelandang Persib Marc Klok mencetak gol.", "Persatuan Sepak Bola Indonesia Bandung", "Marc Klok"),
        ("Deputi Bappenas Vivi Yulaswati hadir.", "Badan Perencanaan Pembangunan Nasional", "Vivi Yulaswati"),
        (
            "Guru Besar UIN Syarif Hidayatullah Azyumardi Azra hadir.",
            "Universitas Islam Negeri Syarif Hidayatullah",
            "Azyumardi Azra",
        ),
    ],
    ids=["state-company", "club", "agency", "university"],
)
def test_indonesian_bodies_before_an_officer_are_organisations(body: str, org: str, person: str) -> None:
    names = find_names(body)
    assert [n.name for n in names if n.kind == "org"] == [org]
    assert [n.name for n in names if n.kind == "person"] == [person]


@pytest.mark.parametrize(
    ("body", "person", "mentions"),
    [
        (
            "Kepala BP Haji Mochamad Irfan Yusuf (Gus Irfan) hadir. Kata Gus Irfan, kuota turun.",
            "Mochamad Irfan Yusuf",
            ["Mochamad Irfan Yusuf", "Gus Irfan", "Gus Irfan"],
        ),
        # A scraper's line breaks inside the bracket.
        (
            "Gubernur Zaini Abdullah (\n\nAbu Doto\n\n) membangun jalan. Abu Doto juga membangun sekolah.",
            "Zaini Abdullah",
            ["Zaini Abdullah", "Abu Doto", "Abu Doto"],
        ),
    ],
    ids=["shared-word", "honorific"],
)
def test_a_nickname_in_brackets_joins_its_person(body: str, person: str, mentions: list[str]) -> None:
    people = [n for n in find_names(body) if n.kind == "person"]
    assert [(n.name, [m.text for m in n.mentions]) for n in people] == [(person, mentions)]


def test_a_character_and_the_actor_in_brackets_stay_two_people() -> None:
    body = "Film itu berkisah tentang remaja bernama Sam Witwicky (Shia LaBeouf) yang terseret perang robot."
    assert _people(body) == ["Sam Witwicky", "Shia LaBeouf"]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Gelandang Manchester City Kevin de Bruyne mencetak gol.", "Kevin de Bruyne"),
        (
            "Ceramah itu disampaikan Habib Geys bin Abdurrahman Assegaf di masjid.",
            "Geys bin Abdurrahman Assegaf",
        ),
    ],
    ids=["de", "bin"],
)
def test_a_canonical_name_keeps_its_particles(body: str, person: str) -> None:
    assert _people(body) == [person]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Direktur TBS Energi Utama Juli Oktarina menjelaskan hal itu.", ["Juli Oktarina"]),
        ("Kuasa hukum penggugat, Juni Prasetyo Nugroho, meyakinkan hakim.", ["Juni Prasetyo Nugroho"]),
        # In a date, or before a title, a month is a month.
        ("Pada 10 Juli Budi Santoso datang ke kantor itu.", ["Budi Santoso"]),
        ("Sejak Juni Presiden Prabowo Subianto memimpin rapat itu.", ["Prabowo Subianto"]),
    ],
    ids=["juli", "juni", "date", "before-title"],
)
def test_a_month_before_a_name_opens_it(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        ("Ketua Umum Drs Tgk H Ilyas hadir di balai.", "Ilyas", "Ketua Umum Drs Tgk"),
        # Inside a name the letter is an initial.
        ("Kata Budi H Santoso, hal itu penting.", "Budi H Santoso", None),
    ],
    ids=["haji", "initial"],
)
def test_haji_opening_a_name_is_a_title(body: str, person: str, role: str | None) -> None:
    assert [(n.name, n.role) for n in find_names(body) if n.kind == "person"] == [(person, role)]


@pytest.mark.parametrize(
    "body",
    [
        "Warga Gampong Rinti dan Gampong Mee Adan mengungsi ke masjid.",
        "Banjir merendam Jalan Ir H Juanda sejak pagi.",
        "Balapan di Sirkuit Mugello berlangsung seru.",
        # An office glued to the street after it ('Bupati Lorandi Jalan'): still the street's name.
        "Buruh berdemo di depan kantorBupati Lorandi Jalan Mayor Sarwo Pamungkas, Senin.",
        # A quarter kept for a culture, a sports hall ('Istora Senayan'), as 'Kampung' and 'Gelora'.
        "Wisatawan datang ke Perkampungan Seni Sunda Lembah Pandawangi, Minggu.",
        "Penumpang turun di stasiun Istora Wiratama dan Dukuh Lawang.",
    ],
    ids=["gampong", "street-two-titles", "circuit", "street-after-a-glued-office", "perkampungan", "istora"],
)
def test_places_by_their_head_word_are_no_people(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        (
            "Kepala Pusdalops BNPB Bambang Surya Putra mengatakan hal itu.",
            "Bambang Surya Putra",
            "Kepala Pusdalops BNPB",
        ),
        ("Kasat Polairud Polres Bintan Iptu Siddik Amin mengatakan hal itu.", "Siddik Amin", None),
        # After a rank or a degree the word is a name.
        ("Menurut Drs Tgk H Ilyas MA, kurban dibagikan pagi ini.", "Ilyas", None),
    ],
    ids=["unit-before-body", "unit-before-head", "after-a-degree"],
)
def test_one_word_between_a_title_and_more_role_is_a_unit(body: str, person: str, role: str | None) -> None:
    people = [n for n in find_names(body) if n.kind == "person"]
    assert [n.name for n in people] == [person]
    if role is not None:
        assert people[0].role == role


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Kedua korban bernama Dani (29) dan Rian (23) dirawat di puskesmas.", ["Dani", "Rian"]),
        # A clause number in brackets is no age.
        ("Hal itu diatur Pasal 5 Ayat (2) undang-undang tersebut.", []),
    ],
    ids=["ages", "clause"],
)
def test_a_lone_name_with_an_age_is_a_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Begitupun Arni Setiyani (28) yang datang ke pasar.", ["Arni Setiyani"]),
        ("ujar General Manager PLN Unit Induk Distribusi Jabar Agung Nugraha.", ["Agung Nugraha"]),
        ("Analis Senior Kresna Sekuritas, Franky Rivan, menilai laba naik.", ["Franky Rivan"]),
        ("Presiden Direktur PT Doo Financial Futures, Ariston Tjendra, mengatakan.", ["Ariston Tjendra"]),
    ],
    ids=["pun-opener", "given-name-role-word", "securities-firm", "futures-firm"],
)
def test_words_around_a_name_that_are_not_it(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_one_person_spelt_with_and_without_spaces_is_one() -> None:
    body = "Aktor Zhao Jinmai tampil di drama itu. Lawan mainnya, Zhao Jin Mai, juga hadir."
    assert _people(body) == ["Zhao Jin Mai"]
    body = "Vokalis Rian D'Masiv bernyanyi. Kata Rian D'masiv, lagu itu baru."
    assert _people(body) == ["Rian D'Masiv"]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Balapan digelar di Circuit Gilles Villeneuve, Montreal, pekan ini.", []),
        ("Saham sektor Household Goods Retailer naik dua persen.", []),
        ("Acara itu bertajuk Crazy Rich di Surabaya.", []),
        # A given name, a nickname's honorific or a Chinese name keeps it a person.
        ("Warga menyambut Lucky Hakim di pendopo kemarin.", ["Lucky Hakim"]),
        ("Gubernur itu akrab dipanggil warga dengan sebutan Bang Yos sejak lama.", ["Bang Yos"]),
        ("Drama itu dibintangi Song Wei Long dan aktris lain.", ["Song Wei Long"]),
    ],
    ids=["circuit", "sector", "event", "given-name", "honorific", "chinese-name"],
)
def test_a_run_opening_with_a_common_english_word_is_a_term(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Komisaris Besar Ahmad Ramadhan mengatakan hal itu.", ["Ahmad Ramadhan"]),
        (
            "Rektor Universitas Airlangga, Agung Dwi Wahyu Widodo, mengatakan hal itu.",
            ["Agung Dwi Wahyu Widodo"],
        ),
        ("Imam Besar Masjid Istiqlal Nasaruddin Umar memaklumi hal itu.", ["Nasaruddin Umar"]),
        # Not after a word that is no given name.
        ("Jelang Ramadhan harga bahan pokok naik, kata pedagang.", []),
        ("Alhasil, warga berkeras menolak rencana itu.", []),
    ],
    ids=["ramadhan", "agung-first", "mosque", "jelang", "alhasil"],
)
def test_name_words_that_are_also_common_words(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    "body",
    ["Warga Gang Hijau RT 007 RW 008 menanam pohon.", "Lokasi RT 05 Donoharjo RT 03 tergenang air."],
    ids=["alley", "neighbourhood-units"],
)
def test_an_address_is_no_person(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Fikri Nur Fakhmi (29), yang hendak pulang, terjebak macet.", ["Fikri Nur Fakhmi"]),
        # A first word that reads as a word is still a body's or a sentence's.
        ("Tangan Dedi Mulyadi gemetar saat berpidato, kata warga.", ["Dedi Mulyadi"]),
    ],
    ids=["name-first", "word-first"],
)
def test_with_no_title_a_name_like_first_word_opens_the_name(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Pasien dirujuk ke Rumah Sakit Umum Pusat (RSUP) Dr Sardjito Yogyakarta kemarin.", []),
        ("Ia memamerkan Denza D9 miliknya, kata Budi Santoso.", ["Budi Santoso"]),
        ("Pilihan Anda?\n\nB. Berharap semua teman mau menjenguk\n\nC. Meminta semua teman datang", []),
    ],
    ids=["hospital-with-short-form", "model", "answer-options"],
)
def test_things_that_look_like_initialled_names_are_no_people(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "person", "mentions"),
    [
        (
            "Peneliti Herdiansyah Hamzah menilai hal itu. “Itu keliru,” kata Castro, sapaan Herdiansyah.",
            "Herdiansyah Hamzah",
            ["Herdiansyah Hamzah", "Castro", "Herdiansyah"],
        ),
        # No comma, 'akrab', and titles before the name.
        (
            "Hal itu disebut Waled Kiran sapaan akrab Tgk H Muniruddin M Diah kepada wartawan.",
            "Muniruddin M Diah",
            ["Waled Kiran", "Muniruddin M Diah"],
        ),
    ],
    ids=["comma", "akrab-titled"],
)
def test_a_nickname_before_sapaan_joins_the_person_named_after_it(
    body: str, person: str, mentions: list[str]
) -> None:
    people = [n for n in find_names(body) if n.kind == "person"]
    assert [(n.name, [m.text for m in n.mentions]) for n in people] == [(person, mentions)]


@pytest.mark.parametrize(
    ("body", "mentions"),
    [
        (
            "Wali Kota Surabaya Tri Rismaharini meninjau lokasi. Risma berharap warga tetap di rumah.",
            ["Tri Rismaharini", "Risma"],
        ),
        # Four letters are too few to tell: 'Andi' is no short form of 'Andika'.
        ("Kapolda Andika Perkasa hadir. Andi mengatakan, acara berjalan lancar.", ["Andika Perkasa"]),
    ],
    ids=["risma", "too-short"],
)
def test_a_short_form_cut_from_a_persons_word_joins_them(body: str, mentions: list[str]) -> None:
    people = [n for n in find_names(body) if n.kind == "person"]
    assert [m.text for m in people[0].mentions] == mentions


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Warga memakai aplikasi Whatsapp Sonjo dan program Mang Jaka, kata Budi Santoso.", ["Budi Santoso"]),
        ("Penonton memadati konser band Jangkrik Bos di alun-alun.", []),
        # A kind word's ending inside another word is no kind word.
        ("Kini pengacara David Tobing mengadukan perusahaan itu.", ["David Tobing"]),
    ],
    ids=["app-and-programme", "band", "pengacara"],
)
def test_a_thing_named_after_its_kind_is_no_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_an_initial_for_the_first_name_joins_the_full_name() -> None:
    body = "Kepala Desa Muhammad Ahmadi hadir. Menurut M Ahmadi, banjir sudah surut sejak pagi."
    (person,) = [n for n in find_names(body) if n.kind == "person"]
    assert person.name == "Muhammad Ahmadi"
    assert [m.text for m in person.mentions] == ["Muhammad Ahmadi", "M Ahmadi"]


def _roles(body: str) -> dict[str, str | None]:
    """Each person ``find_names`` finds in ``body`` with their role."""
    return {n.name: n.role for n in find_names(body) if n.kind == "person"}


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        # A clause with a verb before ', Name' is no office; it still puts a person there.
        ("Bupati Lucky Hakim menjelaskan, Sopiah kini bekerja di kantor.", "Sopiah", None),
        ("Tiga tersangka itu Bibit, Triono dan Fitri ditahan.", "Triono", None),
        # A demonstrative that closes the office keeps it.
        ("Ketua LSM itu, Ando Manarisip, menolak proyek itu.", "Ando Manarisip", "Ketua LSM itu"),
        # After the name, the role ends before the next clause's verb and the words that lead to it.
        (
            "Lin Yu Sen, mantan dokter bedah yang beralih profesi menjadi eksekutif, hadir.",
            "Lin Yu Sen",
            "mantan dokter bedah",
        ),
        (
            "Franky Rivan, analis Kresna Sekuritas mengatakan IHSG naik.",
            "Franky Rivan",
            "analis Kresna Sekuritas",
        ),
        # A title alone before a verb is that clause's subject, no role.
        ("Kata Temmy Sarundajang, warga mempermasalahkan tanggul itu.", "Temmy Sarundajang", None),
    ],
    ids=[
        "verb-before",
        "demonstrative-before",
        "demonstrative-closes",
        "yang-after",
        "verb-after",
        "subject",
    ],
)
def test_a_role_holds_no_clause(body: str, person: str, role: str | None) -> None:
    roles = _roles(body)
    assert person in roles
    assert roles[person] == role


@pytest.mark.parametrize(
    ("body", "person", "mentions"),
    [
        (
            "Kaesang Pangarep hadir di Solo. Mas Kaesang mengatakan acara lancar.",
            "Kaesang Pangarep",
            ["Kaesang"],
        ),
        ("Tupon Hadi Suwarno menggugat. Kuasa hukum Mbah Tupon hadir.", "Tupon Hadi Suwarno", ["Tupon"]),
        ("Raffi Ahmad membantu. “Terima kasih, Aa’ Raffi,” tulis Chika.", "Raffi Ahmad", ["Raffi"]),
        ("Komedian Kartolo tampil. Cak Kartolo mengatakan warga senang.", "Kartolo", ["Kartolo"]),
    ],
    ids=["mas", "mbah", "aa", "cak"],
)
def test_a_form_of_address_comes_off_the_name(body: str, person: str, mentions: list[str]) -> None:
    people = {n.name: n for n in find_names(body) if n.kind == "person"}
    assert list(people) == [person]
    assert [m.text for m in people[person].mentions][1:] == mentions


@pytest.mark.parametrize(
    ("body", "person"),
    [
        # Korean family names and a given name that look like forms of address stay in the name.
        ("Penyanyi Kang Daniel tampil di Jakarta.", "Kang Daniel"),
        ("Penyanyi Bang Chan tampil di Jakarta.", "Bang Chan"),
        ("Kepala Satpol PP Imam Syafii mengatakan warga tertib.", "Imam Syafii"),
    ],
    ids=["kang", "bang", "imam"],
)
def test_a_family_or_given_name_like_a_form_of_address_stays(body: str, person: str) -> None:
    assert _people(body) == [person]


def test_an_office_in_the_apposition_beats_a_form_of_address() -> None:
    body = "Ia membela korban mafia tanah di Bantul, Mbah Tupon, di pengadilan."
    assert _roles(body) == {"Tupon": "korban mafia tanah di Bantul"}


@pytest.mark.parametrize(
    ("body", "person", "count"),
    [
        (
            "Pelatih Cristian Chivu memimpin latihan. Christian Chivu puas. Chivu mengatakan timnya siap.",
            "Christian Chivu",
            3,
        ),
        # The old spelling's 'oe' is the new 'u'.
        (
            "Jenderal Gatot Soebroto lahir di Purwokerto. Nama Gatot Subroto diabadikan. Gatot wafat.",
            "Gatot Soebroto",
            3,
        ),
    ],
    ids=["typo", "old-spelling"],
)
def test_one_person_spelled_two_ways_is_one(body: str, person: str, count: int) -> None:
    people = [n for n in find_names(body) if n.kind == "person"]
    assert [(n.name, len(n.mentions)) for n in people] == [(person, count)]


def test_two_spellings_stay_apart_without_a_shared_short_form() -> None:
    # Nothing lost by keeping them apart, and relatives may share a surname.
    body = "Dewi Lestari hadir bersama Dewi Lestary di Bandung."
    assert _people(body) == ["Dewi Lestari", "Dewi Lestary"]


@pytest.mark.parametrize(
    ("body", "person", "mentions"),
    [
        (
            "Pebalap Francesco Bagnaia menang. Francesco Bagnaiaterbuka soal motornya. Bagnaia senang.",
            "Francesco Bagnaia",
            ["Francesco Bagnaia", "Francesco Bagnaia", "Bagnaia"],
        ),
        (
            "Joan Mir finis kelima. Kini Joan Mirpunya peluang. Kata Mir, timnya bekerja keras.",
            "Joan Mir",
            None,
        ),
        # A name whose end is a rare root word, with a short form, stays whole ('Risma|harini').
        (
            "Wali Kota Surabaya Tri Rismaharini hadir. Risma mengatakan warga tertib.",
            "Tri Rismaharini",
            ["Tri Rismaharini", "Risma"],
        ),
    ],
    ids=["affixed", "glued-common", "name-ending"],
)
def test_a_common_word_glued_after_a_name_comes_off(
    body: str, person: str, mentions: list[str] | None
) -> None:
    people = [n for n in find_names(body) if n.kind == "person"]
    assert [n.name for n in people] == [person]
    if mentions is not None:
        assert [m.text for m in people[0].mentions] == mentions


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Penambang bekerja di galian RT 02 RW 10 Kedung Jumbleng, Kelurahan Argasunya.", []),
        ("Kapal terbalik di depan Pelabuhan Pantai Indah, Barek Motor Kijang, Kecamatan Bintan Timur.", []),
        # A speaker before a comma and a regency opening the next clause stays.
        ("Menurut Asep Sunandar, Kabupaten Bogor siap menggelar lomba.", ["Asep Sunandar"]),
    ],
    ids=["neighbourhood", "district-after", "speaker"],
)
def test_a_name_inside_an_address_is_no_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_typos_counts_a_swap_of_neighbours_as_one() -> None:
    assert typos("Chadir", "Chaidir") == 1
    assert typos("Soebroto", "Soerbto") == 2
    assert typos("abcd", "abdc") == 1
    assert typos("kitten", "sitting") == 3
    assert typos("Budi", "Budi") == 0


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        (
            "Kepala Pengembangan Bisnis Upbit Indonesia, Resna Raniadi menjelaskan cara bertransaksi.",
            "Resna Raniadi",
            "Kepala Pengembangan Bisnis Upbit Indonesia",
        ),
        (
            "Kapolres Lingga, AKBP Pahala Martua Nababan, menegaskan premanisme tidak diberi ruang.",
            "Pahala Martua Nababan",
            "Kapolres Lingga AKBP",
        ),
        (
            '"Target itu gagal," ujar Juru Kampanye FWI, Anggi Putra Prayoga, dalam diskusi daring.',
            "Anggi Putra Prayoga",
            "Juru Kampanye FWI",
        ),
        (
            "Mulyarasti Soehoed, Head of Marketing Glico Wings, mengungkapkan dukungan itu didasari visi.",
            "Mulyarasti Soehoed",
            "Head of Marketing Glico Wings",
        ),
        (
            "Senada, Lurah Sawang, Azman, turut mengapresiasi langkah yang diambil perusahaan.",
            "Azman",
            "Lurah Sawang",
        ),
        (
            "Kepala Makroekonom Bahana TCW Investment Management Budi Hikmat menyatakan ekonomi masih aman.",
            "Budi Hikmat",
            None,
        ),
    ],
    ids=["body-and-place", "rank-before", "acronym-before-comma", "holder-before", "one-word", "run-on"],
)
def test_the_words_after_a_title_with_its_holder_in_apposition_are_the_role(
    body: str, person: str, role: str | None
) -> None:
    people = [n for n in find_names(body) if n.kind == "person"]
    assert [n.name for n in people] == [person]
    if role is not None:
        assert people[0].role == role


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A person the title relates to, right after it.
        (
            "Perempuan itu, staf Presiden Prabowo Subianto, Kani Dwi Haryani, ikut hadir di lokasi.",
            ["Prabowo Subianto", "Kani Dwi Haryani"],
        ),
        (
            "Agus Amri, Kuasa Hukum Rahmad Mas’ud, calon tunggal di pilkada, mendatangi kantor itu.",
            ["Agus Amri", "Rahmad Mas’ud"],
        ),
        # A list of officers, each with a title.
        (
            "Hadir Menko Kemaritiman Luhut Panjaitan, Menko Perekonomian Airlangga Hartarto, dan Menteri"
            " Agama Fachrul Razi.",
            ["Luhut Panjaitan", "Airlangga Hartarto", "Fachrul Razi"],
        ),
        # After a rank the word is a name.
        ("Kapolres AKBP Hendra, AKBP Rio Wahyu Anggoro, dan jajaran hadir.", ["Hendra", "Rio Wahyu Anggoro"]),
    ],
    ids=["related-person", "lawyer", "list-of-officers", "after-a-rank"],
)
def test_people_after_a_title_with_another_person_in_apposition_stay(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_foreign_clubs_and_sides_are_no_people() -> None:
    body = (
        "Los Blancos menang 2-0 atas Al Hilal, sementara Sporting CP dan Boca Juniors imbang. Les Bleus dan"
        " Der Panzer juga lolos. Wydad AC kalah."
    )
    assert _people(body) == []


def test_given_names_like_a_foreign_article_stay() -> None:
    body = (
        "Al Ghazali dan El Rumi hadir bersama La Ode Muhammad Syarif. Al Ghazali mengaku senang. Bek Jan Van"
        " Der Hayden juga datang."
    )
    assert _people(body) == ["Al Ghazali", "El Rumi", "La Ode Muhammad Syarif", "Jan Van Der Hayden"]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        ("Ganda putra itu finalis Indonesia Open 2025, lalu juara Thailand Masters dan Swiss Open.", []),
        ("Ia pindah ke Bali United musim lalu.", []),
        ('"Kami siap," kata Khofifah, dikutip detikJatim.', []),
        ("Ia lahir di Bali, lalu pindah ke Thailand.", ["Bali", "Thailand"]),
    ],
    ids=["events", "club", "outlet", "places"],
)
def test_a_place_lending_its_name_to_an_event_or_outlet_is_no_place(body: str, places: list[str]) -> None:
    assert [n.name for n in find_names(body) if n.kind == "place"] == places


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        ("Hal itu disampaikan Pelatih Timnas Indonesia Patrick Kluivert di Jakarta.", "Patrick Kluivert",
         "Pelatih Timnas Indonesia"),
        ("Hal itu dikatakan Menteri Koordinator bidang Perekonomian Airlangga Hartarto kemarin.",
         "Airlangga Hartarto", "Menteri Koordinator bidang Perekonomian"),
        ("Hal itu dikatakan juru bicara Kementerian Luar Negeri Lin Jian kemarin.", "Lin Jian",
         "juru bicara Kementerian Luar Negeri"),
        ("Hal itu dikatakan anggota DPR RI Nurul Arifin kemarin.", "Nurul Arifin", "anggota DPR RI"),
        # A title relating the name to someone else, a clause or a place phrase: no role.
        ("Menurut mantan suami Kim Kardashian hal itu benar.", "Kim Kardashian", None),
        ("Ia bertemu bersama Ani Rahayu kemarin di kantor dokter yang menangani Budi Santoso.", None, None),
        # Between commas after a name and its age, the words are that name's role.
        ("Darmo (51), ketua pengurus RT 003 Duri Kepa, menyebut warga setuju.", "Darmo",
         "ketua pengurus RT 003 Duri Kepa"),
    ],
    ids=["capital-org-word", "lower-bidang", "lower-title", "anggota", "related", "clause", "apposed"],
)  # fmt: skip
def test_an_office_before_a_name_with_words_outside_the_lexicon_is_its_role(
    body: str, person: str | None, role: str | None
) -> None:
    people = {n.name: n for n in find_names(body) if n.kind == "person"}
    if person is None:
        assert all(n.role is None for n in people.values())
        return
    assert person in people
    assert people[person].role == role


def test_a_unit_office_opens_a_role_in_apposition() -> None:
    body = "Humas Basarnas Kendari, Wahyudi, mengatakan tim sudah tiba."
    assert _roles(body) == {"Wahyudi": "Humas Basarnas Kendari"}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Namun analis Wedbush Dan Ives mengatakan hal itu.", "Dan Ives"),
        ("Hal itu dikatakan Kompol Jama Kita Purba kemarin.", "Jama Kita Purba"),
    ],
    ids=["dan-after-lower-title", "kita-after-rank"],
)
def test_a_function_word_inside_a_titled_name_is_a_name_word(body: str, person: str) -> None:
    assert _people(body) == [person]


def test_a_function_word_between_places_stays_a_function_word() -> None:
    people = _people("Hal itu dikatakan Gubernur Jakarta Dan Bandung kemarin.")
    assert not any("Dan" in p.split() for p in people)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("General Manager Santika Hotel Indra Muaz mengatakan hotel penuh.", "General Manager Santika Hotel"),
        ("Senior Vice President Pertamina Agus Salim menjelaskan itu.", "Senior Vice President Pertamina"),
    ],
)
def test_an_english_grade_before_a_title_is_the_office_s(body: str, role: str) -> None:
    [person] = [n for n in find_names(body) if n.kind == "person"]
    assert person.role == role


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Ialah Dani (21), penari muda, membuka pertunjukan itu.", ["Dani"]),
        ("Gol Andre Silva di babak pertama membawa timnya menang.", ["Andre Silva"]),
        ("Jepang juara Grup C. Pasukan Hajime Moriyase di urutan teratas.", ["Hajime Moriyase"]),
        ("Ia ikut program I-LAND 2: N/A. Acara ini melahirkan grup populer.", []),
        ("Sahabat Rehan Putra beruntung karena bisa lari.", ["Rehan Putra"]),
    ],
    ids=["ialah", "gol", "pasukan", "acara", "sahabat"],
)
def test_a_common_word_opening_a_sentence_is_no_name_word(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    "body",
    [
        "Percakapan itu memakai Bahasa Sunda sepanjang acara.",
        "Tempe disebut dalam Serat Centhini yang ditulis pada abad ke-16.",
        "Hal serupa dilakukan Villa So Long yang tidak mewajibkan tes.",
        "Laga digelar di Stade Matmut-Atlantique pada malam hari.",
        "Pertunjukan digelar di Baturraden Adventure Forest di Banyumas.",
        "Pemantauan dilakukan tim Jasamarga Tollroad Maintenance setiap pekan.",
        "Direktur Jenderal Penanganan Fakir Miskin mengatakan bantuan cair.",
    ],
    ids=["bahasa", "serat", "villa", "stade", "forest", "maintenance", "fakir-miskin"],
)
def test_a_thing_or_place_with_a_common_head_is_no_person(body: str) -> None:
    assert _people(body) == []


def test_an_office_in_a_long_name_goes_to_the_person_after_it() -> None:
    body = "Direktur Jenderal Penanganan Fakir Miskin Kementerian Sosial Asep Sasa Purnama menyatakan itu."
    assert _roles(body) == {
        "Asep Sasa Purnama": "Direktur Jenderal Penanganan Fakir Miskin Kementerian Sosial"
    }


def test_an_arrival_before_a_name_is_a_clause_not_a_role() -> None:
    body = "Rehan Kurnia (20) diserang di jalan.\n\nSaat warga tiba di lokasi, Rehan sudah tergeletak."
    assert _roles(body) == {"Rehan Kurnia": None}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Berkali-kali Rianto Aji menjauh, lalu mendekat lagi.", "Rianto Aji"),
        ("Bertubi-tubi Fajar Alfian menyerang lawannya.", "Fajar Alfian"),
    ],
)
def test_a_prefixed_doubled_word_opening_a_sentence_is_no_name_word(body: str, person: str) -> None:
    assert _people(body) == [person]


@pytest.mark.parametrize(
    "body",
    [
        "Jenazah dibawa ke RSUD dr Hasan Sadikin Bandung.",
        "Pasien dirawat di Rumah Sakit Tentara dr. Reksodiwiryo Sutomo, Padang.",
        "Dua lainnya ialah RSUD dr Saiful Anwar, Malang.",
    ],
)
def test_a_doctor_closing_a_hospital_s_name_is_no_person(body: str) -> None:
    assert _people(body) == []


def test_a_doctor_after_an_office_is_a_person() -> None:
    body = "Kepala Dinas Kesehatan Sulut dr Debie Kalalo menyatakan, vaksin aman."
    assert _people(body) == ["Debie Kalalo"]


@pytest.mark.parametrize(
    "body",
    [
        "Pemuda itu menyerang di dekat Kantor Camat Kuranji, Padang.",
        "Massa berkumpul di depan kantor Lurah Sukamulya sejak pagi.",
    ],
)
def test_the_word_after_an_office_building_s_title_is_its_region(body: str) -> None:
    assert _people(body) == []


def test_a_holder_after_an_office_building_s_region_is_a_person() -> None:
    body = "Massa berkumpul di depan kantor Camat Kuranji Andi Saputra."
    assert _roles(body) == {"Andi Saputra": "Camat Kuranji"}


@pytest.mark.parametrize(
    "body",
    [
        "Setiap hari Rusto’s Tempeh di Kyoto menghasilkan 8.000 bungkus tempe.",
        "Pelanggan antre di Gordon's Roti Bakar setiap malam.",
    ],
)
def test_an_english_possessive_names_a_shop_not_a_person(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Wang keluar dari kampus untuk mendirikan startup data, Scale AI.",
        "Ia bercerita di kanal YouTube Keluarga Bahagia TV, Selasa.",
        "Platform ini mendukung mobil listrik dan Range Extender EV.",
    ],
)
def test_a_run_closing_with_tv_ai_or_ev_is_a_body_or_a_thing(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Mutasi itu tertuang dalam Keputusan Panglima TNI Nomor Kep/667/V/2025 tertanggal 27 Mei.",
        "Polri mengeluarkan Maklumat Kapolri Nomor Mak/3/IX/2020 tentang protokol kesehatan.",
    ],
)
def test_a_letter_code_before_a_number_is_a_document_s_not_a_person(body: str) -> None:
    assert _people(body) == []


def test_a_pair_of_players_split_by_a_slash_stays_two_people() -> None:
    body = "Final diraih Sabar Karyaman Gutama/Reza Pahlevi Isfahani di Singapura."
    assert _people(body) == ["Sabar Karyaman Gutama", "Reza Pahlevi Isfahani"]


def test_a_roman_one_after_a_grade_word_goes_with_the_office() -> None:
    body = (
        "Kepala Seksi Informasi Kantor Imigrasi Kelas I Tempat Pemeriksaan Imigrasi Malang Budi Santoso,"
        " Selasa, mengatakan hal itu."
    )
    assert _roles(body) == {
        "Budi Santoso": "Kepala Seksi Informasi Kantor Imigrasi Kelas I Tempat Pemeriksaan Imigrasi Malang"
    }


@pytest.mark.parametrize(
    "body",
    [
        "Umat memenuhi gereja Paroki Penfui sejak pagi.",
        "Kapal bersandar di Dermaga Rangko sejak pagi.",
        "Harga tiket terbilang murah, Gratis Ongkir berlaku hingga akhir bulan.",
        "Pengunjung bekerja di Koridor Co-Working Space setiap hari.",
        "Warga Rawa Belong berkumpul di lapangan.",
    ],
)
def test_a_common_word_or_a_place_s_head_opening_a_run_is_no_person(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        (
            "Misa dipimpin Uskup Atambua Mgr Dominikus Saku di gereja katedral.",
            "Dominikus Saku",
            "Uskup Atambua Mgr",
        ),
        (
            "Menurut Direktur Riset dan Konsultan Savills Indonesia Anton Sitorus, pasar membaik.",
            "Anton Sitorus",
            "Direktur Riset dan Konsultan Savills Indonesia",
        ),
    ],
)
def test_a_title_before_a_name_goes_in_its_role(body: str, person: str, role: str) -> None:
    assert _roles(body) == {person: role}


def test_a_common_word_before_a_short_form_is_no_name_word() -> None:
    body = "Ganda putra Hendra Setiawan tampil apik. Efek Hendra terasa di lapangan."
    [person] = [n for n in find_names(body) if n.kind == "person"]
    assert person.name == "Hendra Setiawan"
    assert [body[m.start : m.end] for m in person.mentions] == ["Hendra Setiawan", "Hendra"]


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Lurah Grogol Selatan Asep Subahan dinonaktifkan sejak Senin.",
            {"Asep Subahan": "Lurah Grogol Selatan"},
        ),
        (
            "Sementara itu, Mundari, Camat Cilandak, Jakarta Selatan, mengajak warga.",
            {"Mundari": "Camat Cilandak"},
        ),
        ("Hal itu dikatakan Camat Syahrizal kepada wartawan, Kamis.", {"Syahrizal": "Camat"}),
    ],
    ids=["compass", "place-after-comma", "holder-alone"],
)
def test_one_word_after_a_region_s_title_before_a_compass_word_or_a_place_is_the_region(
    body: str, roles: dict[str, str]
) -> None:
    assert _roles(body) == roles


def test_an_answer_word_before_a_title_in_a_quote_is_no_person() -> None:
    body = "“Benar, Pak Sekda terkonfirmasi positif. Beliau menjalani isolasi,” kata Widji Lestariono."
    assert _people(body) == ["Widji Lestariono"]


def test_a_one_word_bank_between_a_title_and_a_name_goes_in_the_role() -> None:
    body = "Presiden Bundesbank Joachim Nagel menilai industri Jerman masih kuat."
    assert _roles(body) == {"Joachim Nagel": "Presiden Bundesbank"}


@pytest.mark.parametrize(
    "body",
    [
        "Ia mendengarkan kekhawatiran para pemimpin dunia soal tarif, Trump mengatakan hal itu.",
        "Klub telah melepas beberapa pemain seperti Ondrej Kudela, Maciej Gajos, dan Marko Simic.",
    ],
)
def test_a_plural_title_before_a_comma_is_no_role_of_the_name_after_it(body: str) -> None:
    assert all(role is None for role in _roles(body).values())


@pytest.mark.parametrize(
    "body",
    [
        "Ia meraih gelar Pemain Terbaik Dunia FIFA pada tahun 1993.",
        "Pesawat mendarat di Lanud Halim Perdanakusuma pada malam hari.",
        "Ia kuliah di Jurusan Agribisnis Ternak Ruminansia sejak 2019.",
    ],
)
def test_a_superlative_or_a_unit_s_head_opening_a_run_is_no_person(body: str) -> None:
    assert _people(body) == []


def test_an_english_office_word_goes_on_in_the_role() -> None:
    body = "Vice President Secretariat & Corporate Communication BCA Hera F Haryn menambahkan hal itu."
    assert _roles(body) == {"Hera F Haryn": "Vice President Secretariat & Corporate Communication BCA"}


@pytest.mark.parametrize(
    "body",
    [
        "Seleksi dibuka di UIN Raden Fatah Palembang, Selasa.",
        "Ia mengajar di IAIN Sunan Ampel sejak 2010.",
    ],
)
def test_an_islamic_college_named_after_a_person_is_no_person(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        ("Presiden RI Bapak Prabowo Subianto membuka acara itu.", {"Prabowo Subianto": "Presiden RI"}),
        ("Ketua KPK Setyo Budiyanto hadir.\n\nTerima kasih Bapak Ketua KPK Bapak Setyo.", None),
        ("Ibu Negara Nyonya Iriana Kusuma hadir di acara itu.", {"Iriana Kusuma": "Ibu Negara"}),
    ],
    ids=["trailing", "both-ends", "ibu-negara"],
)
def test_forms_of_address_at_a_role_s_edges_are_no_office(body: str, roles: dict[str, str] | None) -> None:
    if roles is None:
        [person] = [n for n in find_names(body) if n.kind == "person"]
        assert [m.role for m in person.mentions] == ["Ketua KPK", "Ketua KPK"]
        return
    assert _roles(body) == roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "“Tidak ada kepastian,” tulis Anthony Mathias, Direktur Medco Energi dalam keterangan resminya.",
            "Direktur Medco Energi",
        ),
        (
            "Hal itu disampaikan Franky Rivan, Analis Kresna Sekuritas dalam risetnya, Senin.",
            "Analis Kresna Sekuritas",
        ),
    ],
)
def test_where_an_office_holder_said_it_is_no_part_of_the_office(body: str, role: str) -> None:
    [person] = [n for n in find_names(body) if n.kind == "person"]
    assert person.role == role


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Menurut Wali Kota Anke Vorst, pelaku tewas di sekolah di Kota Lienz.\n\n"
            "Vorst menambahkan bahwa korban dibawa ke rumah sakit.",
            {"Anke Vorst": "Wali Kota"},
        ),
        (
            "Ia meminta Kepala Dinas Kesehatan Febrina Rachmawati menghubungi rumah sakit.\n\n"
            "“Kami siap,” kata Febrina.",
            {"Febrina Rachmawati": "Kepala Dinas Kesehatan"},
        ),
        (
            "Wali Kota Cimanggu Nasrul Azis mengatakan warga Kota Cimanggu siap.",
            {"Nasrul Azis": "Wali Kota Cimanggu"},
        ),
    ],
    ids=["written-once", "spoken-alone", "region-again"],
)
def test_a_word_after_a_region_s_head_is_the_region_only_where_it_stands_apart(
    body: str, roles: dict[str, str]
) -> None:
    assert _roles(body) == roles


@pytest.mark.parametrize(
    "body",
    [
        "Sebagai perbandingan, iPhone 15 Pro Max dari Apple dijual mulai Rp 20 juta.",
        "Ia membeli iPad 11 Pro Plus untuk sekolah anaknya, lalu iPad 11 Pro untuk dirinya.",
    ],
)
def test_words_after_a_brand_s_model_number_name_a_product(body: str) -> None:
    assert _people(body) == []


def test_a_name_after_a_ballot_number_is_still_a_person() -> None:
    assert _people("Pasangan nomor urut 01 Wahyu Santoso unggul di TPS itu.") == ["Wahyu Santoso"]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Investment Partner Beta KLM Venture Harry Tsang mengatakan pasar itu besar.", "Harry Tsang"),
        ("Managing Partner East Ventures Wilson Cahaya mengatakan pasar itu besar.", "Wilson Cahaya"),
    ],
)
def test_a_firm_s_english_head_opening_the_name_words_closes_the_firm(body: str, person: str) -> None:
    assert _people(body) == [person]


def test_a_two_word_region_never_shortened_is_no_holder_s_name() -> None:
    assert _people("Mereka adalah warga Desa Sido Makmur, Kecamatan Batu Putih, Lampung.") == []


def test_a_head_word_inside_a_known_place_does_not_cut_the_name_after_it() -> None:
    body = "Bursa naik setelah Presiden Amerika Serikat Donald Trump bicara.\n\nPada Rabu, Trump juga bicara."
    assert _roles(body) == {"Donald Trump": "Presiden Amerika Serikat"}


@pytest.mark.parametrize(
    "body",
    [
        "Sejarawan Universitas Satya Wacana, Salatiga, mengatakan, pandemi itu berat.",
        "Ia salat di Masjid Agung Baiturrahman, Banda Aceh, pada Jumat.",
    ],
)
def test_name_words_after_a_body_s_head_before_a_place_in_commas_are_the_body_s(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        ("Wawako Pagar Alam Hj Bertina menyampaikan terima kasih.", {"Bertina": "Wawako Pagar Alam"}),
        ("Wali Kota Tebing Tinggi, H. Imran Sitepu, siap.", {"Imran Sitepu": "Wali Kota Tebing Tinggi"}),
    ],
)
def test_haji_at_a_role_s_end_is_courtesy_not_office(body: str, roles: dict[str, str]) -> None:
    assert _roles(body) == roles


def test_an_aspect_word_before_the_comma_makes_a_clause_not_an_office() -> None:
    body = "Meski RSDC Wisma Atlet sudah punya ruang ICU, Arifin memohon warga tetap patuh."
    assert [m.role for n in find_names(body) if n.kind == "person" for m in n.mentions] == [None]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Pasangan Robertus Mbaku-Ridwan unggul dengan 64.000 suara.", ["Robertus Mbaku", "Ridwan"]),
        ("Hasilnya, paslon nomor urut 01 Wahyudi-Qomarul Huda menang.", ["Wahyudi", "Qomarul Huda"]),
        ("Film itu dibintangi Jodie Turner-Smith dan Lily Rabe.", ["Jodie Turner-Smith", "Lily Rabe"]),
    ],
    ids=["pasangan", "nomor-urut", "double-surname"],
)
def test_a_hyphen_after_a_ticket_word_joins_a_running_pair(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    "body",
    [
        "Ponsel itu hadir dengan warna Titanium Blue, harganya Rp 3 juta.",
        "Layarnya mendukung resolusi Full HD, cukup terang.",
    ],
)
def test_a_colour_or_a_resolution_is_no_person(body: str) -> None:
    assert _people(body) == []


def test_a_name_closing_the_words_after_a_comma_is_the_next_clause_s_subject() -> None:
    body = (
        "Setelah bercerai dari presenter Rudi Onsa, penyanyi sekaligus pengusaha Sarwenda kembali "
        "mencuri perhatian.\n\n“Aku santai saja,” ujar Sarwenda."
    )
    assert _roles(body) == {"Rudi Onsa": "presenter", "Sarwenda": None}


def test_a_lone_word_the_article_puts_after_di_is_a_place() -> None:
    body = (
        "Kabar itu viral ke telinga warga Bangkalan, Mandura.\n\n"
        "Ia tak ingat mengapa dirinya berada di Mandura saat itu."
    )
    assert _people(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Ia menang lewat kampanye 'Ada Aja Idenya' yang diluncurkan tahun lalu.",
        "Perusahaan itu bermitra dengan perusahaan taksi listrik Green SM (GSM) di Jakarta.",
        "Penjurian oleh panel ahli dari firma terkemuka seperti KPMG, PwC, EY, dan Kearney.",
    ],
    ids=["quoted-after-common-word", "acronym-initials", "list-after-seperti"],
)
def test_a_slogan_a_spelled_out_firm_or_a_listed_firm_is_no_person(body: str) -> None:
    assert _people(body) == []


def test_partner_is_an_office() -> None:
    body = "Managing Partner East Ventures Wilson Cahaya mengatakan pasar itu besar."
    assert _roles(body) == {"Wilson Cahaya": "Managing Partner East Ventures"}


def test_ajun_before_a_name_word_is_a_given_name() -> None:
    body = "Korbannya antara lain Ajun Siregar (Lubuk Pakam) dengan kerugian Rp 350 juta."
    assert _roles(body) == {"Ajun Siregar": None}


def test_two_capitals_after_a_rank_are_initials() -> None:
    body = "Kapolsek didampingi Kanit Reskrim Iptu PM Tambunan mengatakan pelaku ditangkap."
    assert _roles(body) == {"PM Tambunan": "Kanit Reskrim Iptu"}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Kepala Penerangan Kogabwilhan III Kolonel (Czi) IGN Suriasta mengatakan hal itu.", "IGN Suriasta"),
        ("Hal itu disampaikan Kapolsek Kompol IGP Wirawan kepada wartawan.", "IGP Wirawan"),
    ],
)
def test_three_capitals_after_a_rank_or_corps_are_initials(body: str, person: str) -> None:
    assert _people(body) == [person]


def test_an_acronym_after_an_office_s_jenderal_is_its_body() -> None:
    body = "Direktur Jenderal AHU Kemenkumham Cahya Rahadian mengatakan hal itu."
    assert _roles(body) == {"Cahya Rahadian": "Direktur Jenderal AHU Kemenkumham"}


def test_a_holy_day_word_the_article_lets_speak_is_a_name() -> None:
    body = (
        "Kepala Puskesmas Pamulang Fitri mengatakan, pihaknya siap menjelang Idul Fitri.\n\n"
        "“Kami masih menunggu arahan,” ucap Fitri."
    )
    [person] = [n for n in find_names(body) if n.kind == "person"]
    assert (person.name, person.role) == ("Fitri", "Kepala Puskesmas Pamulang")


def test_a_holy_day_word_after_a_common_noun_is_no_person() -> None:
    assert _people("Sebagian umat Muslim menilai hal itu tidak adil.\n\n“Tidak adil,” kata Muslim.") == []


def test_a_lone_word_closing_an_english_name_with_of_is_no_person() -> None:
    body = "Pengusaha dari PT House of Rattan mengatakan, pesanan anjlok 20 persen."
    assert _people(body) == []


def test_a_word_with_an_acronym_after_its_hyphen_is_a_code() -> None:
    body = "Data itu hasil foto formulir Model C Hasil-KWK yang dikirim petugas."
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        ("Rektor Universitas UMT, Prof Dr Ir Bambang Wiryono, menyampaikan terima kasih.",
         {"Bambang Wiryono": "Rektor Universitas UMT"}),
        ("Kepala Dinas Kesehatan Sleman dr Ratna Dewanti mengatakan hal itu.",
         {"Ratna Dewanti": "Kepala Dinas Kesehatan Sleman"}),
    ],
)
def test_academic_titles_at_a_role_s_end_are_courtesy_not_office(body: str, roles: dict[str, str]) -> None:
    assert _roles(body) == roles


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Kapolsek Tebet AKP A.H Sagala mengatakan hal itu.", ["A.H Sagala"]),
        ("Warga mengenang R.A. Kartini setiap tahun.", ["R.A. Kartini"]),
        # Letters glued after a name and a comma are a degree, no one's initials.
        ("Kuasa hukumnya, Budi Santoso, S.H., M.H., mengatakan hal itu.", ["Budi Santoso"]),
        ("Kepala Sekolah Ani Lestari, S.Pd, M.Kom, mengatakan hal itu.", ["Ani Lestari"]),
    ],
)
def test_dotted_letters_glued_together_are_initials_before_a_name_and_a_degree_after_one(
    body: str, people: list[str]
) -> None:
    assert _people(body) == people


def test_a_us_state_after_its_city_is_a_place_and_leaves_the_role_to_the_person() -> None:
    body = (
        '"Tidur cukup itu penting," kata peneliti di sebuah rumah sakit di Baltimore, Maryland, '
        "Laura Penn, Selasa. Di Texas dan Ohio, hal itu juga diteliti."
    )
    names = _by_name(find_names(body))
    for place in ("Maryland", "Texas", "Ohio"):
        assert names[place].kind == "place"
    assert _people(body) == ["Laura Penn"]
    # A hotel named after its founder before the state is no person.
    assert _people("Ia membangun spa di JW Marriott California, Amerika Serikat.") == []


@pytest.mark.parametrize(
    "body",
    [
        "Model baru itu penting bagi dorongan EV Mahindu di pasar India.",
        "Ia pernah melatih tim cadangan FK Vorskla sebelum pindah.",
        "Pemerintah menerbitkan aturan itu atau PP Lindung pada Maret lalu.",
        "Sidang permohonan PK Budi Sentosa ditunda, Budi Sentosa tak hadir.",
    ],
)
def test_two_capitals_after_a_plain_word_are_an_acronym_not_initials(body: str) -> None:
    # A firm, a club or a regulation: initials open a name after a title or where it speaks.
    assert not any(p.split()[0].isupper() for p in _people(body))


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Kapolres Iptu AB Santoso datang, kata warga.", "AB Santoso"),
        ("Kabar itu dibenarkan, kata HM Rasyid kepada wartawan.", "HM Rasyid"),
        ("Surat itu dikirim oleh AG Lumatau. Isinya jelas, ujar Lumatau.", "AG Lumatau"),
        # After kin or a noun for a person, initials open a name as they do after a title.
        ("Rumah itu milik putra AM Hendrawan di Bogor.", "AM Hendrawan"),
        ("Pesawat dikemudikan pilot MZ Darmaji dan kopilot Rudi Hartono.", "MZ Darmaji"),
    ],
)
def test_initials_after_a_title_or_a_cue_still_open_a_name(body: str, person: str) -> None:
    assert person in _people(body)


def test_a_village_s_youth_club_is_an_organisation_in_its_head_s_role() -> None:
    # Every village has its Karang Taruna: no 'Taruna Tunas' with the role 'Ketua Karang'.
    body = (
        "Menurut Wawan yang juga Ketua Karang Taruna Tunas Harapan Desa Sidorejo, lewat wadah itu "
        "warga bisa maju, kata Wawan Setiadi."
    )
    names = _by_name(find_names(body))
    assert names["Karang Taruna"].kind == "org"
    assert _people(body) == ["Wawan Setiadi"]


def test_taruna_siaga_bencana_is_an_organisation() -> None:
    body = "Kementerian Sosial mengerahkan Taruna Siaga Bencana (Tagana) ke lokasi. Tagana bergerak cepat."
    names = _by_name(find_names(body))
    assert names["Taruna Siaga Bencana"].kind == "org"
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Ketua Umum Himpunan Pengusaha Sepatu Kulit Nusantara, Bagus Wirawan, mengatakan pasar "
            "sepatu kulit masih lesu.",
            ["Bagus Wirawan"],
        ),
        # A name the article never writes in lower case stays one.
        ("Pengusaha Hari Putra mengatakan pasar sepatu masih lesu.", ["Hari Putra"]),
    ],
)
def test_words_after_a_title_the_article_writes_in_lower_case_are_a_term(
    body: str, people: list[str]
) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    "body",
    [
        "Ia merupakan warga Korong Lubuak Aro, Kabupaten Padang Pariaman.",
        "Ia merupakan warga Korong Sikabu, Pasar Usang, Kabupaten Padang Pariaman.",
    ],
)
def test_korong_heads_a_village_s_name(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        ("Warga salat Ied bersama Ustad H. Muhammad Hasan selaku imam.", {"Muhammad Hasan": "Ustad"}),
        ("Ustadzah Nur Aini Lestari hadir di pengajian.", {"Nur Aini Lestari": "Ustadzah"}),
        ("Ustazah Halimah Sari hadir di pengajian.", {"Halimah Sari": "Ustazah"}),
    ],
)
def test_ustad_and_ustadzah_are_titles(body: str, roles: dict[str, str]) -> None:
    assert _roles(body) == roles


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Kami meresmikan rute itu bersama Pak Gubernur Banten, Andra Soni, Wakil Bupati, Pak Asep, "
            "di sana.",
            {"Andra Soni": "Gubernur Banten", "Asep": "Wakil Bupati"},
        ),
        # A role after the comma with no holder after it stays the name's.
        ("Andra Soni, Wakil Bupati Bekasi, mengatakan hal itu.", {"Andra Soni": "Wakil Bupati Bekasi"}),
    ],
)
def test_a_role_after_a_name_s_comma_with_its_holder_after_it_is_the_holder_s(
    body: str, roles: dict[str, str | None]
) -> None:
    assert _roles(body) == roles


def test_regional_offices_short_names_are_role_words() -> None:
    body = (
        "Turut hadir Kabid Poldagri Kesbangpol Zulfadli Hasibuan, Kabag Prokopim Faisal Nasution, dan "
        "Kepala Bappeda Rina Marlina."
    )
    assert _roles(body) == {
        "Zulfadli Hasibuan": "Kabid Poldagri Kesbangpol",
        "Faisal Nasution": "Kabag Prokopim",
        "Rina Marlina": "Kepala Bappeda",
    }


def test_a_lone_word_the_article_puts_after_pulau_is_a_place() -> None:
    body = (
        "Perusahaan menjaga pantai di Pulau Karas. Melalui Division Head Area Karas, perusahaan "
        "memasang penahan abrasi."
    )
    assert _people(body) == []


def test_baitul_maqdis_is_jerusalem() -> None:
    body = "Para akademisi jarang berbicara tentang Baitul Maqdis atau masalah Gaza, katanya."
    names = _by_name(find_names(body))
    assert names["Yerusalem"].kind == "place"
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Wakasat Samapta Polres Metro Bekasi Kompol Darmo Sugiarto menjelaskan hal itu.",
            {"Darmo Sugiarto": "Wakasat Samapta Polres Metro Bekasi Kompol"},
        ),
        (
            "Kasatlantas Polres Toba AKP Rendi Lubis mengatakan jalan itu licin.",
            {"Rendi Lubis": "Kasatlantas Polres Toba AKP"},
        ),
    ],
)
def test_short_police_offices_are_titles(body: str, roles: dict[str, str]) -> None:
    assert _roles(body) == roles


def test_jakarta_s_cities_by_their_short_forms_are_places() -> None:
    body = "Hal itu disampaikan kepada wartawan di Kejagung, Jaksel, Jumat. Sidang digelar di PN Jakpus."
    names = _by_name(find_names(body))
    assert names["Jakarta Selatan"].kind == "place"
    assert names["Jakarta Pusat"].kind == "place"
    assert _people(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Meskipun begitu, Meta menegaskan iklan hanya tampil di luar ruang obrolan.",
        "Hasilnya, Lalamove menegaskan pelaku sudah diblokir sejak bulan lalu.",
        "Pemilik kartu grafis Gigabyte melaporkan kebocoran. Gigabyte mengatakan gel itu aman.",
    ],
)
def test_companies_the_news_names_every_day_are_no_person(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A soldier's rank, Prajurit Dua, before a name; the fashion house alone is no one.
        ("Prada Lucky Saputra Namo meninggal setelah dianiaya di asrama.", ["Lucky Saputra Namo"]),
        ("Saham Capri melonjak setelah Prada mengatakan telah mencapai kesepakatan.", []),
    ],
)
def test_prada_is_a_private_s_rank(body: str, people: list[str]) -> None:
    assert _people(body) == people
    assert all(n.name != "Prada" for n in find_names(body))


def test_a_platoon_commander_is_a_title() -> None:
    body = "Menurut Danton Satgas BPBD Kota Tangerang Selatan, Dian Wiriyawan, api padam pukul 17.00."
    assert _people(body) == ["Dian Wiriyawan"]


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Mantan Mendikbud Ristek Nadiem Makarim mengatakan pengadaan itu didampingi jaksa.",
            {"Nadiem Makarim": "Mantan Mendikbud Ristek"},
        ),
        ("Pengadaan di Kemendikbud Ristek didampingi jaksa, kata dia.", {}),
        ("Surat itu ditandatangani Menko Polhukam, Menteri Dalam Negeri, dan Kapolri.", {}),
        ("Sunan Ampel dikenal sebagai Wali Songo tertua dari wali-wali lainnya.", {}),
    ],
)
def test_a_ministry_s_field_and_a_numeral_go_on_with_the_title(body: str, roles: dict[str, str]) -> None:
    assert _roles(body) == roles


def test_a_colloquial_word_opening_quoted_speech_is_no_person() -> None:
    body = '"Yang salah adalah mengaku itu milik sendiri. Trus berharap tidak ketahuan," tulis Ernest.'
    assert "Trus" not in _people(body)


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "kata Pelaksana Tugas Kepala Departemen Literasi, Inklusi Keuangan, dan Komunikasi OJK, Ismail "
            "Riyadi, dalam keterangannya.",
            ["Ismail Riyadi"],
        ),
        (
            "Hal ini disampaikan Peneliti Pusat Riset Bahasa, Sastra, dan Komunitas BRIN, Yeni Yulianti.",
            ["Yeni Yulianti"],
        ),
        (
            "Kepala Subdirektorat Industri Kayu dan Rotan Industri Hasil Hutan Kemenperin Mediarman "
            "mengatakan data masih dikumpulkan.",
            ["Mediarman"],
        ),
        ("Ia menjabat Deputi Bidang Pengendalian Penduduk dan Permukiman sejak 2019.", []),
        # A holder's list goes on with a title or a name.
        (
            "Hadir Kepala Dinas Kesehatan Ratna dan Kepala Dinas Sosial Rahmat. Ratna mengatakan stok aman.",
            ["Ratna", "Rahmat"],
        ),
    ],
)
def test_a_field_in_a_list_inside_a_body_s_name_is_no_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    "body",
    [
        "Sebelumnya, KH Umar Basri, pemimpin Pondok Pesantren Al Hidayah, Cicalengka, Jawa Barat, dihajar.",
        "Banyak yang kecele, kata Candrakumara, warga Karah, Jambangan, Surabaya.",
    ],
)
def test_a_word_between_a_role_s_place_and_a_known_place_is_the_address(body: str) -> None:
    people = _people(body)
    assert "Cicalengka" not in people and "Jambangan" not in people
    assert people[0] in ("Umar Basri", "Candrakumara")


def test_name_words_before_role_words_and_a_firm_s_head_word_are_the_firm_s() -> None:
    body = (
        '"Arah modal bisa berubah drastis," ulas tim riset Mirae Asset Sekuritas Indonesia. "Pasar '
        'masih wajar," jelas Mirae Asset Sekuritas Indonesia.'
    )
    assert _people(body) == []


def test_an_engineer_s_registration_after_the_degrees_is_no_person() -> None:
    body = "Rektor Universitas BSI, Prof Dr Ir Mochamad Wahyudi, M.Kom, MM, IPU, ASEAN Eng menyampaikan itu."
    assert _people(body) == ["Mochamad Wahyudi"]


@pytest.mark.parametrize(
    "body",
    [
        "Di utas itu tertulis: “Gelar PhD Hukum dari Oxford itu beban, bukan nilai lebih.”",
        "Ijazah MSc dari kampus itu tidak menjamin apa pun, katanya.",
    ],
)
def test_a_degree_after_a_common_word_is_no_person(body: str) -> None:
    # 'Gelar PhD': a degree and the noun it is, no name.
    assert _people(body) == []


def test_a_degree_after_a_name_stays_out_of_it() -> None:
    assert _people("Pakar hukum Sinta Wulan PhD menilai aturan itu lemah, kata dia.") == ["Sinta Wulan"]


@pytest.mark.parametrize(
    "body",
    [
        "Para pendamping Presiden, baik itu menteri, Paspampres, dan perangkat lainnya dites.",
        "Media Jerman, Bild, menilai Kevin layak jadi kapten. Menurut The Guardian, kota itu sepi.",
        "Ada pula Peneliti Forum Masyarakat Peduli Parlemen (Formappi) yang hadir.",
    ],
)
def test_a_guard_a_newspaper_and_a_parliament_are_no_person(body: str) -> None:
    assert _people(body) == []


def test_a_title_after_a_hospital_s_kind_words_names_the_hospital_s_namesake() -> None:
    body = "Rumah sakit itu misalnya Rumah Sakit Umum Pusat Dr Sardjito dan Rumah Sakit Akademik UGM."
    assert _people(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Fenomena La Nina berpotensi meningkatkan bencana. Pengaruh El Nino juga terasa, katanya.",
        "Survei tahunan The Asian Parent menggambarkan tren itu.",
        "Acara digelar di Hotel The St. Regis, kawasan Setiabudi, Jakarta Selatan.",
        "Ia magang di perusahaan fashion The F Thing selama tiga bulan.",
    ],
)
def test_the_weather_and_a_name_opened_by_the_are_no_person(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Sehari setelahnya, Agensi Sublime mengumumkan kabar itu.",
        "Di Asia, RS EMC Grha Kedoya yang pertama kali memilikinya.",
        "Para santri Dayah Babul Ilmi Syafiiah menggelar doa bersama.",
        "Sat Res Narkoba Polres Tebing Tinggi meringkus dua pria di Padang Hulu.",
    ],
)
def test_an_agency_a_grha_a_dayah_and_a_police_unit_head_a_body_s_name(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "CITES (Convention on International Trade in Endangered Species) memasukkannya ke daftar.",
        "Gedung Putih meluncurkan inisiatif bernama “Fair and Reciprocal Plan” pekan lalu.",
        "Peserta terkejut saat mencicip Black and White Cheese buatan Ayu.",
    ],
)
def test_words_after_an_english_joining_word_go_on_an_english_name(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Atep Kurnia dalam bukunya, “Jaman Woneng: Wabah Sampar di Priangan”, berkisah.", ["Atep Kurnia"]),
        ("Ia berbicara dalam diskusi bertema “Reviu Periodik IV: Perspektif HAM atas Pandemi”.", []),
    ],
)
def test_words_before_a_colon_in_a_quoted_title_are_no_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_a_cave_heads_a_place_s_name() -> None:
    body = "Wisatawan yang datang ke Goa Rangko menginap di Labuan Bajo. Goa Rangko ramai, kata Diraja."
    assert _people(body) == ["Diraja"]


def test_a_holder_who_speaks_is_no_field_in_a_list() -> None:
    body = "Rapat dihadiri Direktur Utama Suryo dan Direksi lainnya. “Kami siap,” kata Suryo."
    assert _roles(body) == {"Suryo": "Direktur Utama"}


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A link's text glued to 'dan' inside it: two people, not one.
        (
            "Momen haru tersaji dalam pernikahanRaka Pratamadan Salsa Nadia, kata tamu.",
            ["Raka Pratama", "Salsa Nadia"],
        ),
        # Or to a word that goes on with the sentence, after a name the article writes alone.
        (
            "JAKARTA-Mauro Silvaakhirnya Menuju Bandung. Klub menunjuk Mauro Silva sebagai pelatih.",
            ["Mauro Silva"],
        ),
        # Not a name that ends in 'dan' ('Ramdan', 'Dadan').
        ("Pelatih Ramdan Denny Prakoso dan Dadan Hidayat hadir.", ["Ramdan Denny Prakoso", "Dadan Hidayat"]),
    ],
    ids=["dan", "akhirnya", "name-ending"],
)
def test_a_word_a_scraper_glued_inside_a_name_splits_it(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_a_prefix_before_a_hyphen_joins_no_pair() -> None:
    # 'Non-Deliverable' is one word: the acronym spells the whole term, no two people.
    body = "Bank masuk ke pasar DNDF (Domestic Non-Deliverable Forward), kata Budi Santoso."
    assert _people(body) == ["Budi Santoso"]


@pytest.mark.parametrize(
    "body",
    [
        "Sistem itu dipakai di Sleman Cargo Gateway atau SCG sejak Senin, kata Budi Santoso.",
        "Dana itu masuk ke Dinolda Bumi Wiralaga atau DBW, kata Budi Santoso.",
    ],
    ids=["place-first", "whole"],
)
def test_words_an_acronym_after_atau_spells_out_are_no_person(body: str) -> None:
    # 'X atau ABC' gives the short form as a bracket does: a term or a body spelled out.
    assert _people(body) == ["Budi Santoso"]


def test_a_known_short_form_between_a_rank_holder_s_names_is_an_initial() -> None:
    # 'AP', the agency, stands between the general's first name and surname: his middle initials.
    body = "Kolonel Darmo AP Wirasena menegaskan, prajurit netral. Menurut Darmo, situasi aman."
    assert _people(body) == ["Darmo AP Wirasena"]


@pytest.mark.parametrize(
    "body",
    [
        "Kata Direktur Sembada Lending BRI Darmo Wirasena, kredit naik.",
        "Wakil Ketua Komisi X DPR Rina Tobing menyambut baik hal itu.",
    ],
    ids=["after-a-word", "after-a-numeral"],
)
def test_a_body_s_short_form_between_an_office_s_words_and_a_name_stays_the_body_s(body: str) -> None:
    # Not after a rank: the short form closes the office, the name starts after it.
    assert len(_people(body)) == 1 and " " in _people(body)[0] and not _people(body)[0].isupper()
    assert any(n.kind == "org" for n in find_names(body))


def test_an_acronym_spelled_out_with_a_place_in_brackets_is_no_person() -> None:
    body = "Pemda membangkitkan lagi PT BWI (Bumi Wiralodra Indramayu) sebagai badan usaha daerah."
    assert _people(body) == []


def test_a_long_acronym_inside_a_title_s_words_goes_on_with_the_role() -> None:
    # 'DPMPTSP', seven letters: the investment office, inside the title's words like 'BKPM'.
    body = "“Investasi tumbuh,” ujar Kepala DPMPTSP Provinsi Kalbar Hendra, Rabu (29/7/2020)."
    assert _roles(body) == {"Hendra": "Kepala DPMPTSP Provinsi Kalbar"}


def test_an_acting_office_goes_on_over_dan() -> None:
    # 'Pelaksana Tugas' opens the office as a title does: its fields go on over 'dan'.
    body = (
        "“Vaksin tiba,” kata Pelaksana Tugas Direktur Jenderal Pencegahan dan Pengendalian Penyakit"
        " Kementerian Kesehatan Maxi Rein Rondonuwu di Surabaya."
    )
    assert _people(body) == ["Maxi Rein Rondonuwu"]


def test_a_name_after_an_english_abstract_noun_is_a_person() -> None:
    # The English word closes the foundation's name; the person's name follows it.
    body = "Ketua Yayasan Sumba Hospitality Radempta Bato mengatakan, banyak perempuan bekerja di hotel."
    assert _people(body) == ["Radempta Bato"]


def test_a_particle_after_an_english_abstract_noun_goes_on_with_its_name() -> None:
    body = "PADANG - Monument van Traditionele Houten Vissersboot terletak di tepi sungai."
    assert _people(body) == []


def test_a_given_name_the_article_lets_speak_opens_the_name_after_a_body_s_word() -> None:
    # 'Katolik' ends the role's run; 'Parahyangan' is the university's, 'Budi' speaks alone.
    body = (
        "Pengajar Hukum Pidana Universitas Katolik Parahyangan Budi Hartono Wijaya mengusulkan jalan"
        " lain. “Aturan itu tidak sah,” ucap Budi."
    )
    assert _people(body) == ["Budi Hartono Wijaya"]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # After a body's head word the name words are the body's, unless one of them speaks alone.
        (
            "Hal senada disampaikan Resort Manager Ketapang Indah Hotel Pungky Kusuma. “Kamar penuh,”"
            " ujar Pungky.",
            ["Pungky Kusuma"],
        ),
        (
            "Supervisor PT Eigerindo Multi Produk Industri Zafrullah Sunyaruri menuturkan, persiapan"
            " dilakukan sejak April. Padahal, lanjut Zafrullah, toko ini ramai.",
            ["Zafrullah Sunyaruri"],
        ),
        # Not a street named after someone whose given name another person shares.
        (
            "Kantor itu berada di Jalan Ahmad Yani. “Kami siap,” kata Ahmad, warga setempat.",
            ["Ahmad"],
        ),
    ],
    ids=["hotel", "firm", "street"],
)
def test_a_word_that_speaks_alone_opens_a_name_after_a_body_s_words(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_a_place_after_a_body_s_field_closes_its_name() -> None:
    # 'Klimatologi' stands between the head word and the place: the place closes the station's name,
    # it opens none ('PT Minahasa Cahaya Lestari').
    body = "Hal itu disampaikan prakirawan Stasiun Klimatologi Bogor Leni Jantika Haswan, Senin."
    assert _people(body) == ["Leni Jantika Haswan"]


def test_a_body_after_a_hospital_s_field_goes_on_with_its_namesake() -> None:
    body = "Ia dirawat di Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Soebroto, Jakarta, sejak Senin."
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("“Ada 15 kasus baru,” kata Juru Bicara Gugus Tugas Covid-19 Kendari dr Algazali.", ["Algazali"]),
        # A hospital named after a doctor: the namesake is no one there.
        ("Terkait hal itu, RSUD Kota Bekasi dr Chasbullah ditetapkan sebagai rujukan.", []),
    ],
    ids=["doctor", "hospital"],
)
def test_a_lone_name_after_a_doctor_s_title_in_lower_case_is_a_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # The military crimes' deputy attorney general is a title, like 'Jampidsus'.
        ("“Perkara ini lama,” ujar Jampidmil Mayjen TNI Ali Ridho saat ditemui.", ["Ali Ridho"]),
        # An app's English head word closes its name.
        ("Unduh aplikasi JMO (Jamsostek Mobile) dari toko aplikasi.", []),
        # 'galian C', a quarry's class, names a kind of place.
        ("Dua penambang di area galian C Argasunya tertimbun longsor.", []),
        # The Holy See is a place, the Vatican.
        ("Direktur Desk Islam Tahta Suci Vatikan memberikan apresiasi.", []),
    ],
    ids=["jampidmil", "mobile", "galian", "holy-see"],
)
def test_a_deputy_attorney_an_app_a_quarry_and_the_holy_see_are_no_person(
    body: str, people: list[str]
) -> None:
    assert _people(body) == people


def test_a_ruler_s_numeral_closing_a_sentence_leaves_its_stop_to_the_sentence() -> None:
    # 'X.' reads like an initial with its stop; a numeral has none, the sentence ends there.
    body = "Ia adik Raja Hamengku Sentono X. Dalam keraton, ia mengurus tanah."
    assert [(n.name, n.mentions[0].text) for n in find_names(body)] == [("Hamengku Sentono X",) * 2]


def test_initials_for_a_name_s_first_words_join_the_full_name() -> None:
    body = (
        "Gubernur DIY Sri Sultan Hamengku Buwono X menerima tim peneliti. Dalam pertemuan itu, Sultan"
        " HB X mencoba alat tersebut."
    )
    assert _people(body) == ["Hamengku Buwono X"]


@pytest.mark.parametrize(
    "body",
    [
        # A madrasah tsanawiyah's short form heads a school's name, as 'SMP' does.
        "Setelah lulus dari MTs Wahid Hasyim Jagalampeni, dia merantau ke Depok.",
        # The navy's fleet command heads a unit's name, as 'Kodam' does.
        "TNI AL mengerahkan Penyelam Dinas Penyelamatan Bawah Air (Dislambair) Koarmada I untuk membantu.",
    ],
)
def test_a_madrasah_and_a_fleet_command_head_a_body_s_name(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Microsoft mengumumkan kehadiran Copilot Vision untuk Windows 10.",
        "Jangan samakan dengan Moto GP yang memang event bergengsi.",
    ],
)
def test_a_product_s_and_a_grand_prix_s_english_head_word_closes_its_name(body: str) -> None:
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # The speech verb follows the body the person comes from: 'Reynaldi' speaks.
        ("Reynaldi dari PT House of Rattan mengatakan, orderan furnitur rotan anjlok.", ["Reynaldi"]),
        # A common word there is the side that speaks, no one's name.
        ("Pihak dari PT Maju Makmur mengatakan, pesanan anjlok.", []),
    ],
    ids=["name", "common-word"],
)
def test_a_lone_name_from_a_body_before_a_speech_verb_is_a_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_a_firm_the_article_names_whole_elsewhere_ends_before_its_director() -> None:
    # 'PT Indra Karya,' stands whole elsewhere: its given name opens no person's name here.
    body = (
        "JAKARTA – PT Indra Karya, BUMN konsultan, meraih laba. “Laba naik,” ungkap Direktur PT Indra"
        " Karya Milfan Rantawi kemarin."
    )
    assert _people(body) == ["Milfan Rantawi"]


def test_a_firm_named_whole_elsewhere_closes_the_role_without_its_form_before_the_holder() -> None:
    # 'PT Bumi Agro Lestari Tbk' stands whole before: the role glues that firm, given name and
    # all, to its holder without 'PT'.
    body = (
        "JAKARTA. Emiten perkebunan PT Bumi Agro Lestari Tbk (BALI) menyatakan tidak terpengaruh."
        " “Kami tidak menjual produk ke pasar Eropa,” ucap Vice President Corporate Affairs Bumi"
        " Agro Lestari Danu Prakoso."
    )
    assert _people(body) == ["Danu Prakoso"]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A surname misspelt once, alone: the one person whose word it is.
        (
            "Direktur Jhonny Simanjutak mengatakan, stok aman. “Kami siap,” kata Simanjuntak.",
            ["Jhonny Simanjutak"],
        ),
        # Not a short word, which may be another person's ('Budi', 'Bude').
        ("Kepala Desa Budi Santoso hadir. “Kami siap,” kata Bude.", ["Budi Santoso", "Bude"]),
        # Nor a word two letters off: another name.
        ("Menlu Retno Marsudi hadir. “Kami siap,” kata Mursidi.", ["Retno Marsudi", "Mursidi"]),
        # A word with the Arabic article fused on, written without it and a letter doubled otherwise.
        (
            "Ketua Fraksi Alhuddayfi Ramlan hadir. Hudayfi menyebut rapat ditunda. “Kami siap,” kata"
            " Alhuddayfi.",
            ["Alhuddayfi Ramlan"],
        ),
    ],
    ids=["misspelt", "short", "two-off", "article-dropped"],
)
def test_a_lone_name_misspelt_from_one_person_s_word_joins_that_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_a_pair_of_first_names_each_opening_a_full_name_is_two_people() -> None:
    body = (
        "Pasangan calon nomor urut 2, Vonnie Anneke Panambunan-Hendry Runtuwene, melapor. Decky Senduk,"
        " sekretaris tim Vonnie-Hendry, mengaku belum ada sumber dana."
    )
    assert _people(body) == ["Vonnie Anneke Panambunan", "Hendry Runtuwene", "Decky Senduk"]


def test_a_running_pair_splits_after_an_apostrophe_s_name() -> None:
    body = "Kuasa hukum pasangan Rahmad Mas’ud-Thohari Aziz mendatangi kantor KPU, kata Agus Amri."
    assert _people(body) == ["Rahmad Mas’ud", "Thohari Aziz", "Agus Amri"]


def test_a_hadith_collection_s_head_word_heads_a_book_s_name() -> None:
    body = "Hal itu dinyatakan di dalam kitab Shahîh Al-Bukhâri dan Sahih Muslim, kata Ustaz Abdul Somad."
    assert _people(body) == ["Abdul Somad"]


@pytest.mark.parametrize(
    "body",
    [
        # A river mouth heads a place's name ('Muara Angke', 'Muara Bedahan').
        "Warga berjalan kaki 5 kilometer dari Muara Bedahan hingga Muara Glempang.",
        # An agent noun, 'pe-' before a root word, is a trade: 'Petambak', 'Pedagang'.
        "UU itu melindungi Nelayan, Pembudidaya Ikan, dan Petambak Garam di pesisir.",
    ],
)
def test_a_river_mouth_and_a_trade_are_no_person(body: str) -> None:
    assert _people(body) == []


def test_names_that_open_like_an_agent_noun_stay_names() -> None:
    body = "“Kami siap,” kata Ely Chandra Perangin Angin. Jesus Maria Pereda lalu hadir di Jakarta."
    assert _people(body) == ["Ely Chandra Perangin Angin", "Jesus Maria Pereda"]


@pytest.mark.parametrize(
    "body",
    [
        "Sejumlah tetangga di Rusunawa Tambora juga kehilangan pekerjaan.",
        "Patung Selamat Datang berdiri di Bundaran HI sejak lama.",
        "Pengamat transportasi dari Unika Soegijapranata mengingatkan hal itu.",
        "WNI yang bekerja di kapal pesiar Diamond Princess tiba di Kertajati.",
    ],
)
def test_flats_a_roundabout_a_catholic_university_and_a_cruise_ship_are_no_person(body: str) -> None:
    assert _people(body) == []


def test_a_root_word_opening_like_an_agent_noun_stays_a_name() -> None:
    # 'pelangi' is a root word whole, and a given name: no 'pe-' before 'langi'.
    body = "“Kami siap,” kata Pelangi Wulandari di Jakarta."
    assert _people(body) == ["Pelangi Wulandari"]


def test_pro_before_a_hyphen_keeps_the_person_after_it() -> None:
    body = "Relawan Pro-Jokowi berkumpul. Presiden Joko Widodo menyapa mereka, kata Jokowi kemudian."
    names = _by_name(find_names(body))
    assert len(names["Joko Widodo"].mentions) == 3


def test_an_initial_before_a_given_name_stays_in_the_name() -> None:
    # 'M' abbreviates Muhammad: the name does not start at the given name after it.
    body = "“Perkara ini lama,” ujar Jampidmil Mayjen TNI M Ali Ridho saat ditemui."
    assert _people(body) == ["M Ali Ridho"]


@pytest.mark.parametrize(
    ("body", "org", "person"),
    [
        ("Pakar imunologi Universitas Ahmad Dahlan, Yogyakarta, Rosyida Awalia, mengingatkan hal itu.",
         "Universitas Ahmad Dahlan", "Rosyida Awalia"),
        ("Rektor Universitas Sam Ratulangi Oktovian Sompie mengatakan, kampus siap.",
         "Universitas Sam Ratulangi", "Oktovian Sompie"),
    ],
)
def test_a_university_named_after_a_person_is_a_body(body: str, org: str, person: str) -> None:
    names = _by_name(find_names(body))
    assert names[org].kind == "org"
    assert _people(body) == [person]


def test_a_bank_s_and_the_police_s_short_and_long_forms_are_one_body() -> None:
    body = (
        "Direktur Utama PT Bank Central Asia Tbk Jahja Setiaatmadja hadir. Nasabah BCA bertambah. "
        "Kepolisian Negara RI diminta membantu. Polri siap."
    )
    names = _by_name(find_names(body))
    assert len(names["Bank Central Asia"].mentions) == 2
    assert len(names["Kepolisian Negara Republik Indonesia"].mentions) == 2
    assert "Asia" not in names


def test_initials_with_an_age_are_no_country_nor_body() -> None:
    # 'AS (32)' is a suspect's initials: neither there nor later is it the United States.
    body = (
        "Kedua pelaku, yaitu AS (32) dan MT (32), ditangkap polisi. AS yang duduk di belakang "
        "mencekik korban. Narapidana lain, MK (44), ikut ditangkap. Taksi di Amerika Serikat berbeda."
    )
    names = _by_name(find_names(body))
    assert [body[m.start : m.end] for m in names["Amerika Serikat"].mentions] == ["Amerika Serikat"]
    assert "Mahkamah Konstitusi" not in names


def test_initials_the_article_introduces_with_inisial_are_a_person() -> None:
    # A witness or a suspect named by initials only: 'ia' after them may be theirs.
    body = "Polisi memeriksa panitia berinisial KD. Bagi KD, ini panggilan kedua karena ia tidak hadir."
    assert _people(body) == ["KD"]
    # Given once, they are a passer-by in a list of victims: no person to take a pronoun.
    assert _people("Korban berinisial PW luka berat, ujar Kapolsek Rudanto Wiryo.") == ["Rudanto Wiryo"]


@pytest.mark.parametrize(
    "body",
    [
        "Hak itu dijamin UU Nomor 9 Tahun 1998 tentang Kemerdekaan Menyampaikan Pendapat di Muka Umum.",
        "Acara itu Dilaksanakan Serentak di seluruh daerah.",
    ],
)
def test_a_verb_with_kan_in_title_case_is_no_name(body: str) -> None:
    assert _people(body) == []


def test_a_given_name_opening_like_a_verb_stays_a_name() -> None:
    # Only -kan marks the verb: 'Mentari' ends in -i after 'men-', and is a given name.
    assert _people("“Kami siap,” kata Mentari Wulandari di Jakarta.") == ["Mentari Wulandari"]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Siti mendampingi putrinya, Nadia, yang baru lulus SMK. Ia ingin Nadia bekerja.", ["Nadia"]),
        ("Ayahnya buruh harian, dan ibunya, Suhaima, ibu rumah tangga.", ["Suhaima"]),
        ("Ia pulang ke rumah ibunya, Bekasi, pekan lalu.", []),
    ],
)
def test_a_lone_name_after_a_relative_and_a_comma_is_a_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    "body",
    [
        "Pesawat lepas landas dari Pangkalan TNI Angkatan Udara Halim Perdanakusuma, Jakarta, pagi ini.",
        "Koordinator Humas PT Hutama Karya Ruas Tol Padang Sicincin, Tahap I Padang-Kapalo Hilalang, Andi "
        "Saputra mengatakan, jalan siap.",
    ],
)
def test_an_air_base_and_a_state_builder_named_like_people_are_no_person(body: str) -> None:
    assert "Halim Perdanakusuma" not in _people(body) and "Hutama Karya" not in _people(body)


def test_a_separatist_body_s_name_stays_out_of_its_spokesman_s() -> None:
    body = "Juru Bicara Tentara Pembebasan Nasional Organisasi Papua Merdeka Sebby Sambom mengatakan hal itu."
    assert _people(body) == ["Sebby Sambom"]


def test_a_preposition_in_title_case_is_no_word_of_a_name() -> None:
    body = (
        "Pada April 2025 distribusinya turun, namun naik pada Mei.\n"
        "Berikut ini data penjualan Toyota Alphard dan Vellfire Sepanjang Januari-Mei 2025."
    )
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Pengusaha Chairul Tanjung mengatakan hal itu.", ["Chairul Tanjung"]),
        ("Politikus Akbar Tanjung hadir. Akbar mengatakan setuju.", ["Akbar Tanjung"]),
        ("Warga di Tanjung Priok mengungsi, kata Budi Santoso.", ["Budi Santoso"]),
    ],
)
def test_tanjung_closing_a_name_is_a_family_name(body: str, people: list[str]) -> None:
    assert _people(body) == people


# A scraper put a link's words on a line of their own: the sentence is read whole, the body is not
# changed, and every mention is where the body has it.


def test_a_role_on_the_line_before_a_name_goes_with_the_name() -> None:
    body = '"Pelaku sudah kami amankan," kata\n\nKapolsek Sukamaju\n\nKompol Hendra Gunawan, Senin (2/6).'
    assert _roles(body) == {"Hendra Gunawan": "Kapolsek Sukamaju Kompol"}


def test_a_name_on_a_line_before_its_verb_is_a_person() -> None:
    body = "Rizal Pratama, Marketing Director Sinar Abadi Motor\n\nmengatakan, penjualan naik tahun ini."
    assert _people(body) == ["Rizal Pratama"]


def test_a_name_a_line_break_splits_is_one_mention_as_the_body_has_it() -> None:
    body = "Warga mengungsi sejak pagi. Bupati\n\nAgus\n\nSetiawan meninjau lokasi banjir, Selasa."
    (person,) = find_names(body)
    assert (person.name, person.role) == ("Agus Setiawan", "Bupati")
    (m,) = person.mentions
    assert m.text == "Agus\n\nSetiawan" == body[m.start : m.end]


def test_a_list_s_short_lines_are_no_broken_sentence() -> None:
    body = (
        "Bab 3 Menjadi Generasi Rukun Antar Umat Beragama\n\nA. Tujuan Pembelajaran\n\nB. Infografis\n\n"
        "C. Pantun Pemantik\n\nD. Kata Kunci\n\nSiswa diminta membaca bab ini bersama guru."
    )
    assert Joined.of(body, paragraphs(body)) is not None  # a quote may go on over such lines
    assert Joined.of(body, paragraphs(body), sentences=True) is None


def test_a_role_s_short_form_on_a_line_of_its_own_stays_in_brackets() -> None:
    body = "Rapat itu dipimpin Ketua Dewan Pengawas (\n\nDewas\n\n) Hendra Gunawan. Ia hadir."
    assert _roles(body) == {"Hendra Gunawan": "Ketua Dewan Pengawas (Dewas)"}


@pytest.mark.parametrize(
    ("body", "alias", "canonical"),
    [
        (
            "Usulan Badan Pengawas Pemilu (Bawaslu) dibahas di DPR.",
            "Badan Pengawas Pemilu",
            "Badan Pengawas Pemilihan Umum",
        ),
        ("“Menurut Kementerian Tenaga Kerja, data itu sudah disaring,” ujarnya.", "Kementerian Tenaga Kerja",
         "Kementerian Ketenagakerjaan"),
        ("Rapat melibatkan Kemenko PMK dan Kemenaker.", "Kemenko PMK",
         "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan"),
        ("Di Kementerian PUPR, kebutuhannya 120.000 pekerja.", "Kementerian PUPR",
         "Kementerian Pekerjaan Umum dan Perumahan Rakyat"),
        ("Sementara itu, di Badan Kepegawaian Negara (BKN), pegawai bekerja dari rumah.", "BKN",
         "Badan Kepegawaian Negara"),
        ("Surat edaran Kemenpan RB berlaku pekan ini.", "Kemenpan RB",
         "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
        ("Data Kemenko Perekonomian menunjukkan hal itu.", "Kemenko Perekonomian",
         "Kementerian Koordinator Bidang Perekonomian"),
        ("Kepala Biro Humas Kementerian ATR/BPN, Harun Suryadi, menyampaikan hal itu.", "Kementerian ATR/BPN",
         "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"),
        ("Kementerian Desa PDTT menerbitkan aturan penyaluran BLT desa.", "Kementerian Desa PDTT",
         "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"),
    ],
)
def test_a_ministry_s_and_an_agency_s_other_forms_join_the_long_form(
    body: str, alias: str, canonical: str
) -> None:
    assert _linked(find_names(body), alias, canonical)


def test_a_tutoring_school_s_name_is_no_person() -> None:
    body = (
        "Polisi mengamankan karyawan Bimbingan Belajar (Bimbel) Maju Bersama, Susilawati Siregar. "
        "Tersangka adalah pemilik Bimbel Maju Bersama."
    )
    assert _people(body) == ["Susilawati Siregar"]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("“Kami siap,” kata Wamen Ossy Dermawan.", "Wamen"),
        ("Wamensos Agus Jabo Priyono meninjau lokasi banjir di Wamena.", "Wamensos"),
    ],
)
def test_a_deputy_minister_s_short_title_is_no_word_of_the_name(body: str, role: str) -> None:
    (person,) = [n for n in find_names(body) if n.kind == "person"]
    assert person.role == role and not person.name.startswith("Wamen")


@pytest.mark.parametrize(
    "body",
    [
        "Warga di Kabupaten Sleman, Daerah Istimewa Yogyakarta, menunggu bantuan dari Pemda DIY.",
        "Kasus baru di DI Yogyakarta bertambah, kata pejabat DIY.",
    ],
)
def test_the_special_region_s_long_form_joins_its_short_form(body: str) -> None:
    # 'DIY' is Yogyakarta; the region spelled out is the same place.
    assert {n.name for n in find_names(body) if n.kind == "place"} - {"Sleman"} == {"Yogyakarta"}


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Diskusi bertajuk “Puncak, Mengapa Diminati Meski Macet Menanti-Menggali Solusi”, ia bicara.", []),
        ("Dalam video berjudul “Tentang Artis TV Masuk ke Youtube”, ia memberi tanggapan.", []),
        ("Acara bertema \"Pelatihan Go Digital serta Scale Up bersama WhatsApp\" digelar.", []),
        # After the title closes, a name is a name again.
        ("Diskusi bertajuk “Solusi Kawasan Puncak”, Aris Arif Mundayat bicara.", ["Aris Arif Mundayat"]),
        ("“Kami siap,” kata Budi Santoso tentang acara bertema kebangsaan.", ["Budi Santoso"]),
    ],
)
def test_words_inside_a_named_title_are_no_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Kepala posko, Brigadir Jenderal TNI dokter Tugas Wibowo, meninjau bangsal.", ["Tugas Wibowo"]),
        ("Ketua Gugus Tugas Doni Monardo mengatakan hal itu.", ["Doni Monardo"]),
        ("Pelaksana Tugas Kepala Dinas Budi Santoso hadir.", ["Budi Santoso"]),
    ],
)
def test_tugas_opening_a_name_is_a_given_name(body: str, people: list[str]) -> None:
    # 'Tugas' goes on a task force's or an acting officer's title ('Gugus Tugas', 'Pelaksana Tugas');
    # first in a run after a lower-case word, it is a Javanese given name.
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # An air squadron's Indonesian spelling heads a unit, as 'Skuadron' does.
        ("Ia menyiapkan helikopter EC-725 Caracal Skadron Udara 8 dari Lanud Atang Sendjaja.", []),
        # A German club's first word ('Borussia Dortmund'), as 'Los Blancos'.
        ("Kevin Diks akan menjadi pemain anyar Borussia Monchengladbach musim depan.", ["Kevin Diks"]),
        # An English firm's or a test's last word.
        ("Budi Santoso, Manager Jasamarga Transjawa Tollroad, menjelaskan hal itu.", ["Budi Santoso"]),
        ("Jaraknya 410 km di bawah kitaran ujian Light-Duty Vehicle Test Cycle (CLTC).", []),
    ],
)
def test_a_unit_s_a_club_s_or_a_firm_s_head_word_keeps_its_name_from_the_people(
    body: str, people: list[str]
) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A noun and a prefix that open a title-case phrase ('Surat Edaran tentang Imbauan
        # Kamtibmas', 'termasuk Non Appendix').
        ("Surat Edaran Wali Kota tentang Imbauan Kamtibmas Saat Pergantian Tahun Baru.", []),
        ("Dalam daftar CITES burung ini termasuk Non Appendix.", []),
        # After 'temanya' as after 'tema', the title-case words are the theme.
        ("Konsepnya ini, temanya Javanese Royal Wedding, kata Ahmad Dhani.", ["Ahmad Dhani"]),
    ],
)
def test_a_common_word_opening_a_title_case_phrase_is_no_name(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Dana dialokasikan ke Kepulauan Bangka Belitung; Babel menerima Rp 260 miliar.", "Bangka Belitung"),
    ],
)
def test_the_province_s_long_form_joins_its_short_form(body: str, place: str) -> None:
    assert {n.name for n in find_names(body) if n.kind == "place"} == {place}


def test_al_washliyah_is_a_body_not_a_person() -> None:
    body = (
        "Wali Kota menerima PD Al Washliyah. Kantor Al Jam’iyatul Washliyah di Tebing Tinggi, "
        "kata Wali Kota Budi Santoso, akan disertifikatkan. Pihak Al Wasliyah diminta bersurat."
    )
    names = find_names(body)
    assert [n.name for n in names if n.kind == "person"] == ["Budi Santoso"]
    assert {n.name for n in names if n.kind == "org"} >= {"Al Washliyah"}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Sebelumnya, Ketua PD Kota Medan, H. Budi Santoso, menjelaskan hal itu.", "Ketua PD Kota Medan"),
        ("Sebelumnya, H. Budi Santoso menjelaskan hal itu.", "H"),
    ],
)
def test_haji_before_a_name_says_less_than_the_office_before_the_comma(body: str, role: str) -> None:
    assert [n.role for n in find_names(body) if n.kind == "person"] == [role]


def test_a_form_of_address_in_the_apposition_before_a_bare_name_is_no_crash() -> None:
    # The address stands in the run before the comma; this run has no title of its own.
    assert all(n.name for n in find_names("Aa’, Li A"))


@pytest.mark.parametrize(
    "body",
    [
        "Cek Fakta Liputan6.com menelusuri klaim itu. Hasil penelusuran Cek Fakta, klaim itu keliru.",
        'Ia mengutip artikel berjudul"Telegram Luncurkan Fitur Panggilan Video untuk Kanal" kemarin. '
        "Fitur itu tersedia di kanal besar.",
    ],
)
def test_a_fact_check_column_and_a_headline_s_verb_are_no_person(body: str) -> None:
    # 'Cek', 'Luncurkan' and 'Fitur' are words of the language, never a given name.
    assert _people(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Ia bicara seusai acara peresmian gerakan We Love Bali.",
        "Kami kerahkan kapal survei Hidro Oseanografi yang dapat membantu penginderaan.",
    ],
)
def test_an_english_pronoun_or_a_science_s_prefix_opening_a_phrase_is_no_person(body: str) -> None:
    # 'We' as 'Of' and 'For', 'Hidro' as in 'Hidro-Oseanografi': no given names.
    assert _people(body) == []


def test_a_regency_written_without_its_kepulauan_is_the_regency() -> None:
    # 'Siau Tagulandang Biaro' (Sitaro) is the islands regency, as the register names it.
    body = "Jarak Manado-Siau (Kabupaten Siau Tagulandang Biaro/Sitaro) lebih dari 150 kilometer."
    names = find_names(body)
    assert [n.name for n in names if n.kind == "person"] == []
    assert "Kepulauan Siau Tagulandang Biaro" in {n.name for n in names if n.kind == "place"}


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A resident is a resident of a place, and an area is a place's.
        ("Darmo (41), warga Sukamaju Lor, menjual sayur di kawasan Wates Pinggir.", ["Darmo"]),
        # A resident named right after the word stands after a comma.
        ("Menurut salah satu warga, Darmo Sutejo, jalan itu rusak.", ["Darmo Sutejo"]),
    ],
    ids=["place", "apposed"],
)
def test_what_follows_warga_or_kawasan_is_a_place(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # The words in brackets after a body's long name are its short form.
        ("Anggota Himpunan Peternak Lele Nasional (Hipel Nusa) dan Komando Pasukan Rawa (Kopasra) ada.", []),
        ("Direktorat Jenderal Tata Kelola Air dan Irigasi (Tekair dan PAI) menerbitkan aturan.", []),
        # After a title or a person's name, the brackets hold a person.
        ("Kata Gubernur (Darmo Sutejo) ya, ujar Rendra Wiguna (Rendra).", ["Darmo Sutejo", "Rendra Wiguna"]),
    ],
    ids=["body", "two-short-forms", "person"],
)
def test_a_body_s_short_form_in_brackets_is_no_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A road's stretch and a way's end are places, even a street named after a hero.
        ("Polisi menutup ruas Sudirman dan kendaraan dialihkan menuju Daan Mogot.", []),
        ("Arus padat dari arah Roxy menuju Cempaka Wangi, kata Darmo Sutejo.", ["Darmo Sutejo"]),
        ("Lava mengalir ke arah Besuk Tunggeng; rute Banda Neira dibuka di kawasan industri Hai Phong.", []),
    ],
    ids=["ruas", "menuju", "arah-rute-industri"],
)
def test_what_follows_ruas_or_menuju_is_a_place(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A military command's name after its commander's title is the command's, no person.
        ("Ia ditunjuk menjadi Pangdam Jaya menggantikan Mayjen TNI Darmo Sutejo.", ["Darmo Sutejo"]),
        ("Dia akan menjabat Pangdam Iskandar Muda mulai pekan depan.", []),
        # A one-word name after the title that is no command's stays the holder's.
        ("Menurut Pangdam Rendrawan, latihan itu rutin, kata Rendrawan.", ["Rendrawan"]),
    ],
    ids=["jaya", "iskandar-muda", "holder"],
)
def test_a_kodam_s_name_after_pangdam_is_no_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # Right after 'di' stands where something is: a venue, a firm.
        ("Pameran digelar di Ecotown Rawaseneng, kata kepala riset di Okamura Fujita kemarin.", []),
        # A person there speaks in the article, or has a role.
        ("Kepala Dinas Kesehatan di Rini Astuti Wardhani berkata, kata Rini.", ["Rini Astuti Wardhani"]),
    ],
    ids=["venue-firm", "speaker"],
)
def test_a_name_right_after_di_is_a_place_s(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "role"),
    [
        # A body's short form in brackets closes the office before the name.
        (
            "Merespons hal ini, Ekonom Center of Studies on Economic (CSE) Darmo Sutejo menilai aturan itu.",
            "Ekonom Center of Studies on Economic (CSE)",
        ),
        # A title right after a body's head word is a word of the body's name, not the office.
        (
            "Hal itu dikatakan Ketua Ikatan Dokter Hewan Nusantara Darmo Sutejo, Senin.",
            "Ketua Ikatan Dokter Hewan Nusantara",
        ),
    ],
    ids=["short-form", "title-in-body"],
)
def test_the_office_before_a_name_runs_over_a_body_s_name(body: str, role: str) -> None:
    assert [n.role for n in find_names(body) if n.kind == "person"] == [role]


def test_a_police_unit_is_an_organisation_named_after_its_place() -> None:
    # Short and long forms of a unit are one organisation, spelled long with the place's name;
    # the head of one ('Kapolres') is a title, and the place alone stays a place.
    body = (
        "Polda Sumut dan Polres Metro Depok menangkap pelaku. Kepolisian Daerah Sumatera Utara"
        " menyebut Kapolres Tebing Tinggi hadir. Polresta Malang Kota menahan dua orang di Tebing Tinggi."
        " Kepolisian Resor Kota Malang Kota dan Polda Metro Jaya berjaga."
    )
    names = {n.name: (n.kind, len(n.mentions)) for n in find_names(body)}
    assert names["Kepolisian Daerah Sumatera Utara"] == ("org", 2)
    assert names["Kepolisian Resor Metro Depok"] == ("org", 1)
    assert names["Kepolisian Resor Kota Malang Kota"] == ("org", 2)
    assert names["Kepolisian Daerah Metro Jaya"] == ("org", 1)
    assert names["Tebing Tinggi"] == ("place", 2)
    assert "Kepolisian Resor Tebing Tinggi" not in names


def test_a_motto_is_no_person() -> None:
    # A motto is written in capitals after the word that introduces it.
    assert _people("Wisatawan memadati kabupaten bermoto Sagu Salempeng Dibagi Dua itu.") == []


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A ship's prefix names a ship, and a main road is a road.
        ("Tim SAR dibantu KN Sadewa Jaya dan TD Merbabu Indah di jalan raya Sutoyo Siswomiharjo.", []),
        # Tubagus opens a man's name.
        ("Menurut TB Rohmat Hidayat, kapal itu sudah tiba.", ["TB Rohmat Hidayat"]),
    ],
    ids=["ships-road", "tubagus"],
)
def test_a_ship_s_prefix_and_a_main_road_name_no_person(body: str, people: list[str]) -> None:
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "role"),
    [
        # The English words that grade a title belong to the office, before a name or after it.
        ("Kata General Manager Kilang Sentosa, Rendra Wiguna, itu benar.", "General Manager Kilang Sentosa"),
        ("Itu disampaikan Managing Partner 700 Ventures Rendra Wiguna.", "Managing Partner 700 Ventures"),
    ],
    ids=["apposed", "before"],
)
def test_an_english_grade_opens_the_office(body: str, role: str) -> None:
    assert [n.role for n in find_names(body) if n.kind == "person"] == [role]


def test_a_name_written_with_a_letter_doubled_and_once_is_one_person() -> None:
    # 'dd' and 'd' are one spelling slip; relatives differ by more than that ('Santoso', 'Susanto').
    body = (
        "Menteri Pemuda Harunnuddin Amali hadir. Kemudian, Menteri Harunudin Amali menilai waktunya ideal."
        " Budi Santoso dan Budi Susanto tiba."
    )
    people = {n.name: len(n.mentions) for n in find_names(body) if n.kind == "person"}
    assert people == {"Harunnuddin Amali": 2, "Budi Santoso": 1, "Budi Susanto": 1}


def test_an_initial_for_a_middle_name_joins_the_name_written_out() -> None:
    body = "Ini kisah Darmo S Wiyoto. Kartu atas nama Darmo Sutejo Wiyoto menunjukkan tanggal itu."
    people = {n.name: len(n.mentions) for n in find_names(body) if n.kind == "person"}
    assert people == {"Darmo Sutejo Wiyoto": 2}


def test_a_capitalised_word_after_an_amount_is_no_person() -> None:
    # An engine's size before a trim, a count before a product: a person follows no such number.
    body = "Harga varian 1.5 G HV Sport naik, dan toko membagikan 10.000 Koyama Mochi, kata Rendra Wiguna."
    assert _people(body) == ["Rendra Wiguna"]
    # A time of day is no amount.
    assert _people("Pada pukul 09.00 Darmo Sutejo tiba di lokasi.") == ["Darmo Sutejo"]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # A street or a venue named after someone closes a list of places.
        ("Kemacetan terjadi di Jalan Merdeka, Cimahi, Lembang, Wahidin Sudirohusodo.", []),
        ("Warga mengunjungi Taman Sari, Museum Wayang, dan Ocean Park Ancol.", []),
        # A holder after an office's town, and people after a country, stay.
        ("Kata peneliti Universitas Airlangga, Surabaya, Rendra Wiguna, itu wajar.", ["Rendra Wiguna"]),
        ("Ilmuwan Amerika Serikat, Darmo Sutejo dan Rendra Wiguna, tiba.", ["Darmo Sutejo", "Rendra Wiguna"]),
    ],
    ids=["street", "venue", "holder", "people"],
)
def test_a_name_closing_a_list_of_places_is_a_place(body: str, people: list[str]) -> None:
    assert _people(body) == people


def test_walhi_in_capitals_is_the_environmental_forum() -> None:
    # Outlets write the forum's short form both ways ('Walhi', 'WALHI').
    names = find_names("Aktivis WALHI Sulawesi Tengah menolak tambang itu.")
    assert [n.name for n in names if n.kind == "org"] == ["Wahana Lingkungan Hidup Indonesia"]


def test_a_venue_s_name_after_its_head_word_is_the_role_s() -> None:
    # A venue's two-word name after its head word goes to the role, up to the word that speaks.
    body = "Kepala Terminal Terpadu Pulo Kemiri Darmo Sutejo mengatakan, bus tiba. Darmo menambahkan, ya."
    names = [(n.name, n.role) for n in find_names(body) if n.kind == "person"]
    assert names == [("Darmo Sutejo", "Kepala Terminal Terpadu Pulo Kemiri")]
    # One word before the speaking one is the person's first name.
    body = "Ketua Yayasan Nusantara Rendra Wiguna Sutejo mengatakan, itu benar. Kata Wiguna, rapat usai."
    assert _people(body) == ["Rendra Wiguna Sutejo"]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        # A body's short form in brackets ends the office in the apposition before the name.
        (
            "Senada, Direktur Eksekutif Center of Trade and Law Studies (Celtis), Darmo Sutejo, bicara.",
            "Direktur Eksekutif Center of Trade and Law Studies (Celtis)",
        ),
        # A title inside the body's name is the body's ('Himpunan Pengusaha ...').
        (
            "Soal itu, Ketua Umum Himpunan Pengusaha Rotan dan Bambu (HIPRB), Darmo Sutejo, angkat suara.",
            "Ketua Umum Himpunan Pengusaha Rotan dan Bambu (HIPRB)",
        ),
        # A field of study in brackets is no body, and a date no short form.
        ("Setamat kuliah program pendidikan guru sekolah dasar (PGSD), Darmo Sutejo mengajar di desa.", None),
    ],
    ids=["short-form", "title-in-body", "field"],
)
def test_the_office_apposed_before_a_name_ends_in_a_short_form(body: str, role: str | None) -> None:
    assert [n.role for n in find_names(body) if n.name == "Darmo Sutejo"] == [role]


def test_a_body_spelled_out_before_its_short_form_is_an_organisation() -> None:
    # The capitals in brackets are the long name's initials: one organisation, the short form its
    # alias; a programme's name is none ('Program ...'), nor are letters that spell something else.
    body = (
        "Ketua Perhimpunan Petani Kopi dan Kakao Nusantara (PPKKN) Darmo Sutejo hadir. Menurut PPKKN,"
        " panen naik. Program Bantuan Pupuk Desa (BPD) berjalan, dan Badan Riset Kopi (BRN) diam."
    )
    orgs = {n.name: [m.text for m in n.mentions] for n in find_names(body) if n.kind == "org"}
    name = "Perhimpunan Petani Kopi dan Kakao Nusantara"
    assert orgs == {name: [name, "PPKKN", "PPKKN"]}


def test_an_english_body_spelled_out_before_its_short_form_closes_with_its_head() -> None:
    # An English name puts its head word last ('... Association'): still the initials' body.
    body = "Sendang Coffee Growers Association (SCGA) menilai tarif itu berat. Menurut SCGA, ekspor turun."
    orgs = {n.name: [m.text for m in n.mentions] for n in find_names(body) if n.kind == "org"}
    name = "Sendang Coffee Growers Association"
    assert orgs == {name: [name, "SCGA", "SCGA"]}


def test_a_university_spelled_out_before_its_short_form_is_no_place() -> None:
    # A place opens the university's name ('Oregon ... University'): the body, not the state.
    body = "Peneliti dari Oregon Valley University (OVU) menemukan pigmen itu. Tim OVU bekerja setahun."
    names = {n.name: (n.kind, [m.text for m in n.mentions]) for n in find_names(body)}
    name = "Oregon Valley University"
    assert names == {name: ("org", [name, "OVU", "OVU"])}


def test_a_firm_spelled_out_after_its_legal_form_is_an_organisation() -> None:
    # 'PT' names a firm whatever its first word; the name is the firm's without the form.
    body = "Pabrik milik PT Sinar Bumi Makmur (SBM) berdiri di Karawang. Tahun ini SBM menambah mesin."
    orgs = {n.name: [m.text for m in n.mentions] for n in find_names(body) if n.kind == "org"}
    name = "Sinar Bumi Makmur"
    assert orgs == {name: [name, "SBM", "SBM"]}


def test_the_office_before_a_name_goes_on_past_a_short_form_in_brackets() -> None:
    # 'Komisi ... (KPP) Bidang Pendidikan' is one office: the bracket does not end it.
    body = "Kata anggota Komisi Perlindungan Petani (KPP) Bidang Pendidikan, Darmo Sutejo, itu salah."
    roles = [n.role for n in find_names(body) if n.kind == "person"]
    assert roles == ["anggota Komisi Perlindungan Petani (KPP) Bidang Pendidikan"]


def test_a_gazetteer_s_short_form_the_article_spells_out_as_something_else_is_that() -> None:
    # 'OKI' is the Islamic body to the gazetteer; spelled out as the regency, it is the regency.
    names = find_names("Ia warga Kabupaten Ogan Komering Ilir (OKI). Bupati OKI hadir di pasar.")
    assert {n.name: (n.kind, len(n.mentions)) for n in names} == {"Ogan Komering Ilir": ("place", 3)}
    # Words in lower case that share no word with the court's name: a school, nothing named.
    assert find_names("Ia lulusan madrasah aliyah (MA) di desa itu. Di MA ia belajar mengaji.") == ()


@pytest.mark.parametrize(
    "body",
    [
        "Kata badan usaha milik negara (BUMN) itu, laba turun. BUMN lain rugi.",
        "Menurut World Health Organization (WHO), kasus naik. WHO cemas.",
        "Menurut Organisasi Kerjasama Islam (OKI), sidang ditunda. OKI cemas.",
    ],
    ids=["lower-case", "english", "respelled"],
)
def test_a_gazetteer_s_short_form_spelled_out_as_its_own_body_stays_that_body(body: str) -> None:
    # Its name in lower case, in English or respelled is still the gazetteer's body.
    assert [n.kind for n in find_names(body)] == ["org"]


def test_a_stock_code_that_spells_a_place_is_no_place() -> None:
    # 'BALI' after a listed firm's name is its code; Bali in the text is the island.
    names = find_names("Saham PT Menara Dewata Tbk (BALI) naik, kata analis di Bali.")
    assert [len(n.mentions) for n in names if n.name == "Bali"] == [1]


def test_a_name_after_a_unit_s_number_and_a_slash_is_the_unit_s() -> None:
    # 'Korem 135/Wirabuana Palu' is a command, though the town is written alone later; two
    # partners a slash joins are people.
    body = (
        "Ia didampingi Komandan Resor 135/Wirabuana Palu Brigadir Jenderal (TNI) Darmo Sutejo."
        " Jenazah dibawa ke RS Bhayangkara, Palu, Selasa. Rendra Wiguna/Ahmad Fauzi menang."
    )
    assert _people(body) == ["Darmo Sutejo", "Rendra Wiguna", "Ahmad Fauzi"]


def test_world_investment_banks_are_organisations() -> None:
    # Banks the business news quotes every day read as two name words ('Goldman Sachs').
    body = "Goldman Sachs kini memperkirakan suku bunga turun, dan Morgan Stanley sepakat."
    assert _people(body) == []
    assert {n.name for n in find_names(body) if n.kind == "org"} == {"Goldman Sachs", "Morgan Stanley"}


def test_an_investment_manager_s_short_suffix_closes_a_firm() -> None:
    # 'MI' (Manajer Investasi) after a firm's name: the firm, no person.
    body = "Kini, Sentosa MI tengah membereskan pajaknya. Setelah itu Sentosa MI menambah produk."
    assert _people(body) == []


def test_a_holy_day_s_word_that_speaks_alone_is_the_given_name_everywhere() -> None:
    # 'Fitri' after a place is a given name when she speaks; her later bare mentions join her.
    body = (
        "Kepala Puskesmas Cibodas Fitri mengatakan, vaksin cukup. Namun Fitri mengaku lelah."
        " “Kami menunggu,” ucap Fitri. Libur Idul Fitri tetap berjalan."
    )
    fitri = [n for n in find_names(body) if n.name == "Fitri"]
    assert [len(n.mentions) for n in fitri] == [3]


def test_a_speaker_named_after_a_hospital_named_after_a_doctor() -> None:
    # 'RSUP Dr M Rasjid' is the hospital; the officer after it speaks alone later.
    body = (
        "Pasien dibawa ke RSUP Dr M Rasjid Bukittinggi. Kepala Humas RSUP Dr M Rasjid Darmawinof"
        " mengatakan pasien stabil. “Sudah pulang,” kata Darmawinof."
    )
    names = {n.name: n.role for n in find_names(body) if n.kind == "person"}
    assert names == {"Darmawinof": "Kepala Humas RSUP Dr M Rasjid"}


def test_a_one_word_place_between_name_words_after_a_title_is_the_name_s() -> None:
    # 'Solo' is a city, but between 'Romo Markus' and a surname it is the priest's name.
    body = "Kata Romo Darius Solo Wewata di Roma. Romo Darius mengaku senang."
    names = {n.name: n.kind for n in find_names(body)}
    assert names.get("Darius Solo Wewata") == "person" and "Solo" not in names


def test_the_name_between_a_body_s_head_word_and_a_village_is_the_body_s() -> None:
    # 'Dayah Nurul Hikmah' is a boarding school, 'Gampong Kuta Baro' its village: no person.
    body = "Menurut Pimpinan Dayah Nurul Hikmah Gampong Kuta Baro, Kecamatan Lhoknga, itu penting."
    assert _people(body) == []


def test_a_region_s_short_form_after_atau_is_no_part_of_the_name_after_it() -> None:
    # 'Mowel' is 'Minahasa Oleh Wela' written short, glued before the regent's name.
    body = (
        "Kata Bupati Minahasa Oleh Wela atau Mowel Darmo Sutejo Landau hari ini."
        " Darmo Sutejo Landau hadir."
    )
    assert _people(body) == ["Darmo Sutejo Landau"]


def test_a_place_before_a_district_s_short_form_without_a_dot_is_no_person() -> None:
    # 'Pd Lbr' (Pondok Labu) comes before 'Kec' in an address: a village, written short.
    body = "Acara di Jl Mawar No. 12, RT 3/RW 5, Pd Lbr, Kec Cilandak, Kota Jakarta Selatan."
    assert _people(body) == []


def test_a_unit_s_short_form_before_a_numeral_closes_no_person() -> None:
    # 'Kilang Pertamina Sungai Pakning RU II': a refinery unit; the town written alone is no one.
    body = (
        "“Kilang Pertamina Pakning RU II menjamin pasokan,” katanya. Operasional Kilang Pakning normal."
        " Paus Yohanes Paulus II hadir."
    )
    people = _people(body)
    assert not any("Pakning" in p for p in people) and any("Paulus" in p for p in people)


def test_english_words_with_an_acronym_are_no_person() -> None:
    # A job title in English after a name in a list: 'AI Visual Artist', 'VR Sound Designer'.
    body = "Yang hadir Darmo Sutejo, AI Visual Artist (dari Koma), dan Rendra Wiguna, VR Sound Designer."
    assert _people(body) == ["Darmo Sutejo", "Rendra Wiguna"]


def test_a_speaker_s_word_the_scan_reads_as_common_joins_the_one_person_with_it() -> None:
    # 'Hari' is a day and 'Juli' a month, but 'kata Hari' speaks: the one person named so.
    body = (
        "Direktur PT Maju Sentosa Hari Wicaksono hadir. Manajer Juli Andriana juga. “Naik,” kata Hari."
        " “Turun,” ucap Juli. Pada Juli lalu, mereka libur."
    )
    counts = {n.name: len(n.mentions) for n in find_names(body) if n.kind == "person"}
    assert counts == {"Hari Wicaksono": 2, "Juli Andriana": 2}


def test_a_name_ending_in_sport_is_a_model_or_a_shop() -> None:
    # A car's trim ('Pajero Sport') or a shop ('Rahman Sport'), no person.
    body = "Mobil yang diekspor yaitu Xpander dan Rimbaru Sport. Ia membeli sepatu di Rahman Sport."
    assert _people(body) == []


def test_a_short_form_with_its_doubled_letter_moved_joins_the_person() -> None:
    # 'Wijarraman' is 'Wijjaraman' with the other letter doubled: the one economist.
    body = (
        "Kepala riset Nomura, Rob Wijjaraman, mengatakan naik. “Naik,” kata Wijjaraman."
        " Itu, lanjut Wijarraman, benar."
    )
    people = [(n.name, len(n.mentions)) for n in find_names(body) if n.kind == "person"]
    assert people == [("Rob Wijjaraman", 3)]


def test_a_clause_with_a_negation_or_a_modal_after_a_name_is_no_role() -> None:
    # 'warga tak hanya bisa ...' says what residents can do, no office of the speaker.
    body = (
        "Direktur Kitaberbagi Darmo Sutejo hadir. Menurut dia, kata Darmo, warga tak hanya bisa"
        " menyumbang."
    )
    assert [n.role for n in find_names(body) if n.kind == "person"] == ["Direktur Kitaberbagi"]


def test_a_name_and_the_band_in_one_person_s_role_are_that_person() -> None:
    # 'Rendra Kopaja' is Rendra of the band Kopaja: the guitarist named in full before.
    body = (
        "Kini, Gitaris band Kopaja, Rendra Wiguna, ikut bicara. Melalui akunnya, Rendra Kopaja"
        " menilai itu salah."
    )
    people = [(n.name, len(n.mentions)) for n in find_names(body) if n.kind == "person"]
    assert people == [("Rendra Wiguna", 2)]


def test_the_second_of_a_running_pair_is_a_person_whatever_its_words() -> None:
    # 'Amin Purnama' reads as two common words, but a hyphen pairs it with a candidate's name.
    body = "Pasangan calon itu ialah Darmo Sutejo-Amin Purnama dan Rendra Wiguna-Budi Santoso."
    assert "Amin Purnama" in _people(body)


def test_two_words_the_article_joins_by_a_dash_are_a_route_not_a_person() -> None:
    body = (
        "Direktur operasi mencontohkan ruas Lobang-Pariti dan Pariti Lamorka sudah padat. Ruas lain,"
        " yakni Lamorka—Pariti, menyusul."
    )
    assert _people(body) == []


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Kepala Dinas Kebun Sayur dan Hortikultura Jabar Darmo Sutejo menambahkan, panen naik.",
            {"Darmo Sutejo": "Kepala Dinas Kebun Sayur dan Hortikultura Jabar"},
        ),
        (
            "Direktur Lembaga Survei Riset and Consulting (LSRC) Rendra Wiguna melihat, angka naik.",
            {"Rendra Wiguna": "Direktur Lembaga Survei Riset and Consulting (LSRC)"},
        ),
        (
            "Kepala Makrofiskal dan Perbankan Celindo Budi Santoso menyampaikan, inflasi turun.",
            {"Budi Santoso": "Kepala Makrofiskal dan Perbankan Celindo"},
        ),
        # A body that lists its fields with commas ('Politik, Hukum, dan Keamanan').
        (
            "Kemarin, kata Menteri Koordinator Bidang Pertanian, Perikanan, dan Kelautan Darmo Sutejo"
            " dalam rapat.",
            {"Darmo Sutejo": "Menteri Koordinator Bidang Pertanian, Perikanan, dan Kelautan"},
        ),
        (
            "Kepala Dinas Kebun, Ternak, dan Perikanan Sleman Rendra Wiguna mengatakan, panen naik.",
            {"Rendra Wiguna": "Kepala Dinas Kebun, Ternak, dan Perikanan Sleman"},
        ),
        # Fields of a few words each, the name after the office or after its comma.
        (
            "Menteri Urusan Sawah, Ternak Unggas dan Perikanan Darat Darmo Sutejo mengatakan, panen naik.",
            {"Darmo Sutejo": "Menteri Urusan Sawah, Ternak Unggas dan Perikanan Darat"},
        ),
        (
            "Kemarin, kata Kepala Bagian Tanam, Olah Lahan, dan Irigasi Pusat, Rendra Wiguna, dalam rapat.",
            {"Rendra Wiguna": "Kepala Bagian Tanam, Olah Lahan, dan Irigasi Pusat"},
        ),
        # '&' joins the last field as 'dan' does; 'Area' grades the title as 'General' does.
        (
            "Sementara itu, Area Manager Logistics, Relation & CSR PT Sinar Jaya, Rina Tobing, hadir.",
            {"Rina Tobing": "Area Manager Logistics, Relation & CSR PT Sinar Jaya"},
        ),
        # An English body's 'of' and 'on', two words after 'dan', a field before 'dan', one word
        # inside the body's name: none of them a person, and the office goes on over them.
        (
            "Kepala Riset Institute of Trade on Fisheries (ITF) Indonesia Darmo Sutejo"
            " mengatakan, harga naik.",
            {"Darmo Sutejo": "Kepala Riset Institute of Trade on Fisheries (ITF) Indonesia"},
        ),
        (
            "Kepala Dinas Pekerjaan Umum dan Bina Tani Sumatera Selatan Darmo Sutejo"
            " mengatakan, jalan rusak.",
            {"Darmo Sutejo": "Kepala Dinas Pekerjaan Umum dan Bina Tani Sumatera Selatan"},
        ),
        (
            "Kepala Seksi Tanam Padi dan Pengolahan Hasil Sawah DKPKP Rendra Wiguna"
            " mengatakan, panen naik.",
            {"Rendra Wiguna": "Kepala Seksi Tanam Padi dan Pengolahan Hasil Sawah DKPKP"},
        ),
        (
            "Ketua Serikat Pekerja Kayu Indonesia (SPKI) Jawa Timur Rendra Wiguna"
            " mengatakan, upah naik.",
            {"Rendra Wiguna": "Ketua Serikat Pekerja Kayu Indonesia (SPKI) Jawa Timur"},
        ),
    ],
    ids=[
        "dan", "and-short-form", "dan-body", "list", "list-place", "list-words", "list-words-comma",
        "list-ampersand", "of-on", "two-words", "before-dan", "inside",
    ],  # fmt: skip
)
def test_an_office_goes_on_over_dan_between_the_words_of_its_body(body: str, roles: dict) -> None:
    # 'Pangan dan Hortikultura': the body's name joins two fields; the word after 'dan' is no person.
    assert _roles(body) == roles


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Adapun Rina Tobing, pemilik usaha Roti Sari Manis, menambah oven.",
            {"Rina Tobing": "pemilik usaha Roti Sari Manis"},
        ),
        ("Darmo Sutejo (48), pemilik Kebun Asri, memanen kopi.", {"Darmo Sutejo": "pemilik Kebun Asri"}),
    ],
    ids=["apposed", "after-age"],
)
def test_an_owner_s_business_is_their_role(body: str, roles: dict) -> None:
    # 'pemilik' says who the person is, as 'pengusaha' does; the business's name goes with it.
    assert _roles(body) == roles


def test_a_name_and_his_deputy_after_an_office_s_comma_are_no_fields_of_it() -> None:
    # 'Rendra Wiguna dan Wakilnya' reads like a list of fields; '-nya' ends no field of a body.
    body = "Bupati Sleman, Rendra Wiguna dan Wakilnya, Darmo Sutejo hadir di pasar."
    assert _roles(body) == {"Rendra Wiguna": "Bupati Sleman", "Darmo Sutejo": None}


def test_a_title_inside_a_body_s_name_out_of_the_office_s_reach_is_no_office() -> None:
    # 'Jenderal' is a word of 'Direktorat Jenderal ...'; the holder's title stands too far back.
    body = (
        "Direktur Obligasi Ritel dan Sukuk Negara Bertenor Panjang Pendek Direktorat Jenderal Pengelolaan"
        " Kas dan Aset Negara Kementerian Keuangan Republik Indonesia Darmo Sutejo mengatakan, dana naik."
    )
    assert _roles(body) == {"Darmo Sutejo": None}


def test_a_long_office_within_reach_goes_on_over_the_body_s_title_word() -> None:
    # Within reach, the holder's title opens the office; 'Jenderal' inside it is the body's.
    body = (
        "Direktur Obligasi Ritel dan Sukuk Negara Direktorat Jenderal Pengelolaan Kas dan Aset Negara"
        " Kementerian Keuangan Darmo Sutejo mengatakan, dana naik."
    )
    role = (
        "Direktur Obligasi Ritel dan Sukuk Negara Direktorat Jenderal Pengelolaan Kas dan Aset Negara"
        " Kementerian Keuangan"
    )
    assert _roles(body) == {"Darmo Sutejo": role}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Kepala Seksi Perbenihan pada Badan Karantina Tumbuhan Sleman Rina Tobing mengatakan, stok aman.",
            "Kepala Seksi Perbenihan pada Badan Karantina Tumbuhan Sleman",
        ),
        (
            "Direktur Jenderal Pengelolaan Sungai, Danau, dan Konservasi Rawa pada Kementerian Pekerjaan Desa"
            " dan Sumber Daya Laut (KPDSL) Rina Tobing mengatakan, debit aman.",
            "Direktur Jenderal Pengelolaan Sungai, Danau, dan Konservasi Rawa pada Kementerian Pekerjaan Desa"
            " dan Sumber Daya Laut (KPDSL)",
        ),
    ],
    ids=["pada-body", "long"],
)
def test_an_office_goes_on_over_pada_before_its_body(body: str, role: str) -> None:
    # 'pada' before a body's head word says where the office is, not when.
    assert _roles(body) == {"Rina Tobing": role}


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Kemarin Wali Kota BandungDarmo Sutejo menegaskan, jalan itu ditutup.",
            {"Darmo Sutejo": "Wali Kota Bandung"},
        ),
        # A known short form glued to the name the same way: 'Menteri Pertahanan ASPete ...'.
        (
            "Menteri Pertahanan ASRendra Wiguna memerintahkan kapal itu berangkat.",
            {"Rendra Wiguna": "Menteri Pertahanan AS"},
        ),
        (
            "Ketua Umum PSSIBudi Santoso menyatakan, laga itu digelar malam.",
            {"Budi Santoso": "Ketua Umum PSSI"},
        ),
        # A place of two words, its last one glued ('Jawa BaratHerman').
        (
            "Kemarin Gubernur Jawa TengahDarmo Sutejo menegaskan, jalan itu ditutup.",
            {"Darmo Sutejo": "Gubernur Jawa Tengah"},
        ),
    ],
    ids=["place", "country-short-form", "body-short-form", "two-word-place"],
)
def test_a_known_place_or_body_glued_to_a_name_stays_in_the_office(body: str, roles: dict) -> None:
    # A link a scraper glued to the office's last word: that word is still the office's.
    assert _roles(body) == roles


def test_a_name_glued_to_its_office_s_short_form_loses_the_word_glued_after_it() -> None:
    # A link glued on both sides: 'ASRendra Wigunajuga' is 'AS', 'Rendra Wiguna' and 'juga'.
    body = "Menteri Pertahanan ASRendra Wigunajuga memerintahkan kapal itu berangkat."
    assert _roles(body) == {"Rendra Wiguna": "Menteri Pertahanan AS"}


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Kemarin Gubernur Jawa TengahDarmo Sutejobuka suara soal banjir. Darmo mengatakan, warga aman.",
            {"Darmo Sutejo": "Gubernur Jawa Tengah"},
        ),
        # A word names end in ('-sari', '-putra', '-jaya') stays the name's.
        (
            "Kemarin Gubernur Jawa TengahRatna Purnamasari membuka acara. Ratna mengatakan, warga aman.",
            {"Ratna Purnamasari": "Gubernur Jawa Tengah"},
        ),
    ],
    ids=["root-word", "name-ending"],
)
def test_a_common_word_glued_after_a_linked_name_comes_off(body: str, roles: dict) -> None:
    # Glued to the office's place on its left, the name was a link: a common word glued to its
    # right ('buka') is the sentence's, when the article calls the person by the first name alone.
    assert _roles(body) == roles


def test_one_name_word_after_an_office_is_its_holder_where_the_article_lets_it_speak() -> None:
    # 'Kota Malang Darmo': one word after a place may end the body's name ('Kodim 0510 Tigaraksa'),
    # but 'ucap Darmo' makes it the holder of the office before it.
    body = (
        "Juru bicara Satuan Tugas Banjir-12 Kota Malang Darmo mengatakan, jalan ditutup."
        " “Kami siaga,” ucap Darmo."
    )
    assert _roles(body) == {"Darmo": "Juru bicara Satuan Tugas Banjir-12 Kota Malang"}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Kata Corporate Secretary BRI Rendra Wiguna, penjualan naik.", "Corporate Secretary BRI"),
        ("Penjualan naik.\n\nVP Corporate Secretary Kopiku Rendra Wiguna mengatakan, harga naik.",
         "VP Corporate Secretary Kopiku"),
        ("Penjualan naik.\n\nEVP Consumer and Digital Banking BRI Rendra Wiguna mengatakan, harga naik.",
         "EVP Consumer and Digital Banking BRI"),
    ],
    ids=["corporate", "vp", "evp"],
)
def test_a_firm_s_corporate_office_or_vice_president_opens_a_role(body: str, role: str) -> None:
    # 'Corporate Secretary', 'VP', 'EVP': offices in a firm, in English, as 'Head' and 'Manager' are.
    assert _roles(body) == {"Rendra Wiguna": role}


def test_an_office_s_grade_opening_a_paragraph_is_the_office_s() -> None:
    body = "Penjualan turun.\n\nManaging Director of Kopiku Indonesia Rendra Wiguna menjelaskan, harga naik."
    assert _roles(body) == {"Rendra Wiguna": "Managing Director of Kopiku Indonesia"}


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Koordinator Nasional Clean River Watch (CRW) Indonesia Darmo Sutejo mengatakan, sungai kotor.",
            {"Darmo Sutejo": "Koordinator Nasional Clean River Watch (CRW) Indonesia"},
        ),
        (
            "Direktur Jenderal Bina Desa Tertinggal Kemendes Rendra Wiguna mengatakan, dana cair.",
            {"Rendra Wiguna": "Direktur Jenderal Bina Desa Tertinggal Kemendes"},
        ),
        # A body's short form in brackets, the words joining its fields, an association's 'Gabungan'.
        (
            "Ketua Asosiasi Petani Jagung Indonesia (Apjin) Boyolali Darmo mengatakan, harga turun."
            " “Rugi,” ujar Darmo.",
            {"Darmo": "Ketua Asosiasi Petani Jagung Indonesia (Apjin) Boyolali"},
        ),
        (
            "Direktur Pusat Kajian Strategis Badan Zakat Desa (Bazdes) Rendra Wiguna mengatakan, dana naik.",
            {"Rendra Wiguna": "Direktur Pusat Kajian Strategis Badan Zakat Desa (Bazdes)"},
        ),
        (
            "Menurut Sekretaris Jenderal Gabungan Pengusaha Kopi dan Teh (Gapkot) Rendra Wiguna, harga naik.",
            {"Rendra Wiguna": "Sekretaris Jenderal Gabungan Pengusaha Kopi dan Teh (Gapkot)"},
        ),
    ],
    ids=["english-body", "directorate", "short-form", "short-form-holder", "gabungan"],
)
def test_an_office_s_body_read_as_its_holder_gives_way_to_the_name_after_it(body: str, roles: dict) -> None:
    # 'Direktur Jenderal Bina': the body's first words after the title are no person when the
    # body's name goes on after them to its holder's name.
    assert _roles(body) == roles


def test_the_role_after_a_name_and_its_age_is_that_person_s() -> None:
    body = "Kemarin, Darmo Sutejo (27), warga Kelurahan Sukamaju, memutuskan pulang lebih awal."
    assert _roles(body) == {"Darmo Sutejo": "warga Kelurahan Sukamaju"}


def test_a_name_right_after_its_office_s_place_starts_there_whatever_its_given_name() -> None:
    # 'Agus' is a known given name, but after 'DKI Jakarta' the body's name has closed: 'Darmo'
    # opens the holder's name, no word of the office.
    body = "Kemarin, Kepala Dinas Pertanian DKI Jakarta Darmo Agus Sutejo mengatakan itu."
    assert _roles(body) == {"Darmo Agus Sutejo": "Kepala Dinas Pertanian DKI Jakarta"}


def test_a_titled_person_after_a_name_s_comma_is_no_role_of_that_name() -> None:
    # 'Senada dengan Darmo, Analis ... Rendra Wiguna menilai': the words after the comma are
    # Rendra Wiguna's office, the subject of the next clause, not Darmo's.
    body = (
        "“Harga naik,” ujar Darmo. Senada dengan Darmo, Analis Senior Samudra Sekuritas Rendra Wiguna"
        " menilai, harga naik."
    )
    assert _roles(body) == {"Darmo": None, "Rendra Wiguna": "Analis Senior Samudra Sekuritas"}


@pytest.mark.parametrize(
    "body",
    [
        "Presiden hadir bersama Ibu Negara Sinta Budi Santoso di istana, Minggu.",
        "Presiden hadir bersama Ibu Negara Nyonya Sinta Budi Santoso di istana, Minggu.",
        "Presiden hadir bersama Ibu Sinta Budi Santoso di istana, Minggu.",
    ],
    ids=["ibu-negara", "nyonya", "ibu"],
)
def test_the_first_lady_s_name_keeps_her_husband_s(body: str) -> None:
    # A wife is named with her husband's name after hers ('Iriana Joko Widodo'): her given name is
    # no word of the office, though a known given name follows it.
    assert [n.name for n in find_names(body) if n.kind == "person"] == ["Sinta Budi Santoso"]


def test_the_first_lady_and_her_husband_are_two_people() -> None:
    body = (
        "Presiden Budi Santoso hadir bersama Ibu Negara Sinta Budi Santoso. Presiden Budi Santoso lalu"
        " pulang. Setelah itu, Presiden Budisan dan Ibu Negara Sinta Budisan menyapa warga."
        " Budisan tersenyum."
    )
    people = {n.name: [m.text for m in n.mentions] for n in find_names(body) if n.kind == "person"}
    assert people["Sinta Budi Santoso"] == ["Sinta Budi Santoso"]
    assert people["Budi Santoso"] == ["Budi Santoso", "Budi Santoso"]
    assert people["Sinta Budisan"] == ["Sinta Budisan"]


@pytest.mark.parametrize(
    ("body", "org"),
    [
        ("Sejak lama, Masyarakat Pecinta Sungai Nusantara (MPSN) menyuarakan peringatan.", "MPSN"),
        ("Pemantauan dilakukan Jaringan Pemantau Pemilu Desa (JPPD) sejak pagi.", "JPPD"),
    ],
    ids=["masyarakat", "jaringan"],
)
def test_a_society_or_network_spelled_out_before_its_short_form_is_an_org(body: str, org: str) -> None:
    (name,) = [n for n in find_names(body) if n.kind == "org"]
    assert org in [m.text for m in name.mentions]


def test_a_club_and_its_town_after_an_office_in_lower_case_are_the_office_s() -> None:
    body = "Kemarin, pelatih Persiba Bantul Darmo Sutejo mengatakan timnya siap bertanding."
    assert _roles(body) == {"Darmo Sutejo": "pelatih Persiba Bantul"}


def test_a_term_the_article_writes_alone_before_a_name_is_no_word_of_it() -> None:
    body = (
        "Laga ini mempertemukan ketangguhan Krav Maga Darmo dengan kecepatan Rendra. Krav Maga dikenal"
        " keras. Darmo belajar Krav Maga sejak kecil, kata Darmo."
    )
    people = {n.name: [m.text for m in n.mentions] for n in find_names(body) if n.kind == "person"}
    assert "Darmo" in people and "Krav Maga" not in people["Darmo"]
    assert not any("Krav" in name for name in people)


def test_one_name_word_a_speech_verb_follows_after_the_office_s_place_is_its_holder() -> None:
    # 'Kota Bogor Darmo menambahkan': the body's name ended at its town, and the word after it
    # speaks, so it is the holder's name ('Kodim 0510 Tigaraksa' has no town before its word).
    body = (
        "Kepala Badan Arsip, Perpustakaan, dan Dokumentasi Daerah Kota Bogor Darmo menambahkan, tes"
        " dibuka."
    )
    assert _roles(body) == {"Darmo": "Kepala Badan Arsip, Perpustakaan, dan Dokumentasi Daerah Kota Bogor"}
