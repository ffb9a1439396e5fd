"""Page layout owned by the core: geometry, the measuring flowables and the Measurer that the fit
and both renderers share."""
