/* followthrough search: finds recommendations in the index written into the search page at build
   time (no request to any server, so it works from the file system too). No framework. Without
   JavaScript the page offers the dashboards instead; this script only adds the search form. */
(function () {
  "use strict";
  var LIMIT = 50;
  var app = document.getElementById("search-app");
  var source = document.getElementById("search-index");
  var script = document.currentScript;
  if (!app || !source || !window.JSON || !document.querySelector) { return; }
  var root = (script && script.getAttribute("data-root")) || "";
  var data;
  try { data = JSON.parse(source.textContent); } catch (e) { return; }
  // The theme's words in the page's language (search-words), with {names} to fill in.
  var said = {};
  try { said = JSON.parse(document.getElementById("search-words").textContent); } catch (e) { return; }
  var lang = document.documentElement.lang || "en";
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }
  function counted(forms, n) {
    var category = rules ? rules.select(n) : (n === 1 ? "one" : "other");
    return forms[category] || forms.other;
  }

  var form = app.querySelector("form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var summary = document.getElementById("search-summary");
  var list = document.getElementById("search-results");

  function fold(s) {
    s = String(s || "").toLowerCase();
    if (s.normalize) { s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }
    return s.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ");
  }

  // Words, for matching at the start of a word ("ic" finds "IC", not "services").
  function words(s) {
    return " " + fold(s).replace(/[\s,;:!?()"\u201c\u201d\[\]{}\/\\*_&+=<>|~^`\u2013\u2014\u00b7-]+/g, " ").replace(/(\.|')(\s|$)/g, " ") + " ";
  }

  // One entry per recommendation: [review, number, slug, title, text, [parties], theme, status, overdue].
  var recs = data.recs.map(function (r, i) {
    var review = data.reviews[r[0]];
    var st = data.statuses[r[7]] || ["", "", "not-started"];
    var who = r[5].map(function (p) { return data.parties[p]; }).join(", ");
    return {
      order: i,
      number: r[1],
      numberFolded: fold(r[1]),
      title: r[3],
      titleWords: words(r[3]),
      url: root + "reviews/" + review[0] + "/" + r[2] + "/index.html",
      reviewTitle: review[1],
      responsible: who,
      statusLabel: st[1],
      category: st[2],
      overdue: r[8] === 1,
      text: words([r[1], r[3], r[4], who, data.themes[r[6]], st[1], st[2].replace("-", " "), r[8] ? "overdue" : "", review[1]].join(" "))
    };
  });

  function search(query, filter) {
    var terms = words(query).trim().split(" ").filter(Boolean);
    var q = fold(query).trim().replace(/^(rec(ommendation)?|no\.?)\s*/, "");
    var out = [];
    recs.forEach(function (r) {
      if (filter === "overdue" ? !r.overdue : (filter && r.category !== filter)) { return; }
      var score = 0;
      if (q && r.numberFolded === q) { score = 100; }
      else {
        for (var i = 0; i < terms.length; i++) {
          if (r.text.indexOf(" " + terms[i]) < 0) { return; }
          if (r.titleWords.indexOf(" " + terms[i]) >= 0) { score += 2; }
        }
      }
      out.push({ r: r, score: score });
    });
    out.sort(function (a, b) { return b.score - a.score || a.r.order - b.r.order; });
    return out.map(function (x) { return x.r; });
  }

  function el(name, cls, text) {
    var e = document.createElement(name);
    if (cls) { e.className = cls; }
    if (text) { e.textContent = text; }
    return e;
  }

  function show(query, filter) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!fold(query).trim() && !filter) {
      summary.textContent = said.prompt;
      return;
    }
    var found = search(query, filter);
    var what = fold(query).trim() ? " " + fill(said["for"], { query: query.trim() }) : "";
    if (filter) { what += " " + fill(said.status, { status: status.options[status.selectedIndex].text.toLowerCase() }); }
    summary.textContent = found.length === 0
      ? fill(said.none, { what: what })
      : fill(counted(said.found, found.length), { count: found.length, what: what }) +
        (found.length > LIMIT ? " " + fill(said.more, { limit: LIMIT }) : "");
    found.slice(0, LIMIT).forEach(function (r) {
      var li = el("li", "search-result");
      var h = el("h2", "search-result-title");
      var a = el("a", null, fill(said.title, { number: r.number, title: r.title }));
      a.href = r.url;
      h.appendChild(a);
      li.appendChild(h);
      var p = el("p");
      p.appendChild(el("strong", "tag tag--" + r.category, r.statusLabel));
      if (r.overdue) { p.appendChild(document.createTextNode(" ")); p.appendChild(el("strong", "tag tag--overdue", said.overdue)); }
      li.appendChild(p);
      li.appendChild(el("p", "secondary", r.reviewTitle + (r.responsible ? " \u00b7 " + fill(said.responsible, { names: r.responsible }) : "")));
      list.appendChild(li);
    });
  }

  function remember(query, filter) {
    if (!window.history || !history.replaceState || !window.URLSearchParams) { return; }
    var params = new URLSearchParams();
    if (query) { params.set("q", query); }
    if (filter) { params.set("status", filter); }
    var s = params.toString();
    try { history.replaceState(null, "", s ? "?" + s : location.pathname); } catch (e) { /* file:// may refuse */ }
  }

  var timer = null;
  function run() {
    show(input.value, status.value);
    remember(input.value.trim(), status.value);
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  status.addEventListener("change", run);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });

  if (window.URLSearchParams) {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    var f = params.get("status") || "";
    for (var i = 0; i < status.options.length; i++) {
      if (status.options[i].value === f) { status.selectedIndex = i; }
    }
  }
  app.hidden = false;
  show(input.value, status.value);
})();
