/** Rules for starting a server with or without members. */

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]'])

/** True when `host` is a loopback address: only this machine can reach a server on it. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** The one line `serve` prints when it refuses to open a server without members to the network. */
export function firstAdminHint(dataDir: string, host: string): string {
  return (
    `${dataDir} has no members, and a server on ${host} must require sign-in: create the first admin with ` +
    `npm run members -- add --data ${dataDir} --email you@example.org --name "Your Name" --role admin`
  )
}
