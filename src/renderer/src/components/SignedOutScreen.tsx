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
  return (
    <main className="page">
      <header className="start-header">
        <h1>Claimdesk</h1>
      </header>
      <section className="card" aria-labelledby="signed-out-heading">
        <h2 id="signed-out-heading">You are signed out</h2>
        <p>
          Changes you made on this device are kept here and are sent to the server once you have
          signed in again.
        </p>
        <p>
          <a className="button primary" href={`/sign-in?next=${encodeURIComponent(next)}`}>
            Sign in
          </a>
        </p>
      </section>
    </main>
  )
}
