#!/usr/bin/env python3
"""Prints many HTML files to PDF with one headless Chromium, driven over --remote-debugging-pipe.
Reads [[source.html, target.pdf], ...] as JSON on stdin. Page.printToPDF with displayHeaderFooter gives
Chromium's own print stamp (date and time, title, URL, page x/y), as --print-to-pdf does."""
import base64, json, os, subprocess, sys, tempfile


def main():
    jobs = json.load(sys.stdin)
    cmd_r, cmd_w = os.pipe()
    res_r, res_w = os.pipe()

    def pre():
        a, b = os.dup(cmd_r), os.dup(res_w)  # fresh numbers above 4, so dup2 below never maps a fd onto itself
        a, b = os.dup2(a, 3), os.dup2(b, 4)
        os.set_inheritable(3, True)
        os.set_inheritable(4, True)
    prof = tempfile.mkdtemp(prefix="chr-", dir=os.environ.get("HOME"))
    p = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
                          "--no-first-run", f"--user-data-dir={prof}", "about:blank"],
                         preexec_fn=pre, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(cmd_r)
    os.close(res_w)
    w = os.fdopen(cmd_w, "wb", buffering=0)
    rd = os.fdopen(res_r, "rb", buffering=0)
    buf = b""
    nid = [0]

    def send(method, params=None, session=None):
        nid[0] += 1
        m = {"id": nid[0], "method": method, "params": params or {}}
        if session:
            m["sessionId"] = session
        w.write(json.dumps(m).encode() + b"\0")
        return nid[0]

    def recv():
        nonlocal buf
        while b"\0" not in buf:
            chunk = rd.read(1 << 16)
            if not chunk:
                raise SystemExit("chromium closed the pipe")
            buf += chunk
        msg, buf = buf.split(b"\0", 1)
        return json.loads(msg)

    def call(method, params=None, session=None):
        i = send(method, params, session)
        while True:
            m = recv()
            if m.get("id") == i:
                if "error" in m:
                    raise SystemExit(f"{method}: {m['error']}")
                return m["result"]

    tid = call("Target.createTarget", {"url": "about:blank"})["targetId"]
    sid = call("Target.attachToTarget", {"targetId": tid, "flatten": True})["sessionId"]
    call("Page.enable", session=sid)
    for src, dst in jobs:
        i = send("Page.navigate", {"url": "file://" + os.path.abspath(src)}, sid)
        got_nav = got_load = False
        while not (got_nav and got_load):
            m = recv()
            if m.get("id") == i:
                got_nav = True
            elif m.get("method") == "Page.loadEventFired":
                got_load = True
        pdf = call("Page.printToPDF", {"displayHeaderFooter": True, "paperWidth": 8.27, "paperHeight": 11.69,
                                       "marginTop": 0.4, "marginBottom": 0.4, "marginLeft": 0.4, "marginRight": 0.4}, sid)
        with open(dst, "wb") as f:
            f.write(base64.b64decode(pdf["data"]))
    try:
        call("Browser.close")
    except SystemExit:
        pass
    p.wait(timeout=30)


if __name__ == "__main__":
    main()
