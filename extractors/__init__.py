"""anjuan extractors: a dossier's files -> pages -> documents -> elements with provenance."""

import os as _os

# onnxruntime's Linux build reports usage to an outside host unless this is set before it is imported.
_os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

__version__ = "0.1.0"
