"""The Qt-free model of editing a brief: the pure edits the app makes and the core calls it runs."""
