import type { panel as en } from '../en/panel'

/**
 * Katalogbereich `panel` (Deutsch): die Seitenleiste der Behauptungen und die Protokollbereiche.
 * Tags wie `<time>` und `<names/>` markieren, wo ein Element steht.
 */
export const panel: typeof en = {
  sidebar: {
    loading: 'Behauptungen werden geladen…',
    nothingToReveal:
      'Der Text dieser Behauptung wurde gelöscht, im Briefing gibt es daher nichts zu zeigen.'
  },
  list: {
    heading: 'Behauptungen',
    filterByStatus: 'Nach Status filtern',
    allStatuses: 'Alle',
    assignedToMe: 'Mir zugewiesen',
    empty:
      'Noch keine Behauptungen. Wählen Sie Text im Briefing aus und klicken Sie auf „Behauptung markieren“.',
    showing_one: '{{shown, number}} von {{count, number}} Behauptung angezeigt',
    showing_other: '{{shown, number}} von {{count, number}} Behauptungen angezeigt',
    detached: 'Nicht verankert',
    noSource: 'Keine Quelle',
    sources_one: '{{count, number}} Quelle',
    sources_other: '{{count, number}} Quellen',
    comments_one: '{{count, number}} Kommentar',
    comments_other: '{{count, number}} Kommentare'
  },
  assignee: {
    assignedTo: 'Zugewiesen an {{name}}',
    unassigned: 'Nicht zugewiesen'
  },
  viewers: {
    sentence_one: '{{names}} schaut zu',
    sentence_other: '{{names}} schauen zu',
    chips_one: '<names/> schaut zu',
    chips_other: '<names/> schauen zu'
  },
  detail: {
    heading: 'Geöffnete Behauptung',
    close: 'Schließen',
    taggedBy: 'Markiert von {{name}}, <time>{{time}}</time>',
    detached:
      'Nicht verankert: Ihr Text wurde aus dem Briefing gelöscht; die Behauptung bleibt mit ihrem Zitat erhalten.',
    claimHeading: 'Behauptung',
    statementLabel: 'Behauptung',
    claimantLabel: 'Behauptet von',
    claimedBy: 'Behauptet von {{name}}',
    save: 'Speichern',
    assignTo: 'Zuweisen an',
    assignToPlaceholder: 'Niemand',
    assign: 'Zuweisen',
    activity: 'Aktivität dieser Behauptung'
  },
  status: {
    readOnly: 'Prüfstatus: {{status}}',
    label: 'Prüfstatus',
    noteLabel: 'Statusnotiz',
    notePlaceholder: 'Begründung (optional)',
    conflictGroup: 'Konflikt',
    conflictIntro:
      '<strong>Konflikt:</strong> Prüfer:innen haben unterschiedliche Status gesetzt, ohne die Änderung der anderen zu sehen.',
    conflictChange: '{{author}} hat am <time>{{time}}</time> <strong>{{status}}</strong> gesetzt',
    keep: '{{status}} beibehalten',
    unchanged: 'Status noch nicht geändert.',
    history: 'Statusverlauf ({{count, number}})',
    changed: '{{author}}: {{from}} → {{to}}, <time>{{time}}</time>',
    confirmed: '{{author}}: Verifizierung bestätigt, <time>{{time}}</time>',
    sentBack: '{{author}}: zurückgeschickt: {{from}} → {{to}}, <time>{{time}}</time>'
  },
  secondCheck: {
    group: 'Zweitprüfung',
    confirmed: 'Verifiziert von <verifiers/> · bestätigt von <confirmers/>',
    awaiting: 'Verifiziert von <verifiers/> · wartet auf Zweitprüfung',
    person: '<strong>{{name}}</strong> (<time>{{time}}</time>)',
    confirm: 'Verifizierung bestätigen',
    sendBack: 'Zurückschicken',
    sendBackNeedsNote: 'Zum Zurückschicken nennen Sie bitte in der Statusnotiz den Grund.',
    notYours: 'Ein anderes Mitglied mit der Rolle Prüfer:in muss die Verifizierung bestätigen.',
    requireRule: 'Zweitprüfung verlangen'
  },
  claimSources: {
    heading: 'Quellen dieser Behauptung',
    noSource: 'Keine Quelle',
    notInLibrary: '{{id}} (nicht im Quellenverzeichnis)',
    remove: 'Entfernen',
    label: 'Quelle',
    placeholder: 'Name im Quellenverzeichnis oder https://-Link',
    add: 'Quelle hinzufügen'
  },
  comments: {
    heading: 'Kommentare ({{count, number}})',
    label: 'Kommentar',
    add: 'Kommentar hinzufügen',
    reply: 'Antworten',
    replyLabel: 'Antwort',
    sendReply: 'Antwort senden'
  },
  library: {
    heading: 'Quellen',
    unbacked_one: '{{count, number}} Behauptung hat keine Quelle',
    unbacked_other: '{{count, number}} Behauptungen haben keine Quelle',
    empty: 'Dieses Briefing nennt noch keine Quellen.',
    notCited: 'Von keiner Behauptung angegeben',
    citedBy_one: 'Von {{count, number}} Behauptung angegeben',
    citedBy_other: 'Von {{count, number}} Behauptungen angegeben'
  },
  progress: {
    heading: 'Prüffortschritt',
    headline: '{{verified, number}} von {{total, number}} verifiziert'
  },
  activity: {
    heading: 'Aktivität',
    filterByMember: 'Nach Mitglied filtern',
    everyone: 'Alle',
    filterByClaim: 'Nach Behauptung filtern',
    allClaims: 'Alle Behauptungen',
    refresh: 'Aktualisieren',
    noServer: 'Kein Server bekannt, bei dem die Aktivität abgefragt werden kann.',
    empty: 'Noch nichts aufgezeichnet.'
  },
  versions: {
    heading: 'Versionen',
    nameLabel: 'Versionsname',
    save: 'Version speichern',
    saved: '„{{name}}“ gespeichert.',
    restored: 'Version „{{title}}“ wiederhergestellt.',
    empty: 'Noch keine Versionen.',
    entry_one: '<strong>{{title}}</strong> <time>{{time}}</time> · {{count, number}} Behauptung',
    entry_other:
      '<strong>{{title}}</strong> <time>{{time}}</time> · {{count, number}} Behauptungen',
    entryBy_one:
      '<strong>{{title}}</strong> <time>{{time}}</time> · {{by}} · {{count, number}} Behauptung',
    entryBy_other:
      '<strong>{{title}}</strong> <time>{{time}}</time> · {{by}} · {{count, number}} Behauptungen',
    open: 'Öffnen',
    restore: 'Wiederherstellen',
    reason: {
      auto: 'Automatisch',
      named: 'Von Hand gespeichert',
      'before-deletion': 'Vor einer großen Löschung',
      'before-restore': 'Vor einer Wiederherstellung'
    }
  },
  compare: {
    heading: 'Version: {{title}}',
    close: 'Version schließen',
    opening: 'Version wird geöffnet…',
    same: 'Diese Version entspricht dem jetzigen Stand des Raums.',
    thisVersion: 'Diese Version',
    now: 'Jetzt',
    claimChanges: 'Änderungen an Behauptungen',
    onlyThen: 'Nur in dieser Version: <q>{{quote}}</q>',
    addedSince: 'Seitdem hinzugekommen: <q>{{quote}}</q>',
    changed: '<q>{{quote}}</q>: {{differences}}',
    differenceSeparator: '; '
  },
  highlight: {
    loading: 'Behauptung (wird geladen)',
    loadingOpen: 'Behauptung (wird geladen) (geöffnet)',
    status: 'Behauptung: {{status}}',
    statusOpen: 'Behauptung: {{status}} (geöffnet)'
  }
}
