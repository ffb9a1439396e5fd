"""File > Lobby Day: the dialog and its table of meetings."""
