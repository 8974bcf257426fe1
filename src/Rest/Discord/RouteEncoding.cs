namespace GameTime.Rest.Discord;

/// <summary>What goes into a path, a query string or a header, checked against Discord's rules before sending.</summary>
internal static class RouteEncoding
{
    /// <summary>Discord's limit on an audit log reason.</summary>
    public const int MaxAuditLogReason = 512;

    /// <summary>
    /// A reaction emoji for a path: a unicode emoji ("3️⃣") or a custom one as "name:id" (a message's "&lt;:name:id&gt;"
    /// or "&lt;a:name:id&gt;" is accepted too), URL-encoded.
    /// </summary>
    public static string Emoji(string emoji)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emoji);
        var value = emoji.Trim();
        if (value.Length > 2 && value[0] == '<' && value[^1] == '>')
        {
            value = value[1..^1];
            if (value.StartsWith("a:", StringComparison.Ordinal)) value = value[2..];
            else if (value.StartsWith(':')) value = value[1..];
        }
        return Uri.EscapeDataString(value);
    }

    /// <summary>The X-Audit-Log-Reason header value: URL-encoded UTF-8; null when no reason is given.</summary>
    public static string? AuditLogReason(string? reason)
    {
        if (string.IsNullOrEmpty(reason)) return null;
        if (reason.Length > MaxAuditLogReason)
            throw new ArgumentOutOfRangeException(nameof(reason), reason.Length, $"an audit log reason is 1-{MaxAuditLogReason} characters");
        return Uri.EscapeDataString(reason);
    }

    /// <summary>A page size, refused before sending when Discord would refuse it.</summary>
    public static string Limit(int limit, int max, string name)
    {
        if (limit < 1 || limit > max)
            throw new ArgumentOutOfRangeException(name, limit, $"Discord accepts a limit of 1-{max}");
        return limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
