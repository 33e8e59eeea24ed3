"""Shipped data files: nudge texts and icons (read with importlib.resources)."""
