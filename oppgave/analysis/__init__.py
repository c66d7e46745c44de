"""Pure analysis functions (DESIGN §6): plain records in, results out; no Qt, no sessions."""
