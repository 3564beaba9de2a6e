/** The reviewer's choice of language: remembered on this device, applied without a reload. */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { LOCALES, isLocale } from '../../../core/i18n/locale'
import { useServices } from '../services'
import { useText } from '../i18n/use-text'

/** A labelled select of the app's languages, each named in its own language. */
export function LanguageSwitch() {
  const { t, locale } = useText()
  const { i18n } = useTranslation()
  const { preferences, platform } = useServices()
  const selectId = useId()
  const handleChange = (value: string): void => {
    if (!isLocale(value)) return
    preferences.rememberLanguage(value)
    platform.showLanguage(value)
    void i18n.changeLanguage(value)
  }
  // A label beside the select, not around it: wrapped, the chosen option would join its name.
  return (
    <div className="language-switch">
      <label htmlFor={selectId}>{t('common.language.label')}</label>
      <select id={selectId} value={locale} onChange={(event) => handleChange(event.target.value)}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`common.language.${option}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
