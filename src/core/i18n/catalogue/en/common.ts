/** Words many parts of the app share. */
export const common = {
  language: {
    label: 'Language',
    en: 'English',
    de: 'Deutsch'
  },
  nobody: 'nobody yet',
  listSeparator: ', '
}
