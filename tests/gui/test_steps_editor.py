"""Your own steps: the catalog editor round-trips through the settings file."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from smallsteps.core.catalog import DEFAULT_CATALOG, ICONS, Catalog
from smallsteps.core.models import StepKind
from smallsteps.core.nudges import NudgePicker
from smallsteps.core.settings import Settings
from smallsteps.storage.settings_store import load_settings, save_settings
from smallsteps.ui import steps_editor
from smallsteps.ui.settings_dialog import SettingsDialog
from smallsteps.ui.step_dialog import StepDialog
from smallsteps.ui.steps_editor import StepsEditor

ZONE = ZoneInfo("Europe/Berlin")


def test_add_rename_icon_reorder_and_hide_round_trip(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The name the person types in the little "what is it called?" box.
    answers = iter([("Watering the plants", True), ("  A walk   in the sun ", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(answers))
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    editor = dialog.steps_editor

    editor.add_button.click()
    own = editor.steps[-1]
    assert own.label == "Watering the plants"
    editor.list.setCurrentRow(1)
    editor.rename_button.click()
    assert editor.steps[1].label == "A walk in the sun"
    assert editor.steps[1].id == "walk"  # the history keeps its kind
    editor.list.setCurrentRow(len(editor.steps) - 1)
    editor.set_icon(len(editor.steps) - 1, "gratitude")
    editor.list.setCurrentRow(len(editor.steps) - 1)
    editor.up_button.click()
    editor.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # hide "A few slow breaths"

    settings = emitted[-1]
    ids = [k.id for k in settings.steps]
    assert ids[-2] == own.id
    assert ids[-1] == "support"
    assert settings.steps[-2].icon == "gratitude"
    assert settings.steps[0].hidden
    save_settings(tmp_path / "settings.json", settings)
    assert load_settings(tmp_path / "settings.json").settings == settings

    catalog = Catalog(settings.steps)
    step_dialog = StepDialog(catalog.visible)
    qtbot.addWidget(step_dialog)
    offered = [step_dialog.kind_list.item(i).text() for i in range(step_dialog.kind_list.count())]
    assert "A few slow breaths" not in offered
    assert "Watering the plants" in offered
    assert catalog.label("breathe") == "A few slow breaths"  # still in history


def test_the_last_visible_step_cannot_be_hidden(qtbot: QtBot) -> None:
    only = (
        DEFAULT_CATALOG[0],
        *(StepKind(k.id, k.label, k.icon, k.suggestion, True) for k in DEFAULT_CATALOG[1:]),
    )
    dialog = SettingsDialog(Settings(steps=only))
    qtbot.addWidget(dialog)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    dialog.steps_editor.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert emitted == []
    assert "At least one step" in dialog.steps_editor.status.text()
    assert dialog.steps_editor.list.item(0).checkState() == Qt.CheckState.Checked


def test_suggestions_come_from_visible_steps_and_lean_to_habits(qapp: object) -> None:
    del qapp
    kinds = tuple(
        StepKind(k.id, k.label, k.icon, k.suggestion, hidden=k.id == "walk")
        for k in DEFAULT_CATALOG
    )
    picker = NudgePicker(
        ["a", "b"],
        Catalog(kinds),
        rng=random.Random(3),
        habits=lambda when: {"rest": 10} if when.hour < 12 else {},
    )
    morning = datetime(2026, 11, 28, 9, 0, tzinfo=ZONE)
    evening = datetime(2026, 11, 28, 20, 0, tzinfo=ZONE)
    rest_morning = sum(picker.pick(morning).suggestion.id == "rest" for _ in range(2000))
    rest_evening = sum(picker.pick(evening).suggestion.id == "rest" for _ in range(2000))
    walks = sum(picker.pick(morning).suggestion.id == "walk" for _ in range(500))
    assert walks == 0
    # "A little more often": rest weighs 4 against 1 for the other 9 in the morning.
    assert 2.0 < rest_morning / rest_evening < 6.0


def test_every_icon_has_a_name_in_words() -> None:
    assert set(steps_editor._ICON_NAMES) == set(ICONS)


def test_every_button_is_named_and_described(qtbot: QtBot) -> None:
    editor = StepsEditor(DEFAULT_CATALOG)
    qtbot.addWidget(editor)

    for control in editor.controls():
        assert control.accessibleName(), control
        assert control.accessibleDescription(), control
    assert editor.rename_button.text() == "&Rename…"
