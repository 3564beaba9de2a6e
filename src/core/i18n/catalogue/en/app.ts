/**
 * The renderer's shell: start screen, room header, name prompt, sign-in state, account and
 * members pages, connection indicator, sync server choice and the editor's own words.
 * Entries with `<name/>`-style tags are rendered with react-i18next's `Trans`: the tag stands
 * where a highlighted value (a name, a time, a quote) goes, and must stay in every language.
 */
export const app = {
  brand: 'Claimdesk',
  connecting: 'Connecting…',
  name: {
    heading: 'Who is reviewing?',
    purpose: 'Other reviewers see this name beside your caret.',
    label: 'Your name',
    invalid: 'Enter a name of 1 to {{max}} characters.',
    continue: 'Continue',
    cancel: 'Cancel'
  },
  start: {
    tagline: 'Check a briefing claim by claim, together and live.',
    reviewingAs: 'Reviewing as <name/>',
    changeName: 'Change name',
    openingBriefing: 'Opening briefing…',
    openingSample: 'Opening sample briefing…',
    newRoomHeading: 'Start a review',
    openBriefing: 'Open briefing…',
    openSample: 'Open sample briefing',
    importHint: 'A plain-text or Markdown file opens in a new room you can share.',
    joinHeading: 'Join a room',
    roomName: 'Room name',
    join: 'Join room',
    recentHeading: 'Recent rooms',
    noRecent: 'Rooms you open appear here.'
  },
  roomName: {
    empty: 'Enter a room name to join.',
    invalid:
      '"{{name}}" is not a valid room name. Room names use only letters, digits, ".", "_" and "-", start with a letter or digit, and have at most {{max}} characters.'
  },
  room: {
    rooms: 'Rooms',
    export: 'Export…',
    serverUnavailable: 'The Claimdesk server is unavailable: {{reason}}',
    loading: 'Loading the briefing…',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    copyFailed: 'Could not copy ({{reason}}). The link is {{link}}'
  },
  importNotice: {
    label: 'Import notice',
    heading_one: 'One source line was not imported:',
    heading_other: '{{count}} source lines were not imported:',
    line: 'Line {{line}}: <quote/> — {{reason}}',
    dismiss: 'Dismiss'
  },
  readOnly: {
    checker:
      'Your role in this room is {{role}}: you can tag claims, but editing the text needs the {{needed}} role.',
    viewer: 'Read only: your role in this room is {{role}}; editing needs the {{needed}} role.'
  },
  signedOut: {
    heading: 'You are signed out',
    body: 'Changes you made on this device are kept here and are sent to the server once you have signed in again.',
    signIn: 'Sign in'
  },
  account: {
    signedInAs: 'Signed in as <name/> ({{role}})',
    offline: ' · offline, changes sync when the server is back',
    members: 'Members',
    account: 'Account',
    signOut: 'Sign out',
    heading: 'Account',
    identity: '{{name}} <{{email}}>, {{role}}',
    passwordHeading: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    changePassword: 'Change password',
    passwordChanged: 'Password changed. Your other sessions were signed out.'
  },
  members: {
    heading: 'Members',
    roleChanged: '{{name}} is now {{role}}.',
    removed: '{{name}} was removed.',
    inviteHeading: 'Invite someone',
    role: 'Role',
    email: 'Email (optional)',
    createInvite: 'Create invite link',
    inviteValidUntil: 'Send this link to the person you invite. It works once, until <time/>.',
    inviteLink: 'Invite link: <link/>',
    copyInvite: 'Copy invite link',
    loading: 'Loading…',
    listHeading: 'Members',
    openInvites: 'Open invites',
    inviteFor: '{{role}} for {{email}}, until <time/>',
    invite: '{{role}}, until <time/>',
    requestsHeading: 'Access requests',
    requestsHint:
      'They signed in through your identity provider without being members. Invite them to let them in.',
    request: '{{name}} <{{email}}>, <time/>',
    you: ' (you)',
    roleOf: 'Role of {{name}}',
    remove: 'Remove {{name}}'
  },
  /** The connection indicator: one whole sentence per state, counts as plurals. */
  connection: {
    online: 'Online · all changes synced',
    syncing: 'Syncing…',
    offline: 'Offline · all changes synced',
    offlinePending_one: 'Offline · {{count}} change not yet synced',
    offlinePending_other: 'Offline · {{count}} changes not yet synced',
    reconnecting: 'Reconnecting…',
    reconnectingPending_one: 'Reconnecting… · {{count}} change not yet synced',
    reconnectingPending_other: 'Reconnecting… · {{count}} changes not yet synced',
    reconnectingIn: 'Reconnecting in {{seconds}} s',
    reconnectingInPending_one: 'Reconnecting in {{seconds}} s · {{count}} change not yet synced',
    reconnectingInPending_other: 'Reconnecting in {{seconds}} s · {{count}} changes not yet synced'
  },
  localStore: {
    failed:
      'This device’s copy of the room failed ({{reason}}). Your edits are kept in this window and sent to the server; rebuilding the local copy…',
    rebuilt:
      'This device’s copy of the room failed ({{reason}}) and was rebuilt from the open room; no edits were lost.'
  },
  syncServer: {
    heading: 'Sync server',
    current: 'Current server: <server/>',
    checking: 'Checking…',
    connecting: 'Connecting…',
    address: 'Team server address',
    addressExample: 'http://newsroom.local:4567',
    connect: 'Connect',
    useThisComputer: 'Use this computer',
    thisComputer: 'This computer'
  },
  toolbar: {
    label: 'Briefing tools',
    tagClaim: 'Tag claim',
    /** The tagging shortcut as written on a PC keyboard (a Mac shows ⌘⇧C in every language). */
    shortcutPc: 'Ctrl+Shift+C',
    hint: 'Tags the selected text as a claim ({{shortcut}}).',
    selectFirst: 'Select text in the briefing to tag a claim.'
  },
  editor: {
    label: 'Briefing text'
  },
  /** The tooltip of a claim's highlight in the briefing. */
  claimMark: {
    loading: 'Claim (loading)',
    loadingOpen: 'Claim (loading) (open)',
    status: 'Claim: {{status}}',
    statusOpen: 'Claim: {{status}} (open)'
  },
  refused: {
    label: 'Refused changes',
    what_one: 'The server refused one of your changes: {{reason}}.',
    what_other: 'The server refused {{count}} of your changes: {{reason}}.',
    kept: 'They are kept on this device and not shared. Export this device’s version to keep them as a file.',
    export: 'Export this device’s version…'
  },
  counter: {
    within: '{{used}} / {{limit}} characters',
    over: 'Too long: {{used}} characters; the limit is {{limit}}.'
  }
}
