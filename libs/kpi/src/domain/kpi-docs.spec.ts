import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_ORDER, INDICATORS } from './indicators';

/**
 * docs/kpis.md must speak of every indicator of seeds/data/kpi-catalog.yaml (the plans' indicators with their
 * verbatim quotes, kept in the repository), in the order of CATALOG_ORDER, which is checked against the catalog, so
 * a catalog change shows up here.
 */
const CATALOG_IDS = CATALOG_ORDER;

const repoRoot = join(__dirname, '../../../..');
const docs = readFileSync(join(repoRoot, 'docs/kpis.md'), 'utf8');
const catalogPath = join(repoRoot, 'seeds/data/kpi-catalog.yaml');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A heading naming the id first ("### `id` — …"), or a table row whose first cell is the id. */
function mentionsAsEntry(id: string): boolean {
  const name = `\`?${escape(id)}\`?`;
  return new RegExp(`^(#{1,6}\\s+${name}(\\s|$)|\\|\\s*${name}\\s*\\|)`, 'm').test(docs);
}

describe('docs/kpis.md', () => {
  it('lists 64 distinct catalog ids', () => {
    expect(new Set(CATALOG_IDS).size).toBe(64);
  });

  it.each(CATALOG_IDS)('has an entry for %s', (id) => {
    expect(mentionsAsEntry(id)).toBe(true);
  });

  it('keeps the catalog order', () => {
    const positions = CATALOG_IDS.map((id) => docs.search(new RegExp(`^#{1,6}\\s+\`?${escape(id)}\`?(\\s|$)`, 'm')));
    const found = positions.filter((position) => position >= 0);
    expect(found).toEqual([...found].sort((a, b) => a - b));
  });

  it('computes every catalog indicator but the external_only ones, and says so', () => {
    const entries = readFileSync(catalogPath, 'utf8').split(/^- id: /m).slice(1);
    const computability = new Map(entries.map((entry) => [entry.split(/\s/)[0], /^\s+computability: (\S+)/m.exec(entry)?.[1]]));
    const computed = new Set(INDICATORS.map((indicator) => indicator.catalogId));
    const outOfScope = [...computability].filter(([, kind]) => kind === 'external_only').map(([id]) => id);
    expect(outOfScope).toHaveLength(5);
    expect(CATALOG_IDS.filter((id) => !computed.has(id))).toEqual(outOfScope);
    expect(computed.size).toBe(59);
    expect(docs).not.toMatch(/needs data the registry lacks/);
    for (const id of computed) expect(docs).toMatch(new RegExp(`### \`${escape(id)}\`[^#]*- Yiyang: \\*\\*computed\\*\\*`));
  });

  it('matches the ids of seeds/data/kpi-catalog.yaml', () => {
    const ids = [...readFileSync(catalogPath, 'utf8').matchAll(/^- id: (\S+)\s*$/gm)].map((match) => match[1]);
    expect(ids).toEqual([...CATALOG_IDS]);
  });
});
