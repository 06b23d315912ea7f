// @ts-check
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * NestJS 12 and several of its dependencies ship as ES modules only. Node 20 loads them through require(esm), but
 * Jest's module system does not (before Node 24.9), so Jest compiles every `"type": "module"` package to CommonJS
 * with SWC. The list is read from node_modules, so a new ESM dependency needs no change here.
 */
function esmPackages() {
  const root = join(__dirname, 'node_modules');
  const names = [];
  for (const entry of readdirSync(root)) {
    const folders = entry.startsWith('@') ? readdirSync(join(root, entry)).map((name) => `${entry}/${name}`) : [entry];
    for (const name of folders) {
      try {
        if (JSON.parse(readFileSync(join(root, name, 'package.json'), 'utf8')).type === 'module') names.push(name);
      } catch {
        // not a package folder
      }
    }
  }
  return names;
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** HTTP suites that also run on embedded PGlite (project e2e-embedded): every write endpoint and its refusals, the fuzz test among them; together they add about four minutes to `npm test` on 2 cores. */
const EMBEDDED_E2E = [
  'admission-corrections',
  'admissions',
  'assessments',
  'auth',
  'bed-import',
  'beds',
  'errors',
  'facilities',
  'fuzz',
  'health',
  'imports',
  'input',
  'kpi',
  'kpi-circle',
  'kpi-corrections',
  'kpi-people',
  'kpi-works',
  'kpi-medical',
  'linking',
  'medical',
  'queue-dashboard',
  'regions',
  'required-sets',
  'residents',
  'services',
  'tokens',
  'users',
  'waitlist',
];

/** @type {import('jest').Config} */
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj|cj)s$': ['@swc/jest', {}] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages().map(escape).join('|')})/)`],
  moduleNameMapper: {
    '^@yiyang/([a-z-]+)$': '<rootDir>/libs/$1/src',
    // The web app's aliases (apps/web/vite.config.mts), for the unit tests of its pure functions.
    '^@web/(.*)$': '<rootDir>/apps/web/src/$1',
    '^@shared/core/(.*)$': '<rootDir>/libs/core/src/domain/$1',
    '^@shared/kpi/(.*)$': '<rootDir>/libs/kpi/src/domain/$1',
    '^@shared/residents/(.*)$': '<rootDir>/libs/residents/src/domain/$1',
    '^@shared/assessments/(.*)$': '<rootDir>/libs/assessments/src/domain/$1',
    '^@shared/facilities/(.*)$': '<rootDir>/libs/facilities/src/domain/$1',
    '^@shared/auth/(.*)$': '<rootDir>/libs/auth/src/domain/$1',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,seeds}/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,seeds}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      slowTestThreshold: 15,
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      slowTestThreshold: 15,
    },
    {
      // The HTTP suites again on embedded PGlite (one backend, as `npm start` runs): code that waits on a second
      // connection inside a transaction fails here. Every write endpoint and its refusals are in these files;
      // processes.e2e-spec starts its own processes in both modes, and embedded-mode.e2e-spec runs on PGlite anyway.
      ...shared,
      displayName: 'e2e-embedded',
      testMatch: EMBEDDED_E2E.map((name) => `<rootDir>/test/${name}.e2e-spec.ts`),
      globalSetup: '<rootDir>/libs/testing/src/global-setup-embedded.ts',
      setupFiles: ['<rootDir>/libs/testing/src/embedded-backend.setup.ts'],
      slowTestThreshold: 15,
    },
    {
      // The web app in Chromium, served by the API over a test database with the demo data (test/browser/harness.ts).
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
      slowTestThreshold: 30,
    },
  ],
  testTimeout: 60_000,
};
