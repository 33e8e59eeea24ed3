"""Operating-system integration behind small interfaces (notifications, single instance)."""
