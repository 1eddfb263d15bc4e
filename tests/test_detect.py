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
