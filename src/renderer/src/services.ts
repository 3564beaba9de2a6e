/** The app's dependencies, built once in main.tsx and handed down through context (no singletons). */
import { createContext, useContext } from 'react'
import type { Navigator } from './app-location'
import type { Platform } from './platform/platform'
import type { Preferences } from './preferences'

/** Everything the UI reaches outside React for. Tests and hosts swap pieces here. */
export interface AppServices {
  readonly platform: Platform
  readonly preferences: Preferences
  readonly navigator: Navigator
  readonly fetchFn: typeof fetch
  /** The bundled sample briefing's text. */
  readonly sampleBriefing: string
  /** A short random string that makes a new room's name unguessable and unique. */
  readonly randomSuffix: () => string
  readonly writeClipboard: (text: string) => Promise<void>
}

/** Context carrying AppServices; provided once by the composition root. */
export const ServicesContext = createContext<AppServices | null>(null)

/** The app's services; throws when rendered outside the composition root's provider. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices() needs a ServicesContext provider')
  return services
}
