"""What the tabs work on: the open workspace (document, undo stack, change notices), the selected
department and scenario, the base of the department tabs, and every edit as an undo command.
"""
