"""What every window of the app shares: the dialogs seam, settings, icons, workers, clean input."""
