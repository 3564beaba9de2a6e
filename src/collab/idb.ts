/**
 * The slice of IndexedDB the local room store uses, typed structurally: src/collab also
 * compiles without the DOM library, and both the browser's `indexedDB` and fake-indexeddb fit.
 */

/** An IndexedDB error as the store reports it. */
export interface IdbError {
  readonly name: string
  readonly message: string
}

/** A request; handlers take `never` so that the DOM's own handler types are assignable. */
export interface IdbRequest<T> {
  readonly result: T
  readonly error: IdbError | null
  onsuccess: ((event: never) => void) | null
  onerror: ((event: never) => void) | null
}

/** One object store inside a transaction. */
export interface IdbObjectStore {
  add(value: unknown): IdbRequest<unknown>
  put(value: unknown, key: string): IdbRequest<unknown>
  get(key: string): IdbRequest<unknown>
  getAll(): IdbRequest<unknown[]>
  clear(): IdbRequest<unknown>
}

/** A transaction over one or more stores. */
export interface IdbTransaction {
  readonly error: IdbError | null
  objectStore(name: string): IdbObjectStore
  oncomplete: ((event: never) => void) | null
  onabort: ((event: never) => void) | null
}

/** An open database. */
export interface IdbDatabase {
  readonly objectStoreNames: { contains(name: string): boolean }
  transaction(stores: string[], mode: 'readonly' | 'readwrite'): IdbTransaction
  createObjectStore(name: string, options?: { autoIncrement?: boolean }): unknown
  close(): void
  onversionchange: ((event: never) => void) | null
  onclose: ((event: never) => void) | null
}

/** A request to open a database. */
export interface IdbOpenRequest extends IdbRequest<IdbDatabase> {
  onupgradeneeded: ((event: never) => void) | null
  onblocked: ((event: never) => void) | null
}

/** The `indexedDB` global's methods the store needs. */
export interface IdbFactory {
  open(name: string, version?: number): IdbOpenRequest
  deleteDatabase(name: string): IdbRequest<unknown>
}

/** Resolves with the request's result, rejects with its error. */
export function settle<T>(request: IdbRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(toError(request.error))
  })
}

/** Resolves when the transaction commits, rejects when it aborts (quota, I/O error, closed db). */
export function committed(transaction: IdbTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve()
    transaction.onabort = () => reject(toError(transaction.error))
  })
}

/** An Error carrying the IndexedDB error's name (e.g. QuotaExceededError) in its message. */
export function toError(error: IdbError | null): Error {
  if (!error) return new Error('the local database aborted without a reason')
  return new Error(`${error.name}: ${error.message}`)
}
