'use strict';
// Stork dashboard: the calibration wizard, its own tab. While the tab is shown it polls GET /api/calibration
// (5 times a second) and renders the step, the instruction, the live reading, the progress and, at the end, the
// report. Commands are POSTs to /api/calibration/{start,confirm,cancel} with the access token. A plate that has no
// calibration yet (stork serve started it uncalibrated) is announced on the live screen until it has one.
(function () {
  const screen = document.getElementById('screen-calibration');
  if (!screen) return;
  const liveScreen = document.getElementById('screen-live');
  const banner = document.createElement('div');
  banner.id = 'cal-required';
  banner.className = 'cal-required';
  banner.setAttribute('role', 'alert');
  banner.hidden = true;
  banner.innerHTML = '<p id="cal-required-text"></p>'
    + '<button type="button" id="cal-required-go" class="button primary">Calibrate the plate</button>';
  if (liveScreen) liveScreen.insertBefore(banner, liveScreen.firstChild);
  const G = 9.80665;
  const CELLS = ['front-left', 'front-right', 'back-left', 'back-right'];

  // Static markup only: nothing from the server is ever put in as HTML (text goes through textContent).
  screen.innerHTML = `
    <h2>Calibration</h2>
    <div id="cal-report" class="cal-report" hidden>
      <h3 id="cal-outcome"></h3>
      <dl id="cal-figures" class="health"></dl>
      <p id="cal-saved" class="cal-saved"></p>
    </div>
    <div id="cal-setup">
      <p class="cal-board">Board: <span id="cal-source">—</span></p>
      <div class="cal-kinds" role="radiogroup" aria-label="What to calibrate">
        <button type="button" id="cal-kind-plate" role="radio" aria-checked="true">Plate</button>
        <button type="button" id="cal-kind-imu" role="radio" aria-checked="false">Wobble board (IMU)</button>
      </div>
      <label id="cal-mass-row" class="cal-mass">Known mass
        <input id="cal-mass" type="number" inputmode="decimal" min="1" max="300" step="0.1" value="20"> kg</label>
      <p id="cal-how" class="cal-how"></p>
      <button type="button" id="cal-start" class="button primary">Start a calibration</button>
    </div>
    <div id="cal-run" hidden>
      <div id="cal-step" class="cal-step">—</div>
      <p id="cal-prompt" class="cal-prompt" aria-live="polite"></p>
      <div class="cal-reading"><span id="cal-reading">—</span></div>
      <div id="cal-progress" class="progress" role="progressbar" aria-label="Step measured"
           aria-valuemin="0" aria-valuemax="100" aria-valuenow="0"><div id="cal-progress-bar" class="progress-bar"></div></div>
      <p id="cal-message" class="message" aria-live="polite"></p>
      <div class="cal-actions">
        <button type="button" id="cal-confirm" class="button primary">Go on</button>
        <button type="button" id="cal-cancel" class="button danger">Cancel</button>
      </div>
    </div>
    <p id="cal-error" class="message cal-error" role="alert"></p>`;

  const $ = (id) => document.getElementById(id);
  let kind = 'plate';
  let timer = null;
  let wasRunning = false;
  let shownReport = null;    // what the report shows now, so that polling rebuilds it only when it changes

  const call = (method, path, body) => window.storkRequest(method, path, body, $('cal-error'));
  async function refresh() {
    const s = await call('GET', '/api/calibration');
    if (s) render(s);
  }
  async function command(name, body) {
    const s = await call('POST', '/api/calibration/' + name, body || {});
    if (s) render(s);
  }

  function choose(which) {
    kind = which;
    $('cal-kind-plate').setAttribute('aria-checked', String(which === 'plate'));
    $('cal-kind-imu').setAttribute('aria-checked', String(which === 'imu'));
    $('cal-mass-row').hidden = which !== 'plate';
    $('cal-how').textContent = which === 'plate'
      ? 'You need a known mass (a dumbbell, a bag of flour) and marks at the centre and over each foot. '
        + 'Stork asks you to empty the board, then to put the mass at the centre and over each foot, then checks.'
      : 'Stork asks you to lay the board flat, upside down and on each of its four edges, holding it still each time.';
  }
  $('cal-kind-plate').onclick = () => choose('plate');
  $('cal-kind-imu').onclick = () => choose('imu');
  $('cal-start').onclick = () => command('start', kind === 'plate'
    ? { kind: 'plate', mass_kg: Number($('cal-mass').value) } : { kind: 'imu' });
  $('cal-confirm').onclick = () => command('confirm');
  $('cal-cancel').onclick = () => command('cancel');
  choose('plate');

  const fmt = (v, digits) => (v === null || v === undefined) ? '—' : v.toFixed(digits);

  // The plate must be calibrated before training: said on the live screen and above the wizard's setup.
  let requiredTimer = null;
  function renderRequired(s) {
    const required = s.required || null;
    banner.hidden = !required;
    $('cal-required-text').textContent = required
      ? 'Calibrate first: ' + required + '. Training starts once the plate is calibrated.' : '';
    // Not on the wizard's tab: look again every 3 s until the plate is calibrated (perhaps from another device).
    if (required && !requiredTimer) {
      requiredTimer = setInterval(() => { if (screen.hidden) refresh(); }, 3000);
    } else if (!required && requiredTimer) {
      clearInterval(requiredTimer);
      requiredTimer = null;
    }
  }
  $('cal-required-go').onclick = () => $('tab-calibration').click();

  function render(s) {
    window.storkCalibration = s;
    renderRequired(s);
    $('cal-source').textContent = s.available ? s.source : '—';
    $('cal-start').disabled = !s.available;
    if (!s.available) $('cal-how').textContent = s.unavailableReason;
    const running = s.phase === 'CONNECTING' || s.phase === 'WAITING' || s.phase === 'COLLECTING';
    $('cal-setup').hidden = running;
    $('cal-run').hidden = !running;
    const finished = s.phase === 'DONE' || s.phase === 'FAILED' || s.phase === 'CANCELLED';
    $('cal-report').hidden = !finished;
    if (running) renderRun(s);
    if (finished) renderReport(s);
    if (finished && wasRunning) window.scrollTo(0, 0); // the report is at the top
    wasRunning = running;
  }

  function renderRun(s) {
    $('cal-step').textContent = s.phase === 'CONNECTING' ? 'Waiting for the board…'
      : 'Step ' + (s.stepIndex + 1) + ' of ' + s.stepCount;
    $('cal-prompt').textContent = s.phase === 'CONNECTING' ? s.board : s.prompt;
    if (s.kind === 'plate') {
      $('cal-reading').textContent = s.loadN === null ? 'Load: — (known after the board is zeroed)'
        : 'Load: ' + (s.loadN / G).toFixed(1) + ' kg (' + s.loadN.toFixed(0) + ' N)';
    } else {
      const a = s.accelMps2 || [null, null, null];
      $('cal-reading').textContent = 'Acceleration x ' + fmt(a[0], 2) + ' · y ' + fmt(a[1], 2) + ' · z ' + fmt(a[2], 2) + ' m/s²';
    }
    const pct = Math.round(100 * (s.progress || 0));
    $('cal-progress-bar').style.width = pct + '%';
    $('cal-progress').setAttribute('aria-valuenow', String(pct));
    $('cal-message').textContent = s.phase === 'COLLECTING' ? 'Measuring… keep still. ' + s.message : s.message;
    $('cal-confirm').disabled = s.phase !== 'WAITING';
  }

  function figure(label, value, id) {
    const div = document.createElement('div');
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    if (id) dd.id = id;
    div.append(dt, dd);
    $('cal-figures').appendChild(div);
  }

  function renderReport(s) {
    const r = s.report;
    const key = s.phase + '|' + s.message + '|' + (r ? r.calibrationId : '');
    if (key === shownReport) return;
    shownReport = key;
    $('cal-figures').textContent = '';
    if (s.phase === 'DONE' && r) {
      $('cal-outcome').textContent = 'Calibrated: ' + s.board;
      if (s.kind === 'plate') {
        figure('Check: centre of pressure off by', fmt(r.checkCopErrorMm, 1) + ' mm', 'cal-cop');
        figure('Check: weight off by', fmt(r.checkWeightErrorPercent, 2) + ' %', 'cal-weight');
        if (r.residualN !== null) figure('Fit residual', fmt(r.residualN, 2) + ' N');
        if (r.conditionNumber !== null) figure('Condition number', fmt(r.conditionNumber, 1));
        const unit = r.cellUnit === 'counts' ? 'N per count' : r.cellUnit === 'kilograms' ? 'N per kg' : 'N per N';
        r.gains.forEach((g, i) => figure('Gain, ' + CELLS[i] + ' cell', g.toPrecision(6) + ' ' + unit));
      } else {
        const v = (a, d) => a.map((x) => x.toFixed(d)).join(' · ');
        figure('Gyroscope bias x · y · z', v(r.gyroBiasRadPerS, 4) + ' rad/s', 'cal-bias');
        figure('Accelerometer offset', v(r.accelOffsetMps2, 3) + ' m/s²');
        figure('Accelerometer scale', v(r.accelScale, 4));
        figure('|g| residual', fmt(r.accelResidualMps2, 4) + ' m/s²');
      }
      $('cal-saved').textContent = 'Saved in ' + s.savedFile + ' (calibration ' + r.calibrationId + ').';
    } else {
      $('cal-outcome').textContent = s.phase === 'CANCELLED' ? 'Cancelled' : 'Not calibrated';
      // A profile saved but not taken up by the board says so itself; otherwise nothing was saved.
      const said = /nothing saved|unchanged/i.test(s.message) || s.savedFile;
      const text = s.message.charAt(0).toUpperCase() + s.message.slice(1);
      $('cal-saved').textContent = text + (said ? '' : '. Nothing saved; the current calibration is unchanged.');
    }
  }

  // Poll only while the tab is shown; the session's buttons make no sense here, so they hide meanwhile.
  function visibility() {
    const shown = !screen.hidden;
    const actions = document.getElementById('actions');
    if (actions) actions.hidden = shown;
    if (shown && !timer) {
      refresh();
      timer = setInterval(refresh, 200);
    } else if (!shown && timer) {
      clearInterval(timer);
      timer = null;
    }
  }
  new MutationObserver(visibility).observe(screen, { attributes: true, attributeFilter: ['hidden'] });
  visibility();
  if (screen.hidden) refresh();
})();
