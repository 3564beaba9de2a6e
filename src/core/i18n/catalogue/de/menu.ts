import type { menu as en } from '../en/menu'

/** Katalogbereich `menu`: Menüs, Fenster und Dialoge der Desktop-App (Deutsch). */
export const menu: typeof en = {
  app: {
    about: 'Über {{appName}}',
    services: 'Dienste',
    hide: '{{appName}} ausblenden',
    hideOthers: 'Andere ausblenden',
    showAll: 'Alle einblenden',
    quit: '{{appName}} beenden'
  },
  file: {
    label: 'Datei',
    openBriefing: 'Briefing öffnen…',
    export: 'Exportieren…',
    closeWindow: 'Fenster schließen',
    exit: 'Beenden',
    quit: 'Beenden'
  },
  edit: {
    label: 'Bearbeiten',
    undo: 'Rückgängig machen',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    pasteAndMatchStyle: 'Einfügen und Stil anpassen',
    delete: 'Löschen',
    selectAll: 'Alles auswählen',
    substitutions: {
      label: 'Ersetzungen',
      show: 'Ersetzungen einblenden',
      smartQuotes: 'Intelligente Anführungszeichen',
      smartDashes: 'Intelligente Gedankenstriche',
      textReplacement: 'Textersetzung'
    },
    speech: {
      label: 'Sprachausgabe',
      start: 'Sprachausgabe starten',
      stop: 'Sprachausgabe beenden'
    }
  },
  view: {
    label: 'Ansicht',
    reload: 'Neu laden',
    forceReload: 'Neu laden erzwingen',
    toggleDevTools: 'Entwicklerwerkzeuge ein-/ausblenden',
    actualSize: 'Originalgröße',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    toggleFullScreen: 'Vollbild ein-/ausschalten'
  },
  window: {
    label: 'Fenster',
    minimize: 'Minimieren',
    zoom: 'Zoomen',
    bringAllToFront: 'Alle nach vorne bringen',
    close: 'Schließen'
  },
  signIn: {
    windowTitle: 'Anmelden'
  },
  dialog: {
    ok: 'OK'
  },
  startup: {
    failed: 'Claimdesk konnte nicht starten',
    serverStopped: 'Der Claimdesk-Synchronisationsserver wurde beendet'
  },
  embeddedServer: {
    noListeningLine:
      'Der Synchronisationsserver hat innerhalb von {{ms}} ms nicht gemeldet, dass er bereit ist.',
    cannotSpawn:
      'Der Synchronisationsserver ließ sich mit „{{nodePath}}“ nicht starten: {{error}}. Setzen Sie CLAIMDESK_NODE auf eine ausführbare Node.js-Datei (>= 20.19).',
    exitedEarlyWithCode:
      'Der Synchronisationsserver wurde mit Code {{code}} beendet, bevor er bereit war.',
    exitedEarlyWithSignal:
      'Der Synchronisationsserver wurde durch das Signal {{signal}} beendet, bevor er bereit war.',
    exitedWithCode: 'Der Synchronisationsserver wurde mit Code {{code}} beendet.',
    exitedWithSignal: 'Der Synchronisationsserver wurde durch das Signal {{signal}} beendet.'
  },
  briefingFile: {
    dialogTitle: 'Briefing öffnen',
    filterName: 'Briefings',
    tooLarge: '{{fileName}} ist größer als 2 MiB; ein Briefing sollte eine Textdatei sein.',
    binary: '{{fileName}} scheint eine Binärdatei zu sein, keine Textdatei.',
    notUtf8:
      '{{fileName}} ist kein UTF-8-Text. Speichern Sie die Datei als UTF-8 und versuchen Sie es erneut.'
  },
  exportFile: {
    dialogTitle: 'Geprüften Entwurf exportieren',
    tooLarge: 'Der Export ist größer als 50 MiB; so große Dateien speichert Claimdesk nicht.',
    type: {
      markdown: 'Markdown',
      html: 'HTML',
      docx: 'Word-Dokument',
      webAnnotation: 'Web Annotation (JSON-LD)',
      pdf: 'PDF'
    }
  },
  teamServer: {
    addressMissing: 'Geben Sie die Adresse des Teamservers ein, z. B. http://newsroom.local:4567.',
    notAnAddress: '„{{address}}“ ist keine Webadresse.',
    wrongScheme: 'Eine Teamserver-Adresse beginnt mit http:// oder https://.',
    credentials: 'Eine Teamserver-Adresse darf weder Benutzernamen noch Passwort enthalten.',
    noHost: '„{{address}}“ nennt keinen Server.',
    unreachable:
      '{{origin}} ist nicht erreichbar. Prüfen Sie die Adresse und ob der Server läuft und in Ihrem Netzwerk erreichbar ist.',
    timedOut:
      '{{origin}} hat nicht innerhalb von {{seconds}} s geantwortet. Prüfen Sie die Adresse und ob der Server läuft und in Ihrem Netzwerk erreichbar ist.',
    notClaimdesk: '{{origin}} hat geantwortet, ist aber kein Claimdesk-Server.',
    chooseKind: 'Wählen Sie diesen Computer oder einen Teamserver.',
    ownServer:
      'Das ist der eigene Server dieses Computers: Wählen Sie „Diesen Computer verwenden“.',
    teamFellBackToComputer:
      'Die App unter {{wanted}} ließ sich nicht laden, deshalb ist Claimdesk zu diesem Computer zurückgekehrt.',
    teamFellBackToTeam:
      'Die App unter {{wanted}} ließ sich nicht laden, deshalb ist Claimdesk zu {{previous}} zurückgekehrt.',
    computerFellBackToTeam:
      'Die App auf diesem Computer ließ sich nicht laden, deshalb ist Claimdesk zu {{previous}} zurückgekehrt.'
  }
}
