"""The organisation's own packs in the app: the pack editor and the Packs menu."""
