// The document page: activating a highlight (click, Enter or Space) shows what the
// fact is in the side panel; links to evidence flash the highlight they point to.
(function () {
  "use strict";
  var panel = document.getElementById("fact-panel");
  var body = document.getElementById("fact-panel-body");
  if (!panel || !body) { return; }
  function show(ids, mark) {
    body.innerHTML = "";
    ids.forEach(function (id) {
      var d = document.getElementById("detail-" + id);
      if (d) { body.appendChild(d.cloneNode(true)); }
    });
    panel.hidden = false;
    document.querySelectorAll("mark.fact.active").forEach(function (m) { m.classList.remove("active"); });
    if (mark) { mark.classList.add("active"); }
  }
  document.addEventListener("click", function (ev) {
    var mark = ev.target.closest ? ev.target.closest("mark.fact[data-facts]") : null;
    if (mark) { show(mark.getAttribute("data-facts").split(" "), mark); return; }
    var link = ev.target.closest ? ev.target.closest("a[data-fact]") : null;
    if (link) {
      var id = link.getAttribute("data-fact");
      var anchor = document.getElementById("at-" + id);
      var first = anchor ? anchor.nextElementSibling : null;
      show([id], first && first.matches("mark.fact") ? first : null);
    }
  });
  document.addEventListener("keydown", function (ev) {
    var mark = ev.target.closest ? ev.target.closest("mark.fact[data-facts]") : null;
    if (mark && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      show(mark.getAttribute("data-facts").split(" "), mark);
    }
  });
})();
