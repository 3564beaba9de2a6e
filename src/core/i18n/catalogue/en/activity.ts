/** The activity log's sentences, and the differences a version comparison lists. */
export const activity = {
  claimTagged: '{{actor}} tagged the claim “{{quote}}”',
  claimTaggedUnquoted: '{{actor}} tagged a claim',
  claimDeleted: '{{actor}} deleted the claim “{{quote}}”',
  claimDeletedUnquoted: '{{actor}} deleted a claim',
  statusSet: '{{actor}} set the status {{from}} → {{to}}',
  statusSetWithNote: '{{actor}} set the status {{from}} → {{to}}: {{note}}',
  claimConfirmed: '{{actor}} confirmed the verification',
  claimSentBack: '{{actor}} sent it back',
  claimSentBackWithNote: '{{actor}} sent it back: {{note}}',
  sourceAttached: '{{actor}} cited the source {{source}}',
  sourceDetached: '{{actor}} stopped citing the source {{source}}',
  statementChanged: '{{actor}} reworded the claim: “{{statement}}”',
  claimantNamed: '{{actor}} named who made the claim: {{claimant}}',
  claimantCleared: '{{actor}} removed who made the claim',
  assigned: '{{actor}} assigned the claim to {{assignee}}',
  unassigned: '{{actor}} unassigned the claim',
  commented: '{{actor}} commented: “{{text}}”',
  replied: '{{actor}} replied: “{{text}}”',
  sourceAdded: '{{actor}} added the source “{{name}}”',
  sourceRemoved_one: '{{actor}} removed a source',
  sourceRemoved_other: '{{actor}} removed {{count}} sources',
  annotationsImported_one:
    '{{actor}} imported {{count}} claim from Web Annotations ({{unanchored}} detached)',
  annotationsImported_other:
    '{{actor}} imported {{count}} claims from Web Annotations ({{unanchored}} detached)',
  briefingImported: '{{actor}} imported the briefing “{{title}}”',
  briefingImportedUntitled: '{{actor}} imported a briefing',
  textEdited: '{{actor}} edited the text (+{{added}} −{{removed}} characters)',
  versionSaved: '{{actor}} saved the version “{{name}}”',
  versionRestored: '{{actor}} restored the version “{{name}}”',
  ruleOn: '{{actor}} turned on the rule “{{rule}}”',
  ruleOff: '{{actor}} turned off the rule “{{rule}}”',
  ruleSet: '{{actor}} set the rule “{{rule}}” to {{value}}',
  roomChanged: '{{actor}} changed the room',
  /** What each room rule is called in a sentence. */
  rule: {
    secondCheck: 'Second check'
  },
  /** A claim's differences between a version and now, each "field: then → now". */
  compare: {
    status: 'status: {{from}} → {{to}}',
    statement: 'statement: “{{from}}” → “{{to}}”',
    sources: 'sources: {{from}} → {{to}}',
    assignee: 'assignee: {{from}} → {{to}}',
    assigneeAdded: 'assignee: nobody → {{to}}',
    assigneeRemoved: 'assignee: {{from}} → nobody'
  }
}
