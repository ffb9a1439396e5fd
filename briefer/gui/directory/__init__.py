"""The legislator directory in the app: importing it, the name field's look-up, constituents,
the home ZIP and the member's offices."""
