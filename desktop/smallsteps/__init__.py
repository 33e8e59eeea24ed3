"""Small Steps: a gentle self-care companion that lives in the system tray."""

__version__ = "0.1.0"
APP_ID = "io.github.smallsteps.SmallSteps"
APP_NAME = "Small Steps"
