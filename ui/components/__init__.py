"""Reusable pieces of the review pages."""
