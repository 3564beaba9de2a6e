/** Catalogue area `claimReview` (English, the source of every key): the ClaimReview export. */
export const claimReview = {
  articleUrl: {
    label: 'Published article',
    hint: 'The address where the fact check is published; the ClaimReview export links every verdict to it.',
    save: 'Save',
    saved: 'Saved',
    notHttp: 'The article’s address must be an http or https link.',
    credentials: 'The article’s address must not contain a user name or password.',
    tooLong: 'The address is {{length, number}} characters long; the limit is {{limit, number}}.'
  },
  export: {
    noArticleUrl:
      'Set the address of the published article for this room before exporting ClaimReview.',
    noPublisher:
      'The ClaimReview export needs the server to be started with --org-name and --org-url.',
    leftOut_one: '{{count, number}} claim is not finally reviewed and is left out of ClaimReview.',
    leftOut_other:
      '{{count, number}} claims are not finally reviewed and are left out of ClaimReview.'
  }
}
