"""anjuan checklists layer."""
