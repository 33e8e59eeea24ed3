"""APScheduler's scheduler core, imported without the parts a Qt tray app never runs.

Importing ``apscheduler.schedulers.base`` the ordinary way costs more than the
rest of the app's start (measured after Qt: about 50 ms and 13.6 MiB resident,
of which APScheduler's own modules are about 5 ms and 1.1 MiB), because at import
time:

* ``apscheduler/__init__`` reads its version with ``importlib.metadata`` (which
  pulls in ``email``, ``zipfile``, ``csv``, ``calendar``...);
* the ``BaseScheduler`` class body scans the entry points of every installed
  distribution for trigger, executor and job store plugins;
* ``apscheduler.util`` imports ``asyncio`` for ``iscoroutinefunction``, and
  ``asyncio`` imports ``ssl`` (OpenSSL's libcrypto), ``subprocess``, ``socket``...;
* ``schedulers.base`` imports the pool executors for its default executor
  (``concurrent.futures``, ``multiprocessing``, ``pickle``);
* ``apscheduler.job`` imports ``uuid`` (and ``platform``) for jobs added without an id.

Small Steps uses none of these: its jobs run on the Qt thread through
``DebugExecutor``, triggers and executors are passed as instances, and every job
has an id. So while APScheduler is imported (here, once, and only here), small
stand-ins sit under those module names, for modules not imported yet and only
for the duration of the import. Each stand-in forwards to the real thing when it
is really used: ``uuid4`` and ``ThreadPoolExecutor`` import the real ones when
called, and :func:`load_plugins` fills the plugin maps from ``importlib.metadata``
the first time a plugin is asked for by name. The version is read from the name
of APScheduler's ``dist-info`` folder. ``iscoroutinefunction`` is
``inspect.iscoroutinefunction``, which APScheduler itself uses from Python 3.14
on (and which only the asyncio-style executors, never loaded here, call).

Every other module imports APScheduler names from here, so the first import of
APScheduler in the process is always this one. It must run on the Qt thread
before any other thread starts (the app imports it right after the tray icon is
shown), since another thread importing ``asyncio`` meanwhile would get a stand-in.
"""

from __future__ import annotations

import importlib
import inspect
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

_PLUGIN_GROUPS = {
    "_trigger_plugins": "apscheduler.triggers",
    "_executor_plugins": "apscheduler.executors",
    "_jobstore_plugins": "apscheduler.jobstores",
}


class _PackageNotFoundError(ModuleNotFoundError):
    """Stands in for ``importlib.metadata.PackageNotFoundError`` during the import."""


def _version(name: str) -> str:
    """Return a distribution's version from its ``dist-info`` folder name.

    Only APScheduler asks, from its ``__init__``; its package is being imported,
    so its folder is known. Without a ``dist-info`` folder (a frozen bundle, say)
    APScheduler falls back to its own default, as it does with the real metadata.
    """
    package = sys.modules.get(name.lower())
    prefix = name.lower().replace("-", "_") + "-"
    if package is not None and package.__file__:
        site = Path(package.__file__).parent.parent
        try:
            with os.scandir(site) as listing:
                names = [entry.name for entry in listing]
        except OSError:
            names = []
        for entry_name in names:
            lower = entry_name.lower()
            if lower.startswith(prefix) and lower.endswith(".dist-info"):
                return entry_name[len(prefix) : -len(".dist-info")]
    raise _PackageNotFoundError(name)


def _no_entry_points(**_selection: Any) -> tuple[()]:
    """Plugin maps start empty; :func:`load_plugins` fills them when one is named."""
    return ()


def _uuid4() -> Any:
    """Forward to the real ``uuid.uuid4`` (only jobs added without an id need it)."""
    return importlib.import_module("uuid").uuid4()


def _thread_pool_executor(*args: Any, **kwargs: Any) -> Any:
    """Forward to the real ``ThreadPoolExecutor`` (only a scheduler without one needs it)."""
    pool = importlib.import_module("apscheduler.executors.pool")
    return pool.ThreadPoolExecutor(*args, **kwargs)


def _stand_in(name: str, **attributes: Any) -> ModuleType:
    module = ModuleType(name, "A stand-in while APScheduler is imported (see apscheduler_light).")
    module.__dict__.update(attributes)
    return module


@contextmanager
def _stand_ins() -> Iterator[None]:
    """Put the stand-ins in place for modules not imported yet; take them away after."""
    stand_ins = [
        _stand_in("asyncio", iscoroutinefunction=inspect.iscoroutinefunction),
        _stand_in(
            "importlib.metadata",
            PackageNotFoundError=_PackageNotFoundError,
            version=_version,
            entry_points=_no_entry_points,
        ),
        _stand_in("apscheduler.executors.pool", ThreadPoolExecutor=_thread_pool_executor),
        _stand_in("uuid", uuid4=_uuid4),
    ]
    placed = [m for m in stand_ins if m.__name__ not in sys.modules]
    for module in placed:
        sys.modules[module.__name__] = module
    try:
        yield
    finally:
        for module in placed:
            if sys.modules.get(module.__name__) is module:
                del sys.modules[module.__name__]


with _stand_ins():
    from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent
    from apscheduler.executors.debug import DebugExecutor
    from apscheduler.schedulers.base import BaseScheduler
    from apscheduler.schedulers.qt import QtScheduler
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.date import DateTrigger


def load_plugins() -> None:
    """Fill APScheduler's plugin maps (trigger/executor/job store names) if they are empty.

    Needed only when a plugin is asked for by name (``add_job(f, "cron")``), which
    Small Steps never does; the scheduler calls this first, so it still works.
    """
    from importlib.metadata import entry_points  # noqa: PLC0415 - only for a plugin by name

    for attribute, group in _PLUGIN_GROUPS.items():
        plugins: dict[str, Any] = getattr(BaseScheduler, attribute)
        if not plugins:
            plugins.update({ep.name: ep for ep in entry_points(group=group)})


__all__ = [
    "EVENT_JOB_MISSED",
    "BaseScheduler",
    "CronTrigger",
    "DateTrigger",
    "DebugExecutor",
    "JobExecutionEvent",
    "QtScheduler",
    "load_plugins",
]
