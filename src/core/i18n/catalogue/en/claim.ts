/** Claims: their statuses and verdicts, and why a change to a claim is refused. */
export const claim = {
  status: {
    unverified: 'Unverified',
    'in-review': 'In review',
    verified: 'Verified',
    disputed: 'Disputed',
    false: 'False',
    unverifiable: 'Unverifiable'
  },
  verdict: {
    conflict: 'Conflict',
    awaiting: 'Verified · awaiting second check',
    conflictBetween: 'Conflict: {{statuses}}',
    versus: ' vs '
  },
  refusal: {
    statementEmpty: 'The claim statement cannot be empty.',
    claimantTooLong:
      'The name of who made the claim is {{length}} characters long; the limit is {{max}}.',
    statementTooLong: 'The claim statement is {{length}} characters long; the limit is {{max}}.',
    commentEmpty: 'The comment cannot be empty.',
    commentTooLong: 'The comment is {{length}} characters long; the limit is {{max}}.',
    noteEmpty: 'The note cannot be empty.',
    noteTooLong: 'The note is {{length}} characters long; the limit is {{max}}.',
    sourceNameEmpty: 'The source name cannot be empty.',
    sourceNameTooLong: 'The source name is {{length}} characters long; the limit is {{max}}.',
    selectText: 'Select some text to make a claim.',
    selectionTooLong:
      'The selection is {{length}} characters long; a claim can quote at most {{max}}.',
    authorNameMissing: 'The author needs a name.',
    authorNameTooLong: "The author's name is {{length}} characters long; the limit is {{max}}.",
    reviewerNameMissing: 'The reviewer needs a name.',
    reviewerNameTooLong: "The reviewer's name is {{length}} characters long; the limit is {{max}}.",
    assigneeNameMissing: 'The assignee needs a name.',
    assigneeNameTooLong: "The assignee's name is {{length}} characters long; the limit is {{max}}.",
    commentAuthorNameMissing: 'The comment author needs a name.',
    commentAuthorNameTooLong:
      "The comment author's name is {{length}} characters long; the limit is {{max}}.",
    claimIdMissing: 'A claim needs an id.',
    claimIdTaken: 'A claim with this id already exists.',
    claimGone: 'That claim no longer exists.',
    claimDamaged: 'This claim is stored in a shape this version of Claimdesk cannot change.',
    claimTakesNoComments: 'This claim cannot take comments in this version of Claimdesk.',
    notAStatus: '"{{status}}" is not a status.',
    statusChangeIdMissing: 'A status change needs an id.',
    alreadyStatus: 'The claim is already {{status}}.',
    confirmNotVerified: 'Only a Verified claim can be confirmed.',
    confirmedAlready: 'This verification is confirmed already.',
    confirmOwnVerification:
      'A second check must be made by someone other than the member who verified it.',
    sendBackNotAwaiting: 'Only a verification awaiting a second check can be sent back.',
    sendBackOwnVerification: 'Your own verification is changed with the status, not sent back.',
    sendBackNeedsNote: 'Say why you send it back: a note is required.',
    sourceNotInLibrary: 'That source is not in the room’s source library.',
    sourceUrlMissing: 'The source needs a URL.',
    sourceUrlTooLong: 'The URL is {{length}} characters long; the limit is {{max}}.',
    sourceNotHttp: 'Only http and https links can be sources; "{{url}}" is not one.',
    sourceInLibrary: 'This link is already in the library as "{{name}}".',
    sourceNotAdded: 'The source could not be added.',
    pickSource: 'Pick a source or paste a link.',
    noSuchSource: 'No source in the library is called "{{name}}", and it is not an http(s) link.',
    commentIdMissing: 'A comment needs an id.',
    replyParentGone: 'The comment you are replying to no longer exists.',
    nothingToExport: 'This room has no text yet, so there is nothing to export.'
  }
}
