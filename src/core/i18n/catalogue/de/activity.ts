import type { activity as en } from '../en/activity'

/** Die Sätze des Aktivitätsprotokolls und die Unterschiede eines Versionsvergleichs. */
export const activity: typeof en = {
  claimTagged: '{{actor}} hat die Behauptung „{{quote}}“ markiert',
  claimTaggedUnquoted: '{{actor}} hat eine Behauptung markiert',
  claimDeleted: '{{actor}} hat die Behauptung „{{quote}}“ gelöscht',
  claimDeletedUnquoted: '{{actor}} hat eine Behauptung gelöscht',
  statusSet: '{{actor}} hat den Status {{from}} → {{to}} gesetzt',
  statusSetWithNote: '{{actor}} hat den Status {{from}} → {{to}} gesetzt: {{note}}',
  claimConfirmed: '{{actor}} hat die Verifizierung bestätigt',
  claimSentBack: '{{actor}} hat die Verifizierung zurückgeschickt',
  claimSentBackWithNote: '{{actor}} hat die Verifizierung zurückgeschickt: {{note}}',
  sourceAttached: '{{actor}} hat die Quelle {{source}} angegeben',
  sourceDetached: '{{actor}} hat die Quelle {{source}} nicht mehr angegeben',
  statementChanged: '{{actor}} hat die Behauptung umformuliert: „{{statement}}“',
  claimantNamed: '{{actor}} hat eingetragen, wer die Behauptung aufgestellt hat: {{claimant}}',
  claimantCleared: '{{actor}} hat entfernt, wer die Behauptung aufgestellt hat',
  assigned: '{{actor}} hat die Behauptung {{assignee}} zugewiesen',
  unassigned: '{{actor}} hat die Zuweisung der Behauptung aufgehoben',
  commented: '{{actor}} hat kommentiert: „{{text}}“',
  replied: '{{actor}} hat geantwortet: „{{text}}“',
  sourceAdded: '{{actor}} hat die Quelle „{{name}}“ ins Quellenverzeichnis aufgenommen',
  sourceRemoved_one: '{{actor}} hat eine Quelle aus dem Quellenverzeichnis entfernt',
  sourceRemoved_other:
    '{{actor}} hat {{count, number}} Quellen aus dem Quellenverzeichnis entfernt',
  annotationsImported_one:
    '{{actor}} hat {{count, number}} Behauptung aus Web Annotations importiert ({{unanchored, number}} nicht verankert)',
  annotationsImported_other:
    '{{actor}} hat {{count, number}} Behauptungen aus Web Annotations importiert ({{unanchored, number}} nicht verankert)',
  briefingImported: '{{actor}} hat das Briefing „{{title}}“ importiert',
  briefingImportedUntitled: '{{actor}} hat ein Briefing importiert',
  textEdited: '{{actor}} hat den Text bearbeitet (+{{added, number}} −{{removed, number}} Zeichen)',
  versionSaved: '{{actor}} hat die Version „{{name}}“ gespeichert',
  versionRestored: '{{actor}} hat die Version „{{name}}“ wiederhergestellt',
  ruleOn: '{{actor}} hat die Regel „{{rule}}“ eingeschaltet',
  ruleOff: '{{actor}} hat die Regel „{{rule}}“ ausgeschaltet',
  ruleSet: '{{actor}} hat die Regel „{{rule}}“ auf {{value}} gesetzt',
  roomChanged: '{{actor}} hat den Raum geändert',
  rule: {
    secondCheck: 'Zweitprüfung'
  },
  compare: {
    status: 'Status: {{from}} → {{to}}',
    statement: 'Aussage: „{{from}}“ → „{{to}}“',
    sources: 'Quellen: {{from, number}} → {{to, number}}',
    assignee: 'Zugewiesen: {{from}} → {{to}}',
    assigneeAdded: 'Zugewiesen: niemand → {{to}}',
    assigneeRemoved: 'Zugewiesen: {{from}} → niemand'
  }
}
