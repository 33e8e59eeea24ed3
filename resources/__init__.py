"""Shipped data files: nudge texts and icons (found from this package's folder)."""
