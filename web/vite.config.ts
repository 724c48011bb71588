/**
 * The console's build: web/ → dist/web (served by the hub at /). Run by scripts/build.ts during
 * `npm install`; `npx vite --config web/vite.config.ts` serves it with hot reload, proxying /api
 * to a hub on HUB_URL (default http://127.0.0.1:8080).
 */
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const hub = process.env.HUB_URL ?? 'http://127.0.0.1:8080'

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../dist/web'),
    emptyOutDir: true,
    // No inline scripts or module-preload polyfill: the CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 700,
  },
  server: { proxy: { '/api': { target: hub, ws: true } } },
})
