"""The page: its three inputs and their rules (brief, content pack, template), then compose,
fit and the plan a renderer draws."""
