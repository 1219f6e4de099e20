/*
 * Front Door chat widget. Add it to any page with one tag:
 *   <script src="https://ASSISTANT/frontdoor/widget.js" defer
 *           data-server="https://ASSISTANT" data-council="Anytown Borough Council"
 *           data-colour="#1d4f91" data-greeting="Hello. Tell me what's wrong."></script>
 * Talks to Rasa over socket.io (the vendored client), falling back to the REST webhook when socket.io can't
 * connect. Every message is put on the page with textContent / DOM nodes, never as HTML. Links and phone
 * numbers in answers are built with DOM APIs. The conversation (session id and transcript) lives in
 * sessionStorage, so a reload in the same tab keeps it and closing the tab forgets it.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.frontDoorWidget) return;

  var DEFAULT_COLOUR = "#1d4f91";
  var DEFAULT_GREETING =
    "Hello. Tell me in your own words what the problem is and I'll tell you which service can help and how to contact them.";
  var OFFLINE_TEXT =
    "Sorry, I can't reach Front Door at the moment. Please try again. If anyone is in danger, call 999 now.";
  var CONNECT_TIMEOUT_MS = 5000;

  // Links, e-mail addresses and UK phone numbers (full numbers, 116 xxx and the short codes in the catalogue).
  var RICH =
    /(https?:\/\/[^\s<>"']+)|([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})|((?:\+44 ?|\b0)\d{2,4}(?: ?\d){4,8}\b|\b116 ?\d{3}\b|\b(?:999|111|101|105|119|159|85258|7726)\b)/g;

  var config = readConfig(script);
  var keys = {
    session: "frontdoor:" + config.server + ":session",
    transcript: "frontdoor:" + config.server + ":transcript",
    open: "frontdoor:" + config.server + ":open"
  };
  var state = {
    sessionId: load(keys.session) || newSessionId(),
    transcript: parseJson(load(keys.transcript)) || [],
    mode: "idle", // idle -> connecting -> socket | rest
    socket: null,
    queue: []
  };
  save(keys.session, state.sessionId);

  var ui = build();
  window.frontDoorWidget = { open: openPanel, close: closePanel, mode: function () { return state.mode; } };
  replay();
  if (load(keys.open) === "1") openPanel(false);

  // ------------------------------------------------------------------ settings

  function readConfig(tag) {
    var src = new URL(tag.src, document.baseURI);
    var server = (tag.getAttribute("data-server") || src.origin).replace(/\/+$/, "");
    var colour = tag.getAttribute("data-colour") || "";
    return {
      server: server,
      council: (tag.getAttribute("data-council") || "").trim(),
      colour: /^#[0-9a-fA-F]{6}$/.test(colour) && contrastWithWhite(colour) >= 4.5 ? colour : DEFAULT_COLOUR,
      greeting: (tag.getAttribute("data-greeting") || "").trim() || DEFAULT_GREETING
    };
  }

  // WCAG contrast of a #rrggbb colour against white: the colour carries white text and is the link colour.
  function contrastWithWhite(hex) {
    var channels = [1, 3, 5].map(function (i) {
      var c = parseInt(hex.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    return 1.05 / (luminance + 0.05);
  }

  // ------------------------------------------------------------------ storage

  function load(key) {
    try { return window.sessionStorage.getItem(key); } catch (e) { return null; }
  }
  function save(key, value) {
    try { window.sessionStorage.setItem(key, value); } catch (e) { /* storage off: works without it */ }
  }
  function forget(key) {
    try { window.sessionStorage.removeItem(key); } catch (e) { /* nothing to do */ }
  }
  function parseJson(text) {
    try { var v = JSON.parse(text || "null"); return Array.isArray(v) ? v : null; } catch (e) { return null; }
  }
  function newSessionId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  // ------------------------------------------------------------------ DOM

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text) node.textContent = text;
    return node;
  }

  function build() {
    var root = el("aside", { "class": "fd-root", "aria-label": "Front Door chat" });
    root.hidden = true; // shown once the stylesheet has loaded (or failed to)
    root.style.setProperty("--fd-colour", config.colour);

    var dock = el("div", { "class": "fd-dock" });
    var dockEmergency = emergencyLine("fd-emergency fd-emergency-dock");
    var launcher = el("button", {
      type: "button", "class": "fd-launcher", "aria-expanded": "false", "aria-controls": "fd-panel"
    }, "Get help: chat with Front Door");
    dock.appendChild(dockEmergency);
    dock.appendChild(launcher);

    var panel = el("div", { id: "fd-panel", "class": "fd-panel", role: "region", "aria-labelledby": "fd-title" });
    panel.hidden = true;
    var header = el("div", { "class": "fd-header" });
    var titles = el("div", { "class": "fd-titles" });
    titles.appendChild(el("h2", { id: "fd-title", "class": "fd-title" }, "Front Door"));
    if (config.council) titles.appendChild(el("p", { "class": "fd-council" }, config.council));
    var restart = el("button", { type: "button", "class": "fd-button fd-restart" }, "Start again");
    var close = el("button", { type: "button", "class": "fd-button fd-close" }, "Close");
    header.appendChild(titles);
    header.appendChild(restart);
    header.appendChild(close);

    var log = el("div", {
      "class": "fd-log", role: "log", "aria-live": "polite", "aria-relevant": "additions",
      "aria-label": "Conversation", tabindex: "0"
    });
    var list = el("ol", { "class": "fd-list" });
    log.appendChild(list);
    var replies = el("div", { "class": "fd-replies", role: "group", "aria-label": "Suggested replies" });
    replies.hidden = true;
    var status = el("p", { "class": "fd-status", role: "status" });
    var form = el("form", { "class": "fd-form" });
    var label = el("label", { "for": "fd-input", "class": "fd-label" }, "Your message");
    var input = el("input", {
      id: "fd-input", "class": "fd-input", type: "text", maxlength: "1000", autocomplete: "off",
      enterkeyhint: "send"
    });
    var send = el("button", { type: "submit", "class": "fd-send" }, "Send");
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(send);

    panel.appendChild(header);
    panel.appendChild(emergencyLine("fd-emergency"));
    panel.appendChild(log);
    panel.appendChild(replies);
    panel.appendChild(status);
    panel.appendChild(form);
    root.appendChild(panel);
    root.appendChild(dock);

    launcher.addEventListener("click", function () { openPanel(true); });
    close.addEventListener("click", closePanel);
    restart.addEventListener("click", startAgain);
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); closePanel(); }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = input.value.trim();
      if (!text) { input.focus(); return; }
      input.value = "";
      userSays(text, text);
    });

    var css = el("link", { rel: "stylesheet", href: config.server + "/frontdoor/widget.css" });
    css.addEventListener("load", function () { root.hidden = false; });
    css.addEventListener("error", function () { root.hidden = false; });
    document.head.appendChild(css);
    document.body.appendChild(root);
    return {
      root: root, dock: dock, launcher: launcher, panel: panel, log: log, list: list, replies: replies,
      status: status, input: input
    };
  }

  function emergencyLine(className) {
    var line = el("p", { "class": className });
    line.appendChild(document.createTextNode("In an emergency call "));
    line.appendChild(el("a", { href: "tel:999" }, "999"));
    return line;
  }

  function openPanel(moveFocus) {
    ui.panel.hidden = false;
    ui.dock.hidden = true;
    ui.launcher.setAttribute("aria-expanded", "true");
    save(keys.open, "1");
    connect();
    scrollToEnd();
    if (moveFocus !== false) ui.input.focus();
  }

  function closePanel() {
    ui.panel.hidden = true;
    ui.dock.hidden = false;
    ui.launcher.setAttribute("aria-expanded", "false");
    save(keys.open, "0");
    ui.launcher.focus();
  }

  function scrollToEnd() {
    var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    ui.log.scrollTo({ top: ui.log.scrollHeight, behavior: reduce ? "auto" : "smooth" });
  }

  // ------------------------------------------------------------------ messages

  function replay() {
    if (!state.transcript.length) record({ who: "bot", text: config.greeting });
    state.transcript.forEach(function (entry) { show(entry); });
    var last = state.transcript[state.transcript.length - 1];
    showReplies(last && last.who === "bot" ? last.buttons : null);
  }

  function record(entry) {
    state.transcript.push(entry);
    save(keys.transcript, JSON.stringify(state.transcript));
  }

  function show(entry) {
    var item = el("li", { "class": "fd-msg " + (entry.who === "bot" ? "fd-bot" : "fd-user") });
    item.appendChild(el("span", { "class": "fd-sr-only" }, entry.who === "bot" ? "Front Door said: " : "You said: "));
    var body = el("span", { "class": "fd-text" });
    if (entry.who === "bot") appendRich(body, entry.text); else body.textContent = entry.text;
    item.appendChild(body);
    ui.list.appendChild(item);
  }

  function userSays(shown, message) {
    showReplies(null);
    var entry = { who: "user", text: shown };
    record(entry);
    show(entry);
    scrollToEnd();
    ui.status.textContent = "Front Door is replying…";
    deliver(message);
  }

  function botSays(text, buttons) {
    if (typeof text !== "string" || !text) return;
    var clean = (buttons || []).filter(function (b) {
      return b && typeof b.title === "string" && typeof b.payload === "string";
    }).map(function (b) { return { title: b.title, payload: b.payload }; });
    var entry = { who: "bot", text: text, buttons: clean.length ? clean : undefined };
    record(entry);
    show(entry);
    showReplies(entry.buttons);
    ui.status.textContent = "";
    scrollToEnd();
  }

  function showReplies(buttons) {
    ui.replies.textContent = "";
    ui.replies.hidden = !(buttons && buttons.length);
    (buttons || []).forEach(function (b) {
      var button = el("button", { type: "button", "class": "fd-reply" }, b.title);
      button.addEventListener("click", function () {
        userSays(b.title, b.payload);
        ui.input.focus();
      });
      ui.replies.appendChild(button);
    });
  }

  // Text -> text nodes, links (new tab, no opener), mailto: and tel:/sms: links. Never HTML.
  function appendRich(parent, text) {
    var last = 0;
    var match;
    RICH.lastIndex = 0;
    while ((match = RICH.exec(text)) !== null) {
      var found = match[0];
      var trailing = "";
      if (match[1]) {
        var cut = found.match(/[.,;:!?)\]]+$/);
        if (cut) { trailing = cut[0]; found = found.slice(0, -trailing.length); }
      }
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      parent.appendChild(richLink(found, match, text.slice(0, match.index)));
      if (trailing) parent.appendChild(document.createTextNode(trailing));
      last = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function richLink(found, match, before) {
    if (match[1]) {
      var link = el("a", { href: found, target: "_blank", rel: "noopener noreferrer" }, found);
      link.appendChild(el("span", { "class": "fd-sr-only" }, " (opens in a new tab)"));
      return link;
    }
    if (match[2]) return el("a", { href: "mailto:" + found }, found);
    var digits = found.replace(/[^\d+]/g, "");
    var scheme = /\btext(?:ing)?\s+$/i.test(before) ? "sms:" : "tel:";
    return el("a", { href: scheme + digits }, found);
  }

  // ------------------------------------------------------------------ transport

  function connect() {
    if (state.mode !== "idle") return;
    state.mode = "connecting";
    var timer = window.setTimeout(useRest, CONNECT_TIMEOUT_MS);
    var ready = function () {
      window.clearTimeout(timer);
      if (typeof window.io === "function") startSocket(); else useRest();
    };
    if (typeof window.io === "function") return ready();
    var loader = el("script", { src: config.server + "/frontdoor/vendor/socket.io.min.js" });
    loader.addEventListener("load", ready);
    loader.addEventListener("error", function () { window.clearTimeout(timer); useRest(); });
    document.head.appendChild(loader);
  }

  function startSocket() {
    if (state.mode !== "connecting") return;
    var timer = window.setTimeout(useRest, CONNECT_TIMEOUT_MS);
    var socket = window.io(config.server, { path: "/socket.io", reconnectionAttempts: 5, timeout: CONNECT_TIMEOUT_MS });
    state.socket = socket;
    socket.on("connect", function () { socket.emit("session_request", { session_id: state.sessionId }); });
    socket.on("session_confirm", function (issued) {
      adopt(issued);
      window.clearTimeout(timer);
      if (state.mode === "connecting") { state.mode = "socket"; flush(); }
    });
    socket.on("bot_uttered", function (message) {
      if (!message || (message.session_id && message.session_id !== state.sessionId)) return;
      botSays(message.text, message.quick_replies);
    });
    socket.on("connect_error", function () {
      if (state.mode === "connecting") { window.clearTimeout(timer); useRest(); }
    });
  }

  function useRest() {
    if (state.mode === "rest" || state.mode === "socket") return;
    state.mode = "rest";
    if (state.socket) { state.socket.off(); state.socket.disconnect(); state.socket = null; }
    flush();
  }

  function flush() {
    var waiting = state.queue;
    state.queue = [];
    waiting.forEach(deliver);
  }

  function deliver(message) {
    if (state.mode === "idle" || state.mode === "connecting") { state.queue.push(message); connect(); return; }
    if (state.mode === "socket" && state.socket && state.socket.connected) {
      state.socket.emit("user_uttered", { message: message, session_id: state.sessionId });
      return;
    }
    postRest(message, state.sessionId).then(function (replies) {
      if (replies[0]) adopt(replies[0].recipient_id);
      replies.forEach(function (r) { if (r) botSays(r.text, r.buttons); });
    }).catch(function () { botSays(OFFLINE_TEXT); });
  }

  // The server issues the conversation id (a signed token); an id it did not issue gets a new conversation.
  function adopt(issued) {
    if (typeof issued !== "string" || !issued || issued === state.sessionId) return;
    state.sessionId = issued;
    save(keys.session, issued);
  }

  function postRest(message, sender) {
    return window.fetch(config.server + "/webhooks/rest/webhook", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sender, message: message }),
      credentials: "omit",
      keepalive: true
    }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }).then(function (data) { return Array.isArray(data) && data.length ? data : Promise.reject(new Error("empty")); });
  }

  function startAgain() {
    var old = state.sessionId;
    postRest("/restart", old).catch(function () { /* the old conversation expires anyway */ });
    state.sessionId = newSessionId();
    save(keys.session, state.sessionId);
    state.transcript = [];
    forget(keys.transcript);
    ui.list.textContent = "";
    replay();
    if (state.mode === "socket" && state.socket) state.socket.emit("session_request", { session_id: state.sessionId });
    ui.status.textContent = "Conversation cleared. You can start again.";
    ui.input.focus();
  }
})();
