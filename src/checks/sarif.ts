// SARIF 2.1.0 for `news-lens check --format sarif`: GitHub code scanning and other SARIF viewers
// show the editorial checks' diagnostics with their rules, help links and regions.
import { CHECKS, readmeHeading } from './registry';
import type { CheckDiagnostic, Severity } from './types';
import { lineIndex } from '../export/text';

export interface SarifInput {
  /** The article as a URI reference: a relative path (`drafts/story.txt`) or a file: URL. */
  file: string;
  text: string;
  diagnostics: CheckDiagnostic[];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A region: 1-based lines and columns in UTF-16 code units (the run's columnKind), plus char offsets. */
function region(position: ReturnType<typeof lineIndex>, start: number, end: number) {
  const a = position(start);
  const b = position(end);
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, charOffset: start, charLength: end - start };
}

function result(input: SarifInput, d: CheckDiagnostic, position: ReturnType<typeof lineIndex>) {
  const artifactLocation = { uri: input.file };
  const out: Record<string, unknown> = {
    ruleId: d.code,
    ruleIndex: CHECKS.findIndex((c) => c.code === d.code),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(position, d.start, d.end) } }],
  };
  if (d.related.length) {
    out.relatedLocations = d.related.map((r, i) => ({
      id: i + 1,
      message: { text: r.message },
      physicalLocation: { artifactLocation, region: region(position, r.start, r.end) },
    }));
  }
  if (d.fix) {
    out.fixes = [
      {
        description: { text: `Change to '${d.fix.replacement}'` },
        artifactChanges: [
          {
            artifactLocation,
            replacements: [{ deletedRegion: region(position, d.fix.start, d.fix.end), insertedContent: { text: d.fix.replacement } }],
          },
        ],
      },
    ];
  }
  return out;
}

export function toSarif(inputs: SarifInput[]): object {
  const rules = CHECKS.map((c) => ({
    id: c.code,
    name: c.code.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: { text: c.summary },
    // No helpUri: News Lens has no public web page; the help names the README section instead.
    help: { text: `${c.summary} See "${readmeHeading(c.code).replace(/^#+\s*/, '')}" in the News Lens README.` },
    defaultConfiguration: { level: LEVEL[c.defaultSeverity] },
  }));
  const results = inputs.flatMap((input) => {
    const position = lineIndex(input.text);
    return input.diagnostics.map((d) => result(input, d, position));
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'News Lens', rules } }, columnKind: 'utf16CodeUnits', results }],
  };
}
