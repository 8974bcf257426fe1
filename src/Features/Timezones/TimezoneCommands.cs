using System.Globalization;
using GameTime.Features.Interactions;
using GameTime.Features.Members;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Interactions;
using GameTime.Rest.Discord;

namespace GameTime.Features.Timezones;

/// <summary>
/// /setmytimezone, /modsetusertimezone (typed with autocomplete, or picked from a menu), /getusertimezone and
/// /gettimezones (everyone in a voice channel grouped by timezone, to pick the best host).
/// </summary>
public sealed class TimezoneCommands(MemberStore members, GuildCache cache, TimeProvider clock)
{
    private const string SelfMenu = "tz", MemberMenu = "tzmod";

    public void Register(InteractionRouter router)
    {
        router.OnCommand("setmytimezone", (reply, ct) =>
        {
            var i = reply.Interaction;
            return i.GetString("timezone") is { } typed
                ? SaveAsync(reply, i.UserId, i.UserDisplayName, typed, ct)
                : reply.ReplyAsync(Menu($"{SelfMenu}:self", "Pick your timezone, or run `/setmytimezone timezone:` and type any city."), true, ct);
        });
        router.OnCommand("modsetusertimezone", (reply, ct) =>
        {
            var i = reply.Interaction;
            var (userId, name) = RequireMember(i);
            return i.GetString("timezone") is { } typed
                ? SaveAsync(reply, userId, name, typed, ct)
                : reply.ReplyAsync(Menu($"{MemberMenu}:{userId}", $"Pick the timezone of <@{userId}>."), true, ct);
        });
        router.OnAutocomplete("setmytimezone", Suggest);
        router.OnAutocomplete("modsetusertimezone", Suggest);
        router.OnComponent(SelfMenu, CommandAccess.Everyone, (reply, ct) =>
            PickedAsync(reply, reply.Interaction.UserId, reply.Interaction.UserDisplayName, ct));
        router.OnComponent(MemberMenu, CommandAccess.Moderator, (reply, ct) =>
        {
            var i = reply.Interaction;
            if (!ulong.TryParse(i.CustomId!.AsSpan(MemberMenu.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out ulong userId))
                throw new CommandException("This menu is broken. Run the command again.");
            string name = cache.TryGetMember(i.GuildId!.Value, userId, out var member) ? member.DisplayName : userId.ToString(CultureInfo.InvariantCulture);
            return PickedAsync(reply, userId, name, ct);
        });

        router.OnCommand("getusertimezone", (reply, ct) =>
        {
            var i = reply.Interaction;
            var (userId, name) = RequireMember(i);
            var profile = members.Find(i.GuildId!.Value, userId);
            string text = profile?.Timezone is { } tz && TimeZoneCatalog.TryResolve(tz, out var zone)
                ? $"{name} has timezone {TimeZoneCatalog.Canonical(tz)} (it is {LocalTime(zone)} there)."
                : $"{name} has no timezone set. They can set one with `/setmytimezone`.";
            return reply.ReplyAsync(new JsonMessageBody { Content = text }, true, ct);
        });
        router.OnCommand("gettimezones", VoiceChannelTimezonesAsync);
    }

    private Task Suggest(InteractionResponder reply, CancellationToken ct)
    {
        string typed = reply.Interaction.FocusedOption is { Value.ValueKind: System.Text.Json.JsonValueKind.String } o ? o.Value.GetString()! : "";
        var now = clock.GetUtcNow();
        var choices = TimezoneSearch.Find(typed)
            .Select(id => TimeZoneCatalog.TryResolve(id, out var zone)
                ? JsonCommandChoice.Of($"{id} (now {LocalTime(zone, now)})", id)
                : JsonCommandChoice.Of(id, id))
            .ToList();
        return reply.SuggestAsync(choices, ct);
    }

    private Task SaveAsync(InteractionResponder reply, ulong userId, string displayName, string typed, CancellationToken ct)
    {
        var zone = Resolve(typed);
        Store(reply.Interaction, userId, displayName, zone);
        return reply.ReplyAsync(Confirmation(reply.Interaction, userId, zone), true, ct);
    }

    private Task PickedAsync(InteractionResponder reply, ulong userId, string displayName, CancellationToken ct)
    {
        var values = reply.Interaction.Values;
        var zone = Resolve(values.Count > 0 ? values[0] : "");
        Store(reply.Interaction, userId, displayName, zone);
        return reply.UpdateMessageAsync(new JsonMessageBody { Content = Confirmation(reply.Interaction, userId, zone), Components = [] }, ct);
    }

    private void Store(Interaction i, ulong userId, string displayName, TimeZoneInfo zone) =>
        members.SetTimezone(i.GuildId!.Value, cache.GuildName(i.GuildId.Value) ?? "", userId, displayName, zone.Id);

    private string Confirmation(Interaction i, ulong userId, TimeZoneInfo zone) =>
        (userId == i.UserId ? "Your timezone is now " : $"The timezone of <@{userId}> is now ") + $"{zone.Id} (it is {LocalTime(zone)} there).";

    private static TimeZoneInfo Resolve(string typed)
    {
        if (typed.Length <= 64 && TimeZoneCatalog.TryResolve(typed, out var zone)) return zone;
        string shown = typed.Length > 64 ? typed[..64] + "…" : typed;
        throw new CommandException($"`{shown.Replace("`", "'", StringComparison.Ordinal)}` is not a timezone I know. Start typing a city (for example `New York` or `Paris`) and pick one from the list.");
    }

    private static (ulong UserId, string Name) RequireMember(Interaction i)
    {
        ulong id = i.GetSnowflake("member") ?? throw new CommandException("Pick a member.");
        if (!i.ResolvedUsers.TryGetValue(id, out var user) || !user.IsMember) throw new CommandException("That user is not a member of this server.");
        if (user.IsBot) throw new CommandException("Bots have no timezone.");
        return (id, user.DisplayName);
    }

    private static JsonMessageBody Menu(string customId, string text) => new()
    {
        Content = text,
        Components =
        [
            new JsonComponent
            {
                Type = 1,
                Components =
                [
                    new JsonComponent
                    {
                        Type = 3, CustomId = customId, Placeholder = "Select a timezone", MinValues = 1, MaxValues = 1,
                        Options = [.. TimeZoneCatalog.Common.Take(25).Select(id => new JsonSelectOption { Label = id, Value = id })],
                    },
                ],
            },
        ],
    };

    private async Task VoiceChannelTimezonesAsync(InteractionResponder reply, CancellationToken ct)
    {
        var i = reply.Interaction;
        ulong guildId = i.GuildId!.Value;
        ulong channelId = i.GetSnowflake("voice_channel") ?? cache.VoiceChannelOf(guildId, i.UserId)
            ?? throw new CommandException("Join a voice channel, or pick one in the `voice_channel` option.");
        var inVoice = cache.VoiceChannelMembers(guildId, channelId).Where(m => !m.Member.IsBot).Select(m => m.Member).ToList();
        if (inVoice.Count == 0)
        {
            await reply.ReplyAsync($"No one is in <#{channelId}>.", false, ct);
            return;
        }
        var profiles = members.Profiles(guildId, [.. inVoice.Select(m => m.UserId)]);
        string channelName = cache.TryGetChannel(guildId, channelId, out var channel) ? channel.Name : "Voice";
        var embed = TimezoneTable.Build(channelName, inVoice.Select(m => (m.UserId, profiles.GetValueOrDefault(m.UserId))).ToList(), clock.GetUtcNow());
        await reply.ReplyAsync(new JsonMessageBody { Embeds = [embed] }, false, ct);
    }

    private string LocalTime(TimeZoneInfo zone) => LocalTime(zone, clock.GetUtcNow());

    internal static string LocalTime(TimeZoneInfo zone, DateTimeOffset now) =>
        TimeZoneInfo.ConvertTime(now, zone).ToString("h:mm tt", CultureInfo.InvariantCulture);
}
