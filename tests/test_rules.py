import json
from pathlib import Path

import attrs
import pytest

from corekit import rules as rules_module
from corekit.audit import audit
from corekit.model import Document
from corekit.rules import Engine, Rule, RuleSet

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "indonesian-news-dev.jsonl"

RULES = RuleSet(
    plugin="demo",
    rules=(
        Rule("date", "head", r"Tanggal:\ (?P<value>\d{4}-\d\d-\d\d)", field="published"),
        Rule("widget", "line", r"A\ A\ A"),
        Rule("shout", "line", test=lambda line: line.isupper()),
        Rule("footer", "trailer", r"Berita\ Terkait"),
        Rule("ad", "inline", r"\[iklan\]", prefixes=("[iklan",)),
        Rule(
            "read-also",
            "inline",
            r"Baca\ juga:\ ",
            prefixes=("baca juga",),
            extend=lambda text, pos, end: text.index(".", pos) + 1,
        ),
    ),
)
ENGINE = Engine(RULES)

TEXT = """Tanggal: 2024-01-02
A A A
JAKARTA - Kalimat pertama.[iklan] Kalimat kedua.

IKLAN BESAR
Paragraf dua. Baca juga: Judul lain. Lanjutan paragraf dua.
Berita Terkait
Judul satu
Judul dua
"""


def test_each_kind_does_its_job() -> None:
    article = ENGINE.strip(Document(text=TEXT))
    assert article.body == (
        "JAKARTA - Kalimat pertama. Kalimat kedua.\n\nParagraf dua. Lanjutan paragraf dua."
    )
    assert article.published == "2024-01-02"
    assert [(r.rule, r.text) for r in article.removed] == [
        ("date", "Tanggal: 2024-01-02"),
        ("widget", "A A A"),
        ("ad", "[iklan]"),
        ("shout", "IKLAN BESAR"),
        ("read-also", "Baca juga: Judul lain."),
        ("footer", "Berita Terkait\nJudul satu\nJudul dua"),
    ]
    assert {r.plugin for r in article.removed} == {"demo"}
    assert audit(Document(text=TEXT), article) == []


def test_trailer_only_ends_an_article_that_has_begun() -> None:
    article = ENGINE.strip(Document(text="Berita Terkait\nIsi berita."))
    assert article.body == "Isi berita."
    assert [r.text for r in article.removed] == ["Berita Terkait"]


def test_head_rules_stop_at_the_first_paragraph() -> None:
    article = ENGINE.strip(Document(text="Isi.\nTanggal: 2024-01-02"))
    assert article.published is None
    assert article.body == "Isi.\n\nTanggal: 2024-01-02"


def test_rule_sets_compose_in_priority_order() -> None:
    first = RuleSet(plugin="outlet", rules=(Rule("mine", "line", r"A\ A\ A"),))
    article = Engine(first, RULES).strip(Document(text="A A A\nIsi."))
    assert [(r.rule, r.plugin) for r in article.removed] == [("mine", "outlet")]


def test_inner_groups_do_not_hide_which_rule_hit() -> None:
    rules = RuleSet(plugin="p", rules=(Rule("a", "line", r"(x)(y)"), Rule("b", "line", r"(?P<value>z)+")))
    removed = Engine(rules).strip(Document(text="xy\nzz\nok")).removed
    assert [r.rule for r in removed] == ["a", "b"]


