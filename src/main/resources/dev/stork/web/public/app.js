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
  // For the tabs in files of their own (calibration.js, plan.js): an API request with the token, answering the JSON,
  // or null with the refusal's reason (or that Stork cannot be reached) put in the element given.
  window.storkRequest = async function (method, path, body, errorElement) {
    const init = { method, headers: { 'X-Stork-Token': token } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    try {
      const res = await fetch(path, init);
      const json = await res.json().catch(() => ({}));
      errorElement.textContent = res.ok ? '' : json.error || ('Failed: ' + res.status);
      return res.ok ? json : null;
    } catch (e) {
      errorElement.textContent = 'Cannot reach Stork.';
      return null;
    }
  };

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

  // ---- spoken cues (speech synthesis: the browser's own voices, no network). The Voice switch mutes them and is
  // remembered (localStorage 'stork.voice'); the beeps do not depend on it. The words are also shown in the header.
  let voiceOn = localStorage.getItem('stork.voice') !== 'off';
  function renderVoice() {
    $('voice').setAttribute('aria-checked', String(voiceOn));
    $('voice-state').textContent = voiceOn ? 'on' : 'off';
  }
  renderVoice();
  $('voice').onclick = () => {
    voiceOn = !voiceOn;
    localStorage.setItem('stork.voice', voiceOn ? 'on' : 'off');
    if (!voiceOn && window.speechSynthesis) window.speechSynthesis.cancel();
    renderVoice();
  };
  function say(shown, spoken) {
    $('said').textContent = shown;
    if (!voiceOn || !window.speechSynthesis || !window.SpeechSynthesisUtterance) return;
    const utterance = new SpeechSynthesisUtterance(spoken || shown);
    utterance.lang = 'en';
    window.speechSynthesis.speak(utterance);
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
    await command('report', { pain: painChoice, lostForm: $('lost-form').checked,
      sharpOrTingling: $('sharp-pain').checked });
    painChoice = null;
    $('lost-form').checked = false;
    $('sharp-pain').checked = false;
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
    // A set of repetitions shows the count where a hold shows its seconds.
    const repetitions = current && current.targetKind === 'repetitions';
    let done = holdS;
    if (repetitions) {
      done = live ? (holding ? live.repetitions : (live.lastTrial ? live.lastTrial.repetitions : 0)) : 0;
    }
    $('hold').textContent = repetitions ? String(done) : holdS.toFixed(1);
    $('target').textContent = 'of ' + fmt(targetS, 0) + (repetitions ? ' repetitions' : ' s');
    const pct = targetS > 0 ? Math.min(100, 100 * done / targetS) : 0;
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
    $('screen-live').classList.toggle('over', over);
    // The spoken countdown of a hold's seconds does not apply to a set.
    cues(s, live, holding, repetitions ? 0 : targetS);
    renderPlan(s);
    renderActions(s);
    renderSummary(s);
    $('report').hidden = phase !== 'REPORT';
    if (phase === 'REPORT') $('report-summary').textContent = painQuestion(s.heldS);
    if (status) renderStatus(status);
    lastPhase = phase;
    drawTrace();
    // For the other parts of the page (plan.js): what the session is doing now.
    document.dispatchEvent(new CustomEvent('stork:session', { detail: s }));
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

  const painQuestion = (heldS) => 'You held ' + fmt(heldS, 1) + ' s. Pain from 0 (none) to 10 (worst)?';

  // Beeps and spoken cues, each once, on the frame where its moment comes.
  let lastCount = null;
  let countdownSeen = false;  // a countdown ran: its end is the lift ("Lift now")
  let tenSaid = false;
  function cues(s, live, holding, targetS) {
    const state = live ? live.state : null;
    if (s.phase === 'COUNTDOWN' && s.countdownLeftS > 0) countdownSeen = true;
    if (countdownSeen && (s.phase === 'HOLDING' || (s.phase === 'COUNTDOWN' && s.countdownLeftS <= 0))) {
      countdownSeen = false;
      say('Lift now');
    }
    if (s.phase !== 'COUNTDOWN' && s.phase !== 'HOLDING') countdownSeen = false;
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
      tenSaid = false;
      beep(880, 180);
    }
    if (holding && targetS > 0) {
      const left = Math.ceil(targetS - live.holdS);
      if (left <= 3 && left >= 1 && left !== lastBeepSecond) { beep(660, 90); lastBeepSecond = left; }
      // Ten seconds to the target, for targets longer than that; said at the moment, never late.
      const toGo = targetS - live.holdS;
      if (targetS > 10 && !tenSaid && toGo <= 10 && toGo > 9) { tenSaid = true; say('Ten seconds'); }
    }
    if (lastPhase === 'HOLDING' && s.phase === 'REPORT') {
      beep(440, 150); beep(440, 150, 0.22); lastBeepSecond = -1;
      if (s.heldS !== null && targetS > 0 && s.heldS >= targetS) say('Well done');
    }
    // The pain question, as the prompt shows it ("s" read out as seconds).
    if (lastPhase !== null && lastPhase !== 'REPORT' && s.phase === 'REPORT') {
      const words = painQuestion(s.heldS);
      say('Any pain?', 'Any pain? ' + words.replace(' s.', ' seconds.'));
    }
    // A cue is shown while its moment lasts: from the lift to the answer.
    if (!['COUNTDOWN', 'HOLDING', 'REPORT'].includes(s.phase)) $('said').textContent = '';
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
      const otherLeg = t.status === 'DONE' && t.legStoodOn && t.legStoodOn !== t.leg && t.leg !== 'both';
      const held = t.stabilisedS == null ? REASONS[t.endReason]
        : REASONS[t.endReason] + ', steady after ' + t.stabilisedS.toFixed(1) + ' s';
      const cells = t.status === 'DONE'
        ? [[String(i + 1)], otherLeg ? [t.legStoodOn, 'You stood on your ' + t.legStoodOn + ' leg: this counts for the '
            + t.legStoodOn + '.'] : [t.leg], [t.holdS.toFixed(1) + ' s', held],
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

  // ---- history: per exercise, charts drawn as SVG (their labels are text: readable, printable, testable)
  let historyData = null;
  $('print').onclick = () => window.print();
  async function loadHistory() {
    $('csv').href = withToken('/api/export?format=csv&file=trials');
    $('json').href = withToken('/api/export?format=json&file=trials');
    const res = await fetch('/api/history', { headers: { 'X-Stork-Token': token } });
    if (!res.ok) { $('history').textContent = 'Cannot load the history (' + res.status + ').'; return; }
    historyData = await res.json();
    renderHistory();
  }

  function renderHistory() {
    const data = historyData;
    const root = $('history');
    root.textContent = '';
    $('history-title').textContent = 'History of ' + data.person;
    $('history-printed').textContent = 'Stork · printed ' + dayLabel(new Date(), true);
    if (!data.exercises.length) { root.textContent = 'No trials yet.'; }
    const width = Math.max(320, Math.round(root.clientWidth || 700));
    data.exercises.forEach((ex) => {
      const section = document.createElement('section');
      section.className = 'history-exercise';
      const h = document.createElement('h3');
      h.textContent = ex.name + ' (' + ex.id + ')';
      section.appendChild(h);
      const reps = ex.unit === 'repetitions';
      section.appendChild(chart(reps ? 'Repetitions' : 'Hold (s)', ex.trials, reps ? 'repetitions' : 'holdS',
        reps ? ' repetitions' : ' s', true, width));
      section.appendChild(chart('Score', ex.trials, 'score', '', false, width));
      if (ex.asymmetry) {
        const p = document.createElement('p');
        p.className = 'sentence';
        p.textContent = ex.asymmetry.sentence;
        section.appendChild(p);
      }
      root.appendChild(section);
    });
    if (data.decisions.length) {
      const h = document.createElement('h3');
      h.textContent = 'Decisions';
      root.appendChild(h);
    }
    data.decisions.forEach((d) => {
      const p = document.createElement('p');
      p.className = 'sentence';
      p.textContent = d.at.slice(0, 10) + ': ' + d.sentence;
      root.appendChild(p);
    });
  }
  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { if (currentScreen === 'history' && historyData) renderHistory(); }, 200);
  });

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad2 = (n) => (n < 10 ? '0' : '') + n;
  // Calendar days in the browser's time zone: the person's own days.
  const dayKey = (d) => d.getFullYear() + '-' + pad2(d.getMonth() + 1) + '-' + pad2(d.getDate());
  const dayLabel = (d, withYear) => d.getDate() + ' ' + MONTHS[d.getMonth()] + (withYear ? ' ' + d.getFullYear() : '');
  const niceMax = (v) => { const step = v <= 10 ? 1 : v <= 50 ? 5 : 10; return Math.ceil(v / step) * step; };

  const SVG_NS = 'http://www.w3.org/2000/svg';
  function svg(name, attrs, parent, text) {
    const e = document.createElementNS(SVG_NS, name);
    Object.keys(attrs).forEach((k) => e.setAttribute(k, String(attrs[k])));
    if (text !== undefined) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }

  // One chart: the trials in order along x (equal steps, so a session's trials stay apart), the first trial of each
  // day labelled with its date, a dashed line where the level changed, the target as a dashed step line.
  let chartCount = 0;
  function chart(title, trials, field, unit, withTarget, width) {
    const W = width, H = W < 500 ? 240 : 300, L = 48, R = 16, T = 30, B = 44;
    const id = 'chart-' + (++chartCount);
    const figure = document.createElement('figure');
    figure.className = 'chart-box';
    const legend = document.createElement('figcaption');
    legend.className = 'legend';
    legend.append(title + ' — ');
    const key = (cls, words) => { const k = document.createElement('span'); k.className = cls; k.textContent = words; return k; };
    const legs = ['left', 'right', 'both'].filter((leg) => trials.some((t) => t.leg === leg));
    legs.forEach((leg, i) => { if (i) legend.append(' · '); legend.append(key(leg, leg)); });
    if (withTarget) legend.append(' · ', key('target-key', 'target'));
    legend.append(' · ', key('level-key', 'level change'));
    const value = (t) => (t[field] === null || t[field] === undefined) ? null : t[field];
    const n = trials.length;
    const days = trials.map((t) => new Date(t.at));
    const levels = [];
    trials.forEach((t, i) => { if (i === 0 || t.level !== trials[i - 1].level) levels.push(t.level); });
    const root = svg('svg', { class: 'chart', viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img',
      'aria-labelledby': id + '-title ' + id + '-desc' });
    svg('title', { id: id + '-title' }, root, title + ' per trial: '
      + (legs.map((leg) => leg === 'both' ? 'both legs' : leg + ' leg').join(', ') || 'none'));
    svg('desc', { id: id + '-desc' }, root, n === 0 ? 'No trials.'
      : n + ' trials from ' + dayLabel(days[0], true) + ' to ' + dayLabel(days[n - 1], true)
        + '; level ' + levels.join(', then level ')
        + (withTarget ? '; target ' + trials[n - 1].targetS + unit : '') + '.');
    const values = trials.map(value).filter((v) => v !== null);
    const targets = withTarget ? trials.map((t) => t.targetS) : [];
    const max = field === 'score' ? 100 : niceMax(Math.max(1, ...values, ...targets) * 1.1);
    const X = (i) => L + (n <= 1 ? (W - L - R) / 2 : i * (W - L - R) / (n - 1));
    const Y = (v) => T + (H - T - B) * (1 - v / max);
    [0, max / 2, max].forEach((v) => {
      svg('line', { class: v === 0 ? 'axis-line' : 'grid', x1: L, x2: W - R, y1: Y(v), y2: Y(v) }, root);
      svg('text', { class: 'value-label', x: L - 8, y: Y(v) + 5, 'text-anchor': 'end' }, root,
        Number.isInteger(v) ? String(v) : v.toFixed(1));
    });
    // Date axis: a tick under each day's first trial, labels at least 84 px apart, the year on the first and on change.
    let lastDay = null, lastLabelX = -Infinity, lastYear = null;
    trials.forEach((t, i) => {
      const day = dayKey(days[i]);
      if (day === lastDay) return;
      lastDay = day;
      svg('line', { class: 'tick', x1: X(i), x2: X(i), y1: Y(0), y2: Y(0) + 6 }, root);
      if (X(i) - lastLabelX < 84) return;
      const year = days[i].getFullYear();
      const label = svg('text', { class: 'date', x: X(i), y: Y(0) + 24, 'text-anchor': i === 0 && n > 1 ? 'start' : 'middle',
        'data-date': day }, root, dayLabel(days[i], year !== lastYear));
      if (i === 0 && n > 1) label.setAttribute('x', String(X(i) - 6));
      lastYear = year;
      lastLabelX = X(i);
    });
    for (let i = 1; i < n; i++) {
      if (trials[i].level === trials[i - 1].level) continue;
      const x = (X(i - 1) + X(i)) / 2;
      svg('line', { class: 'level-change', x1: x, x2: x, y1: T - 6, y2: Y(0), 'data-level': trials[i].level }, root);
      svg('text', { class: 'level-label', x: x, y: T - 12, 'text-anchor': 'middle' }, root, 'level ' + trials[i].level);
    }
    if (withTarget && n) {
      const half = n <= 1 ? W : (W - L - R) / (n - 1) / 2;
      let d = '';
      trials.forEach((t, i) => {
        const y = Y(t.targetS);
        d += (i === 0 ? 'M' : 'L') + Math.max(L, X(i) - half) + ' ' + y + ' L' + Math.min(W - R, X(i) + half) + ' ' + y + ' ';
      });
      svg('path', { class: 'target', d: d.trim(), 'data-target': trials[n - 1].targetS }, root);
      svg('text', { class: 'target-label', x: W - R, y: Y(trials[n - 1].targetS) - 8, 'text-anchor': 'end' }, root,
        'target ' + trials[n - 1].targetS + unit);
    }
    legs.forEach((leg) => {
      let d = '';
      trials.forEach((t, i) => {
        if (t.leg !== leg || value(t) === null) return;
        d += (d ? 'L' : 'M') + X(i) + ' ' + Y(value(t)) + ' ';
      });
      if (d) svg('path', { class: 'series ' + leg, d: d.trim() }, root);
      trials.forEach((t, i) => {
        if (t.leg !== leg || value(t) === null) return;
        const dot = svg('circle', { class: 'dot ' + leg, cx: X(i), cy: Y(value(t)), r: 6 }, root);
        const shown = field === 'score' ? String(Math.round(value(t))) : value(t).toFixed(field === 'holdS' ? 1 : 0) + unit;
        svg('title', {}, dot, dayLabel(days[i], true) + ', ' + (leg === 'both' ? 'both legs' : leg + ' leg') + ', level '
          + t.level + ': ' + shown);
      });
    });
    figure.append(legend, root);
    return figure;
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
