from __future__ import annotations

from pathlib import Path

import pytest

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
