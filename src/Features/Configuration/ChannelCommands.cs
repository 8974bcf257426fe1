using GameTime.Features.Interactions;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Interactions;

namespace GameTime.Features.Configuration;

/// <summary>
/// The channel configuration commands (features-community 7.1): one "set" and one "see" command per configured
/// text channel, and the tracked voice channels. The chosen channel's type is checked here too, not only by Discord.
/// </summary>
public sealed class ChannelCommands(GuildConfigStore config, GuildCache cache, ChannelChanges? changes = null)
{
    private sealed record TextChannelCommands(ConfigChannel Channel, string Set, string See, string Confirmation, string Shown, string NotSet);

    private static readonly TextChannelCommands[] s_text =
    [
        new(ConfigChannel.Schedule, "modtextschedulechannel", "modseeschedulechannel",
            "Confirmed to send a daily schedule message into {0}.", "The schedule text channel is {0}", "Schedule text channel not set."),
        new(ConfigChannel.Main, "modtextmainchannel", "modseemainchannel",
            "Confirmed to send main interaction messages into {0}.", "The main text channel is {0}", "Main text channel not set."),
        new(ConfigChannel.GamingSession, "modtextgamingsessionchannel", "modseesgamingsessionchannel",
            "Confirmed to send user gaming session stats into {0}.", "The gaming session text channel is {0}", "Gaming session text channel not set."),
        new(ConfigChannel.NewUser, "modtextnewuserchannel", "modseesnewuserchannel",
            "Confirmed to send new user messages into {0}.", "The new user text channel is {0}", "New user text channel not set."),
        new(ConfigChannel.Username, "modtextusernamechannel", "modseesusernamechannel",
            "Confirmed to send user name messages into {0}.", "The username text channel is {0}", "Username text channel not set."),
        new(ConfigChannel.Tournament, "modtexttournamentchannel", "modseestournamentchannel",
            "Confirmed to send tournament messages into {0}.", "The tournament text channel is {0}", "Tournament text channel not set."),
    ];

    public void Register(InteractionRouter router)
    {
        foreach (var c in s_text)
        {
            router.OnCommand(c.Set, async (reply, ct) =>
            {
                var i = reply.Interaction;
                ulong channelId = RequireChannel(i, "channel", isVoice: false);
                config.SetChannel(i.GuildId!.Value, cache.GuildName(i.GuildId.Value) ?? "", c.Channel, channelId);
                await reply.ReplyAsync(Format(c.Confirmation, channelId), true, ct);
                if (c.Channel == ConfigChannel.Schedule) changes?.Schedule?.Invoke(i.GuildId.Value);
            });
            router.OnCommand(c.See, (reply, ct) =>
            {
                ulong? id = config.GetChannel(reply.Interaction.GuildId!.Value, c.Channel);
                return reply.ReplyAsync(id is { } channelId ? Format(c.Shown, channelId) : c.NotSet, true, ct);
            });
        }

        router.OnCommand("modvoicechannel", (reply, ct) =>
        {
            var i = reply.Interaction;
            ulong channelId = RequireChannel(i, "channel", isVoice: true);
            bool added = config.AddVoiceChannel(i.GuildId!.Value, cache.GuildName(i.GuildId.Value) ?? "", channelId);
            if (added) changes?.TrackedVoice?.Invoke(i.GuildId.Value);
            return reply.ReplyAsync(added
                ? $"The bot will check the voice channel <#{channelId}>."
                : $"The bot already checks the voice channel <#{channelId}>.", true, ct);
        });
        router.OnCommand("modseevoicechannels", (reply, ct) =>
        {
            var channels = config.VoiceChannels(reply.Interaction.GuildId!.Value);
            return reply.ReplyAsync(channels.Count == 0
                ? "Voice channel not set."
                : "The voice channels are: " + string.Join(", ", channels.Select(c => $"<#{c}>")), true, ct);
        });
        router.OnCommand("modresetvoicechannel", (reply, ct) =>
        {
            int removed = config.ResetVoiceChannels(reply.Interaction.GuildId!.Value);
            if (removed > 0) changes?.TrackedVoice?.Invoke(reply.Interaction.GuildId.Value);
            return reply.ReplyAsync(removed == 0
                ? "No voice channel was tracked."
                : $"Deleted all configuration for voice channels: the bot no longer tracks {removed} voice channel{(removed == 1 ? "" : "s")}.", true, ct);
        });
    }

    /// <summary>The channel option, checked against its resolved type: text or announcement, or voice (stage channels are not voice channels here).</summary>
    private static ulong RequireChannel(Interaction i, string option, bool isVoice)
    {
        ulong id = i.GetSnowflake(option) ?? throw new CommandException("Pick a channel.");
        int? type = i.ResolvedChannels.TryGetValue(id, out var channel) ? channel.Type : null;
        bool ok = isVoice ? type == 2 : type is 0 or 5;
        if (!ok) throw new CommandException($"<#{id}> is not a {(isVoice ? "voice" : "text")} channel.");
        return id;
    }

    private static string Format(string template, ulong channelId) => template.Replace("{0}", $"<#{channelId}>", StringComparison.Ordinal);
}

/// <summary>What runs after a moderator changed a guild's channels, given the guild's id.</summary>
/// <param name="TrackedVoice">The tracked voice channels changed: voice activity reconciles, so members already in a newly
/// tracked channel are counted from now, not from their next move.</param>
/// <param name="Schedule">The schedule channel was set (after the answer): the day's message is sent there at once (spec 1.3, trigger 3).</param>
public sealed record ChannelChanges(Action<ulong>? TrackedVoice = null, Action<ulong>? Schedule = null);
