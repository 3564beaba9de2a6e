// Test fixture: behaves like the sync server CLI's startup, then waits for SIGTERM.
// The handler goes in before the listening line, as in the real CLI: a parent may
// send SIGTERM the moment it reads that line.
const args = process.argv.slice(2)
const dataDir = args[args.indexOf('--data') + 1]
const keepAlive = setInterval(() => {}, 1000)
process.on('SIGTERM', () => {
  clearInterval(keepAlive)
  process.stderr.write(JSON.stringify({ msg: 'stopped' }) + '\n')
  process.exit(0)
})
process.stderr.write(JSON.stringify({ msg: 'starting', dataDir }) + '\n')
process.stdout.write('Claimdesk listening on http://127.0.0.1:45678/\n')
