"""APScheduler imported light: none of its heavy imports, and nothing of it lost.

``smallsteps.services.apscheduler_light`` imports APScheduler's scheduler core with
stand-ins for ``asyncio``, ``importlib.metadata``, the pool executors and ``uuid``
(see its docstring). This runs the import in a fresh interpreter, where none of
those is loaded yet (as in the app), and checks that they stay unloaded, that the
stand-ins are gone afterwards, and that what they stood for still works.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version
from typing import Any

import pytest

HEAVY = ("asyncio", "importlib.metadata", "concurrent.futures", "multiprocessing", "uuid")

CODE = """
import json, sys
from PySide6.QtCore import QCoreApplication

app = QCoreApplication([])
heavy = json.loads(sys.argv[1])
already = [name for name in heavy if name in sys.modules]
import smallsteps.services.apscheduler_light as light
import apscheduler
from smallsteps.services.scheduler import OneTimerQtScheduler

after_import = [name for name in heavy if name in sys.modules]
scheduler = OneTimerQtScheduler(timezone="UTC")
scheduler.add_job(print, light.DateTrigger("2099-01-01", timezone="UTC"), id="named")
before_use = [name for name in heavy if name in sys.modules]
unnamed = scheduler.add_job(print, light.DateTrigger("2099-01-01", timezone="UTC"))
by_alias = scheduler.add_job(print, "interval", minutes=5, id="by-alias")
print(json.dumps({
    "already": already,
    "after_import": after_import,
    "before_use": before_use,
    "version": apscheduler.__version__,
    "unnamed_id": unnamed.id,
    "alias_trigger": type(by_alias.trigger).__name__,
    "uuid_is_real": hasattr(sys.modules.get("uuid"), "UUID"),
}))
"""


@pytest.fixture(scope="module")
def light() -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", CODE, json.dumps(HEAVY)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "error"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["already"] == [], "a heavy module was loaded before the test began"
    return result


def test_the_heavy_modules_stay_unloaded(light: dict[str, Any]) -> None:
    assert light["after_import"] == []
    assert light["before_use"] == []


def test_the_version_is_read_without_importlib_metadata(light: dict[str, Any]) -> None:
    assert light["version"] == ".".join(version("APScheduler").split("-")[0].split(".")[:3])


def test_a_job_added_without_an_id_gets_a_real_uuid(light: dict[str, Any]) -> None:
    assert len(light["unnamed_id"]) == 32
    int(light["unnamed_id"], 16)
    assert light["uuid_is_real"]


def test_a_trigger_named_by_alias_is_found(light: dict[str, Any]) -> None:
    assert light["alias_trigger"] == "IntervalTrigger"
