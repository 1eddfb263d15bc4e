"""The opt-in compiled build: ``COREKIT_MYPYC=1 pip install .`` (setup.py, tools/build_backend.py).

tox's ``mypyc`` environment runs the whole suite against that build; these tests make sure it is
the compiled build that runs there, and that a plain build asks for nothing more than setuptools.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _hot() -> list[str]:
    tree = ast.parse((REPO / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "HOT":
            return list(ast.literal_eval(node.value))
    raise AssertionError("setup.py has no HOT list")


def _module(path: str) -> str:
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def test_every_compiled_module_is_a_source_file():
    hot = _hot()
    assert hot, "nothing to compile"
    assert all((REPO / path).is_file() for path in hot), hot


@pytest.mark.skipif(os.environ.get("COREKIT_MYPYC") != "1", reason="the plain build")
@pytest.mark.parametrize("path", _hot())
def test_the_compiled_build_runs_compiled_modules(path):
    module = importlib.import_module(_module(path))
    assert module.__file__ is not None
    assert module.__file__.endswith((".so", ".pyd")), module.__file__


@pytest.fixture
def backend(monkeypatch):
    pytest.importorskip("setuptools")
    monkeypatch.chdir(REPO)  # setuptools runs ./setup.py to list its requirements
    spec = importlib.util.spec_from_file_location("build_backend", REPO / "tools" / "build_backend.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_plain_build_needs_no_mypy(backend, monkeypatch):
    monkeypatch.delenv("COREKIT_MYPYC", raising=False)
    assert not any(r.startswith("mypy") for r in backend.get_requires_for_build_wheel())


def test_the_compiled_build_asks_for_mypy_and_keeps_the_switch(backend, monkeypatch):
    monkeypatch.setenv("COREKIT_MYPYC", "1")
    requires = backend.get_requires_for_build_wheel()
    assert any(r.startswith("mypy") for r in requires)
    assert any(r.startswith("types-regex") for r in requires)
    assert os.environ["COREKIT_MYPYC"] == "1"
