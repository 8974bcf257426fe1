namespace GameTime.Gateway.Cache;

/// <summary>A member as features see it (copied out of the cache).</summary>
public readonly record struct CachedMember(ulong UserId, string DisplayName, IReadOnlyList<ulong> Roles, string? AvatarHash, bool IsBot);

public readonly record struct CachedChannel(ulong Id, string Name, ChannelKind Kind, ulong? ParentId, int Position);

public readonly record struct CachedRole(ulong Id, string Name, ulong Permissions, int Position);

public enum ChannelKind : byte { Text = 0, Voice = 2, Category = 4, Announcement = 5, Stage = 13, Forum = 15, Other = 255 }
