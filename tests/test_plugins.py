"""Plugin loading: installed entry points, isolation of broken plugins, allow and deny lists."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pluggy
import pytest
from click.testing import CliRunner

from corekit import plugins
from corekit.cli import main
from corekit.plugins import make_plugin_manager

SEED = Path(__file__).resolve().parent.parent / "seeds" / "001_adae07ac15729749.txt"

GOOD = """
from corekit import Source, SourceMatch, hookimpl
SOURCE = Source(id="fakegood", name="Fake Good", hosts=("fakegood.example",))

@hookimpl
def detect_source(document):
    if "FAKEGOOD" in document.text:
        return SourceMatch(id="fakegood", name="Fake Good", confidence=0.9, plugin="fakegood")
    return None
"""


def install_fake(site: Path, dist: str, version: str, entry: str, module: str, code: str) -> None:
    """A real (if tiny) installed distribution: a module and a dist-info with an entry point."""
    (site / f"{module}.py").write_text(code, encoding="utf-8")
    info = site / f"{dist}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n")
    (info / "entry_points.txt").write_text(f"[corekit]\n{entry} = {module}\n")


@pytest.fixture
def site(tmp_path, monkeypatch):
    install_fake(
        tmp_path,
        "corekit_fakebroken",
        "0.3",
        "fakebroken",
        "corekit_fakebroken",
        "raise RuntimeError('this plugin is broken')\n",
    )
    install_fake(tmp_path, "corekit_fakegood", "1.2", "fakegood", "corekit_fakegood", GOOD)
    monkeypatch.syspath_prepend(str(tmp_path))
    plugins.default_plugin_manager.cache_clear()
    yield tmp_path
    plugins.default_plugin_manager.cache_clear()


def test_broken_plugin_is_reported_and_others_work(site):
    pm = make_plugin_manager()
    errors = {e.name: e for e in pm.load_errors}
    assert errors["fakebroken"].version == "0.3"
    assert "this plugin is broken" in errors["fakebroken"].error
    assert pm.has_plugin("fakegood") and pm.has_plugin("generic")
    from corekit.pipeline import clean

    assert clean("FAKEGOOD text", pm=pm).source.id == "fakegood"


def test_allow_and_deny_lists(site):
    only = make_plugin_manager(allow={"fakegood"})
    assert only.has_plugin("fakegood") and not only.load_errors
    denied = make_plugin_manager(deny={"fakegood", "fakebroken"})
    assert not denied.has_plugin("fakegood") and not denied.load_errors
    assert denied.has_plugin("generic")


def test_plugins_command_lists_generic_and_broken(site):
    result = CliRunner().invoke(main, ["plugins"])
    assert result.exit_code == 0
    assert "generic (corekit" in result.output
    assert "fakegood (corekit_fakegood 1.2)" in result.output
    assert "fakebroken (corekit_fakebroken 0.3)" in result.output
    assert "error: RuntimeError: this plugin is broken" in result.output


def test_clean_works_beside_a_broken_plugin_as_a_process(site):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run(
        [sys.executable, "-m", "corekit", "clean", str(SEED)], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 0, proc.stderr
    assert "Putin" in proc.stdout
    assert "fakebroken" in proc.stderr and "not loaded" in proc.stderr
    listing = subprocess.run(
        [sys.executable, "-m", "corekit", "plugins"], capture_output=True, text=True, env=env
    )
    assert "this plugin is broken" in listing.stdout


def test_env_allow_list(site, monkeypatch):
    monkeypatch.setenv(plugins.ALLOW_ENV, "fakegood")
    pm = plugins.default_plugin_manager()
    assert pm.has_plugin("fakegood") and not pm.load_errors


def test_entry_points_are_found_as_importlib_metadata_finds_them(site):
    from importlib import metadata

    found = {(ep.name, ep.value) for ep in plugins.entry_points()}
    assert found == {(ep.name, ep.value) for ep in metadata.entry_points(group="corekit")}
    assert ("fakegood", "corekit_fakegood") in found


def test_the_first_distribution_of_a_name_on_the_path_wins(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, module in ((first, "corekit_shadow_a"), (second, "corekit_shadow_b")):
        folder.mkdir()
        # Two spellings of one distribution name: PEP 503 makes them the same.
        dist = "corekit_shadow" if folder is first else "Corekit.Shadow"
        install_fake(folder, dist, "1.0", "shadow", module, "")
    found = [(ep.name, ep.value) for ep in plugins.entry_points(path=[str(first), str(second)])]
    assert found == [("shadow", "corekit_shadow_a")]


def test_an_entry_point_may_name_an_attribute(tmp_path, monkeypatch):
    (tmp_path / "corekit_attrplug.py").write_text("class Holder:\n    PLUGIN = 'the object'\n")
    info = tmp_path / "corekit_attrplug-2.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: corekit-attrplug\nVersion: 2.0\n\nBody: x\n")
    (info / "entry_points.txt").write_text(
        "[console_scripts]\nx = y:z\n\n[corekit]\n# a comment\nattrplug = corekit_attrplug:Holder.PLUGIN\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    [ep] = list(plugins.entry_points(path=[str(tmp_path)]))
    assert (ep.name, ep.load(), ep.distribution()) == ("attrplug", "the object", ("corekit-attrplug", "2.0"))


def test_hook_implementations_are_found_as_pluggy_finds_them():
    """The module fast path of ``parse_hookimpl_opts`` agrees with pluggy's own on every
    attribute of every installed plugin and of the in-core ones."""
    modules = [ep.load() for ep in plugins.entry_points()]
    modules += [importlib.import_module(module) for _, module in plugins.DEFAULT_PLUGINS]
    pm = plugins.PluginManager()
    reference = pluggy.PluginManager("corekit")
    found = 0
    for module in modules:
        for name in dir(module):
            opts = pm.parse_hookimpl_opts(module, name)
            assert opts == reference.parse_hookimpl_opts(module, name), f"{module.__name__}.{name}"
            found += opts is not None
    assert found >= len(modules)  # every plugin implements a hook: the comparison saw some
