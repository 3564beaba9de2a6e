/** The app's version, from package.json at build time; exports say which Claimdesk wrote them. */
import { version } from '../../../package.json'

/** This build's version, e.g. "0.1.0". */
export const APP_VERSION: string = version
