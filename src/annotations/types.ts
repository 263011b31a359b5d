// The sidecar contract (DESIGN.md, "The user's annotations"): `<article>.newslens.json`.
// Every object keeps the fields it does not know (index signatures), so a rewrite loses nothing.
import type { EntityType } from '../analysis/types';

/** W3C-style target: a TextPositionSelector plus a TextQuoteSelector, UTF-16 offsets. */
export interface Target {
  start: number;
  end: number;
  /** The text at [start, end) when the annotation was made. */
  exact: string;
  /** Up to 32 characters before `exact`. */
  prefix?: string;
  /** Up to 32 characters after `exact`. */
  suffix?: string;
  [unknownField: string]: unknown;
}

export const ANNOTATION_ACTIONS = ['add', 'reject', 'retype', 'merge', 'split', 'rename', 'speaker', 'value', 'accept', 'ignore'] as const;
export type AnnotationAction = (typeof ANNOTATION_ACTIONS)[number];

export const ADD_KINDS = ['person', 'organization', 'place', 'quote', 'date'] as const;
export type AddKind = (typeof ADD_KINDS)[number];

export const SCOPES = ['all', 'this'] as const;
export type Scope = (typeof SCOPES)[number];

export interface Annotation {
  id: string;
  action: AnnotationAction;
  target: Target;
  /** add: what the target is. reject (optional): only facts of this kind are rejected. */
  kind?: AddKind;
  scope?: Scope;
  /** retype: the entity's type. */
  type?: EntityType;
  /** merge: a target held by the entity this one is the same as. */
  into?: Target;
  /** rename: the entity's canonical name. */
  name?: string;
  /** speaker: who said the quote (a target), or null for nobody. */
  speaker?: Target | null;
  /** value: the date's value; add (dates): its value. */
  value?: string;
  /** ignore: the editorial check code. */
  code?: string;
  /** ISO date-time when the annotation was made. */
  created?: string;
  [unknownField: string]: unknown;
}

export interface Sidecar {
  version: 1;
  /** The article's publication date (YYYY-MM-DD): wins over the date found in the text. */
  documentDate?: string | null;
  annotations: Annotation[];
  [unknownField: string]: unknown;
}
