using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>The real Discord payloads copied into Fixtures/ (see Fixtures/SOURCES.md).</summary>
internal static class Fixtures
{
    public static JsonObject Load(string name) =>
        JsonPayloads.Object(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json")));

    /// <summary>Asserts <paramref name="actual"/> has every key <paramref name="fixture"/> has, except <paramref name="dropped"/>.</summary>
    public static void AssertHasKeysOf(JsonNode? fixture, JsonNode? actual, string what, params string[] dropped)
    {
        var missing = JsonPayloads.Keys(fixture).Except(JsonPayloads.Keys(actual)).Except(dropped).ToList();
        Assert.True(missing.Count == 0, $"{what} lacks keys the real payload has: {string.Join(", ", missing)}");
    }

    /// <summary>The frame envelope: all four keys t, s, op, d in every frame, as real Discord sends them.</summary>
    public static void AssertEnvelope(JsonObject frame)
    {
        Assert.Equal(["t", "s", "op", "d"], JsonPayloads.Keys(frame));
    }
}
