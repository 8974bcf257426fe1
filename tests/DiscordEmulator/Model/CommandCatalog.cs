using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>The registered application commands per scope (null = global), and how often each scope was overwritten.</summary>
internal sealed class CommandCatalog
{
    private readonly Dictionary<ulong, List<JsonObject>> byGuild = [];
    private readonly Dictionary<ulong, int> overwrites = [];
    private List<JsonObject> global = [];
    private int globalOverwrites;

    public List<JsonObject> Scope(ulong? guildId) => guildId is { } id ? byGuild.GetValueOrDefault(id) ?? [] : global;

    public int Overwrites(ulong? guildId) => guildId is { } id ? overwrites.GetValueOrDefault(id) : globalOverwrites;

    public void Replace(ulong? guildId, List<JsonObject> commands)
    {
        if (guildId is { } id)
        {
            byGuild[id] = commands;
            overwrites[id] = overwrites.GetValueOrDefault(id) + 1;
        }
        else
        {
            global = commands;
            globalOverwrites++;
        }
    }

    /// <summary>The command an interaction in <paramref name="guildId"/> would name: the guild's first, then the global one.</summary>
    public JsonObject? Find(ulong guildId, string name, int type = 1) =>
        Scope(guildId).Concat(global).FirstOrDefault(c => (string?)c["name"] == name && MessageRules.Int(c["type"]) == type);
}
