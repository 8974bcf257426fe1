namespace GameTime.Features.Schedule;

/// <summary>A posted daily message and the schedule day it is bound to.</summary>
public sealed record ScheduleMessage(ulong GuildId, ulong ChannelId, ulong MessageId, DateOnly Day, DateTimeOffset PostedAt, bool Retired);

/// <summary>Where a vote came from: a member's reaction, the voice check, a moderator, or a recurring schedule.</summary>
public enum VoteSource { Reaction, Voice, Mod, Recurring }

/// <summary>One member in one slot of one message, with the member's stored name and max rank.</summary>
public sealed record ScheduleVote(int Slot, ulong UserId, string DisplayName, string? MaxRank, VoteSource Source, DateTimeOffset AddedAt);

/// <summary>A member to put in a slot; a null name keeps the stored one (or the user id for a member never seen).</summary>
public readonly record struct Voter(ulong UserId, string? DisplayName);

/// <summary>What a rebuild from the reactions changed.</summary>
public readonly record struct RebuildResult(int Added, int Removed, int Reactions);
