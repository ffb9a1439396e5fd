"""Plumbing every part uses: YAML, validation, files, errors, resources, dates, the clock,
start-up."""
