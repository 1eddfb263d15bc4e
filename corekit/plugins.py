"""Finding and loading corekit plugins.

Installed plugins register in the ``corekit`` entry-point group; the entry
point's name is the plugin's name and, for an outlet, its source id. Each one
is loaded on its own, so a plugin that fails to import or register is
recorded in ``load_errors`` and the rest keep working.

``COREKIT_PLUGINS`` (comma-separated names) loads only those entry points;
``COREKIT_DISABLE_PLUGINS`` skips the ones it names. The in-core plugins in
``DEFAULT_PLUGINS`` are always registered.
"""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Collection
from importlib import metadata

import attrs
import pluggy

from corekit import hookspecs

ENTRY_POINT_GROUP = "corekit"
DEFAULT_PLUGINS = (("generic", "corekit.generic"),)
ALLOW_ENV = "COREKIT_PLUGINS"
DENY_ENV = "COREKIT_DISABLE_PLUGINS"


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What ``corekit plugins`` shows for one plugin.

    Attributes:
        name: The registered name (the entry point's name).
        dist: The distribution that provides it, or ``corekit`` for in-core plugins.
        version: That distribution's version.
        sources: The source ids the plugin handles (its ``SOURCE``).
        hooks: The hooks it implements.
        error: Why it failed to load, or None.
    """

    name: str
    dist: str
    version: str
    sources: tuple[str, ...] = ()
    hooks: tuple[str, ...] = ()
    error: str | None = None


class PluginManager(pluggy.PluginManager):
    """A pluggy manager that also remembers where each plugin came from and what failed."""

    def __init__(self) -> None:
        super().__init__(ENTRY_POINT_GROUP)
        self.add_hookspecs(hookspecs)
        self.dists: dict[str, tuple[str, str]] = {}
        self.load_errors: list[PluginInfo] = []

    def info(self) -> tuple[PluginInfo, ...]:
        """Every registered plugin, then every plugin that failed to load."""
        infos = []
        for name, plugin in self.list_name_plugin():
            if plugin is None:
                continue
            dist, version = self.dists.get(name, ("corekit", _core_version()))
            source = getattr(plugin, "SOURCE", None)
            sources = (source.id,) if source is not None else ()
            hooks = tuple(sorted(caller.name for caller in self.get_hookcallers(plugin) or ()))
            infos.append(PluginInfo(name=name, dist=dist, version=version, sources=sources, hooks=hooks))
        return (*infos, *self.load_errors)


def _core_version() -> str:
    from corekit import __version__

    return __version__


def _names(value: str | None) -> frozenset[str] | None:
    if value is None:
        return None
    return frozenset(name.strip() for name in value.split(",") if name.strip())


def load_entry_points(
    pm: PluginManager,
    *,
    allow: Collection[str] | None = None,
    deny: Collection[str] = (),
) -> None:
    """Register every installed plugin allowed by ``allow``/``deny``; record failures."""
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if (allow is not None and ep.name not in allow) or ep.name in deny:
            continue
        if pm.has_plugin(ep.name):
            continue
        dist = ep.dist.name if ep.dist else "?"
        version = ep.dist.version if ep.dist else "?"
        try:
            pm.register(ep.load(), name=ep.name)
        except Exception as exc:  # a broken plugin must not take the others down
            error = f"{type(exc).__name__}: {exc}".strip().splitlines()[0]
            pm.load_errors.append(PluginInfo(name=ep.name, dist=dist, version=version, error=error))
        else:
            pm.dists[ep.name] = (dist, version)


def make_plugin_manager(
    *,
    entry_points: bool = True,
    allow: Collection[str] | None = None,
    deny: Collection[str] = (),
) -> PluginManager:
    """A fresh manager with the in-core plugins and, unless told not to, the installed ones."""
    pm = PluginManager()
    if entry_points:
        load_entry_points(pm, allow=allow, deny=deny)
    for name, module in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(module), name=name)
    return pm


@functools.cache
def default_plugin_manager() -> PluginManager:
    """The process-wide manager, built once from the environment on first use."""
    return make_plugin_manager(
        allow=_names(os.environ.get(ALLOW_ENV)),
        deny=_names(os.environ.get(DENY_ENV)) or (),
    )
