"""How the app's date fields show a date, in Qt's notation: as :mod:`briefer.support.when`
writes dates everywhere else in the app ("Thu Dec 3, 2026"; "November 12, 2024" for a data's
date)."""

from __future__ import annotations

DATE_FIELD = "ddd MMM d, yyyy"  # when.short_date
DATA_DATE = "MMMM d, yyyy"  # when.plain_date
