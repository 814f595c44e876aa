// Keyboard shortcuts of the review pages. Every element with a data-key
// attribute answers to that key: a radio button is checked, a field is
// focused, anything else is clicked. In the queue, j/k move the selection
// and Enter opens the selected case. Nothing here talks to the server.
(function () {
  "use strict";
  function typing(el) {
    return el && (el.tagName === "INPUT" && el.type !== "radio" && el.type !== "checkbox" ||
      el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-href]"));
  var sel = -1;
  function select(i) {
    if (!rows.length) return;
    if (sel >= 0) rows[sel].classList.remove("selected");
    sel = Math.max(0, Math.min(rows.length - 1, i));
    rows[sel].classList.add("selected");
    rows[sel].scrollIntoView({ block: "nearest" });
  }
  rows.forEach(function (row, i) {
    row.addEventListener("click", function (ev) {
      if (ev.target.tagName !== "A") window.location = row.getAttribute("data-href");
    });
  });
  if (rows.length) select(0);
  document.addEventListener("keydown", function (ev) {
    var help = document.getElementById("help");
    if (ev.key === "Escape") {
      if (help && help.open) help.close();
      if (typing(document.activeElement)) document.activeElement.blur();
      return;
    }
    if (typing(ev.target)) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey) && ev.target.form) {
        ev.preventDefault();
        var save = ev.target.form.querySelector("#save");
        if (save) save.click(); else ev.target.form.submit();
      }
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "?") { if (help) help.showModal(); ev.preventDefault(); return; }
    if (rows.length) {
      if (ev.key === "j" || ev.key === "ArrowDown") { select(sel + 1); ev.preventDefault(); return; }
      if (ev.key === "k" || ev.key === "ArrowUp") { select(sel - 1); ev.preventDefault(); return; }
      if (ev.key === "Enter" && sel >= 0) { window.location = rows[sel].getAttribute("data-href"); return; }
    }
    var el = document.querySelector('[data-key="' + (ev.key === '"' ? "" : ev.key) + '"]');
    if (!el) return;
    ev.preventDefault();
    if (el.type === "radio" || el.type === "checkbox") { el.checked = true; el.focus(); }
    else if (typing(el)) el.focus();
    else el.click();
  });
})();
