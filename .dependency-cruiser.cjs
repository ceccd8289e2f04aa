// Architecture rules, checked by `npm run lint` (depcruise) on every `npm test`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-file-cycles',
      severity: 'error',
      comment:
        'No file imports itself back through others. Type-only imports count too: a cycle through types still ties the files together and is one refactor away from a runtime cycle.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment:
        'No folder of lib/ (nor machines/, components/, entrypoints/) imports a folder that imports it back, directly or round a longer loop: each folder is a layer used in one direction. Type-only imports count.',
      scope: 'folder',
      from: { path: '^(lib|machines|components|entrypoints)/' },
      to: { path: '^(lib|machines|components|entrypoints)/', circular: true },
    },
    {
      name: 'components-not-db',
      severity: 'error',
      comment: 'Components show data and call actions: they do not import lib/db (not even types) or Dexie.',
      from: { path: '^components/' },
      to: { path: ['^lib/db/', '(^|/)node_modules/dexie/'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    // node_modules is not excluded (imports of Dexie must stay visible), only not followed.
    exclude: { path: '^(\\.output|\\.wxt|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // The extension's bundler (Vite) resolves like this; `wxt/browser` and friends are export maps.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
