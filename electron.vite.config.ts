import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

// One build for three processes. The sync server's CLI is bundled beside the
// main process (out/main/server.js, with its export worker) so that
// `npm run serve` and the desktop app's embedded server run the same code.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          server: resolve('server/cli.ts'),
          // The server renders exports in a worker thread; it looks for this file beside itself.
          'export-worker': resolve('server/export-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    resolve: { dedupe: ['yjs'] },
    plugins: [react()],
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/renderer/index.html'),
          // The offline app shell's service worker: a fixed name at the root, so its scope is '/'.
          sw: resolve('src/renderer/src/service-worker/sw.ts')
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js')
        }
      }
    }
  }
})
