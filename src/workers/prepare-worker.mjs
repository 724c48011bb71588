// The prepare worker's entry: a worker thread does not inherit the loader that runs the hub's
// TypeScript (tsx, whether started by `tsx`, `node --import tsx`, the CLI's register() or vitest),
// so it registers tsx itself before loading the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./prepare-worker.ts')
