import type { app as en } from '../en/app'

/**
 * Katalogbereich `app` (Deutsch): Startseite, Raumkopf, Namensabfrage, Anmeldung, Konto- und
 * Mitgliederseite, Verbindungsanzeige, Wahl des Sync-Servers und die Wörter des Editors.
 * Tags wie `<name/>` markieren, wo ein hervorgehobener Wert steht; sie müssen erhalten bleiben.
 */
export const app: typeof en = {
  brand: 'Claimdesk',
  connecting: 'Verbindung wird hergestellt…',
  name: {
    heading: 'Wer prüft?',
    purpose: 'Die anderen Prüfer:innen sehen diesen Namen neben Ihrem Cursor.',
    label: 'Ihr Name',
    invalid: 'Geben Sie einen Namen mit 1 bis {{max}} Zeichen ein.',
    continue: 'Weiter',
    cancel: 'Abbrechen'
  },
  start: {
    tagline: 'Ein Briefing Behauptung für Behauptung prüfen – gemeinsam und live.',
    reviewingAs: 'Sie prüfen als <name/>',
    changeName: 'Namen ändern',
    openingBriefing: 'Briefing wird geöffnet…',
    openingSample: 'Beispiel-Briefing wird geöffnet…',
    newRoomHeading: 'Prüfung beginnen',
    openBriefing: 'Briefing öffnen…',
    openSample: 'Beispiel-Briefing öffnen',
    importHint:
      'Eine Text- oder Markdown-Datei öffnet sich in einem neuen Raum, den Sie teilen können.',
    joinHeading: 'Einem Raum beitreten',
    roomName: 'Raumname',
    join: 'Raum betreten',
    recentHeading: 'Zuletzt geöffnete Räume',
    noRecent: 'Räume, die Sie öffnen, erscheinen hier.'
  },
  roomName: {
    empty: 'Geben Sie einen Raumnamen ein, um beizutreten.',
    invalid:
      '„{{name}}“ ist kein gültiger Raumname. Raumnamen bestehen nur aus Buchstaben, Ziffern, „.“, „_“ und „-“, beginnen mit einem Buchstaben oder einer Ziffer und haben höchstens {{max}} Zeichen.'
  },
  room: {
    rooms: 'Räume',
    export: 'Exportieren…',
    serverUnavailable: 'Der Claimdesk-Server ist nicht erreichbar: {{reason}}',
    loading: 'Briefing wird geladen…',
    copyLink: 'Link kopieren',
    linkCopied: 'Link kopiert',
    copyFailed: 'Kopieren nicht möglich ({{reason}}). Der Link lautet {{link}}'
  },
  importNotice: {
    label: 'Importhinweis',
    heading_one: 'Eine Quellenzeile wurde nicht importiert:',
    heading_other: '{{count}} Quellenzeilen wurden nicht importiert:',
    line: 'Zeile {{line}}: <quote/> – {{reason}}',
    dismiss: 'Ausblenden'
  },
  readOnly: {
    checker:
      'Ihre Rolle in diesem Raum ist {{role}}: Sie können Behauptungen markieren, zum Bearbeiten des Textes ist aber die Rolle {{needed}} nötig.',
    viewer:
      'Nur lesen: Ihre Rolle in diesem Raum ist {{role}}; zum Bearbeiten ist die Rolle {{needed}} nötig.'
  },
  signedOut: {
    heading: 'Sie sind abgemeldet',
    body: 'Änderungen, die Sie auf diesem Gerät vorgenommen haben, bleiben hier erhalten und werden an den Server gesendet, sobald Sie sich wieder angemeldet haben.',
    signIn: 'Anmelden'
  },
  account: {
    signedInAs: 'Angemeldet als <name/> ({{role}})',
    offline:
      ' · offline, Änderungen werden synchronisiert, sobald der Server wieder erreichbar ist',
    members: 'Mitglieder',
    account: 'Konto',
    signOut: 'Abmelden',
    heading: 'Konto',
    identity: '{{name}} <{{email}}>, {{role}}',
    passwordHeading: 'Passwort ändern',
    currentPassword: 'Aktuelles Passwort',
    newPassword: 'Neues Passwort',
    changePassword: 'Passwort ändern',
    passwordChanged: 'Passwort geändert. Ihre anderen Sitzungen wurden abgemeldet.'
  },
  members: {
    heading: 'Mitglieder',
    roleChanged: '{{name}} ist jetzt {{role}}.',
    removed: '{{name}} wurde entfernt.',
    inviteHeading: 'Jemanden einladen',
    role: 'Rolle',
    email: 'E-Mail (optional)',
    createInvite: 'Einladungslink erstellen',
    inviteValidUntil:
      'Senden Sie diesen Link an die eingeladene Person. Er lässt sich einmal verwenden und gilt bis <time/>.',
    inviteLink: 'Einladungslink: <link/>',
    copyInvite: 'Einladungslink kopieren',
    loading: 'Wird geladen…',
    listHeading: 'Mitglieder',
    openInvites: 'Offene Einladungen',
    inviteFor: '{{role}} für {{email}}, bis <time/>',
    invite: '{{role}}, bis <time/>',
    requestsHeading: 'Zugangsanfragen',
    requestsHint:
      'Diese Personen haben sich über Ihren Identitätsanbieter angemeldet, ohne Mitglied zu sein. Laden Sie sie ein, um ihnen Zugang zu geben.',
    request: '{{name}} <{{email}}>, <time/>',
    you: ' (Sie)',
    roleOf: 'Rolle von {{name}}',
    remove: '{{name}} entfernen'
  },
  connection: {
    online: 'Online · alle Änderungen synchronisiert',
    syncing: 'Wird synchronisiert…',
    offline: 'Offline · alle Änderungen synchronisiert',
    offlinePending_one: 'Offline · {{count}} Änderung noch nicht synchronisiert',
    offlinePending_other: 'Offline · {{count}} Änderungen noch nicht synchronisiert',
    reconnecting: 'Neuer Verbindungsversuch…',
    reconnectingPending_one:
      'Neuer Verbindungsversuch… · {{count}} Änderung noch nicht synchronisiert',
    reconnectingPending_other:
      'Neuer Verbindungsversuch… · {{count}} Änderungen noch nicht synchronisiert',
    reconnectingIn: 'Neuer Verbindungsversuch in {{seconds}} s',
    reconnectingInPending_one:
      'Neuer Verbindungsversuch in {{seconds}} s · {{count}} Änderung noch nicht synchronisiert',
    reconnectingInPending_other:
      'Neuer Verbindungsversuch in {{seconds}} s · {{count}} Änderungen noch nicht synchronisiert'
  },
  localStore: {
    failed:
      'Die Kopie des Raums auf diesem Gerät ist fehlerhaft ({{reason}}). Ihre Änderungen bleiben in diesem Fenster erhalten und werden an den Server gesendet; die lokale Kopie wird neu aufgebaut…',
    rebuilt:
      'Die Kopie des Raums auf diesem Gerät war fehlerhaft ({{reason}}) und wurde aus dem geöffneten Raum neu aufgebaut; keine Änderung ging verloren.'
  },
  syncServer: {
    heading: 'Sync-Server',
    current: 'Aktueller Server: <server/>',
    checking: 'Wird geprüft…',
    connecting: 'Verbindung wird hergestellt…',
    address: 'Adresse des Team-Servers',
    addressExample: 'http://redaktion.local:4567',
    connect: 'Verbinden',
    useThisComputer: 'Diesen Computer verwenden',
    thisComputer: 'Dieser Computer'
  },
  toolbar: {
    label: 'Briefing-Werkzeuge',
    tagClaim: 'Behauptung markieren',
    shortcutPc: 'Strg+Umschalt+C',
    hint: 'Markiert den ausgewählten Text als Behauptung ({{shortcut}}).',
    selectFirst: 'Wählen Sie Text im Briefing aus, um eine Behauptung zu markieren.'
  },
  editor: {
    label: 'Briefing-Text'
  },
  claimMark: {
    loading: 'Behauptung (wird geladen)',
    loadingOpen: 'Behauptung (wird geladen, geöffnet)',
    status: 'Behauptung: {{status}}',
    statusOpen: 'Behauptung: {{status}} (geöffnet)'
  },
  refused: {
    label: 'Abgelehnte Änderungen',
    what_one: 'Der Server hat eine Ihrer Änderungen abgelehnt: {{reason}}.',
    what_other: 'Der Server hat {{count}} Ihrer Änderungen abgelehnt: {{reason}}.',
    kept: 'Sie bleiben auf diesem Gerät und werden nicht geteilt. Exportieren Sie die Fassung dieses Geräts, um sie als Datei zu behalten.',
    export: 'Fassung dieses Geräts exportieren…'
  },
  counter: {
    within: '{{used}} / {{limit}} Zeichen',
    over: 'Zu lang: {{used}} Zeichen; erlaubt sind höchstens {{limit}}.'
  }
}
