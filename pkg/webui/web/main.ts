// geotrack's researcher page. Every text that comes from the API (article
// bodies, titles, sentences, names) is put into the page with textContent or
// as a text node, never as markup: a news page cannot inject HTML here.
import './style.css';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, BrushComponent, ToolboxComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, BrushComponent, ToolboxComponent, CanvasRenderer]);

// ---------- small helpers ----------

const $ = <T extends HTMLElement = HTMLElement>(sel: string): T => document.querySelector(sel) as T;

type Attrs = Record<string, string | undefined>;
// el builds an element whose children are text (strings) or elements.
function el(tag: string, attrs: Attrs = {}, ...kids: (Node | string | null | undefined)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  for (const k of kids) if (k !== null && k !== undefined) e.append(typeof k === 'string' ? document.createTextNode(k) : k);
  return e;
}

const TOKEN_KEY = 'geotrack.token';
function token(): string { return sessionStorage.getItem(TOKEN_KEY) || ''; }
function authHeaders(): Record<string, string> {
  const t = token();
  return t ? { Authorization: 'Bearer ' + t } : {};
}

class APIError extends Error {
  constructor(public status: number, public detail: string, public param?: string) { super(detail); }
}

async function api(path: string, init: RequestInit = {}): Promise<any> {
  const headers = { Accept: 'application/json', ...authHeaders(), ...(init.headers as Record<string, string> || {}) };
  const r = await fetch(path, { ...init, headers });
  const text = await r.text();
  let body: any = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = null; }
  if (!r.ok) {
    const detail = body && (body.detail || body.title) || `${r.status} ${r.statusText}`;
    if (r.status === 401) showAuth(`This server needs an API token (401: ${detail}). Enter one in the API token field.`);
    else if (r.status === 403) showAuth(`Your API token's role does not allow this (403: ${detail}).`);
    throw new APIError(r.status, detail, body && body.param);
  }
  return body;
}

function qs(params: Record<string, string | number | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, String(v));
  return u.toString();
}

// showAuth says, above everything, why the API refused the page ('' hides
// it): otherwise a missing token only shows as empty charts.
function showAuth(msg: string) {
  const s = $('#auth-status');
  s.textContent = msg;
  s.hidden = !msg;
}

function setStatus(msg: string) {
  const s = $('#feed-status');
  if (s) s.textContent = msg;
}

// Links to CSV exports: a plain link when no token is set; with a token the
// file is fetched with it and handed to the browser as a download.
function setCSV(a: HTMLAnchorElement, path: string) {
  a.href = path;
  a.onclick = async (ev) => {
    if (!token()) return;
    ev.preventDefault();
    const r = await fetch(path, { headers: authHeaders() });
    const blob = await r.blob();
    const url = URL.createObjectURL(blob);
    const tmp = el('a', { href: url, download: 'geotrack.csv' }) as HTMLAnchorElement;
    tmp.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };
}

// The figure receipt every answer carries: log position, coder versions,
// canonical query.
function setReceipt(node: HTMLElement, ans: any) {
  const asOf = ans && ans.as_of || {};
  const versions: string[] = ans && ans.coder_versions || [];
  node.textContent = `as of log seq ${asOf.seq ?? '?'} (${asOf.time || 'n/a'}) · coder ${versions.length ? versions.join(', ') : 'none'} · query ${ans && ans.query || ''}`;
  node.dataset.asOf = String(asOf.seq ?? '');
}

// ---------- names (English and Arabic) ----------

type Name = { en: string; ar?: string };
let names: Record<string, Name> = {};
const namesReady = fetch('/ui/names.json').then(r => r.json()).then(n => { names = n; }).catch(() => { names = {}; });

function label(key: string): string {
  const n = names[key];
  return n ? `${key} ${n.en}` : key;
}

// CAMEO roots and QuadClasses (facts of the CAMEO codebook).
const ROOTS: Record<string, string> = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid',
  '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten',
  '14': 'Protest', '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault',
  '19': 'Fight', '20': 'Use unconventional mass violence',
};
const QUADS: Record<string, string> = { '1': 'Verbal cooperation', '2': 'Material cooperation', '3': 'Verbal conflict', '4': 'Material conflict' };
const QUAD_COLORS: Record<string, string> = { '1': '#7fb3d5', '2': '#2e8b57', '3': '#f0b27a', '4': '#c0392b' };

// ---------- state (mirrored in the URL so a view can be shared) ----------

type State = {
  actor: string; partner: string; dir: 'out' | 'in';
  from: string; to: string; interval: string; by: string; metric: string;
  pfrom: string; pto: string; // the period picked on the chart
};
const state: State = { actor: '', partner: '', dir: 'out', from: '', to: '', interval: 'month', by: 'root', metric: 'events', pfrom: '', pto: '' };

