import { describeAccountStore } from '../accounts/account-store.contract'
import { createMemoryAccounts } from './memory-accounts'

describeAccountStore('memory', () =>
  Promise.resolve({ store: createMemoryAccounts(), close: () => Promise.resolve() })
)
