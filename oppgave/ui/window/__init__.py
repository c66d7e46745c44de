"""The main window and what it composes: the start page, the department header, the organisation
tree and its actions, the scenario bar, the view settings, the extension parts, the data lock.
"""
