// The editorial checks in `npm run eval`: (a) every clean article (corpora, gold-own, seeds) and
// the diagnostics it gets, each with its sentence (target: no warning); (b) copies of clean
// articles with one error seeded by a program (seedErrors.ts), and the share of seeded errors the
// right check reports (target: 90 % or more per warning code).
import { analyze } from '../../src/analysis/index';
import { buildDocument } from '../../src/analysis/document';
import { CHECKS, runChecks, type CheckCode, type CheckDiagnostic } from '../../src/checks';
import { mulberry32 } from '../bench/prng';
import { SEEDERS } from './seedErrors';

export interface CleanDoc {
  corpus: string;
  id: string;
  text: string;
  documentDate: string | null;
}

export interface ChecksFigures {
  clean: {
    documents: number;
    bySeverity: Record<string, number>;
    byCode: Record<string, number>;
    warnings: Array<{ doc: string; code: string; message: string; sentence: string }>;
  };
  seeded: Record<string, { seeded: number; found: number; recall: number; missed: string[] }>;
}

function sentenceOf(text: string, d: CheckDiagnostic): string {
  for (const p of buildDocument(text).paragraphs) {
    if (d.start < p.start || d.start >= p.end) continue;
    const s = p.sentences.find((x) => x.start <= d.start && d.start < x.end);
    return text
      .slice(s?.start ?? p.start, s?.end ?? p.end)
      .replace(/\s+/g, ' ')
      .slice(0, 240);
  }
  return '';
}

export function evaluateChecks(docs: CleanDoc[], seed = 10): ChecksFigures {
  const clean: ChecksFigures['clean'] = { documents: docs.length, bySeverity: {}, byCode: {}, warnings: [] };
  const seeded: ChecksFigures['seeded'] = {};
  const rng = mulberry32(seed);
  for (const doc of docs) {
    const analysis = analyze(doc.text, { documentDate: doc.documentDate, file: doc.id });
    for (const d of runChecks(analysis, doc.text)) {
      clean.bySeverity[d.severity] = (clean.bySeverity[d.severity] ?? 0) + 1;
      clean.byCode[d.code] = (clean.byCode[d.code] ?? 0) + 1;
      clean.warnings.push({
        doc: `${doc.corpus}/${doc.id}`,
        code: `${d.severity} ${d.code}`,
        message: d.message,
        sentence: sentenceOf(doc.text, d),
      });
    }
    for (const seeder of SEEDERS) {
      const s = seeder(doc.text, analysis, rng);
      if (!s) continue;
      const fig = (seeded[s.code] ??= { seeded: 0, found: 0, recall: 0, missed: [] });
      fig.seeded++;
      const after = runChecks(analyze(s.text, { documentDate: doc.documentDate, file: doc.id }), s.text);
      const hit = after.some((d) => d.code === s.code && d.start < Math.max(s.end, s.start + 1) && d.end > s.start);
      if (hit) fig.found++;
      else fig.missed.push(`${doc.corpus}/${doc.id}: ${s.what}`);
    }
  }
  for (const fig of Object.values(seeded)) fig.recall = fig.seeded ? fig.found / fig.seeded : 0;
  return { clean, seeded };
}

export function formatChecks(f: ChecksFigures, limit: number): string {
  const lines = [`\neditorial checks on ${f.clean.documents} clean articles`];
  const warnings = f.clean.warnings.filter((w) => /^(warning|error) /.test(w.code));
  lines.push(
    `  diagnostics: ${
      Object.entries(f.clean.bySeverity)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ') || 'none'
    } (warnings: ${warnings.length})`,
  );
  for (const w of f.clean.warnings.slice(0, limit))
    lines.push(`  [${w.doc.slice(0, 36)}] ${w.code}: ${w.message}\n      ${JSON.stringify(w.sentence)}`);
  lines.push('\nseeded errors (one per copy of a clean article)');
  lines.push('  code                     seeded  found  recall');
  for (const check of CHECKS) {
    const s = f.seeded[check.code as CheckCode];
    if (!s) continue;
    lines.push(
      `  ${check.code.padEnd(24)} ${String(s.seeded).padStart(6)} ${String(s.found).padStart(6)}  ${(100 * s.recall).toFixed(1).padStart(5)} %`,
    );
  }
  for (const [code, s] of Object.entries(f.seeded)) for (const m of s.missed.slice(0, limit)) lines.push(`  missed ${code}: ${m}`);
  return lines.join('\n');
}
