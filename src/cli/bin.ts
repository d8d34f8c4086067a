// The entry of the built command line (scripts/build-cli.mjs bundles it into dist-cli/).
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
