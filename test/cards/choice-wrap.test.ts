import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TEMPLATES = join(__dirname, '..', '..', 'cards', 'templates');

/** Every Input.ChoiceSet in a template, with the file it is in. */
function choiceSets(): { file: string; set: Record<string, unknown> }[] {
  const out: { file: string; set: Record<string, unknown> }[] = [];
  for (const file of readdirSync(TEMPLATES).filter((f) => f.endsWith('.json'))) {
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (o.type === 'Input.ChoiceSet') out.push({ file, set: o });
        Object.values(o).forEach(walk);
      }
    };
    walk(JSON.parse(readFileSync(join(TEMPLATES, file), 'utf8')));
  }
  return out;
}

describe('choices on the cards', () => {
  it("wrap when shown as radio buttons or checkboxes, so a long choice (a proposal on the ballot, the setup's answer modes) is never cut at phone width", () => {
    const expanded = choiceSets().filter(({ set }) => set.style !== 'compact');
    assert.ok(expanded.length >= 5, String(expanded.length));
    assert.deepEqual(
      expanded.filter(({ set }) => set.wrap !== true).map(({ file, set }) => `${file}: ${String(set.id)}`),
      [],
    );
  });
});
