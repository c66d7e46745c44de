"""Files and what keeps them safe: the file actions, server connection, Excel import and export,
the report dialog, rolling backups and restoring them.
"""
