"""Work the CLI and the window share: importing, exporting, suggesting.

Sits between core/store/formats and cli/ui; Qt-free; long work takes a
progress callback.
"""
