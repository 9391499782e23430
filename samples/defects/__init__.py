"""Planted defects keyed by catalogue ID (shared/domain/reference.md §3) or a W code for wording problems (§4).

Each defect introduces exactly one problem (plus, where the law ties them, the checks listed in ``also``), and
reports what it did so that a checklist run can be scored against it.
"""

from samples.defects.base import DEFECTS, Defect, DefectRecord, applicable, choose_defects, compatible, plant, prepare

__all__ = ["DEFECTS", "Defect", "DefectRecord", "applicable", "choose_defects", "compatible", "plant", "prepare"]
