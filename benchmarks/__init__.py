"""Whole-program benchmarks of Small Steps against a bare PySide6 tray program (issue 8)."""
