"""Entry script of the PyInstaller bundles: runs Small Steps' command line.

PyInstaller needs a script, not a console-script entry point; this one does what the
installed ``smallsteps`` program does, so the bundle takes every command and option.
"""

import sys

from smallsteps.cli import main

if __name__ == "__main__":
    sys.exit(main())
