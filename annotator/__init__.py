"""annotator: tag quotes, casualty figures and actors in conflict news."""

__version__ = "0.1.0"
