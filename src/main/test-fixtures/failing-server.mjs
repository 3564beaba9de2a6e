// Test fixture: a server that cannot open its data directory.
process.stderr.write('Error: cannot open database in /nowhere\n')
process.exit(3)
