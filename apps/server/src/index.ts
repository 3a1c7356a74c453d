// @kepu/server: the HTTP application and its start-up.
export { buildApp } from './app.ts';
export type { AppOptions } from './app.ts';
export { defaultWebRoot, startServer, version } from './start.ts';
export type { StartOptions } from './start.ts';
export { demoAccounts, seedDemo } from './seed.ts';
export { runNotificationJob } from './accountability/notification-job.ts';
export type { DemoAccount } from './seed.ts';
export { hashPassword } from './auth/passwords.ts';
export { dataSetNames, exportSet, importSet } from './indicators/exchange/sets.ts';
export { ctxFor } from './indicators/tx.ts';
