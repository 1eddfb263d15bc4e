import attrs
import pytest

from corekit.audit import audit
from corekit.model import Document
from corekit.rules import Engine, Rule, RuleSet

RULES = RuleSet(
    plugin="demo",
    rules=(
        Rule("date", "head", r"Tanggal:\ (?P<value>\d{4}-\d\d-\d\d)", field="published"),
        Rule("widget", "line", r"A\ A\ A"),
        Rule("shout", "line", test=lambda line: line.isupper()),
        Rule("footer", "trailer", r"Berita\ Terkait"),
        Rule("ad", "inline", r"\[iklan\]", prefixes=("[iklan",)),
        Rule("read-also", "inline", r"Baca\ juga:\ ", prefixes=("baca juga",),
             extend=lambda text, pos, end: text.index(".", pos) + 1),
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
        Engine(rules, timeout=0.01).strip(Document(text="a" * 40 + "c"))
    with pytest.raises(TimeoutError):
        Engine(rules).strip(Document(text="a" * 40 + "c"), timeout=0.01)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": "x", "kind": "line"},  # neither pattern nor test
        {"name": "x", "kind": "line", "pattern": "a", "test": str.isupper},
        {"name": "x", "kind": "inline", "pattern": "a"},  # inline needs prefixes
        {"name": "x", "kind": "inline", "pattern": "a", "prefixes": ("A",)},  # prefixes are lower case
        {"name": "x", "kind": "nope", "pattern": "a"},
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
