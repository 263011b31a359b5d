// Groups name mentions into entities: one entity per real-world referent.
import type { NameCandidate } from './candidates';
import type { DocumentModel } from './document';
import type { Entity } from './types';

export function resolveEntities(candidates: NameCandidate[], _doc: DocumentModel): Entity[] {
  const byName = new Map<string, Entity>();
  const entities: Entity[] = [];
  for (const c of candidates) {
    const key = c.text.toLowerCase();
    let entity = byName.get(key);
    if (!entity) {
      entity = { id: '', type: c.type ?? 'person', name: c.text, role: c.role, aliases: [c.text], mentions: [] };
      byName.set(key, entity);
      entities.push(entity);
    }
    entity.mentions.push({ start: c.start, end: c.end, text: c.text });
  }
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}
