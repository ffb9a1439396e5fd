"""The legislator directory: who sits where, read from public files and stored locally, and what
it adds to a brief (titles, committees, suggested points)."""
