// Session 7's rules (issue 11), each on made-up sentences: where it applies and where it must not.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import type { Analysis } from '../../src/analysis/types';

const run = (text: string): Analysis => analyze(text, { explain: true, documentDate: '2024-03-14' });
const entityIn = (a: Analysis, name: string) => a.entities.find((e) => e.name === name || e.aliases.includes(name));

describe('rules (session 7)', () => {
  it('a surname that the words around it only guessed to be an organization joins the person', () => {
    const a = run('She met Health Minister Tomas Varga on Friday.\n\nA spokesperson for Varga said the plan was fully funded.');
    const varga = entityIn(a, 'Tomas Varga');
    assert.equal(varga?.type, 'person');
    assert.deepEqual(varga?.aliases, ['Tomas Varga', 'Varga']);
    // with no person of that surname, the context still makes an organization
    assert.equal(entityIn(run('A spokesperson for Halvane said the plan was fully funded.'), 'Halvane')?.type, 'organization');
  });
});
