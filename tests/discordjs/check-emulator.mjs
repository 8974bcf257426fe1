// Checks the local Discord emulator with discord.js, a client nobody on this project wrote.
//
//   node tests/discordjs/check-emulator.mjs <apiBase> <token>
//   (or EMULATOR_API_BASE / EMULATOR_TOKEN in the environment)
//
// It logs in (discord.js reads the gateway URL from GET <apiBase>/v10/gateway/bot), waits until the client is ready
// with the guild cached, and prints one line per step so a test can drive the emulator:
//   READY guilds=<n> members=<n>      -> the test sends op 7 (reconnect)
//   RESUMED replayed=<n>              -> the test pushes a MESSAGE_CREATE
//   MESSAGE <username>: <content>     -> done, exit 0
// Any failure or a timeout prints "FAIL <reason>" and exits non-zero.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const apiBase = process.argv[2] ?? process.env.EMULATOR_API_BASE;
const token = process.argv[3] ?? process.env.EMULATOR_TOKEN;
const timeoutMs = Number(process.env.CHECK_TIMEOUT_MS ?? 30000);
if (!apiBase || !token) {
  console.error('usage: node check-emulator.mjs <apiBase> <token>  (or EMULATOR_API_BASE / EMULATOR_TOKEN)');
  process.exit(2);
}

let step = 'login';
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
  rest: { api: apiBase },
});

async function finish(code, line) {
  clearTimeout(timer);
  console.log(line);
  try {
    await client.destroy();
  } finally {
    process.exit(code);
  }
}

const fail = (reason) => finish(1, `FAIL ${reason}`);
const timer = setTimeout(() => fail(`timed out after ${timeoutMs} ms waiting for step "${step}"`), timeoutMs);

client.once(Events.ClientReady, (ready) => {
  const guild = ready.guilds.cache.first();
  if (!guild) {
    fail('ready without a cached guild');
    return;
  }
  step = 'resume';
  console.log(`READY guilds=${ready.guilds.cache.size} members=${guild.members.cache.size}`);
});

client.on(Events.ShardResume, (shardId, replayed) => {
  step = 'message';
  console.log(`RESUMED replayed=${replayed}`);
});

client.on(Events.MessageCreate, (message) => {
  if (step !== 'message') {
    fail(`MESSAGE_CREATE arrived before the resume (step "${step}")`);
    return;
  }
  finish(0, `MESSAGE ${message.author.username}: ${message.content}`);
});

client.on(Events.ShardDisconnect, (event, shardId) => fail(`shard ${shardId} disconnected for good: ${event.code}`));
client.on(Events.Error, (error) => fail(`client error: ${error.message}`));
client.on(Events.ShardError, (error, shardId) => fail(`shard ${shardId} error: ${error.message}`));
if (process.env.CHECK_DEBUG === '1') {
  client.on(Events.Debug, (message) => console.error(message));
}

client.login(token).catch((error) => fail(`login failed: ${error.message}`));
