"""`python -m briefer` and the `briefer` command."""

from __future__ import annotations

import sys


def main() -> None:
    from briefer.support.startup import before_exit, collector_off

    collector_off()  # for good: giving it back would walk everything made, just before the end
    from briefer.cli import main as cli_main

    code = cli_main()
    before_exit()
    sys.exit(code)


if __name__ == "__main__":
    main()
