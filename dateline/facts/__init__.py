"""Article → facts: people and their titles, quotes with speakers, claims with sources, dates."""
