#!/usr/bin/env python3
"""Renders many HTML files with WeasyPrint in one process (Debian's python3 module).
Reads [[source.html, target.pdf, _], ...] as JSON on stdin."""
import json, sys
import weasyprint

for src, dst, _ in json.load(sys.stdin):
    weasyprint.HTML(filename=src, encoding="utf-8").write_pdf(dst)
