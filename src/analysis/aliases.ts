// Groups name mentions into entities, one per real-world referent, with document-wide knowledge:
// "Putin" joins "Vladimir Putin", "WHO" joins "World Health Organization", "@DrSJaishankar" joins
// "S. Jaishankar"; a place and an organization with the same surface stay apart. Also drops
// sentence-initial capitals that nothing else in the article confirms as a name.
// The steps live in entities/ (one file each); this module keeps the pass's name for its callers.
export { clearEntityCache, resolveEntities } from './entities';
