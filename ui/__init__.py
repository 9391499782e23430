"""anjuan ui layer."""
