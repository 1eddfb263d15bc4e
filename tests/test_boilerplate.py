import json
from pathlib import Path

import pytest

from corekit import boilerplate
from corekit.audit import audit
from corekit.model import Document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
GOLD = sorted((SEEDS / "gold").glob("*.json"))


def gold(path: Path) -> tuple[Document, dict]:
    expected = json.loads(path.read_text(encoding="utf-8"))
    return Document(text=(SEEDS / expected["file"]).read_text(encoding="utf-8")), expected


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_generic_rules_alone_match_the_gold_seeds(path: Path) -> None:
    # The generic rules must do well on any outlet, so they are held to the seeds on their own.
    document, expected = gold(path)
    article = boilerplate.strip(document)
    assert article.body.split("\n\n") == expected["body"]
    assert article.title == expected["title"]
    assert article.published == expected["published"]
    assert audit(document, article) == []


def test_removals_name_the_generic_plugin_or_the_caller() -> None:
    document, _ = gold(GOLD[0])
    assert {r.plugin for r in boilerplate.strip(document).removed} == {"generic"}
    assert {r.plugin for r in boilerplate.strip(document, plugin="other").removed} == {"other"}


@pytest.mark.parametrize(
    ("line", "headline", "rest"),
    [
        # Glued sentence starts found by the first lower-case content word.
        ("Baca juga: Mobil Tabrak Truk di Cengkareng, 3 Orang Tewas Sesampainya di TKP KM 01--200 jalur B.",
         "Mobil Tabrak Truk di Cengkareng, 3 Orang Tewas", "Sesampainya di TKP KM 01--200 jalur B."),
        ("Baca juga: Kisah Perjuangan Frida, Lulusan Terbaik UNY dengan IPK Tertinggi Ia mengambil program.",
         "Kisah Perjuangan Frida, Lulusan Terbaik UNY dengan IPK Tertinggi", "Ia mengambil program."),
        ("BACA JUGA - Volvo Ucapkan Selamat Tinggal ke Mesin Diesel  Pada tahun 2026, Volvo meluncurkan.",
         "Volvo Ucapkan Selamat Tinggal ke Mesin Diesel", "Pada tahun 2026, Volvo meluncurkan."),
        # A quote, a numbered item, a discourse word or another marker ends the headline.
        ("Baca juga: Prabowo Perintahkan 4 Izin Tambang Dicabut “Sekalipun perdebatan terjadi,” kata dia.",
         "Prabowo Perintahkan 4 Izin Tambang Dicabut", "“Sekalipun perdebatan terjadi,” kata dia."),
        ("Baca Juga: Dokter Gizi Sebut ASI Eksklusif 1. Daun Katuk",
         "Dokter Gizi Sebut ASI Eksklusif", "1. Daun Katuk"),
        ("Baca Juga: Dua Pabrik Alas Kaki di Banten PHK Karyawan, Ini Sebabnya Selain itu, harga naik.",
         "Dua Pabrik Alas Kaki di Banten PHK Karyawan, Ini Sebabnya", "Selain itu, harga naik."),
        ("Baca Juga: Menakar Daya Tawar Indonesia Cek Berita dan Artikel yang lain di Google News",
         "Menakar Daya Tawar Indonesia", ""),
        # A role word goes with the name after it.
        ("Baca Juga: AS Hantam China dengan Tarif 245% Presiden Trump mengatakan hal itu.",
         "AS Hantam China dengan Tarif 245%", "Presiden Trump mengatakan hal itu."),
        # Apostrophes inside words are not quotes; lower-case headline words do not end it.
        ("Baca Juga: Rian D'Masiv Bebaskan Siapa Saja Nyanyikan Lagunya, tapi Ingatkan Promotor",
         "Rian D'Masiv Bebaskan Siapa Saja Nyanyikan Lagunya, tapi Ingatkan Promotor", ""),
        ("Lihat Juga: 10 Adab dan Tata Krama Buang Hajat sesuai Sunnah Nabi SAW",
         "10 Adab dan Tata Krama Buang Hajat sesuai Sunnah Nabi SAW", ""),
    ],
)
def test_read_also_cuts_the_headline_and_keeps_the_sentence(line: str, headline: str, rest: str) -> None:
    text = "JAKARTA - Kalimat pertama. " + line
    article = boilerplate.strip(Document(text=text))
    cut = [r for r in article.removed if r.rule == "read-also"]
    assert len(cut) == 1
    assert cut[0].text.split(maxsplit=2)[-1].lstrip("- :").startswith(headline.split()[0])
    assert cut[0].text.endswith(headline)
    assert article.body == ("JAKARTA - Kalimat pertama. " + rest).strip()


@pytest.mark.parametrize(
    ("line", "is_headline"),
    [
        ("Wanita AS Lahir Tanpa Otak Rayakan Ultah ke-20, Padahal Dokter Hanya Beri 4 Tahun", True),
        ("Rusia: Kemenangan Kami di Ukraina Itu Urusan Hidup dan Mati!", True),
        ("Menurut dia, hal ini membantu meningkatkan keamanan regional.", False),
        ("Langkah berikutnya yang diambil pemerintah", False),  # a sentence-case subheading stays
        ("Beasiswa LPDP Jakarta 2025", False),  # too short to tell from a subheading
        ("Baca Juga: ICC Ingin Tangkap Putin, Beranikah Ringkus Netanyahu?", False),  # read-also's job
    ],
)
def test_injected_headlines_are_title_case_lines_without_final_stop(line: str, is_headline: bool) -> None:
    assert boilerplate.looks_like_headline(line) is is_headline


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Reporter: Ferry Saputra | Editor: Yudho Winarto", ("Ferry Saputra", "Yudho Winarto")),
        ("Sumber: Reuters | Editor: Herlina Kartika Dewi", ("Herlina Kartika Dewi",)),
        ("Editor: Ahmad Islamy Jamil", ("Ahmad Islamy Jamil",)),
        ("Reporter: Handoyo | Editor: Handoyo", ("Handoyo",)),
    ],
)
def test_byline_names(byline: str, names: tuple[str, ...]) -> None:
    assert boilerplate.byline_names(byline) == names


def test_glued_kontan_byline_is_cut_and_gives_the_authors() -> None:
    text = "Reporter: Lydia Tesaloni | Editor: Handoyo KONTAN.CO.ID - JAKARTA. Emas spot naik."
    article = boilerplate.strip(Document(text=text))
    assert article.body == "KONTAN.CO.ID - JAKARTA. Emas spot naik."
    assert article.authors == ("Lydia Tesaloni", "Handoyo")


def test_a_text_with_nothing_to_remove_is_kept_whole() -> None:
    text = "Paragraf satu.\n\nParagraf dua, lebih panjang."
    article = boilerplate.strip(Document(text=text))
    assert (article.body, article.removed) == ("Paragraf satu.\n\nParagraf dua, lebih panjang.", ())


def test_empty_text() -> None:
    assert boilerplate.strip(Document(text="")).body == ""
