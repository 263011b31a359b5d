// Words the document model reads to split sentences (src/analysis/document.ts).

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sr.', 'jr.', 'st.', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'gov.', 'sen.', 'rep.',
  'rev.', 'hon.', 'pres.', 'inc.', 'ltd.', 'corp.', 'co.', 'no.', 'vs.', 'etc.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.',
  'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'mt.', 'ft.', 'approx.', 'dept.', 'est.', 'fig.', 'a.m.', 'p.m.',
]);

/** Capitalised words that open a new sentence after a dotted acronym ("… in the U.S. The …"); case-sensitive. */
export const SENTENCE_OPENERS = ['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'But', 'And'];
