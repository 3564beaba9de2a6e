/**
 * Catalogue area `server` (English, the source of every key): the team server's pages, the
 * `reason` of its HTTP error answers and refused updates, and the app's words about them.
 * Most refusals start in lower case: they are also the English `error` field scripts read.
 */
export const server = {
  page: {
    title: '{{page}} · Claimdesk'
  },
  form: {
    email: 'Email',
    password: 'Password'
  },
  signIn: {
    title: 'Sign in',
    heading: 'Sign in to Claimdesk',
    submit: 'Sign in',
    withOrganisation: 'Sign in with your organisation'
  },
  invite: {
    title: 'Join',
    heading: 'Join Claimdesk',
    invitedAs: 'You are invited as {{role}}.',
    name: 'Your name',
    passwordHint_one: 'At least {{count}} character.',
    passwordHint_other: 'At least {{count}} characters.',
    submit: 'Join',
    goneTitle: 'This invite cannot be used',
    goneText: 'It was used already, or it expired. Ask an admin of your newsroom for a new one.'
  },
  provider: {
    failedTitle: 'Sign-in did not work',
    backToSignIn: 'Back to sign-in',
    nothingHere: 'There is nothing here.',
    tooOld: 'This sign-in was started too long ago or in another browser. Start again.',
    unverified: 'The identity provider’s answer could not be verified.',
    noEmail: 'Your identity provider did not confirm an email address for you.',
    requestedTitle: 'Access requested',
    requestedText:
      '{{email}} is not a member of this Claimdesk yet. An admin sees your request and can invite you.'
  },
  account: {
    wrongCredentials: 'wrong email or password',
    throttled: 'too many failed sign-ins; try again in {{seconds}} s',
    wrongCurrentPassword: 'the current password is wrong',
    passwordTooShort: 'a password needs at least {{min}} characters',
    passwordTooLong: 'a password may have at most {{max}} characters',
    notAnEmail: 'not an email address: {{email}}',
    nameLength: 'a name needs 1 to 80 characters',
    inviteForOther: 'this invite is for {{email}}',
    alreadyMember: '{{email}} is a member already',
    signInFirst: 'sign in first'
  },
  members: {
    mayNotManage: 'your role ({{role}}) may not manage members; that needs {{needed}}',
    mayNotSetAccess: 'your role ({{role}}) may not set room access; that needs {{needed}}',
    roleList: 'role must be one of viewer, commenter, checker, editor, admin',
    roomRoleValue: 'role must be a role, "none" or null',
    cannotRemoveSelf: 'you cannot remove yourself',
    noSuchMember: 'no such member',
    lastAdmin: 'the last admin cannot give up the admin role',
    noMemberWithEmail: 'no member with the email {{email}}',
    isLastAdmin: '{{email}} is the last admin; make another admin first'
  },
  room: {
    invalidName: 'invalid room name',
    noSuchRoom: 'no such room',
    mayNot: {
      importBriefings: 'your role ({{role}}) may not import briefings; that needs {{needed}}',
      importAnnotations: 'your role ({{role}}) may not import annotations; that needs {{needed}}',
      export: 'your role ({{role}}) may not export; that needs {{needed}}',
      open: 'your role ({{role}}) may not open this room; that needs {{needed}}',
      readActivity: 'your role ({{role}}) may not read the activity log; that needs {{needed}}',
      seeVersions: 'your role ({{role}}) may not see versions; that needs {{needed}}',
      saveVersions: 'your role ({{role}}) may not save versions; that needs {{needed}}',
      restoreVersions: 'your role ({{role}}) may not restore versions; that needs {{needed}}'
    },
    // English has said "update(s)" for any number since before the catalogue.
    damaged_one:
      'room is damaged: {{count}} stored update(s) were set aside (ids {{ids}}); nothing is imported until an administrator has reviewed them (npm run quarantine)',
    damaged_other:
      'room is damaged: {{count}} stored update(s) were set aside (ids {{ids}}); nothing is imported until an administrator has reviewed them (npm run quarantine)',
    full: 'room is full: stored size limit {{size}}',
    fullShort: 'the room is full',
    hasContent: 'room already has content',
    briefingHasNoText: 'briefing has no text',
    briefingNotStored: 'briefing could not be stored',
    importNotStored: 'the import could not be stored',
    unavailable: 'the room is not available',
    restoreNotStored: 'the restore could not be stored'
  },
  size: {
    mebibytes: '{{amount}} MiB',
    kibibytes: '{{amount}} KiB',
    bytes: '{{amount}} bytes'
  },
  record: {
    format: 'format must be json or csv',
    versionName: 'a version needs a name of 1 to {{max}} characters',
    noSuchVersion: 'no such version',
    damagedVersion: 'version {{id}} of room {{room}} is damaged (checksum mismatch)'
  },
  /** The export route's refusals (`GET /api/rooms/ROOM/export`). */
  export: {
    format: 'format must be one of: {{formats}}',
    require: 'require can only be "verified"',
    acceptOpen: 'accept-open can only be "true"',
    lang: 'lang must be one of: {{languages}}',
    closing: 'room is closing; try again',
    openChecks_one: '{{count}} open check; the briefing is not verified',
    openChecks_other: '{{count}} open checks; the briefing is not verified'
  },
  request: {
    methodNotAllowed: 'method not allowed',
    notFound: 'not found',
    internal: 'internal error',
    urlTooLong: 'request target longer than {{max}} bytes',
    tooLarge: 'body exceeds {{max}} bytes',
    empty: 'body is empty',
    binary: 'body is binary (contains NUL bytes)',
    notUtf8: 'body is not valid UTF-8 text',
    notJson: 'body is not JSON ({{detail}})',
    notObject: 'send a JSON object',
    sendEither: 'send {{first}} or {{second}}',
    sendJsonObject: 'send a JSON object as application/json',
    sendBriefing: 'send the briefing as text/plain or text/markdown',
    sendAnnotations: 'send the collection as application/ld+json',
    sendRoomAccess: 'send {"memberId", "role"} as application/json'
  },
  /** Why a team server refused an update sent over the socket. */
  update: {
    foreign: 'embedded documents and binary content are not accepted',
    mayNot: {
      tagClaimsInText: 'your role ({{role}}) may not tag claims in the text; that needs {{needed}}',
      editText: 'your role ({{role}}) may not edit the briefing text; that needs {{needed}}',
      addSources: 'your role ({{role}}) may not add sources; that needs {{needed}}',
      removeSources:
        'your role ({{role}}) may not remove sources from the room; that needs {{needed}}',
      changeClaimList: 'your role ({{role}}) may not change the claims; that needs {{needed}}',
      tagClaims: 'your role ({{role}}) may not tag claims; that needs {{needed}}',
      deleteClaims: 'your role ({{role}}) may not delete claims; that needs {{needed}}',
      comment: 'your role ({{role}}) may not comment; that needs {{needed}}',
      deleteComments: 'your role ({{role}}) may not delete comments; that needs {{needed}}',
      setStatuses: 'your role ({{role}}) may not set statuses; that needs {{needed}}',
      deleteHistory: 'your role ({{role}}) may not delete status history; that needs {{needed}}',
      replaceRecord: 'your role ({{role}}) may not replace a claim’s record; that needs {{needed}}',
      changeClaims: 'your role ({{role}}) may not change claims; that needs {{needed}}',
      changeRules:
        'your role ({{role}}) may not change the room’s review rules; that needs {{needed}}',
      changeContent: 'your role ({{role}}) may not change the room’s content; that needs {{needed}}'
    },
    plainHistory: 'a claim’s history holds plain entries only',
    plainComments: 'a claim’s comments holds plain entries only',
    statusInOwnName: 'a status change must be written in your own name ({{name}})',
    commentInOwnName: 'a comment must be written in your own name ({{name}})',
    creatorOnlyWhenTagged: 'a claim’s creator is set only when it is tagged',
    tagInOwnName: 'a claim must be tagged in your own name ({{name}})',
    unreadableStatus: 'a status change must be readable',
    notSignedIn: 'not signed in',
    clientOfOther: 'client id {{client}} belongs to another member',
    confirmKeepsVerified: 'a confirmation keeps the status Verified',
    confirmNeedsVerification: 'a confirmation must build on a verification',
    confirmVerifiedOnly: 'a confirmation must build on Verified entries only',
    confirmByOther: 'a second check must be made by someone other than the member who verified it',
    sendBackToInReview: 'sending back returns a Verified claim to In review',
    sendBackNeedsNote: 'sending back needs a note'
  },
  notice: {
    refusedWork: {
      label: 'Refused changes',
      summary_one: 'The server refused one of your changes: {{reason}}.',
      summary_other: 'The server refused {{count, number}} of your changes: {{reason}}.',
      kept: 'They are kept on this device and not shared. Export this device’s version to keep them as a file.',
      export: 'Export this device’s version…'
    },
    damagedRoom: {
      text_one:
        'This room is damaged: the server set aside one stored change it could not read: {{rows}}. What you see may be incomplete. Nothing can be imported into this room until an administrator has reviewed it.',
      text_other:
        'This room is damaged: the server set aside {{count, number}} stored changes it could not read: {{rows}}. What you see may be incomplete. Nothing can be imported into this room until an administrator has reviewed them.',
      row: '#{{id}} ({{reason}})'
    }
  },
  /** What the app's API clients say when the server gives no reason of its own. */
  client: {
    unreachable: 'The Claimdesk server could not be reached.',
    unreadable: 'The server’s answer could not be read.',
    refused: 'The server refused: {{text}}',
    httpStatus: 'The server answered HTTP {{status}}.'
  }
}
