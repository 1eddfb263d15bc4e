from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from corekit.plugins import PluginManager, make_plugin_manager

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The team's shared data folder; tests that need it skip where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not here")
    return SHARED


@pytest.fixture
def pm() -> PluginManager:
    """A fresh manager with only the in-core plugins, so installed plugins cannot leak in."""
    return make_plugin_manager(entry_points=False)


# Hypothesis profiles: "fast" (the default, part of every run) and "slow" (10,000 examples, in
# `tox -e slow`). No deadline: the regex budget test keeps its own time limit, and a per-example
# deadline would make a busy CI machine fail tests that are merely slow to start.
settings.register_profile(
    "fast",
    max_examples=50,
    deadline=None,
    suppress_health_check=(HealthCheck.too_slow, HealthCheck.data_too_large),
)
settings.register_profile(
    "slow",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=(HealthCheck.too_slow, HealthCheck.data_too_large),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))
