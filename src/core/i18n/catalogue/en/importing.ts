/** Importing: why a Web Annotation file or a briefing's source line is not taken. */
export const importing = {
  collection: {
    notObject: 'The file is not a JSON object, so it is not a Web Annotation collection.',
    noContext: 'The file does not use the W3C Web Annotation context ({{context}}).',
    notCollection:
      'The file is not an AnnotationCollection; Claimdesk imports the collections it exports.',
    linkedPages:
      'The collection links to its pages instead of including them; only inline pages can be imported.',
    noFirstPage: 'The collection has no first page with items.',
    morePages:
      'The collection has more than one page; only single-page collections can be imported.',
    tooMany: 'The collection has {{found}} annotations; at most {{max}} can be imported at once.',
    libraryNotList: "The collection's source library is not a list.",
    librarySourceNoLink: "Source {{number}} of the collection's library has no link."
  },
  annotation: {
    /** How an annotation is named in a refusal: by position, and by its IRI when it has one. */
    label: 'Annotation {{number}}',
    labelWithId: 'Annotation {{number}} ({{id}})',
    notObject: '{{label}} is not an object.',
    /** An annotation's name, then what is wrong with it (one of the sentences below). */
    problem: '{{label}}: {{reason}}',
    duplicateId: '{{label}}: another annotation has the same id.',
    notAnnotation: 'its type is not Annotation.',
    assigneeNotName: 'its assignee is not a name.',
    oneTarget: 'it must have exactly one target.',
    targetNoSelectors: 'its target is not a text selection (no selectors).',
    noQuoteSelector: 'its target has no TextQuoteSelector, so it cannot be placed in text.',
    quoteNoExact: 'its TextQuoteSelector has no exact text.',
    quotePrefixNotText: "its TextQuoteSelector's prefix is not text.",
    quoteSuffixNotText: "its TextQuoteSelector's suffix is not text.",
    positionInvalid: 'its TextPositionSelector needs whole-number start and end with start ≤ end.',
    historyNotList: 'its status history is not a list.',
    historyEntryInvalid: 'entry {{number}} of its status history is not a status change.'
  },
  body: {
    /** How a body is named in a refusal. */
    label: 'body {{number}}',
    notObject: '{{body}} is not an object.',
    linksToNothing: '{{body}} links to nothing.',
    noText: '{{body}} has no text value.',
    unknownStatus:
      "{{body}} sets the status “{{status}}”, which is not one of Claimdesk's statuses."
  },
  sourceLine: {
    empty: 'empty source line',
    notHttp: '"{{url}}" is not an http(s) URL',
    noUrl: 'no URL found on this line'
  }
}
