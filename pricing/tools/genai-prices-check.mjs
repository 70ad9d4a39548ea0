#!/usr/bin/env node
// Compare every price the bundled sheet shares with the genai-prices npm
// release (provider aws), and fail on a difference that
// genai-prices-check.explained does not explain.
//
//   cd pricing/tools && npm install        # @pydantic/genai-prices, pinned
//   node pricing/tools/genai-prices-check.mjs [SHEET]
//
// SHEET defaults to pricing/aws-bedrock.yaml beside this directory.  The
// sheet is read without a YAML library: its model entries are the flat
// block style the bundled sheet uses ("  - id:" then four-space keys and
// six-space rate-card keys), which this reader checks as it goes.
// Prices are compared as decimals, never as binary products: a sheet price
// per 1K tokens is turned into per 1M by moving the decimal point.
//
// Exit status: 0 every shared price agrees or is explained; 1 an
// unexplained difference (each printed); 2 the sheet, the package or the
// explanation file could not be read.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sheetPath = process.argv[2] || join(here, '..', 'aws-bedrock.yaml');
const explainedPath = join(here, 'genai-prices-check.explained');

// Sheet ids that genai-prices spells differently (sheet id -> G id without
// the regional./global. prefix).  Every other id is looked up as it is.
const ID_MAP = {
  'anthropic.claude-sonnet-4-6': 'anthropic.claude-sonnet-4-6-v1:0',
  'anthropic.claude-opus-4-6-v1': 'anthropic.claude-opus-4-6-v1:0',
  'anthropic.claude-opus-4-5-20251101-v1:0': 'anthropic.claude-opus-4-5-v1:0',
};
// G price key -> sheet key
const KEYS = {
  input_mtok: 'input',
  output_mtok: 'output',
  cache_read_mtok: 'cache_read',
  cache_write_mtok: 'cache_write',
  cache_write_1h_mtok: 'cache_write_1h',
};

function die(msg) {
  console.error(`genai-prices-check: ${msg}`);
  process.exit(2);
}

