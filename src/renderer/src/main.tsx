/** Composition root of the renderer: picks the host platform and wires the app's services. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import sampleBriefing from '../../../samples/sample-briefing.md?raw'
import { App } from './App'
import { createHistoryNavigator } from './app-location'
import { createBrowserPlatform } from './platform/platform.browser'
import { createElectronPlatform } from './platform/platform.electron'
import { chooseLocale, createAppI18n } from './i18n/app-language'
import { createPreferences } from './preferences'
import type { AppServices } from './services'
import { ServicesContext } from './services'
import './styles/base.css'
import './styles/editor.css'
import './styles/claims-panel.css'
import './styles/export-dialog.css'

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

const services: AppServices = {
  platform: window.claimdesk
    ? createElectronPlatform(window.claimdesk)
    : createBrowserPlatform(window),
  preferences: createPreferences(window.localStorage),
  navigator: createHistoryNavigator(window),
  fetchFn: window.fetch.bind(window),
  sampleBriefing,
  randomSuffix,
  writeClipboard: (text) => window.navigator.clipboard.writeText(text)
}

const i18n = createAppI18n(
  chooseLocale({
    forced: new URLSearchParams(window.location.search).get('lang'),
    remembered: services.preferences.language(),
    // Electron sets these from the system's languages; a browser from its own settings.
    preferred: window.navigator.languages
  })
)
const showLanguage = (): void => {
  document.documentElement.lang = i18n.language
}
i18n.on('languageChanged', showLanguage)
showLanguage()
services.platform.showLanguage(i18n.language === 'de' ? 'de' : 'en')

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ServicesContext value={services}>
        <App />
      </ServicesContext>
    </I18nextProvider>
  </StrictMode>
)
