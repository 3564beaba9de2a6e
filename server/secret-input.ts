/**
 * Reads one secret line from standard input: without echo on a terminal,
 * and the first line of a pipe otherwise (`printf '%s\n' "$PW" | npm run members -- add ...`).
 * Written here because it is a dozen lines on Node's own readline.
 */
import { createInterface } from 'node:readline'

export function readSecretLine(prompt: string): Promise<string> {
  const { stdin, stderr } = process
  if (!stdin.isTTY) {
    return new Promise((resolve, reject) => {
      const lines = createInterface({ input: stdin })
      let done = false
      lines.once('line', (line) => {
        done = true
        lines.close()
        resolve(line)
      })
      lines.once('close', () => {
        if (!done) reject(new Error('no password on standard input'))
      })
    })
  }
  return new Promise((resolve) => {
    stderr.write(prompt)
    const lines = createInterface({ input: stdin, output: stderr, terminal: true })
    // Nothing typed is echoed: readline writes through this, which drops it.
    const mutable = lines as unknown as { _writeToOutput: (text: string) => void }
    mutable._writeToOutput = () => undefined
    lines.question('', (answer) => {
      lines.close()
      stderr.write('\n')
      resolve(answer)
    })
  })
}
