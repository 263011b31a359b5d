// first-reference (info): a person first called by surname (or title and surname) in the body,
// then later given the full name. Headlines, headings and quotes do not count: headlines use
// surnames by custom, and speakers call people what they like.
import { articleContext } from './context';
import type { Check, Finding } from './types';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

export const firstReference: Check = (input) => {
  const { analysis } = input;
  const people = analysis.entities.filter((e) => e.type === 'person' && words(e.name).length > 1);
  if (!people.length) return [];
  const ctx = articleContext(input);
  const findings: Finding[] = [];
  for (const person of people) {
    const body = person.mentions.filter((m) => !m.text.startsWith('@') && !ctx.inHeadline(m.start) && !ctx.inQuote(m.start, m.end));
    const first = body[0];
    if (!first || words(first.text).length > 1) continue;
    const surname = first.text.replace(/['’]s?$/, '');
    const full = body.find(
      (m) => m.start > first.start && words(m.text).length > 1 && words(m.text).some((w) => w.replace(/['’]s?$/, '') === surname),
    );
    if (!full) continue;
    findings.push({
      code: 'first-reference',
      start: first.start,
      end: first.start + surname.length,
      message: `'${surname}' is named in full ('${full.text}') only later: give the full name at the first mention.`,
      related: [{ start: full.start, end: full.end, message: `first mention of the full name '${full.text}'` }],
      fix: { start: first.start, end: first.start + surname.length, replacement: full.text.replace(/['’]s?$/, '') },
    });
  }
  return findings;
};
