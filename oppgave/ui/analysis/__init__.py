"""The *Analyse* tab, its off-thread job, charts and models, and its dialogs: proposal (*Lag
forslag*), analysis settings, floor settings.
"""
