using GameTime.Features.Configuration;
using GameTime.Features.Data;
using GameTime.Features.Schedule;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Events;
using GameTime.Gateway.Wire;
using GameTime.Tests.Rest;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameTime.Tests.Schedule;

/// <summary>One guild with a schedule channel and a tracked voice channel, a fake Discord, a fake clock, and the service.</summary>
internal sealed class ScheduleWorld : IDisposable
{
    public const ulong Guild = 1, ScheduleChannel = 2, Voice = 3, OtherVoice = 4, GoldRole = 50;
    public const ulong Ash = 101, Tom = 102, Zoe = 103, OtherBot = 199;

    private readonly TempFolder _folder = new();

    public ScheduleWorld(DateTimeOffset now)
    {
        Clock.SetUtcNow(now);
        Database = new Database(_folder.File("gametime.db"));
        Database.Migrate(Clock);
        Discord = new FakeScheduleDiscord(Clock);
        var config = new GuildConfigStore(Database, Clock);
        config.SetChannel(Guild, "Siege Squad", ConfigChannel.Schedule, ScheduleChannel);
        config.AddVoiceChannel(Guild, "", Voice);
        Cache.BotUserId = FakeScheduleDiscord.BotId;
        Cache.ApplyGuild(new JsonGuild
        {
            Id = Guild,
            Name = "Siege Squad",
            Roles = [new JsonRole { Id = GoldRole, Name = "Gold" }],
            Members = [Member(Ash, "Ash 🔥", [GoldRole]), Member(Tom, "Tom"), Member(Zoe, "Zoë"), Member(OtherBot, "Other bot", bot: true)],
            VoiceStates = [],
        });
        Service = NewService();
    }

    public TimerClock Clock { get; } = new();
    public Database Database { get; }
    public FakeScheduleDiscord Discord { get; }
    public GuildCache Cache { get; } = new();
    public ScheduleService Service { get; private set; }

    /// <summary>A new process on the same database and Discord (the bot restarted).</summary>
    public ScheduleService Restart() => Service = NewService();

    public void EnterVoice(ulong userId, ulong channelId) =>
        Cache.ApplyVoiceState(Guild, new JsonVoiceState { GuildId = Guild, UserId = userId, ChannelId = channelId });

    public Task ReactAsync(ulong messageId, ulong userId, string emoji, bool add = true, bool isBot = false)
    {
        Discord.React(messageId, emoji, userId, isBot, add);
        return Service.OnReactionAsync(new ReactionChanged(add, Guild, ScheduleChannel, messageId, userId, emoji, null, isBot), default);
    }

    /// <summary>Lets the fake clock run until every pending edit is sent.</summary>
    public Task SettleAsync() => Clock.RunAsync(Service.IdleAsync());

    /// <summary>The message's slot line for a slot label ("7pm"), as Discord shows it now.</summary>
    public string Line(ulong messageId, string label) =>
        Discord.Message(messageId).Description.Split('\n').Single(l => l.Contains($"**{label}**:", StringComparison.Ordinal));

    public long Count(string sql)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => _folder.Dispose();

    private ScheduleService NewService() => new(Database, Cache, Discord, Clock, NullLogger<ScheduleService>.Instance);

    private static JsonMember Member(ulong id, string name, ulong[]? roles = null, bool bot = false) =>
        new() { User = new JsonUser { Id = id, Username = name.ToLowerInvariant(), Bot = bot }, Nick = name, Roles = roles ?? [] };
}
