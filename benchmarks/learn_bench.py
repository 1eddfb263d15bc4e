"""How well a plugin learned by ``corekit new-plugin --learn`` cleans the articles it never saw.

For each outlet of ``../shared/data/indonesian-news-dev.jsonl`` (read in place, never copied here):
the rows are split in two halves (alternating, by id), a plugin is generated from the first half into a
temporary directory with no hand edits, imported from there, and run on the second half.

Marker lines are defined HERE, independently of the learner: a fixed list of the boilerplate markers
the gold README names (``MARKERS`` below). Every match of one of these patterns in a held-out text is a
marker; it counts as removed when the plugin's ``Article.removed`` spans cover it. Many rows are one
long line with markers glued mid-line, so markers are counted as occurrences, not as whole lines.

Sentences lost. A sentence of the held-out input is a run of at least four words that starts with a
capital, a digit or an opening quote and ends in ``.``, ``!`` or ``?`` (a closing quote may follow),
and is not a Title-Case run (60% or more of its words capitalised: that is a headline, the kind a
``Baca juga:`` marker links, not article text). Text without a sentence end (titles, captions, list
items) is not judged, and neither is a sentence that holds a marker itself. Every other sentence must
appear verbatim (whitespace collapsed) in the body, with one allowance: where a removed piece that
holds a marker (``Baca juga: <headline>``) ends inside a sentence, the scraper glued the headline to
that sentence and where one ends is not known independently, so that sentence is judged by its last
six words. Losing the first words of a sentence glued behind a linked headline goes unmeasured.

Run: ``python benchmarks/learn_bench.py [--data PATH] [--min-share 0.1] [--show-lost]``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType

import attrs
import regex

from corekit.model import Article, Document
from corekit.pipeline import MIN_CONFIDENCE
from corekit.rules import Engine

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "indonesian-news-dev.jsonl"

GLUED = r"(?:\b|(?<=\p{Ll})(?=\p{Lu}))"

#: The boilerplate markers of the gold README (seeds/gold/README.md), as patterns.
MARKERS: dict[str, str] = {
    # A marker may be glued to the words around it ('KurbanBaca Juga:', 'Baca JugaHarga'): a capital
    # after a lower-case letter starts it (or ends it) as well as a word boundary does.
    "read-also": rf"{GLUED}(?i:baca|lihat|simak)\s+(?i:juga|pula)(?:\b|(?=\p{{Lu}}))",
    "byline": rf"{GLUED}(?i:editor|reporter|penulis|pewarta)\s*:",
    "scroll": r"(?i:scroll\s+to\s+continue)",
    "advertisement": r"\b(?:ADVERTISEMENT|Advertisement)\b",
    "video": r"(?i:simak\s+video|\[gambas:)",
    "republished": r"(?i:artikel\s+ini\s+telah\s+(?:tayang|terbit))",
    "google-news": r"(?i:google\s+news)",
    "whatsapp": r"(?i:whatsapp\s+channel|saluran\s+whatsapp)",
    # An editor code: a parenthesised lower-case tag after a sentence's end, last on its line.
    "editor-code": r"(?<=[.!?\"”’)]\s*)\((?:\*/?)?[a-z]{2,5}(?:/[a-z]{2,5})?\*?\)\.?(?=\s*$)",
    # 'hak cipta' alone is also a topic of articles (royalties); the notice says it is reserved.
    "copyright": r"(?:©|(?i:copyright|hak\s+cipta\s+dilindungi))",
    "loading": r"(?i:loading\s*(?:\.{3}|…))",
    "newsletter": r"(?i:dapatkan\s+berita|newsletter)",
    # App sign-up calls ('Segera unduh aplikasi Vidio ... berlangganan paket ...') are calls to action
    # as much as newsletter ones; the site's note that AI polished a story sits in the republishing
    # footer ('Konten ini disempurnakan menggunakan Kecerdasan Buatan (AI).'). Neither is article text.
    "app-cta": r"(?i:(?<!\w)(?:unduh|download)\s+aplikasi)",
    # So is the site's invitation to read more of it, with the question that may lead in and the
    # slogan, a question, after it ('Ingin baca update terbaru selebriti lainnya? Yuk baca di
    # KapanLagi.com. Kalau bukan sekarang, KapanLagi?', 'Ikuti kabar terbaru ... di Kapanlagi.com.').
    "site-call": r"(?i:(?:ingin\s+baca[^.!?\n]{0,80}\?\s*)?(?<!\w)(?:ikuti|temukan|yuk|masih\s+banyak)\s"
    r"[^.!?\n]{0,160}?\s(?:di|dari|artikel)\s[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id)\b[^.!?\n]{0,20}[.!]"
    r"(?:\s*[^.!?\n]{1,60}\?)?)",
    "ai-note": r"(?i:menggunakan\s+kecerdasan\s+buatan)",
    "table-of-contents": r"(?i:daftar\s+isi)",
    # A story split over pages points to the next one ('Simak berita selengkapnya di halaman
    # berikutnya.'): a link, as 'Baca selengkapnya' is, whose page the scraped text already holds.
    "next-page": r"(?i:di\s+halaman\s+(?:berikutnya|selanjutnya))",
    # A call to follow a link inside a paragraph ('Selengkapnya baca di sini.', 'Selengkapnya cek di
    # sini klovers.'): the link is gone from scraped text, and so is what it pointed to.
    "read-here": r"(?i:selengkapnya\s+(?:baca|cek|klik|simak|lihat)\b)",
    # ... and a short line that names what the link shows and clicks last ('Saksikan laganya dengan
    # klik di sini.', 'Jadwal dan link siaran: A vs B dengan klik tautan di sini.'). Not the same words
    # closing a long paragraph: a sponsored story's own sentence, which no rule here judges.
    "click-here": r"(?m:^[^\n]{0,120}?(?<!\w)(?i:klik)\s?(?:(?i:tautan|link)\s)?(?i:di\s?sini)"
    r"\s?[.!]?[ \t]*$)",
    # A photo's credit glued to its caption at a line's start ('Dok. Polres BlitarPersonel Satlantas
    # ...'): the caption is the photo's, not the article's.
    "photo-credit": r"(?m:^(?:(?i:dok)\.|(?i:foto):)[^\n]{1,60}?\p{Ll}(?=\p{Lu}))",
}
_MARKER = regex.compile(
    "|".join(f"(?P<{name.replace('-', '_')}>{p})" for name, p in MARKERS.items()), regex.MULTILINE
)
# A sentence ends at a terminator before a space or the line's end, or glued to the next capital
# after a lower-case word ('ujarnya.Menurut'), never inside a site name ('KONTAN.CO.ID').
_SENTENCE = regex.compile(
    r"[^\n]*?\S[^\n]*?(?:[.!?]+[\"”’']?(?=\s|$)|(?<=[\p{Ll}\d)][.!?]+[\"”’']?)(?=[“\"]?\p{Lu}))"
)
_SPACE = regex.compile(r"\s+")
_OPENS = regex.compile(r"[\p{Lu}\d“\"'‘]")
_CAPITALISED = regex.compile(r"[\"“'‘(]?[\p{Lu}\d]")
#: A run with this share of capitalised words is a headline, not a sentence.
TITLE_CASE = 0.6
#: A sentence a linked headline was glued to is judged by this many of its last words.
TAIL_WORDS = 6

#: What the issue asks of a plugin learned from half the rows.
FLOOR_REMOVED = 0.90
FLOOR_SENTENCES_LOST = 0


@attrs.frozen
class Score:
    outlet: str
    learned_from: int
    held_out: int
    markers: int
    removed: int
    sentences: int
    lost: tuple[str, ...]
    rules: int = 0
    detected: int = 0
    false_claims: int = 0
    alone: float = 0.0

    @property
    def share_removed(self) -> float:
        return self.removed / self.markers if self.markers else 1.0


def load_rows(path: Path = DATA) -> dict[str, list[dict[str, str]]]:
    """Rows by outlet, each outlet's rows in id order."""
    by_outlet: dict[str, list[dict[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                by_outlet[row["outlet"]].append(row)
    return {o: sorted(rows, key=lambda r: str(r["id"])) for o, rows in sorted(by_outlet.items())}


def halves(rows: Sequence[dict[str, str]]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Learn from the even rows, test on the odd ones."""
    return list(rows[0::2]), list(rows[1::2])


def markers(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _MARKER.finditer(text)]


def _covered(span: tuple[int, int], removed: Sequence[tuple[int, int]]) -> bool:
    start, end = span
    return any(s <= start and end <= e for s, e in removed)


def article_sentences(text: str, marks: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(start, end, sentence)`` for the sentences of ``text`` that hold no marker (see the module doc)."""
    found = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group().strip()
        start = m.start() + m.group().index(sentence[:1])
        end = start + len(sentence)
        words = sentence.split()
        if len(words) < 4 or not _OPENS.match(sentence) or any(s < end and start < e for s, e in marks):
            continue
        if sum(1 for w in words if _CAPITALISED.match(w)) >= TITLE_CASE * len(words):
            continue
        found.append((start, end, sentence))
    return found


def lost_sentences(text: str, article: Article, marks: Sequence[tuple[int, int]]) -> list[str]:
    body = _SPACE.sub(" ", article.body)
    marked = [(r.start, r.end) for r in article.removed if any(r.start <= s < r.end for s, _ in marks)]
    lost = []
    for start, end, sentence in article_sentences(text, marks):
        judged = sentence
        if any(start < e < end for _, e in marked):  # a linked headline was glued to this sentence
            judged = " ".join(sentence.split()[-TAIL_WORDS:])
        if _SPACE.sub(" ", judged) not in body:
            lost.append(sentence)
    return lost


def score(outlet: str, strip: Callable[[Document], Article], rows: Iterable[dict[str, str]]) -> Score:
    n = n_markers = n_removed = n_sentences = 0
    lost: list[str] = []
    for row in rows:
        n += 1
        text = row["raw_text"]
        article = strip(Document(text=text, url=row.get("url")))
        removed = [(r.start, r.end) for r in article.removed]
        marks = markers(text)
        n_markers += len(marks)
        n_removed += sum(_covered(span, removed) for span in marks)
        n_sentences += len(article_sentences(text, marks))
        lost.extend(lost_sentences(text, article, marks))
    return Score(outlet, 0, n, n_markers, n_removed, n_sentences, tuple(lost))


def main_host(rows: Sequence[dict[str, str]]) -> str:
    """The registrable domain most of the rows' URLs share (``kompas.com`` for ``money.kompas.com``)."""
    from corekit.detect import host_of

    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        host = host_of(row.get("url")) or ""
        labels = host.split(".")
        keep = 3 if len(labels) >= 3 and labels[-2] in {"co", "or", "ac", "go"} else 2
        if host:
            counts[".".join(labels[-keep:])] += 1
    return max(counts, key=lambda h: counts[h]) if counts else "example.invalid"


def generate(outlet: str, rows: Sequence[dict[str, str]], dest: Path, min_share: float):
    """Learn from ``rows`` and write the plugin into ``dest``, exactly as ``corekit new-plugin --learn``."""
    from corekit.learn import learn
    from corekit.learn.render import render_plugin
    from corekit.learn.samples import samples_from_records

    plugin_id = regex.sub(r"[^a-z0-9]", "", outlet.lower())
    host = main_host(rows)
    samples = samples_from_records(list(rows))
    lesson = learn(samples, plugin=plugin_id, host=host, min_share=min_share)
    target = render_plugin(dest, plugin_id, hosts=(host,), lesson=lesson, samples=samples)
    # The generated package has the hand-written plugin's name (corekit_<outlet>): once that one is
    # imported (a test run loads every plugin), import_module would hand it back instead. Set it
    # aside for the import and put it back after, so each keeps its own module.
    name = f"corekit_{plugin_id}"

    def package_modules() -> list[str]:
        return [k for k in sys.modules if k == name or k.startswith(f"{name}.")]

    saved = {k: sys.modules.pop(k) for k in package_modules()}
    sys.path.insert(0, str(target))
    try:
        module = importlib.import_module(name)
    finally:
        sys.path.remove(str(target))
        for k in package_modules():
            del sys.modules[k]
        sys.modules.update(saved)
    return module, lesson


def run(data: Path = DATA, min_share: float = 0.1) -> list[Score]:
    """Score a generated plugin per outlet on its held-out half.

    Detection is scored from the text alone (no URL, which would settle it): ``detected`` counts the
    outlet's held-out rows its plugin claims, ``false_claims`` the other outlets' held-out rows it claims.
    """
    scores = []
    rows_by_outlet = load_rows(data)
    held_out = {outlet: halves(rows)[1] for outlet, rows in rows_by_outlet.items()}
    with tempfile.TemporaryDirectory(prefix="learn-bench-") as tmp:
        for outlet, rows in rows_by_outlet.items():
            learn_rows, test_rows = halves(rows)
            module, lesson = generate(outlet, learn_rows, Path(tmp), min_share)
            score = globals()["score"](outlet, module.ENGINE.strip, test_rows)
            # What the learned rules do without the generic ones: how much the learner found itself.
            alone = globals()["score"](outlet, Engine(module.RULES).strip, test_rows)
            claims = {o: _claimed(module, rs) for o, rs in held_out.items()}
            scores.append(
                attrs.evolve(
                    score,
                    learned_from=len(learn_rows),
                    rules=len(lesson.rules),
                    detected=claims[outlet],
                    false_claims=sum(n for o, n in claims.items() if o != outlet),
                    alone=alone.share_removed,
                )
            )
    return scores


def _claimed(module: ModuleType, rows: Sequence[dict[str, str]]) -> int:
    claims = (module.detect_source(document=Document(text=row["raw_text"])) for row in rows)
    return sum(1 for c in claims if c is not None and c.confidence >= MIN_CONFIDENCE)


def baseline(data: Path = DATA) -> list[Score]:
    """The generic rules alone, for comparison."""
    from corekit.boilerplate import GENERIC

    engine = Engine(GENERIC)
    return [score(outlet, engine.strip, halves(rows)[1]) for outlet, rows in load_rows(data).items()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--min-share", type=float, default=0.1)
    parser.add_argument("--show-lost", action="store_true", help="print every lost sentence")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}; nothing to measure", file=sys.stderr)
        return 2
    generic = {s.outlet: s for s in baseline(args.data)}
    print(
        f"{'outlet':12} {'learn/test':>10} {'rules':>5} {'markers':>7} {'removed':>8} {'sentences':>9} "
        f"{'lost':>4} {'detected':>8} {'false':>5} {'alone':>6}   generic only: removed, lost"
    )
    ok = True
    for s in run(args.data, args.min_share):
        g = generic[s.outlet]
        print(
            f"{s.outlet:12} {s.learned_from:>4}/{s.held_out:<5} {s.rules:>5} {s.markers:>7} "
            f"{s.share_removed:>8.1%} {s.sentences:>9} {len(s.lost):>4} "
            f"{s.detected:>4}/{s.held_out:<3} {s.false_claims:>5} {s.alone:>6.0%}   "
            f"{g.share_removed:.1%}, {len(g.lost)}"
        )
        ok &= s.share_removed >= FLOOR_REMOVED and len(s.lost) <= FLOOR_SENTENCES_LOST
        if args.show_lost:
            for sentence in s.lost:
                print(f"    lost: {sentence[:150]}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
