"""One module per CLI command group; see bot/cli.py."""