function writeURL() {
  const q = qs({ actor: state.actor, partner: state.partner, dir: state.dir === 'in' ? 'in' : undefined, from: state.from, to: state.to, interval: state.interval, by: state.by, metric: state.metric, pfrom: state.pfrom, pto: state.pto });
  history.replaceState(null, '', q ? '?' + q : location.pathname);
}

function readURL() {
  const u = new URLSearchParams(location.search);
  state.actor = (u.get('actor') || '').toUpperCase();
  state.partner = (u.get('partner') || '').toUpperCase();
  state.dir = u.get('dir') === 'in' ? 'in' : 'out';
  state.from = u.get('from') || '';
  state.to = u.get('to') || '';
  state.interval = u.get('interval') || '';
  state.by = u.get('by') === 'quad' ? 'quad' : 'root';
  state.metric = u.get('metric') === 'mentions' ? 'mentions' : 'events';
  state.pfrom = u.get('pfrom') || '';
  state.pto = u.get('pto') || '';
}

// Who the chart and table are about: an actor, or a directed dyad.
function subject(): Record<string, string> {
  if (!state.partner) return { actor: state.actor };
  return state.dir === 'out' ? { source: state.actor, target: state.partner } : { source: state.partner, target: state.actor };
}

const today = () => new Date().toISOString().slice(0, 10);
function daysBetween(a: string, b: string) { return (Date.parse(b) - Date.parse(a)) / 86400000; }
function autoInterval(from: string, to: string) {
  const d = daysBetween(from, to);
  return d > 1500 ? 'year' : d > 400 ? 'month' : d > 100 ? 'week' : 'day';
}

// ---------- actor search with autocomplete ----------

const input = $<HTMLInputElement>('#actor-input');
const suggest = $<HTMLUListElement>('#actor-suggest');
let suggestSeq = 0;
let active = -1;

type Suggestion = { key: string; events?: number };

async function suggestions(text: string): Promise<Suggestion[]> {
  await namesReady;
  const t = text.trim();
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  if (/^[A-Za-z0-9]{1,16}$/.test(t)) {
    const ans = await api('/v1/actors?' + qs({ prefix: t.toUpperCase(), limit: 10 }));
    for (const a of ans.actors || []) { out.push({ key: a.key, events: a.events }); seen.add(a.key); }
  }
  // Names in English and Arabic, matched here: the API knows keys only.
  const low = t.toLocaleLowerCase();
  if (low.length >= 2) {
    for (const [key, n] of Object.entries(names)) {
      if (seen.has(key) || out.length >= 15) continue;
      if (n.en.toLocaleLowerCase().includes(low) || (n.ar && n.ar.includes(t))) { out.push({ key }); seen.add(key); }
    }
  }
  return out;
}

async function onType() {
  const seq = ++suggestSeq;
  const t = input.value;
  if (!t.trim()) { suggest.hidden = true; return; }
  let list: Suggestion[];
  try { list = await suggestions(t); } catch { list = []; }
  if (seq !== suggestSeq) return;
  suggest.replaceChildren();
  active = -1;
  for (const s of list) {
    const n = names[s.key];
    const li = el('li', { role: 'option', 'data-key': s.key },
      el('span', { class: 'key' }, s.key),
      el('span', { class: 'en' }, n ? n.en : ''),
      n && n.ar ? el('span', { class: 'ar', dir: 'rtl', lang: 'ar' }, n.ar) : null,
      el('span', { class: 'count' }, s.events !== undefined ? `${s.events} events` : ''));
    li.addEventListener('mousedown', (ev) => { ev.preventDefault(); choose(s.key); });
    suggest.append(li);
  }
  suggest.hidden = list.length === 0;
  suggest.dataset.count = String(list.length);
}

function moveActive(d: number) {
  const items = Array.from(suggest.children) as HTMLElement[];
  if (!items.length) return;
  active = (active + d + items.length) % items.length;
  items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
}

input.addEventListener('input', onType);
input.addEventListener('keydown', (ev) => {
  if (ev.key === 'ArrowDown') { moveActive(1); ev.preventDefault(); }
  else if (ev.key === 'ArrowUp') { moveActive(-1); ev.preventDefault(); }
  else if (ev.key === 'Enter') {
    const items = Array.from(suggest.children) as HTMLElement[];
    const pick = items[active >= 0 ? active : 0];
    if (pick && !suggest.hidden) choose(pick.dataset.key!);
    else if (/^[A-Za-z0-9]{2,16}$/.test(input.value.trim())) choose(input.value.trim().toUpperCase());
    ev.preventDefault();
  } else if (ev.key === 'Escape') suggest.hidden = true;
});
input.addEventListener('blur', () => setTimeout(() => { suggest.hidden = true; }, 150));

async function choose(key: string) {
  suggest.hidden = true;
  input.value = label(key);
  state.actor = key;
  state.partner = '';
  state.dir = 'out';
  state.pfrom = state.pto = '';
  state.from = state.to = '';
  state.interval = '';
  await showActor();
}

// ---------- timeline ----------

