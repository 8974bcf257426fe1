using System.Globalization;

namespace GameTime.Features.Data;

/// <summary>One numbered, forward-only schema change: the SQL of `Migrations/NNNN_name.sql`.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    public string Label => $"{Version:D4}_{Name}";
}

public static class MigrationCatalog
{
    private const string ResourcePrefix = "migrations/";

    /// <summary>The migrations embedded in this binary, checked to be numbered 1, 2, 3 ... without gaps.</summary>
    public static IReadOnlyList<Migration> Embedded()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(Parse(resource[ResourcePrefix.Length..], reader.ReadToEnd()));
        }
        return Ordered(migrations);
    }

    /// <summary>"0003_tournament_seeds.sql" → version 3, name "tournament_seeds".</summary>
    public static Migration Parse(string fileName, string sql)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        int underscore = stem.IndexOf('_');
        if (underscore <= 0 || !int.TryParse(stem[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out int version) || version <= 0)
            throw new MigrationException($"migration file '{fileName}' is not named NNNN_name.sql");
        return new Migration(version, stem[(underscore + 1)..], sql);
    }

    public static IReadOnlyList<Migration> Ordered(IEnumerable<Migration> migrations)
    {
        var ordered = migrations.OrderBy(m => m.Version).ToList();
        for (int i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Version != i + 1)
                throw new MigrationException($"migrations must be numbered 1, 2, 3 ... without gaps or repeats; found {ordered[i].Label} at position {i + 1}");
        }
        return ordered;
    }
}

public sealed class MigrationException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>What <see cref="MigrationRunner.Apply"/> did: the version before, after, and what it applied.</summary>
public sealed record MigrationResult(int FromVersion, int ToVersion, IReadOnlyList<Migration> Applied);
