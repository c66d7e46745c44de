"""The HMS review in the app: review mode, comments, working-environment flags."""
