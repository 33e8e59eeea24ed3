"""End-to-end tests that run programs in a real headless desktop session."""
