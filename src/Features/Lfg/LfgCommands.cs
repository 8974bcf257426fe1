using System.Globalization;
using GameTime.Features.Interactions;
using GameTime.Features.Members;
using GameTime.Gateway.Cache;
using GameTime.Rest.Discord;

namespace GameTime.Features.Lfg;

/// <summary>/lfg (features-community 4.5) and /lfgoptout (11 #23).</summary>
public sealed class LfgCommands(LfgCooldownStore cooldowns, MemberStore members, GuildCache cache)
{
    /// <summary>
    /// One @here per voice channel in this time: the spec sets none (the original had none, 11 #16). Ten minutes lets a
    /// stack ask again after a match or two, while the channel is never pinged by the same group every minute.
    /// </summary>
    public static readonly TimeSpan CommandCooldown = TimeSpan.FromMinutes(10);

    public const int MaxPlayers = 10;

    private readonly RankEmoji _ranks = new(cache);

    public void Register(InteractionRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand("lfg", LfgAsync);
        router.OnCommand("lfgoptout", OptOutAsync);
    }

    private async Task LfgAsync(InteractionResponder reply, CancellationToken ct)
    {
        var i = reply.Interaction;
        ulong guildId = i.GuildId!.Value;
        // Refusals are private (the original showed them to everyone after a public defer); only the call itself is public.
        if (cache.VoiceChannelOf(guildId, i.UserId) is not { } voice)
        {
            await reply.ReplyAsync("To use /lfg you must be in a voice channel: join your stack's channel and run it again.", true, ct);
            return;
        }
        var people = cache.VoiceChannelMembers(guildId, voice).Where(m => !m.Member.IsBot).Select(m => m.Member).ToList();
        long missing = i.GetInteger("number_of_users_needed") ?? AutoLfg.StackSize - people.Count;
        if (missing > MaxPlayers)
        {
            await reply.ReplyAsync($"/lfg can ask for at most {MaxPlayers} players; nothing was sent.", true, ct);
            return;
        }
        if (missing <= 0)
        {
            await reply.ReplyAsync($"There are already five people in <#{voice}>, so /lfg did not ping the channel.", true, ct);
            return;
        }
        if (cooldowns.TryClaim(guildId, cache.GuildName(guildId) ?? "", voice, LfgKind.Command, CommandCooldown) is { } held)
        {
            await reply.ReplyAsync(string.Create(CultureInfo.InvariantCulture,
                $"An LFG call for <#{voice}> went out <t:{held.LastSentAt.ToUnixTimeSeconds()}:R>. So that the channel is not pinged again and again, the next one can go out <t:{held.NextAllowedAt.ToUnixTimeSeconds()}:R>."),
                true, ct);
            return;
        }

        // Members who opted out are not named (the caller always is: they asked); nobody listed is pinged, only @here.
        var optedOut = members.LfgOptedOut(guildId, [.. people.Select(p => p.UserId)]);
        optedOut.Remove(i.UserId);
        var named = people.Where(p => !optedOut.Contains(p.UserId)).Select(p => new LfgListed(p.UserId, _ranks.For(guildId, p))).ToList();
        var body = new JsonMessageBody
        {
            Content = LfgMessages.Command(named, people.Count - named.Count, (int)missing, voice),
            AllowedMentions = new JsonAllowedMentions { Parse = ["everyone"], Users = [] },
        };
        try
        {
            await reply.ReplyAsync(body, false, ct);
        }
        catch
        {
            cooldowns.Release(guildId, voice, LfgKind.Command); // not posted: the channel is not held
            throw;
        }
    }

    private Task OptOutAsync(InteractionResponder reply, CancellationToken ct)
    {
        var i = reply.Interaction;
        bool optOut = i.GetBoolean("opt_out") ?? throw new CommandException("Say `opt_out: True` or `opt_out: False`.");
        ulong guildId = i.GuildId!.Value;
        members.SetLfgOptOut(guildId, cache.GuildName(guildId) ?? "", i.UserId, i.UserDisplayName, optOut);
        return reply.ReplyAsync(optOut
            ? "Done: the automatic looking-for-group posts will no longer mention you. Run `/lfgoptout opt_out: False` to be mentioned again."
            : "Done: the automatic looking-for-group posts may mention you again when your stack looks for teammates.", true, ct);
    }
}
