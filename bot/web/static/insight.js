/*
 * Front Door demand insight. Asks GET /api/insight with the deployer's bearer token (typed in, kept in
 * sessionStorage only) and draws each measure as an SVG chart built with DOM APIs, followed by a table with
 * the same numbers. The numbers arrive already suppressed: a count below 10 has value null and text "<10",
 * and is drawn as a gap or a blank tile, never as a guess. Refreshes every few seconds (pausable).
 * Everything is rendered with textContent and setAttribute; no HTML is built from strings.
 */
(function () {
  "use strict";

  var TOKEN_KEY = "frontdoor-insight-token";
  var NS = "http://www.w3.org/2000/svg";
  // Okabe and Ito's palette (as the monthly report), its light colours darkened so every line and bar has at
  // least 3:1 contrast on white; dash patterns tell the lines apart without colour.
  var PALETTE = ["#0072B2", "#D55E00", "#007A5A", "#AA3377", "#8F6A00", "#5D3A9B", "#000000", "#6B6B6B"];
  var DASHES = ["", "8 4", "2 3", "10 3 2 3", "4 4", "12 4", "1 4", "6 2"];
  // Viridis, light to dark: ordered in lightness, so it reads without colour too.
  var HEAT = ["#fde725", "#7ad151", "#22a884", "#2a788e", "#414487"];
  var HEAT_TEXT = ["#0b0c0c", "#0b0c0c", "#0b0c0c", "#ffffff", "#ffffff"];
  var INK = "#0b0c0c";
  var GREY = "#505a5f";
  var $ = function (id) { return document.getElementById(id); };

  var lastText = "";
  var timer = null;
  var paused = false;
  var loading = false;
  var again = false; // asked to load while a load was running: load once more with the new choice
  var announce = false; // say what is shown after a load someone asked for (not after automatic updates)
  var refreshSeconds = 5;

  // --- token --------------------------------------------------------------------------------------------------

  function token() {
    try { return window.sessionStorage.getItem(TOKEN_KEY) || ""; } catch (e) { return ""; }
  }
  function setToken(value) {
    try {
      if (value) window.sessionStorage.setItem(TOKEN_KEY, value); else window.sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) { /* storage off: the token is typed again */ }
  }

  function showSignIn(message) {
    stop();
    lastText = "";
    $("controls").hidden = true;
    $("dashboard").hidden = true;
    $("synthetic").hidden = true;
    $("updated").textContent = "";
    $("token-form").hidden = false;
    $("status").textContent = message || "";
    $("token").focus();
  }
  function showControls() {
    $("token-form").hidden = true;
    $("controls").hidden = false;
  }

  // --- loading ------------------------------------------------------------------------------------------------

  function query() {
    var params = [];
    var month = $("month").value.trim();
    if (month) params.push("month=" + encodeURIComponent(month));
    else params.push("days=" + encodeURIComponent($("days").value));
    if ($("use-synthetic").checked) params.push("synthetic=1");
    return "/api/insight?" + params.join("&");
  }

  function stop() {
    if (timer !== null) { window.clearTimeout(timer); timer = null; }
  }
  function schedule() {
    stop();
    if (!paused && token()) timer = window.setTimeout(load, refreshSeconds * 1000);
  }

  function load() {
    if (!token()) { showSignIn("Enter the access token first."); return; }
    if (loading) { again = true; return; }
    loading = true;
    stop();
    var failed = function (message) {
      $("status").textContent = message;
    };
    window.fetch(query(), {
      headers: { Authorization: "Bearer " + token() },
      credentials: "omit",
      cache: "no-store"
    }).then(function (response) {
      if (response.status === 401) {
        setToken("");
        showSignIn("That token was refused. Enter the token you were given.");
        return null;
      }
      return response.text().then(function (text) {
        if (!response.ok) {
          var error = "";
          try { error = JSON.parse(text).error || ""; } catch (e) { /* not JSON */ }
          failed("The figures could not be loaded: " + (error || "HTTP " + response.status) + ".");
          return null;
        }
        return text;
      });
    }).then(function (text) {
      if (text === null || text === undefined) return;
      if (text !== lastText) {
        render(JSON.parse(text));
        lastText = text;
      }
      if (announce) {
        $("status").textContent = "Showing " + JSON.parse(lastText).period.label + ".";
        announce = false;
      } else if (/^The figures could not be loaded/.test($("status").textContent)) {
        $("status").textContent = "";
      }
      stamp();
    }).catch(function () {
      failed("The figures could not be loaded. Trying again shortly.");
    }).then(function () {
      loading = false;
      if (again) { again = false; load(); } else schedule();
    });
  }

  function stamp() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    $("updated").textContent = "Last updated " + pad(now.getHours()) + ":" + pad(now.getMinutes()) + ":" +
      pad(now.getSeconds()) + (paused ? "; updates paused." : "; updates every " + refreshSeconds + " seconds.");
  }

  // --- DOM helpers ----------------------------------------------------------------------------------------------

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null && text !== "") node.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function svgEl(tag, attrs, text) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function replace(id, node) {
    var box = $(id);
    box.textContent = "";
    box.appendChild(node);
  }

  var synthetic = false;
  function named(label) { return synthetic ? "SYNTHETIC DATA. " + label : label; }

  function chart(width, height, label) {
    var svg = svgEl("svg", {
      viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": named(label), focusable: "false",
      "font-family": "Arial, Helvetica, sans-serif", "font-size": 13, fill: INK
    });
    svg.appendChild(svgEl("title", {}, named(label)));
    return svg;
  }

  function table(caption, headers, rows, numeric) {
    var t = el("table");
    t.appendChild(el("caption", named(caption)));
    var head = el("thead");
    var tr = el("tr");
    headers.forEach(function (h, i) {
      tr.appendChild(el("th", h, { scope: "col", "class": i > 0 && numeric ? "num" : "" }));
    });
    head.appendChild(tr);
    t.appendChild(head);
    var body = el("tbody");
    rows.forEach(function (row) {
      var r = el("tr", "", row.key ? { "data-key": row.key } : {});
      row.cells.forEach(function (c, i) {
        if (i === 0) r.appendChild(el("th", c, { scope: "row" }));
        else r.appendChild(el("td", c, { "class": numeric ? "num" : "" }));
      });
      body.appendChild(r);
    });
    t.appendChild(body);
    return t;
  }

  function short(text, n) { return text.length > n ? text.slice(0, n - 1) + "…" : text; }
  function niceMax(value) {
    var steps = [10, 20, 25, 40, 50, 100];
    var scale = 1;
    while (true) {
      for (var i = 0; i < steps.length; i++) if (steps[i] * scale >= value) return steps[i] * scale;
      scale *= 10;
    }
  }
  function percent(value) { return (Math.round(value * 1000) / 10) + "%"; }

  // --- charts -------------------------------------------------------------------------------------------------

  // Contacts per day, one line per route; days below 10 are gaps over a shaded "under 10" band.
  function lineChart(days, series, label) {
    var W = 860, H = 340, L = 52, R = 190, T = 16, B = 52;
    var svg = chart(W, H, label);
    var pw = W - L - R, ph = H - T - B;
    var top = 0;
    series.forEach(function (s) { s.counts.forEach(function (c) { if (c.value !== null) top = Math.max(top, c.value); }); });
    var ymax = niceMax(Math.max(top, 10));
    var x = function (i) { return L + (days.length === 1 ? pw / 2 : i * pw / (days.length - 1)); };
    var y = function (v) { return T + ph - v / ymax * ph; };
    svg.appendChild(svgEl("rect", { x: L, y: y(10), width: pw, height: y(0) - y(10), fill: "#e8e8e8" }));
    svg.appendChild(svgEl("text", { x: L + 6, y: y(0) - 5, "font-size": 12, fill: INK }, "Under 10: not shown"));
    for (var k = 0; k <= 4; k++) {
      var v = ymax * k / 4;
      svg.appendChild(svgEl("line", { x1: L, x2: L + pw, y1: y(v), y2: y(v), stroke: "#b1b4b6", "stroke-width": 1 }));
      svg.appendChild(svgEl("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end" }, v));
    }
    var step = Math.max(1, Math.ceil(days.length / 8));
    days.forEach(function (day, i) {
      if (i % step !== 0) return;
      svg.appendChild(svgEl("text", { x: x(i), y: T + ph + 18, "text-anchor": "middle", "font-size": 12 }, day.slice(5)));
    });
    svg.appendChild(svgEl("text", { x: L + pw / 2, y: H - 8, "text-anchor": "middle" }, "Day (UTC, month-day)"));
    svg.appendChild(svgEl("text", { x: 14, y: T + ph / 2, "text-anchor": "middle",
      transform: "rotate(-90 14 " + (T + ph / 2) + ")" }, "Contacts"));
    series.forEach(function (s, n) {
      var colour = PALETTE[n % PALETTE.length];
      var d = "";
      var pen = false;
      s.counts.forEach(function (c, i) {
        if (c.value === null) { pen = false; return; }
        d += (pen ? " L" : " M") + x(i).toFixed(1) + " " + y(c.value).toFixed(1);
        pen = true;
        svg.appendChild(svgEl("circle", { cx: x(i), cy: y(c.value), r: 3.5, fill: colour }));
      });
      if (d) {
        var attrs = { d: d.trim(), fill: "none", stroke: colour, "stroke-width": 2.5 };
        if (DASHES[n % DASHES.length]) attrs["stroke-dasharray"] = DASHES[n % DASHES.length];
        svg.appendChild(svgEl("path", attrs));
      }
      var ly = T + 10 + n * 22;
      var sample = { x1: W - R + 16, x2: W - R + 52, y1: ly, y2: ly, stroke: colour, "stroke-width": 3 };
      if (DASHES[n % DASHES.length]) sample["stroke-dasharray"] = DASHES[n % DASHES.length];
      svg.appendChild(svgEl("line", sample));
      svg.appendChild(svgEl("text", { x: W - R + 60, y: ly + 4 }, short(s.name, 20)));
    });
    if (!series.length) {
      svg.appendChild(svgEl("text", { x: L + pw / 2, y: T + ph / 2, "text-anchor": "middle" }, "No contacts in this period."));
    }
    return svg;
  }

  // Horizontal bars: items are {name, value (null: suppressed or withheld), text}.
  function barChart(items, label, max, colour) {
    var row = 32, W = 860, L = 300, R = 190, T = 8;
    var H = T + Math.max(items.length, 1) * row + 10;
    var svg = chart(W, H, label);
    var pw = W - L - R;
    items.forEach(function (item, i) {
      var cy = T + i * row + row / 2;
      svg.appendChild(svgEl("text", { x: L - 10, y: cy + 5, "text-anchor": "end" }, short(item.name, 40)));
      var width = item.value === null ? 0 : Math.max(1, item.value / max * pw);
      if (width) svg.appendChild(svgEl("rect", { x: L, y: cy - 11, width: width, height: 22, fill: colour }));
      svg.appendChild(svgEl("text", { x: L + width + 8, y: cy + 5, fill: item.value === null ? GREY : INK },
        item.text));
    });
    svg.appendChild(svgEl("line", { x1: L, x2: L, y1: T, y2: H - 10, stroke: INK, "stroke-width": 1 }));
    if (!items.length) svg.appendChild(svgEl("text", { x: L + 8, y: T + row / 2 + 5 }, "No contacts in this period."));
    return svg;
  }

  // Postcode districts as tiles in postcode order, coloured by count (or harm) in up to five bands.
  function heatMap(districts, label) {
    var harm = districts.measure === "harm";
    var valueOf = function (row) { return harm ? row.harm : row.contacts.value; };
    var shown = districts.rows.map(valueOf).filter(function (v) { return v !== null; });
    var lo = shown.length ? Math.min.apply(null, shown) : 0;
    var hi = shown.length ? Math.max.apply(null, shown) : 0;
    if (!harm) lo = Math.max(lo, 10);
    var bands = [];
    var count = !shown.length ? 0 : harm ? (hi > lo ? 5 : 1) : Math.min(5, hi - lo + 1);
    for (var b = 0; b < count; b++) {
      var from = lo + (hi - lo + (harm ? 0 : 1)) * b / count;
      var to = lo + (hi - lo + (harm ? 0 : 1)) * (b + 1) / count;
      bands.push({
        from: harm ? from : Math.ceil(from),
        to: harm ? to : Math.ceil(to) - 1,
        colour: count === 1 ? HEAT[4] : HEAT[Math.round(b * 4 / (count - 1))],
        text: count === 1 ? HEAT_TEXT[4] : HEAT_TEXT[Math.round(b * 4 / (count - 1))]
      });
    }
    var band = function (v) {
      for (var i = bands.length - 1; i >= 0; i--) if (v >= bands[i].from) return bands[i];
      return bands[0];
    };
    var fmt = function (v) { return harm ? v.toFixed(1) : String(v); };

    var PER_ROW = 9, TW = 88, TH = 54, GAP = 6, L = 4, T = 8;
    var lines = [];
    for (var i = 0; i < districts.rows.length; i += PER_ROW) lines.push(districts.rows.slice(i, i + PER_ROW));
    var W = 860;
    var legendY = T + Math.max(lines.length, 1) * (TH + GAP) + 20;
    var H = legendY + 20;
    var svg = chart(W, H, label);
    lines.forEach(function (line, r) {
      var ty = T + r * (TH + GAP);
      line.forEach(function (row, c) {
        var tx = L + c * (TW + GAP);
        var v = valueOf(row);
        var fill = "#ffffff", ink = INK, dash = "4 3", text = row.contacts.text;
        if (v !== null) {
          var hit = band(v);
          fill = hit.colour; ink = hit.text; dash = ""; text = fmt(v);
        } else if (harm) {
          fill = "#dddddd"; text = "no figure";
        }
        var rect = { x: tx, y: ty, width: TW, height: TH, fill: fill, stroke: GREY, "stroke-width": 1.5 };
        if (dash) rect["stroke-dasharray"] = dash;
        svg.appendChild(svgEl("rect", rect));
        svg.appendChild(svgEl("text", { x: tx + TW / 2, y: ty + 22, "text-anchor": "middle", "font-weight": "bold",
          fill: ink }, row.district));
        svg.appendChild(svgEl("text", { x: tx + TW / 2, y: ty + 42, "text-anchor": "middle", fill: ink }, text));
      });
    });
    if (!lines.length) {
      svg.appendChild(svgEl("text", { x: L + 4, y: T + TH / 2 + 5 }, "No contacts with a postcode in this period."));
    }
    // Legend: "<10" first, then each band's range.
    svg.appendChild(svgEl("text", { x: 4, y: legendY + 4, "font-weight": "bold" },
      harm ? "Harm (" + districts.unit + "):" : "Contacts:"));
    var lx = 110;
    var key = [{ label: harm ? "no figure" : "<10", colour: harm ? "#dddddd" : "#ffffff", dash: !harm }];
    bands.forEach(function (b) {
      var range = harm ? fmt(b.from) + "–" + fmt(b.to) : (b.from === b.to ? String(b.from) : b.from + "–" + b.to);
      key.push({ label: range, colour: b.colour, dash: false });
    });
    key.forEach(function (k) {
      var sw = { x: lx, y: legendY - 10, width: 28, height: 20, fill: k.colour, stroke: GREY, "stroke-width": 1.5 };
      if (k.dash) sw["stroke-dasharray"] = "4 3";
      svg.appendChild(svgEl("rect", sw));
      svg.appendChild(svgEl("text", { x: lx + 34, y: legendY + 5 }, k.label));
      lx += 34 + Math.max(60, k.label.length * 8 + 16);
    });
    return svg;
  }

  // --- the page -----------------------------------------------------------------------------------------------

  function render(data) {
    synthetic = !!data.synthetic;
    refreshSeconds = data.refresh_seconds || 5;
    $("synthetic").hidden = !synthetic;
    $("synthetic").textContent = synthetic ? data.synthetic_note : "";
    var period = data.period;
    $("period-label").textContent = period.label + " (UTC days)";

    var glance = $("glance");
    glance.textContent = "";
    var fact = function (name, value) {
      var box = el("div");
      box.appendChild(el("dt", name));
      box.appendChild(el("dd", value));
      glance.appendChild(box);
    };
    var shareBy = {};
    data.shares.forEach(function (s) { shareBy[s.key] = s; });
    fact("Contacts", data.contacts.text);
    fact("Kept off the police", shareBy.kept_off_police.text);
    fact("Mental-health crisis", shareBy.crisis.text);
    fact('"Did this help?": yes', data.feedback.helpful.text);

    // Demand over time.
    var routes = data.demand.map(function (s) { return s.name; }).join(", ");
    replace("chart-demand", lineChart(period.days, data.demand,
      "Line chart: contacts per day by route, " + period.label + (routes ? ". Routes: " + routes : ". No contacts") +
      ". Days with fewer than 10 contacts are gaps; the table has every number."));
    $("cap-demand").textContent = "Contacts per day by route, " + period.label +
      '. Days with fewer than 10 contacts are gaps ("<10" in the table).';
    replace("table-demand", table("Contacts per day by route, " + period.label,
      ["Day"].concat(data.demand.map(function (s) { return s.name; })),
      period.days.map(function (day, i) {
        return { key: day, cells: [day].concat(data.demand.map(function (s) { return s.counts[i].text; })) };
      }), true));

    // Top services.
    var services = data.services.map(function (s) { return { name: s.name, value: s.count.value, text: s.count.text }; });
    var most = Math.max.apply(null, [10].concat(services.map(function (s) { return s.value || 0; })));
    replace("chart-services", barChart(services, "Bar chart: the " + services.length +
      " services with most contacts, " + period.label + ". Services with fewer than 10 show no bar.", niceMax(most),
      PALETTE[0]));
    $("cap-services").textContent = "The services with most contacts (at most 10), " + period.label +
      ". Contacts that ended with no single service are in the shares below.";
    replace("table-services", table("Contacts by service, " + period.label, ["Service", "Contacts"],
      data.services.map(function (s) { return { key: s.key, cells: [s.name, s.count.text] }; }), true));

    // Shares.
    var shares = data.shares.map(function (s) {
      return { name: s.name, value: s.value === null ? null : s.value * 100,
        text: s.value === null ? "withheld (<10)" : s.text + " (" + s.numerator.text + " of " + s.denominator.text + ")" };
    });
    var biggest = Math.max.apply(null, [10].concat(shares.map(function (s) { return s.value || 0; })));
    replace("chart-shares", barChart(shares, "Bar chart: shares of all contacts in per cent: " +
      data.shares.map(function (s) { return s.name + " " + s.text; }).join("; ") + ".", Math.min(100, niceMax(biggest)),
      PALETTE[2]));
    replace("table-shares", table("Shares of all contacts, " + period.label,
      ["Share", "Contacts", "Of all contacts", "Per cent"],
      data.shares.map(function (s) {
        return { key: s.key, cells: [s.name, s.numerator.text, s.denominator.text, s.value === null ? s.text : percent(s.value)] };
      }), true));

    // Feedback.
    var fb = data.feedback;
    var answers = [
      { name: "Yes", value: fb.yes.value, text: fb.yes.text },
      { name: "No", value: fb.no.value, text: fb.no.text }
    ];
    var tallest = Math.max(10, fb.yes.value || 0, fb.no.value || 0);
    replace("chart-feedback", barChart(answers, 'Bar chart: "Did this help?" answers: yes ' + fb.yes.text +
      ", no " + fb.no.text + ". Yes, of all answers: " + fb.helpful.text + ".", niceMax(tallest), PALETTE[0]));
    $("cap-feedback").textContent = "Yes, of all answers: " + fb.helpful.text + ". Contacts that answered: " +
      fb.answered.text + ".";
    replace("table-feedback", table('"Did this help?", ' + period.label, ["Answer", "Value"], [
      { key: "yes", cells: ["Yes", fb.yes.text] },
      { key: "no", cells: ["No", fb.no.text] },
      { key: "helpful", cells: ["Yes, of all answers", fb.helpful.text] },
      { key: "answered", cells: ["Contacts that answered", fb.answered.text] }
    ], true));

    // Doors.
    var doors = data.doors.map(function (d) { return { name: d.name, value: d.count.value, text: d.count.text }; });
    var busiest = Math.max.apply(null, [10].concat(doors.map(function (d) { return d.value || 0; })));
    replace("chart-doors", barChart(doors, "Bar chart: contacts by door, " + period.label + ": " +
      data.doors.map(function (d) { return d.name + " " + d.count.text; }).join("; ") + ".", niceMax(busiest), PALETTE[5]));
    replace("table-doors", table("Contacts by door, " + period.label, ["Door", "Contacts"],
      data.doors.map(function (d) { return { key: d.key, cells: [d.name, d.count.text] }; }), true));

    // Districts.
    var dist = data.districts;
    $("harm-note").textContent = dist.note;
    replace("chart-districts", heatMap(dist, "Heat map: " +
      (dist.measure === "harm" ? "harm (" + dist.unit + ")" : "contacts") + " by postcode district, " + period.label +
      ": " + (dist.rows.length ? dist.rows.map(function (r) {
        return r.district + " " + (dist.measure === "harm" ? (r.harm === null ? "no figure" : r.harm) : r.contacts.text);
      }).join("; ") : "no districts") + ". Harm weighting is " + (dist.weighted ? "on." : "off: these are counts.")));
    var headers = ["Postcode district", "Contacts"];
    if (dist.weighted) headers = headers.concat(["Police contacts", "Of which weighted", "Harm (" + dist.unit + ")"]);
    replace("table-districts", table("Contacts by postcode district, " + period.label, headers,
      dist.rows.map(function (r) {
        var cells = [r.district, r.contacts.text];
        if (dist.weighted) {
          cells = cells.concat([r.police ? r.police.text : "<10", r.weighted ? r.weighted.text : "<10",
            r.harm === null ? "not weighted" : r.harm.toFixed(1)]);
        }
        return { key: r.district, cells: cells };
      }), true));

    $("dashboard").hidden = false;
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("token-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var value = $("token").value.trim();
      $("token").value = "";
      if (!value) { $("status").textContent = "Enter the token."; return; }
      setToken(value);
      $("status").textContent = "Loading the figures…";
      announce = true;
      showControls();
      $("days").focus();
      load();
    });
    $("controls").addEventListener("submit", function (event) {
      event.preventDefault();
      var month = $("month").value.trim();
      if (month && !/^\d{4}-\d{2}$/.test(month)) {
        $("status").textContent = "Type the month as YYYY-MM (for example 2026-11), or leave it empty.";
        $("month").focus();
        return;
      }
      $("status").textContent = "Loading the figures…";
      announce = true;
      load();
    });
    $("days").addEventListener("change", function () {
      $("month").value = "";
      announce = true;
      load();
    });
    $("use-synthetic").addEventListener("change", function () { announce = true; load(); });
    $("pause").addEventListener("click", function () {
      paused = !paused;
      $("pause").setAttribute("aria-pressed", paused ? "true" : "false");
      $("status").textContent = paused ? "Updates paused." : "Updates resumed.";
      if (paused) stop(); else load();
      if ($("updated").textContent) stamp();
    });
    $("sign-out").addEventListener("click", function () {
      setToken("");
      showSignIn("Token forgotten.");
    });
    if (token()) { showControls(); announce = true; load(); } else showSignIn("");
  });
})();
