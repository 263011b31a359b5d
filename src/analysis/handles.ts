// Matches a social handle to a name written in the same article: "@narendramodi" -> "Narendra
// Modi", "@DrSJaishankar" -> "S Jaishankar". Letters only, case-insensitive.

const letters = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');

/** How well a handle fits a name: 3 = all name words in order, 2 = surname plus initials/first name, 0 = no fit. */
export function handleFit(handle: string, name: string): number {
  const h = letters(handle);
  const words = name
    .split(/[\s.]+/)
    .map(letters)
    .filter(Boolean);
  if (!h || !words.length) return 0;
  const all = words.join('');
  if (all.length >= 4 && h.includes(all)) return 3;
  const last = words[words.length - 1];
  if (last.length < 4 || !h.includes(last)) return 0;
  if (words.length === 1) return h === last ? 2 : 1;
  const rest = h.replace(last, '');
  // What is left may be the first name(s), their initials, or a title abbreviation ("dr", "pm").
  const firstNames = words.slice(0, -1);
  if (firstNames.some((w) => w.length > 1 && rest.includes(w))) return 2;
  const initials = firstNames.map((w) => w[0]).join('');
  if (initials && rest.includes(initials)) return 2;
  return 1;
}
