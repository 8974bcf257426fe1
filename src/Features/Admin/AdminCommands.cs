using GameTime.Features.Configuration;
using GameTime.Features.Interactions;
using GameTime.Features.Members;
using GameTime.Gateway.Cache;
using GameTime.Rest.Discord;

namespace GameTime.Features.Admin;

/// <summary>/modversion, /modenablebotvoice and the owner's /modresetcache (features-community 7.2).</summary>
public sealed class AdminCommands(GuildConfigStore config, MemberStore members, GuildCache cache, IDiscordRest rest, string version)
{
    private const int MemberPage = 1000;

    public void Register(InteractionRouter router)
    {
        router.OnCommand("modversion", (reply, ct) => reply.ReplyAsync($"Version: {version}", true, ct));

        router.OnCommand("modenablebotvoice", (reply, ct) =>
        {
            var i = reply.Interaction;
            bool enable = i.GetBoolean("enable") ?? throw new CommandException("Say `enable: True` or `enable: False`.");
            config.SetVoiceGreeting(i.GuildId!.Value, cache.GuildName(i.GuildId.Value) ?? "", enable);
            return reply.ReplyAsync(enable
                ? "The voice greeting is on: the bot will greet the first member who joins a tracked voice channel."
                : "The voice greeting is off.", true, ct);
        });

        router.OnCommand("modresetcache", ResetCacheAsync);
    }

    /// <summary>
    /// The bot keeps Discord's live state from gateway events; what can go stale is the member names stored with
    /// schedules and statistics. This reloads the member list from Discord (paged) and refreshes those names.
    /// </summary>
    private async Task ResetCacheAsync(InteractionResponder reply, CancellationToken ct)
    {
        ulong guildId = reply.Interaction.GuildId!.Value;
        await reply.DeferAsync(ephemeral: true, ct);
        var current = new List<(ulong, string)>();
        ulong? after = null;
        while (true)
        {
            var page = await rest.ListMembersAsync(guildId, after, MemberPage, ct);
            foreach (var m in page)
                if (m.User is { } user) current.Add((user.Id, m.Nick ?? user.GlobalName ?? user.Username));
            if (page.Length < MemberPage || page[^1].User is null) break;
            after = page[^1].User!.Id;
        }
        int changed = members.RefreshDisplayNames(guildId, current);
        await reply.ReplyAsync($"Cache reloaded from Discord: {current.Count} members read, {changed} stored name{(changed == 1 ? "" : "s")} updated.", true, ct);
    }
}
