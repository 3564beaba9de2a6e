import type { server as en } from '../en/server'

/** Katalogbereich `server` (Deutsch): Seiten, Fehlerantworten und abgelehnte Änderungen. */
export const server: typeof en = {
  page: {
    title: '{{page}} · Claimdesk'
  },
  form: {
    email: 'E-Mail',
    password: 'Passwort'
  },
  signIn: {
    title: 'Anmelden',
    heading: 'Bei Claimdesk anmelden',
    submit: 'Anmelden',
    withOrganisation: 'Über Ihre Organisation anmelden'
  },
  invite: {
    title: 'Beitreten',
    heading: 'Claimdesk beitreten',
    invitedAs: 'Sie sind als {{role}} eingeladen.',
    name: 'Ihr Name',
    passwordHint_one: 'Mindestens {{count}} Zeichen.',
    passwordHint_other: 'Mindestens {{count}} Zeichen.',
    submit: 'Beitreten',
    goneTitle: 'Diese Einladung kann nicht verwendet werden',
    goneText:
      'Sie wurde bereits verwendet oder ist abgelaufen. Bitten Sie einen Admin Ihrer Redaktion um eine neue Einladung.'
  },
  provider: {
    failedTitle: 'Die Anmeldung hat nicht geklappt',
    backToSignIn: 'Zurück zur Anmeldung',
    nothingHere: 'Hier gibt es nichts.',
    tooOld:
      'Diese Anmeldung wurde vor zu langer Zeit oder in einem anderen Browser begonnen. Bitte beginnen Sie neu.',
    unverified: 'Die Antwort des Identitätsanbieters konnte nicht überprüft werden.',
    noEmail: 'Ihr Identitätsanbieter hat keine E-Mail-Adresse für Sie bestätigt.',
    requestedTitle: 'Zugang angefragt',
    requestedText:
      '{{email}} ist noch kein Mitglied dieses Claimdesk. Ein Admin sieht Ihre Anfrage und kann Sie einladen.'
  },
  account: {
    wrongCredentials: 'E-Mail-Adresse oder Passwort ist falsch',
    throttled: 'Zu viele fehlgeschlagene Anmeldungen; versuchen Sie es in {{seconds}} s erneut',
    wrongCurrentPassword: 'Das aktuelle Passwort ist falsch',
    passwordTooShort: 'Ein Passwort braucht mindestens {{min}} Zeichen',
    passwordTooLong: 'Ein Passwort darf höchstens {{max}} Zeichen haben',
    notAnEmail: 'Keine E-Mail-Adresse: {{email}}',
    nameLength: 'Ein Name braucht 1 bis 80 Zeichen',
    inviteForOther: 'Diese Einladung gilt für {{email}}',
    alreadyMember: '{{email}} ist bereits Mitglied',
    signInFirst: 'Bitte melden Sie sich zuerst an'
  },
  members: {
    mayNotManage:
      'Ihre Rolle ({{role}}) darf keine Mitglieder verwalten; dafür ist die Rolle {{needed}} nötig',
    mayNotSetAccess:
      'Ihre Rolle ({{role}}) darf den Zugang zum Raum nicht festlegen; dafür ist die Rolle {{needed}} nötig',
    roleList: 'Die Rolle muss viewer, commenter, checker, editor oder admin sein',
    roomRoleValue: 'Die Rolle muss eine Rolle, „none“ oder null sein',
    cannotRemoveSelf: 'Sie können sich nicht selbst entfernen',
    noSuchMember: 'Dieses Mitglied gibt es nicht',
    lastAdmin: 'Der letzte Admin kann die Admin-Rolle nicht abgeben',
    noMemberWithEmail: 'Kein Mitglied hat die E-Mail-Adresse {{email}}',
    isLastAdmin: '{{email}} ist der letzte Admin; ernennen Sie zuerst einen anderen Admin'
  },
  room: {
    invalidName: 'Ungültiger Raumname',
    noSuchRoom: 'Diesen Raum gibt es nicht',
    mayNot: {
      importBriefings:
        'Ihre Rolle ({{role}}) darf keine Briefings importieren; dafür ist die Rolle {{needed}} nötig',
      importAnnotations:
        'Ihre Rolle ({{role}}) darf keine Annotationen importieren; dafür ist die Rolle {{needed}} nötig',
      export: 'Ihre Rolle ({{role}}) darf nicht exportieren; dafür ist die Rolle {{needed}} nötig',
      open: 'Ihre Rolle ({{role}}) darf diesen Raum nicht öffnen; dafür ist die Rolle {{needed}} nötig',
      readActivity:
        'Ihre Rolle ({{role}}) darf das Aktivitätsprotokoll nicht lesen; dafür ist die Rolle {{needed}} nötig',
      seeVersions:
        'Ihre Rolle ({{role}}) darf keine Versionen sehen; dafür ist die Rolle {{needed}} nötig',
      saveVersions:
        'Ihre Rolle ({{role}}) darf keine Versionen speichern; dafür ist die Rolle {{needed}} nötig',
      restoreVersions:
        'Ihre Rolle ({{role}}) darf keine Versionen wiederherstellen; dafür ist die Rolle {{needed}} nötig'
    },
    damaged_one:
      'Der Raum ist beschädigt: {{count}} gespeicherte Änderung wurde beiseitegelegt (ID {{ids}}); bis die Administration sie geprüft hat, wird nichts importiert (npm run quarantine)',
    damaged_other:
      'Der Raum ist beschädigt: {{count}} gespeicherte Änderungen wurden beiseitegelegt (IDs {{ids}}); bis die Administration sie geprüft hat, wird nichts importiert (npm run quarantine)',
    full: 'Der Raum ist voll: Speichergrenze {{size}}',
    fullShort: 'Der Raum ist voll',
    hasContent: 'Der Raum hat bereits Inhalt',
    briefingHasNoText: 'Das Briefing enthält keinen Text',
    briefingNotStored: 'Das Briefing konnte nicht gespeichert werden',
    importNotStored: 'Der Import konnte nicht gespeichert werden',
    unavailable: 'Der Raum ist nicht verfügbar',
    restoreNotStored: 'Die Wiederherstellung konnte nicht gespeichert werden'
  },
  size: {
    mebibytes: '{{amount}} MiB',
    kibibytes: '{{amount}} KiB',
    bytes: '{{amount}} Bytes'
  },
  record: {
    format: 'Das Format muss json oder csv sein',
    versionName: 'Eine Version braucht einen Namen mit 1 bis {{max}} Zeichen',
    noSuchVersion: 'Diese Version gibt es nicht',
    damagedVersion: 'Version {{id}} des Raums {{room}} ist beschädigt (Prüfsumme stimmt nicht)'
  },
  export: {
    format: 'Das Format muss eines von diesen sein: {{formats}}',
    require: 'require kann nur „verified“ sein',
    acceptOpen: 'accept-open kann nur „true“ sein',
    lang: 'Die Sprache muss eine von diesen sein: {{languages}}',
    closing: 'Der Raum wird gerade geschlossen; versuchen Sie es noch einmal',
    openChecks_one: '{{count}} offene Prüfung; die Vorlage ist nicht verifiziert',
    openChecks_other: '{{count}} offene Prüfungen; die Vorlage ist nicht verifiziert'
  },
  request: {
    methodNotAllowed: 'Methode nicht erlaubt',
    notFound: 'Nicht gefunden',
    internal: 'Interner Fehler',
    urlTooLong: 'Das Anfrageziel ist länger als {{max}} Bytes',
    tooLarge: 'Der Inhalt ist größer als {{max}} Bytes',
    empty: 'Der Inhalt ist leer',
    binary: 'Der Inhalt ist binär (enthält NUL-Bytes)',
    notUtf8: 'Der Inhalt ist kein gültiger UTF-8-Text',
    notJson: 'Der Inhalt ist kein JSON ({{detail}})',
    notObject: 'Senden Sie ein JSON-Objekt',
    sendEither: 'Senden Sie {{first}} oder {{second}}',
    sendJsonObject: 'Senden Sie ein JSON-Objekt als application/json',
    sendBriefing: 'Senden Sie das Briefing als text/plain oder text/markdown',
    sendAnnotations: 'Senden Sie die Sammlung als application/ld+json',
    sendRoomAccess: 'Senden Sie {"memberId", "role"} als application/json'
  },
  update: {
    foreign: 'Eingebettete Dokumente und Binärinhalte werden nicht angenommen',
    mayNot: {
      tagClaimsInText:
        'Ihre Rolle ({{role}}) darf im Text keine Behauptungen markieren; dafür ist die Rolle {{needed}} nötig',
      editText:
        'Ihre Rolle ({{role}}) darf den Briefingtext nicht bearbeiten; dafür ist die Rolle {{needed}} nötig',
      addSources:
        'Ihre Rolle ({{role}}) darf keine Quellen hinzufügen; dafür ist die Rolle {{needed}} nötig',
      removeSources:
        'Ihre Rolle ({{role}}) darf keine Quellen aus dem Raum entfernen; dafür ist die Rolle {{needed}} nötig',
      changeClaimList:
        'Ihre Rolle ({{role}}) darf die Behauptungen nicht ändern; dafür ist die Rolle {{needed}} nötig',
      tagClaims:
        'Ihre Rolle ({{role}}) darf keine Behauptungen markieren; dafür ist die Rolle {{needed}} nötig',
      deleteClaims:
        'Ihre Rolle ({{role}}) darf keine Behauptungen löschen; dafür ist die Rolle {{needed}} nötig',
      comment:
        'Ihre Rolle ({{role}}) darf nicht kommentieren; dafür ist die Rolle {{needed}} nötig',
      deleteComments:
        'Ihre Rolle ({{role}}) darf keine Kommentare löschen; dafür ist die Rolle {{needed}} nötig',
      setStatuses:
        'Ihre Rolle ({{role}}) darf keinen Status setzen; dafür ist die Rolle {{needed}} nötig',
      deleteHistory:
        'Ihre Rolle ({{role}}) darf den Statusverlauf nicht löschen; dafür ist die Rolle {{needed}} nötig',
      replaceRecord:
        'Ihre Rolle ({{role}}) darf den Verlauf einer Behauptung nicht ersetzen; dafür ist die Rolle {{needed}} nötig',
      changeClaims:
        'Ihre Rolle ({{role}}) darf Behauptungen nicht ändern; dafür ist die Rolle {{needed}} nötig',
      changeRules:
        'Ihre Rolle ({{role}}) darf die Prüfregeln des Raums nicht ändern; dafür ist die Rolle {{needed}} nötig',
      changeContent:
        'Ihre Rolle ({{role}}) darf den Inhalt des Raums nicht ändern; dafür ist die Rolle {{needed}} nötig'
    },
    plainHistory: 'Der Statusverlauf einer Behauptung enthält nur einfache Einträge',
    plainComments: 'Die Kommentare einer Behauptung enthalten nur einfache Einträge',
    statusInOwnName: 'Eine Statusänderung muss in Ihrem eigenen Namen ({{name}}) erfolgen',
    commentInOwnName: 'Ein Kommentar muss in Ihrem eigenen Namen ({{name}}) geschrieben werden',
    creatorOnlyWhenTagged: 'Wer eine Behauptung angelegt hat, wird nur beim Markieren festgehalten',
    tagInOwnName: 'Eine Behauptung muss in Ihrem eigenen Namen ({{name}}) markiert werden',
    unreadableStatus: 'Eine Statusänderung muss lesbar sein',
    notSignedIn: 'Nicht angemeldet',
    clientOfOther: 'Die Client-ID {{client}} gehört einem anderen Mitglied',
    confirmKeepsVerified: 'Eine Bestätigung behält den Status Verifiziert bei',
    confirmNeedsVerification: 'Eine Bestätigung muss auf einer Verifizierung aufbauen',
    confirmVerifiedOnly: 'Eine Bestätigung darf nur auf Einträgen mit Verifiziert aufbauen',
    confirmByOther:
      'Die Zweitprüfung muss jemand anderes machen als das Mitglied, das verifiziert hat',
    sendBackToInReview: 'Zurückschicken setzt eine verifizierte Behauptung auf In Prüfung zurück',
    sendBackNeedsNote: 'Zurückschicken braucht eine Notiz'
  },
  notice: {
    refusedWork: {
      label: 'Abgelehnte Änderungen',
      summary_one: 'Der Server hat eine Ihrer Änderungen abgelehnt: {{reason}}.',
      summary_other: 'Der Server hat {{count, number}} Ihrer Änderungen abgelehnt: {{reason}}.',
      kept: 'Sie bleiben auf diesem Gerät und werden nicht geteilt. Exportieren Sie die Version dieses Geräts, um sie als Datei aufzubewahren.',
      export: 'Version dieses Geräts exportieren…'
    },
    damagedRoom: {
      text_one:
        'Dieser Raum ist beschädigt: Der Server hat eine gespeicherte Änderung beiseitegelegt, die er nicht lesen konnte: {{rows}}. Was Sie sehen, ist womöglich unvollständig. In diesen Raum kann nichts importiert werden, bis die Administration sie geprüft hat.',
      text_other:
        'Dieser Raum ist beschädigt: Der Server hat {{count, number}} gespeicherte Änderungen beiseitegelegt, die er nicht lesen konnte: {{rows}}. Was Sie sehen, ist womöglich unvollständig. In diesen Raum kann nichts importiert werden, bis die Administration sie geprüft hat.',
      row: '#{{id}} ({{reason}})'
    }
  },
  client: {
    unreachable: 'Der Claimdesk-Server ist nicht erreichbar.',
    unreadable: 'Die Antwort des Servers konnte nicht gelesen werden.',
    refused: 'Der Server hat abgelehnt: {{text}}',
    httpStatus: 'Der Server hat mit HTTP {{status}} geantwortet.'
  }
}
