"""Excel exchange: export, template and import of workshop sheets (Qt-free)."""
