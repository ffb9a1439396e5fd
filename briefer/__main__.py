"""`python -m briefer` and the `briefer` command."""

from __future__ import annotations

import sys


def main() -> None:
    from briefer.cli import main as cli_main
    from briefer.startup import before_exit

    code = cli_main()
    before_exit()
    sys.exit(code)


if __name__ == "__main__":
    main()
