// The web UI: plain JavaScript over the server's own API (/v1/...) and its SSE event streams.
// No build step: what the browser runs is this file. Events are read with fetch() rather than
// EventSource, so the bearer token can go in a header and Last-Event-ID is ours to send.
"use strict";

const $ = (sel) => document.querySelector(sel);
const state = { session: null, token: sessionStorage.getItem("unison-token") || "", pending: [] };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k.startsWith("data-")) node.setAttribute(k, v); else node[k] = v;
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function authHeaders() { return state.token ? { Authorization: `Bearer ${state.token}` } : {}; }

async function askToken() {
  const dialog = $("#token-dialog");
  dialog.showModal();
  await new Promise((resolve) => dialog.addEventListener("close", resolve, { once: true }));
  state.token = $("#token").value.trim();
  sessionStorage.setItem("unison-token", state.token);
}

// fetch + problem details: a failed call throws an Error whose message is the server's `detail`
async function api(path, options = {}) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await fetch(path, { ...options, headers: { ...(options.headers || {}), ...authHeaders() } });
    if (response.status === 401) { await askToken(); continue; }
    if (!response.ok) {
      let detail = `${response.status} ${response.statusText}`;
      try { detail = (await response.json()).detail || detail; } catch (_) { /* not JSON */ }
      throw new Error(detail);
    }
    return response;
  }
  throw new Error("no valid token");
}

// media: a plain URL when no token is needed (so video seeks with range requests), else a blob
async function mediaSrc(url) {
  if (!state.token) return url;
  return URL.createObjectURL(await (await api(url)).blob());
}

async function mediaNode(artifact) {
  const box = el("div", { class: "output" });
  if (artifact.kind === "text") {
    box.append(el("div", { class: "answer" }, artifact.value || ""));
    return box;
  }
  const src = await mediaSrc(artifact.url);
  const media = artifact.kind === "video" ? el("video", { src, controls: true, loop: true }) : el("img", { src, alt: `output ${artifact.id.slice(0, 12)}` });
  box.append(media, el("a", { href: src, download: `${artifact.id.slice(0, 12)}`, textContent: `download ${artifact.kind}` }));
  return box;
}

// -- sessions ----------------------------------------------------------------------------------
async function loadSessions() {
  const list = $("#sessions");
  const sessions = await (await api("/v1/sessions")).json();
  list.replaceChildren(...sessions.slice().reverse().map((s) => {
    const item = el("li", { class: s.id === state.session ? "current" : "", title: s.id }, s.id, el("small", {}, `${s.turns} turn(s)`));
    item.addEventListener("click", () => openSession(s.id));
    return item;
  }));
}

async function openSession(id) {
  state.session = id;
  $("#session-title").textContent = `Session ${id}`;
  const conversation = $("#conversation");
  conversation.replaceChildren();
  const session = await (await api(`/v1/sessions/${encodeURIComponent(id)}`)).json();
  for (const turn of session.history.turns) {
    conversation.append(el("div", { class: "message user" }, turn.text));
    const reply = el("div", { class: "message run", "data-state": turn.status === "ok" ? "succeeded" : "failed" },
      el("header", {}, el("span", {}, `turn ${turn.index}`), el("span", { class: "state" }, turn.status)));
    for (const arts of Object.values(turn.outputs)) {
      for (const art of arts) reply.append(await mediaNode({ ...art, url: `/v1/artifacts/${art.id}` }));
    }
    conversation.append(reply);
  }
  await loadSessions();
}

// -- a run card ------------------------------------------------------------------------------
class RunCard {
  constructor(run) {
    this.run = run;
    this.steps = {};
    this.stateLabel = el("span", { class: "state" }, run.state);
    this.list = el("ol", { class: "steps" });
    this.notes = el("div", { class: "notes" });
    this.node = el("div", { class: "message run", "data-state": run.state, "data-run": run.id },
      el("header", {}, el("span", {}, `run ${run.id}`), this.stateLabel), this.list, this.notes);
  }

  setState(value) { this.node.dataset.state = value; this.stateLabel.textContent = value.replace("_", " "); }

  plan(plan) {
    this.list.replaceChildren();
    for (const step of plan.steps) {
      const bar = el("progress", { max: 1, value: 0 });
      const status = el("span", { class: "status" }, "pending");
      const node = el("li", { class: "step", "data-step": step.id, "data-state": "pending" },
        el("div", { class: "head" }, el("span", { class: "task" }, step.task), el("span", { class: "tool" }, `${step.id} · ${step.tool}`), status),
        el("code", {}, JSON.stringify(step.args)), bar);
      this.steps[step.id] = { node, bar, status };
      this.list.append(node);
    }
  }

