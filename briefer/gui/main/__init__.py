"""The main window and its panels: the brief's forms, the talking points, the preview, files
and export."""
