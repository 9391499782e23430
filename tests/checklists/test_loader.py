"""Load time is loud: a pack with an unknown check type, bad params, a missing example or a failing example is
refused, naming the file and the rule."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from checklists.errors import PackError
from checklists.loader import PACKS_DIR, get_pack, get_profile, load_pack
from checklists.validate import validate

SRC = PACKS_DIR / "penalty-general" / "2025.1"


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "penalty-general" / "2025.1"
    dst.mkdir(parents=True)
    shutil.copy(SRC / "pack.yaml", dst / "pack.yaml")
    (dst / "rules").mkdir()
    shutil.copy(SRC / "rules" / "PG-A01.yaml", dst / "rules" / "PG-A01.yaml")
    return dst


def _edit(rule_file: Path, **changes: object) -> None:
    data = yaml.safe_load(rule_file.read_text(encoding="utf-8"))
    data.update(changes)
    rule_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_installed_pack_loads() -> None:
    pack = get_pack("penalty-general")
    assert pack.ref.startswith("penalty-general@")
    assert all(r.id.startswith("PG-") for r in pack.rules)


def test_unknown_check_type_is_refused(pack_copy: Path) -> None:
    _edit(pack_copy / "rules" / "PG-A01.yaml", type="no_such_check.v1")
    with pytest.raises(PackError) as err:
        load_pack(pack_copy / "pack.yaml")
    assert err.value.code == "E203" and err.value.rule_id == "PG-A01" and "PG-A01.yaml" in err.value.file


def test_bad_params_are_refused(pack_copy: Path) -> None:
    _edit(pack_copy / "rules" / "PG-A01.yaml", params={"doc_type": ["立案审批表"]})  # typo: doc_type
    with pytest.raises(PackError) as err:
        load_pack(pack_copy / "pack.yaml")
    assert err.value.code == "E204" and err.value.rule_id == "PG-A01"


def test_unknown_document_type_in_params_is_refused(pack_copy: Path) -> None:
    _edit(pack_copy / "rules" / "PG-A01.yaml", params={"doc_types": ["立案审批单子"]})
    with pytest.raises(PackError) as err:
        load_pack(pack_copy / "pack.yaml")
    assert err.value.code == "E204"


def test_rule_without_a_fail_example_is_refused(pack_copy: Path) -> None:
    rule_file = pack_copy / "rules" / "PG-A01.yaml"
    data = yaml.safe_load(rule_file.read_text(encoding="utf-8"))
    _edit(rule_file, examples=[e for e in data["examples"] if e["expect"] != "fail"])
    with pytest.raises(PackError) as err:
        load_pack(pack_copy / "pack.yaml")
    assert err.value.code == "E209"


def test_unknown_category_is_refused(pack_copy: Path) -> None:
    _edit(pack_copy / "rules" / "PG-A01.yaml", category="杂项")
    with pytest.raises(PackError) as err:
        load_pack(pack_copy / "pack.yaml")
    assert err.value.code == "E207"


def test_failing_example_is_refused_by_strict_validate(pack_copy: Path) -> None:
    rule_file = pack_copy / "rules" / "PG-A01.yaml"
    data = yaml.safe_load(rule_file.read_text(encoding="utf-8"))
    data["examples"][0]["expect"] = "fail"  # the first example really passes
    rule_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    _, failures = validate(pack_copy / "pack.yaml")
    assert failures and failures[0].rule_id == "PG-A01" and "PG-A01.yaml" in failures[0].file
    assert failures[0].line().startswith("E205 ")


def test_bad_yaml_names_the_line(pack_copy: Path) -> None:
    (pack_copy / "rules" / "PG-A01.yaml").write_text("id: PG-A01\ncheck: [A01\n", encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack(pack_copy / "pack.yaml")
    assert err.value.code == "E201" and err.value.line is not None


def test_profiles_cite_a_source_for_every_value() -> None:
    for pid in ("national", "sichuan"):
        profile = get_profile(pid)
        for name, field in profile:
            if hasattr(field, "source"):
                assert field.source.strip(), f"{pid}.{name} has no source"
    sichuan = get_profile("sichuan")
    assert "待核实" in sichuan.hearing_thresholds.source


def test_unknown_pack_and_profile() -> None:
    with pytest.raises(PackError):
        get_pack("no-such-pack")
    with pytest.raises(PackError):
        get_profile("atlantis")
