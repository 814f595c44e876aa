#!/usr/bin/python3
"""Renders many HTML files with WeasyPrint in one process (Debian's python3-weasyprint). Args: pairs of in.html out.pdf"""
import sys, weasyprint
a = sys.argv[1:]
for src, dst in zip(a[::2], a[1::2]):
    weasyprint.HTML(filename=src).write_pdf(dst)
