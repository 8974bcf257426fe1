using System.Globalization;

namespace GameTime.Gateway.Cache;

/// <summary>
/// The members of one guild, kept small: per member a display-name reference, a shared role-set array, the
/// avatar hash as 128 bits and a flag byte, about 60 bytes with the dictionary entry. Identical role sets
/// (most members have the same few roles) share one array.
/// </summary>
internal sealed class MemberTable
{
    private const byte BotFlag = 1, AvatarFlag = 2, AnimatedAvatarFlag = 4;

    private readonly Dictionary<ulong, Entry> _members = [];
    private readonly Dictionary<RoleSetKey, ulong[]> _roleSets = [];

    private struct Entry
    {
        public string DisplayName;
        public ulong[] Roles;
        public UInt128 Avatar;
        public byte Flags;
    }

    public int Count => _members.Count;

    public void Upsert(ulong userId, string displayName, ulong[]? roles, string? avatarHash, bool isBot)
    {
        byte flags = isBot ? BotFlag : (byte)0;
        UInt128 avatar = default;
        if (TryParseAvatar(avatarHash, out var parsed, out bool animated))
        {
            avatar = parsed;
            flags |= AvatarFlag;
            if (animated) flags |= AnimatedAvatarFlag;
        }
        _members[userId] = new Entry { DisplayName = displayName, Roles = Intern(roles), Avatar = avatar, Flags = flags };
    }

    public bool Remove(ulong userId) => _members.Remove(userId);

    public bool Contains(ulong userId) => _members.ContainsKey(userId);

    public bool TryGet(ulong userId, out CachedMember member)
    {
        if (!_members.TryGetValue(userId, out var e))
        {
            member = default;
            return false;
        }
        member = ToMember(userId, e);
        return true;
    }

    public List<CachedMember> All() => [.. _members.Select(kv => ToMember(kv.Key, kv.Value))];

    public void TrimExcess()
    {
        _members.TrimExcess();
        _roleSets.TrimExcess();
    }

    private static CachedMember ToMember(ulong userId, Entry e) =>
        new(userId, e.DisplayName, e.Roles, FormatAvatar(e), (e.Flags & BotFlag) != 0);

    private ulong[] Intern(ulong[]? roles)
    {
        if (roles is null || roles.Length == 0) return [];
        Array.Sort(roles);
        var key = new RoleSetKey(roles);
        if (_roleSets.TryGetValue(key, out var shared)) return shared;
        _roleSets[key] = roles;
        return roles;
    }

    // Avatar hashes are 32 hex digits, with "a_" in front when animated.
    private static bool TryParseAvatar(string? hash, out UInt128 value, out bool animated)
    {
        value = default;
        animated = hash is not null && hash.StartsWith("a_", StringComparison.Ordinal);
        var hex = animated ? hash.AsSpan(2) : hash.AsSpan();
        return hex.Length == 32 && UInt128.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    private static string? FormatAvatar(in Entry e)
    {
        if ((e.Flags & AvatarFlag) == 0) return null;
        var hex = e.Avatar.ToString("x32", CultureInfo.InvariantCulture);
        return (e.Flags & AnimatedAvatarFlag) != 0 ? "a_" + hex : hex;
    }

    private readonly struct RoleSetKey(ulong[] roles) : IEquatable<RoleSetKey>
    {
        private readonly ulong[] _roles = roles;

        public bool Equals(RoleSetKey other) => _roles.AsSpan().SequenceEqual(other._roles);

        public override bool Equals(object? obj) => obj is RoleSetKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var role in _roles) hash.Add(role);
            return hash.ToHashCode();
        }
    }
}
