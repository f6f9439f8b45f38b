"""The site frame: landing, standard pages, people, search and site furniture."""
