import pytest

from corekit.detect import Detector, Evidence, host_matches, host_of
from corekit.model import Document, Source

SOURCE = Source(id="demo", name="Demo", hosts=("demo.co.id",))
DETECTOR = Detector(
    SOURCE,
    plugin="demo",
    evidence={
        "dateline": Evidence(r"DEMO\.CO\.ID\ -", 0.9, hints=("DEMO.CO.ID",)),
        "footer": Evidence(r"©\ Demo", 0.7, hints=("©",)),
        "city": Evidence(r"\p{Lu}{3,}\ -\ ", 0.55, at_start=True),
    },
    head=50,
    tail=50,
)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://nasional.Demo.co.id/read/1", "nasional.demo.co.id"),
        ("demo.co.id/x", "demo.co.id"),
        (None, None),
        ("", None),
    ],
)
def test_host_of(url: str | None, host: str | None) -> None:
    assert host_of(url) == host


def test_host_matches_subdomains_but_not_lookalikes() -> None:
    assert host_matches("www.demo.co.id", ("demo.co.id",))
    assert not host_matches("notdemo.co.id", ("demo.co.id",))
    assert not host_matches(None, ("demo.co.id",))


def test_the_host_settles_it() -> None:
    claim = DETECTOR(Document(text="anything", url="https://www.demo.co.id/a"))
    assert (claim.id, claim.confidence, claim.evidence) == ("demo", 1.0, "host")


def test_site_name_settles_it() -> None:
    assert DETECTOR(Document(text="x", site_name="Demo")).confidence == 1.0


def test_text_evidence_stays_below_one_and_the_strongest_wins() -> None:
    claim = DETECTOR(Document(text="JAKARTA - DEMO.CO.ID - isi"))
    assert (claim.confidence, claim.evidence) == (0.9, "dateline")
    assert DETECTOR(Document(text="JAKARTA - isi berita")).evidence == "city"


def test_only_the_head_and_tail_windows_are_read() -> None:
    middle = "x" * 100 + " DEMO.CO.ID - " + "y" * 100
    assert DETECTOR(Document(text=middle)) is None
    assert DETECTOR(Document(text=middle + " © Demo")).evidence == "footer"


def test_another_site_is_declined() -> None:
    assert DETECTOR(Document(text="Isi berita tanpa tanda.", url="https://other.com/a")) is None


@pytest.mark.parametrize("confidence", [0.0, 1.0, 1.5])
def test_text_evidence_cannot_claim_certainty(confidence: float) -> None:
    with pytest.raises(ValueError):
        Evidence("x", confidence, hints=("x",))


def test_evidence_needs_a_hint_or_the_start() -> None:
    with pytest.raises(ValueError):
        Evidence("x", 0.5)


def test_a_detector_compiles_nothing_until_its_hints_call_for_it() -> None:
    from corekit import detect

    evidence = Evidence(r"LAZYDEMO\.CO\.ID\ -\ \d+", 0.9, hints=("LAZYDEMO.CO.ID",))
    before = detect._compiled.cache_info().currsize
    lazy = Detector(
        Source(id="lazy", name="Lazy", hosts=("lazy.id",)), plugin="lazy", evidence={"d": evidence}
    )
    assert detect._compiled.cache_info().currsize == before
    assert lazy(Document(text="Isi berita tanpa tanda.")) is None
    assert detect._compiled.cache_info().currsize == before  # its hint is absent: nothing to run
    assert lazy(Document(text="LAZYDEMO.CO.ID - 12 isi")).evidence == "d"
    assert detect._compiled.cache_info().currsize == before + 1


def test_the_leftmost_evidence_around_a_hint_wins_and_the_first_declared_at_a_tie() -> None:
    # One search per evidence must pick what one search of their alternation would.
    detector = Detector(
        Source(id="tie", name="Tie", hosts=("tie.id",)),
        plugin="tie",
        evidence={
            "late": Evidence(r"TIE\ PAPER", 0.6, hints=("TIE",)),
            "early": Evidence(r"BY\ TIE", 0.7, hints=("TIE",)),
            "same": Evidence(r"TIE\ PAPER\ DAILY", 0.8, hints=("TIE",)),
        },
    )
    assert detector(Document(text="x BY TIE PAPER DAILY")).evidence == "early"
    assert detector(Document(text="x TIE PAPER DAILY")).evidence == "late"


def test_patterns_compiles_every_pattern_a_detector_can_run() -> None:
    assert set(DETECTOR.patterns()) == {"evidence:dateline", "evidence:footer", "_start"}


VOICED = Source(id="voiced", name="Voiced", hosts=("voiced.id",), reporter=("Suaraku",))
OTHER_VOICE = Source(id="other", name="Other", reporter=("Lain",))
FILLER = "Isi berita yang panjang. " * 20


@pytest.mark.parametrize(
    "said",
    [
        "“Stok aman,” katanya saat dihubungi Suaraku, Senin (4/5/2020).",
        "Berdasarkan pantauan Suaraku.com, jalan itu sepi.",
        "Suaraku mencatat, kebakaran pernah terjadi.",
        "Kasus serupa pernah terjadi (Suaraku, 7/6/2003).",
        "Ia menolak permintaan wawancara Suaraku.",
        "“Belum ada,” ujarnya kepada SuarakuJateng, Rabu.",
    ],
)
def test_the_outlets_own_reporter_anywhere_in_the_text_claims_it(said: str) -> None:
    from corekit.detect import REPORTER_CONFIDENCE, reporter_claim

    claim = reporter_claim([("other", OTHER_VOICE), ("voiced", VOICED)], FILLER + said + " " + FILLER)
    assert claim is not None
    assert (claim.id, claim.plugin, claim.evidence) == ("voiced", "voiced", "own-reporter")
    assert claim.confidence == REPORTER_CONFIDENCE < 0.55


@pytest.mark.parametrize(
    "said",
    [
        "Data itu, seperti dikutip dari Suaraku, naik.",  # another outlet quoting it
        "Ia berbicara kepada Suarakumu, Senin.",  # another name that starts so
        "Suaraku naik ke panggung.",
    ],
)
def test_naming_the_outlet_otherwise_claims_nothing(said: str) -> None:
    from corekit.detect import reporter_claim

    assert reporter_claim([("voiced", VOICED)], FILLER + said + " " + FILLER) is None


def test_the_outlet_whose_reporter_speaks_first_in_the_text_wins() -> None:
    from corekit.detect import reporter_claim

    text = "Menurut catatan Lain, harga naik. “Cukup,” katanya kepada Suaraku."
    claim = reporter_claim([("voiced", VOICED), ("other", OTHER_VOICE)], text)
    assert claim is not None and claim.id == "other"


def test_pfsa_kompas_articles_are_named_from_their_text(shared) -> None:
    # A quarter of these print articles carry no dateline; their reporter's voice names most of them.
    pytest.importorskip("corekit_kompas")
    import corekit

    texts = sorted((shared / "data" / "pfsa-id-dev").glob("*.txt"))
    if not texts:
        pytest.skip("PFSA-ID dev is not here")
    sources = [corekit.clean(p.read_text(encoding="utf-8"), mine=False).source.id for p in texts]
    assert set(sources) <= {"kompas", "unknown"}
    assert sources.count("kompas") >= 0.86 * len(texts)
