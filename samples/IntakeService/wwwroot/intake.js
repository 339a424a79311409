// The intake page: posts the pasted contract to /contracts/validate and lists the findings, each linked to its line.
"use strict";
(() => {
  const form = document.getElementById("intake");
  const text = document.getElementById("contract");
  const file = document.getElementById("file");
  const playbook = document.getElementById("playbook");
  const summary = document.getElementById("summary");
  const findings = document.getElementById("findings");
  const source = document.getElementById("source");

  fetch("/playbooks").then(r => r.json()).then(list => {
    for (const p of list.playbooks) {
      const option = new Option(p.name, p.name, false, p.name === list.default);
      playbook.add(option);
    }
  });

  file.addEventListener("change", async () => {
    if (file.files.length > 0) {
      text.value = await file.files[0].text();
    }
  });

  function showSource(json) {
    source.replaceChildren(...json.split("\n").map((line, i) => {
      const li = document.createElement("li");
      li.id = "L" + (i + 1);
      li.textContent = line;
      return li;
    }));
  }

  function show(title, diagnostics) {
    summary.hidden = false;
    summary.textContent = title;
    findings.replaceChildren(...diagnostics.map(d => {
      const li = document.createElement("li");
      li.className = String(d.severity).toLowerCase();
      const where = d.line ? document.createElement("a") : document.createElement("span");
      if (d.line) {
        where.href = "#L" + d.line;
        where.textContent = "line " + d.line + ", column " + d.column;
      } else {
        where.textContent = d.document;
      }
      const code = document.createElement("code");
      code.textContent = d.code;
      li.append(where, " ", d.severity, " ", code, " ", d.message, " (" + d.pointer + ")");
      return li;
    }));
  }

  form.addEventListener("submit", async event => {
    event.preventDefault();
    showSource(text.value);
    const response = await fetch("/contracts/validate?playbook=" + encodeURIComponent(playbook.value), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: text.value,
    });
    const body = await response.json();
    const diagnostics = response.ok ? body.diagnostics : (body.diagnostics || []);
    const title = response.ok ? "Valid" : body.title;
    show(`${title}: ${diagnostics.length} finding${diagnostics.length === 1 ? "" : "s"}${body.detail ? " (" + body.detail + ")" : ""}`, diagnostics);
  });
})();
