# Renders many HTML files with WeasyPrint in one process (run with Debian's /usr/bin/python3).
import json, sys
import weasyprint
for src, dst in json.load(open(sys.argv[1])):
    weasyprint.HTML(filename=src).write_pdf(dst)
