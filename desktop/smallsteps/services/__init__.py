"""QtCore-only services: the reminder scheduler and the step controller."""
