"""Member regions of the R4BLP."""
