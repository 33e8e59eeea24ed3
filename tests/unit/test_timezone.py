"""The local zone: read from the /etc/localtime link where there is one, else from tzlocal."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smallsteps.platform import timezone

BERLIN_FILE = Path("/usr/share/zoneinfo/Europe/Berlin")


@pytest.fixture
def localtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    link = tmp_path / "localtime"
    monkeypatch.setattr(timezone, "_LOCALTIME", str(link))
    monkeypatch.delenv("TZ", raising=False)
    return link


def test_a_link_into_the_zone_database_gives_that_zone(localtime: Path) -> None:
    localtime.symlink_to(BERLIN_FILE)

    assert timezone.system_zone() == ZoneInfo("Europe/Berlin")


def test_with_tz_set_tzlocal_decides(localtime: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    localtime.symlink_to(BERLIN_FILE)
    monkeypatch.setenv("TZ", "Asia/Kolkata")

    assert timezone._linked_zone() is None
    assert str(timezone.system_zone()) == "Asia/Kolkata"


def test_a_link_outside_the_zone_database_is_left_to_tzlocal(
    localtime: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "my-zone"
    elsewhere.write_bytes(BERLIN_FILE.read_bytes())
    localtime.symlink_to(elsewhere)

    assert timezone._linked_zone() is None


def test_a_link_to_no_known_zone_is_left_to_tzlocal(localtime: Path, tmp_path: Path) -> None:
    fake = tmp_path / "zoneinfo" / "Nowhere" / "Atlantis"
    fake.parent.mkdir(parents=True)
    fake.write_bytes(b"not a zone file")
    localtime.symlink_to(fake)

    assert timezone._linked_zone() is None


def test_a_plain_file_is_left_to_tzlocal(localtime: Path) -> None:
    localtime.write_bytes(BERLIN_FILE.read_bytes())

    assert timezone._linked_zone() is None