def test_timeout_is_passed_to_the_regex_module() -> None:
    rules = RuleSet(plugin="p", rules=(Rule("slow", "line", r"(a|aa)+b"),))
    with pytest.raises(TimeoutError):
        Engine(rules, timeout=0.01).strip(Document(text="a" * 40 + "cb"))
    with pytest.raises(TimeoutError):
        Engine(rules).strip(Document(text="a" * 40 + "cb"), timeout=0.01)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": "x", "kind": "line"},  # neither pattern nor test
        {"name": "x", "kind": "line", "pattern": "a", "test": str.isupper},
        {"name": "x", "kind": "inline", "pattern": "a"},  # inline needs prefixes
        {"name": "x", "kind": "inline", "pattern": "a", "prefixes": ("A",)},  # prefixes are lower case
        {"name": "x", "kind": "nope", "pattern": "a"},
        {"name": "x", "kind": "inline", "pattern": "a", "prefixes": ("a",), "hints": ("a",)},
        {"name": "x", "kind": "line", "pattern": "a", "hints": ("A",)},  # hints are lower case
    ],
)
def test_bad_rules_are_refused(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        Rule(**kwargs)


def test_engine_keeps_document_metadata_when_the_text_has_none() -> None:
    document = Document(text="Isi.", title="T", published="2020-01-01T00:00:00+07:00", authors=("A",))
    article = ENGINE.strip(document)
    assert attrs.astuple(article)[1:4] == ("T", "2020-01-01T00:00:00+07:00", ("A",))


def test_ruleset_without_drops_the_named_rules_and_refuses_unknown_names():
    from corekit.boilerplate import GENERIC

    fewer = GENERIC.without("title")
    assert "title" not in {rule.name for rule in fewer.rules}
    assert len(fewer.rules) == len(GENERIC.rules) - 1
    with pytest.raises(ValueError):
        GENERIC.without("no-such-rule")


def test_a_dotted_capital_i_does_not_shift_offsets() -> None:
    # 'İ'.lower() is two code points: the engine must not trust lowered offsets then.
    text = "İstanbul - Isi berita.[iklan] Lanjut.\nA A A\nIKLAN BESAR"
    document = Document(text=text)
    article = ENGINE.strip(document)
    assert article.body == "İstanbul - Isi berita. Lanjut."
    assert audit(document, article) == []


def test_two_rules_of_a_kind_may_both_capture_a_value() -> None:
    # Their 'value' groups share one group number: the rule that hit is not the last group closed.
    rules = RuleSet(
        plugin="p",
        rules=(
            Rule("by", "head", r"Oleh:\ (?P<value>\w+)", field="authors"),
            Rule("at", "head", r"Pukul\ (?P<value>\d\d:\d\d)", field="published"),
        ),
    )
    article = Engine(rules).strip(Document(text="Oleh: Budi\nPukul 10:30\nIsi berita."))
    assert [r.rule for r in article.removed] == ["by", "at"]
    assert (article.authors, article.published) == (("Budi",), "10:30")


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources the rules engine compiles from now on, in order."""
    sources: list[str] = []
    compile_ = rules_module.regex.compile

    def counting(source: str, flags: int = 0) -> object:
        sources.append(source)
        return compile_(source, flags)

    monkeypatch.setattr(rules_module.regex, "compile", counting)
    return sources


def test_an_engine_compiles_nothing_until_it_strips(compiled: list[str]) -> None:
    sources = compiled
    # A unique pattern, so no other engine of this process has compiled it already.
    engine = Engine(RuleSet(plugin="p", rules=(Rule("lazy", "line", r"Belum\ dikompilasi\ \d+"),)))
    assert sources == []
    article = engine.strip(Document(text="Belum dikompilasi 1\nIsi."))
    assert [r.rule for r in article.removed] == ["lazy"]
    # A fresh engine's first lines meet all its rules in one alternation, compiled once.
    assert len([s for s in sources if "dikompilasi" in s]) == 1
    engine._body._cold = engine._head._cold = 0
    article = engine.strip(Document(text="Belum dikompilasi 2\nIsi lain."))
    assert [r.rule for r in article.removed] == ["lazy"]
    # Then lines pick their rules: the partial-match test and the line's one-rule alternation share
    # the forward pattern already compiled; only the backward one is new.
    assert len([s for s in sources if "dikompilasi" in s]) == 2


def test_a_hinted_pattern_compiles_alone_and_only_for_a_line_holding_its_hint(compiled: list[str]) -> None:
    sources = compiled
    engine = Engine(
        RuleSet(
            plugin="p",
            rules=(
                Rule("kolom", "head", r"Ditulis\ (?P<value>\w+)\ untuk\ kolomjarang", field="authors",
                     hints=("kolomjarang",)),  # fmt: skip
                Rule("kop", "head", test=lambda line: line.startswith("Ditulis"), first=True),
                Rule("widget", "line", r"A\ A\ A"),
            ),
        )
    )
    article = engine.strip(Document(text="A A A\nIsi berita yang biasa."))
    assert [r.rule for r in article.removed] == ["widget"]
    assert all("kolomjarang" not in s for s in sources)  # no line held the hint
    article = engine.strip(Document(text="Ditulis Rina untuk kolomjarang\nIsi berita."))
    # Out of the alternation, the pattern still outranks the test rules and captures its value.
    assert [r.rule for r in article.removed] == ["kolom"]
    assert article.authors == ("Rina",)
    assert len([s for s in sources if "kolomjarang" in s]) == 1
    assert "hinted:head:kolom:0" in engine.patterns()


def test_a_hinted_pattern_matches_no_line_without_one_of_its_hints() -> None:
    # The engine runs a hinted pattern only on lines holding a hint: a hint list that misses a
    # shape the pattern takes would let such lines through silently. Every line of the seeds and
    # dev rows, against every installed engine's hinted patterns.
    texts = _texts()
    for name, engine in _engines().items():
        hinted = [(e.rule, rules_module._alternation((e.rule.pattern,))) for e, _ in engine._head.hinted]
        assert hinted or name != "generic"
        for text in texts:
            for start, end in _lines_of(text):
                low = text[start:end].lower()
                for rule, pattern in hinted:
                    if pattern.fullmatch(text, start, end):
                        assert any(hint in low for hint in rule.hints), (name, rule.name, text[start:end])


def test_patterns_compiles_and_returns_every_pattern_the_engine_can_run() -> None:
    found = ENGINE.patterns()
    assert set(found) == {"head", "body", "inline:ad", "inline:read-also"}
    assert found["head"].fullmatch("Tanggal: 2024-01-02") is not None
    assert found["body"].fullmatch("Berita Terkait") is not None


def _lines_of(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in rules_module._LINES.finditer(text)]


def _engines() -> dict[str, Engine]:
    from corekit import boilerplate
    from corekit.plugins import default_plugin_manager

    engines = {"generic": boilerplate._ENGINE}
    for name, plugin in default_plugin_manager().list_name_plugin():
        if isinstance(getattr(plugin, "ENGINE", None), Engine):
            engines[name] = plugin.ENGINE
    return engines


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if DEV.is_file():
        with DEV.open(encoding="utf-8") as f:
            texts += [json.loads(line)["raw_text"] for line in f if line.strip()][:200]
    return texts


def test_a_line_tries_only_rules_that_can_match_it_and_misses_none() -> None:
    # Every line of the seeds (and of the dev rows where present), against every installed engine:
    # the rules picked by the line's opening and end find the same first match as all of them, and
    # so do a fresh engine's alternations tried in turn (the head's own rules, then the body's).
    texts = _texts()
    for name, engine in _engines().items():
        for lines in (engine._head, engine._body):
            every = rules_module._Alternation.of(lines.patterned) if lines.patterned else None
            for text in texts:
                for start, end in _lines_of(text):
                    expected = every.pattern.fullmatch(text, start, end) if every else None
                    want = None if expected is None else every.entry(expected).rule.name
                    chosen = lines.alternation(text, start, end)
                    got = chosen.pattern.fullmatch(text, start, end) if chosen else None
                    have = None if got is None else chosen.entry(got).rule.name
                    lines._cold = 1
                    cold = lines._first(text, start, end, None)
                    assert have == want, (name, text[start:end])
                    assert (cold[0].rule.name if cold else None) == want, (name, text[start:end])


def test_lines_are_read_with_str_methods_as_the_line_pattern_reads_them() -> None:
    # The engine splits at line feeds and strips with str methods (cheaper than a regex match per
    # line): the same spans as _LINES only while str.strip() takes exactly what it calls blank.
    import regex

    blank = regex.compile(r"[\s\x1c-\x1f]")
    assert [hex(c) for c in range(0x110000) if chr(c).isspace() != bool(blank.match(chr(c)))] == []
    texts = [*_texts(), "", "\n", " a \n\n\tb\r\n\x1c", "a\u2028b\n\x85c\x85\n\u3000"]
    for text in texts:
        want = [m.span(1) for m in rules_module._LINES.finditer(text)]
        assert list(rules_module._line_spans(text)) == want
