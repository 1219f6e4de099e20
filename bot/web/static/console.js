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
  var asked = null; // the words and postcode of the last lookup: what a report for the caller is about
  var filing = null; // that report's words and postcode, while the handler fills it in

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
    asked = { text: text, postcode: postcode };
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
        $("filing").hidden = true;
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
    offerFiling(data);
    $("words").focus();
  }

  // Filing a report with the council on the caller's behalf (Open311): a preview to read back, then send.
  // Offered when the lookup named a council for a service with a postcode; the server says if it can be filed.
  function offerFiling(data) {
    filing = null;
    $("filing").hidden = true;
    $("file-form").hidden = true;
    $("file-summary").hidden = true;
    $("file-result").textContent = "";
    var body = data.body || {};
    if ((data.safety || []).length || data.needs_clarification || !data.service || !body.gss_code ||
        !asked || !asked.postcode) return;
    filing = { text: asked.text, postcode: asked.postcode };
    $("file-where").value = "";
    $("file-email").value = "";
    $("file-questions").textContent = "";
    fileStep(false);
  }

  function fileRequest(confirm) {
    var answers = {};
    Array.prototype.forEach.call($("file-questions").querySelectorAll("[data-code]"), function (field) {
      if (field.value) answers[field.getAttribute("data-code")] = field.value;
    });
    var request = { text: filing.text, postcode: filing.postcode, where: $("file-where").value.trim(), answers: answers };
    var email = $("file-email").value.trim();
    if (email) request.email = email;
    if (confirm) request.confirm = true;
    return request;
  }

  function fileStep(confirm) {
    if (!filing) return;
    if (!token()) { showSignIn("Enter the access token first."); return; }
    var out = $("file-result");
    out.textContent = confirm ? "Sending…" : "";
    $("file-send").disabled = true;  // one press sends once
    window.fetch("/api/file", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + token() },
      body: JSON.stringify(fileRequest(confirm)),
      credentials: "omit",
      cache: "no-store"
    }).then(function (response) {
      if (response.status === 401) { setToken(""); showSignIn("That token was refused. Enter the token you were given."); return null; }
      if (response.status === 400) {
        return response.json().then(function (r) { out.textContent = "Check the form: " + r.error + "."; $("file-send").disabled = false; return null; });
      }
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }).then(function (r) {
      if (r) showFiling(r);
    }).catch(function () {
      out.textContent = confirm ? "Sending failed and may not have reached the council: check the reference before sending again."
        : "Couldn't prepare the report. Try again.";
      $("file-send").disabled = false;
    });
  }

  function showFiling(r) {
    var out = $("file-result");
    if (r.kind === "safety") { $("filing").hidden = true; return; }
    if (r.kind === "not_fileable") {
      $("filing").hidden = false;
      $("file-form").hidden = true;
      $("file-summary").hidden = true;
      $("file-note").textContent = r.reason + (r.url ? " " + r.url : "");
      return;
    }
    if (r.kind !== "preview") { sentResult(r); return; }
    $("filing").hidden = false;
    $("file-form").hidden = false;
    $("file-note").textContent = r.to + " takes these reports online. Fill in what it needs, then read the summary back.";
    renderQuestions(r.questions);
    var dup = $("file-duplicate");
    dup.hidden = !r.duplicate;
    if (r.duplicate) {
      dup.textContent = "Already reported: " + (r.duplicate.service_name || "a report") + " nearby, reported on " +
        (r.duplicate.reported || "a recent day") + ", status " + (r.duplicate.status || "open") + " (reference " +
        r.duplicate.reference + "). Ask the caller if they still want to send theirs.";
    }
    var list = $("file-list");
    list.textContent = "";
    var add = function (term, value) { list.appendChild(el("dt", term)); list.appendChild(el("dd", value)); };
    add("To", r.to);
    add("Problem", r.service_name);
    add("Where", r.where);
    add("What the caller said", r.description);
    r.answers.forEach(function (a) { add(a.code.replace(/_/g, " "), a.answer); });
    add("Updates to", r.email || "None: no contact details are sent");
    $("file-summary").hidden = false;
    $("file-send").disabled = !r.ready;
    out.textContent = r.ready ? "Ready: read this back to the caller, then send." :
      "Still needed: " + r.missing.map(function (m) { return m.replace(/_/g, " "); }).join(", ") + ".";
  }

  function renderQuestions(questions) {
    var box = $("file-questions");
    var before = {};
    Array.prototype.forEach.call(box.querySelectorAll("[data-code]"), function (f) { before[f.getAttribute("data-code")] = f.value; });
    box.textContent = "";
    questions.forEach(function (q, i) {
      var id = "file-q-" + i;
      box.appendChild(el("label", q.text, { "for": id }));
      var field;
      if (q.options.length) {
        field = el("select", "", { id: id, "data-code": q.code });
        field.appendChild(el("option", "Choose…", { value: "" }));
        q.options.forEach(function (o) { field.appendChild(el("option", o.name, { value: o.key })); });
      } else {
        field = el("input", "", { id: id, type: "text", "data-code": q.code, autocomplete: "off" });
      }
      field.value = q.answer || before[q.code] || "";
      box.appendChild(field);
    });
  }

  function sentResult(r) {
    $("file-form").hidden = true;
    $("file-summary").hidden = true;
    var out = $("file-result");
    var text = {
      sent: "Sent to " + r.to + ". Reference " + r.reference + ". " + (r.notice || ""),
      pending: "Sent to " + r.to + ". No reference yet: they will deal with it as usual. " + (r.notice || ""),
      unconfirmed: "Sent to " + r.to + " but not confirmed, so not sent again. Check with them before reporting again: " + (r.url || ""),
      refused: r.to + " didn't accept it: " + (r.reason || "no reason given") + ". Their page: " + (r.url || ""),
      unavailable: "Not sent: " + (r.reason || "the council isn't answering") + ". Their page: " + (r.url || "")
    }[r.kind] || "Not sent.";
    out.textContent = text.trim();
    filing = null;
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
    $("file-form").addEventListener("submit", function (event) { event.preventDefault(); fileStep(false); });
    $("file-send").addEventListener("click", function () { fileStep(true); });
    // What is sent is what was read back: any change needs a fresh summary first.
    ["input", "change"].forEach(function (type) {
      $("file-form").addEventListener(type, function () {
        if ($("file-summary").hidden) return;
        $("file-send").disabled = true;
        $("file-result").textContent = "Changed: show what will be sent again before sending.";
      });
    });
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
      $("filing").hidden = true;
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
