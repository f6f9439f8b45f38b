"""Settings per environment: base, dev, test, production."""
