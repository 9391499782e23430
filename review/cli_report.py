"""The ``anjuan campaign report: 汇总统计表, 问题清单, 评查报告, 通报, 分配表`` command(s)."""

from __future__ import annotations
