// The investigators' explorer: plain ES module, no build step. Every view is a URL (see route()),
// every fact links to its source page, and every request goes to the same GraphQL API with the key
// the page asked for once (sessionStorage: forgotten when the tab closes, never written to disk).
import cytoscape from '/explore/assets/cytoscape.js';

const KEY_ITEM = 'explorer.apiKey';
const main = document.getElementById('main');
const state = { role: null, list: null, cy: null };

// ---------------------------------------------------------------- API

class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

async function gql(query, variables = {}, { partial = false } = {}) {
  const key = sessionStorage.getItem(KEY_ITEM);
  const headers = { 'content-type': 'application/json' };
  if (key) headers['x-api-key'] = key;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }), cache: 'no-store' });
  const body = await res.json().catch(() => ({}));
  const first = body.errors?.[0];
  if (res.status === 401 || first?.extensions?.code === 'UNAUTHENTICATED') throw new ApiError(first?.message ?? 'API key needed', 'UNAUTHENTICATED');
  if (first && !(partial && body.data)) throw new ApiError(first.message, first.extensions?.code);
  return body.data;
}

/** What the key may see, learned by asking: the role table lives on the server only. */
async function learnRole() {
  try {
    await gql('{ patterns { repeatComplainants(first: 1) { pseudonym } } }');
  } catch (err) {
    if (err.code === 'UNAUTHENTICATED') throw err;
    return 'reader';
  }
  try {
    await gql('{ uncertainMatches(first: 1) { score } }');
    return 'operator';
  } catch {
    return 'investigator';
  }
}

// ---------------------------------------------------------------- helpers

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const words = (s) => (s ? String(s).replaceAll('_', ' ') : '');
const officerName = (o) => o?.name ?? o?.label ?? 'unnamed officer';
const officerHref = (o) => `/explore/officer/${encodeURIComponent(o.id)}`;
const unitHref = (u) => `/explore/unit/${encodeURIComponent(u.id)}`;

