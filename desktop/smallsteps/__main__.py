"""Run Small Steps with ``python -m smallsteps``."""

from smallsteps.cli import main

raise SystemExit(main())
