"""One private data folder, and a single-instance name that belongs to it."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from smallsteps.storage.atomic import write_atomic
from smallsteps.storage.paths import DataPaths, make_private_dir, touch_private


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_lives_under_the_data_folder(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    assert paths.journal == tmp_path / "data" / "journal.sqlite3"
    assert paths.settings == tmp_path / "data" / "settings.json"
    assert paths.state == tmp_path / "data" / "state.json"
    assert paths.logs == tmp_path / "data" / "logs"
    assert paths.backups == tmp_path / "data" / "backups"


def test_ensure_makes_a_private_folder_with_its_parents(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "deep" / "er" / "data")
    paths.ensure()
    assert paths.root.is_dir()
    assert _mode(paths.root) == 0o700
    paths.ensure()  # twice is fine
    assert _mode(paths.root) == 0o700


def test_ensure_tightens_an_existing_open_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    DataPaths(folder).ensure()
    assert _mode(folder) == 0o700
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_make_private_dir_and_touch_private(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    make_private_dir(folder)
    assert _mode(folder) == 0o700
    file = folder / "f"
    touch_private(file)
    assert _mode(file) == 0o600
    assert file.read_bytes() == b""
    file.write_bytes(b"kept")
    touch_private(file)
    assert file.read_bytes() == b"kept"


def test_instance_name_is_stable_for_one_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (tmp_path / "link").symlink_to(folder)
    name = DataPaths(folder).instance_name
    assert DataPaths(folder).instance_name == name
    assert DataPaths(tmp_path / "other" / ".." / "data").instance_name == name
    assert DataPaths(tmp_path / "link").instance_name == name
    assert re.fullmatch(rf"smallsteps-{os.getuid()}-[0-9a-f]{{16}}", name)
    assert len(name) < 64


def test_instance_name_differs_between_folders(tmp_path: Path) -> None:
    names = {DataPaths(tmp_path / f"data{i}").instance_name for i in range(20)}
    assert len(names) == 20


def test_write_atomic_replaces_content_privately(tmp_path: Path) -> None:
    path = tmp_path / "file.json"
    write_atomic(path, "one")
    write_atomic(path, "two ✓")
    assert path.read_text(encoding="utf-8") == "two ✓"
    assert _mode(path) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]
