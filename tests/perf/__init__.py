"""Performance guards cheap enough for every CI run (no desktop session, no timing)."""
