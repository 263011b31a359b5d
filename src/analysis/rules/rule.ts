/** One rule of the engine, named in the decision trace. */
export interface Rule {
  /** Stable kebab-case id, e.g. `trailing-said-name`. */
  id: string;
  /** What the rule does, in words a user can read ("a name after the quote and its reporting verb"). */
  description: string;
}
