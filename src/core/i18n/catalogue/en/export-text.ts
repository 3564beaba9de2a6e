/**
 * Catalogue area `exportText` (English, the source of every key): the fixed words of every
 * export format, the export gate's open checks, the export dialog and the import's refusals.
 * Export words hold no character Markdown or HTML would read as syntax (export-text.test.ts),
 * so the exporters may place escaped values into them as they are.
 */
export const exportText = {
  openCheck: {
    notVerified: 'Claim {{number}} (“{{statement}}”) is {{status}}, not Verified.',
    conflict: 'Claim {{number}} (“{{statement}}”) has conflicting statuses: {{statuses}}.',
    /** Two statuses in conflict; more than two nest: "A vs B vs C". */
    statusVersus: '{{first}} vs {{second}}',
    awaiting:
      'Claim {{number}} (“{{statement}}”) is Verified by {{names}}, awaiting a second check.',
    awaitingNobody:
      'Claim {{number}} (“{{statement}}”) is Verified by nobody on record, awaiting a second check.',
    noSource: 'Claim {{number}} (“{{statement}}”) cites no source.',
    uncitedSource: 'No claim cites the source “{{name}}” ({{url}}).',
    /** The banner a draft carries inside itself. */
    banner_one: 'NOT VERIFIED · {{count}} open check',
    banner_other: 'NOT VERIFIED · {{count}} open checks'
  },
  /** A time in an export: always UTC, so every reader sees the same. */
  time: {
    utc: '{{time}} UTC'
  },
  meta: {
    exported: 'Exported from room {{room}} on {{time}} by Claimdesk {{version}}.',
    exportedNoVersion: 'Exported from room {{room}} on {{time}} by Claimdesk.'
  },
  claims: {
    heading: 'Claims',
    /** A claim's footnote: its verdict, then its statement. */
    footnote: '{{verdict}}: {{statement}}',
    detachedFootnote:
      '{{verdict}}: {{statement}} (detached: its text is no longer in the briefing)',
    /** Where a claim is marked in the text (the HTML export's tooltip). */
    markTitle: 'Claim {{number}}: {{verdict}}',
    quote: 'Quote: “{{quote}}”',
    sources: 'Sources: {{sources}}',
    noSources: 'Sources: none.',
    /** The HTML footnote's shorter form. */
    noSourcesListed: 'Sources: none',
    assignee: 'Assignee: {{name}}',
    comment: 'Comment by {{author}}, {{time}}: {{text}}',
    /** A comment in the HTML footnote, set apart by its layout. */
    commentShort: '{{author}}, {{time}}: {{text}}',
    detached: 'Detached: its text is no longer in the briefing.',
    detachedTag: '(detached)',
    detachedHeading: 'Detached claims',
    detachedQuote: '“{{quote}}” (its text is no longer in the briefing)',
    backToText: 'Back to the text',
    column: {
      number: '#',
      claim: 'Claim',
      status: 'Status',
      sources: 'Sources',
      assignee: 'Assignee'
    }
  },
  summary: {
    heading: 'Review summary',
    status: 'Status',
    claims: 'Claims',
    total: 'Total',
    reviewedBy: 'Reviewed by: {{names}}.',
    reviewedByNobody: 'Reviewed by: nobody yet.',
    historyHeading: 'Status history',
    claimLine: 'Claim {{number}}: {{verdict}}',
    noChanges: 'No status changes yet.',
    change: '{{time}}, {{author}}: {{from}} → {{to}}',
    changeWithNote: '{{time}}, {{author}}: {{from}} → {{to}}: “{{note}}”',
    /** What a confirmation and a send-back changed the status to, in a history line. */
    confirmed: 'Verified (second check)',
    sentBack: 'In review (sent back)',
    checkedByConfirmed: 'Verified by {{verifiers}} · confirmed by {{confirmers}}',
    checkedByAwaiting: 'Verified by {{verifiers}} · awaiting second check',
    sourcesHeading: 'Sources',
    noSources: 'No sources.'
  },
  /** The formats the export dialog offers. */
  format: {
    markdown: 'Markdown',
    html: 'HTML',
    docx: 'Word (DOCX)',
    pdf: 'PDF',
    jsonld: 'Web Annotation (JSON-LD)',
    claimreview: 'ClaimReview (JSON-LD)'
  },
  dialog: {
    title: 'Export verified draft',
    format: 'Format',
    language: 'Export language',
    openChecks: 'Open checks',
    allVerified: 'All claims verified — ready to export',
    draftWarning: 'Exporting now marks the draft <strong>{{banner}}</strong> and lists them in it.',
    openClaim: 'Open claim',
    more_one: '…and {{count}} more, all listed in the exported draft.',
    more_other: '…and {{count}} more, all listed in the exported draft.',
    close: 'Close',
    cancel: 'Cancel',
    export: 'Export',
    exportAnyway: 'Export anyway',
    exporting: 'Exporting…',
    failed: 'The export failed: {{reason}}',
    cancelled: 'Export cancelled; nothing was saved.',
    saved: 'Saved {{fileName}}.',
    downloaded: 'Downloaded {{fileName}}.',
    printOpened: 'The print dialog opened: choose “Save as PDF” there.',
    allReviewed: 'Every claim has a final verdict — ready to export',
    claimReviewFromServer:
      'The server writes this file from the room as it keeps it, in the name of your newsroom.',
    claimReviewNeedsServer: 'ClaimReview is written by the server: connect to it to export.'
  },
  /** The browser app's download and print. */
  browser: {
    printFrame: 'Print {{fileName}}',
    noWindow: 'This page has no window to download from.',
    noFrame: 'The browser did not open a frame to print from.'
  },
  /** Why a Web Annotation import into a room was refused. */
  refusal: {
    library: "The collection's library: {{reason}} Nothing was imported.",
    duplicateClaim: '{{label}}: this room already has that claim. Nothing was imported.',
    claim: '{{label}}: {{reason}} Nothing was imported.',
    /** Placed after an annotation's name, hence lower case. */
    sourceNotWeb: 'the source “{{url}}” is not an http or https link.'
  }
}
