from corekit import boilerplate
from corekit.explain import mark, render
from corekit.model import Document, SourceMatch

TEXT = (
    "Judul Berita Ini Panjang\nA A A\n"
    "JAKARTA - Isi.Baca juga: Judul Lain Menarik Kalimat berikutnya di sini.\n"
)


def test_mark_shows_each_removed_piece_with_its_rule_in_place() -> None:
    document = Document(text=TEXT)
    marked = mark(document, boilerplate.strip(document))
    assert marked == (
        "[-Judul Berita Ini Panjang-]{generic:title}\n"
        "[-A A A-]{generic:font-size}\n"
        "JAKARTA - Isi.[-Baca juga: Judul Lain Menarik-]{generic:read-also} Kalimat berikutnya di sini.\n"
    )


def test_unmarking_gives_back_the_input() -> None:
    document = Document(text=TEXT)
    article = boilerplate.strip(document)
    marked = mark(document, article)
    for r in article.removed:
        marked = marked.replace(f"[-{r.text}-]{{{r.plugin}:{r.rule}}}", r.text, 1)
    assert marked == TEXT


def test_render_adds_the_fields_and_a_count_per_rule() -> None:
    document = Document(text=TEXT)
    source = SourceMatch(id="unknown", name="Unknown", confidence=0.0, plugin="generic", evidence="fallback")
    out = render(document, boilerplate.strip(document), source)
    assert out.startswith("source: unknown (Unknown, 0.00 by generic, fallback)\n")
    assert "\ntitle: Judul Berita Ini Panjang\n" in out
    assert "removed 3 pieces:" in out
    assert "    1  generic:read-also" in out


def test_colour_uses_ansi_and_no_brackets() -> None:
    document = Document(text=TEXT)
    marked = mark(document, boilerplate.strip(document), color=True)
    assert "\x1b[31m" in marked and "[-" not in marked
