import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeAccountStore } from '../accounts/account-store.contract'
import { createSqliteStorage } from './sqlite-storage'

describeAccountStore('SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-accounts-'))
  const storage = createSqliteStorage(join(dir, 'claimdesk.sqlite'))
  return Promise.resolve({
    store: storage.accounts,
    close: async () => {
      await storage.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
