import { createMemoryStorage } from './memory-storage'
import { describeRoomStorageContract } from './room-storage.contract'
import { describeRecordStoreContract } from './record-store.contract'

describeRoomStorageContract('memory storage', () => createMemoryStorage())
describeRecordStoreContract('memory storage', () => createMemoryStorage())
