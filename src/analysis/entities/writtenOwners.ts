// Step 2: a name the text itself ties to its owner joins that owner.
import type { AliasContext } from './aliasContext';
import { key } from './nameText';

/** "(@DrSJaishankar)" after a name, "WHO" defined in brackets, "X (formerly Twitter)": the first mention of the owner. */
export function joinWrittenOwners({ mentions, groups, byKey }: AliasContext): void {
  mentions.forEach((c, i) => {
    if (!c.ownerName) return;
    const ids = byKey.get(key(c.ownerName));
    if (ids?.length) groups.union(ids[0], i);
  });
}
