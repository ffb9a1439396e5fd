"""The meeting log in the app: the Meetings menu and report bar, the Meetings window, the report."""
