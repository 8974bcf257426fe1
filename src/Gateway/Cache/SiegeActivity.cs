using GameTime.Gateway.Wire;

namespace GameTime.Gateway.Cache;

/// <summary>
/// A member's Rainbow Six Siege rich presence: the `details` string carries the in-game state
/// ("in MENU", "RANKED match 2 of 9" ...). Only this part of a presence is kept.
/// </summary>
public sealed record SiegeActivity(string Name, string? Details, string? State)
{
    public static readonly string[] GameNames = ["Rainbow Six Siege", "Tom Clancy's Rainbow Six Siege X"];

    /// <summary>The first playing (type 0) activity whose name is exactly one of the game's names, else null.</summary>
    internal static SiegeActivity? From(JsonActivity[]? activities)
    {
        if (activities is null) return null;
        foreach (var activity in activities)
        {
            if (activity.Type != 0 || activity.Name is null) continue;
            foreach (var name in GameNames)
            {
                if (activity.Name == name) return new SiegeActivity(name, activity.Details, activity.State);
            }
        }
        return null;
    }
}
