"""The *Bemanning*, *Bemanningsplan* and *Turnus* tabs and their models."""