const tlNode = $('#timeline');
const tlChart = echarts.init(tlNode, undefined, { renderer: 'canvas' });
const dyNode = $('#dyads');
const dyChart = echarts.init(dyNode, undefined, { renderer: 'canvas' });
window.addEventListener('resize', () => { tlChart.resize(); dyChart.resize(); });
let buckets: any[] = [];

// The end of the last year with events (at most today): the default end
// of the chart. One coarse timeline answers it; there is no "latest event"
// query.
async function lastDate(): Promise<string> {
  const to = today();
  const from = (Number(to.slice(0, 4)) - 99) + '-01-01';
  const ans = await api('/v1/timeline?' + qs({ ...subject(), from, to, interval: 'year' }));
  const full = (ans.buckets || []).filter((b: any) => b.events > 0);
  const end = full.length ? full[full.length - 1].end : to;
  return end < to ? end : to;
}

async function showActor() {
  $('#intro').hidden = true;
  $('#explore').hidden = false;
  tlChart.resize(); dyChart.resize();
  performance.mark('gt:show');
  // Everything that does not need the date range starts at once. Without a
  // range, the table lists the subject's events from the first one (the
  // list is in date order, so its first row is the default start) while
  // one coarse timeline finds the default end.
  let firstView!: () => void;
  const dyads = drawDyads(new Promise<void>(res => { firstView = res; }));
  let table: Promise<void>;
  if (!state.from || !state.to) {
    table = loadEvents(true);
    let last: string;
    try { last = await lastDate(); } catch (e: any) {
      // No range without the API (e.g. no token yet): say so and leave the
      // range unset, so asking again (a token entered) finds it.
      await table;
      syncControls();
      tlNode.dataset.state = 'error';
      $('#timeline-receipt').textContent = 'error: ' + e.message;
      firstView();
      await dyads;
      return;
    }
    await table;
    const first = evTable.dataset.first || today();
    performance.mark('gt:range');
    state.from = first;
    state.to = last < first ? first : last;
    evTable.dataset.from = state.from;
    evTable.dataset.to = state.to;
    $('#events-title').textContent = `Events ${state.from} – ${state.to}`;
  } else table = loadEvents(true);
  if (!state.interval) state.interval = autoInterval(state.from, state.to);
  syncControls();
  writeURL();
  await Promise.all([drawTimeline(), table]);
  // Milliseconds from navigation until chart and table were on screen
  // (the first-view benchmark reads it).
  if (!document.body.dataset.firstView) document.body.dataset.firstView = String(Math.round(performance.now()));
  firstView();
  await dyads;
}

function syncControls() {
  $<HTMLInputElement>('#from').value = state.from;
  $<HTMLInputElement>('#to').value = state.to;
  $<HTMLSelectElement>('#interval').value = state.interval;
  $<HTMLSelectElement>('#by').value = state.by;
  $<HTMLSelectElement>('#metric').value = state.metric;
  const who = state.partner ? (state.dir === 'out' ? `${label(state.actor)} → ${label(state.partner)}` : `${label(state.partner)} → ${label(state.actor)}`) : label(state.actor);
  $('#timeline-title').textContent = who;
  $('#dyad-clear').hidden = !state.partner;
  $('#dyad-swap').hidden = !state.partner;
  if (!input.value) input.value = label(state.actor);
}

function timelineQuery() {
  return qs({ ...subject(), from: state.from, to: state.to, interval: state.interval, by: state.by, metric: state.metric });
}

async function drawTimeline() {
  tlNode.dataset.state = 'loading';
  const q = timelineQuery();
  let ans: any;
  try { ans = await api('/v1/timeline?' + q); } catch (e: any) {
    tlNode.dataset.state = 'error';
    $('#timeline-receipt').textContent = 'error: ' + e.message;
    return;
  }
  performance.mark('gt:timeline-answer');
  buckets = ans.buckets || [];
  const keys = new Set<string>();
  for (const b of buckets) for (const k of Object.keys(b.by || {})) keys.add(k);
  const sorted = Array.from(keys).sort();
  const series = sorted.map(k => ({
    name: state.by === 'quad' ? `${k} ${QUADS[k] || ''}` : `${k} ${ROOTS[k] || ''}`,
    type: 'bar' as const, stack: 'all', emphasis: { focus: 'series' as const },
    itemStyle: state.by === 'quad' && QUAD_COLORS[k] ? { color: QUAD_COLORS[k] } : undefined,
    data: buckets.map(b => (b.by && b.by[k]) || 0),
  }));
  tlChart.setOption({
    animation: false,
    grid: { left: 48, right: 24, top: 56, bottom: 28 },
    legend: { type: 'scroll', top: 0, left: 0, right: 120 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    toolbox: { right: 8, top: 0, feature: { brush: { type: ['lineX', 'clear'], title: { lineX: 'Pick a period', clear: 'Clear' } } } },
    brush: { xAxisIndex: 0, brushType: 'lineX', throttleType: 'debounce', throttleDelay: 300 },
    xAxis: { type: 'category', data: buckets.map(b => b.start) },
    yAxis: { type: 'value', minInterval: 1, name: state.metric },
    series,
  }, { notMerge: true });
  const opt: any = tlChart.getOption();
  tlNode.dataset.points = String(opt.xAxis[0].data.length);
  tlNode.dataset.series = String(series.length);
  tlNode.dataset.query = q;
  // Where each non-empty bar is on screen (tests click them; so can anyone).
  const centers: number[][] = [];
  buckets.forEach((b, i) => {
    const total = state.metric === 'mentions' ? b.mentions : b.events;
    if (total > 0) {
      const p = tlChart.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 } as any, [i, total / 2]) as unknown as number[];
      centers.push([i, Math.round(p[0]), Math.round(p[1])]);
    }
  });
  tlNode.dataset.bars = JSON.stringify(centers);
  setReceipt($('#timeline-receipt'), ans);
  setCSV($<HTMLAnchorElement>('#timeline-csv'), '/v1/timeline?' + q + '&format=csv');
  tlNode.dataset.state = 'ready';
  performance.mark('gt:timeline');
}

