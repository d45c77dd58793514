'use strict';
// Stork dashboard: the Session screen's plan panel and the single-leg stance test. The plan comes from GET /api/plan
// and is replaced with PUT /api/plan; "Start" beside an exercise begins it on its own and the stance test begins with
// POST /api/session/start, after which the Live tab shows the session. While a session is under way (app.js tells
// each frame with a 'stork:session' event) nothing here can be changed or started. At the end of a stance test its
// result is added to the Live tab's summary.
(function () {
  const panel = document.getElementById('plan-panel');
  if (!panel) return;
  const $ = (id) => document.getElementById(id);

  // Static markup only: what comes from the server is put in with textContent, never as HTML.
  panel.innerHTML = `
    <h2 id="plan-title">Plan</h2>
    <p id="plan-busy" class="plan-note" hidden>A session is under way: end it (End session, below) to change the plan
      or to start something else.</p>
    <ol id="plan-entries" class="plan-entries"></ol>
    <p id="plan-start-error" class="plan-error" role="alert"></p>
    <div class="plan-actions"><button type="button" id="plan-edit" class="button secondary">Edit plan</button></div>
    <form id="plan-form" class="plan-form" hidden>
      <h3>Choose the exercises and their levels</h3>
      <p class="plan-note">Tick each exercise to do and pick its level; exercises already in the plan keep their
        place, new ones come after them. Each level has its own number of holds, sets and rest.</p>
      <div id="plan-choices" class="plan-choices"></div>
      <p id="plan-error" class="plan-error" role="alert"></p>
      <div class="plan-actions">
        <button type="submit" id="plan-save" class="button primary">Save</button>
        <button type="button" id="plan-cancel" class="button secondary">Cancel</button>
      </div>
    </form>
    <section class="stance-box" aria-labelledby="stance-title">
      <h3 id="stance-title">Single-leg stance test</h3>
      <p id="stance-how" class="plan-note"></p>
      <div class="stance-fields">
        <label>Age <input id="stance-age" type="number" inputmode="numeric" min="1" max="120" step="1"> years</label>
        <label>Sex <select id="stance-sex">
          <option value="">not given</option><option value="female">female</option><option value="male">male</option>
        </select></label>
      </div>
      <button type="button" id="stance-start" class="button primary">Start the stance test</button>
      <p id="stance-error" class="plan-error" role="alert"></p>
    </section>`;

  let plan = null;
  let running = false;
  let lastPhase = null;

  async function call(method, path, body, errorId) {
    const json = await window.storkRequest(method, path, body, $(errorId));
    $(errorId).textContent = sentence($(errorId).textContent);
    return json;
  }
  const sentence = (text) => text.charAt(0).toUpperCase() + text.slice(1);

  async function load() {
    const p = await call('GET', '/api/plan', undefined, 'plan-start-error');
    if (p) render(p);
  }

  // How much of an exercise a session holds, in words: "Hold 15 s · 5 times on each leg · 1 set".
  function dose(e) {
    const sets = e.sets + (e.sets === 1 ? ' set' : ' sets');
    if (e.targetKind === 'hold') {
      return 'Hold ' + e.targetWords + ' · ' + e.repetitionsPerLeg + (e.perLeg ? ' times on each leg' : ' times')
        + ' · ' + sets;
    }
    return sets + ' of ' + e.targetWords + (e.perLeg ? ' on each leg' : '');
  }

  function render(p) {
    plan = p;
    $('plan-title').textContent = 'Plan of ' + p.person;
    const list = $('plan-entries');
    list.textContent = '';
    if (!p.entries.length) {
      const li = document.createElement('li');
      li.textContent = 'No exercises yet: choose them with Edit plan.';
      list.appendChild(li);
    }
    p.entries.forEach((e) => {
      const li = document.createElement('li');
      li.className = 'plan-entry';
      li.dataset.exercise = e.exerciseId;
      const text = document.createElement('div');
      text.className = 'plan-entry-text';
      const lines = [
        ['plan-entry-name', e.name],
        ['plan-entry-level', 'Level ' + e.level + ' of ' + e.topLevel + ': ' + e.levelName],
        ['plan-entry-dose', dose(e) + ', rest ' + e.restS + ' s'],
        ['plan-entry-where', e.kind === 'measured' ? 'Measured on the board' : 'Done off the board: noted, not measured']
      ];
      lines.forEach(([cls, words]) => {
        const span = document.createElement('span');
        span.className = cls;
        span.textContent = words;
        text.appendChild(span);
      });
      li.appendChild(text);
      if (e.kind === 'measured') {
        const start = document.createElement('button');
        start.type = 'button';
        start.className = 'button secondary plan-start';
        start.id = 'plan-start-' + e.exerciseId;
        start.textContent = 'Start';
        start.setAttribute('aria-label', 'Start ' + e.name + ' on its own');
        start.onclick = () => begin({ exercise: e.exerciseId }, 'plan-start-error');
        li.appendChild(start);
      }
      list.appendChild(li);
    });
    const test = p.stanceTest;
    $('stance-how').textContent = 'Arms crossed on the chest: ' + test.trialsPerLeg + ' tries on each leg with eyes open, then '
      + test.trialsPerLeg + ' with eyes closed, each up to ' + test.capS + ' s. The best of each is compared with the usual '
      + 'time for the person\'s age. ' + test.safetyCue;
    if (document.activeElement !== $('stance-age')) $('stance-age').value = p.ageYears === null ? '' : String(p.ageYears);
    if (document.activeElement !== $('stance-sex')) $('stance-sex').value = p.sex || '';
    if (!$('plan-form').hidden) fillForm();
    enable();
  }

  // The form: every exercise a plan may hold, ticked and at its level when in the plan now.
  function fillForm() {
    const root = $('plan-choices');
    root.textContent = '';
    plan.exercises.forEach((ex) => {
      const inPlan = plan.entries.find((e) => e.exerciseId === ex.id);
      const row = document.createElement('div');
      row.className = 'plan-choice';
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = 'plan-pick-' + ex.id;
      box.checked = Boolean(inPlan);
      label.append(box, ' ' + ex.name + (ex.kind === 'measured' ? '' : ' (off the board)'));
      const select = document.createElement('select');
      select.id = 'plan-level-' + ex.id;
      select.setAttribute('aria-label', 'Level of ' + ex.name);
      ex.levels.forEach((l) => {
        const option = document.createElement('option');
        option.value = String(l.level);
        option.textContent = 'Level ' + l.level + ': ' + l.name;
        select.appendChild(option);
      });
      select.value = String(inPlan ? inPlan.level : 1);
      select.onchange = () => { box.checked = true; };
      row.append(label, select);
      root.appendChild(row);
    });
  }

  function chosen() {
    const picked = plan.exercises.filter((ex) => $('plan-pick-' + ex.id).checked).map((ex) => ex.id);
    // Kept exercises stay in their place in the plan; new ones follow, in the list's order.
    const kept = plan.entries.map((e) => e.exerciseId).filter((id) => picked.includes(id));
    const order = kept.concat(picked.filter((id) => !kept.includes(id)));
    return order.map((id) => ({ id, level: Number($('plan-level-' + id).value) }));
  }

  $('plan-edit').onclick = () => {
    fillForm();
    $('plan-error').textContent = '';
    $('plan-form').hidden = false;
    $('plan-edit').hidden = true;
    $('plan-form').scrollIntoView({ block: 'start' });
  };
  $('plan-cancel').onclick = () => { $('plan-form').hidden = true; $('plan-edit').hidden = false; };
  $('plan-form').onsubmit = async (event) => {
    event.preventDefault();
    const choice = chosen();
    if (!choice.length) { $('plan-error').textContent = 'Tick at least one exercise.'; return; }
    const p = await call('PUT', '/api/plan', { plan: choice }, 'plan-error');
    if (!p) return;
    $('plan-form').hidden = true;
    $('plan-edit').hidden = false;
    render(p);
    $('plan-title').scrollIntoView({ block: 'start' });
  };

  async function begin(body, errorId) {
    const s = await call('POST', '/api/session/start', body, errorId);
    if (s) $('tab-live').click();
  }
  $('stance-age').oninput = () => { $('stance-error').textContent = ''; };
  $('stance-start').onclick = () => {
    const body = { assessment: 'stance-test' };
    const age = $('stance-age').value.trim();
    if (age !== '') {
      if (!/^\d+$/.test(age)) { $('stance-error').textContent = 'Give the age in whole years.'; return; }
      body.age = Number(age);
    }
    if ($('stance-sex').value) body.sex = $('stance-sex').value;
    begin(body, 'stance-error');
  };

  function enable() {
    $('plan-busy').hidden = !running;
    panel.querySelectorAll('.plan-start, #plan-edit, #plan-save, #stance-start').forEach((b) => { b.disabled = running; });
  }

  // ---- the stance test's result, on the Live tab's summary
  let stanceKey = null;
  function renderStance(s) {
    const box = $('summary-stance');
    if (!box) return;
    const result = s.stanceTest;
    box.hidden = !result;
    if (!result) { stanceKey = null; return; }
    const key = JSON.stringify(result);
    if (key === stanceKey) return;   // frames repeat 30 times a second: rebuild only on change
    stanceKey = key;
    const body = $('stance-best');
    body.textContent = '';
    ['left', 'right'].forEach((leg) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = leg.charAt(0).toUpperCase() + leg.slice(1) + ' leg';
      tr.appendChild(th);
      ['eyes open', 'eyes closed'].forEach((condition) => {
        const line = result.lines.find((l) => l.leg === leg && l.condition === condition);
        const td = document.createElement('td');
        td.textContent = line && line.trials > 0 ? line.bestS.toFixed(1) + ' s' : '—';
        if (line && line.normS !== null && line.trials > 0) {
          const small = document.createElement('small');
          small.textContent = 'usual ' + line.normS.toFixed(1) + ' s';
          td.appendChild(small);
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    $('stance-against').textContent = 'Against the usual times for age ' + result.ageYears
      + (result.sex ? ', ' + result.sex : ' (sex not given: the women\'s and men\'s eyes-closed times averaged)') + ':';
    const sentences = $('stance-sentences');
    sentences.textContent = '';
    result.lines.forEach((l) => {
      const p = document.createElement('p');
      p.className = 'sentence';
      p.textContent = l.sentence;
      sentences.appendChild(p);
    });
  }

  document.addEventListener('stork:session', (event) => {
    const s = event.detail;
    const nowRunning = !['READY', 'DONE', 'FAILED'].includes(s.phase);
    if (nowRunning !== running) { running = nowRunning; if (plan) enable(); }
    // A session's end may have moved a level: read the plan again.
    if (lastPhase !== null && lastPhase !== s.phase && (s.phase === 'DONE' || s.phase === 'FAILED')) load();
    lastPhase = s.phase;
    renderStance(s);
  });
  new MutationObserver(() => { if (!$('screen-session').hidden) load(); })
    .observe($('screen-session'), { attributes: true, attributeFilter: ['hidden'] });
  load();
})();
