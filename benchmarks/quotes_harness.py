"""Print the scorer's JSON for one input file until the corekit CLI exists.

    quotes_harness.py FILE

The body is the gold body where a gold file sits next to the seeds (``../gold/<name>.json``),
else the file's text itself (PFSA-ID: the .txt is the clean body).
"""

from __future__ import annotations

import json
import pathlib
import sys

import attrs

from corekit.quotes import extract_quotes

try:  # the names module lands on its own branch; quotes work without it
    from corekit.names import find_names
except ImportError:  # pragma: no cover - depends on the branch
    find_names = None


def body_of(path: pathlib.Path) -> str:
    gold = path.parent.parent / "gold" / (path.stem + ".json")
    if gold.exists():
        return "\n\n".join(json.loads(gold.read_text(encoding="utf-8"))["body"])
    return path.read_text(encoding="utf-8")


def main() -> None:
    path = pathlib.Path(sys.argv[1])
    body = body_of(path)
    names = tuple(find_names(body)) if find_names else ()
    quotes = extract_quotes(body, names)
    out = {
        "source": {"id": "kompas" if path.name.startswith("pfsa") else "unknown"},
        "body": body,
        "quotes": [attrs.asdict(q) for q in quotes if q.kind == "direct"],
        "indirect": [attrs.asdict(q) for q in quotes if q.kind == "indirect"],
        "names": [
            {
                "name": n.name,
                "kind": n.kind,
                "role": n.role,
                "mentions": [attrs.asdict(m) for m in n.mentions],
            }
            for n in names
        ],
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