// A click anywhere in a bar's column picks its period.
tlChart.getZr().on('click', (ev: any) => {
  const pt = [ev.offsetX, ev.offsetY];
  if (!tlChart.containPixel('grid', pt)) return;
  const idx = Math.round((tlChart.convertFromPixel({ gridIndex: 0 } as any, pt) as unknown as number[])[0]);
  const b = buckets[idx];
  if (!b) return;
  pickPeriod(b.start, b.end);
});

tlChart.on('brushSelected', (p: any) => {
  const area = p.batch && p.batch[0] && p.batch[0].areas && p.batch[0].areas[0];
  if (!area || !area.coordRange) return;
  const [a, z] = area.coordRange as number[];
  const lo = buckets[Math.max(0, a)], hi = buckets[Math.min(buckets.length - 1, z)];
  if (lo && hi) pickPeriod(lo.start, hi.end);
});

function pickPeriod(from: string, to: string) {
  state.pfrom = from;
  state.pto = to;
  writeURL();
  loadEvents(true);
}

for (const id of ['#from', '#to', '#interval', '#by', '#metric']) {
  $(id).addEventListener('change', () => {
    state.from = $<HTMLInputElement>('#from').value || state.from;
    state.to = $<HTMLInputElement>('#to').value || state.to;
    state.interval = $<HTMLSelectElement>('#interval').value;
    state.by = $<HTMLSelectElement>('#by').value;
    state.metric = $<HTMLSelectElement>('#metric').value;
    writeURL();
    drawTimeline();
  });
}

$('#dyad-clear').addEventListener('click', () => { state.partner = ''; state.pfrom = state.pto = ''; syncControls(); writeURL(); drawTimeline(); loadEvents(true); });
$('#dyad-swap').addEventListener('click', () => { state.dir = state.dir === 'out' ? 'in' : 'out'; syncControls(); writeURL(); drawTimeline(); loadEvents(true); });

// ---------- dyads ----------

let partners: any[] = [];
// drawDyads fetches the partners at once and draws them once `after` has
// settled: on the first view the chart and the table come first.
async function drawDyads(after: Promise<unknown> = Promise.resolve()) {
  dyNode.dataset.state = 'loading';
  const q = qs({ actor: state.actor, limit: 10 });
  let ans: any;
  try {
    ans = await api('/v1/dyads?' + q);
    await after;
  } catch (e: any) {
    dyNode.dataset.state = 'error';
    $('#dyads-receipt').textContent = 'error: ' + e.message;
    return;
  }
  partners = (ans.partners || []).slice().reverse(); // largest on top
  dyChart.setOption({
    animation: false,
    grid: { left: 150, right: 24, top: 28, bottom: 24 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: partners.map(p => label(p.partner)) },
    series: [
      { name: 'cooperation', type: 'bar', stack: 'q', itemStyle: { color: '#2e8b57' }, data: partners.map(p => p.cooperation) },
      { name: 'conflict', type: 'bar', stack: 'q', itemStyle: { color: '#c0392b' }, data: partners.map(p => p.conflict) },
    ],
  }, { notMerge: true });
  dyNode.dataset.points = String(partners.length);
  setReceipt($('#dyads-receipt'), ans);
  setCSV($<HTMLAnchorElement>('#dyads-csv'), '/v1/dyads?' + q + '&format=csv');
  dyNode.dataset.state = 'ready';
  performance.mark('gt:dyads');
}

dyChart.getZr().on('click', (ev: any) => {
  const pt = [ev.offsetX, ev.offsetY];
  if (!dyChart.containPixel('grid', pt)) return;
  const idx = Math.round((dyChart.convertFromPixel({ gridIndex: 0 } as any, pt) as unknown as number[])[1]);
  const p = partners[idx];
  if (!p) return;
  state.partner = p.partner;
  // The direction with more events: a partner that only ever acts on the
  // actor would otherwise open on an empty chart.
  state.dir = ((p.incoming && p.incoming.events) || 0) > ((p.outgoing && p.outgoing.events) || 0) ? 'in' : 'out';
  state.pfrom = state.pto = '';
  syncControls();
  writeURL();
  drawTimeline();
  loadEvents(true);
});

