"""The domain: vocabularies, plain records and the default catalogue; no Qt, no database."""
