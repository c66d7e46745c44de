"""Pieces every part uses: the off-thread runner, the dialog service, cell delegates that refuse
bad input, the elided label.
"""