// ---------- events table ----------

const evTable = $<HTMLTableElement>('#events');
let cursors: string[] = []; // cursor of each page shown so far ('' = first)
let nextCursor = '';
let eventsSeq = 0;

function eventFilters(): Record<string, string> {
  const f = new FormData($<HTMLFormElement>('#event-filters'));
  const out: Record<string, string> = {};
  for (const k of ['root', 'quad', 'lang', 'q']) { const v = String(f.get(k) || '').trim(); if (v) out[k] = v; }
  return out;
}

function eventsQuery(cursor: string) {
  const from = state.pfrom || state.from, to = state.pto || state.to;
  return qs({ ...subject(), from, to, ...eventFilters(), limit: 25, cursor });
}

async function loadEvents(reset: boolean) {
  if (reset) cursors = [''];
  const seq = ++eventsSeq;
  const cursor = cursors[cursors.length - 1];
  const q = eventsQuery(cursor);
  evTable.dataset.state = 'loading';
  const from = state.pfrom || state.from, to = state.pto || state.to;
  $('#events-title').textContent = `Events ${from} – ${to}`;
  let ans: any;
  try { ans = await api('/v1/events?' + q); } catch (e: any) {
    if (seq !== eventsSeq) return;
    evTable.dataset.state = 'error';
    $('#events-receipt').textContent = 'error: ' + e.message;
    return;
  }
  if (seq !== eventsSeq) return;
  const body = evTable.tBodies[0];
  body.replaceChildren();
  for (const ev of ans.events || []) body.append(eventRow(ev));
  if (!(ans.events || []).length) body.append(el('tr', {}, el('td', { colspan: '8' }, 'No events in this period with these filters.')));
  nextCursor = ans.next || '';
  $<HTMLButtonElement>('#page-next').disabled = !nextCursor;
  $<HTMLButtonElement>('#page-first').disabled = cursors.length <= 1;
  $('#page-info').textContent = `page ${cursors.length}`;
  evTable.dataset.rows = String((ans.events || []).length);
  if (reset && ans.events && ans.events.length) evTable.dataset.first = ans.events[0].date;
  evTable.dataset.from = from;
  evTable.dataset.to = to;
  evTable.dataset.query = q;
  setReceipt($('#events-receipt'), ans);
  setCSV($<HTMLAnchorElement>('#events-csv'), '/v1/events?' + q + '&format=csv');
  evTable.dataset.state = 'ready';
  performance.mark('gt:events');
}

function actorCell(a: any) {
  if (!a) return '';
  const key = a.org || a.country || '';
  return key + (a.name ? ` (${a.name})` : '');
}

function eventRow(ev: any): HTMLElement {
  const tr = el('tr', { 'data-id': ev.id },
    el('td', {}, ev.date),
    el('td', { dir: 'auto' }, actorCell(ev.source)),
    el('td', { title: ROOTS[ev.root] || '' }, `${ev.cameo} ${ev.plover || ''}`),
    el('td', { dir: 'auto' }, actorCell(ev.target)),
    el('td', {}, ev.location && ev.location.country || ''),
    el('td', {}, ev.lang || ''),
    el('td', { class: 'sentence', dir: 'auto', lang: ev.lang || undefined }, ev.sentence && ev.sentence.text || ''),
    el('td', {}, String(ev.story_mentions ?? '')));
  tr.addEventListener('click', () => openEvent(ev.id));
  return tr;
}

$('#page-next').addEventListener('click', () => { if (nextCursor) { cursors.push(nextCursor); loadEvents(false); } });
$('#page-first').addEventListener('click', () => loadEvents(true));
$('#event-filters').addEventListener('submit', (ev) => { ev.preventDefault(); loadEvents(true); });

// ---------- event detail ----------

const dialog = $<HTMLDialogElement>('#detail');
const enc = new TextEncoder();
const dec = new TextDecoder();

// The article body with the event's sentence in a <mark>. Offsets are
// UTF-8 byte offsets into the body, as ingested.
function articleBody(ans: any): HTMLElement {
  const art = ans.article;
  const sp = ans.sentence || {};
  const lang = (art && art.lang) || ans.event.lang || '';
  const box = el('div', { class: 'article-body', dir: lang === 'ar' ? 'rtl' : 'auto', lang: lang || undefined });
  if (art && sp.verified) {
    const bytes = enc.encode(art.body);
    box.append(dec.decode(bytes.slice(0, sp.start)), el('mark', {}, dec.decode(bytes.slice(sp.start, sp.end))), dec.decode(bytes.slice(sp.end)));
  } else {
    box.append(sp.before ? '… ' + sp.before : '', el('mark', {}, sp.text || ans.event.sentence.text), sp.after ? sp.after + ' …' : '');
  }
  return box;
}

