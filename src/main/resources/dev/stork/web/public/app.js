'use strict';
// Stork dashboard: one page, plain JS. Live state arrives by Server-Sent Events (/live); commands are POSTs.
(function () {
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  if (params.has('token')) {
    localStorage.setItem('stork.token', params.get('token'));
    history.replaceState(null, '', location.pathname);
  }
  const token = localStorage.getItem('stork.token') || '';
  const withToken = (path) => token ? path + (path.includes('?') ? '&' : '?') + 'token=' + encodeURIComponent(token) : path;

  let session = null;
  let lastPhase = null;
  let lastState = null;
  let lastBeepSecond = -1;
  let painChoice = null;
  const trace = [];          // recent COP points [ml, ap] in cm
  const holdPoints = [];     // points of the running (or last) hold, for the ellipse

  // ---- audio (Web Audio beeps; unlocked by the first tap)
  let audio = null;
  function beep(hz, ms, when) {
    if (!audio) return;
    const t = audio.currentTime + (when || 0);
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = hz;
    gain.gain.setValueAtTime(0.25, t);
    gain.gain.exponentialRampToValueAtTime(0.001, t + ms / 1000);
    osc.connect(gain).connect(audio.destination);
    osc.start(t);
    osc.stop(t + ms / 1000);
  }
  function unlockAudio() {
    if (!audio && window.AudioContext) audio = new AudioContext();
    if (audio && audio.state === 'suspended') audio.resume();
  }

  // ---- commands
  async function command(name, body) {
    unlockAudio();
    const res = await fetch('/api/session/' + name, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Stork-Token': token },
      body: JSON.stringify(body || {})
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      $('message').textContent = json.error || ('Failed: ' + res.status);
      return;
    }
    render(json, null);
  }
  $('start').onclick = () => command('start');
  // One button pauses and resumes: a pause asked for during a trial can be taken back until it begins.
  $('pause').onclick = () => command(session && (session.phase === 'PAUSED' || session.pauseRequested) ? 'resume' : 'pause');
  $('skip').onclick = () => command('skip');
  $('stop').onclick = () => { if (confirm('End the session now?')) command('stop'); };
  // Ended at the pain question, the finished trial is still saved, with its pain not reported.
  $('report-stop').onclick = () => {
    if (confirm('End the session now? The trial just finished is saved without your pain answer.')) command('stop');
  };

  // ---- pain report
  for (let i = 0; i <= 10; i++) {
    const b = document.createElement('button');
    b.textContent = String(i);
    b.setAttribute('role', 'radio');
    b.setAttribute('aria-checked', 'false');
    b.setAttribute('aria-label', 'pain ' + i);
    b.id = 'pain-' + i;
    b.onclick = () => {
      painChoice = i;
      document.querySelectorAll('#pain button').forEach((x) => x.setAttribute('aria-checked', String(x === b)));
      $('report-save').disabled = false;
    };
    $('pain').appendChild(b);
  }
  $('report-save').onclick = async () => {
    if (painChoice === null) return;
    await command('report', { pain: painChoice, lostForm: $('lost-form').checked });
    painChoice = null;
    $('lost-form').checked = false;
    $('report-save').disabled = true;
    document.querySelectorAll('#pain button').forEach((x) => x.setAttribute('aria-checked', 'false'));
    if (currentScreen === 'history') loadHistory();
  };

  // ---- tabs
  let currentScreen = 'live';
  document.querySelectorAll('.tabs button').forEach((tab) => {
    tab.onclick = () => show(tab.dataset.screen);
  });
  function show(name) {
    currentScreen = name;
    document.querySelectorAll('.screen').forEach((s) => { s.hidden = s.id !== 'screen-' + name; });
    document.querySelectorAll('.tabs button').forEach((t) => t.setAttribute('aria-selected', String(t.dataset.screen === name)));
    if (name === 'history') loadHistory();
    if (session) renderActions(session);
  }

  // ---- rendering
  const fmt = (v, digits) => (v === null || v === undefined) ? '—' : v.toFixed(digits);
  const ON_BOARD = ['INSTRUCTIONS', 'COUNTDOWN', 'HOLDING'];
  const OVER = ['DONE', 'FAILED'];
  let traceTrial = -1;

  function render(s, status) {
    session = s;
    const phase = s.phase;
    const current = s.trials[s.currentIndex];
    const live = s.live;
    if (live && s.currentIndex !== traceTrial) { trace.length = 0; holdPoints.length = 0; traceTrial = s.currentIndex; }
    const over = OVER.includes(phase);
    $('exercise-name').textContent = current ? current.name + ' · level ' + current.level
      : over ? 'Session over' : '—';
    $('leg').textContent = current ? current.leg.toUpperCase() + ' LEG' : '—';
    $('leg').hidden = !current;
    $('cue').textContent = current ? current.instruction + ' ' + current.safetyCue : '';
    $('cue').hidden = !current || !(phase === 'READY' || phase === 'INSTRUCTIONS' || phase === 'REST' || phase === 'PAUSED');
    $('message').textContent = s.message;
    $('failure').hidden = phase !== 'FAILED';
    $('failure').textContent = phase === 'FAILED' ? 'The session stopped: ' + s.failure : '';

    const holding = live && live.state === 'HOLD' && phase === 'HOLDING';
    const targetS = current ? current.targetS : (live ? live.targetS : 0);
    let holdS = 0;
    if (holding) holdS = live.holdS;
    else if (phase === 'HOLDING' && live && live.lastTrial) holdS = live.lastTrial.holdS;
    else if ((phase === 'REPORT' || phase === 'SAVING') && s.heldS !== null) holdS = s.heldS;
    $('hold').textContent = holdS.toFixed(1);
    $('target').textContent = 'of ' + fmt(targetS, 0) + ' s';
    const pct = targetS > 0 ? Math.min(100, 100 * holdS / targetS) : 0;
    $('progress-bar').style.width = pct + '%';
    $('progress').setAttribute('aria-valuenow', String(Math.round(pct)));
    const showTimer = phase === 'INSTRUCTIONS' || phase === 'HOLDING' || phase === 'REPORT' || phase === 'SAVING';
    $('timer').hidden = !showTimer;
    $('progress').hidden = !showTimer;
    renderBig(s, current);

    if (live) {
      $('velocity').textContent = fmt(live.sway.velocityCmS, 1);
      $('ellipse').textContent = fmt(live.sway.ellipseCm2, 1);
      addTracePoint(live, holding);
    }
    $('score').textContent = fmt(s.lastScore, 0);
    $('live-grid').hidden = over;
    cues(s, live, holding, targetS);
    renderPlan(s);
    renderActions(s);
    renderSummary(s);
    $('report').hidden = phase !== 'REPORT';
    if (phase === 'REPORT') {
      $('report-summary').textContent = 'You held ' + fmt(s.heldS, 1) + ' s. Pain from 0 (none) to 10 (worst)?';
    }
    if (status) renderStatus(status);
    lastPhase = phase;
    drawTrace();
  }

  // The countdown before the lift, the rest between trials and the pause: one large number or word.
  function renderBig(s, current) {
    let label = null, number = '';
    if (s.phase === 'COUNTDOWN') {
      const lifted = current && current.leg === 'left' ? 'right' : 'left';
      const left = Math.ceil(s.countdownLeftS);
      label = left > 0 ? 'Lift your ' + lifted + ' foot in' : 'Lift your ' + lifted + ' foot';
      number = left > 0 ? String(left) : 'now';
    } else if (s.phase === 'REST') {
      label = 'Rest';
      number = Math.ceil(s.restLeftS) + ' s';
    } else if (s.phase === 'PAUSED') {
      label = 'Paused';
      number = '❚❚';
    }
    $('big').hidden = label === null;
    $('big').className = 'big ' + s.phase;
    $('big-label').textContent = label || '';
    $('big-number').textContent = number;
  }

  let lastCount = null;
  function cues(s, live, holding, targetS) {
    const state = live ? live.state : null;
    if (s.phase === 'COUNTDOWN') {
      const left = Math.ceil(s.countdownLeftS);
      if (left >= 1 && left <= 3 && left !== lastCount) beep(660, 90);
      lastCount = left;
    } else if (s.phase === 'REST') {
      const left = Math.ceil(s.restLeftS);
      if (left >= 1 && left <= 3 && left !== lastCount) beep(520, 90);
      lastCount = left;
    } else {
      lastCount = null;
    }
    if (state === 'HOLD' && lastState !== 'HOLD' && s.phase === 'HOLDING') {
      holdPoints.length = 0;
      beep(880, 180);
    }
    if (holding && targetS > 0) {
      const left = Math.ceil(targetS - live.holdS);
      if (left <= 3 && left >= 1 && left !== lastBeepSecond) { beep(660, 90); lastBeepSecond = left; }
    }
    if (lastPhase === 'HOLDING' && s.phase === 'REPORT') { beep(440, 150); beep(440, 150, 0.22); lastBeepSecond = -1; }
    lastState = state;
  }

  function renderActions(s) {
    const p = s.phase;
    const over = OVER.includes(p);
    const running = !over && p !== 'READY';
    $('start').hidden = running;
    $('start').textContent = p === 'READY' ? 'Start' : 'New session';
    const resuming = p === 'PAUSED' || s.pauseRequested;
    $('pause').textContent = resuming ? 'Resume' : 'Pause';
    $('pause').className = 'button ' + (resuming ? 'primary' : 'secondary');
    $('pause').hidden = !running;
    $('pause').disabled = !resuming && (p === 'SAVING');
    $('skip').hidden = !running;
    $('skip').disabled = !(ON_BOARD.includes(p) || p === 'REST');
    const onSession = currentScreen === 'session';
    $('stop').hidden = !onSession || !running;
  }

  function statusWords(t, over) {
    if (t.status === 'DONE') return t.holdS.toFixed(1) + ' s · ' + Math.round(t.score);
    if (t.status === 'CURRENT') return 'now';
    if (t.status === 'SKIPPED') return over ? 'not done' : 'skipped';
    return '';
  }

  function renderPlan(s) {
    const list = $('plan');
    list.textContent = '';
    const over = OVER.includes(s.phase);
    s.trials.forEach((t) => {
      const li = document.createElement('li');
      li.className = t.status;
      const what = document.createElement('span');
      what.textContent = t.name + ' · ' + t.leg + ' · ' + t.targetS + ' s';
      const state = document.createElement('span');
      state.className = 'state';
      state.textContent = statusWords(t, over);
      li.append(what, state);
      list.appendChild(li);
    });
  }

  const REASONS = { TARGET: 'target reached', TOUCHDOWN: 'foot down', STEP_OFF: 'stepped off', STOPPED: 'stopped', LOGGED: 'logged' };
  let summaryKey = null;
  function renderSummary(s) {
    const over = OVER.includes(s.phase);
    $('summary').hidden = !over;
    if (!over) { summaryKey = null; return; }
    const key = JSON.stringify([s.phase, s.trials.map((t) => t.status), s.comparisons, s.decisions]);
    if (key === summaryKey) return;   // frames repeat 30 times a second: rebuild only on change
    summaryKey = key;
    const body = $('summary-trials');
    body.textContent = '';
    s.trials.forEach((t, i) => {
      const tr = document.createElement('tr');
      tr.className = t.status;
      // [text, small note under it]
      const cells = t.status === 'DONE'
        ? [[String(i + 1)], [t.leg], [t.holdS.toFixed(1) + ' s', REASONS[t.endReason]],
          painCell(t), [String(Math.round(t.score))]]
        : [[String(i + 1)], [t.leg], ['not done'], [''], ['']];
      cells.forEach(([text, note], c) => {
        const td = document.createElement(c === 0 ? 'th' : 'td');
        if (c === 0) td.scope = 'row';
        td.textContent = text;
        if (note) { const small = document.createElement('small'); small.textContent = note; td.appendChild(small); }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    sentences('summary-comparisons', s.comparisons.map((c) => c.sentence));
    sentences('summary-decisions', s.decisions.map((d) => d.sentence));
    $('summary-comparisons-box').hidden = !s.comparisons.length;
    $('summary-decisions-box').hidden = !s.decisions.length;
  }

  // A trial saved when the session was ended at its questions has pain (and form) null: not answered.
  function painCell(t) {
    if (t.pain === null) return ['—', 'not answered'];
    return [String(t.pain), t.lostForm ? 'form lost' : (t.lostForm === null ? 'form not answered' : null)];
  }

  function sentences(id, texts) {
    const root = $(id);
    root.textContent = '';
    texts.forEach((text) => {
      const p = document.createElement('p');
      p.className = 'sentence';
      p.textContent = text;
      root.appendChild(p);
    });
  }

  function renderStatus(st) {
    $('h-source').textContent = st.source;
    $('h-connection').textContent = st.connection + (st.healthy ? '' : ' (check the board)');
    $('h-rate').textContent = st.achievedRateHz.toFixed(1);
    $('h-nominal').textContent = st.nominalRateHz.toFixed(0);
    $('h-samples').textContent = String(st.samples);
    $('h-dropped').textContent = String(st.dropped);
    $('h-loss').textContent = String(st.dataLossEvents);
    $('h-reconnections').textContent = String(st.reconnections);
    $('h-message').textContent = st.lastMessage || '—';
  }

  // ---- COP trace with the 95 % prediction ellipse of the hold
  let lastSampleNanos = null;
  function addTracePoint(live, holding) {
    if (live.sampleNanos === lastSampleNanos || live.copMlCm === null) return;
    lastSampleNanos = live.sampleNanos;
    if (live.loadN < 50) return;
    trace.push([live.copMlCm, live.copApCm]);
    if (trace.length > 300) trace.shift();
    if (holding) holdPoints.push([live.copMlCm, live.copApCm]);
  }

  function ellipse(points) {
    const n = points.length;
    if (n < 10) return null;
    let mx = 0, my = 0;
    points.forEach((p) => { mx += p[0]; my += p[1]; });
    mx /= n; my /= n;
    let sxx = 0, syy = 0, sxy = 0;
    points.forEach((p) => { const dx = p[0] - mx, dy = p[1] - my; sxx += dx * dx; syy += dy * dy; sxy += dx * dy; });
    sxx /= n - 1; syy /= n - 1; sxy /= n - 1;
    const tr = sxx + syy, det = sxx * syy - sxy * sxy;
    const disc = Math.sqrt(Math.max(0, tr * tr / 4 - det));
    const l1 = tr / 2 + disc, l2 = Math.max(0, tr / 2 - disc);
    const angle = Math.atan2(l1 - sxx, sxy || 1e-12);
    const k = 5.991; // chi-square, 2 degrees of freedom, 95 %
    return { cx: mx, cy: my, a: Math.sqrt(k * l1), b: Math.sqrt(k * l2), angle: sxy === 0 && sxx >= syy ? 0 : angle };
  }

  function drawTrace() {
    const canvas = $('trace');
    const ctx = canvas.getContext('2d');
    const w = canvas.width, h = canvas.height;
    ctx.clearRect(0, 0, w, h);
    const pts = holdPoints.length > 1 ? holdPoints : trace;
    let cx = 0, cy = 0;
    if (pts.length) { pts.forEach((p) => { cx += p[0]; cy += p[1]; }); cx /= pts.length; cy /= pts.length; }
    let extent = 2;
    trace.forEach((p) => { extent = Math.max(extent, Math.abs(p[0] - cx), Math.abs(p[1] - cy)); });
    const scale = (w / 2 - 30) / (extent * 1.1);
    const X = (x) => w / 2 + (x - cx) * scale;
    const Y = (y) => h / 2 - (y - cy) * scale;
    ctx.strokeStyle = '#444'; ctx.lineWidth = 2;
    ctx.beginPath(); ctx.moveTo(w / 2, 10); ctx.lineTo(w / 2, h - 10); ctx.moveTo(10, h / 2); ctx.lineTo(w - 10, h / 2); ctx.stroke();
    ctx.fillStyle = '#c8c8c8'; ctx.font = '22px system-ui';
    ctx.fillText('1 cm', 16, h - 16);
    ctx.fillRect(80, h - 26, scale, 6);
    if (trace.length > 1) {
      ctx.strokeStyle = '#4fc3f7'; ctx.lineWidth = 3;
      ctx.beginPath();
      trace.forEach((p, i) => { if (i === 0) ctx.moveTo(X(p[0]), Y(p[1])); else ctx.lineTo(X(p[0]), Y(p[1])); });
      ctx.stroke();
      const last = trace[trace.length - 1];
      ctx.fillStyle = '#ffd400';
      ctx.beginPath(); ctx.arc(X(last[0]), Y(last[1]), 10, 0, 2 * Math.PI); ctx.fill();
    }
    const e = ellipse(holdPoints);
    if (e) {
      ctx.strokeStyle = '#3ddc84'; ctx.lineWidth = 4;
      ctx.beginPath();
      ctx.ellipse(X(e.cx), Y(e.cy), e.a * scale, Math.max(1, e.b * scale), -e.angle, 0, 2 * Math.PI);
      ctx.stroke();
    }
  }

  // ---- history charts
  async function loadHistory() {
    $('csv').href = withToken('/api/export?format=csv&file=trials');
    $('json').href = withToken('/api/export?format=json&file=trials');
    const res = await fetch('/api/history', { headers: { 'X-Stork-Token': token } });
    if (!res.ok) { $('history').textContent = 'Cannot load the history (' + res.status + ').'; return; }
    const data = await res.json();
    const root = $('history');
    root.textContent = '';
    if (!data.exercises.length) { root.textContent = 'No trials yet.'; }
    data.exercises.forEach((ex) => {
      const h = document.createElement('h3');
      h.textContent = ex.name + ' (' + ex.id + ')';
      root.appendChild(h);
      root.appendChild(chart('Hold (s)', ex.trials, 'holdS'));
      root.appendChild(chart('Score', ex.trials, 'score'));
      if (ex.asymmetry) {
        const p = document.createElement('p');
        p.className = 'sentence';
        p.textContent = ex.asymmetry.sentence;
        root.appendChild(p);
      }
    });
    data.decisions.forEach((d) => {
      const p = document.createElement('p');
      p.className = 'sentence';
      p.textContent = d.at.slice(0, 10) + ': ' + d.sentence;
      root.appendChild(p);
    });
  }

  function chart(title, trials, field) {
    const wrap = document.createElement('div');
    const legend = document.createElement('p');
    legend.className = 'legend';
    legend.innerHTML = '';
    legend.append(title + ' — ');
    const l = document.createElement('span'); l.className = 'left'; l.textContent = 'left';
    const r = document.createElement('span'); r.className = 'right'; r.textContent = 'right';
    legend.append(l, ' · ', r);
    const canvas = document.createElement('canvas');
    canvas.className = 'chart';
    canvas.width = 700; canvas.height = 260;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', title + ' per trial, left and right leg');
    wrap.append(legend, canvas);
    const ctx = canvas.getContext('2d');
    const values = trials.map((t) => t[field]).filter((v) => v !== null);
    const targets = trials.map((t) => t.targetS);
    const max = field === 'score' ? 100 : Math.ceil(Math.max(1, ...values, ...targets) * 1.1);
    const n = trials.length;
    const X = (i) => 50 + (n <= 1 ? 0 : i * (canvas.width - 80) / (n - 1));
    const Y = (v) => canvas.height - 30 - v * (canvas.height - 50) / max;
    ctx.strokeStyle = '#444'; ctx.fillStyle = '#c8c8c8'; ctx.font = '20px system-ui';
    ctx.beginPath(); ctx.moveTo(50, Y(0)); ctx.lineTo(canvas.width - 20, Y(0)); ctx.stroke();
    ctx.fillText('0', 20, Y(0) + 6); ctx.fillText(max.toFixed(0), 8, Y(max) + 20);
    [['left', '#4fc3f7'], ['right', '#ffb74d']].forEach(([leg, color]) => {
      ctx.strokeStyle = color; ctx.fillStyle = color; ctx.lineWidth = 4;
      ctx.beginPath();
      let started = false;
      trials.forEach((t, i) => {
        if (t.leg !== leg || t[field] === null) return;
        if (!started) { ctx.moveTo(X(i), Y(t[field])); started = true; } else ctx.lineTo(X(i), Y(t[field]));
      });
      ctx.stroke();
      trials.forEach((t, i) => {
        if (t.leg !== leg || t[field] === null) return;
        ctx.beginPath(); ctx.arc(X(i), Y(t[field]), 7, 0, 2 * Math.PI); ctx.fill();
      });
    });
    return wrap;
  }

  // ---- live stream
  function connect() {
    const source = new EventSource(withToken('/live'));
    source.addEventListener('state', (event) => {
      $('link').textContent = 'live';
      $('link').className = 'link ok';
      const frame = JSON.parse(event.data);
      window.storkLastFrame = frame;
      render(frame.session, frame.status);
    });
    source.onerror = () => {
      $('link').textContent = 'reconnecting…';
      $('link').className = 'link down';
    };
  }
  fetch('/api/session', { headers: { 'X-Stork-Token': token } })
    .then((r) => r.ok ? r.json() : Promise.reject(r.status))
    .then((s) => render(s, null))
    .catch((code) => { $('message').textContent = code === 401 ? 'Open the link Stork printed (it carries the access code).' : 'Cannot reach Stork.'; });
  connect();
})();
