"""The learner: what repeats across a site's articles becomes a rule, what one article says does not."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import regex

from corekit.learn import Lesson, learn, read_samples
from corekit.learn.lesson import to_line_end
from corekit.learn.lines import count, sentence_starts
from corekit.learn.patterns import SITE, generalise, key, leading_literal
from corekit.learn.report import describe
from corekit.learn.samples import Sample, SampleError
from corekit.model import Document
from corekit.rules import Engine, RuleSet

sys.path.insert(0, str(Path(__file__).parent))
import learn_site as site  # noqa: E402


def samples(n: int = site.N) -> list[Sample]:
    return [Sample(text=site.article(i), name=str(i)) for i in range(n)]


@pytest.fixture(scope="module")
def lesson() -> Lesson:
    return learn(samples(), plugin="contoh", host="contohnews.co.id")


def by_name(lesson: Lesson) -> dict[str, object]:
    return {r.name: r for r in lesson.rules}


def test_a_line_every_page_repeats_is_a_line_rule_with_its_support(lesson: Lesson) -> None:
    rule = by_name(lesson)["scroll-to-continue-with-content"]
    assert (rule.kind, rule.support, rule.total) == ("line", 24, 24)
    assert regex.fullmatch(rule.pattern, site.SCROLL, regex.VERBOSE)


def test_digits_are_generalised_into_one_rule(lesson: Lesson) -> None:
    pages = [r for r in lesson.rules if "Halaman" in r.example]
    assert len(pages) == 1 and r"\d+" in pages[0].pattern
    assert regex.fullmatch(pages[0].pattern, "Halaman 12 dari 30", regex.VERBOSE)


def test_a_glued_link_marker_is_inline_and_its_headline_runs_as_title_case(lesson: Lesson) -> None:
    rule = by_name(lesson)["baca-juga-link"]
    assert (rule.kind, rule.extend, rule.support) == ("inline", "headline", 18)
    assert rule.prefixes == ("baca",)


def test_the_editor_code_is_learned_as_a_shape(lesson: Lesson) -> None:
    rule = by_name(lesson)["editor-code"]
    assert rule.support == 12
    assert regex.search(rule.pattern, "kata dia. (xyz)", regex.VERBOSE)  # a code the sample never had


def test_detection_learns_the_masthead_and_the_footer_naming_the_outlet(lesson: Lesson) -> None:
    evidence = {e.name: e for e in lesson.evidence}
    assert evidence["masthead"].hints == ("CONTOHNEWS.CO.ID",)
    assert any("Contohnews" in e.example for e in lesson.evidence if e.name != "masthead")
    assert all(0 < e.confidence < 1 for e in lesson.evidence)


def test_no_rule_takes_an_article_sentence(lesson: Lesson) -> None:
    engine = Engine(RuleSet(plugin="contoh", rules=tuple(r.rule() for r in lesson.rules)))
    for i in range(site.N):
        text = site.article(i)
        article = engine.strip(Document(text=text))
        for sentence in regex.findall(r"\p{Lu}[^.\n“]*pekan ke-\d+ tahun ini\.", text):
            assert sentence in article.body
        assert "Baca juga" not in article.body and site.SCROLL not in article.body
        assert site.FOOTER not in article.body


def test_every_learned_pattern_is_linear_on_long_runs() -> None:
    # A generated plugin's patterns are compiled into its module, where tests/test_regex_budget.py
    # holds them to linear time; the learner must not write one that fails there. A footer naming
    # a site puts the learner's SITE pattern into a rule too.
    from test_regex_budget import _pairs, assert_linear

    footer = "Simak berita lainnya di Contohnews.com"
    lesson = learn([Sample(text=f"{s.text}\n{footer}", name=s.name) for s in samples()], plugin="contoh")
    flags = regex.VERBOSE | regex.MULTILINE  # as Engine and Detector compile them
    patterns = [r.pattern for r in lesson.rules] + [e.pattern for e in lesson.evidence]
    assert any(SITE in p for p in patterns)
    for pattern in patterns:
        compiled = regex.compile(pattern, flags)
        for unit, breaker in _pairs():
            assert_linear(compiled, unit, breaker)


def test_support_counts_articles_not_occurrences() -> None:
    # One article saying the same thing ten times is one article's worth of evidence.
    noisy = Sample(text="Satu kalimat yang diulang.\n" * 10, name="noisy")
    lesson = learn([noisy, *samples(9)], min_share=0.1, min_articles=2)
    assert not any("diulang" in r.example for r in lesson.rules)


def test_the_share_threshold_is_configurable() -> None:
    strict = learn(samples(), min_share=0.9)
    names = {r.name for r in strict.rules}
    assert "scroll-to-continue-with-content" in names  # 24 of 24
    assert "baca-juga-link" not in names and "editor-code" not in names  # 18 and 12 of 24


def test_a_sentence_shared_by_a_few_articles_is_not_boilerplate() -> None:
    shared = "Pemerintah kabupaten menyiapkan anggaran perbaikan jalan untuk seluruh kecamatan tahun depan."
    texts = [s.text + (shared + "\n" if i < 4 else "") for i, s in enumerate(samples())]
    lesson = learn([Sample(text=t, name=str(i)) for i, t in enumerate(texts)])
    assert not any("anggaran" in r.example for r in lesson.rules)


def test_generic_rules_that_cut_article_text_are_left_out() -> None:
    # 'Terpopuler' alone on a line reads as the start of a related list to the generic rules,
    # which then drop the rest of the article; on this site the article goes on after it.
    texts = [s.text.replace(site.SCROLL, "Terpopuler") for s in samples()]
    lesson = learn([Sample(text=t, name=str(i)) for i, t in enumerate(texts)])
    assert "related-list" in {d.name for d in lesson.disabled}


def test_the_title_rule_is_left_out_when_texts_never_open_with_their_title() -> None:
    titled = [Sample(text=s.text, name=s.name, title=f"Judul Berita {i}") for i, s in enumerate(samples())]
    assert "title" in {d.name for d in learn(titled).disabled}
    assert "title" not in {d.name for d in learn(samples()).disabled}  # no titles given: no opinion


def test_report_names_kind_support_and_example(lesson: Lesson) -> None:
    text = describe(lesson)
    assert "line   scroll-to-continue-with-content" in text
    assert "matched 18 of 24 articles" in text
    assert "headline runs as a Title-Case run" in text


# --- pieces -------------------------------------------------------------------------------------


def test_key_ignores_case_spacing_digits_and_site_names() -> None:
    assert key("Akses  TribunJakarta.com di 2 kanal") == key("akses Tribunnews.com di 15 kanal")


def test_generalise_escapes_for_verbose_patterns() -> None:
    pattern = generalise('Cek #1 "Berita" (Kompas.com)')
    assert regex.fullmatch(pattern, 'cek #23 "berita" (TribunJakarta.com)', regex.VERBOSE)


def test_leading_literal_stops_where_the_pattern_generalises() -> None:
    assert leading_literal("Baca juga:") == "baca"
    assert leading_literal("[Gambas:Video 20detik]") == "[gambas:video"
    assert leading_literal("Kompas.com hari ini") is None


def test_sentence_starts_split_glued_sentences_but_not_site_names() -> None:
    line = "KONTAN.CO.ID - JAKARTA. Harga naik.Baca juga: Judul"
    starts = sentence_starts(line)
    assert [line[s:][:4] for s in starts] == ["KONT", "Harg", "Baca"]


def test_count_tallies_whole_lines_by_article() -> None:
    stats = count([site.article(i) for i in range(5)])
    assert stats.lines[key(site.SCROLL)].support == 5


def test_to_line_end() -> None:
    assert to_line_end("abc", 1, 3) == 3


# --- reading samples ----------------------------------------------------------------------------


def test_read_a_directory_of_text_files(tmp_path: Path) -> None:
    found = read_samples(site.write_dir(tmp_path / "pages", n=5))
    assert [s.name for s in found] == [f"{i:03d}.txt" for i in range(5)]


@pytest.mark.parametrize("field", ["raw_text", "text"])
def test_read_jsonl_with_either_text_field(tmp_path: Path, field: str) -> None:
    found = read_samples(site.write_jsonl(tmp_path / "rows.jsonl", n=3, field=field))
    assert len(found) == 3 and found[0].title == "Judul 0" and found[0].url.endswith("/read/0")


def test_a_page_scraped_twice_counts_once(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    row = json.dumps({"raw_text": site.article(1)})
    path.write_text(f"{row}\n{row}\n", encoding="utf-8")
    assert len(read_samples(path)) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [('{"title": "x"}\n', "no text field"), ("not json\n", "not JSON")],
)
def test_bad_jsonl_says_which_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SampleError, match=rf"rows\.jsonl:1: {message}"):
        read_samples(path)


def test_missing_and_empty_samples(tmp_path: Path) -> None:
    with pytest.raises(SampleError, match="no such file"):
        read_samples(tmp_path / "absent")
    with pytest.raises(SampleError, match="no .txt files"):
        read_samples(tmp_path)


def test_a_marker_glued_to_its_headline_by_case_alone_is_learned() -> None:
    # 'Baca JugaHarga Cabai ...': no colon, no space, only the capital says where the marker ends.
    texts = [s.text.replace("Baca juga: ", "Baca Juga") for s in samples()]
    lesson = learn([Sample(text=t, name=str(i)) for i, t in enumerate(texts)])
    rule = {r.name: r for r in lesson.rules}["baca-juga-link"]
    assert (rule.kind, rule.extend) == ("inline", "headline")
    engine = Engine(RuleSet(plugin="contoh", rules=(rule.rule(),)))
    article = engine.strip(Document(text="Harga naik.Baca JugaBanjir Rendam Desa “Kami siap,” kata dia."))
    assert article.body == "Harga naik. “Kami siap,” kata dia."
    assert regex.search(rule.pattern, "Bacaan Juga", regex.VERBOSE) is None


def test_an_editor_code_on_its_own_line_counts() -> None:
    texts = [s.text.replace(" (", "\n(") for s in samples()]
    rule = {r.name: r for r in learn([Sample(text=t, name=str(i)) for i, t in enumerate(texts)]).rules}
    engine = Engine(RuleSet(plugin="contoh", rules=(rule["editor-code"].rule(),)))
    assert engine.strip(Document(text="Kalimat terakhir.\n(kpl/khs)\n")).body == "Kalimat terakhir."


def test_label_spellings_are_one_piece() -> None:
    assert key("EDITOR : Rahmad") == key("Editor: Rahmad")
    assert regex.fullmatch(generalise("Editor:"), "EDITOR :", regex.VERBOSE)


def test_a_dateline_the_scraper_split_over_lines_stays() -> None:
    # 'JAKARTA, CONTOHNEWS.CO.ID' / '-' / first sentence: the body keeps the dateline.
    texts = [s.text.replace(" - ", "\n-\n", 1) for s in samples()]
    lesson = learn([Sample(text=t, name=str(i)) for i, t in enumerate(texts)])
    kept = [r for r in lesson.rules if r.kind == "line"]
    assert not any(regex.fullmatch(r.pattern, "-", regex.VERBOSE) for r in kept)
    assert not any("CONTOHNEWS" in r.example for r in kept)
