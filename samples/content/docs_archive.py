"""封面, 卷内目录 and 备考表: written last, once the pages of the other documents are known."""

from __future__ import annotations

from samples.content.doc import Block, Cell, Doc, Para, Table
from samples.content.docs_common import officer_names, penalty_sentence, title_para
from samples.content.spec import CaseSpec
from samples.content.textfmt import cn_date

ARCHIVE_KEYS = ("cover", "toc", "record_note")
#: page labels of the numbered documents: key -> (first, last); 封面/目录/备考表 carry none
Labels = dict[str, tuple[int, int]]


def placeholders(spec: CaseSpec) -> tuple[Doc, Doc, Doc]:
    t = spec.style.titles
    return (
        Doc("cover", "案卷封面", t["cover"], [], numbered=False),
        Doc("toc", "卷内目录", t["toc"], [], numbered=False),
        Doc("record_note", "备考表", t["record_note"], [], numbered=False, date=spec.timeline.archive),
    )


def label_text(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


def fill(spec: CaseSpec, docs: list[Doc], labels: Labels) -> None:
    """Write the 封面, 卷内目录 and 备考表 of ``docs`` (those present) from the page labels."""
    listed = [d for d in docs if d.key not in ARCHIVE_KEYS]
    pages = max((last for _, last in labels.values()), default=0)
    for doc in docs:
        if doc.key == "cover":
            doc.blocks = _cover(spec, len(listed), pages)
        elif doc.key == "toc":
            doc.blocks = _toc(spec, listed, labels)
        elif doc.key == "record_note":
            doc.blocks = _record_note(spec, len(listed), pages)


def _cover(spec: CaseSpec, count: int, pages: int) -> list[Block]:
    t = spec.timeline
    result = "不予行政处罚" if spec.outcome == "no_penalty" else penalty_sentence(spec)
    keep = "永久" if spec.collective else "30年"
    rows = [
        [Cell("案件名称"), Cell(spec.case_name, tag="case_name")],
        [Cell("处罚决定书文号"), Cell(spec.case_number, tag="number")],
        [Cell("当事人"), Cell(spec.party.name, tag="party_name")],
        [Cell("处理结果"), Cell(result)],
        [Cell("承办机构"), Cell(spec.agency.unit)],
        [Cell("承办人"), Cell(officer_names(spec.officer_pair))],
        [Cell("立案日期"), Cell(cn_date(t.filing) if t.filing else "/（简易程序）")],
        [Cell("结案日期"), Cell(cn_date(t.closing or t.decision))],
        [Cell("归档日期"), Cell(cn_date(t.archive))],
        [Cell("保管期限"), Cell(keep)],
        [Cell("本卷件数、页数"), Cell(f"共{count}件，{pages}页")],
        [Cell("归档号"), Cell(spec.archive_no)],
    ]
    return [
        Para(spec.agency.name, align="center", indent=False, size="agency", space_before=3),
        title_para(spec, spec.style.titles["cover"], space_before=1),
        Para(f"（{spec.procedure}）", align="center", indent=False, space_before=0.5),
        Table([0.28, 0.72], rows, size="body"),
        Para(
            f"全宗号：{spec.agency.region.code}    目录号：{t.clue.year}    卷号：{spec.serial:03d}",
            align="center",
            indent=False,
            space_before=2,
        ),
    ]


def _toc(spec: CaseSpec, listed: list[Doc], labels: Labels) -> list[Block]:
    rows = [[Cell(h, align="center") for h in ("序号", "文件名称", "文号", "日期", "页号", "备注")]]
    numbers = {"decision": spec.case_number, "notice": spec.notice_number, "rectify": spec.rectify_number}
    for i, doc in enumerate(listed, 1):
        first, last = labels.get(doc.key, (0, 0))
        rows.append(
            [
                Cell(str(i), align="center"),
                Cell(doc.title, tag=f"toc_{doc.key}"),
                Cell(numbers.get(doc.key, "")),
                Cell(cn_date(doc.date) if doc.date else ""),
                Cell(label_text(first, last) if first else "", align="center"),
                Cell(""),
            ]
        )
    return [
        title_para(spec, spec.style.titles["toc"]),
        Para(f"案件名称：{spec.case_name}", indent=False),
        Table([0.06, 0.33, 0.27, 0.2, 0.08, 0.06], rows, size="tiny"),
    ]


def _av_note(spec: CaseSpec) -> str:
    if not spec.av_record:
        return ""
    return f"执法记录仪音像资料已刻录光盘1张，存放于{spec.agency.name}档案室。"


def _record_note(spec: CaseSpec, count: int, pages: int) -> list[Block]:
    t, leaders = spec.timeline, spec.leaders
    return [
        title_para(spec, spec.style.titles["record_note"]),
        Table(
            [1.0],
            [
                [
                    Cell(
                        f"本卷共有文件材料{count}件，共{pages}页（不含封面、卷内目录和备考表）。{_av_note(spec)}",
                        min_lines=6,
                    )
                ],
                [
                    Cell(
                        "说明：本卷材料齐全，排列有序，页号连续。",
                        min_lines=4,
                        sign=[f"立卷人：{leaders['立卷人']}", cn_date(t.archive)],
                    )
                ],
                [
                    Cell(
                        "检查意见：经检查，本卷符合归档要求。",
                        min_lines=4,
                        sign=[f"检查人：{leaders['检查人']}", cn_date(t.archive)],
                    )
                ],
            ],
            size="body",
        ),
    ]
