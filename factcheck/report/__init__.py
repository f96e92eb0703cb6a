"""Turning assertions and findings into text, JSON and other outputs."""