function kv(pairs: [string, string | Node][]): HTMLElement {
  const dl = el('dl', { class: 'kv' });
  for (const [k, v] of pairs) dl.append(el('dt', {}, k), el('dd', { dir: 'auto' }, v));
  return dl;
}

async function openEvent(id: string) {
  const box = $('#detail-body');
  box.replaceChildren(el('p', {}, 'Loading…'));
  box.dataset.state = 'loading';
  if (!dialog.open) dialog.showModal();
  let ans: any;
  try { ans = await api('/v1/events/' + encodeURIComponent(id)); } catch (e: any) {
    box.replaceChildren(el('p', { class: 'err' }, e.message));
    box.dataset.state = 'error';
    return;
  }
  const ev = ans.event;
  const art = ans.article;
  const url = art && /^https?:\/\//.test(art.url || '') ? el('a', { href: art.url, rel: 'noopener noreferrer', target: '_blank' }, art.url) : (art && art.url) || '';
  const prov = el('div', {}, el('button', { type: 'button', id: 'prov-btn' }, 'Show provenance'));
  prov.querySelector('button')!.addEventListener('click', () => showProvenance(id, prov));
  const reports = el('ol', { class: 'reports' });
  for (const m of (ans.story && ans.story.reports) || []) {
    reports.append(el('li', {}, `${m.date} · ${m.lang} · article ${m.article_id.slice(0, 12)}… · coder ${m.coder_version} — `, el('span', { dir: 'auto', lang: m.lang || undefined }, m.sentence)));
  }
  const receipt = el('p', { class: 'receipt' });
  setReceipt(receipt, ans);
  box.replaceChildren(
    el('h2', { dir: 'auto' }, `${ev.date}: ${actorCell(ev.source)} → ${ev.cameo} ${ev.plover || ''} (${ROOTS[ev.root] || ''}) → ${actorCell(ev.target)}`),
    el('h3', { dir: 'auto', lang: (art && art.lang) || undefined }, art ? art.title || '(no title)' : 'Article not available'),
    art ? el('p', { class: 'sub' }, `${art.outlet || ''} · published ${art.published || 'unknown'} · `, url) : null,
    articleBody(ans),
    kv([
      ['event id', ev.id], ['QuadClass', `${ev.quad_class} ${QUADS[String(ev.quad_class)] || ''}`], ['Goldstein', String(ev.goldstein)],
      ['negated', String(!!ev.negated)], ['place', ev.location ? `${ev.location.name || ''} ${ev.location.country || ''}` : ''],
      ['coder version', ev.coder.version], ['dictionary', ev.coder.dict], ['rule', ev.coder.rule || ''],
      ['log seq', String(ev.seq)], ['story', `${ans.story.id} · ${ans.story.mentions} mention(s), ${ans.story.coded} coded sentence(s)`],
    ]),
    el('h3', {}, 'Mentions'), reports, prov, receipt);
  box.dataset.state = 'ready';
  box.dataset.id = id;
}

async function showProvenance(id: string, into: HTMLElement) {
  try {
    const p = await api('/v1/events/' + encodeURIComponent(id) + '/provenance');
    const log = p.log || {};
    const cp = log.checkpoint;
    into.replaceChildren(kv([
      ['article', `${p.article.id} (${p.article.available ? 'in the log' : 'not stored'})`],
      ['sentence', `#${p.sentence_index}, bytes ${p.sentence.start}–${p.sentence.end}, verified ${p.sentence.verified}`],
      ['log message', `seq ${p.seq} · ${log.subject || ''} · matches ${p.log_matches}`],
      ['chain hash', log.chain_hash || ''],
      ['checkpoint', cp ? `audit seq ${cp.audit_seq}, size ${cp.size}, listed ${cp.listed}` : 'none yet'],
    ]));
  } catch (e: any) {
    into.replaceChildren(el('p', { class: 'err' }, e.message));
  }
}

// ---------- live feed (SSE over fetch, so the token header can be sent) ----------

const feed = $<HTMLOListElement>('#feed');
const FEED_MAX = 50;

function addFeed(li: HTMLElement) {
  feed.prepend(li);
  while (feed.children.length > FEED_MAX) feed.lastElementChild!.remove();
  feed.dataset.count = String(feed.children.length);
}

async function sse(path: string, onMessage: (type: string, data: string, id: string) => void, onState: (s: string) => void) {
  let last = '';
  for (;;) {
    try {
      const headers: Record<string, string> = { Accept: 'text/event-stream', ...authHeaders() };
      if (last) headers['Last-Event-ID'] = last;
      const r = await fetch(path, { headers });
      if (!r.ok || !r.body) throw new Error(`${r.status}`);
      onState('live');
      const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += value;
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          let type = 'message', data = '', id = '';
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) continue;
            const c = line.indexOf(':');
            const f = c < 0 ? line : line.slice(0, c);
            const v = c < 0 ? '' : line.slice(c + 1).replace(/^ /, '');
            if (f === 'event') type = v; else if (f === 'data') data += (data ? '\n' : '') + v; else if (f === 'id') id = v;
          }
          if (id) last = id;
          if (data) onMessage(type, data, id);
        }
      }
    } catch { /* reconnect below */ }
    onState('reconnecting…');
    await new Promise(res => setTimeout(res, 2000));
  }
}

