// Every command this extension contributes or registers, in one table. Features register and run
// them through these constants (commandRegistry.ts), never through string literals; a unit test checks
// the table against package.json (commands, menus, keybindings). No `vscode` import: that test
// runs in plain Node.
export const COMMANDS = {
  // Welcome and refresh
  openArticle: 'newsLens.openArticle',
  openSample: 'newsLens.openSample',
  refresh: 'newsLens.refresh',
  // Highlights
  toggleHighlights: 'newsLens.toggleHighlights',
  showHighlights: 'newsLens.showHighlights',
  hideHighlights: 'newsLens.hideHighlights',
  // Navigation and the facts tree
  nextMention: 'newsLens.nextMention',
  previousMention: 'newsLens.previousMention',
  showMentions: 'newsLens.showMentions',
  copyName: 'newsLens.copyName',
  revealInTree: 'newsLens.revealInTree',
  revealRange: 'newsLens.revealRange',
  // Export
  exportFacts: 'newsLens.exportFacts',
  exportFactsAllOpen: 'newsLens.exportFactsAllOpen',
  exportFactsFolder: 'newsLens.exportFactsFolder',
  copyFactsAsMarkdown: 'newsLens.copyFactsAsMarkdown',
  // Annotating a fact (code actions, hover links, the tree's context menu)
  acceptFact: 'newsLens.acceptFact',
  notAName: 'newsLens.notAName',
  changeType: 'newsLens.changeType',
  sameAs: 'newsLens.sameAs',
  splitFrom: 'newsLens.splitFrom',
  renameEntity: 'newsLens.renameEntity',
  setSpeaker: 'newsLens.setSpeaker',
  notAQuote: 'newsLens.notAQuote',
  notADate: 'newsLens.notADate',
  correctDateValue: 'newsLens.correctDateValue',
  markSelectionAs: 'newsLens.markSelectionAs',
  // The annotations themselves
  annotate: 'newsLens.annotate',
  setArticleDate: 'newsLens.setArticleDate',
  undoAnnotation: 'newsLens.undoAnnotation',
  removeAnnotation: 'newsLens.removeAnnotation',
  deleteOrphan: 'newsLens.deleteOrphan',
  attachToSelection: 'newsLens.attachToSelection',
  openSidecar: 'newsLens.openSidecar',
  // Review mode
  reviewNext: 'newsLens.reviewNext',
  reviewPrevious: 'newsLens.reviewPrevious',
  acceptAllRemaining: 'newsLens.acceptAllRemaining',
} as const;

export type CommandName = keyof typeof COMMANDS;
export type CommandId = (typeof COMMANDS)[CommandName];

export const COMMAND_IDS: readonly CommandId[] = Object.values(COMMANDS);
