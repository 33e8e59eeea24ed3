"""Settings shared by every test folder.

The Qt platform is chosen here, at import time, before pytest-qt (or anything else)
creates the QApplication: unit and gui tests never need a display.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
