// Test fixture: a server that comes up and then dies on its own.
process.stdout.write('Claimdesk listening on http://127.0.0.1:45679/\n')
setTimeout(() => process.exit(7), 50)
