"""Database layer: ORM models, workspace files, migrations. Knows nothing of Qt."""
