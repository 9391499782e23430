"""Validate packs: schema, check types and params (at load), then every rule's own examples (strict)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from checklists.errors import E205_EXAMPLE_FAILED, PackError
from checklists.examples import ExampleError, run_example
from checklists.loader import load_pack, pack_files
from checklists.model import RulePack


@dataclass(frozen=True)
class ExampleFailure:
    file: str
    rule_id: str
    example: str
    detail: str

    def line(self) -> str:
        return f"{E205_EXAMPLE_FAILED} {self.file} [{self.rule_id}] 示例“{self.example}”：{self.detail}"


def resolve(target: Path | None) -> list[Path]:
    """pack.yaml files for a FILE argument: a pack.yaml, a pack folder, a rule file (its pack), or all packs."""
    if target is None:
        return pack_files()
    if target.is_dir():
        found = sorted(target.rglob("pack.yaml"))
        if found:
            return found
    elif target.name == "pack.yaml":
        return [target]
    elif target.suffix in (".yaml", ".yml") and target.parent.name == "rules":
        return [target.parent.parent / "pack.yaml"]
    raise PackError("E202", str(target), "不是评查标准包（pack.yaml、其目录或其中的规则文件）")


def run_examples(
    pack: RulePack, pack_file: Path, progress: Callable[[int, int], None] | None = None
) -> list[ExampleFailure]:
    failures: list[ExampleFailure] = []
    total = sum(len(r.examples) for r in pack.rules)
    done = 0
    for rule in pack.rules:
        rule_file = str(pack_file.parent / "rules" / f"{rule.id}.yaml")
        for ex in rule.examples:
            done += 1
            if progress:
                progress(done, total)
            if ex.expect.startswith("todo_"):
                continue
            try:
                result = run_example(rule, pack, ex)
            except ExampleError as err:
                failures.append(ExampleFailure(rule_file, rule.id, ex.name, str(err)))
                continue
            if not result.ok:
                failures.append(ExampleFailure(rule_file, rule.id, ex.name, result.detail))
    return failures


def validate(target: Path | None, strict: bool = True) -> tuple[list[RulePack], list[ExampleFailure]]:
    packs, failures = [], []
    for file in resolve(target):
        pack = load_pack(file)
        packs.append(pack)
        if strict:
            failures.extend(run_examples(pack, file))
    return packs, failures
