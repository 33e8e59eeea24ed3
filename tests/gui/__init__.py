"""Widget and QtCore-service tests, run on Qt's offscreen platform."""
