"""The join form and its applications."""
