"""The content of a synthetic dossier: the case model (true values) and the text of every document."""
