/** `npm start`: one hub process configured from the environment. */
import { ConfigError, loadConfig } from './config'
import { serve } from './hub'

try {
  await serve(loadConfig())
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`shieldwall: bad configuration: ${err.message}`)
    process.exit(2)
  }
  console.error(`shieldwall: could not start: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
}
