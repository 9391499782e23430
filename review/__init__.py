"""anjuan review layer."""
