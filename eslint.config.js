// Lint rules that hold the architecture: see ARCHITECTURE.md for who may import what.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// Tests may reach behind a layer (e.g. to tamper with a row and see the hub notice).
const layer = (files, patterns) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
})
// A second rule name, so that it adds to the layer rules instead of replacing them for the same files.
const capabilityFace = (files, patterns) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
})

// Surfaces meet only in src/surfaces/ and hub.ts. The same rule name as capabilityFace, which
// covers src/domain/ only, so the two never meet on one file.
const surfaceApart = (dir, others) =>
  capabilityFace([`${dir}/**/*.ts`], [
    { regex: `^\\.{1,2}/(?:.*/)?(?:${others.join('|')})(?:/|$)`, message: `${dir}/ does not import ${others.join('/ or ')}/: surfaces meet only in src/surfaces/ and hub.ts` },
  ])

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'web/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The web console: type-aware like the rest, through web/tsconfig.json.
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(['src/core/**/*.ts'], [{ group: ['../*', '!./*'], message: 'core depends on nothing' }]),
  layer(['src/tlp/**/*.ts'], [{ group: ['../domain/*', '../http/*', '../store/*', '../bus/*'], message: 'tlp imports only core' }]),
  layer(['src/client/**/*.ts'], [{ group: ['../*', '!./*'], message: 'the client is the API as a caller sees it: it imports none of the hub' }]),
  layer(['src/formats/**/*.ts'], [
    { group: ['**/domain/*', '**/domain', '**/store/*', '**/bus/*', '**/http/*', '**/live/*', '**/jobs/*', '**/taxii/*', '**/workers/*', '**/hub', '**/config'], message: 'formats are pure standards code: they import only core/ and tlp/' },
  ]),
  // A capability reaches another only through its index.ts (its public face).
  capabilityFace(['src/domain/*/*.ts'], [{ regex: '^\\.\\./[^./][^/]*/(?!index$).+', message: 'reach another capability through its index.ts' }]),
  capabilityFace(['src/domain/*/*/*.ts'], [{ regex: '^\\.\\./\\.\\./[^./][^/]*/(?!index$).+', message: 'reach another capability through its index.ts' }]),
  capabilityFace(['src/domain/*.ts'], [{ regex: '^\\./[^/]+/(?!index$).+', message: 'reach a capability through its index.ts' }]),
  layer(['src/domain/**/*.ts'], [
    { group: ['fastify', 'fastify/*', '@fastify/*', 'pg', 'better-sqlite3', '@nats-io/*', 'ws'], message: 'domain code does not know transports or drivers' },
    { group: ['**/http/*', '**/live/*', '**/taxii/*'], message: 'domain code does not import adapters' },
  ]),
  layer(['src/http/**/*.ts', 'src/live/**/*.ts', 'src/taxii/**/*.ts', 'cli/**/*.ts'], [
    { group: ['pg', 'better-sqlite3', '@nats-io/*'], message: 'adapters do not know drivers' },
  ]),
  // Surfaces are registered by hub.ts and share only src/surfaces/: none imports another, so no circle.
  surfaceApart('src/http', ['live', 'taxii', 'console']),
  surfaceApart('src/live', ['http', 'taxii', 'console']),
  surfaceApart('src/taxii', ['http', 'live']),
  surfaceApart('src/surfaces', ['http', 'live', 'taxii', 'console']),
  surfaceApart('src/console', ['http', 'live', 'taxii']),
)