function startFeeds() {
  const states: Record<string, string> = {};
  const show = (k: string) => (s: string) => {
    states[k] = s;
    setStatus(`events ${states.events || '…'} · alerts ${states.alerts || '…'}`);
    feed.dataset.state = states.events === 'live' ? 'live' : 'connecting';
  };
  sse('/v1/events/stream', (type, data) => {
    if (type !== 'event.coded') return;
    const ev = JSON.parse(data);
    const li = el('li', { 'data-id': ev.id, class: 'event' },
      el('span', { class: 'what' }, `${ev.date} ${actorCell(ev.source)} → ${ev.cameo} ${ev.plover || ''} → ${actorCell(ev.target)}`),
      el('span', { class: 'sentence', dir: 'auto', lang: ev.lang || undefined }, ev.sentence ? ev.sentence.text : ''));
    li.addEventListener('click', () => openEvent(ev.id));
    addFeed(li);
  }, show('events'));
  sse('/v1/alerts/stream', (type, data) => {
    if (type !== 'alert.fired') return;
    const env = JSON.parse(data);
    const a = env.data || {};
    const li = el('li', { class: 'alert', 'data-rule': a.rule_id || '' },
      el('span', { class: 'what' }, `alert ${a.rule_id} · ${a.trigger || ''} · value ${a.value}${a.update ? ' (update)' : ''}`),
      el('span', { class: 'sentence', dir: 'auto' }, (a.events && a.events[0] && a.events[0].sentence) || `${a.window_start || ''} – ${a.window_end || ''}`));
    const first = a.event_ids && a.event_ids[0];
    if (first) li.addEventListener('click', () => openEvent(first));
    addFeed(li);
  }, show('alerts'));
}

// ---------- alert rules ----------

const ruleForm = $<HTMLFormElement>('#rule-form');

async function loadRules() {
  const body = $<HTMLTableElement>('#rules').tBodies[0];
  let ans: any;
  try { ans = await api('/v1/alerts/rules'); } catch (e: any) { $('#rules-status').textContent = 'error: ' + e.message; return; }
  body.replaceChildren();
  for (const r of ans.rules || []) {
    const del = el('button', { type: 'button' }, 'Delete');
    del.addEventListener('click', async () => {
      let refused = '';
      try { await api('/v1/alerts/rules/' + encodeURIComponent(r.id), { method: 'DELETE' }); } catch (e: any) { refused = e.message; }
      await loadRules();
      // After the reload, which clears the status line.
      if (refused) $('#rules-status').textContent = refused;
    });
    const t = r.trigger || {};
    const trig = t.kind === 'count' ? `count ≥ ${t.count} in ${t.window_days} d` : t.kind === 'spike' ? `spike ×${t.ratio || '?'} over ${t.window_days} d vs ${t.baseline_days} d` : t.kind;
    body.append(el('tr', { 'data-id': r.id }, el('td', {}, r.id), el('td', { dir: 'auto' }, r.name || ''), el('td', {}, JSON.stringify(r.filter || {})), el('td', {}, trig), el('td', {}, del)));
  }
  $<HTMLTableElement>('#rules').dataset.count = String((ans.rules || []).length);
  $('#rules-status').textContent = (ans.rules || []).length ? '' : 'No rules yet.';
}

function list(v: FormDataEntryValue | null): string[] {
  return String(v || '').split(/[\s,]+/).map(s => s.trim()).filter(Boolean);
}

function showErr(param: string, msg: string) {
  const span = ruleForm.querySelector(`.err[data-for="${param}"]`) || ruleForm.querySelector('.err[data-for="form"]');
  span!.textContent = msg;
  const name = param.replace(/^filter\.|^trigger\./, '');
  const field = ruleForm.elements.namedItem(name === 'kind' ? 'kind' : name) as HTMLInputElement | null;
  if (field && field.setAttribute) field.setAttribute('aria-invalid', 'true');
}

