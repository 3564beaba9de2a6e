import type { exportText as en } from '../en/export-text'

/** Katalogbereich `exportText` (Deutsch): die festen Wörter der Exporte, Export-Dialog, Import. */
export const exportText: typeof en = {
  openCheck: {
    notVerified:
      'Behauptung {{number}} („{{statement}}“) hat den Status „{{status}}“, nicht „Verifiziert“.',
    conflict:
      'Behauptung {{number}} („{{statement}}“) hat widersprüchliche Prüfstatus: {{statuses}}.',
    statusVersus: '{{first}} vs. {{second}}',
    awaiting:
      'Behauptung {{number}} („{{statement}}“) wurde von {{names}} verifiziert und wartet auf die Zweitprüfung.',
    awaitingNobody:
      'Behauptung {{number}} („{{statement}}“) ist verifiziert, ohne dass jemand dafür verzeichnet ist, und wartet auf die Zweitprüfung.',
    noSource: 'Behauptung {{number}} („{{statement}}“) nennt keine Quelle.',
    uncitedSource: 'Keine Behauptung nennt die Quelle „{{name}}“ ({{url}}).',
    banner_one: 'NICHT VERIFIZIERT · {{count}} offene Prüfung',
    banner_other: 'NICHT VERIFIZIERT · {{count}} offene Prüfungen'
  },
  time: {
    utc: '{{time}} UTC'
  },
  meta: {
    exported: 'Exportiert aus dem Raum {{room}} am {{time}} mit Claimdesk {{version}}.',
    exportedNoVersion: 'Exportiert aus dem Raum {{room}} am {{time}} mit Claimdesk.'
  },
  claims: {
    heading: 'Behauptungen',
    footnote: '{{verdict}}: {{statement}}',
    detachedFootnote:
      '{{verdict}}: {{statement}} (losgelöst: ihr Text steht nicht mehr im Briefing)',
    markTitle: 'Behauptung {{number}}: {{verdict}}',
    quote: 'Zitat: „{{quote}}“',
    sources: 'Quellen: {{sources}}',
    noSources: 'Quellen: keine.',
    noSourcesListed: 'Quellen: keine',
    assignee: 'Zugewiesen an: {{name}}',
    comment: 'Kommentar von {{author}}, {{time}}: {{text}}',
    commentShort: '{{author}}, {{time}}: {{text}}',
    detached: 'Losgelöst: Ihr Text steht nicht mehr im Briefing.',
    detachedTag: '(losgelöst)',
    detachedHeading: 'Losgelöste Behauptungen',
    detachedQuote: '„{{quote}}“ (ihr Text steht nicht mehr im Briefing)',
    backToText: 'Zurück zum Text',
    column: {
      number: '#',
      claim: 'Behauptung',
      status: 'Status',
      sources: 'Quellen',
      assignee: 'Zugewiesen an'
    }
  },
  summary: {
    heading: 'Prüfübersicht',
    status: 'Status',
    claims: 'Behauptungen',
    total: 'Gesamt',
    reviewedBy: 'Geprüft von: {{names}}.',
    reviewedByNobody: 'Geprüft von: noch niemand.',
    historyHeading: 'Statusverlauf',
    claimLine: 'Behauptung {{number}}: {{verdict}}',
    noChanges: 'Noch keine Statusänderungen.',
    change: '{{time}}, {{author}}: {{from}} → {{to}}',
    changeWithNote: '{{time}}, {{author}}: {{from}} → {{to}}: „{{note}}“',
    confirmed: 'Verifiziert (Zweitprüfung)',
    sentBack: 'In Prüfung (zurückgegeben)',
    checkedByConfirmed: 'Verifiziert von {{verifiers}} · bestätigt von {{confirmers}}',
    checkedByAwaiting: 'Verifiziert von {{verifiers}} · wartet auf Zweitprüfung',
    sourcesHeading: 'Quellen',
    noSources: 'Keine Quellen.'
  },
  format: {
    markdown: 'Markdown',
    html: 'HTML',
    docx: 'Word (DOCX)',
    pdf: 'PDF',
    jsonld: 'Web Annotation (JSON-LD)',
    claimreview: 'ClaimReview (JSON-LD)'
  },
  dialog: {
    title: 'Verifizierten Entwurf exportieren',
    format: 'Format',
    language: 'Exportsprache',
    openChecks: 'Offene Prüfungen',
    allVerified: 'Alle Behauptungen verifiziert – bereit zum Export',
    draftWarning:
      'Ein Export jetzt kennzeichnet den Entwurf als <strong>{{banner}}</strong> und führt die offenen Prüfungen darin auf.',
    openClaim: 'Behauptung öffnen',
    more_one: '…und {{count}} weitere, alle im exportierten Entwurf aufgeführt.',
    more_other: '…und {{count}} weitere, alle im exportierten Entwurf aufgeführt.',
    close: 'Schließen',
    cancel: 'Abbrechen',
    export: 'Exportieren',
    exportAnyway: 'Trotzdem exportieren',
    exporting: 'Wird exportiert…',
    failed: 'Der Export ist fehlgeschlagen: {{reason}}',
    cancelled: 'Export abgebrochen; es wurde nichts gespeichert.',
    saved: '{{fileName}} gespeichert.',
    downloaded: '{{fileName}} heruntergeladen.',
    printOpened: 'Der Druckdialog ist geöffnet: Wählen Sie dort „Als PDF speichern“.',
    allReviewed: 'Jede Behauptung hat ein abschließendes Urteil — bereit zum Export',
    claimReviewFromServer:
      'Der Server schreibt diese Datei aus dem Raum, wie er ihn speichert, im Namen Ihrer Redaktion.',
    claimReviewNeedsServer:
      'ClaimReview schreibt der Server: Verbinden Sie sich mit ihm, um zu exportieren.'
  },
  browser: {
    printFrame: '{{fileName}} drucken',
    noWindow: 'Diese Seite hat kein Fenster, aus dem heruntergeladen werden kann.',
    noFrame: 'Der Browser hat keinen Rahmen zum Drucken geöffnet.'
  },
  refusal: {
    library: 'Quellenverzeichnis der Sammlung: {{reason}} Es wurde nichts importiert.',
    duplicateClaim:
      '{{label}}: Diese Behauptung gibt es in diesem Raum schon. Es wurde nichts importiert.',
    claim: '{{label}}: {{reason}} Es wurde nichts importiert.',
    sourceNotWeb: 'die Quelle „{{url}}“ ist kein http- oder https-Link.'
  }
}
