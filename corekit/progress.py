"""What a batch tells the person running it: a progress bar while it runs, a summary at the end."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from corekit.model import Result

if TYPE_CHECKING:
    from corekit.batch import Cleaned

#: Reasons listed in the summary; the rest are counted under "other reasons".
MAX_REASONS = 10


class Bar:
    """A tqdm bar on ``stream`` when it is a terminal; otherwise nothing (logs stay clean)."""

    def __init__(self, stream: TextIO, total: int | None = None, enabled: bool | None = None) -> None:
        if enabled is None:
            enabled = _isatty(stream)
        self._bar: Any = None
        if enabled:
            import tqdm  # only a terminal pays for it

            tqdm.tqdm.monitor_interval = 0  # no monitor thread: workers are forked later
            self._bar = tqdm.tqdm(total=total, file=stream, unit="doc", dynamic_ncols=True, leave=False)

    @property
    def enabled(self) -> bool:
        return self._bar is not None

    def update(self) -> None:
        if self._bar is None:
            return
        if self._bar.total is not None and self._bar.n >= self._bar.total:
            # More documents than the guess (records inside files): count on without a total.
            self._bar.total = None
        self._bar.update()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@attrs.define
class Tally:
    """Counts for the end-of-batch summary."""

    documents: int = 0
    failed: int = 0
    outlets: Counter[str] = attrs.field(factory=Counter)
    reasons: Counter[str] = attrs.field(factory=Counter)

    def cleaned(self, result: Result | Cleaned) -> None:
        self.documents += 1
        self.outlets[result.source.id] += 1

    def failure(self, reason: str) -> None:
        self.documents += 1
        self.failed += 1
        self.reasons[reason] += 1

    def refused(self, result: Result | Cleaned, reason: str) -> None:
        """Cleaned, but the output could not be written: a failure for the exit code."""
        self.outlets[result.source.id] -= 1
        if not self.outlets[result.source.id]:
            del self.outlets[result.source.id]
        self.documents -= 1
        self.failure(reason)

    def summary(self) -> tuple[str, ...]:
        """A few lines: totals, documents per outlet, failures per reason (most common first)."""
        ok = self.documents - self.failed
        lines = [f"{self.documents} documents: {ok} cleaned, {self.failed} failed"]
        if self.outlets:
            counts = sorted(self.outlets.items(), key=lambda kv: (-kv[1], kv[0]))
            lines.append("outlets: " + ", ".join(f"{name} {n}" for name, n in counts))
        common = self.reasons.most_common()
        for reason, n in common[:MAX_REASONS]:
            lines.append(f"failed {n}: {reason}")
        rest = sum(n for _, n in common[MAX_REASONS:])
        if rest:
            lines.append(f"failed {rest}: other reasons")
        return tuple(lines)
