"""Icons, fonts, translations and the task library, loaded with importlib.resources."""
