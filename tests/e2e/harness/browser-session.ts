import { launchDriver, type BrowserName, type ExtensionDriver } from './extension-driver.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { startRequestLogger, type RequestLogger } from './request-logger.ts';

/** A browser with the extension, the fixture server, and the proxy that records requests leaving 127.0.0.1. */
export interface BrowserSession {
  server: FixtureServer;
  logger: RequestLogger;
  driver: ExtensionDriver;
  close(): Promise<void>;
}

export async function openBrowserSession(browserName: BrowserName): Promise<BrowserSession> {
  const server = await startFixtureServer();
  const logger = await startRequestLogger();
  const driver = await launchDriver(browserName, { proxy: logger });
  return {
    server,
    logger,
    driver,
    async close() {
      await driver.close();
      await logger.close();
      await server.close();
    },
  };
}
