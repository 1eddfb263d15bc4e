"""HTML pages in: sniffing, extraction, outlet hints, metadata and the import cost of text runs."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

import corekit
from corekit import html
from corekit.cli import main
from corekit.html.hints import hints_for, names_source
from corekit.inputs import documents
from corekit.pipeline import run
from corekit.plugins import PluginManager

FIXTURES = Path(__file__).parent / "fixtures" / "html"

# What each outlet's plugin would declare: the blocks trafilatura alone lets through
# (inline read-also paragraphs, font-size widgets) and the article container.
OUTLET_HINTS = {
    "detik": (
        ("detik.com",),
        "detikcom",
        corekit.HtmlHints(
            drop=(".linksisip", ".detail__body-tag", ".detail__body-editor"), article=".detail__body-text"
        ),
    ),
    "kompas": (
        ("kompas.com",),
        "Kompas.com",
        corekit.HtmlHints(
            drop=("//p[.//a[contains(@class, 'inner-link-baca-juga')]]", ".ads-on-body"),
            article=".read__content",
        ),
    ),
    "sindonews": (
        ("sindonews.com",),
        "SINDOnews",
        corekit.HtmlHints(drop=(".detail-fontsize", ".baca-inline", "div.editor"), article="#detail-desc"),
    ),
    "kontan": (
        ("kontan.co.id",),
        "KONTAN",
        corekit.HtmlHints(drop=("//p[a[contains(@class, 'linkbacajuga')]]",), article=".tmpt-desk-kon"),
    ),
    "liputan6": (
        ("liputan6.com",),
        "Liputan6.com",
        corekit.HtmlHints(
            drop=(".baca-juga-collections", ".advertisement-placeholder"), article=".article-content-body"
        ),
    ),
}

# A distinctive piece of every article paragraph, in order.
ARTICLE = {
    "detik": (
        "Jakarta - Hujan deras yang mengguyur Jakarta sejak Rabu sore",
        "Kepala Pelaksana BPBD DKI Jakarta Isnawa Adji mengatakan",
        '"Kami minta warga tidak kembali ke rumah sebelum air benar-benar surut.',
        "Menurut data Dinas Sumber Daya Air, tinggi muka air di Bendung Katulampa",
        "Pemerintah Kota Jakarta Timur membuka dapur umum",
    ),
    "kompas": (
        "JAKARTA, KOMPAS.com - Harga cabai rawit merah di Pasar Induk Kramat Jati",
        "Seorang pedagang, Sutrisno (52), mengatakan pasokan",
        '"Petani banyak yang gagal panen, jadi barangnya sedikit.',
        "Kepala Perumda Pasar Jaya Gatra Vaganza menyebut",
        "Badan Pusat Statistik mencatat cabai rawit menjadi salah satu penyumbang inflasi",
    ),
    "sindonews": (
        "MOSKOW - Presiden Rusia Vladimir Putin dan Presiden China Xi Jinping membahas",
        "Kremlin menyebut pembicaraan berlangsung hampir tiga jam",
        '"Hubungan kami berada pada titik tertinggi dalam sejarah," kata Putin',
        "Xi menyatakan China siap membeli lebih banyak gas alam cair",
        "Analis energi di Moskow menilai kesepakatan pipa baru",
    ),
    "kontan": (
        "KONTAN.CO.ID - JAKARTA. Bank Indonesia (BI) memutuskan mempertahankan",
        "Gubernur BI Perry Warjiyo mengatakan keputusan tersebut konsisten",
        '"Kebijakan moneter tetap difokuskan untuk memperkuat stabilisasi rupiah',
        "BI juga mempertahankan suku bunga Deposit Facility sebesar 5,25%",
        "Ekonom menilai ruang penurunan suku bunga baru terbuka",
    ),
    "liputan6": (
        "Liputan6.com, Jakarta - Kementerian Kesehatan mencatat kenaikan kasus demam berdarah",
        "Direktur Pencegahan dan Pengendalian Penyakit Menular Kemenkes Imran Pambudi",
        '"Kami minta masyarakat kembali menggalakkan gerakan 3M plus',
        "Provinsi dengan kenaikan tertinggi antara lain Jawa Barat",
        "Imran juga mengingatkan warga segera membawa anggota keluarga",
    ),
}

# Every page has these blocks; none may reach the body.
COMMON_BOILERPLATE = ("Copyright", "Komentar", "Redaksi", "Berita Terkait", "Terpopuler", "Tag")
BOILERPLATE = {
    "detik": (
        "Baca juga",
        "Pintu Air Manggarai",
        "Cuaca Ekstrem Diprediksi",
        "Kapan normalisasi",
        "Foto: Pradita Utama",
        "Bagikan ke Facebook",
        "Berita",
        "jakarta timur\n",
        "(rdp/imk)",
        "Harga Beras Naik",
    ),
    "kompas": (
        "Baca juga",
        "Harga Bawang Merah",
        "Operasi Pasar Digelar",
        "ADVERTISEMENT",
        "Penulis :",
        "MUHAMMAD ISA BUSTOMI",
        "Jadwal Ganjil Genap",
        "dapur ibu-ibu",
        "Bagikan artikel",
        "Megapolitan",
    ),
    "sindonews": (
        "Baca Juga",
        "Rusia Kirim Minyak",
        "Forum Sabuk dan Jalan",
        "loading",
        "A A A",
        "Foto/Sergei Bobylev",
        "(mas)",
        "makin mesra",
        "Latihan Militer Bersama",
        "Ekbis",
    ),
    "kontan": (
        "Baca Juga",
        "Rupiah Melemah ke Rp 15.700",
        "Kredit Perbankan Tumbuh",
        "Reporter:",
        "ILUSTRASI",
        "OJK Catat Aset",
        "cicilan KPR",
        "Tentang Kontan",
        "Investasi",
    ),
    "liputan6": (
        "Baca Juga",
        "Kenali Gejala DBD",
        "Vaksin Dengue",
        "Advertisement",
        "Herman Zakharia",
        "Artikel Selanjutnya",
        "Cara Alami Mengusir",
        "tiga orang kena DBD",
        "#DBD",
        "Showbiz",
    ),
}

METADATA = {
    "detik": ("news.detik.com", "detikNews", "Banjir Rendam 12 RT", ("Rumondang Naibaho",)),
    "kompas": ("megapolitan.kompas.com", "KOMPAS.com", "Harga Cabai Rawit", ("Muhammad Isa Bustomi",)),
    "sindonews": (
        "international.sindonews.com",
        "SINDOnews.com",
        "Putin dan Xi",
        ("Andika Hendra Mustaqim",),
    ),
    "kontan": ("keuangan.kontan.co.id", "kontan.co.id", "Bank Indonesia Tahan", ("Bidara Pink",)),
    "liputan6": ("www.liputan6.com", "liputan6.com", "Kemenkes Catat Kasus DBD", ("Benedikta Desideria",)),
}

OUTLETS = tuple(ARTICLE)


def outlet_plugin(source_id: str) -> types.ModuleType:
    """A plugin module as an outlet package would ship it: SOURCE, HTML_HINTS and a host check."""
    hosts, name, hints = OUTLET_HINTS[source_id]
    module = types.ModuleType(f"corekit_{source_id}")
    module.SOURCE = corekit.Source(id=source_id, name=name, hosts=hosts)  # type: ignore[attr-defined]
    module.HTML_HINTS = hints  # type: ignore[attr-defined]

    @corekit.hookimpl
    def detect_source(document: corekit.Document) -> corekit.SourceMatch | None:
        if names_source(module.SOURCE, url=document.url, site_name=document.site_name):
            return corekit.SourceMatch(
                id=source_id, name=name, confidence=1.0, plugin=source_id, evidence="host"
            )
        return None

    module.detect_source = detect_source  # type: ignore[attr-defined]
    return module


@pytest.fixture
def outlets_pm(pm: PluginManager) -> PluginManager:
    for source_id in OUTLETS:
        pm.register(outlet_plugin(source_id), name=source_id)
    return pm


def page(source_id: str) -> str:
    return (FIXTURES / f"{source_id}.html").read_text(encoding="utf-8")


def clean_page(source_id: str, pm: PluginManager) -> corekit.Result:
    [document] = documents([str(FIXTURES / f"{source_id}.html")], pm=pm)
    assert isinstance(document, corekit.Document)
    return run(document, pm=pm)


# --- sniffing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "\ufeff  \n<!doctype HTML>\n<title>t</title>",
        "<html lang='id'><head></head>",
        "<?xml version='1.0'?>\n<!-- saved by wget -->\n<html>",
        "<body><p>hanya badan</p></body>",
    ],
)
def test_pages_are_sniffed_as_html(text: str) -> None:
    assert html.is_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "JAKARTA, KOMPAS.com - Tag <html> disebut dalam artikel ini.",
        "<b>tebal</b> tapi bukan halaman",
        "",
        "x" * 2000 + "<html>",
    ],
)
def test_text_is_not_sniffed_as_html(text: str) -> None:
    assert not html.is_html(text)


# --- five outlets -----------------------------------------------------------------------------


@pytest.mark.parametrize("source_id", OUTLETS)
def test_outlet_page_gives_the_whole_article_and_no_boilerplate(
    source_id: str, outlets_pm: PluginManager
) -> None:
    result = clean_page(source_id, outlets_pm)
    paragraphs = result.article.body.split("\n\n")
    assert len(paragraphs) == len(ARTICLE[source_id])
    for expected, got in zip(ARTICLE[source_id], paragraphs, strict=True):
        assert got.startswith(expected), (expected, got)
    for fragment in (*COMMON_BOILERPLATE, *BOILERPLATE[source_id]):
        assert fragment not in result.article.body, fragment
    assert result.source.id == source_id
    assert result.source.evidence == "host"


@pytest.mark.parametrize("source_id", OUTLETS)
def test_trafilatura_alone_keeps_every_paragraph_and_drops_the_page_chrome(
    source_id: str, pm: PluginManager
) -> None:
    body = clean_page(source_id, pm).article.body
    for expected in ARTICLE[source_id]:
        assert expected in body
    for fragment in ("Copyright", "Komentar", "Berita Terkait", "Terpopuler"):
        assert fragment not in body


@pytest.mark.parametrize("source_id", OUTLETS)
def test_page_metadata_fills_the_document(source_id: str, pm: PluginManager) -> None:
    host, site_name, title, authors = METADATA[source_id]
    document = html.to_document(page(source_id), path="p.html", pm=pm)
    assert document.url is not None and document.url.startswith(f"https://{host}/")
    assert document.site_name == site_name
    assert document.title is not None and document.title.startswith(title)
    assert document.published == (
        "2023-11-08T22:38:12+07:00" if source_id == "detik" else "2023-11-08T22:38:00+07:00"
    )
    assert document.authors == authors
    assert document.path == "p.html"


def test_hints_without_their_outlet_leave_the_page_alone(pm: PluginManager) -> None:
    pm.register(outlet_plugin("kompas"), name="kompas")
    body = html.to_document(page("kontan"), pm=pm).text
    assert "Baca Juga: Rupiah Melemah" in body  # kompas's hints did not run on kontan's page


# --- hints ------------------------------------------------------------------------------------


def test_hints_found_by_canonical_host_or_site_name(outlets_pm: PluginManager) -> None:
    found = hints_for(outlets_pm, url="https://nasional.kompas.com/read/1", site_name=None)
    assert found is not None and found[0] == "kompas"
    found = hints_for(outlets_pm, url=None, site_name="Kontan")
    assert found is not None and found[0] == "kontan"  # the source id, in any case
    found = hints_for(outlets_pm, url=None, site_name="liputan6.com")
    assert found is not None and found[0] == "liputan6"
    assert hints_for(outlets_pm, url="https://notkompas.com/x", site_name="Tempo") is None


def test_hints_are_frozen_and_take_one_selector() -> None:
    hints = corekit.HtmlHints(drop=".iklan")
    assert hints.drop == (".iklan",)
    with pytest.raises(AttributeError):
        hints.article = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        corekit.HtmlHints(drop=(".iklan", None))  # type: ignore[arg-type]


def test_bad_hint_names_the_plugin(pm: PluginManager) -> None:
    module = outlet_plugin("kompas")
    module.HTML_HINTS = corekit.HtmlHints(drop=("//p[",))  # type: ignore[attr-defined]
    pm.register(module, name="kompas")
    with pytest.raises(html.HtmlError, match="plugin 'kompas'.*//p\\["):
        html.to_document(page("kompas"), pm=pm)


def test_missing_article_container_falls_back_to_the_page(pm: PluginManager) -> None:
    module = outlet_plugin("kontan")
    module.HTML_HINTS = corekit.HtmlHints(article="#no-such-thing")  # type: ignore[attr-defined]
    pm.register(module, name="kontan")
    text = html.to_document(page("kontan"), pm=pm).text
    for expected in ARTICLE["kontan"]:
        assert expected in text


def test_dropped_block_keeps_the_text_after_it(pm: PluginManager) -> None:
    module = outlet_plugin("kontan")
    module.HTML_HINTS = corekit.HtmlHints(drop=("b",), article=".x")  # type: ignore[attr-defined]
    pm.register(module, name="kontan")
    markup = (
        "<html><head><link rel='canonical' href='https://kontan.co.id/a'></head><body><div class='x'>"
        "<p>Satu <b>DUA</b> tiga empat lima enam tujuh delapan sembilan sepuluh.</p>"
        "<p>Paragraf kedua tetap utuh sampai titik terakhirnya di sini.</p></div></body></html>"
    )
    text = html.to_document(markup, pm=pm).text
    assert "DUA" not in text
    assert "tiga empat lima" in text and "Paragraf kedua" in text


# --- the command line -------------------------------------------------------------------------


def test_cli_cleans_an_html_file_and_html_on_stdin() -> None:
    runner = CliRunner()
    by_file = runner.invoke(main, ["clean", str(FIXTURES / "kontan.html")])
    assert by_file.exit_code == 0, by_file.output
    assert "Bank Indonesia (BI) memutuskan" in by_file.output
    assert "Copyright" not in by_file.output and "<p>" not in by_file.output
    by_stdin = runner.invoke(main, ["clean", "-"], input=page("kontan"))
    assert by_stdin.exit_code == 0
    assert by_stdin.output == by_file.output


def test_cli_input_format_text_keeps_markup_as_text(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["clean", "--input-format", "text", str(FIXTURES / "kontan.html")])
    assert result.exit_code == 0
    assert "<!DOCTYPE html>" in result.output


def test_html_suffix_routes_a_fragment_to_the_extractor(tmp_path: Path) -> None:
    fragment = tmp_path / "f.html"
    fragment.write_text(
        "<div><p>" + "Kalimat artikel yang cukup panjang untuk diekstrak. " * 5 + "</p></div>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["clean", str(fragment)])
    assert result.exit_code == 0, result.output
    assert "<p>" not in result.output and "Kalimat artikel" in result.output


def test_page_without_article_text_is_a_one_line_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["clean", str(empty)])
    assert result.exit_code == 1
    assert f"corekit: {empty}: HTML page: the extractor found no article text" in result.output


def test_missing_extractor_is_a_clear_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "corekit.html.extract", None)  # as if trafilatura were absent
    result = CliRunner().invoke(main, ["clean", str(FIXTURES / "kontan.html")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "needs trafilatura and lxml_html_clean" in lines[0] and "pip install" in lines[0]


def test_text_run_does_not_import_the_extractor(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("JAKARTA - Sebuah berita biasa.\n\nParagraf kedua.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from corekit.cli import main\n"
        f"r = CliRunner().invoke(main, ['clean', {str(text)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('trafilatura', 'lxml', 'justext')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_benchmark_scores_shingles_like_the_article_extraction_benchmark() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "html_bench", FIXTURES.parents[2] / "benchmarks" / "html_bench.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    truth = "one two three four five six"
    assert bench.counts(truth, truth, 4) == (1.0, 0.0, 0.0)
    tp, fp, fn = bench.counts(truth, "one two three four", 4)  # 1 of 3 shingles found, nothing extra
    assert (tp, fp, fn) == pytest.approx((1 / 3, 0.0, 2 / 3))
    assert bench.scores([(1 / 3, 0.0, 2 / 3), (1.0, 0.0, 0.0)]) == pytest.approx((1.0, 2 / 3, 0.8))


def test_hints_that_leave_nothing_fall_back_to_the_page(pm: PluginManager) -> None:
    module = outlet_plugin("kontan")
    module.HTML_HINTS = corekit.HtmlHints(drop=(".tmpt-desk-kon p",), article=".tmpt-desk-kon")  # type: ignore[attr-defined]
    pm.register(module, name="kontan")
    text = html.to_document(page("kontan"), pm=pm).text
    for expected in ARTICLE["kontan"][1:]:
        assert expected in text


def test_input_format_html_forces_extraction_of_a_txt_file(tmp_path: Path) -> None:
    saved = tmp_path / "page.txt"
    saved.write_text(
        "<div><p>" + "Kalimat artikel yang cukup panjang untuk diekstrak. " * 5 + "</p></div>",
        encoding="utf-8",
    )
    forced = CliRunner().invoke(main, ["clean", "--input-format", "html", str(saved)])
    assert forced.exit_code == 0, forced.output
    assert "<p>" not in forced.output and "Kalimat artikel" in forced.output
    as_text = CliRunner().invoke(main, ["clean", str(saved)])  # a fragment in .txt is not sniffed as a page
    assert "<div><p>" in as_text.output


# --- the head ---------------------------------------------------------------------------------


def test_head_canonical_beats_og_url_and_is_made_absolute() -> None:
    from corekit.html.head import read_head

    both = "<html><head><meta property='og:url' content='https://a.id/og'><link rel='canonical' href='/c'>"
    assert read_head(both, "https://www.kontan.co.id/news/x").url == "https://www.kontan.co.id/c"
    assert (
        read_head("<head><link rel='Canonical' href='//m.detik.com/x'></head>").url == "https://m.detik.com/x"
    )
    assert (
        read_head("<head><meta property='og:url' content='https://a.id/og'></head>").url == "https://a.id/og"
    )
    assert read_head("<head><title>t</title></head>", "https://given.id/p").url is None


def test_head_published_takes_the_best_iso_meta_and_skips_the_rest() -> None:
    from corekit.html.head import read_head

    markup = (
        "<html><head><meta name='publishdate' content='2023/11/08 22:38:12'>"
        "<meta name='pubdate' content='2023-11-08T15:38:12Z'>"
        "<meta property='article:published_time' content='2023-11-08T22:38:12+07:00'>"
        "<meta name='author' content='https://facebook.com/kompas'><meta name='content_author' content='Isa'>"
        "</head><body><meta property='og:site_name' content='in body, not read'></body></html>"
    )
    head = read_head(markup)
    assert head.published == "2023-11-08T22:38:12+07:00"
    assert head.author == "Isa"  # a profile URL is not a name
    assert head.site_name is None  # only the head is parsed
    assert read_head("<head><meta name='pubdate' content='08/11/2023'></head>").published is None


def test_a_dateline_split_off_its_paragraph_is_joined_back() -> None:
    from corekit.html.extract import paragraphs

    long = "Presiden Rusia Vladimir Putin dan Presiden China Xi Jinping membahas kerja sama energi."
    assert paragraphs(f"MOSKOW\n- {long}\nKedua.") == f"MOSKOW - {long}\n\nKedua."
    assert paragraphs(f"JAKARTA, KOMPAS.com\n\u2013 {long}") == f"JAKARTA, KOMPAS.com \u2013 {long}"
    # A heading over a list, or a sentence over a dashed line, stays apart.
    assert paragraphs("INGREDIENTS\n- 2 cups flour") == "INGREDIENTS\n\n- 2 cups flour"
    assert paragraphs(f"US officials said so.\n- {long}") == f"US officials said so.\n\n- {long}"
