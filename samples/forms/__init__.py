"""The four forms a dossier is written in: text PDF, scanned PDF, a folder of DOCX files, a ZIP."""
