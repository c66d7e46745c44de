"""The *Oppgaver* tab: the task table, its filter, the clipboard, the cell delegates of task fields
and the task library dialog.
"""
