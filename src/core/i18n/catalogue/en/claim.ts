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
  }
}
