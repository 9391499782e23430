"""Coded checklist errors (E2xx). Load time is loud: a bad pack raises PackError naming the file and rule."""

from __future__ import annotations

E201_BAD_YAML = "E201"
E202_SCHEMA = "E202"
E203_UNKNOWN_CHECK_TYPE = "E203"
E204_BAD_PARAMS = "E204"
E205_EXAMPLE_FAILED = "E205"
E206_DUPLICATE_RULE = "E206"
E207_UNKNOWN_CATEGORY = "E207"
E208_UNKNOWN_PACK = "E208"
E209_MISSING_EXAMPLES = "E209"
E210_CHECK_CRASHED = "E210"
E211_UNKNOWN_PROFILE = "E211"


class PackError(Exception):
    def __init__(self, code: str, file: str, message: str, rule_id: str | None = None, line: int | None = None):
        self.code, self.file, self.rule_id, self.line, self.message = code, file, rule_id, line, message
        where = file + (f":{line}" if line else "") + (f" [{rule_id}]" if rule_id else "")
        super().__init__(f"{code} {where}: {message}")


class DuplicateCheckType(Exception):
    pass
