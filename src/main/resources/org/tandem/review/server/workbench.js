// Tandem review workbench. Every text reaches the page through textContent or createTextNode, never
// as HTML; the page's Content-Security-Policy allows only this file as script.
(function () {
  "use strict";
  var SPAN = 10000, LANE = 320, SVG = "http://www.w3.org/2000/svg";
  var token = new URLSearchParams(window.location.search).get("token") || "";
  var state = null;
  var selectedId = null;
  var editing = false;
  var $ = function (id) { return document.getElementById(id); };

  function api(method, path, body) {
    var options = { method: method, headers: { "X-Tandem-Token": token } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          var error = new Error(json.error || ("HTTP " + response.status));
          error.status = response.status;
          throw error;
        }
        return json;
      });
    });
  }

  function message(text, isError) {
    var el = $("message");
    el.textContent = text || "";
    el.className = "message" + (isError ? " error" : "");
  }

  function load() {
    return api("GET", "/api/beads").then(function (json) {
      state = json;
      render();
    });
  }

  function act(method, path, body, done) {
    if (!state) { return; }
    api(method, path, body).then(function (json) {
      message(done || "");
      return load().then(function () {
        if (json.changed && json.changed.length && !byId(selectedId)) {
          select(json.changed[0].id, true);
        }
      });
    }).catch(function (error) {
      message(error.message, true);
      if (error.status === 409) { load(); }
    });
  }

  function byId(id) {
    if (!state || id === null) { return null; }
    for (var k = 0; k < state.beads.length; k++) {
      if (state.beads[k].id === id) { return state.beads[k]; }
    }
    return null;
  }

  // ---- rendering -------------------------------------------------------------------------------

  function render() {
    $("name").textContent = state.name;
    $("langs").textContent = state.source_language + " → " + state.target_language;
    $("col-source").textContent = "Source · " + state.source_language;
    $("col-target").textContent = "Target · " + state.target_language;
    $("progress").textContent = state.progress.text;
    document.querySelector("[data-action=undo]").disabled = !state.can_undo;
    document.querySelector("[data-action=redo]").disabled = !state.can_redo;
    var list = $("beads");
    var fragment = document.createDocumentFragment();
    state.beads.forEach(function (bead) { fragment.appendChild(row(bead)); });
    list.replaceChildren(fragment);
    renderMap();
    applyFilter();
    if (!byId(selectedId) && state.beads.length) {
      var previous = selectedNumber || 1;
      selectedId = state.beads[Math.min(previous, state.beads.length) - 1].id;
    }
    select(selectedId, false);
  }

  function row(bead) {
    var el = document.createElement("div");
    var kind = bead.flags.length ? bead.flags[0].kind : null;
    el.className = "bead st-" + bead.status + (kind ? " f k-" + kind : "");
    el.id = "bead-" + bead.id;
    el.dataset.id = bead.id;
    el.tabIndex = -1;
    var n = document.createElement("div");
    n.className = "n";
    n.appendChild(span("num", String(bead.number)));
    n.appendChild(span("t", bead.type));
    n.appendChild(span("s", bead.score.toFixed ? bead.score.toFixed(3) : String(bead.score)));
    n.appendChild(span("status", bead.status));
    el.appendChild(n);
    el.appendChild(textCell("x sl", bead.source_text, spansOf(bead, "source"), state.source_language));
    // An edited target no longer has the offsets the flagger found.
    var target = textCell("x tl", bead.target_text, bead.edited ? [] : spansOf(bead, "target"), state.target_language);
    if (bead.edited) {
      target.classList.add("edited");
      target.title = "edited; was: " + bead.original_target_text;
    }
    el.appendChild(target);
    if (bead.note) {
      var note = document.createElement("p");
      note.className = "bead-note";
      note.textContent = "note: " + bead.note;
      el.appendChild(note);
    }
    if (bead.flags.length) {
      var flags = document.createElement("ul");
      flags.className = "fl";
      bead.flags.forEach(function (flag, index) {
        var chip = document.createElement("li");
        chip.className = "chip k-" + flag.kind + " v-" + flag.verdict;
        chip.dataset.flag = index;
        var label = document.createElement("b");
        label.textContent = flag.kind;
        chip.appendChild(label);
        chip.appendChild(document.createTextNode(flag.reason));
        if (flag.verdict !== "open") {
          chip.appendChild(span("verdict", flag.verdict + (flag.note ? ": " + flag.note : "")));
        }
        chip.appendChild(flagButton(bead, index, "accepted", "Accept"));
        chip.appendChild(flagButton(bead, index, "dismissed", "Dismiss"));
        if (flag.verdict !== "open") { chip.appendChild(flagButton(bead, index, "open", "Reopen")); }
        flags.appendChild(chip);
      });
      el.appendChild(flags);
    }
    el.addEventListener("click", function (event) {
      if (event.target.closest("button, input, textarea, select")) { return; }
      select(bead.id, false);
    });
    return el;
  }

  function flagButton(bead, index, verdict, text) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "flag-button";
    button.dataset.verdict = verdict;
    button.textContent = text;
    button.addEventListener("click", function () { decideFlag(bead, index, verdict); });
    return button;
  }

  function span(className, text) {
    var el = document.createElement("span");
    el.className = className;
    el.textContent = text;
    return el;
  }

  function spansOf(bead, side) {
    var spans = [];
    bead.flags.forEach(function (flag) {
      (flag.spans || []).forEach(function (s) {
        if (s.side === side && s.end > s.start) { spans.push({ start: s.start, end: s.end, kind: flag.kind }); }
      });
    });
    return spans.sort(function (a, b) { return a.start - b.start; });
  }

  // The flagged words, when the flags say where they are, as <mark>s around text nodes.
  function textCell(className, text, spans, lang) {
    var el = document.createElement("div");
    el.className = className;
    el.lang = lang;
    var at = 0;
    spans.forEach(function (s) {
      if (s.start < at) { return; }
      el.appendChild(document.createTextNode(text.slice(at, s.start)));
      var mark = document.createElement("mark");
      mark.className = "span k-" + s.kind;
      mark.textContent = text.slice(s.start, s.end);
      el.appendChild(mark);
      at = s.end;
    });
    if (at < text.length) { el.appendChild(document.createTextNode(text.slice(at))); }
    return el;
  }

  function renderMap() {
    var svg = $("map");
    var sources = Math.max(1, state.source_segments), targets = Math.max(1, state.target_segments);
    var nodes = [];
    var frame = document.createElementNS(SVG, "rect");
    frame.setAttribute("class", "frame");
    frame.setAttribute("x", "0"); frame.setAttribute("y", "0");
    frame.setAttribute("width", String(SPAN)); frame.setAttribute("height", String(SPAN));
    nodes.push(frame);
    nodes.push(path("diag", "M0 " + SPAN + "L" + SPAN + " 0"));
    var plain = [], done = [];
    var marks = [];
    state.beads.forEach(function (bead) {
      var d = stroke(bead, sources, targets);
      if (bead.status === "confirmed") {
        done.push(d);
      } else if (bead.flags.some(function (f) { return f.verdict !== "dismissed"; })) {
        var mark = path("m k-" + bead.flags[0].kind, d);
        mark.dataset.id = bead.id;
        marks.push(mark);
      } else {
        plain.push(d);
      }
    });
    nodes.push(path("plain", plain.join("")));
    nodes.push(path("done", done.join("")));
    marks.forEach(function (m) { nodes.push(m); });
    var cursor = path("cursor", "");
    cursor.id = "map-cursor";
    nodes.push(cursor);
    svg.replaceChildren.apply(svg, nodes);
  }

  function path(className, d) {
    var el = document.createElementNS(SVG, "path");
    el.setAttribute("class", className);
    el.setAttribute("d", d || "M0 0");
    return el;
  }

  function stroke(bead, sources, targets) {
    var s0 = bead.source_ids.length ? bead.source_ids[0] : null;
    var t0 = bead.target_ids.length ? bead.target_ids[0] : null;
    var addition = s0 === null, omission = t0 === null;
    var sStart = addition ? 0 : s0, sEnd = addition ? 0 : s0 + bead.source_ids.length;
    var tStart = omission ? 0 : t0, tEnd = omission ? 0 : t0 + bead.target_ids.length;
    var x1 = addition ? -LANE : scale(sStart, sources), x2 = addition ? -LANE : scale(sEnd, sources);
    var y1 = omission ? SPAN + LANE : SPAN - scale(tStart, targets), y2 = omission ? SPAN + LANE : SPAN - scale(tEnd, targets);
    if (addition) { var t = SPAN - scale(tStart, targets); y1 = t; y2 = SPAN - scale(tEnd, targets); }
    if (omission) { x1 = scale(sStart, sources); x2 = scale(sEnd, sources); }
    return "M" + x1 + " " + y1 + "L" + x2 + " " + y2;
  }

  function scale(position, length) {
    return Math.round(position * SPAN / length);
  }

  // ---- filters and selection -------------------------------------------------------------------

  function visible(bead) {
    var status = $("filter-status").value, flag = $("filter-flag").value;
    var query = $("q").value.trim().toLowerCase();
    if (status !== "all" && bead.status !== status) { return false; }
    if (flag === "flagged" && !bead.flags.length) { return false; }
    if (flag === "none" && bead.flags.length) { return false; }
    if (flag === "open-flags" && !bead.flags.some(function (f) { return f.verdict === "open"; })) { return false; }
    if (flag !== "all" && flag !== "flagged" && flag !== "none" && flag !== "open-flags"
        && !bead.flags.some(function (f) { return f.kind === flag; })) { return false; }
    if (query && (bead.source_text + "\n" + bead.target_text).toLowerCase().indexOf(query) < 0) { return false; }
    return true;
  }

  function applyFilter() {
    if (!state) { return; }
    var shown = 0;
    state.beads.forEach(function (bead) {
      var show = visible(bead);
      var el = $("bead-" + bead.id);
      if (el) { el.classList.toggle("hide", !show); }
      if (show) { shown++; }
    });
    $("count").textContent = shown === state.beads.length ? state.beads.length + " beads"
      : shown + " of " + state.beads.length + " beads";
    $("none").hidden = shown > 0;
  }

  var selectedNumber = 1;

  function select(id, scroll) {
    var bead = byId(id);
    document.querySelectorAll(".bead.cur").forEach(function (el) { el.classList.remove("cur"); });
    if (!bead) { return; }
    selectedId = id;
    selectedNumber = bead.number;
    var el = $("bead-" + id);
    el.classList.add("cur");
    el.appendChild(panel(bead));
    var cursor = $("map-cursor");
    if (cursor) { cursor.setAttribute("d", stroke(bead, Math.max(1, state.source_segments), Math.max(1, state.target_segments))); }
    if (scroll !== false) { el.scrollIntoView({ block: "nearest" }); }
  }

  function step(direction, onlyOpenFlags) {
    if (!state) { return; }
    var beads = state.beads;
    var at = beads.findIndex(function (b) { return b.id === selectedId; });
    for (var k = at + direction; k >= 0 && k < beads.length; k += direction) {
      var b = beads[k];
      if (!visible(b)) { continue; }
      if (onlyOpenFlags && !b.flags.some(function (f) { return f.verdict === "open"; })) { continue; }
      select(b.id, true);
      return;
    }
  }

  // ---- the action panel of the selected bead ---------------------------------------------------

  var panelEl = null;

  function panel(bead) {
    if (!panelEl) { panelEl = buildPanel(); }
    editing = false;
    panelEl.querySelector("#edit-box").hidden = true;
    panelEl.querySelector("#note").value = "";
    fillSplit(panelEl.querySelector("#split-source"), bead.source_ids.length);
    fillSplit(panelEl.querySelector("#split-target"), bead.target_ids.length);
    var multi = bead.source_ids.length + bead.target_ids.length > 1;
    panelEl.querySelector("#split-group").hidden = !multi;
    if (multi) {
      panelEl.querySelector("#split-source").value = String(Math.min(1, bead.source_ids.length));
      panelEl.querySelector("#split-target").value = String(bead.source_ids.length === 0 ? 1 : Math.min(1, bead.target_ids.length));
      if (bead.source_ids.length <= 1 && bead.target_ids.length <= 1) {
        panelEl.querySelector("#split-source").value = "1";
        panelEl.querySelector("#split-target").value = "0";
      }
    }
    return panelEl;
  }

  function fillSplit(select, count) {
    var options = [];
    for (var k = 0; k <= count; k++) {
      var option = document.createElement("option");
      option.value = String(k);
      option.textContent = String(k);
      options.push(option);
    }
    select.replaceChildren.apply(select, options);
  }

  function buildPanel() {
    var el = document.createElement("div");
    el.className = "actions";
    el.id = "panel";
    var groups = [
      [["confirm", "Confirm", "c"], ["reject", "Reject", "r"], ["reopen", "Reopen", "o"]],
      [["merge-next", "Merge next", "m"], ["merge-previous", "Merge previous", "M"]],
      [["move-source-next", "Source → next", ","], ["move-source-previous", "Source → previous", "<"],
       ["move-target-next", "Target → next", "."], ["move-target-previous", "Target → previous", ">"]],
      [["omission", "Omission", "O"], ["addition", "Addition", "A"], ["edit", "Edit target", "e"]]
    ];
    groups.forEach(function (group) {
      var g = document.createElement("span");
      g.className = "group";
      group.forEach(function (spec) {
        var button = document.createElement("button");
        button.type = "button";
        button.dataset.action = spec[0];
        button.title = spec[1] + " (" + spec[2] + ")";
        button.textContent = spec[1];
        button.addEventListener("click", function () { run(spec[0]); });
        g.appendChild(button);
      });
      el.appendChild(g);
    });
    var split = document.createElement("span");
    split.className = "group";
    split.id = "split-group";
    split.appendChild(label("split-source", "Split after source"));
    split.appendChild(selectEl("split-source"));
    split.appendChild(label("split-target", "target"));
    split.appendChild(selectEl("split-target"));
    var splitButton = document.createElement("button");
    splitButton.type = "button";
    splitButton.dataset.action = "split";
    splitButton.title = "Split (s)";
    splitButton.textContent = "Split";
    splitButton.addEventListener("click", function () { run("split"); });
    split.appendChild(splitButton);
    el.appendChild(split);
    var note = document.createElement("input");
    note.id = "note";
    note.type = "text";
    note.placeholder = "Note for the next decision (t)";
    note.autocomplete = "off";
    el.appendChild(note);
    var box = document.createElement("div");
    box.id = "edit-box";
    box.hidden = true;
    var area = document.createElement("textarea");
    area.id = "edit";
    area.rows = 3;
    box.appendChild(area);
    var save = document.createElement("button");
    save.type = "button";
    save.dataset.action = "save-edit";
    save.textContent = "Save (Ctrl+Enter)";
    save.addEventListener("click", saveEdit);
    var cancel = document.createElement("button");
    cancel.type = "button";
    cancel.dataset.action = "cancel-edit";
    cancel.textContent = "Cancel (Esc)";
    cancel.addEventListener("click", cancelEdit);
    box.appendChild(save);
    box.appendChild(cancel);
    el.appendChild(box);
    return el;
  }

  function label(forId, text) {
    var el = document.createElement("label");
    el.htmlFor = forId;
    el.textContent = text;
    return el;
  }

  function selectEl(id) {
    var el = document.createElement("select");
    el.id = id;
    return el;
  }

  function note() {
    var el = document.getElementById("note");
    return el ? el.value : "";
  }

  function run(action) {
    var bead = byId(selectedId);
    if (!bead) { return; }
    var base = "/api/beads/" + bead.id;
    var v = { version: bead.version };
    var neighbour = function (offset) {
      var at = state.beads.indexOf(bead) + offset;
      return at >= 0 && at < state.beads.length ? state.beads[at].version : null;
    };
    switch (action) {
      case "confirm": return act("POST", base + "/status", { status: "confirmed", note: note(), version: bead.version }, "confirmed bead " + bead.number);
      case "reject": return act("POST", base + "/status", { status: "rejected", note: note(), version: bead.version }, "rejected bead " + bead.number);
      case "reopen": return act("POST", base + "/status", { status: "open", note: note(), version: bead.version }, "reopened bead " + bead.number);
      case "merge-next": return act("POST", base + "/merge-next", { version: bead.version, next_version: neighbour(1) }, "merged");
      case "merge-previous": return act("POST", base + "/merge-previous", { version: bead.version, previous_version: neighbour(-1) }, "merged");
      case "split": return act("POST", base + "/split", { version: bead.version,
        source_at: Number($("split-source").value), target_at: Number($("split-target").value) }, "split");
      case "move-source-next": return act("POST", base + "/move", { side: "source", to: "next", version: bead.version }, "moved");
      case "move-source-previous": return act("POST", base + "/move", { side: "source", to: "previous", version: bead.version }, "moved");
      case "move-target-next": return act("POST", base + "/move", { side: "target", to: "next", version: bead.version }, "moved");
      case "move-target-previous": return act("POST", base + "/move", { side: "target", to: "previous", version: bead.version }, "moved");
      case "omission": return act("POST", base + "/mark", { as: "omission", version: bead.version }, "marked as an omission");
      case "addition": return act("POST", base + "/mark", { as: "addition", version: bead.version }, "marked as an addition");
      case "edit": return startEdit(bead);
      default: return v;
    }
  }

  function decideFlag(bead, index, verdict) {
    act("POST", "/api/beads/" + bead.id + "/flags/" + index, { verdict: verdict, note: note(), version: bead.version },
      verdict + " " + bead.flags[index].kind + " on bead " + bead.number);
  }

  function firstOpenFlag(bead) {
    return bead.flags.findIndex(function (f) { return f.verdict === "open"; });
  }

  function startEdit(bead) {
    if (!bead.target_ids.length) { message("an omission has no target to edit", true); return; }
    editing = true;
    var box = $("edit-box");
    box.hidden = false;
    var area = $("edit");
    area.value = bead.target_text;
    area.focus();
  }

  function saveEdit() {
    var bead = byId(selectedId);
    if (!bead) { return; }
    editing = false;
    act("PUT", "/api/beads/" + bead.id + "/target", { text: $("edit").value, version: bead.version }, "target edited");
  }

  function cancelEdit() {
    editing = false;
    $("edit-box").hidden = true;
    $("bead-" + selectedId).focus();
  }

  // ---- keys ------------------------------------------------------------------------------------

  document.addEventListener("keydown", function (event) {
    var tag = event.target.tagName;
    if (tag === "TEXTAREA") {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); saveEdit(); }
      if (event.key === "Escape") { event.preventDefault(); cancelEdit(); }
      return;
    }
    if (tag === "INPUT" || tag === "SELECT") {
      if (event.key === "Escape") { event.target.blur(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
        event.preventDefault();
        act("POST", event.shiftKey ? "/api/redo" : "/api/undo", undefined, event.shiftKey ? "redone" : "undone");
      }
      return;
    }
    var bead = byId(selectedId);
    var handled = true;
    switch (event.key) {
      case "j": case "ArrowDown": step(1, false); break;
      case "k": case "ArrowUp": step(-1, false); break;
      case "n": step(1, true); break;
      case "p": step(-1, true); break;
      case "c": run("confirm"); break;
      case "r": run("reject"); break;
      case "o": run("reopen"); break;
      case "a": case "d":
        if (bead) {
          var index = firstOpenFlag(bead);
          if (index < 0) { message("bead " + bead.number + " has no open flag", true); }
          else { decideFlag(bead, index, event.key === "a" ? "accepted" : "dismissed"); }
        }
        break;
      case "m": run("merge-next"); break;
      case "M": run("merge-previous"); break;
      case "s": run("split"); break;
      case ",": run("move-source-next"); break;
      case "<": run("move-source-previous"); break;
      case ".": run("move-target-next"); break;
      case ">": run("move-target-previous"); break;
      case "O": run("omission"); break;
      case "A": run("addition"); break;
      case "e": run("edit"); break;
      case "t": var n = $("note"); if (n) { n.focus(); } break;
      case "u": act("POST", "/api/undo", undefined, "undone"); break;
      case "U": act("POST", "/api/redo", undefined, "redone"); break;
      case "R": act("POST", "/api/realign", undefined, "realigned what is not confirmed"); break;
      case "/": $("q").focus(); break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".toolbar [data-action]").forEach(function (button) {
      button.addEventListener("click", function () {
        var action = button.dataset.action;
        act("POST", "/api/" + action, undefined, action === "realign" ? "realigned what is not confirmed" : action + " done");
      });
    });
    document.querySelectorAll("[data-export]").forEach(function (button) {
      button.addEventListener("click", function () {
        window.location.href = "/api/export?format=" + encodeURIComponent(button.dataset.export)
          + "&token=" + encodeURIComponent(token);
      });
    });
    ["filter-status", "filter-flag"].forEach(function (id) { $(id).addEventListener("change", applyFilter); });
    $("q").addEventListener("input", applyFilter);
    $("map").addEventListener("click", function (event) {
      var id = event.target.dataset && event.target.dataset.id;
      if (id) { select(Number(id), true); }
    });
    load().catch(function (error) { message(error.message, true); });
  });
})();
