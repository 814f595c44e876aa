#!/usr/bin/env python3
"""Prints many HTML files to PDF with one headless Chromium over --remote-debugging-pipe (DevTools protocol).
Args: USER_DATA_DIR then pairs of in.html out.pdf"""
import base64, json, os, subprocess, sys
from pathlib import Path

udd, a = sys.argv[1], sys.argv[2:]
r1, w1 = os.pipe()  # we write commands -> chromium fd 3
r2, w2 = os.pipe()  # chromium fd 4 -> we read
def child():
    x, y = os.dup(r1), os.dup(w2)
    os.dup2(x, 3); os.dup2(y, 4)
p = subprocess.Popen(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                      f"--user-data-dir={udd}", "--remote-debugging-pipe", "about:blank"],
                     preexec_fn=child, stdout=subprocess.DEVNULL, stderr=open(os.path.join(udd + ".log"), "w") if os.path.isdir(os.path.dirname(udd)) else subprocess.DEVNULL,
                     close_fds=False)
os.close(r1); os.close(w2)
wf, rf = os.fdopen(w1, "wb", buffering=0), os.fdopen(r2, "rb", buffering=0)
buf = b""; nid = 0; events = []
def recv():
    global buf
    while b"\0" not in buf:
        c = rf.read(65536)
        if not c: raise SystemExit("chromium closed the pipe")
        buf += c
    msg, buf = buf.split(b"\0", 1)
    return json.loads(msg)
def call(method, params=None, session=None):
    global nid
    nid += 1
    m = {"id": nid, "method": method, "params": params or {}}
    if session: m["sessionId"] = session
    wf.write(json.dumps(m).encode() + b"\0")
    while True:
        x = recv()
        if x.get("id") == nid:
            if "error" in x: raise SystemExit(f"{method}: {x['error']}")
            return x["result"]
        events.append(x)
def wait_event(name, session):
    while True:
        for i, e in enumerate(events):
            if e.get("method") == name and e.get("sessionId") == session:
                del events[i]; return e
        events.append(recv())
tid = call("Target.createTarget", {"url": "about:blank"})["targetId"]
sid = call("Target.attachToTarget", {"targetId": tid, "flatten": True})["sessionId"]
call("Page.enable", session=sid)
for src, dst in zip(a[::2], a[1::2]):
    events.clear()
    call("Page.navigate", {"url": Path(src).resolve().as_uri()}, session=sid)
    wait_event("Page.loadEventFired", sid)
    res = call("Page.printToPDF", {"displayHeaderFooter": True, "printBackground": True, "paperWidth": 8.27, "paperHeight": 11.69,
                                   "marginTop": 0.6, "marginBottom": 0.6}, session=sid)
    Path(dst).write_bytes(base64.b64decode(res["data"]))
try:
    call("Browser.close")
except SystemExit:
    pass
p.wait(timeout=30)
