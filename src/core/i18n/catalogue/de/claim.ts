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
  },
  refusal: {
    statementEmpty: 'Die Aussage der Behauptung darf nicht leer sein.',
    claimantTooLong:
      'Der Name dessen, der die Behauptung aufgestellt hat, ist {{length, number}} Zeichen lang; erlaubt sind {{max, number}}.',
    statementTooLong:
      'Die Aussage der Behauptung ist {{length, number}} Zeichen lang; erlaubt sind {{max, number}}.',
    commentEmpty: 'Der Kommentar darf nicht leer sein.',
    commentTooLong:
      'Der Kommentar ist {{length, number}} Zeichen lang; erlaubt sind {{max, number}}.',
    noteEmpty: 'Die Notiz darf nicht leer sein.',
    noteTooLong: 'Die Notiz ist {{length, number}} Zeichen lang; erlaubt sind {{max, number}}.',
    sourceNameEmpty: 'Der Name der Quelle darf nicht leer sein.',
    sourceNameTooLong:
      'Der Name der Quelle ist {{length, number}} Zeichen lang; erlaubt sind {{max, number}}.',
    selectText: 'Wählen Sie Text aus, um eine Behauptung zu markieren.',
    selectionTooLong:
      'Die Auswahl ist {{length, number}} Zeichen lang; eine Behauptung kann höchstens {{max, number}} zitieren.',
    authorNameMissing: 'Die Autor:in braucht einen Namen.',
    authorNameTooLong:
      'Der Name der Autor:in ist {{length, number}} Zeichen lang; erlaubt sind {{max, number}}.',
    reviewerNameMissing: 'Die Prüfer:in braucht einen Namen.',
    reviewerNameTooLong:
      'Der Name der Prüfer:in ist {{length, number}} Zeichen lang; erlaubt sind {{max, number}}.',
    assigneeNameMissing: 'Die zugewiesene Person braucht einen Namen.',
    assigneeNameTooLong:
      'Der Name der zugewiesenen Person ist {{length, number}} Zeichen lang; erlaubt sind {{max, number}}.',
    commentAuthorNameMissing: 'Die Autor:in des Kommentars braucht einen Namen.',
    commentAuthorNameTooLong:
      'Der Name der Autor:in des Kommentars ist {{length, number}} Zeichen lang; erlaubt sind {{max, number}}.',
    claimIdMissing: 'Eine Behauptung braucht eine ID.',
    claimIdTaken: 'Eine Behauptung mit dieser ID gibt es bereits.',
    claimGone: 'Diese Behauptung gibt es nicht mehr.',
    claimDamaged:
      'Diese Behauptung ist in einer Form gespeichert, die diese Version von Claimdesk nicht ändern kann.',
    claimTakesNoComments:
      'Diese Behauptung kann in dieser Version von Claimdesk keine Kommentare aufnehmen.',
    notAStatus: '„{{status}}“ ist kein Status.',
    statusChangeIdMissing: 'Eine Statusänderung braucht eine ID.',
    alreadyStatus: 'Die Behauptung hat bereits den Status „{{status}}“.',
    confirmNotVerified: 'Nur eine verifizierte Behauptung kann bestätigt werden.',
    confirmedAlready: 'Diese Verifizierung ist bereits bestätigt.',
    confirmOwnVerification:
      'Die Zweitprüfung muss ein anderes Mitglied übernehmen als das, das verifiziert hat.',
    sendBackNotAwaiting:
      'Nur eine Verifizierung, die auf die Zweitprüfung wartet, kann zurückgeschickt werden.',
    sendBackOwnVerification:
      'Ihre eigene Verifizierung ändern Sie über den Status, nicht durch Zurückschicken.',
    sendBackNeedsNote: 'Schreiben Sie, warum Sie zurückschicken: Eine Notiz ist erforderlich.',
    sourceNotInLibrary: 'Diese Quelle steht nicht im Quellenverzeichnis des Raums.',
    sourceUrlMissing: 'Die Quelle braucht eine URL.',
    sourceUrlTooLong: 'Die URL ist {{length, number}} Zeichen lang; erlaubt sind {{max, number}}.',
    sourceNotHttp: 'Nur http- und https-Links können Quellen sein; „{{url}}“ ist keiner.',
    sourceInLibrary: 'Dieser Link steht bereits als „{{name}}“ im Quellenverzeichnis.',
    sourceNotAdded: 'Die Quelle konnte nicht hinzugefügt werden.',
    pickSource: 'Wählen Sie eine Quelle oder fügen Sie einen Link ein.',
    noSuchSource:
      'Keine Quelle im Quellenverzeichnis heißt „{{name}}“, und es ist kein http(s)-Link.',
    commentIdMissing: 'Ein Kommentar braucht eine ID.',
    replyParentGone: 'Der Kommentar, auf den Sie antworten, existiert nicht mehr.',
    nothingToExport: 'Dieser Raum hat noch keinen Text, es gibt also nichts zu exportieren.'
  }
}
