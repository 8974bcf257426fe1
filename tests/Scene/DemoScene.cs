using System.Globalization;
using System.Text.Json.Nodes;
using GameTime.DiscordEmulator;

namespace GameTime.Scene;

/// <summary>
/// A short evening in the demo community, played against the real bot: members come and go in voice, the daily
/// schedule is sent and voted on with reactions, a squad back from a match gets an LFG call, an administrator asks
/// for the community graph, Discord asks for a reconnect, and the admin console draws charts afterwards. Each step
/// waits until the bot has logged or done what it should.
/// </summary>
public static class DemoScene
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(20);

    private const ulong Guild = DemoCommunity.GuildId;
    private const ulong Squad1 = 900000000000000200, ScheduleChannel = 900000000000000100, General = 900000000000000103;
    private const ulong AshMain = 900000000000001001, Tom = 900000000000001002, Zoe = 900000000000001003, Dima = 900000000000001004;
    private const ulong Valkyrie = 900000000000001007, Sofia = 900000000000001099;

    /// <summary>
    /// Runs the scene; returns 0 when the bot saw and did everything, 1 otherwise. The admin console's charts of the
    /// demo community are written into <paramref name="charts"/> (tools/demo.sh: demo-output/ in the repository).
    /// </summary>
    public static async Task<int> RunAsync(string bot, TextWriter output, string charts)
    {
        // Heartbeats every 5 s (Discord: 41.25 s) so a minute-long scene still beats; 1 s was too tight on a busy machine,
        // where a late ACK made the bot drop a healthy connection and an interaction in flight with it.
        await using var emulator = await DiscordEmulator.DiscordEmulator.StartAsync(new EmulatorOptions { HeartbeatIntervalMs = 5000, HeartbeatSlack = 3 });
        var community = DemoCommunity.Seed(emulator);
        Say(output, $"Discord emulator at {emulator.ApiBase} with \"{community.Name}\": {community.Members.Count} members");

        var data = Directory.CreateTempSubdirectory("gametime-scene-");
        var environment = new Dictionary<string, string>
        {
            ["ENV"] = "prod",
            ["BOT_TOKEN"] = emulator.Options.BotToken,
            ["DISCORD_API_BASE"] = emulator.ApiBase.ToString(),
            ["DATABASE_PATH"] = Path.Combine(data.FullName, "gametime.db"),
            ["LOG_LEVEL"] = "info",
        };
        Say(output, "filling the bot's database with 90 days of a fake community's voice activity: gametime admin demo-data");
        if (await RunVerbAsync(bot, environment, data.FullName, output, "admin", "demo-data", "--guild", Guild.ToString(CultureInfo.InvariantCulture)) != 0)
            return Failed(output, "admin demo-data failed");
        Say(output, $"starting the bot: {bot} run");
        await using var process = BotProcess.Start(bot, environment, data.FullName, output);
        try
        {
            await process.WaitForLineAsync("guild 'Siege Squad' loaded", StepTimeout);
            await emulator.WaitForReadyAsync(StepTimeout);

            await Step(output, process, "Valkyrie Cams leaves 'Ranked grind'", "voice: Valkyrie Cams left voice 'Ranked grind'",
                () => emulator.VoiceLeaveAsync(Guild, Valkyrie));
            await Step(output, process, "Sofía joins the server", "member Sofía joined 'Siege Squad'",
                () => emulator.MemberAddAsync(Guild, new EmulatedMember(Sofia, "sofia.r6", "Sofía")));
            await Step(output, process, "Sofía joins 'Squad 1'", "voice: Sofía joined voice 'Squad 1'",
                () => emulator.VoiceJoinAsync(Guild, Sofia, Squad1));
            await Step(output, process, "Sofía launches Rainbow Six Siege", "presence: Sofía is in Rainbow Six Siege: in MENU",
                () => emulator.SetPresenceAsync(Guild, Sofia, "online", new EmulatedActivity("Rainbow Six Siege", 0, "in MENU")));
            await Step(output, process, "Ash Main's squad starts a ranked match", "presence: Ash Main is in Rainbow Six Siege: RANKED match 1 of 9",
                () => emulator.SetPresenceAsync(Guild, AshMain, "online", new EmulatedActivity("Rainbow Six Siege", 0, "RANKED match 1 of 9")));
            await Step(output, process, "Zoé puts on music instead (Spotify only)", "presence: Zoé Lefèvre stopped playing Rainbow Six Siege",
                () => emulator.SetPresenceAsync(Guild, Zoe, "online", new EmulatedActivity("Spotify", 2, "Some song")));
            var registered = await emulator.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal), StepTimeout);
            Say(output, $"the bot registered {emulator.Commands().Count} slash commands ({registered.Method} {registered.Path})");
            await Command(output, emulator, "Ash Main (moderator)", AshMain, "modtextschedulechannel", Option("channel", 7, ScheduleChannel.ToString(CultureInfo.InvariantCulture)));
            await Command(output, emulator, "Tom (member)", Tom, "modtextschedulechannel", Option("channel", 7, ScheduleChannel.ToString(CultureInfo.InvariantCulture)));
            await Command(output, emulator, "Zoé", Zoe, "setmytimezone", Option("timezone", 3, "Europe/Paris"));
            await Command(output, emulator, "Tom", Tom, "setmytimezone", Option("timezone", 3, "US/Central"));
            await Command(output, emulator, "Sofía", Sofia, "setmytimezone", Option("timezone", 3, "Mars/Olympus"));
            await Command(output, emulator, "Ash Main", AshMain, "gettimezones");
            await DailyScheduleAsync(output, emulator);
            await AutoLfgAsync(output, emulator);
            await Command(output, emulator, "Zoé", Zoe, "bet");
            await Command(output, emulator, "Ash Main (administrator)", AshMain, "modshowcommunity", Option("from_day_ago", 4, 30));
            await Command(output, emulator, "Valkyrie Cams (moderator)", Valkyrie, "modshowcommunity");

            await Step(output, process, "Discord asks the bot to reconnect (op 7)", "session resumed",
                emulator.SendReconnectAsync);
            await Step(output, process, "Дима moves from 'Squad 2' to 'Squad 1'", "voice: Дима moved from 'Squad 2' to 'Squad 1'",
                () => emulator.VoiceMoveAsync(Guild, Dima, Squad1));
            await Step(output, process, "Tom 🔥 leaves for the night", "voice: Tom 🔥 left voice 'Squad 1'",
                () => emulator.VoiceLeaveAsync(Guild, Tom));

            Say(output, "the bot keeps its session alive with heartbeats");
            await emulator.WaitForFrameAsync(f => f.Op == 1, StepTimeout);

            Say(output, "stopping the bot (SIGTERM)");
            int exit = await process.StopAsync(StepTimeout);
            var sent = emulator.Received.GroupBy(f => f.Op).OrderBy(g => g.Key)
                .Select(g => $"{g.Count()} × {OpName(g.Key)}");
            Say(output, $"the bot sent the gateway: {string.Join(", ", sent)}");
            Say(output, $"connections: {emulator.ConnectionCount}, identifies: {emulator.IdentifyCount}, resumes: {emulator.ResumeCount}; bot exit code {exit}");
            if (exit != 0) throw new InvalidOperationException($"the bot exited with {exit}");

            Directory.CreateDirectory(charts);
            Say(output, $"the admin console draws the community charts from the same database into {charts}");
            foreach (var chart in new[] { "community", "weekly", "weekday", "in-server" })
            {
                var file = Path.Combine(charts, $"{chart}.png");
                if (await RunVerbAsync(bot, environment, data.FullName, output, "admin", chart, "--out", file) != 0)
                    throw new InvalidOperationException($"admin {chart} failed");
            }
            Say(output, "scene complete");
            return 0;
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            return Failed(output, ex.Message);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    /// <summary>The moderator sends a fresh schedule for today; members vote with reactions (a thumbs-up is not a vote).</summary>
    private static async Task DailyScheduleAsync(TextWriter output, DiscordEmulator.DiscordEmulator emulator)
    {
        await Command(output, emulator, "Ash Main", AshMain, "modvoicechannel", Option("channel", 7, Squad1.ToString(CultureInfo.InvariantCulture)));
        await Command(output, emulator, "Ash Main", AshMain, "modtextmainchannel", Option("channel", 7, General.ToString(CultureInfo.InvariantCulture)));
        // Setting the channel sent the day's message already, unless the day's slots were over: a forced one is there
        // whatever the hour, and the answer comes once it and its 12 reactions are.
        await Command(output, emulator, "Ash Main", AshMain, "modforcesendschedule");
        var daily = emulator.Messages(ScheduleChannel)[^1];
        Say(output, $"the daily message in #schedule has {daily.Reactions.Count} reactions: {string.Join(' ', daily.Reactions.Select(r => r.Emoji))}");
        Say(output, "Zoé reacts 7️⃣, Tom reacts 7️⃣ and 9️⃣, Zoé also reacts 👍");
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, daily.Id, Zoe, "7️⃣");
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, daily.Id, Tom, "7️⃣");
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, daily.Id, Tom, "9️⃣");
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, daily.Id, Zoe, "👍");
        var voted = await emulator.WaitForMessageAsync(ScheduleChannel,
            m => m.Id == daily.Id && Description(m).Split('\n').Any(l => l.Contains("**9pm**", StringComparison.Ordinal) && l.Contains("Tom", StringComparison.Ordinal))
                && Description(m).Split('\n').Any(l => l.Contains("**7pm**", StringComparison.Ordinal) && l.Contains("Zoé", StringComparison.Ordinal)),
            StepTimeout);
        foreach (var line in Description(voted).Split('\n').Where(l => l.Contains(':', StringComparison.Ordinal) && (l.Contains("**7pm**", StringComparison.Ordinal) || l.Contains("**9pm**", StringComparison.Ordinal))))
            output.WriteLine($"   bot │ → (edited, {voted.EditCount} edit{(voted.EditCount == 1 ? "" : "s")}) {line}");
    }

    /// <summary>Ash Main and Tom finish a ranked match and are back in the menu: the channel has a seat, so the bot calls for one.</summary>
    private static async Task AutoLfgAsync(TextWriter output, DiscordEmulator.DiscordEmulator emulator)
    {
        Say(output, "Tom joins Ash Main's ranked match; then both are back in the menu");
        await emulator.SetPresenceAsync(Guild, Tom, "online", new EmulatedActivity("Rainbow Six Siege", 0, "RANKED match 1 of 9"));
        await emulator.SetPresenceAsync(Guild, AshMain, "online", new EmulatedActivity("Rainbow Six Siege", 0, "in MENU", "Party of 3"));
        await emulator.SetPresenceAsync(Guild, Tom, "online", new EmulatedActivity("Rainbow Six Siege", 0, "in MENU"));
        var call = await emulator.WaitForMessageAsync(General, m => m.Content.Contains("looking for", StringComparison.Ordinal), StepTimeout);
        output.WriteLine($"   bot │ → in #general: {call.Content}");
    }

    private static string Description(StoredMessage message) =>
        (string?)message.Json["embeds"]?.AsArray().FirstOrDefault()?["description"] ?? "";

    private static int Failed(TextWriter output, string why)
    {
        Say(output, $"scene FAILED: {why}");
        return 1;
    }

    /// <summary>Runs a verb of the bot that ends by itself; its output is echoed like the bot's log.</summary>
    private static async Task<int> RunVerbAsync(string bot, IReadOnlyDictionary<string, string> environment, string folder, TextWriter output,
        params string[] verb)
    {
        await using var process = BotProcess.Start(bot, environment, folder, output, verb);
        return await process.WaitForExitAsync(StepTimeout * 3);
    }

    private static async Task Step(TextWriter output, BotProcess bot, string what, string expected, Func<Task> act)
    {
        Say(output, what);
        await act();
        await bot.WaitForLineAsync(expected, StepTimeout);
    }

    /// <summary>A member runs a slash command; prints the bot's answer as the member sees it.</summary>
    private static async Task Command(TextWriter output, DiscordEmulator.DiscordEmulator emulator, string who, ulong userId, string name, JsonArray? options = null)
    {
        string shown = string.Join(' ', (options ?? []).Select(o => $"{o!["name"]}:{o["value"]}"));
        Say(output, $"{who}: /{name} {shown}".TrimEnd());
        var interaction = await emulator.SlashCommandAsync(Guild, General, userId, name, options);
        var callback = await interaction.WaitForCallbackAsync(StepTimeout);
        var message = callback.Type == 5
            ? await interaction.WaitForOriginalAsync(StepTimeout, m => (string?)m["content"] is { Length: > 0 } || m["attachments"] is JsonArray { Count: > 0 })
            : callback.Data!;
        bool ephemeral = ((int?)message["flags"] & 64) == 64 || interaction.OriginalEphemeral;
        string text = (string?)message["content"] is { Length: > 0 } content ? content : "";
        foreach (var embed in message["embeds"]?.AsArray() ?? [])
        {
            text += $"[{embed!["title"]}]";
            foreach (var field in embed["fields"]?.AsArray() ?? [])
                text += $" {field!["name"]}: {((string?)field["value"])?.Replace('\n', ',')};";
            text += $" {embed["footer"]?["text"]}";
        }
        foreach (var file in message["attachments"]?.AsArray() ?? [])
            text += $" [attached {file!["filename"]}, {(int?)file["size"]:#,0} bytes]";
        output.WriteLine($"   bot │ → {(ephemeral ? "(only they see) " : "")}{text}");
    }

    private static JsonArray Option(string name, int type, JsonNode value) => [new JsonObject { ["name"] = name, ["type"] = type, ["value"] = value }];

    private static void Say(TextWriter output, string text) => output.WriteLine($" scene │ {text}");

    private static string OpName(int op) => op switch
    {
        1 => "heartbeat",
        2 => "identify",
        3 => "presence update",
        4 => "voice state update",
        6 => "resume",
        8 => "request guild members",
        _ => $"op {op}",
    };
}
