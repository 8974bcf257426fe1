namespace GameTime.DiscordEmulator;

/// <summary>A guild member as the test sets it up; ids are snowflakes.</summary>
public sealed record EmulatedMember(ulong UserId, string Username, string? GlobalName = null, string? Nick = null, ulong[]? Roles = null, string? Avatar = null, bool Bot = false);

/// <summary>An activity in a presence. Type 0 + Name "Rainbow Six Siege" + Details "RANKED match 2 of 9" is a Siege rich presence.</summary>
public sealed record EmulatedActivity(string Name, int Type = 0, string? Details = null, string? State = null);

internal sealed record EmulatedRole(ulong Id, string Name, int Color, int Position, string Permissions, bool Managed, ulong? BotId);

internal sealed record EmulatedChannel(ulong Id, string Name, int Type, int Position);

internal sealed record EmulatedEmoji(ulong Id, string Name);

internal sealed record EmulatedVoiceState(ulong UserId, ulong ChannelId, string SessionId, bool SelfMute, bool SelfDeaf);

internal sealed record EmulatedPresence(ulong UserId, string Status, EmulatedActivity[] Activities, DateTimeOffset Since);

/// <summary>A member plus what Discord keeps about the membership itself.</summary>
internal sealed record MemberEntry(EmulatedMember Member, DateTimeOffset JoinedAt);
