"""The desktop bundle's entry point (PyInstaller): the same as the ``briefer`` command.

With no arguments it opens the desktop app; ``briefer gui FILE`` opens a brief; every other
command works as from the wheel (``briefer build brief.yaml -o out.pdf``).
"""

import multiprocessing

if __name__ == "__main__":
    # `briefer batch` builds on several processes. Where they are spawned (Windows, macOS, and
    # forkserver on Linux from Python 3.14) each one starts this program again: freeze_support()
    # turns those starts into workers before the command line is parsed.
    multiprocessing.freeze_support()

    from briefer.__main__ import main

    main()