function sourceHref(src) {
  if (!src?.document) return null;
  const p = new URLSearchParams();
  if (src.page) p.set('page', src.page);
  if (src.quote) p.set('quote', src.quote);
  if (src.start != null) p.set('start', src.start);
  return `/explore/source/${encodeURIComponent(src.document.id)}?${p}`;
}
function sourceLink(src) {
  const href = sourceHref(src);
  if (!href) return '';
  const label = `${esc(src.document.file ?? src.document.title ?? 'document')}${src.page ? `, p. ${src.page}` : ''}`;
  return `<a class="source" href="${esc(href)}" title="${esc(src.quote ?? '')}">${label}</a>`;
}
function table(headers, rows) {
  if (!rows.length) return '<p class="meta">None recorded.</p>';
  return `<table><thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c ?? ''}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}
function daysBetween(a, b) {
  if (!a || !b) return null;
  return Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
}
function show(html) {
  if (state.cy) {
    state.cy.destroy();
    state.cy = null;
  }
  main.innerHTML = html;
}

// ---------------------------------------------------------------- exports

function download(name, type, text) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(a.href);
    a.remove();
  }, 1000);
}
const csvCell = (v) => {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
export function toCsv(rows) {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}
export const toJsonLines = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
const xml = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** The network as shown: nodes hidden by the filters stay out of the file. */
function toGraphml(cy) {
  const shown = cy
    .elements()
    .filter((el) => el.style('display') !== 'none' && (el.isNode() || (el.source().style('display') !== 'none' && el.target().style('display') !== 'none')));
  const nodes = shown
    .nodes()
    .map((n) => `    <node id="${xml(n.id())}"><data key="label">${xml(n.data('label'))}</data><data key="kind">${xml(n.data('kind'))}</data></node>`);
  const edges = shown
    .edges()
    .map(
      (e) =>
        `    <edge id="${xml(e.id())}" source="${xml(e.data('source'))}" target="${xml(e.data('target'))}"><data key="relation">${xml(e.data('label'))}</data></edge>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <graph id="network" edgedefault="undirected">
${[...nodes, ...edges].join('\n')}
  </graph>
</graphml>
`;
}
function exportButtons(name, network = false) {
  return `<div class="exports">${state.list && !network ? `<button type="button" data-export="csv">Download ${esc(name)} as CSV</button><button type="button" data-export="jsonl">Download ${esc(name)} as JSON Lines</button>` : ''}${network ? '<button type="button" data-export="graphml">Download network as GraphML</button>' : ''}</div>`;
}
main.addEventListener('click', (ev) => {
  const kind = ev.target.closest('[data-export]')?.dataset.export;
  if (!kind) return;
  // Ids hold slashes and spaces ("Force/Unit"); a file name keeps letters, digits, dots and dashes.
  const fileName = (s) => s.replace(/[^\w.-]+/g, '-');
  if (kind === 'csv') download(fileName(`${state.list.name}.csv`), 'text/csv', toCsv(state.list.rows));
  if (kind === 'jsonl') download(fileName(`${state.list.name}.jsonl`), 'application/x-ndjson', toJsonLines(state.list.rows));
  if (kind === 'graphml' && state.cy) download(fileName(`network-${state.networkName}.graphml`), 'application/graphml+xml', toGraphml(state.cy));
});

// ---------------------------------------------------------------- search and suggestions

const SOURCE_FIELDS = 'page quote start document { id title file }';

async function findAll(q, first) {
  const lucene = q
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ''))
    .filter(Boolean)
    .map((w) => `${w}*`)
    .join(' AND ');
  const data = await gql(
    `query($name: String, $q: String!, $first: Int) {
       officers(filter: {name: $name}, first: $first) { totalCount edges { node { id name label rank force { name } units { unit { id name } } } } }
       search(query: $q, first: $first) { facets { force { value count } } edges { node { pageNumber snippet document { id title kind neutralCitation force units { unit { id name } } } } } }
     }`,
    { name: q.trim(), q: lucene || '""', first },
  );
  const needle = q.trim().toLowerCase();
  const officers = data.officers.edges.map((e) => e.node);
  const units = new Map();
  for (const u of [...officers.flatMap((o) => o.units), ...data.search.edges.flatMap((e) => e.node.document.units)]) {
    if (u.unit.name.toLowerCase().includes(needle) || u.unit.id.toLowerCase().includes(needle)) units.set(u.unit.id, u.unit);
  }
  const forces = data.search.facets.force.filter((f) => f.value.toLowerCase().includes(needle));
  const cases = new Map();
  const documents = [];
  for (const e of data.search.edges) {
    const d = e.node.document;
    if (d.neutralCitation) cases.set(d.neutralCitation, d);
    documents.push({ ...e.node, document: d });
  }
  return { officers, officerCount: data.officers.totalCount, units: [...units.values()], forces, cases: [...cases.values()], documents };
}

const input = document.getElementById('q');
const list = document.getElementById('suggestions');
let suggestTimer;
let suggestSeq = 0;
function setSuggestions(items) {
  list.innerHTML = items
    .map((it, i) => `<li role="option" id="sugg-${i}" data-href="${esc(it.href)}" aria-selected="false">${esc(it.label)}<span class="kind">${esc(it.kind)}</span></li>`)
    .join('');
  list.hidden = items.length === 0;
  input.setAttribute('aria-expanded', String(items.length > 0));
}
input.addEventListener('input', () => {
  clearTimeout(suggestTimer);
  const q = input.value;
  if (q.trim().length < 2) return setSuggestions([]);
  suggestTimer = setTimeout(async () => {
    const seq = ++suggestSeq;
    try {
      const r = await findAll(q, 6);
      if (seq !== suggestSeq) return;
      setSuggestions(
        [
          ...r.officers.map((o) => ({ label: `${o.rank ? o.rank + ' ' : ''}${officerName(o)}`, kind: 'officer', href: officerHref(o) })),
          ...r.units.map((u) => ({ label: u.name, kind: 'unit', href: unitHref(u) })),
          ...r.forces.map((f) => ({ label: f.value, kind: 'force', href: `/explore?q=${encodeURIComponent(f.value)}` })),
          ...r.cases.map((d) => ({ label: d.neutralCitation, kind: 'case', href: `/explore/source/${encodeURIComponent(d.id)}?page=1` })),
        ].slice(0, 12),
      );
    } catch {
      setSuggestions([]);
    }
  }, 180);
});
input.addEventListener('keydown', (ev) => {
  const items = [...list.children];
  if (list.hidden || !items.length) return;
  const at = items.findIndex((li) => li.getAttribute('aria-selected') === 'true');
  const move = (to) => {
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === to)));
    input.setAttribute('aria-activedescendant', items[to].id);
  };
  if (ev.key === 'ArrowDown') {
    ev.preventDefault();
    move((at + 1) % items.length);
  } else if (ev.key === 'ArrowUp') {
    ev.preventDefault();
    move((at - 1 + items.length) % items.length);
  } else if (ev.key === 'Escape') setSuggestions([]);
  else if (ev.key === 'Enter' && at >= 0) {
    ev.preventDefault();
    const href = items[at].dataset.href;
    setSuggestions([]);
    go(href);
  }
});
list.addEventListener('mousedown', (ev) => {
  const li = ev.target.closest('li');
  if (li) {
    ev.preventDefault();
    setSuggestions([]);
    go(li.dataset.href);
  }
});
document.getElementById('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  setSuggestions([]);
  if (input.value.trim()) go(`/explore?q=${encodeURIComponent(input.value.trim())}`);
});

async function searchView(q) {
  input.value = q;
  show(`<h1>Results for “${esc(q)}”</h1><p class="meta">Searching…</p>`);
  const r = await findAll(q, 50);
  state.list = {
    name: 'officers',
    rows: r.officers.map((o) => ({
      id: o.id,
      name: o.name,
      label: o.label,
      rank: o.rank,
      force: o.force?.name ?? null,
      units: o.units.map((u) => u.unit.name).join('; '),
    })),
  };
  show(`<h1>Results for “${esc(q)}”</h1>
    <h2>Officers (${r.officerCount})</h2>${exportButtons('officers')}
    ${table(
      ['Officer', 'Rank', 'Force', 'Units'],
      r.officers.map((o) => [
        `<a href="${esc(officerHref(o))}">${esc(officerName(o))}</a>`,
        esc(o.rank),
        esc(o.force?.name),
        o.units.map((u) => `<a href="${esc(unitHref(u.unit))}">${esc(u.unit.name)}</a>`).join(', '),
      ]),
    )}
    <h2>Units</h2>${table(
      ['Unit'],
      r.units.map((u) => [`<a href="${esc(unitHref(u))}">${esc(u.name)}</a>`]),
    )}
    <h2>Forces</h2>${table(
      ['Force', 'Pages'],
      r.forces.map((f) => [esc(f.value), f.count]),
    )}
    <h2>Documents and cases</h2>${table(
      ['Document', 'Kind', 'Page', 'Words'],
      r.documents.map((h) => [
        `<a href="${esc(sourceHref({ document: h.document, page: h.pageNumber }))}">${esc(h.document.neutralCitation ?? h.document.title)}</a>`,
        esc(words(h.document.kind)),
        h.pageNumber,
        esc(h.snippet),
      ]),
    )}`);
}

// ---------------------------------------------------------------- officer page

const OFFICER = `query($id: ID!) { officer(id: $id) {
  id name label rank warrantNumber former force { name }
  ranks { rank from to source { ${SOURCE_FIELDS} } }
  units { asOf unit { id name } source { ${SOURCE_FIELDS} } }
  proceedings { id force incidentDate hearingDate decisionDate daysToDecision complainantLabels
    documents { id title kind hearingDate decisionDate }
    outcomes { outcome officer { id } source { ${SOURCE_FIELDS} } }
    reviewedBy { ruling { id title neutralCitation decisionDate jrResult } } }
  allegations { standard finding proceeding { id } source { ${SOURCE_FIELDS} } }
  outcomes { outcome proceeding { id } source { ${SOURCE_FIELDS} } }
} }`;

function timeline(p) {
  const steps = [
    ['incident', p.incidentDate],
    ['hearing', p.hearingDate],
    ['decision', p.decisionDate],
    ...p.reviewedBy.map((r) => [`ruling ${r.ruling.neutralCitation ?? ''}`.trim(), r.ruling.decisionDate]),
  ].filter(([, d]) => d);
  return steps
    .map(([name, d], i) => {
      const gap = i > 0 ? daysBetween(steps[i - 1][1], d) : null;
      return `${gap != null ? ` → <span>${gap} days</span> → ` : ''}<strong>${esc(name)}</strong> ${esc(d)}`;
    })
    .join('');
}

async function officerView(id) {
  show('<p class="meta">Loading officer…</p>');
  const { officer: o } = await gql(OFFICER, { id });
  state.list = {
    name: `proceedings-${o.id}`,
    rows: o.proceedings.map((p) => ({
      officer: officerName(o),
      proceeding: p.id,
      force: p.force,
      incidentDate: p.incidentDate,
      hearingDate: p.hearingDate,
      decisionDate: p.decisionDate,
      daysToDecision: p.daysToDecision,
      outcomes: p.outcomes
        .filter((x) => x.officer?.id === o.id)
        .map((x) => x.outcome)
        .join('; '),
      rulings: p.reviewedBy.map((r) => r.ruling.neutralCitation).join('; '),
    })),
  };
  show(`<h1>${esc(o.rank ? o.rank + ' ' : '')}${esc(officerName(o))}</h1>
    <p class="meta">${esc(o.force?.name ?? 'force unknown')}${o.warrantNumber ? ` · warrant ${esc(o.warrantNumber)}` : ''}${o.former ? ' · former officer' : ''}</p>
    <div class="grid">
      <section><h2>Ranks over time</h2>${table(
        ['Rank', 'From', 'To', 'Source'],
        o.ranks.map((r) => [esc(r.rank), esc(r.from), esc(r.to), sourceLink(r.source)]),
      )}</section>
      <section><h2>Units over time</h2>${table(
        ['Unit', 'As of', 'Source'],
        o.units.map((u) => [`<a href="${esc(unitHref(u.unit))}">${esc(u.unit.name)}</a>`, esc(u.asOf), sourceLink(u.source)]),
      )}</section>
    </div>
    <h2>Proceedings</h2>${exportButtons('proceedings')}
    ${table(
      ['Timeline', 'Days to decision', 'Documents', 'Outcome'],
      o.proceedings.map((p) => [
        `<span class="timeline">${timeline(p) || 'undated'}</span>`,
        esc(p.daysToDecision),
        p.documents.map((d) => `<a href="${esc(sourceHref({ document: d, page: 1 }))}">${esc(words(d.kind))}</a>`).join(', '),
        p.outcomes
          .filter((x) => x.officer?.id === o.id)
          .map((x) => `${esc(words(x.outcome))} (${sourceLink(x.source)})`)
          .join('<br>'),
      ]),
    )}
    <h2>Allegations and findings</h2>${table(
      ['Standard', 'Finding', 'Source'],
      o.allegations.map((a) => [esc(a.standard), esc(words(a.finding)), sourceLink(a.source)]),
    )}
    <h2>Sanctions and outcomes</h2>${table(
      ['Outcome', 'Source'],
      o.outcomes.map((x) => [esc(words(x.outcome)), sourceLink(x.source)]),
    )}
    <h2>Network</h2>${networkHtml()}`);
  await drawNetwork({ kind: 'officer', id: o.id });
}

// ---------------------------------------------------------------- unit page

async function unitView(id) {
  show('<p class="meta">Loading unit…</p>');
  const { unit: u } = await gql(
    `query($id: ID!) { unit(id: $id) { id name force { name }
    members { asOf source { ${SOURCE_FIELDS} } officer { id name label rank allegations { finding } } } } }`,
    { id },
  );
  const proven = (m) => m.officer.allegations.filter((a) => a.finding === 'gross_misconduct' || a.finding === 'misconduct').length;
  const members = [...u.members].sort((a, b) => String(a.asOf ?? '').localeCompare(String(b.asOf ?? '')));
  state.list = {
    name: `members-${u.name}`,
    rows: members.map((m) => ({ unit: u.id, officer: m.officer.id, name: officerName(m.officer), rank: m.officer.rank, asOf: m.asOf, provenFindings: proven(m) })),
  };
  let linked = '';
  if (state.role !== 'reader') {
    const data = await gql(`query($id: ID!) { unitNetwork(unitId: $id, first: 20) { sharedOfficers units { id name } } }`, { id }, { partial: true }).catch(() => null);
    const links = data?.unitNetwork ?? [];
    linked = `<h2>Connected units</h2>${table(
      ['Unit', 'Officers in both'],
      links.map((l) => {
        const other = l.units.find((x) => x.id !== u.id) ?? l.units[0];
        return [`<a href="${esc(unitHref(other))}">${esc(other.name)}</a>`, l.sharedOfficers];
      }),
    )}`;
  }
  show(`<h1>${esc(u.name)}</h1><p class="meta">${esc(u.force?.name ?? '')}</p>
    <h2>Members over time</h2>${exportButtons('members')}
    ${table(
      ['Officer', 'Rank', 'As of', 'Proven findings', 'Source'],
      members.map((m) => [
        `<a href="${esc(officerHref(m.officer))}">${esc(officerName(m.officer))}</a>`,
        esc(m.officer.rank),
        esc(m.asOf),
        proven(m),
        sourceLink(m.source),
      ]),
    )}
    ${linked}
    <h2>Network</h2>${networkHtml()}`);
  await drawNetwork({ kind: 'unit', id: u.id });
}

// ---------------------------------------------------------------- source page

function highlight(text, quote, start) {
  if (!quote) return esc(text);
  let at = start != null && text.slice(start, start + quote.length) === quote ? start : text.indexOf(quote);
  let len = quote.length;
  if (at < 0) {
    // Extraction quotes collapse line breaks and runs of spaces; match the words across any whitespace.
    const pattern = quote
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    const m = new RegExp(pattern, 'i').exec(text);
    if (!m) return esc(text);
    at = m.index;
    len = m[0].length;
  }
  return `${esc(text.slice(0, at))}<mark id="quote">${esc(text.slice(at, at + len))}</mark>${esc(text.slice(at + len))}`;
}

async function sourceView(id, params) {
  const page = Number(params.get('page') || 1);
  show('<p class="meta">Loading page…</p>');
  const { document: d } = await gql(
    `query($id: ID!, $n: Int!) { document(id: $id) { id title file kind pageCount neutralCitation page(number: $n) { number text ocr } } }`,
    { id, n: page },
  );
  state.list = null;
  const nav = (n) => `/explore/source/${encodeURIComponent(id)}?page=${n}`;
  show(`<h1>${esc(d.neutralCitation ?? d.file ?? d.title)}</h1>
    <p class="meta">${esc(words(d.kind))}${d.neutralCitation ? ` · ${esc(d.neutralCitation)}` : ''} · ${esc(d.file ?? '')} · page ${page} of ${d.pageCount ?? '?'}${d.page?.ocr ? ' · read by OCR' : ''}</p>
    <nav class="exports">${page > 1 ? `<a href="${esc(nav(page - 1))}">Previous page</a>` : ''}${d.pageCount && page < d.pageCount ? `<a href="${esc(nav(page + 1))}">Next page</a>` : ''}</nav>
    ${params.get('quote') ? `<p>Quoted: “${esc(params.get('quote'))}”</p>` : ''}
    <div class="page-text" tabindex="0" aria-label="Page text">${d.page ? highlight(d.page.text, params.get('quote'), params.has('start') ? Number(params.get('start')) : null) : 'No such page.'}</div>`);
  document.getElementById('quote')?.scrollIntoView({ block: 'center' });
}

// ---------------------------------------------------------------- network

const FINDINGS = ['gross_misconduct', 'misconduct', 'practice_requiring_improvement', 'no_case_to_answer', 'not_proven'];

/**
 * Hides the proceedings outside the filters, then what hangs only on hidden proceedings (rulings,
 * complainants); officers and units stay, so the network keeps its shape while it narrows.
 */
function applyFilters() {
  const cy = state.cy;
  const box = document.getElementById('filters');
  if (!cy || !box) return;
  const f = Object.fromEntries([...box.querySelectorAll('[name]')].map((el) => [el.name, el.value.trim().toLowerCase()]));
  const shown = (n) => {
    const d = n.data();
    if ((f.from || f.to) && !d.date) return false;
    if (f.from && d.date < f.from) return false;
    if (f.to && d.date > f.to) return false;
    if (f.finding && !(d.findings ?? []).includes(f.finding)) return false;
    if (f.outcome && !(d.outcomes ?? []).some((o) => words(o).includes(f.outcome))) return false;
    if (
      f.force &&
      !String(d.force ?? '')
        .toLowerCase()
        .includes(f.force)
    )
      return false;
    return true;
  };
  cy.batch(() => {
    cy.nodes('[kind = "proceeding"]').forEach((n) => n.style('display', shown(n) ? 'element' : 'none'));
    cy.nodes('[kind = "ruling"], [kind = "complainant"]').forEach((n) => {
      const via = n.neighborhood('node[kind = "proceeding"]');
      n.style('display', via.empty() || via.some((p) => p.style('display') !== 'none') ? 'element' : 'none');
    });
  });
  for (const b of document.querySelectorAll('#node-list button')) b.hidden = cy.getElementById(b.dataset.node).style('display') === 'none';
  main.dataset.visibleNodes = String(cy.nodes().filter((n) => n.style('display') !== 'none').length);
}

const COLOURS = { officer: '#0a58ca', unit: '#2f9e44', proceeding: '#e8590c', ruling: '#862e9c', complainant: '#c2255c' };

function networkHtml() {
  return `<p class="legend">${Object.entries(COLOURS)
    .filter(([k]) => k !== 'complainant' || state.role !== 'reader')
    .map(([k, c]) => `<span><i style="background:${c}"></i>${k}</span>`)
    .join('')}</p>
    <p class="meta">Select a node (or its button below) to expand its neighbours; double-click opens its page.</p>
    ${exportButtons('network', true)}
    <fieldset id="filters"><legend>Show proceedings</legend>
      <label>from <input type="date" name="from"></label>
      <label>to <input type="date" name="to"></label>
      <label>finding <select name="finding"><option value="">any</option>${FINDINGS.map((f) => `<option value="${f}">${words(f)}</option>`).join('')}</select></label>
      <label>outcome <input name="outcome" placeholder="e.g. dismissed" size="12"></label>
      <label>force <input name="force" placeholder="any" size="12"></label>
    </fieldset>
    <div id="network" role="img" aria-label="Network of officers, units, proceedings and rulings"></div>
    <div class="node-list" id="node-list" aria-label="Nodes"></div>`;
}

/** Neighbours of one node, as Cytoscape elements. Complainants are asked for only when the role may see them. */
async function neighbours(kind, id) {
  const nodes = [];
  const edges = [];
  const node = (k, nid, label) => nodes.push({ data: { id: `${k}:${nid}`, kind: k, ref: nid, label } });
  const edge = (a, b, label) => edges.push({ data: { id: `${a}|${b}`, source: a, target: b, label } });
  if (kind === 'officer') {
    const { officer: o } = await gql(
      `query($id: ID!) { officer(id: $id) { id name label rank units { asOf unit { id name } }
      proceedings { id force incidentDate hearingDate decisionDate allegations { finding } outcomes { outcome } reviewedBy { ruling { id neutralCitation title } } } } }`,
      { id },
    );
    const me = `officer:${o.id}`;
    node('officer', o.id, officerName(o));
    for (const u of o.units) {
      node('unit', u.unit.id, u.unit.name);
      edge(me, `unit:${u.unit.id}`, `member${u.asOf ? ' ' + u.asOf : ''}`);
    }
    for (const p of o.proceedings) {
      node('proceeding', p.id, `proceeding ${p.decisionDate ?? p.hearingDate ?? ''}`.trim());
      Object.assign(nodes.at(-1).data, {
        date: p.decisionDate ?? p.hearingDate ?? p.incidentDate,
        force: p.force,
        findings: p.allegations.map((a) => a.finding).filter(Boolean),
        outcomes: p.outcomes.map((x) => x.outcome).filter(Boolean),
      });
      edge(me, `proceeding:${p.id}`, 'concerned');
      for (const r of p.reviewedBy) {
        node('ruling', r.ruling.id, r.ruling.neutralCitation ?? r.ruling.title);
        edge(`proceeding:${p.id}`, `ruling:${r.ruling.id}`, 'reviewed by');
      }
    }
    if (state.role !== 'reader') {
      const data = await gql(`query($id: ID!) { officer(id: $id) { proceedings { id complainants } } }`, { id }, { partial: true }).catch(() => null);
      for (const p of data?.officer?.proceedings ?? [])
        for (const c of p.complainants ?? []) {
          node('complainant', c, c);
          edge(`proceeding:${p.id}`, `complainant:${c}`, 'complainant');
        }
    }
  } else if (kind === 'unit') {
    const { unit: u } = await gql(`query($id: ID!) { unit(id: $id) { id name members { asOf officer { id name label } } } }`, { id });
    node('unit', u.id, u.name);
    for (const m of u.members) {
      node('officer', m.officer.id, officerName(m.officer));
      edge(`officer:${m.officer.id}`, `unit:${u.id}`, `member${m.asOf ? ' ' + m.asOf : ''}`);
    }
  } else if (kind === 'ruling') {
    const { document: d } = await gql(
      `query($id: ID!) { document(id: $id) { id neutralCitation title reviews { officer { id name label } proceeding { id hearingDate decisionDate } } } }`,
      { id },
    );
    node('ruling', d.id, d.neutralCitation ?? d.title);
    for (const r of d.reviews) {
      node('proceeding', r.proceeding.id, `proceeding ${r.proceeding.decisionDate ?? r.proceeding.hearingDate ?? ''}`.trim());
      edge(`proceeding:${r.proceeding.id}`, `ruling:${d.id}`, 'reviewed by');
      if (r.officer) {
        node('officer', r.officer.id, officerName(r.officer));
        edge(`officer:${r.officer.id}`, `proceeding:${r.proceeding.id}`, 'concerned');
      }
    }
  }
  return { nodes, edges };
}

function renderNodeList() {
  const box = document.getElementById('node-list');
  if (!box || !state.cy) return;
  box.innerHTML = state.cy
    .nodes()
    .map(
      (n) =>
        `<button type="button" data-node="${esc(n.id())}" style="border-color:${COLOURS[n.data('kind')]}">${esc(n.data('kind'))}: ${esc(n.data('label'))}${n.data('expanded') ? ' ✓' : ''}</button>`,
    )
    .join('');
}

async function expand(nodeId) {
  const cy = state.cy;
  const n = cy.getElementById(nodeId);
  if (!n.nonempty() || n.data('expanded') || !['officer', 'unit', 'ruling'].includes(n.data('kind'))) return;
  n.data('expanded', true);
  const { nodes, edges } = await neighbours(n.data('kind'), n.data('ref'));
  const fresh = [...nodes.filter((x) => cy.getElementById(x.data.id).empty()), ...edges.filter((x) => cy.getElementById(x.data.id).empty())];
  const seen = new Set();
  cy.add(fresh.filter((x) => !seen.has(x.data.id) && seen.add(x.data.id)));
  cy.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true }).run();
  renderNodeList();
  applyFilters();
  main.dataset.networkNodes = String(cy.nodes().length);
}

function pageOf(n) {
  const kind = n.data('kind');
  const ref = encodeURIComponent(n.data('ref'));
  if (kind === 'officer') return `/explore/officer/${ref}`;
  if (kind === 'unit') return `/explore/unit/${ref}`;
  if (kind === 'ruling') return `/explore/source/${ref}?page=1`;
  return null;
}

async function drawNetwork(start) {
  const { nodes, edges } = await neighbours(start.kind, start.id);
  drawElements([...nodes, ...edges], `${start.kind}-${start.id}`);
  state.cy.getElementById(`${start.kind}:${start.id}`).data('expanded', true);
  renderNodeList();
  applyFilters();
}

function drawElements(elements, name) {
  const seen = new Set();
  const cy = cytoscape({
    container: document.getElementById('network'),
    elements: elements.filter((x) => !seen.has(x.data.id) && seen.add(x.data.id)),
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 10,
          'text-wrap': 'ellipsis',
          'text-max-width': 120,
          width: 22,
          height: 22,
          'background-color': (n) => COLOURS[n.data('kind')] ?? '#888',
        },
      },
      { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#1b1f24' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#adb5bd', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#59636e' } },
    ],
    layout: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true },
  });
  state.cy = cy;
  state.networkName = name;
  cy.on('tap', 'node', (ev) => expand(ev.target.id()));
  cy.on('dbltap', 'node', (ev) => {
    const href = pageOf(ev.target);
    if (href) go(href);
  });
  document.getElementById('node-list').addEventListener('click', (ev) => {
    const id = ev.target.closest('[data-node]')?.dataset.node;
    if (id) expand(id);
  });
  renderNodeList();
  document.getElementById('filters').addEventListener('input', applyFilters);
  applyFilters();
  main.dataset.networkNodes = String(cy.nodes().length);
}

// ---------------------------------------------------------------- patterns (investigators)

/** "Same unit at overlapping times, proven findings" in one click: patterns.colleaguesWithProvenFindings. */
async function colleaguesView(params) {
  const windowDays = Math.min(3650, Math.max(0, Number(params.get('window') ?? 365) || 0));
  show('<p class="meta">Loading colleagues…</p>');
  const { patterns } = await gql(
    `query($w: Int) { patterns { colleaguesWithProvenFindings(windowDays: $w, first: 100) {
    daysApart unit { id name force { name } } officers { asOf provenFindings officer { id name label rank } } } } }`,
    { w: windowDays },
  );
  const pairs = patterns.colleaguesWithProvenFindings;
  state.list = {
    name: 'colleagues-with-proven-findings',
    rows: pairs.map((p) => ({
      unit: p.unit.id,
      daysApart: p.daysApart,
      ...Object.fromEntries(
        p.officers.flatMap((o, i) => [
          [`officer${i + 1}`, officerName(o.officer)],
          [`officer${i + 1}Id`, o.officer.id],
          [`asOf${i + 1}`, o.asOf],
          [`provenFindings${i + 1}`, o.provenFindings],
        ]),
      ),
    })),
  };
  show(`<h1>Colleagues with proven findings</h1>
    <p class="meta">Pairs of officers recorded in one unit with dates at most
      <label>${'<input id="window" type="number" min="0" max="3650" step="30" style="width:6rem">'} days</label> apart, both with a proven finding (gross misconduct or misconduct).</p>
    ${exportButtons('pairs')}
    ${table(
      ['Unit', 'Days apart', 'Officers'],
      pairs.map((p) => [
        `<a href="${esc(unitHref(p.unit))}">${esc(p.unit.name)}</a> <span class="meta">${esc(p.unit.force?.name ?? '')}</span>`,
        p.daysApart,
        p.officers.map((o) => `<a href="${esc(officerHref(o.officer))}">${esc(officerName(o.officer))}</a> (${esc(o.asOf)}, ${o.provenFindings} proven)`).join('<br>'),
      ]),
    )}
    <h2>Network</h2>${networkHtml()}`);
  const w = document.getElementById('window');
  w.value = String(windowDays);
  w.addEventListener('change', () => go(`/explore/colleagues?window=${encodeURIComponent(w.value)}`));
  const nodes = new Map();
  const edges = new Map();
  for (const p of pairs) {
    nodes.set(`unit:${p.unit.id}`, { data: { id: `unit:${p.unit.id}`, kind: 'unit', ref: p.unit.id, label: p.unit.name } });
    for (const o of p.officers) {
      nodes.set(`officer:${o.officer.id}`, { data: { id: `officer:${o.officer.id}`, kind: 'officer', ref: o.officer.id, label: officerName(o.officer) } });
      edges.set(`officer:${o.officer.id}|unit:${p.unit.id}`, {
        data: { id: `officer:${o.officer.id}|unit:${p.unit.id}`, source: `officer:${o.officer.id}`, target: `unit:${p.unit.id}`, label: `member ${o.asOf}` },
      });
    }
  }
  drawElements([...nodes.values(), ...edges.values()], 'colleagues');
}

// ---------------------------------------------------------------- routing and key

function home() {
  state.list = null;
  show(`<h1>Explore the misconduct graph</h1>
    <p>Search an officer, a unit, a force or a case above. Every fact links to the page it was read from, with the quoted words highlighted.</p>
    <p class="meta">Your key's role: ${esc(state.role)}.${state.role === 'reader' ? ' Complainant pseudonyms, unit networks and patterns need the investigator role.' : ''}</p>
    ${state.role !== 'reader' ? '<p><a href="/explore/colleagues">Colleagues with proven findings</a>: officers in the same unit at about the same time, both with a proven finding.</p>' : ''}`);
}

async function route() {
  const url = new URL(location.href);
  const parts = url.pathname
    .replace(/^\/explore\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  main.removeAttribute('data-network-nodes');
  main.dataset.view = 'loading';
  try {
    if (parts[0] === 'officer' && parts[1]) await officerView(parts[1]);
    else if (parts[0] === 'unit' && parts[1]) await unitView(parts.slice(1).join('/'));
    else if (parts[0] === 'source' && parts[1]) await sourceView(parts[1], url.searchParams);
    else if (parts[0] === 'colleagues') await colleaguesView(url.searchParams);
    else if (url.searchParams.get('q')) await searchView(url.searchParams.get('q'));
    else home();
    main.dataset.view = parts[0] ?? (url.searchParams.get('q') ? 'search' : 'home');
  } catch (err) {
    if (err.code === 'UNAUTHENTICATED') return askKey(err.message);
    show(`<p class="error" role="alert">${esc(err.message)}</p>`);
    main.dataset.view = 'error';
  }
}

function go(href) {
  history.pushState(null, '', href);
  route().then(() => main.focus({ preventScroll: true }));
}

document.addEventListener('click', (ev) => {
  const a = ev.target.closest('a[href^="/explore"]');
  if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey || a.target) return;
  ev.preventDefault();
  go(a.getAttribute('href'));
});
window.addEventListener('popstate', () => route());

const dialog = document.getElementById('key-dialog');
function askKey(message = '') {
  document.getElementById('key-error').textContent = message;
  document.getElementById('key').value = '';
  if (!dialog.open) dialog.showModal();
}
document.getElementById('key-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const key = document.getElementById('key').value.trim();
  if (key) sessionStorage.setItem(KEY_ITEM, key);
  else sessionStorage.removeItem(KEY_ITEM);
  try {
    await start();
    dialog.close();
  } catch (err) {
    document.getElementById('key-error').textContent = err.message;
  }
});
document.getElementById('change-key').addEventListener('click', () => askKey());

async function start() {
  state.role = await learnRole();
  document.getElementById('role').textContent = `role: ${state.role}`;
  document.body.dataset.role = state.role;
  await route();
}

start().catch((err) => askKey(err.code === 'UNAUTHENTICATED' ? '' : err.message));
