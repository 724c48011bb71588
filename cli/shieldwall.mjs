#!/usr/bin/env node
// The installed `shieldwall` command: the compiled CLI in dist/ (built by `npm install`, or by
// `npm run build` after a change). `npm run shieldwall` runs the TypeScript sources instead.
import module from 'node:module'

// Node keeps the compiled code of the modules on disk (os.tmpdir()) for the next start.
module.enableCompileCache?.()
let cli
try {
  cli = await import('../dist/cli/main.js')
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/cli/main.js')) throw e
  process.stderr.write('shieldwall: the CLI is not built yet: run `npm run build` (npm install does it)\n')
  process.exit(1)
}
// A reader that stops early (`shieldwall vocab | head`) closes the pipe: that ends the output, not in a crash.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw e
})
process.exitCode = await cli.runCli(process.argv.slice(2))
