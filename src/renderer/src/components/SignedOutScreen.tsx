import { useText } from '../i18n/use-text'

/** Props for SignedOutScreen. */
export interface SignedOutScreenProps {
  /** Where to come back to after signing in (a path on this server). */
  readonly next: string
}

/**
 * Shown on a team server without a valid session. Edits made on this device are kept in its
 * local copy and sync once the member has signed in again.
 */
export function SignedOutScreen({ next }: SignedOutScreenProps) {
  const { t } = useText()
  return (
    <main className="page">
      <header className="start-header">
        <h1>{t('app.brand')}</h1>
      </header>
      <section className="card" aria-labelledby="signed-out-heading">
        <h2 id="signed-out-heading">{t('app.signedOut.heading')}</h2>
        <p>{t('app.signedOut.body')}</p>
        <p>
          <a className="button primary" href={`/sign-in?next=${encodeURIComponent(next)}`}>
            {t('app.signedOut.signIn')}
          </a>
        </p>
      </section>
    </main>
  )
}
