import type { claim as en } from '../en/claim'

/** Behauptungen: Prüfstatus und Urteile, und warum eine Änderung abgelehnt wird. */
export const claim: typeof en = {
  status: {
    unverified: 'Ungeprüft',
    'in-review': 'In Prüfung',
    verified: 'Verifiziert',
    disputed: 'Umstritten',
    false: 'Falsch',
    unverifiable: 'Nicht überprüfbar'
  },
  verdict: {
    conflict: 'Konflikt',
    awaiting: 'Verifiziert · wartet auf Zweitprüfung',
    conflictBetween: 'Konflikt: {{statuses}}',
    versus: ' vs. '
  }
}
