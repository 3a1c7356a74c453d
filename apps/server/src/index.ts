// @kepu/server: the HTTP application and its start-up.

export { runNotificationJob } from './accountability/notification-job.ts';
export type { AppOptions } from './app.ts';
export { buildApp } from './app.ts';
export { previewOutlineUpload } from './plan/outline-upload.ts';
export type { DemoAccount } from './seed.ts';
export { demoAccounts, everyDemoAccount, seedDemo } from './seed.ts';
export type { StartOptions } from './start.ts';
export { defaultWebRoot, startServer, version } from './start.ts';
