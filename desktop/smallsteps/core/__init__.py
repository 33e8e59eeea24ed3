"""Pure-Python heart of Small Steps: models, rules and texts, with no Qt or storage."""
