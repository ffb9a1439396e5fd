"""The meeting log: what each office was given, the report after the meeting, the follow-ups.

Kept in a local SQLite file only the user can read (:mod:`.db`); :mod:`.recording` is the one call
exports make; :mod:`.log` reads and writes meetings and reports; :mod:`.exchange` moves them
between teams as CSV or JSON; :mod:`.followup` writes the thank-you. No Qt here.
"""
