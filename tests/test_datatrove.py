"""The datatrove step, run by datatrove's own local executor with two tasks on two workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from corekit.datatrove_step import CorekitClean  # noqa: E402

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def test_local_executor_two_tasks_two_workers(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    # Two files, so each of the two tasks gets one.
    for part, seeds in enumerate((SEEDS[:3], SEEDS[3:])):
        with open(raw / f"part{part}.jsonl", "w", encoding="utf-8") as handle:
            for seed in seeds:
                record = {"id": seed.stem, "raw_text": seed.read_text(encoding="utf-8"), "url": None}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(raw), text_key="raw_text"),
            CorekitClean(timeout=30),
            JsonlWriter(str(out), compression=None),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    rows = [json.loads(line) for path in sorted(out.glob("*.jsonl")) for line in path.open(encoding="utf-8")]
    assert sorted(r["id"] for r in rows) == [s.stem for s in SEEDS]
    assert len(list(out.glob("*.jsonl"))) == 2
    for row in rows:
        seed = next(s for s in SEEDS if s.stem == row["id"])
        meta = row["metadata"]["corekit"]
        assert meta["source"]["id"]
        assert "body" not in meta and {"quotes", "names", "removed", "title"} <= meta.keys()
        assert row["text"] and row["text"] != seed.read_text(encoding="utf-8")
        # The body is made of the input's own lines.
        for paragraph in row["text"].split("\n\n"):
            assert paragraph in seed.read_text(encoding="utf-8")
