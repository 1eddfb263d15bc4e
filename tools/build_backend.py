"""setuptools' build backend, plus mypy when ``COREKIT_MYPYC=1`` asks for the compiled build.

The compiled build (``setup.py``) needs mypyc and the ``regex`` stubs in the build environment; a
plain build must not download them, and build requirements in ``pyproject.toml`` cannot depend on
an environment variable, hence this wrapper. Editable installs are always plain: compiled modules
beside the sources would shadow every later edit.
"""

from __future__ import annotations

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (the rest of the backend, unchanged)

COMPILE = "COREKIT_MYPYC"
# mypyc type-checks what it compiles: attrs must be importable for mypy's attrs plugin to see the
# value classes, and the stubs of regex keep its matches from being Any (which trips mypyc).
_MYPYC = ["mypy>=1.13", "types-regex", "attrs>=23.1", "pluggy>=1.5", "click>=8.1"]


def _wants_mypyc() -> bool:
    return os.environ.get(COMPILE) == "1"


def get_requires_for_build_wheel(config_settings=None):
    if not _wants_mypyc():
        return _setuptools.get_requires_for_build_wheel(config_settings)
    # setuptools runs setup.py to list its requirements, before mypyc is installed.
    del os.environ[COMPILE]
    try:
        return _setuptools.get_requires_for_build_wheel(config_settings) + _MYPYC
    finally:
        os.environ[COMPILE] = "1"


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    os.environ.pop(COMPILE, None)
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
