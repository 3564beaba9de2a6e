import type { claimReview as en } from '../en/claim-review'

/** Katalogbereich `claimReview` (Deutsch): der ClaimReview-Export. */
export const claimReview: typeof en = {
  articleUrl: {
    label: 'Veröffentlichter Artikel',
    hint: 'Die Adresse, unter der der Faktencheck erscheint; der ClaimReview-Export verweist bei jedem Prüfergebnis darauf.',
    save: 'Speichern',
    saved: 'Gespeichert',
    notHttp: 'Die Adresse des Artikels muss ein http- oder https-Link sein.',
    credentials: 'Die Adresse des Artikels darf keinen Benutzernamen und kein Passwort enthalten.',
    tooLong: 'Die Adresse ist {{length, number}} Zeichen lang; erlaubt sind {{limit, number}}.'
  },
  export: {
    noArticleUrl:
      'Hinterlegen Sie für diesen Raum die Adresse des veröffentlichten Artikels, bevor Sie ClaimReview exportieren.',
    noPublisher:
      'Für den ClaimReview-Export muss der Server mit --org-name und --org-url gestartet werden.',
    leftOut_one:
      '{{count, number}} Behauptung ist noch nicht abschließend geprüft und fehlt in ClaimReview.',
    leftOut_other:
      '{{count, number}} Behauptungen sind noch nicht abschließend geprüft und fehlen in ClaimReview.'
  }
}
