"""Shipped data: the default label schema, gazetteers and the stylesheet."""
