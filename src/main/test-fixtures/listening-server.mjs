// Test fixture: behaves like the sync server CLI's startup, then waits for SIGTERM.
const args = process.argv.slice(2)
const dataDir = args[args.indexOf('--data') + 1]
process.stderr.write(JSON.stringify({ msg: 'starting', dataDir }) + '\n')
process.stdout.write('Claimdesk listening on http://127.0.0.1:45678/\n')
const keepAlive = setInterval(() => {}, 1000)
process.on('SIGTERM', () => {
  clearInterval(keepAlive)
  process.stderr.write(JSON.stringify({ msg: 'stopped' }) + '\n')
  process.exit(0)
})