  async event(ev) {
    const step = ev.step ? this.steps[ev.step] : null;
    if (step) {
      step.node.dataset.state = ev.event;
      step.status.textContent = ev.event === "progress" ? `${Math.round(ev.fraction * 100)}%` : ev.event === "finished" ? "done" : ev.event;
      if (ev.event === "progress") step.bar.value = ev.fraction;
      if (ev.event === "finished") {
        step.bar.value = 1;
        step.node.dataset.state = "succeeded";
        for (const art of ev.outputs || []) step.node.append(await mediaNode({ ...art, url: `/v1/artifacts/${art.id}` }));
      }
      if (ev.event === "failed") step.node.append(el("div", { class: "error" }, ev.error));
      if (ev.event === "skipped" || ev.event === "cancelled") step.node.append(el("div", { class: "warning" }, ev.reason));
      return;
    }
    switch (ev.event) {
      case "queued": this.setState("queued"); break;
      case "running": this.setState("running"); break;
      case "planned": this.plan(ev.plan); break;
      case "refused": for (const i of ev.issues) this.notes.append(el("div", { class: "error" }, `plan refused: ${i.pointer || "/"}: ${i.message}`)); break;
      case "approval": this.setState("waiting_approval"); this.approval(ev.steps); break;
      case "warning": this.notes.append(el("div", { class: "warning" }, `warning: ${ev.message}`)); break;
      case "error": this.notes.append(el("div", { class: "error" }, ev.problem.detail)); break;
      case "end": this.setState(ev.state); break;
      default: break;
    }
  }

  approval(steps) {
    const box = el("div", { class: "warning" }, `approve ${steps.map((s) => s.id).join(", ")}? `);
    for (const [label, answer] of [["Approve", true], ["Refuse", false]]) {
      const button = el("button", { type: "button", textContent: label });
      button.addEventListener("click", async () => {
        box.remove();
        await api(`/v1/runs/${this.run.id}/approve`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ answer }) });
      });
      box.append(button);
    }
    this.notes.append(box);
  }
}

// Server-sent events over fetch; on a dropped connection, reconnect with Last-Event-ID.
async function follow(card) {
  let last = 0;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const response = await api(`/v1/runs/${card.run.id}/events`, { headers: { "Last-Event-ID": String(last) } });
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const fields = {};
          for (const line of block.split("\n")) {
            const i = line.indexOf(":");
            if (i > 0) fields[line.slice(0, i)] = (fields[line.slice(0, i)] || "") + line.slice(i + 1).trimStart();
          }
          if (!fields.data) continue;
          last = Number(fields.id || last);
          const ev = JSON.parse(fields.data);
          await card.event(ev);
          if (ev.event === "end") return;
        }
      }
    } catch (err) {
      card.notes.append(el("div", { class: "warning" }, `connection lost (${err.message}); reconnecting`));
    }
    await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
  }
}

// -- composing ---------------------------------------------------------------------------------
function showAttachments() {
  $("#attachments").replaceChildren(...state.pending.map((f) => el("span", { class: "chip" }, f.name)));
}

async function send(event) {
  event.preventDefault();
  const text = $("#text").value.trim();
  if (!text) return;
  const form = new FormData();
  form.append("text", text);
  if (state.session) form.append("session", state.session);
  for (const file of state.pending) form.append("files", file, file.name);
  const conversation = $("#conversation");
  const mine = el("div", { class: "message user" }, text);
  const thumbs = el("div", { class: "thumbs" });
  for (const file of state.pending) {
    const url = URL.createObjectURL(file);
    thumbs.append(file.type.startsWith("video") ? el("video", { src: url, muted: true }) : el("img", { src: url, alt: file.name }));
  }
  mine.append(thumbs);
  conversation.append(mine);
  $("#send").disabled = true;
  try {
    const run = await (await api("/v1/runs", { method: "POST", body: form })).json();
    $("#text").value = "";
    state.pending = [];
    $("#files").value = "";
    showAttachments();
    if (state.session !== run.session) { state.session = run.session; $("#session-title").textContent = `Session ${run.session}`; }
    const card = new RunCard(run);
    conversation.append(card.node);
    await follow(card);
  } catch (err) {
    conversation.append(el("div", { class: "message error" }, err.message));
  } finally {
    $("#send").disabled = false;
    conversation.scrollTop = conversation.scrollHeight;
    loadSessions().catch(() => {});
  }
}

$("#files").addEventListener("change", (e) => { state.pending = [...state.pending, ...e.target.files]; showAttachments(); });
$("#composer").addEventListener("submit", send);
$("#text").addEventListener("keydown", (e) => { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); $("#composer").requestSubmit(); } });
$("#new-session").addEventListener("click", () => {
  state.session = null;
  $("#session-title").textContent = "New session";
  $("#conversation").replaceChildren();
  loadSessions().catch(() => {});
});
loadSessions().catch((err) => $("#conversation").append(el("div", { class: "message error" }, err.message)));
