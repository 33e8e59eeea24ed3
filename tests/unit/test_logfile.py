"""The log file rotates by size and keeps a few older files, like the stdlib's handler."""

from __future__ import annotations

import logging
from pathlib import Path

from smallsteps.storage.logfile import RotatingLogFile


def _logger(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger(f"test-logfile-{id(handler)}")
    logger.propagate = False
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def test_a_full_log_moves_aside_and_only_a_few_older_files_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "smallsteps.log"
    handler = RotatingLogFile(path, max_bytes=100, kept=2)
    logger = _logger(handler)
    try:
        for number in range(12):
            logger.info("line %02d %s", number, "x" * 30)
    finally:
        handler.close()

    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["smallsteps.log", "smallsteps.log.1", "smallsteps.log.2"]
    assert all(p.stat().st_size < 100 for p in tmp_path.iterdir())
    assert "line 11" in path.read_text(encoding="utf-8")
    assert "line 09" in (tmp_path / "smallsteps.log.1").read_text(encoding="utf-8")


def test_a_log_under_the_limit_stays_one_file(tmp_path: Path) -> None:
    path = tmp_path / "smallsteps.log"
    handler = RotatingLogFile(path, max_bytes=10_000, kept=3)
    logger = _logger(handler)
    try:
        logger.info("one")
        logger.info("two")
    finally:
        handler.close()

    assert [p.name for p in tmp_path.iterdir()] == ["smallsteps.log"]
    assert path.read_text(encoding="utf-8") == "one\ntwo\n"
