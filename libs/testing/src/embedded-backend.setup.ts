/**
 * Jest setupFiles of the e2e-embedded project: every test database of the file is embedded PGlite, and apps run in
 * embedded mode (each test file has its own copy of process.env).
 */
process.env.TEST_DATABASE_BACKEND = 'pglite';
