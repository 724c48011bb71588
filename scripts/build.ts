/**
 * `npm run build` (also run by `npm install`/`npm ci` as `prepare`): compiles src/ and cli/ to
 * dist/ so that `npm start` and the `shieldwall` bin run plain JavaScript, without compiling
 * TypeScript on every start.
 *
 * The sources import relative modules without extensions (`'./config'`, `'./domain/members'`),
 * which Node's ES module loader does not resolve. tsc leaves specifiers as written, so the emit
 * rewrites each relative specifier to the file the compiler itself resolved it to (`./config.js`,
 * `./domain/members/index.js`). Incremental: a second run re-emits only what changed.
 * Then Vite builds the web console (web/) into dist/web, which the hub serves at `/`.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { build as viteBuild } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')
const OUT = join(ROOT, 'dist')
/** Files read at run time next to the module that reads them (via import.meta.url). */
const ASSET = /\.peggy$/
const BUILT_STAMP = '.built'

function loadBuildConfig(): ts.ParsedCommandLine {
  const path = join(ROOT, 'tsconfig.build.json')
  const parsed = ts.getParsedCommandLineOfConfigFile(path, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail([d]) })
  if (!parsed) throw new Error(`cannot read ${path}`)
  if (parsed.errors.length) fail(parsed.errors)
  return parsed
}

function fail(diagnostics: readonly ts.Diagnostic[]): never {
  const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' }
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host))
  process.exit(1)
}

const isRelative = (spec: string): boolean => spec.startsWith('./') || spec.startsWith('../')
const hasRuntimeExtension = (spec: string): boolean => /\.(m?js|json|node)$/.test(spec)

/** './config' → './config.js', './domain/members' → './domain/members/index.js', as the compiler resolved them. */
function runtimeSpecifier(spec: string, fromFile: string, options: ts.CompilerOptions): string {
  if (!isRelative(spec) || hasRuntimeExtension(spec)) return spec
  const resolved = ts.resolveModuleName(spec, fromFile, options, ts.sys).resolvedModule
  if (!resolved || resolved.isExternalLibraryImport) throw new Error(`${relative(ROOT, fromFile)}: cannot resolve "${spec}"`)
  const target = relative(dirname(fromFile), resolved.resolvedFileName).replace(/\.ts$/, '.js').split('\\').join('/')
  return target.startsWith('.') ? target : `./${target}`
}

function rewriteSpecifiers(options: ts.CompilerOptions): ts.TransformerFactory<ts.SourceFile> {
  return (context) => (sourceFile) => {
    const { factory } = context
    const literal = (node: ts.Expression): ts.StringLiteral | null => (ts.isStringLiteral(node) ? factory.createStringLiteral(runtimeSpecifier(node.text, sourceFile.fileName, options)) : null)
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isImportDeclaration(node)) {
        return factory.updateImportDeclaration(node, node.modifiers, node.importClause, literal(node.moduleSpecifier) ?? node.moduleSpecifier, node.attributes)
      }
      if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
        return factory.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, literal(node.moduleSpecifier) ?? node.moduleSpecifier, node.attributes)
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments.length > 0) {
        const spec = literal(node.arguments[0]!)
        if (spec) return factory.updateCallExpression(node, node.expression, node.typeArguments, [spec, ...node.arguments.slice(1)])
      }
      return ts.visitEachChild(node, visit, context)
    }
    return ts.visitEachChild(sourceFile, visit, context)
  }
}

function copyAssets(dir: string): void {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) copyAssets(path)
    else if (ASSET.test(entry.name)) {
      mkdirSync(dirname(join(OUT, path)), { recursive: true })
      copyFileSync(join(ROOT, path), join(OUT, path))
    }
  }
}

function build(): void {
  const config = loadBuildConfig()
  const program = ts.createIncrementalProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences })
  const syntax = program.getSyntacticDiagnostics()
  if (syntax.length) fail(syntax)
  const emitted = program.emit(undefined, undefined, undefined, false, { after: [rewriteSpecifiers(config.options)] })
  if (emitted.diagnostics.length) fail(emitted.diagnostics)
  copyAssets('src')
  // What test/compiled.ts compares the sources' times with, to tell a stale build.
  writeFileSync(join(OUT, BUILT_STAMP), `${new Date().toISOString()}\n`)
}

/** The web console: web/ → dist/web, as web/vite.config.ts says. */
async function buildConsole(): Promise<void> {
  await viteBuild({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' })
}

build()
await buildConsole()
