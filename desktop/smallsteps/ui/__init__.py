"""Widgets only: tray icon and menu, step dialog, settings dialog, week window."""
