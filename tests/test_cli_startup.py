"""What a plain text run does not load: the pieces of start-up that only some inputs need."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from corekit import decoding

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_cee98d3fd210ad8a.txt"


OPTIONAL = ("charset_normalizer", "corekit.names", "corekit.quotes", "ftfy", "tqdm", "trafilatura")


def _loaded_after_clean(*args: str) -> tuple[str, list[str]]:
    """Stdout of ``corekit clean ARGS`` run in a fresh interpreter, and which of OPTIONAL it imported."""
    code = (
        "import sys\nfrom corekit.cli import main\n"
        f"try:\n    main(['clean', *{list(args)!r}])\nexcept SystemExit:\n    pass\n"
        f"print('loaded:', *sorted(set({OPTIONAL!r}) & set(sys.modules)), file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return proc.stdout, proc.stderr.strip().splitlines()[-1].split()[1:]


def test_a_utf8_seed_as_text_loads_no_decoder_repair_html_progress_names_or_quotes():
    stdout, loaded = _loaded_after_clean(str(SEED))
    assert "Putin" in stdout
    assert loaded == []


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_the_json_outputs_do(fmt):
    stdout, loaded = _loaded_after_clean("--format", fmt, str(SEED))
    assert {"corekit.names", "corekit.quotes"} <= set(loaded)
    result = json.loads(stdout)
    assert result["quotes"] and result["names"]


def test_mojibake_is_still_repaired():
    decoded = decoding.decode_bytes("Atlético Madrid “menang”.".encode().decode("latin-1").encode())
    assert decoded.text == "Atlético Madrid “menang”."


def test_the_characters_that_skip_ftfy_are_ftfy_s_own_benign_ones():
    badness = pytest.importorskip("ftfy.badness")
    categories = badness.MOJIBAKE_CATEGORIES
    benign = set(categories["common"] + categories["start_punctuation"] + categories["end_punctuation"])
    assert set(decoding._BENIGN) <= benign
    # The claim the shortcut rests on: no text of ASCII and these characters alone looks like
    # mojibake to ftfy. A long random text over that alphabet holds every pair of them many times.
    alphabet = [chr(c) for c in range(32, 127)] + ["\n"] + sorted(decoding._BENIGN) * 4
    rng = random.Random(6)
    text = "".join(rng.choice(alphabet) for _ in range(300_000))
    assert not decoding._MAYBE_MOJIBAKE.search(text)
    assert not badness.is_bad(text)
    assert not badness.is_bad(" " + "".join(sorted(decoding._BENIGN)) + "a")
