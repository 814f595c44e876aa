#!/usr/bin/env python3
"""Prints many HTML files to PDF with ONE headless Chromium process (DevTools protocol over
--remote-debugging-pipe, the same printing code as --print-to-pdf). Usage: cdp.py JOBS.json"""
import base64, json, os, subprocess, sys

jobs = json.load(open(sys.argv[1]))
r3, w3 = os.pipe()  # chromium reads commands from fd 3
r4, w4 = os.pipe()  # chromium writes replies to fd 4
def pre():
    os.dup2(r3, 3); os.dup2(w4, 4)
p = subprocess.Popen(["chromium", "--headless=old", "--no-sandbox", "--disable-gpu", "--no-first-run",
                      "--disable-extensions", "--disable-dev-shm-usage", "--remote-debugging-pipe", "about:blank"],
                     preexec_fn=pre, pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.close(r3); os.close(w4)
out, inp = os.fdopen(w3, "wb"), os.fdopen(r4, "rb")
buf = b""; nid = 0
def recv():
    global buf
    while b"\0" not in buf:
        chunk = os.read(inp.fileno(), 1 << 20)
        if not chunk:
            sys.exit("chromium closed the pipe")
        buf += chunk
    msg, buf = buf.split(b"\0", 1)
    return json.loads(msg)
def call(method, params=None, session=None, wait_event=None):
    global nid
    nid += 1
    m = {"id": nid, "method": method, "params": params or {}}
    if session:
        m["sessionId"] = session
    out.write(json.dumps(m).encode() + b"\0"); out.flush()
    res, ev = None, wait_event is None
    while res is None or not ev:
        r = recv()
        if r.get("id") == nid:
            if "error" in r:
                sys.exit(f"{method}: {r['error']}")
            res = r["result"]
        elif wait_event and r.get("method") == wait_event and r.get("sessionId") == session:
            ev = True
    return res
for src, dest in jobs:
    tid = call("Target.createTarget", {"url": "about:blank"})["targetId"]
    sid = call("Target.attachToTarget", {"targetId": tid, "flatten": True})["sessionId"]
    call("Page.enable", session=sid)
    call("Page.navigate", {"url": "file://" + src}, session=sid, wait_event="Page.loadEventFired")
    pdf = call("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": True,
                                   "displayHeaderFooter": False}, session=sid)["data"]
    open(dest, "wb").write(base64.b64decode(pdf))
    call("Target.closeTarget", {"targetId": tid})
try:
    call("Browser.close")
except SystemExit:
    pass
p.wait(timeout=30)
