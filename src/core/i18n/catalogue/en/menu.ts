/**
 * Catalogue area `menu`: the desktop shell's menus, windows and dialogs, and the messages its
 * file and server checks give the reviewer (English, the source of every key).
 */
export const menu = {
  // Role items repeat Electron's own English labels (menu-item-roles.ts), which it never translates.
  app: {
    about: 'About {{appName}}',
    services: 'Services',
    hide: 'Hide {{appName}}',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quit: 'Quit {{appName}}'
  },
  file: {
    label: 'File',
    openBriefing: 'Open briefing…',
    export: 'Export…',
    closeWindow: 'Close Window',
    exit: 'Exit',
    quit: 'Quit'
  },
  edit: {
    label: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
    substitutions: {
      label: 'Substitutions',
      show: 'Show Substitutions',
      smartQuotes: 'Smart Quotes',
      smartDashes: 'Smart Dashes',
      textReplacement: 'Text Replacement'
    },
    speech: {
      label: 'Speech',
      start: 'Start Speaking',
      stop: 'Stop Speaking'
    }
  },
  view: {
    label: 'View',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Toggle Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen'
  },
  window: {
    label: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    bringAllToFront: 'Bring All to Front',
    close: 'Close'
  },
  signIn: {
    windowTitle: 'Sign in'
  },
  dialog: {
    ok: 'OK'
  },
  startup: {
    failed: 'Claimdesk could not start',
    serverStopped: 'Claimdesk sync server stopped'
  },
  embeddedServer: {
    noListeningLine: 'The sync server printed no listening line within {{ms}} ms.',
    cannotSpawn:
      'Could not start the sync server with "{{nodePath}}": {{error}}. Set CLAIMDESK_NODE to a Node.js (>= 20.19) executable.',
    exitedEarlyWithCode: 'The sync server exited with code {{code}} before it was ready.',
    exitedEarlyWithSignal: 'The sync server exited with signal {{signal}} before it was ready.',
    exitedWithCode: 'The sync server exited with code {{code}}.',
    exitedWithSignal: 'The sync server exited with signal {{signal}}.'
  },
  briefingFile: {
    dialogTitle: 'Open briefing',
    filterName: 'Briefings',
    tooLarge: '{{fileName}} is larger than 2 MiB; a briefing should be a text file.',
    binary: '{{fileName}} looks like a binary file, not text.',
    notUtf8: '{{fileName}} is not UTF-8 text. Save it as UTF-8 and try again.'
  },
  exportFile: {
    dialogTitle: 'Export verified draft',
    tooLarge: 'The export is larger than 50 MiB; Claimdesk does not save files that large.',
    type: {
      markdown: 'Markdown',
      html: 'HTML',
      docx: 'Word document',
      webAnnotation: 'Web Annotation (JSON-LD)',
      pdf: 'PDF'
    }
  },
  teamServer: {
    addressMissing: 'Enter the team server’s address, e.g. http://newsroom.local:4567.',
    notAnAddress: '“{{address}}” is not a web address.',
    wrongScheme: 'A team server address starts with http:// or https://.',
    credentials: 'A team server address must not contain a user name or password.',
    noHost: '“{{address}}” names no server.',
    unreachable:
      '{{origin}} is not reachable. Check the address and that the server is running and on your network.',
    timedOut:
      '{{origin}} did not answer within {{seconds}} s. Check the address and that the server is running and on your network.',
    notClaimdesk: '{{origin}} answered, but it is not a Claimdesk server.',
    chooseKind: 'Choose this computer or a team server.',
    ownServer: 'That is this computer’s own server: choose “Use this computer”.',
    teamFellBackToComputer:
      'The app at {{wanted}} did not load, so Claimdesk went back to this computer.',
    teamFellBackToTeam:
      'The app at {{wanted}} did not load, so Claimdesk went back to {{previous}}.',
    computerFellBackToTeam:
      'The app at this computer did not load, so Claimdesk went back to {{previous}}.'
  }
}
