// `npm start` on a busy port: one line saying so, and the next free port.
import net from 'node:net';

it('takes the next free port when the configured one is in use, and says so in one line', async () => {
  const busy = net.createServer();
  await new Promise<void>((resolve) => busy.listen(0, resolve));
  const port = (busy.address() as net.AddressInfo).port;
  process.env.npm_package_config_dev_server_port = String(port);
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../webpack.config.js') as (env: object, argv: object) => Promise<{ devServer: { port: number } }>;
    const served = await config({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(served.devServer.port).toBeGreaterThan(port);
    const lines = warn.mock.calls.map((c) => String(c[0])).filter((l) => l.includes(String(port)));
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^Port ${port} is in use: serving on ${served.devServer.port} `))]);
    expect(lines[0]).not.toContain('\n');
  } finally {
    warn.mockRestore();
    delete process.env.npm_package_config_dev_server_port;
    busy.close();
  }
});
