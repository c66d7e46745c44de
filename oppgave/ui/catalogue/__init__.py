"""The *Katalog* tab: roles, competences, which role has which, and courses."""
