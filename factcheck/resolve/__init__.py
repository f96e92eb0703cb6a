"""Entities, speakers, aliases and events: who said what, who is who."""
