import { setUpTestServices } from './global-setup';

/** Jest globalSetup of the e2e-embedded project: the migrated PGlite template, built once before the workers start. */
export default function globalSetup(): Promise<void> {
  return setUpTestServices('pglite');
}
