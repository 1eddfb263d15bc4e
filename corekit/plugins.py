"""Finding and loading corekit plugins.

Installed plugins register in the ``corekit`` entry-point group; the entry
point's name is the plugin's name and, for an outlet, its source id. Each one
is loaded on its own, so a plugin that fails to import or register is
recorded in ``load_errors`` and the rest keep working.

``COREKIT_PLUGINS`` (comma-separated names) loads only those entry points;
``COREKIT_DISABLE_PLUGINS`` skips the ones it names. The in-core plugins in
``DEFAULT_PLUGINS`` are always registered.

Entry points are found by :func:`entry_points`, a direct read of each installed distribution's
``entry_points.txt``, not by ``importlib.metadata``: importing that module (email, zipfile, csv
parsing) costs more than the whole scan, and every ``corekit`` process pays for it at start-up.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import os
import sys
import types
from collections.abc import Collection, Iterator

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
        self.dists: dict[str, EntryPoint] = {}  # where each entry-point plugin came from
        self.load_errors: list[PluginInfo] = []

    def parse_hookimpl_opts(self, plugin: object, name: str) -> pluggy.HookimplOpts | None:
        # pluggy looks up every attribute of a plugin with inspect.getattr_static: for twenty
        # outlet modules full of imported names, 3 ms of every start-up. A module attribute that
        # is no function cannot be a hook implementation, and a module's namespace is its dict
        # (what getattr_static reads there too).
        if isinstance(plugin, types.ModuleType) and not inspect.isroutine(plugin.__dict__.get(name)):
            return None
        return super().parse_hookimpl_opts(plugin, name)

    def info(self) -> tuple[PluginInfo, ...]:
        """Every registered plugin, then every plugin that failed to load."""
        infos = []
        for name, plugin in self.list_name_plugin():
            if plugin is None:
                continue
            ep = self.dists.get(name)
            dist, version = ep.distribution() if ep is not None else ("corekit", _core_version())
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


@attrs.frozen
class EntryPoint:
    """One ``name = module[:attr]`` line of the ``corekit`` group in an installed distribution.

    Attributes:
        name: The entry point's name.
        value: ``module`` or ``module:attribute``.
        info: The distribution's ``.dist-info`` (or ``.egg-info``) directory.
    """

    name: str
    value: str
    info: str

    def load(self) -> object:
        module, _, attribute = self.value.partition(":")
        loaded: object = importlib.import_module(module.strip())
        for part in filter(None, attribute.strip().split(".")):
            loaded = getattr(loaded, part)
        return loaded

    def distribution(self) -> tuple[str, str]:
        """The distribution's name and version, from its metadata headers ("?" where missing)."""
        fields = {"name": "?", "version": "?"}
        for file in ("METADATA", "PKG-INFO"):
            try:
                with open(os.path.join(self.info, file), encoding="utf-8") as handle:
                    for line in handle:
                        if not line.strip():  # the headers end at the first blank line
                            break
                        key, _, value = line.partition(":")
                        if key.lower() in fields and fields[key.lower()] == "?":
                            fields[key.lower()] = value.strip()
            except OSError:
                continue
            break
        return fields["name"], fields["version"]


def entry_points(group: str = ENTRY_POINT_GROUP, path: list[str] | None = None) -> Iterator[EntryPoint]:
    """The group's entry points of every distribution on ``path`` (``sys.path``), as
    ``importlib.metadata.entry_points(group=...)`` finds them: the first distribution of a
    name on the path wins, the rest of that name are shadowed."""
    seen: set[str] = set()
    header = f"[{group}]"
    for folder in sys.path if path is None else path:
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:  # not a directory (a zip, a path hook) or gone
            continue
        for entry in names:
            stem, dot, suffix = entry.rpartition(".")
            if not dot or suffix not in ("dist-info", "egg-info"):
                continue
            dist = _normalize(stem.partition("-")[0])
            if dist in seen:
                continue
            seen.add(dist)
            info = os.path.join(folder or ".", entry)
            try:
                with open(os.path.join(info, "entry_points.txt"), encoding="utf-8") as handle:
                    text = handle.read()
            except OSError:  # no entry points, or an egg-info file rather than a directory
                continue
            if header in text:
                yield from _parse(text, header, info)


def _normalize(name: str) -> str:
    # PEP 503 normalization, so that corekit_kontan and corekit-kontan are one distribution.
    return "-".join(name.replace("_", "-").replace(".", "-").lower().split("-"))


def _parse(text: str, header: str, info: str) -> Iterator[EntryPoint]:
    """The ``name = value`` lines of section ``header`` of an ``entry_points.txt`` (INI)."""
    inside = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            inside = line == header
            continue
        name, eq, value = line.partition("=")
        if inside and eq:
            yield EntryPoint(name.strip(), value.strip(), info)


def load_entry_points(
    pm: PluginManager,
    *,
    allow: Collection[str] | None = None,
    deny: Collection[str] = (),
) -> None:
    """Register every installed plugin allowed by ``allow``/``deny``; record failures."""
    for ep in entry_points():
        if (allow is not None and ep.name not in allow) or ep.name in deny:
            continue
        if pm.has_plugin(ep.name):
            continue
        try:
            pm.register(ep.load(), name=ep.name)
        except Exception as exc:  # a broken plugin must not take the others down
            error = f"{type(exc).__name__}: {exc}".strip().splitlines()[0]
            dist, version = ep.distribution()
            pm.load_errors.append(PluginInfo(name=ep.name, dist=dist, version=version, error=error))
        else:
            pm.dists[ep.name] = ep


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
