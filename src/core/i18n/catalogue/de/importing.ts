import type { importing as en } from '../en/importing'

/** Importieren: warum eine Web-Annotation-Datei oder eine Quellenzeile nicht übernommen wird. */
export const importing: typeof en = {
  collection: {
    notObject: 'Die Datei ist kein JSON-Objekt und damit keine Web-Annotation-Sammlung.',
    noContext: 'Die Datei verwendet nicht den W3C-Web-Annotation-Kontext ({{context}}).',
    notCollection:
      'Die Datei ist keine AnnotationCollection; Claimdesk importiert die Sammlungen, die es exportiert.',
    linkedPages:
      'Die Sammlung verlinkt ihre Seiten, statt sie zu enthalten; importiert werden können nur eingebettete Seiten.',
    noFirstPage: 'Die Sammlung hat keine erste Seite mit Einträgen.',
    morePages:
      'Die Sammlung hat mehr als eine Seite; importiert werden können nur Sammlungen mit einer Seite.',
    tooMany:
      'Die Sammlung enthält {{found, number}} Annotationen; auf einmal importiert werden können höchstens {{max, number}}.',
    libraryNotList: 'Das Quellenverzeichnis der Sammlung ist keine Liste.',
    librarySourceNoLink: 'Quelle {{number}} im Quellenverzeichnis der Sammlung hat keinen Link.'
  },
  annotation: {
    label: 'Annotation {{number}}',
    labelWithId: 'Annotation {{number}} ({{id}})',
    notObject: '{{label}} ist kein Objekt.',
    problem: '{{label}}: {{reason}}',
    duplicateId: '{{label}}: Eine andere Annotation hat dieselbe ID.',
    notAnnotation: 'Ihr Typ ist nicht „Annotation“.',
    assigneeNotName: 'Die zugewiesene Person ist kein Name.',
    oneTarget: 'Sie muss genau ein Ziel (target) haben.',
    targetNoSelectors: 'Ihr Ziel ist keine Textauswahl (keine Selektoren).',
    noQuoteSelector:
      'Ihr Ziel hat keinen TextQuoteSelector und kann daher nicht im Text verortet werden.',
    quoteNoExact: 'Ihr TextQuoteSelector hat keinen exakten Text (exact).',
    quotePrefixNotText: 'Das Präfix ihres TextQuoteSelectors ist kein Text.',
    quoteSuffixNotText: 'Das Suffix ihres TextQuoteSelectors ist kein Text.',
    positionInvalid:
      'Ihr TextPositionSelector braucht ganzzahlige Werte für Anfang und Ende, mit Anfang ≤ Ende.',
    historyNotList: 'Ihr Statusverlauf ist keine Liste.',
    historyEntryInvalid: 'Eintrag {{number}} ihres Statusverlaufs ist keine Statusänderung.'
  },
  body: {
    label: 'Body {{number}}',
    notObject: '{{body}} ist kein Objekt.',
    linksToNothing: '{{body}} verweist auf nichts.',
    noText: '{{body}} hat keinen Textwert.',
    unknownStatus:
      '{{body}} setzt den Status „{{status}}“, der keiner der Status von Claimdesk ist.'
  },
  sourceLine: {
    empty: 'leere Quellenzeile',
    notHttp: '„{{url}}“ ist keine http(s)-URL',
    noUrl: 'keine URL in dieser Zeile gefunden'
  }
}
