import { createMemoryStorage } from './memory-storage'
import { describeRoomStorageContract } from './room-storage.contract'

describeRoomStorageContract('memory storage', () => createMemoryStorage())
