"""G, H, I: the same value written differently across documents, law citations, amounts."""

from __future__ import annotations

import random

from samples.content.doc import Doc, Para, find_doc
from samples.content.ids import USCC_ALPHABET, corrupt_check_char
from samples.content.spec import CaseSpec
from samples.content.textfmt import yuan_number, yuan_upper
from samples.defects.base import DefectRecord, defect, doc, general, para, penalised, replace_in

DECISION = "行政处罚决定书"


def _drift_name(spec: CaseSpec) -> str:
    name = spec.party.name
    if spec.party.party_type == "organization":
        return name.replace("有限公司", "公司") if "有限公司" in name else name + "（有限公司）"
    region = spec.agency.region
    return name.removeprefix(region.city + region.district)


@defect(
    "G01",
    lambda s: general(s) and s.party.party_type != "individual",
    edits=("notice", "notice_service", "decision_service", "inquiry1"),
)
def _g01(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    variant = _drift_name(spec)
    touched = []
    for key in ("notice", "notice_service", "decision_service", "inquiry1"):
        found = find_doc(docs, key)
        if found is not None and found.replace(spec.party.name, variant):
            touched.append(found.doc_type)
        if len(touched) == 2:
            break
    return DefectRecord(
        "G01",
        f"当事人名称前后不一致：决定书为“{spec.party.name}”，其他文书写作“{variant}”",
        list(dict.fromkeys(touched)),
        variant,
        identifiers={"companies": [variant]},
    )


@defect("G02", lambda s: s.party.credit_code is not None, edits=("decision",), group="party_code")
def _g02(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    code = spec.party.credit_code
    assert code is not None
    wrong = corrupt_check_char(code, USCC_ALPHABET)
    replace_in(doc(docs, "decision"), code, wrong)
    return DefectRecord(
        "G02",
        f"处罚决定书所载统一社会信用代码{wrong}校验位错误（营业执照为{code}）",
        [DECISION],
        wrong,
        case={"credit_code": wrong},
        identifiers={"codes": [wrong]},
    )


@defect("G03", lambda s: s.party.party_type != "organization", edits=("decision",), group="party_code")
def _g03(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    number = spec.representative.id_number
    wrong = corrupt_check_char(number, "0123456789X")
    replace_in(doc(docs, "decision"), number, wrong)
    return DefectRecord(
        "G03",
        f"处罚决定书所载身份证号码{wrong}校验位错误（身份证复印件为{number}）",
        [DECISION],
        wrong,
        case={"id_number": wrong},
        identifiers={"codes": [wrong]},
    )


@defect("G05", general, edits=("decision_service",))
def _g05(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    receipt = doc(docs, "decision_service")
    other = spec.number(spec.case_number_kind, spec.serial + rng.choice((1, 2, 10, -1)))
    quote = replace_in(receipt, spec.case_number, other)
    return DefectRecord(
        "G05", f"送达回证所载文号{other}与处罚决定书文号{spec.case_number}不一致", [receipt.doc_type], quote
    )


@defect("G06", lambda s: s.timeline.payment is not None and s.violation.fine >= 1000, edits=("payment",))
def _g06(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    payment = doc(docs, "payment")
    v = spec.violation
    paid = v.fine - rng.choice((500, 1000)) if v.fine > 1000 else v.fine // 2
    total = paid + (v.income or 0)
    for cell in payment.cells():
        if cell.tag == "fine":
            cell.text = yuan_number(paid)
        elif cell.tag == "total":
            cell.text = f"¥{yuan_number(total)}"
        elif cell.tag == "total_upper":
            cell.text = f"人民币{yuan_upper(total)}"
    for cell in payment.cells():  # the 收缴标准 column repeats the amount
        if cell.text == yuan_number(v.fine):
            cell.text = yuan_number(paid)
    return DefectRecord(
        "G06",
        f"缴款书罚款金额{paid}元与处罚决定书罚款{v.fine}元不一致",
        [payment.doc_type, DECISION],
        f"¥{yuan_number(total)}",
    )


UNITS = "辆件袋箱盒瓶杯人种元吨台张桶份页平"


def _last_quantity(text: str) -> tuple[int, int] | None:
    """The span of the last number followed by a unit (袋, 辆, 元 …), skipping codes such as plates."""
    found = None
    i = 0
    while i < len(text):
        if not text[i].isdigit():
            i += 1
            continue
        j = i
        while j < len(text) and (text[j].isdigit() or text[j] == "."):
            j += 1
        before = text[i - 1] if i else ""
        after = text[j] if j < len(text) else ""
        if after in UNITS and after and not (before.isascii() and before.isalnum()) and before != "第":
            found = (i, j)
        i = j
    return found


@defect("G07", lambda s: general(s) and _last_quantity(s.violation.facts) is not None, edits=("report",))
def _g07(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    report = doc(docs, "report")
    facts = para(report, "facts")
    span = _last_quantity(facts.text)
    if span is None:
        raise ValueError("no quantity in the facts")
    a, b = span
    old = facts.text[a:b]
    new = (
        str(int(float(old)) + rng.randint(1, 9)) if "." not in old else f"{float(old) * 2:.2f}".rstrip("0").rstrip(".")
    )
    facts.text = facts.text[:a] + new + facts.text[b:]
    unit = facts.text[b + len(new) - len(old) : b + len(new) - len(old) + 1]
    return DefectRecord(
        "G07",
        f"调查终结报告认定的数量（{new}{unit}）与处罚决定书（{old}{unit}）不一致",
        [report.doc_type, DECISION],
        new + unit,
    )


@defect("H01", lambda s: s.procedure == "普通程序", edits=("decision",), group="decision_citation")
def _h01(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    decision = doc(docs, "decision")
    text = decision.text()
    start = text.index("《中华人民共和国")
    law = text[start + 1 : text.index("》", start)]
    short = law.removeprefix("中华人民共和国")
    replace_in(decision, f"《{law}》", f"《{short}》", 1)
    return DefectRecord(
        "H01", f"处罚决定书首次引用法律时使用简称《{short}》，未用全称《{law}》", [DECISION], f"《{short}》"
    )


@defect("H02", penalised, edits=("decision",), group="decision_citation")
def _h02(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    decision = doc(docs, "decision")
    cited = "、".join(c.text for c in spec.violation.violated)
    quote = replace_in(decision, f"违反了{cited}的规定", "违反了相关法律法规的规定")
    return DefectRecord("H02", "处罚决定书未写明违法行为所违反的具体法律条款", [DECISION], quote)


@defect("H05", penalised, edits=("notice",), group="notice_rights")
def _h05(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    notice = doc(docs, "notice")
    quote = replace_in(notice, "行政处罚法》第四十四条、第四十五条", "行政处罚法》第三十一条、第三十二条")
    notice.replace("行政处罚法》第六十三条、第六十四条", "行政处罚法》第四十二条")
    return DefectRecord(
        "H05",
        "告知书引用2021年修订前《行政处罚法》的条文序号（第三十一条、第三十二条）",
        [notice.doc_type],
        "《中华人民共和国" + quote,
    )


@defect("H06", lambda s: True, edits=("decision",), group="remedy")
def _h06(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    decision = doc(docs, "decision")
    remedy = para(decision, "remedy")
    cite = "依据《中华人民共和国行政复议法》第九条的规定，"
    remedy.text = remedy.text.replace("可以在收到本决定书之日起", f"可以{cite}在收到本决定书之日起", 1)
    return DefectRecord(
        "H06",
        "2024年1月1日后仍引用修订前《行政复议法》第九条告知复议期限（应为第二十条）",
        [DECISION],
        "《中华人民共和国行政复议法》第九条",
    )


def _fine_item(decision: Doc) -> Para:
    return next(p for p in decision.paragraphs() if p.tag == "penalty_item" and "罚款人民币" in p.text)


@defect("I01", lambda s: penalised(s) and s.violation.fine >= 1000, edits=("decision",), group="penalty_list")
def _i01(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    fine = spec.violation.fine
    item = _fine_item(doc(docs, "decision"))
    wrong = fine * 10 if rng.random() < 0.5 else fine + rng.choice((1000, 2000, 500))
    old = "人民币" + yuan_upper(fine)
    item.text = item.text.replace(old, "人民币" + yuan_upper(wrong), 1)
    return DefectRecord(
        "I01",
        f"处罚决定书罚款大写金额（{yuan_upper(wrong)}）与小写金额（{fine}元）不一致",
        [DECISION],
        "人民币" + yuan_upper(wrong),
    )


@defect("I02", lambda s: penalised(s) and s.violation.fine >= 100, edits=("decision",), group="penalty_list")
def _i02(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    item = _fine_item(doc(docs, "decision"))
    upper = yuan_upper(spec.violation.fine)
    bare = upper.removesuffix("整")
    item.text = item.text.replace("人民币" + upper, bare, 1)
    return DefectRecord("I02", "处罚决定书大写金额前未写“人民币”、末尾未写“整”", [DECISION], f"罚款{bare}")
