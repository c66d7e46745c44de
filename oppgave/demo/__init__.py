"""Demo workspaces: the realistic three-municipality demo and large synthetic ones."""
