using GameTime.Render.Brackets;

namespace GameTime.Tests.Render.Brackets;

/// <summary>
/// Standard seeding, only to build realistic test brackets (the real tournament rules belong to a later issue):
/// seed 1 meets the last seed, and each half of the bracket holds a balanced share of the top seeds, so the
/// byes, which go to the top seeds, are spread over the bracket instead of bunched at one end.
/// </summary>
internal static class StandardSeeding
{
    /// <summary>Seed numbers (from 1) in slot order, top to bottom: 4 slots give 1, 4, 2, 3.</summary>
    public static int[] SlotOrder(int slots)
    {
        var order = new List<int> { 1 };
        while (order.Count < slots)
        {
            var next = (order.Count * 2) + 1;
            order = [.. order.SelectMany(seed => new[] { seed, next - seed })];
        }
        return [.. order];
    }

    /// <summary>The first-round slots for <paramref name="entrants"/> given best seed first; missing seeds are byes.</summary>
    public static BracketSide[] Place(IReadOnlyList<BracketSide> entrants, int slots) =>
        [.. SlotOrder(slots).Select(seed => seed <= entrants.Count ? entrants[seed - 1] : BracketSide.Bye)];
}
