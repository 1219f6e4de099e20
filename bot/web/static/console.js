/*
 * Front Door call-handler console. Posts what the caller said to the triage API (the same decision the public
 * assistant makes) with the deployer's bearer token, which the handler types in and which is kept in
 * sessionStorage only. Everything is rendered with textContent; links are built with DOM APIs.
 */
(function () {
  "use strict";

  var TOKEN_KEY = "frontdoor-console-token";
  var $ = function (id) { return document.getElementById(id); };
  var current = null; // the last decision shown
  var lookups = 0;

  function token() {
    try { return window.sessionStorage.getItem(TOKEN_KEY) || ""; } catch (e) { return ""; }
  }
  function setToken(value) {
    try {
      if (value) window.sessionStorage.setItem(TOKEN_KEY, value); else window.sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) { /* storage off: the handler re-enters the token */ }
  }

  function showSignIn(message) {
    $("lookup-form").hidden = true;
    $("report-form").hidden = true;
    $("token-form").hidden = false;
    $("status").textContent = message || "";
    $("token").focus();
  }
  function showLookup() {
    $("token-form").hidden = true;
    $("lookup-form").hidden = false;
    $("report-form").hidden = false;
    $("words").focus();
  }

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function webLink(url) {
    if (!/^https?:\/\//i.test(url || "")) return document.createTextNode(url || "");
    return el("a", url, { href: url, target: "_blank", rel: "noopener noreferrer" });
  }
  function phoneLink(number) {
    return el("a", number, { href: "tel:" + number.replace(/[^\d+]/g, "") });
  }
  function percent(confidence) {
    return Math.round((Number(confidence) || 0) * 100) + "%";
  }

  function lookup() {
    var text = $("words").value.trim();
    if (!text) { $("status").textContent = "Type what the caller said first."; $("words").focus(); return; }
    if (!token()) { showSignIn("Enter the access token first."); return; }
    var body = { text: text, door: "console" };  // counted as the console in the demand figures
    var postcode = $("postcode").value.trim();
    if (postcode) body.postcode = postcode;
    $("status").textContent = "Looking up…";
    window.fetch("/api/triage", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + token() },
      body: JSON.stringify(body),
      credentials: "omit",
      cache: "no-store"
    }).then(function (response) {
      if (response.status === 401) {
        setToken("");
        $("result").hidden = true;
        $("safety").hidden = true;
        showSignIn("That token was refused. Enter the token you were given.");
        return null;
      }
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }).then(function (data) {
      if (data) render(data);
    }).catch(function () {
      $("status").textContent = "The lookup failed. Try again; if anyone is in danger, transfer to 999.";
    });
  }

  // A report filed with the council (Open311): its status, by reference.
  function checkReport() {
    var reference = $("reference").value.trim();
    var out = $("report-result");
    if (!reference) { out.textContent = "Type the report's reference first."; $("reference").focus(); return; }
    if (!token()) { showSignIn("Enter the access token first."); return; }
    out.textContent = "Checking…";
    window.fetch("/api/report", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + token() },
      body: JSON.stringify({ reference: reference }),
      credentials: "omit",
      cache: "no-store"
    }).then(function (response) {
      if (response.status === 401) { setToken(""); showSignIn("That token was refused. Enter the token you were given."); return null; }
      if (response.status === 400) { out.textContent = "That doesn't look like a report reference."; return null; }
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }).then(function (r) {
      if (!r) return;
      if (r.kind === "found") {
        out.textContent = "Report " + r.reference + " (" + (r.service_name || "report") + ") with " +
          (r.council || "the council") + ": " + (r.status || "unknown") + "." +
          (r.notes ? " Notes: " + r.notes : "") + (r.updated ? " Last updated " + r.updated + "." : "");
      } else if (r.kind === "not_found") {
        out.textContent = "No council I can check has report " + r.reference + ".";
      } else {
        out.textContent = "The council's system isn't answering; try again later.";
      }
    }).catch(function () {
      out.textContent = "The check failed. Try again.";
    });
  }

  function render(data) {
    current = data;
    lookups += 1;
    var safety = data.safety || [];
    $("safety").hidden = safety.length === 0;
    if (safety.length) {
      $("safety-title").textContent = "Safety: " + safety.join(", ").replace(/_/g, " ").toUpperCase();
      $("script").textContent = data.say || "";
    }

    var rows = $("services");
    rows.textContent = "";
    var best = { service_name: data.service_name || "No single service (" + data.route + ")", confidence: data.confidence };
    [best].concat((data.alternatives || []).slice(0, 2)).forEach(function (s, i) {
      var row = el("tr", "", { "class": i === 0 ? "best" : "alt" });
      row.appendChild(el("td", (i === 0 ? "" : "or: ") + s.service_name));
      row.appendChild(el("td", percent(s.confidence)));
      rows.appendChild(row);
    });
    $("clarify").hidden = !data.needs_clarification;

    var bodies = $("bodies");
    bodies.textContent = "";
    if (data.body) bodies.appendChild(contactBlock(data.body, true));
    (data.contacts || []).forEach(function (c) { bodies.appendChild(contactBlock(c, false)); });
    if (data.location && data.location.status && data.location.status !== "resolved") {
      bodies.appendChild(el("p", "Location: " + data.location.status.replace(/_/g, " ") + ".", { "class": "hint" }));
    }

    $("say").textContent = data.say || "";
    $("why").textContent = data.why || "";
    $("result").hidden = false;
    $("result").setAttribute("data-lookup", String(lookups));
    $("status").textContent = (safety.length ? "SAFETY: " + safety.join(", ") + ". " : "") +
      "Best service: " + best.service_name + ".";
    $("words").focus();
  }

  function contactBlock(c, isBody) {
    var block = el("div", "", { "class": isBody ? "contact body" : "contact" });
    block.appendChild(el("p", c.name + (isBody ? " (responsible body)" : ""), { "class": "body-name" }));
    var list = el("dl");
    var add = function (term, value) {
      if (!value) return;
      list.appendChild(el("dt", term));
      var dd = el("dd");
      dd.appendChild(typeof value === "string" ? document.createTextNode(value) : value);
      list.appendChild(dd);
    };
    add("Phone", c.phone ? phoneLink(c.phone) : null);
    add("Text", c.text || null);
    add("Web", c.url ? webLink(c.url) : null);
    add("Hours", c.hours || (c.phone ? "Not listed: check the web page" : null));
    add("Notes", c.notes || null);
    if (!list.children.length) add("Web", "No contact details listed");
    block.appendChild(list);
    return block;
  }

  function phoneToCopy() {
    if (!current) return "";
    if (current.body && current.body.phone) return current.body.phone;
    var withPhone = (current.contacts || []).filter(function (c) { return c.phone; })[0];
    return withPhone ? withPhone.phone : "";
  }

  function copy(text, what) {
    if (!text) { $("status").textContent = "No " + what + " to copy."; return; }
    var done = function () { $("status").textContent = "Copied the " + what + ": " + text; };
    var fallback = function () {
      var area = el("textarea");
      area.value = text;
      document.body.appendChild(area);
      area.select();
      try { document.execCommand("copy"); } catch (e) { /* shown below anyway */ }
      document.body.removeChild(area);
      $("words").focus();
      done();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("token-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var value = $("token").value.trim();
      $("token").value = "";
      if (!value) { $("status").textContent = "Enter the token."; return; }
      setToken(value);
      $("status").textContent = "";
      showLookup();
    });
    $("lookup-form").addEventListener("submit", function (event) { event.preventDefault(); lookup(); });
    $("report-form").addEventListener("submit", function (event) { event.preventDefault(); checkReport(); });
    $("words").addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); lookup(); }
    });
    $("postcode").addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); lookup(); }
    });
    $("sign-out").addEventListener("click", function () {
      setToken("");
      $("result").hidden = true;
      $("safety").hidden = true;
      showSignIn("Token forgotten.");
    });
    document.addEventListener("keydown", function (event) {
      if (!event.altKey || !event.shiftKey) return;
      if (event.code === "KeyP") { event.preventDefault(); copy(phoneToCopy(), "phone number"); }
      if (event.code === "KeyS") { event.preventDefault(); copy(current ? current.say : "", "script"); }
    });
    if (token()) showLookup(); else showSignIn("");
  });
})();
