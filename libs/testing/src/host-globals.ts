/**
 * The global object's own properties before global setup loaded anything: global-setup.ts imports this module first,
 * so it is evaluated before the modules that add their own.
 */
const untouched = new Set(Object.getOwnPropertyNames(globalThis));

/**
 * Takes back every property global setup's imports added to the global object.
 *
 * Global setup runs in Jest's own process, and with one worker (`--runInBand`, as Jest runs on two cores) the test
 * files run in that process too. jest-environment-node, loaded after global setup, copies every property of this
 * process's global object onto each test file's global. TypeORM keeps its entity metadata there
 * (`typeormMetadataArgsStorage`; class-validator and Swagger keep theirs there too), so once global setup had loaded
 * TypeORM, every test file registered its entities in that one shared storage, and the storage held each file's whole
 * module registry (its Nest app, DataSource and all) to the end of the run: about 35 MB more heap per test file.
 */
export function removeGlobalsAddedByImports(): void {
  // Names only: jest-environment-node copies no symbol-keyed properties.
  for (const name of Object.getOwnPropertyNames(globalThis)) if (!untouched.has(name)) Reflect.deleteProperty(globalThis, name);
}
