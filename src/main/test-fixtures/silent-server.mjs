// Test fixture: a server that starts but never says where it listens.
process.stdout.write('warming up\n')
setInterval(() => {}, 1000)