// "0.00875" -> canonical decimal string; shift moves the point right.
function dec(text, shift = 0) {
  const m = /^([0-9]*)(?:\.([0-9]*))?(?:[eE]([-+]?[0-9]+))?$/.exec(String(text).trim());
  if (!m) return null;
  let digits = (m[1] || '') + (m[2] || '');
  let point = (m[1] || '').length + shift + (m[3] ? Number(m[3]) : 0);
  while (point < 0) { digits = '0' + digits; point++; }
  while (digits.length < point) digits += '0';
  let int = digits.slice(0, point).replace(/^0+/, '') || '0';
  let frac = digits.slice(point).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

function readSheet(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    die(`${path}: ${e.message}`);
  }
  const models = new Map();
  let m = null, block = null, sub = null, inModels = false;
  text.split('\n').forEach((line, n) => {
    if (/^models:\s*$/.test(line)) { inModels = true; return; }
    if (/^[a-z_]+:/.test(line)) { inModels = false; m = null; return; }
    if (!inModels) return;
    let g;
    if ((g = /^  - id: "?([^"\s]+)"?\s*$/.exec(line))) {
      m = { id: g[1], line: n + 1, per: null, base: {}, cards: {}, lc: {}, lcCards: {} };
      models.set(m.id, m);
      block = null;
      return;
    }
    if (!m) return;
    if ((g = /^    ([a-z_0-9]+):\s*(.*?)\s*(#.*)?$/.exec(line))) {
      const [, key, raw] = g;
      block = raw === '' ? key : null;
      sub = null;
      if (key === 'per') m.per = raw === '1K' ? 3 : raw === '1M' ? 0 : die(`${path}:${n + 1}: per ${raw}`);
      else if (key === 'retired') m.retired = raw;
      else if (key in Object.fromEntries(Object.values(KEYS).map((k) => [k, 1])) && raw !== '') m.base[key] = raw;
      return;
    }
    if ((g = /^      ([a-z_0-9]+):\s*(#.*)?$/.exec(line)) && block === 'long_context') {
      sub = g[1];   // a rate card inside long_context (long_context.global, ...)
      return;
    }
    if ((g = /^        ([a-z_0-9]+):\s*([0-9.eE+-]+)\s*(#.*)?$/.exec(line)) && block === 'long_context' && sub) {
      (m.lcCards[sub] ||= {})[g[1]] = g[2];
      return;
    }
    if ((g = /^      ([a-z_0-9]+):\s*([0-9.eE+-]+)\s*(#.*)?$/.exec(line)) && block) {
      const [, key, raw] = g;
      if (block === 'long_context') m.lc[key] = raw;
      else if (['global', 'priority', 'flex', 'latency_optimized'].includes(block)) (m.cards[block] ||= {})[key] = raw;
    }
  });
  return models;
}

// G's price for today: a list of dated prices takes the newest one in force.
function current(prices, today) {
  if (!Array.isArray(prices)) return prices;
  let best = null;
  for (const p of prices) {
    const start = p.constraint && p.constraint.start_date;
    if (start && start > today) continue;
    if (!best || (start || '') >= ((best.constraint && best.constraint.start_date) || '')) best = p;
  }
  return best ? best.prices : {};
}

async function main() {
  let gp;
  try {
    gp = await import('@pydantic/genai-prices');
  } catch (e) {
    die(`cannot load @pydantic/genai-prices (run npm install in ${here}): ${e.message}`);
  }
  let version = '(version unknown)';
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve('@pydantic/genai-prices')));
    for (let i = 0; i < 4 && version.startsWith('('); i++, dir = dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        if (pkg.name === '@pydantic/genai-prices') version = pkg.version;
      } catch {}
    }
  } catch {}
  const provider = gp.findProvider({ providerId: 'aws' });
  if (!provider) die('genai-prices has no provider aws');
  let explained = new Map();
  try {
    for (const line of readFileSync(explainedPath, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [id, key, ...why] = line.split('\t');
      if (!id || !key || !why.join('').trim()) die(`${explainedPath}: want ID<TAB>KEY<TAB>REASON: ${line}`);
      explained.set(`${id}\t${key}`, why.join('\t').trim());
    }
  } catch (e) {
    if (e.code !== 'ENOENT') die(`${explainedPath}: ${e.message}`);
  }
  const sheet = readSheet(sheetPath);
  const today = new Date().toISOString().slice(0, 10);
  const byG = new Map();
  for (const [id, m] of sheet) byG.set(ID_MAP[id] || id, m);

  let compared = 0, agree = 0, unexplained = 0, explainedHits = 0;
  const used = new Set();
  const report = (id, key, sheetVal, gVal) => {
    const k = `${id}\t${key}`;
    if (explained.has(k)) {
      used.add(k);
      explainedHits++;
      console.log(`explained  ${id} ${key}: sheet ${sheetVal ?? '-'}, genai-prices ${gVal ?? '-'} (${explained.get(k)})`);
    } else {
      unexplained++;
      console.log(`DIFFERENT  ${id} ${key}: sheet ${sheetVal ?? '-'}, genai-prices ${gVal ?? '-'}`);
    }
  };
  const cmp = (m, key, sheetRaw, gRaw) => {
    compared++;
    const s = sheetRaw == null ? null : dec(sheetRaw, m.per);
    const g = gRaw == null ? null : dec(gRaw);
    if (s !== null && s === g) agree++;
    else report(m.id, key, s, g);
  };
  const notInSheet = [];
  for (const gm of provider.models) {
    const scope = gm.id.startsWith('global.') ? 'global' : gm.id.startsWith('regional.') ? 'regional' : 'plain';
    const bare = gm.id.replace(/^(global|regional)\./, '');
    const m = byG.get(bare);
    if (!m) { notInSheet.push(gm.id); continue; }
    const prices = current(gm.prices, today);
    for (const [gk, v] of Object.entries(prices)) {
      const sk = KEYS[gk];
      if (!sk) {
        compared++;
        report(m.id, `${scope === 'global' ? 'global.' : ''}${gk}`, null, typeof v === 'object' ? JSON.stringify(v) : v);
        continue;
      }
      const base = typeof v === 'object' ? v.base : v;
      if (scope === 'global') {
        const card = m.cards.global || {};
        // without a global card (or key) a global profile pays the entry's price
        cmp(m, `global.${sk}`, card[sk] ?? m.base[sk], base);
      } else {
        cmp(m, sk, m.base[sk], base);
      }
      if (typeof v === 'object' && v.tiers && v.tiers.length) {
        const t = v.tiers[0];
        if (scope === 'global') {
          // without a long_context.global card a global request pays the entry's tier
          cmp(m, `global.long_context.${sk}`, (m.lcCards.global || {})[sk] ?? m.lc[sk], t.price);
        } else {
          cmp(m, `long_context.${sk}`, m.lc[sk], t.price);
          if (sk === 'input') {
            compared++;
            if (m.lc.threshold !== undefined && dec(m.lc.threshold) === dec(t.start)) agree++;
            else report(m.id, 'long_context.threshold', m.lc.threshold, t.start);
          }
        }
      }
    }
    // a sheet price G does not list for this model
    if (scope !== 'global') {
      for (const sk of Object.values(KEYS)) {
        const gk = Object.keys(KEYS).find((k) => KEYS[k] === sk);
        if (m.base[sk] !== undefined && prices[gk] === undefined) {
          compared++;
          report(m.id, sk, dec(m.base[sk], m.per), null);
        }
      }
    }
  }
  for (const k of explained.keys())
    if (!used.has(k)) console.log(`stale explanation (nothing differs): ${k.replace('\t', ' ')}`);
  if (notInSheet.length) console.log(`genai-prices models with no sheet entry: ${notInSheet.join(', ')}`);
  console.log(`genai-prices ${version}: ${compared} prices compared, ${agree} agree, ` +
              `${explainedHits} differ with a reason in genai-prices-check.explained, ${unexplained} unexplained`);
  process.exit(unexplained ? 1 : 0);
}

main();
