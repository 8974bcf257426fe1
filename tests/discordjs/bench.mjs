// discord.js 14 side of the gateway benchmark (tools/bench-gateway.sh runs it through tests/GatewayBench).
// Same line protocol as GameTime's bench client:
//   READY <ms since process start> <rss bytes> <members cached>
//   "count" -> COUNT <messageCreate + presenceUpdate events emitted>
//   "rss"   -> RSS <bytes>
//   "quit"  -> exit
// Environment: BENCH_API_BASE, BENCH_TOKEN. discord.js uses zlib-stream when zlib-sync is installed
// (the benchmark script installs it without saving it), as GameTime's client does.
import { createInterface } from 'node:readline';
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({
  intents: [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMembers,
    GatewayIntentBits.GuildVoiceStates,
    GatewayIntentBits.GuildPresences,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.GuildMessageReactions,
    GatewayIntentBits.MessageContent,
  ],
  rest: { api: process.env.BENCH_API_BASE },
});

let handled = 0;
client.on(Events.MessageCreate, () => { handled++; });
client.on(Events.PresenceUpdate, () => { handled++; });

const rss = () => {
  if (globalThis.gc) globalThis.gc();
  return process.memoryUsage.rss();
};

client.once(Events.ClientReady, (ready) => {
  let members = 0;
  for (const guild of ready.guilds.cache.values()) members += guild.members.cache.size;
  console.log(`READY ${(process.uptime() * 1000).toFixed(0)} ${rss()} ${members}`);
});

createInterface({ input: process.stdin }).on('line', async (line) => {
  switch (line.trim()) {
    case 'count': console.log(`COUNT ${handled}`); break;
    case 'rss': console.log(`RSS ${rss()}`); break;
    case 'quit': await client.destroy(); process.exit(0);
  }
});

client.login(process.env.BENCH_TOKEN).catch((error) => {
  console.error(`FAIL ${error.message}`);
  process.exit(1);
});
