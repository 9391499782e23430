"""Campaigns (评查活动): import, 抽查, 交叉评查 assignment, the machine pass, 初评 → 复核, agreement, statistics and the
artefacts (汇总统计表, 问题清单, 评查报告, 通报). ``model`` holds the types that cross these modules."""
