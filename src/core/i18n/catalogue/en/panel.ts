/**
 * Catalogue area `panel` (English, the source of every key): the claims side panel and the
 * review record panels. Tags such as `<time>` and `<names/>` mark where an element goes.
 */
export const panel = {
  sidebar: {
    loading: 'Loading claims…',
    nothingToReveal: 'This claim’s text was deleted, so there is nothing to show in the briefing.'
  },
  list: {
    heading: 'Claims',
    filterByStatus: 'Filter by status',
    allStatuses: 'All',
    assignedToMe: 'Assigned to me',
    empty: 'No claims yet. Select text in the briefing and choose “Tag claim”.',
    // English has always said "claims" here, even for one.
    showing_one: 'Showing {{shown}} of {{count}} claims',
    showing_other: 'Showing {{shown}} of {{count}} claims',
    detached: 'Detached',
    noSource: 'No source',
    sources_one: '{{count}} source',
    sources_other: '{{count}} sources',
    comments_one: '{{count}} comment',
    comments_other: '{{count}} comments'
  },
  assignee: {
    assignedTo: 'Assigned to {{name}}',
    unassigned: 'Unassigned'
  },
  viewers: {
    /** The names as one list ("Bob and Cem"), for the tooltip. */
    sentence_one: '{{names}} is viewing',
    sentence_other: '{{names}} are viewing',
    /** The names as coloured chips, in place of `<names/>`. */
    chips_one: '<names/> is viewing',
    chips_other: '<names/> are viewing'
  },
  detail: {
    heading: 'Open claim',
    close: 'Close',
    taggedBy: 'Tagged by {{name}}, <time>{{time}}</time>',
    detached: 'Detached: its text was deleted from the briefing; the claim is kept with its quote.',
    claimHeading: 'Claim',
    statementLabel: 'Claim',
    claimantLabel: 'Claimed by',
    claimedBy: 'Claimed by {{name}}',
    save: 'Save',
    assignTo: 'Assign to',
    assignToPlaceholder: 'Nobody',
    assign: 'Assign',
    activity: 'Activity of this claim'
  },
  status: {
    readOnly: 'Verification status: {{status}}',
    label: 'Verification status',
    noteLabel: 'Status note',
    notePlaceholder: 'Why (optional)',
    conflictGroup: 'Conflict',
    conflictIntro:
      '<strong>Conflict:</strong> reviewers set different statuses without seeing each other.',
    conflictChange: '{{author}} set <strong>{{status}}</strong> at <time>{{time}}</time>',
    keep: 'Keep {{status}}',
    unchanged: 'Status not changed yet.',
    history: 'Status history ({{count}})',
    changed: '{{author}}: {{from}} → {{to}}, <time>{{time}}</time>',
    confirmed: '{{author}}: confirmed the verification, <time>{{time}}</time>',
    sentBack: '{{author}}: sent it back: {{from}} → {{to}}, <time>{{time}}</time>'
  },
  secondCheck: {
    group: 'Second check',
    confirmed: 'Verified by <verifiers/> · confirmed by <confirmers/>',
    awaiting: 'Verified by <verifiers/> · awaiting second check',
    person: '<strong>{{name}}</strong> (<time>{{time}}</time>)',
    confirm: 'Confirm verification',
    sendBack: 'Send back',
    sendBackNeedsNote: 'Sending back needs a status note saying why.',
    notYours: 'Another member with the checker role must confirm it.',
    requireRule: 'Require a second check'
  },
  claimSources: {
    heading: 'Sources of this claim',
    noSource: 'No source',
    notInLibrary: '{{id}} (not in the library)',
    remove: 'Remove',
    label: 'Source',
    placeholder: 'Library name or https:// link',
    add: 'Add source'
  },
  comments: {
    heading: 'Comments ({{count}})',
    label: 'Comment',
    add: 'Add comment',
    reply: 'Reply',
    replyLabel: 'Reply',
    sendReply: 'Send reply'
  },
  library: {
    heading: 'Sources',
    unbacked_one: '{{count}} claim has no source',
    unbacked_other: '{{count}} claims have no source',
    empty: 'This briefing cites no sources yet.',
    notCited: 'Not cited',
    citedBy_one: 'Cited by {{count}} claim',
    citedBy_other: 'Cited by {{count}} claims'
  },
  progress: {
    heading: 'Verification progress',
    headline: '{{verified, number}} of {{total, number}} verified'
  },
  activity: {
    heading: 'Activity',
    filterByMember: 'Filter by member',
    everyone: 'Everyone',
    filterByClaim: 'Filter by claim',
    allClaims: 'All claims',
    refresh: 'Refresh',
    noServer: 'No server to ask.',
    empty: 'Nothing recorded yet.'
  },
  versions: {
    heading: 'Versions',
    nameLabel: 'Version name',
    save: 'Save version',
    saved: 'Saved “{{name}}”.',
    restored: 'Restored {{title}}.',
    empty: 'No versions yet.',
    // English has always said "claims" here, even for one.
    entry_one: '<strong>{{title}}</strong> <time>{{time}}</time> · {{count}} claims',
    entry_other: '<strong>{{title}}</strong> <time>{{time}}</time> · {{count}} claims',
    entryBy_one: '<strong>{{title}}</strong> <time>{{time}}</time> · {{by}} · {{count}} claims',
    entryBy_other: '<strong>{{title}}</strong> <time>{{time}}</time> · {{by}} · {{count}} claims',
    open: 'Open',
    restore: 'Restore',
    reason: {
      auto: 'Automatic',
      named: 'Saved by hand',
      'before-deletion': 'Before a large deletion',
      'before-restore': 'Before a restore'
    }
  },
  compare: {
    heading: 'Version: {{title}}',
    close: 'Close version',
    opening: 'Opening the version…',
    same: 'This version is the same as the room now.',
    thisVersion: 'This version',
    now: 'Now',
    claimChanges: 'Claim changes',
    onlyThen: 'Only in this version: <q>{{quote}}</q>',
    addedSince: 'Added since: <q>{{quote}}</q>',
    changed: '<q>{{quote}}</q>: {{differences}}',
    differenceSeparator: '; '
  },
  highlight: {
    loading: 'Claim (loading)',
    loadingOpen: 'Claim (loading) (open)',
    status: 'Claim: {{status}}',
    statusOpen: 'Claim: {{status}} (open)'
  }
}
