import gc
import sys

# A start makes many objects and almost no garbage: the cyclic collector, which would walk them
# again and again (about 100 collections before the first page is painted), waits until the
# window is up (ui/app.py) or the command has been read (cli.py).
gc.disable()

from desktop.cli import main  # noqa: E402  (after the collector is paused: it imports the engine)

sys.exit(main())
