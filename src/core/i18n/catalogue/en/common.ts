/** Words many parts of the app share. */
export const common = {
  language: {
    label: 'Language',
    en: 'English',
    de: 'Deutsch'
  },
  /** Members' roles, in sentences and as labels ("Signed in as Ada (admin)", the role select). */
  role: {
    viewer: 'viewer',
    commenter: 'commenter',
    checker: 'checker',
    editor: 'editor',
    admin: 'admin'
  },
  nobody: 'nobody yet',
  listSeparator: ', '
}
