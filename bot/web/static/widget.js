/* Sounding Board chat widget. One script tag; no dependencies, no third-party requests.
   Messages are rendered as text only (textContent), never as HTML. */
(function () {
  "use strict";
  var me = document.currentScript; // only known while this file first runs
  if (!me || !window.fetch || !Element.prototype.attachShadow) return;
  if (document.readyState === "loading") { // a tag in <head>: the page's body comes first
    document.addEventListener("DOMContentLoaded", function () { widget(me); });
  } else widget(me);

function widget(me) {
  var d = me.dataset;
  var base = new URL(me.src).origin;
  // The code from the tag, else from a link to the page (?c=MIND24), as on every channel.
  var code = (d.code || d.consultation || new URLSearchParams(location.search).get("c") || "").trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9]{2,11}$/.test(code)) code = "";
  var title = d.title || "Have your say";
  var inPage = d.mode === "page";
  var FONT = "Frutiger, 'Frutiger Linotype', Univers, Calibri, 'Gill Sans', 'Gill Sans MT', " +
    "'Myriad Pro', Myriad, 'DejaVu Sans Condensed', 'Liberation Sans', 'Nimbus Sans L', Tahoma, " +
    "Geneva, 'Helvetica Neue', Helvetica, Arial, sans-serif";
  // The type is set on the widget's own boxes, not only on :host: a host page's rule for
  // every element (`*{color:red!important}`) reaches the host element, and from there
  // everything inside inherited it.
  var TYPE = "font-family:" + FONT + ";font-size:16px;line-height:1.5;color:#212b32";
  var STYLE = ":host{all:initial;display:block;--p:#005eb8;--pt:#005eb8;--on:#fff;" + TYPE + "}" +
    ".launch,.panel{" + TYPE + "}" +
    "*{box-sizing:border-box}[hidden]{display:none!important}" +
    "button,input,textarea{font:inherit;color:inherit}" +
    ".hide{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);" +
    "white-space:nowrap}" +
    ":focus-visible{outline:3px solid #ffeb3b;outline-offset:0;box-shadow:0 0 0 6px #212b32}" +
    ".launch{position:fixed;bottom:16px;z-index:2147483000;background:var(--p);color:var(--on);" +
    "border:2px solid var(--on);border-radius:24px;padding:10px 18px;font-weight:600;" +
    "cursor:pointer;max-width:calc(100vw - 32px)}" +
    ".panel{display:flex;flex-direction:column;background:#fff;border:1px solid #768692}" +
    ".float{position:fixed;bottom:16px;z-index:2147483001;width:min(380px,calc(100vw - 32px));" +
    "height:min(600px,calc(100vh - 32px));border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3)}" +
    ".left{left:16px}.right{right:16px}" +
    ".page{width:100%;height:100%;min-height:420px}" +
    "@media (max-width:480px){.float{inset:0;width:auto;height:auto;border-radius:0}}" +
    "header{display:flex;align-items:center;gap:8px;background:var(--p);color:var(--on);" +
    "padding:8px 12px}" +
    "h2{flex:1;margin:0;font-size:1.1em;overflow-wrap:anywhere}" +
    ".x{background:none;border:2px solid var(--on);color:var(--on);border-radius:4px;" +
    "padding:2px 10px;cursor:pointer}" +
    ".log{flex:1;overflow-y:auto;padding:12px;position:relative}ol{margin:0;padding:0;list-style:none}" +
    "li{margin:0 0 8px;padding:8px 12px;border-radius:8px;max-width:88%;white-space:pre-wrap;" +
    "overflow-wrap:anywhere;width:fit-content}" +
    ".bot{background:#f0f4f5;border:1px solid #d8dde0}" +
    // transparent borders: high contrast mode drops backgrounds but draws these
    ".you{background:var(--p);color:var(--on);margin-left:auto;border:1px solid transparent}" +
    ".you a,.bot a{color:inherit}" +
    ".note{font-size:.875em;color:#4c6272;padding:0 12px;margin:4px 0}" +
    ".dots span{display:inline-block;width:6px;height:6px;margin-left:3px;border-radius:3px;" +
    "background:#4c6272}" +
    "@media (prefers-reduced-motion:no-preference){.dots span{animation:b 1s infinite}" +
    ".dots span:nth-child(2){animation-delay:.2s}.dots span:nth-child(3){animation-delay:.4s}}" +
    "@keyframes b{50%{opacity:.2}}" +
    ".choices{display:flex;flex-wrap:wrap;gap:6px;padding:4px 12px;max-height:40%;overflow-y:auto;" +
    "border:0;margin:0}" +
    ".ticks{border:0;margin:0;padding:0;width:100%}" +
    ".ticks legend{padding:0;font-size:.875em;color:#4c6272}" +
    ".opt{background:#fff;color:var(--pt);border:2px solid var(--p);border-radius:16px;" +
    "padding:4px 12px;cursor:pointer;text-align:left}" +
    // Hover only where there is one: on a phone a tap left it on the next question's
    // button in the same place, which looked chosen already.
    "@media (hover:hover){.opt:hover{background:#e8edee}}" +
    ".tick{display:flex;gap:6px;align-items:center;width:100%;margin:2px 0}" +
    ".tick input{width:22px;height:22px;accent-color:var(--p)}" +
    "form{display:flex;gap:6px;padding:8px 12px;border-top:1px solid #d8dde0}" +
    "textarea{flex:1;min-width:0;resize:none;border:2px solid #4c6272;border-radius:4px;padding:6px}" +
    ".go{background:var(--p);color:var(--on);border:1px solid transparent;border-radius:4px;" +
    "padding:5px 13px;font-weight:600;cursor:pointer}" +
    "footer{display:flex;justify-content:space-between;align-items:center;gap:8px;" +
    "padding:4px 12px 8px;font-size:.875em}" +
    "footer a{color:#005eb8}" +
    ".stop{background:#fff;color:#d5281b;border:2px solid #d5281b;border-radius:4px;" +
    "padding:2px 10px;cursor:pointer;font-weight:600}";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text != null) node.textContent = text;
    return node;
  }
  function colour(value, fallback) {
    return value && window.CSS && window.CSS.supports("color", value) ? value : fallback;
  }
  function onWhite(value) {
    var ctx = document.createElement("canvas").getContext("2d");
    if (!ctx) return "#212b32";
    ctx.fillStyle = value; // read back as #rrggbb (or rgba() when see-through)
    var hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(ctx.fillStyle);
    if (!hex) return "#212b32";
    var lum = [1, 2, 3].map(function (n) {
      var c = parseInt(hex[n], 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var l = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2];
    return 1.05 / (l + 0.05) >= 4.5 ? value : "#212b32";
  }

  // ---- storage: the conversation id and unsent messages outlive a reload ----
  var slot = "sounding-board:" + base + ":" + (code || "-");
  var memory = {};
  function load(k) {
    try { return JSON.parse(localStorage.getItem(slot + k)); } catch (e) { return memory[k]; }
  }
  function save(k, v) {
    memory[k] = v;
    try { localStorage.setItem(slot + k, JSON.stringify(v)); } catch (e) { /* private mode */ }
  }
  // Library and school computers are shared: a chat is kept in this browser only while
  // it is going on and in use. Ended (completed, stopped, deleted), cleared with "Finish
  // and clear", or left for IDLE, it is forgotten here, so the next person starts afresh.
  // (Not sessionStorage: a link opened twice must show one chat, and a phone that drops
  // a background tab must not lose the chat in the middle of a question.)
  var IDLE = 30 * 60 * 1000;
  function forget() {
    ["id", "queue", "held", "at"].forEach(function (k) {
      delete memory[k];
      try { localStorage.removeItem(slot + k); } catch (e) { /* private mode */ }
    });
  }
  var used = Date.now(); // this page's last use: a chat ended here is still on screen
  function touch() { used = Date.now(); save("at", used); }
  function idle() { var at = load("at"); return !(typeof at === "number" && Date.now() - at < IDLE); }
  if (load("id") && idle()) forget(); // left open or abandoned by someone else
  function newKey() {
    var a = new Uint8Array(16);
    crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return (b + 256).toString(16).slice(1); })
      .join("");
  }

  // ---- the widget's elements, in a shadow root so the page's styles stay out ----
  var host = el("div", { "data-sounding-board": "", lang: "en" }); // whatever the page's language
  var target = inPage && d.target ? document.querySelector(d.target) : null;
  (target || document.body).appendChild(host);
  var root = host.attachShadow({ mode: "open" });
  if (root.adoptedStyleSheets && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.appendChild(el("style", {}, STYLE));
  }
  host.style.setProperty("--p", colour(d.colour || d.color, "#005eb8"));
  // The answer buttons write the brand colour on white: a light one (yellow) there was
  // unreadable (1.07:1), so under 4.5:1 their text is the body's dark grey instead.
  host.style.setProperty("--pt", onWhite(colour(d.colour || d.color, "#005eb8")));
  host.style.setProperty("--on", colour(d.textColour || d.textColor, "#ffffff"));
  var side = d.position === "left" ? "left" : "right";

  var launcher = el("button", { type: "button", "class": "launch " + side,
    "aria-expanded": "false", "aria-controls": "sb-panel" }, title);
  var panel = el("section", { id: "sb-panel", "class": "panel " + (inPage ? "page" : "float " + side),
    "aria-labelledby": "sb-title" });
  var head = el("header");
  head.appendChild(el("h2", { id: "sb-title" }, title));
  var close = el("button", { type: "button", "class": "x", "aria-label": "Close chat" }, "Close");
  if (!inPage) head.appendChild(close);
  var log = el("div", { "class": "log", role: "log", "aria-live": "polite",
    "aria-label": "Conversation", tabindex: "0" });
  var list = log.appendChild(el("ol"));
  var typing = el("p", { "class": "note dots", hidden: "" });
  typing.appendChild(el("span", { "class": "hide" }, "Sounding Board is typing"));
  for (var i = 0; i < 3; i++) typing.appendChild(el("span", { "aria-hidden": "true" }));
  var status = el("p", { "class": "note", role: "status" });
  var choices = el("div", { "class": "choices", hidden: "" });
  var form = el("form", { novalidate: "" });
  var label = el("label", { "for": "sb-input", "class": "hide" }, "Your reply");
  var input = el("textarea", { id: "sb-input", rows: "1",
    placeholder: "Type your reply", autocomplete: "off", dir: "auto" });
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(el("button", { type: "submit", "class": "go" }, "Send"));
  var foot = el("footer");
  var stop = el("button", { type: "button", "class": "stop" }, "Stop");
  var CLEAR = "Finish and clear";
  var clear = el("button", { type: "button", "class": "stop" }, CLEAR);
  var privacy = el("a", { href: base + "/privacy" + (code ? "?code=" + encodeURIComponent(code) : ""),
    target: "_blank", rel: "noopener noreferrer" }, "Privacy notice");
  foot.appendChild(stop);
  foot.appendChild(clear);
  foot.appendChild(privacy);
  [head, log, typing, status, choices, form, foot].forEach(function (n) { panel.appendChild(n); });
  if (!inPage) { root.appendChild(launcher); panel.hidden = true; }
  root.appendChild(panel);

  // ---- rendering: text only; web addresses become links, nothing else is markup ----
  function fill(node, text) {
    String(text).split(/(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/).forEach(function (part, n) {
      node.appendChild(n % 2 ? el("a", { href: part, target: "_blank", rel: "noopener noreferrer" },
        part) : document.createTextNode(part));
    });
  }
  function show(who, text) {
    // dir=auto: a message in Arabic or Hebrew reads right to left (the label, with its
    // own dir, does not count when the browser decides)
    var item = el("li", { "class": who === "bot" ? "bot" : "you", dir: "auto" });
    item.appendChild(el("span", { "class": "hide", dir: "ltr" },
      who === "bot" ? "Sounding Board: " : "You: "));
    fill(item, text);
    list.appendChild(item);
    log.scrollTop = log.scrollHeight;
    return item;
  }
  function offer(buttons) {
    choices.textContent = "";
    choices.hidden = !buttons.length;
    if (!buttons.length) return;
    if (buttons[0].multiple) {
      var set = el("fieldset", { "class": "ticks" });
      set.appendChild(el("legend", {}, "Choose all that apply, then send"));
      buttons.forEach(function (b, n) {
        var tick = el("label", { "class": "tick" });
        var box = el("input", { type: "checkbox", value: b.title, id: "sb-o" + n });
        tick.appendChild(box);
        tick.appendChild(document.createTextNode(b.title));
        set.appendChild(tick);
      });
      var done = el("button", { type: "button", "class": "go" }, "Send choices");
      done.addEventListener("click", function (e) {
        var picked = [].filter.call(set.querySelectorAll("input"), function (x) { return x.checked; })
          .map(function (x) { return x.value; });
        if (!picked.length) { say("Tick at least one option, or type your answer."); return; }
        var joined = picked.some(function (t) { return t.indexOf(";") >= 0; }) ? null : picked.join("; ");
        send(joined || picked.map(function (t) {
          return String(buttons.map(function (b) { return b.title; }).indexOf(t) + 1);
        }).join(", "), false, e.pointerType === "touch");
      });
      set.appendChild(done);
      choices.appendChild(set);
      choices.removeAttribute("role");
      choices.removeAttribute("aria-label");
    } else {
      choices.setAttribute("role", "group");
      choices.setAttribute("aria-label", "Quick replies");
      buttons.forEach(function (b) {
        var button = el("button", { type: "button", "class": "opt" }, b.title);
        button.addEventListener("click", function (e) { send(b.payload || b.title, false, e.pointerType === "touch"); });
        choices.appendChild(button);
      });
    }
    log.scrollTop = log.scrollHeight; // the choices took room: keep the question in view
  }
  function replies(received) {
    var last = [], first = null;
    received.forEach(function (m) {
      var shown = m.text ? show("bot", m.text) : null;
      first = first || shown;
      last = m.buttons || [];
    });
    offer(last);
    if (first) keepInView(first);
  }
  // The first of several replies stays in view when they are taller than the log: on a
  // phone, crisis signposting (999, 111, Shout) scrolled out of sight behind the question
  // after it. When they all fit, the log ends at the question as before.
  function keepInView(first) {
    var top = first.getBoundingClientRect().top - log.getBoundingClientRect().top + log.scrollTop;
    log.scrollTop = Math.min(log.scrollHeight - log.clientHeight, Math.max(0, top - 8));
  }
  function say(text) { status.textContent = text; }
  // An answer over a question's length is asked again shorter (bot/engine/messages.py
  // TOO_LONG): the box had been emptied, so the patient typed it all again, or gave up.
  // It is put back, to shorten.
  function giveBackIfTooLong(received, text) {
    var asked = received.some(function (m) {
      return m.text && m.text.indexOf("That message is a bit long for me.") === 0;
    });
    if (!asked || input.value) return;
    input.value = text;
    say("Your message is back in the box, to shorten.");
  }

  // ---- the server: an id it issued, a transcript, messages with a key each ----
  function post(path, body) {
    var ctl = window.AbortController ? new AbortController() : null;
    var timer = ctl && setTimeout(function () { ctl.abort(); }, 45000);
    return fetch(base + "/api/" + path, { method: "POST", credentials: "omit",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {}),
      signal: ctl && ctl.signal }).finally(function () { clearTimeout(timer); });
  }
  var id = load("id");
  function conversation() {
    if (id) return Promise.resolve(id);
    return post("conversations").then(function (r) {
      if (r.status === 403) return r.json().catch(function () { return {}; }).then(function (b) {
        var refused = new Error("refused"); // this site is not allowed: say so, once
        refused.said = b.error || "This website is not allowed to use the chat.";
        throw refused;
      });
      if (!r.ok) throw new Error("id " + r.status);
      return r.json();
    }).then(function (b) { id = b.conversation_id; save("id", id); touch(); return id; });
  }
  var queue = load("queue") || [];
  var busy = false, tries = 0, timer = null;
  var sent = 0; // messages typed or chosen here: a redraw fetched before one is stale
  function pump() {
    if (busy || !queue.length) return;
    busy = true;
    clearTimeout(timer);
    typing.hidden = false;
    var item = queue[0], mine = epoch;
    conversation().then(function (sender) {
      if (mine !== epoch) throw new Error("cleared");
      return post("webhook", { sender: sender, message: item.text, message_id: item.key });
    }).then(function (r) {
      if (r.status === 403) { id = null; save("id", null); throw new Error("new id"); }
      if (r.status >= 500) throw new Error("server " + r.status);
      if (r.status === 429) return slowed(r, item, mine);
      return r.json().then(function (body) {
        if (mine !== epoch) return; // cleared meanwhile: not shown, and not waited for
        queue.shift();
        save("queue", queue);
        busy = false; tries = 0;
        typing.hidden = true;
        say(sticky); sticky = "";
        var many = Array.isArray(body);
        if (many && body.some(function (m) { return m.ended; })) ended();
        else if (many && id) { over = false; save("id", id); touch(); }
        if (many && body.some(function (m) { return m.held; })) wait(true); // kept until the database is back
        if (!item.quiet && many && !body.length && !queue.length) restore();
        else if (!item.quiet && many) { replies(body); giveBackIfTooLong(body, item.text); }
        else if (!item.quiet && body && body.error) say(body.error);
        pump();
      });
    }).catch(function (error) {
      if (mine !== epoch) return;
      busy = false; tries += 1;
      typing.hidden = true;
      if (error && error.said) { say(error.said); return; } // trying again would not help
      say(navigator.onLine === false ? "You're offline. Your message will be sent when you're back."
        : "Connection lost. Trying again…");
      timer = setTimeout(pump, Math.min(30000, 1000 * Math.pow(2, tries - 1)));
    });
  }
  // Too many messages (one chat, or a school's one address): the message was not handled,
  // so it stays first in the queue and goes again shortly. (It was dropped, the patient's
  // bubble left standing with no answer to it.) Crisis signposting sent with the refusal
  // is shown, once.
  function slowed(r, item, mine) {
    return r.json().catch(function () { return null; }).then(function (body) {
      if (mine !== epoch) return;
      var notes = Array.isArray(body) ? body.filter(function (m) { return m.text; }) : [];
      if (!item.quiet && !item.helped && notes.length > 1) {
        item.helped = true;
        save("queue", queue);
        notes.slice(0, -1).forEach(function (m) { show("bot", m.text); });
      }
      busy = false;
      typing.hidden = true;
      say("You're sending messages very quickly. Yours will go in a moment.");
      timer = setTimeout(pump, Math.min(30000, 4000 * Math.pow(1.5, tries++)));
    });
  }
  // ---- held: the server keeps the message until its database is back; ask for the
  // next question with a back-off (1 s growing to 15 s), for about 15 minutes ----
  var holding = load("held"), polls = 0, poller = null;
  function wait(on) {
    holding = on; save("held", on);
    clearTimeout(poller);
    polls = 0;
    if (on) poller = setTimeout(poll, 1000);
  }
  function poll() {
    if (!holding) return;
    if (polls++ > 70) { say("Your replies are safe. Come back later for your next question."); return; }
    var later = function () { poller = setTimeout(poll, Math.min(15000, 1000 * Math.pow(1.5, polls))); };
    if (queue.length) { later(); return; } // what is being sent would be drawn over
    var mine = epoch;
    post("transcript", { sender: id }).then(function (r) {
      return r.json().then(function (b) {
        if (mine !== epoch) return;
        if (!r.ok) throw new Error("transcript " + r.status);
        if (b.held) { later(); return; }
        wait(false);
        say("");
        draw(b.messages || [], true);
      });
    }).catch(later);
  }
  function send(text, byItself, tapped) {
    text = String(text).trim();
    if (!text) return;
    sent += 1;
    show("you", text);
    offer([]);
    queue.push({ key: newKey(), text: text });
    save("queue", queue);
    touch();
    // A chosen button goes away, so focus moves on: to the reply box from a keyboard or a
    // mouse; after a tap to the conversation, since a focused reply box opens a phone's
    // keyboard over the next question's buttons.
    if (!byItself) (tapped ? log : input).focus({ preventScroll: true });
    pump();
  }
  function again() { tries = 0; pump(); if (holding && polls > 70) wait(true); }
  window.addEventListener("online", again);
  document.addEventListener("visibilitychange", function () { if (!document.hidden) again(); });

  // ---- opening: restore the conversation from the server, or start one ----
  var started = false;
  // A reload while a message is on its way: the chat so far at once, with the message
  // after it (the page was blank, bar the typing dots, until its reply came: up to 45 s).
  // Drawn again in full once the reply is in.
  var drawnSoFar = false;
  function soFar() {
    if (drawnSoFar || !id) return;
    drawnSoFar = true;
    var mine = epoch;
    post("transcript", { sender: id }).then(function (r) {
      return r.ok ? r.json() : {};
    }).then(function (b) {
      var past = (b && b.messages) || [];
      if (mine !== epoch || !queue.length || list.children.length || !past.length) return;
      log.setAttribute("aria-live", "off");
      past.forEach(function (m) { show(m.from === "bot" ? "bot" : "you", m.text); });
      queue.forEach(function (m) { show("you", m.text); });
      log.setAttribute("aria-live", "polite");
    }).catch(function () { /* the full redraw follows */ });
  }
  function start() {
    if (started) return;
    started = true;
    var held = queue.length;
    queue.forEach(function (m) { m.quiet = true; }); // sent before the reload: shown by the transcript
    pump();
    restore(held);
  }
  // The same chat in another tab got its answer: show the conversation as it is now,
  // not an older question whose buttons would answer the current one.
  window.addEventListener("storage", function (e) {
    if (!started || e.key !== slot + "queue" || busy || queue.length || holding) return;
    try { if (JSON.parse(e.newValue).length) return; } catch (err) { return; }
    id = load("id") || id;
    restore(0, true);
  });
  // Redraw the conversation from the server: after a reload, or when a retried
  // message came back with nothing new (its replies went to a dropped connection).
  function restore(held, follow) {
    if (queue.length && held) {
      soFar();
      setTimeout(function () { restore(held); }, 300);
      return;
    }
    if (!id) { if (!follow) begin(); return; }
    var mine = epoch, before = sent;
    post("transcript", { sender: id }).then(function (r) {
      // Cleared meanwhile; or, following another tab, this one has sent since: its own
      // reply is newer than this transcript, which would be drawn over it.
      if (mine !== epoch || (follow && before !== sent)) return { messages: [], cleared: true };
      if (r.status === 403) { id = null; save("id", null); return { messages: [] }; }
      if (!r.ok) throw new Error("transcript " + r.status);
      return r.json();
    }).then(function (b) {
      if (b.cleared) return;
      var past = b.messages || [];
      if (b.ended && !follow && !queue.length) { forget(); id = null; list.textContent = ""; begin(); return; }
      wait(!!b.held);
      say(b.notice || "");
      if (!past.length && !b.held) { if (follow) draw(past); else begin(); return; } // erased there
      if (!b.partial || !list.children.length) draw(past);
    }).catch(function () {
      say("Connection lost. Trying again…");
      setTimeout(function () { restore(held, follow); }, 3000);
    });
  }
  // The conversation as the server has it. With `tell`, the bot's newest messages are
  // added after the rest is drawn, so the live log announces only them.
  function draw(past, tell) {
    var fresh = past.length;
    while (tell && fresh && past[fresh - 1].from === "bot") fresh--;
    log.setAttribute("aria-live", "off");
    list.textContent = "";
    past.slice(0, fresh).forEach(function (m) { show(m.from === "bot" ? "bot" : "you", m.text); });
    var before = sent;
    setTimeout(function () {
      log.setAttribute("aria-live", "polite");
      if (before !== sent) return; // a reply sent meanwhile: these buttons are old
      replies(past.slice(fresh));
      var m = past[fresh - 1];
      if (fresh === past.length) offer(m && m.from === "bot" ? m.buttons || [] : []);
    }, 150);
  }
  var MAX = 4000, epoch = 0, over = false, asked = null, sticky = "";
  function unask() { clearTimeout(asked); asked = null; clear.textContent = CLEAR; }
  // The chat has ended: kept on screen (a reply such as "delete my answers" still works
  // here) but forgotten in the browser; a reply that starts something new keeps it again.
  function ended() {
    over = true;
    forget();
    say("This chat has ended and has been cleared from this browser.");
  }
  // Forget the chat here and on screen, and start afresh as a new visitor would.
  function wipe(note, quietly) {
    unask();
    epoch += 1;
    if (!quietly) forget(); // quietly: another tab forgot it, and may have begun afresh
    id = null; queue = []; busy = false; tries = 0; over = false;
    clearTimeout(timer); holding = false; clearTimeout(poller);
    list.textContent = ""; offer([]); typing.hidden = true; input.value = "";
    sticky = note;
    say(note);
    if (quietly) return; // the patient starts the next chat
    if (inPage || !panel.hidden) begin();
    else started = false; // opened later: a fresh start
  }
  function begin() {
    if (code) send(code, true);
    else say("Type the code from your invite or poster to start.");
  }
  function open(yes, quietly) {
    if (inPage) return;
    panel.hidden = !yes;
    launcher.hidden = yes;
    launcher.setAttribute("aria-expanded", String(yes));
    if (yes) start();
    if (!quietly) (yes ? input : launcher).focus(); // never steal focus as the page loads
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value;
    // Counted as the server counts (characters, not UTF-16 units); kept in the box to shorten.
    if (Array.from(text).length > MAX) {
      say("That message is too long for me to read. Please send a shorter reply (up to 4,000 characters).");
      input.focus();
      return;
    }
    input.value = "";
    send(text);
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });
  stop.addEventListener("click", function () { send("STOP"); });
  clear.addEventListener("click", function () {
    if (id && !over && !asked) { // in the middle of a consultation: make sure
      asked = setTimeout(unask, 10000);
      clear.textContent = "Yes, clear it";
      say("This removes the chat from this screen and this browser. Your answers so far are " +
        "kept, but you won't be able to carry on. Press \u201cYes, clear it\u201d to go ahead.");
      return;
    }
    wipe("Chat cleared. Nobody using this browser after you can see it.");
  });
  input.addEventListener("input", function () { if (id) touch(); });
  setInterval(function () { // left open on a shared computer
    if (id && Date.now() - used >= IDLE && !queue.length) {
      wipe("This chat was cleared after 30 minutes without use, to keep it private.");
    }
  }, 60000);
  // Ended or cleared in another tab of this browser: not left on screen here either.
  window.addEventListener("storage", function (e) {
    if (e.key === slot + "id" && e.newValue === null && id) {
      wipe("This chat has been cleared from this browser.", true);
    }
  });
  launcher.addEventListener("click", function () { open(true); });
  close.addEventListener("click", function () { open(false); });
  // Below 480 px the panel covers the page: Tab goes round it, not to links hidden behind
  // it (Escape or Close is the way out). The same width as the style's full screen.
  var covers = window.matchMedia("(max-width:480px)");
  panel.addEventListener("keydown", function (e) {
    if (e.key === "Escape") open(false);
    if (e.key !== "Tab" || inPage || !covers.matches) return;
    var all = [].filter.call(panel.querySelectorAll("button,a[href],textarea,input,[tabindex='0']"),
      function (x) { return !x.disabled && x.getClientRects().length; });
    var at = root.activeElement, first = all[0], last = all[all.length - 1];
    if (e.shiftKey ? at === first : at === last) { e.preventDefault(); (e.shiftKey ? last : first).focus(); }
  });
  // Opened as the page loads (data-open) on a phone, focus is still on the page behind the
  // full-screen chat, and the first Tab went to its hidden links: it comes into the chat.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Tab" || inPage || panel.hidden || !covers.matches) return;
    if (document.activeElement === host) return; // already in the chat: the trap above
    e.preventDefault();
    input.focus();
  });
  if (inPage) start();
  else if (d.open === "true") open(true, true);
}
})();
