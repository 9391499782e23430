"""Tests of the synthetic dossier generator (samples/)."""
