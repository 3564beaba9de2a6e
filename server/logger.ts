/** The server's logging port: one structured line per event. */

/** Extra structured facts attached to a log line. */
export type LogFields = Readonly<Record<string, unknown>>

/** Where the server reports what happened; implementations must not throw. */
export interface Logger {
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
}

type Level = 'info' | 'warn' | 'error'

/** Something a JSON-line logger can write to (process.stderr by default). */
export interface LineSink {
  write(line: string): unknown
}

/** Errors become their message; everything else passes through for JSON.stringify. */
function plainFields(fields: LogFields | undefined): Record<string, unknown> {
  const plain: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields ?? {})) {
    plain[key] = value instanceof Error ? value.message : value
  }
  return plain
}

/** A logger writing one JSON object per line: `{"time","level","msg",...fields}`. */
export function createJsonLineLogger(sink: LineSink = process.stderr): Logger {
  const write = (level: Level, message: string, fields?: LogFields): void => {
    const line = { time: new Date().toISOString(), level, msg: message, ...plainFields(fields) }
    try {
      sink.write(`${JSON.stringify(line)}\n`)
    } catch {
      // A logger must never take the server down (e.g. a closed stderr pipe).
    }
  }
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields)
  }
}

/** A logger that drops everything; the default for tests and embedding. */
export function createSilentLogger(): Logger {
  const ignore = (): void => undefined
  return { info: ignore, warn: ignore, error: ignore }
}
