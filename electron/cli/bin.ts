/** The compiled CLI's entry (out/main/cli.js): runs the `cashflow` program on this process's arguments. */
import { main } from './main';

await main(process.argv.slice(2));
