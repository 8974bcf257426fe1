using System.Globalization;

namespace GameTime.DiscordEmulator;

/// <summary>Guild-level permissions: @everyone OR the member's roles; the owner and ADMINISTRATOR get every bit.</summary>
internal static class Permissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;

    /// <summary>Every permission bit Discord defines today (bits 0–52).</summary>
    public const ulong All = (1UL << 53) - 1;

    public static ulong Of(EmulatedGuild guild, MemberEntry member)
    {
        if (member.Member.UserId == guild.OwnerId)
        {
            return All;
        }
        ulong bits = 0;
        foreach (var role in guild.Roles)
        {
            if (role.Id == guild.Id || (member.Member.Roles?.Contains(role.Id) ?? false))
            {
                bits |= ulong.Parse(role.Permissions, CultureInfo.InvariantCulture);
            }
        }
        return (bits & Administrator) != 0 ? All : bits;
    }

    public static string Text(ulong bits) => bits.ToString(CultureInfo.InvariantCulture);
}
