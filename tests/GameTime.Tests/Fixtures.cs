namespace GameTime.Tests;

/// <summary>The real payloads in ../shared/fixtures (beside the repository, as in CI).</summary>
public static class Fixtures
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Path(string relative)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "fixtures", relative));
        if (!File.Exists(path)) throw new FileNotFoundException($"fixture {relative} not found; ../shared must sit beside the repository", path);
        return path;
    }

    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path(relative));

    public static string Text(string relative) => File.ReadAllText(Path(relative));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GameTime.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("GameTime.sln not found above " + AppContext.BaseDirectory);
    }
}
