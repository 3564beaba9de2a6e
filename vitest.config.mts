import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { dedupe: ['yjs'] },
  test: {
    include: [
      'src/**/*.test.ts',
      'server/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/property/**/*.test.ts',
      'scripts/**/*.test.ts',
      'src/renderer/src/**/*.test.ts'
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 30_000
  }
})
