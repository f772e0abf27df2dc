import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { type DemoServer, startDemoServer } from './server.js';

let server: Promise<DemoServer> | undefined;
let browser: Promise<Browser> | undefined;

/** One demo server and one browser for the whole browser-test run (they take seconds to start). */
export function demo(): Promise<DemoServer> {
  server ??= startDemoServer().then((s) => {
    process.once('exit', () => {
      void s.stop();
    });
    return s;
  });
  return server;
}

export function browserInstance(): Promise<Browser> {
  browser ??= launchBrowser().then((b) => {
    process.once('exit', () => {
      void b.close();
    });
    return b;
  });
  return browser;
}
