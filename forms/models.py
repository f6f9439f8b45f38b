"""The join form page and its applications (filled by the join-form work)."""
