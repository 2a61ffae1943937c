/* sb40 dashboard: sorting and filtering of tables.  Pages work without it. */
(function () {
  "use strict";
  function cellValue(td) {
    var v = td.getAttribute("data-v");
    if (v !== null && v !== "" && !isNaN(Number(v))) return Number(v);
    if (v === "") return null;
    return td.textContent.trim().toLowerCase();
  }
  function sortBy(table, col, th) {
    var body = table.tBodies[0];
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a.cells[col]), y = cellValue(b.cells[col]);
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      if (typeof x === "number" && typeof y === "number") return (x - y) * dir;
      return String(x).localeCompare(String(y)) * dir;
    });
    Array.prototype.forEach.call(th.parentNode.children, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    rows.forEach(function (r) { body.appendChild(r); });
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, i) {
      th.tabIndex = 0;
      th.addEventListener("click", function () { sortBy(table, i, th); });
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") sortBy(table, i, th); });
    });
  });
  document.querySelectorAll("input.filter").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-table"));
    if (!table) return;
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        r.hidden = q !== "" && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  });
})();
/* the innovation form (h_assess_innov.c): a criterion's name heads its
 * column of scores and its row and column of the pairwise grid as it is
 * typed (without script, after "add rows" or an error); choosing pairwise
 * comparisons opens the grid.  The form works without it. */
(function () {
  "use strict";
  var form = document.getElementById("innovform");
  if (!form) return;
  form.addEventListener("input", function (e) {
    var m = /^crit_(\d+)_name$/.exec(e.target.name || "");
    if (!m) return;
    var text = e.target.value.trim() || "#" + (Number(m[1]) + 1);
    form.querySelectorAll('[data-crit="' + m[1] + '"]').forEach(function (th) { th.textContent = text; });
  });
  form.addEventListener("change", function (e) {
    var grid = document.getElementById("f-g_pw");
    if (e.target.name === "weighting" && grid) grid.open = e.target.value === "pairwise";
  });
})();