// ruleFromForm builds the rule and checks what can be checked here; the
// server validates again (unknown actor codes, CAMEO codes) and its answer
// names the field, shown next to it.
function ruleFromForm(): { rule?: any; errors: [string, string][] } {
  const f = new FormData(ruleForm);
  const errors: [string, string][] = [];
  const id = String(f.get('id') || '').trim();
  if (id && !/^[A-Za-z0-9_-]{1,64}$/.test(id)) errors.push(['id', 'Use 1–64 letters, digits, - or _.']);
  const actorRaw = list(f.get('actor'));
  for (const a of actorRaw) if (!/^[A-Za-z0-9]{2,16}$/.test(a)) errors.push(['filter.actor', `"${a}" is not an actor code (e.g. KAZ, NATO).`]);
  const actor = actorRaw.map(s => s.toUpperCase());
  const dyadRaw = list(f.get('dyad'));
  for (const d of dyadRaw) if (!/^[A-Za-z0-9]{2,16}-[A-Za-z0-9]{2,16}$/.test(d)) errors.push(['filter.dyad', `"${d}" is not a dyad A-B (e.g. CHN-KAZ).`]);
  const dyad = dyadRaw.map(s => s.toUpperCase());
  const cameo = list(f.get('cameo'));
  for (const c of cameo) if (!/^[0-9]{2,4}$/.test(c)) errors.push(['filter.cameo', `"${c}" is not a CAMEO code or prefix (2–4 digits).`]);
  const quad = list(f.get('quad_class'));
  for (const q of quad) if (!/^[1-4]$/.test(q)) errors.push(['filter.quad_class', `"${q}" is not a QuadClass (1–4).`]);
  if (!actor.length && !dyad.length && !cameo.length && !quad.length) errors.push(['filter.actor', 'Give at least one actor, dyad, CAMEO prefix or QuadClass.']);
  const kind = String(f.get('kind'));
  const num = (k: string) => { const v = String(f.get(k) || '').trim(); return v === '' ? undefined : Number(v); };
  const trigger: any = { kind };
  const count = num('count'), win = num('window_days'), base = num('baseline_days'), ratio = num('ratio'), minc = num('min_count');
  const posInt = (k: string, v: number | undefined, what: string) => {
    if (v === undefined || !Number.isInteger(v) || v < 1) { errors.push([`trigger.${k}`, `${what} must be a whole number ≥ 1.`]); return undefined; }
    return v;
  };
  if (kind === 'count') {
    trigger.count = posInt('count', count, 'Count');
    trigger.window_days = posInt('window_days', win, 'The window');
  } else if (kind === 'spike') {
    trigger.window_days = posInt('window_days', win, 'The window');
    trigger.baseline_days = posInt('baseline_days', base, 'The baseline');
    if (ratio === undefined || !(ratio > 1)) errors.push(['trigger.ratio', 'A spike needs a ratio above 1.']);
    else trigger.ratio = ratio;
    if (minc !== undefined) trigger.min_count = minc;
  }
  if (errors.length) return { errors };
  const filter: any = {};
  if (actor.length) filter.actor = actor;
  if (dyad.length) filter.dyad = dyad;
  if (cameo.length) filter.cameo = cameo;
  if (quad.length) filter.quad_class = quad.map(Number);
  const rule: any = { filter, trigger };
  if (id) rule.id = id;
  const name = String(f.get('name') || '').trim();
  if (name) rule.name = name;
  return { rule, errors };
}

ruleForm.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  ruleForm.querySelectorAll('.err').forEach(s => { s.textContent = ''; });
  ruleForm.querySelectorAll('[aria-invalid]').forEach(s => s.removeAttribute('aria-invalid'));
  const { rule, errors } = ruleFromForm();
  ruleForm.dataset.state = 'checking';
  if (errors.length) {
    for (const [p, m] of errors) showErr(p, m);
    ruleForm.dataset.state = 'invalid';
    return;
  }
  try {
    await api('/v1/alerts/rules', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rule) });
  } catch (e: any) {
    showErr(e.param || 'form', e.message);
    ruleForm.dataset.state = 'rejected';
    return;
  }
  ruleForm.reset();
  ruleForm.dataset.state = 'created';
  await loadRules();
});

// ---------- views, token, start ----------

function showView(v: string) {
  document.querySelectorAll<HTMLButtonElement>('nav button').forEach(b => b.classList.toggle('active', b.dataset.view === v));
  $('#view-explore').hidden = v !== 'explore';
  $('#view-alerts').hidden = v !== 'alerts';
  if (v === 'alerts') loadRules();
  else { tlChart.resize(); dyChart.resize(); }
}
document.querySelectorAll<HTMLButtonElement>('nav button').forEach(b => b.addEventListener('click', () => showView(b.dataset.view!)));

const tokenInput = $<HTMLInputElement>('#token-input');
tokenInput.value = token();
tokenInput.addEventListener('change', () => {
  const t = tokenInput.value.trim();
  if (t) sessionStorage.setItem(TOKEN_KEY, t); else sessionStorage.removeItem(TOKEN_KEY);
  // Ask again with the new token what may have been refused without it.
  showAuth('');
  if (state.actor) showActor();
  if (!$('#view-alerts').hidden) loadRules();
});

readURL();
startFeeds();
document.body.dataset.ready = 'true';
if (state.actor) {
  showActor();
  // Names only label things: put them in when they arrive.
  namesReady.then(() => {
    input.value = '';
    syncControls();
    if (partners.length) dyChart.setOption({ yAxis: { data: partners.map(p => label(p.partner)) } });
  });
}
