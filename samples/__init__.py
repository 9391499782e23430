"""Synthetic 行政处罚 dossiers with known truth: content (case model, documents), planted defects, four forms.

See samples/README.md; the entry points are ``samples.build.build_dossier`` and ``samples.build.build_set``.
"""
