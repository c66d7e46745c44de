"""The *Tavle* tab: a column per role, a card per task."""
