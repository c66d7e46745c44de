"""What the app sets up around the window: the user's settings, the look, the language, the icon,
crash reports and the PySide6 reference-count guard.
"""
