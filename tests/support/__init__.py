"""Test-only stand-ins for seams that cannot be real in unit tests."""
