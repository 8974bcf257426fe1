using System.Globalization;
using GameTime.Features.Admin;
using GameTime.Features.Analytics;
using GameTime.Features.Data;

namespace GameTime.App.Cli;

/// <summary>
/// `gametime admin &lt;chart&gt; …` renders one community chart from the real database into a file; `gametime admin`
/// alone is the numbered menu of the original's console (guild, time range, chart, file). Local use only: it reads
/// the database directly and never talks to Discord.
/// </summary>
public sealed class AdminConsole(Database database, TextReader input, TextWriter output, TextWriter errors, TimeProvider clock)
{
    public const int DefaultFromDays = 90;

    /// <summary>`admin &lt;chart&gt; [--guild ID] [--from-days N] [--to-days N] [--member ID|NAME] --out FILE`.</summary>
    public int Chart(IReadOnlyList<string> args)
    {
        var chart = AdminCharts.Find(args[0]);
        if (chart is null)
        {
            return Usage($"unknown admin sub-command '{args[0]}'; the charts are: {AdminCharts.Names} (and demo-data)");
        }
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1; i < args.Count; i += 2)
        {
            if (args[i] is not ("--guild" or "--from-days" or "--to-days" or "--member" or "--out"))
                return Usage($"unknown option '{args[i]}' for admin {chart.Name}; use --guild, --from-days, --to-days, --member, --out");
            if (i + 1 >= args.Count) return Usage($"{args[i]} needs a value");
            options[args[i]] = args[i + 1];
        }
        if (!options.TryGetValue("--out", out var file)) return Usage($"admin {chart.Name} needs --out FILE (a .{chart.Extension} file)");
        if (!Number(options, "--from-days", DefaultFromDays, out int from) || !Number(options, "--to-days", 0, out int to))
            return ExitCode.Usage;
        if (ChooseGuild(options.GetValueOrDefault("--guild")) is not { } guild) return ExitCode.Usage;
        return Render(chart, guild, from, to, options.GetValueOrDefault("--member"), file);
    }

    /// <summary>The interactive menu. Ends with q or at the end of the input.</summary>
    public int Menu()
    {
        output.WriteLine($"GameTime admin console — {database.Path}");
        var guilds = CommunityData.Guilds(database);
        if (guilds.Count == 0 || guilds[0].Sessions == 0)
        {
            output.WriteLine("There is no voice activity in this database yet. `gametime admin demo-data` fills it with a fake community to try the charts on.");
            return ExitCode.Ok;
        }
        var guild = guilds.Count(g => g.Sessions > 0) == 1 ? guilds[0] : Pick("Guild", guilds.Where(g => g.Sessions > 0)
            .Select(g => (g, $"{g.Name} ({g.GuildId}), {g.Sessions} voice sessions")).ToList());
        while (guild is not null)
        {
            output.WriteLine($"Guild: {guild.Name} ({guild.GuildId}), times in {guild.Zone.Id}");
            if (ChooseRange(guild) is not { } range) return ExitCode.Ok;
            while (Pick($"Charts ({Describe(guild, range)})", [.. AdminCharts.All.Select(c => (c, c.Title))]) is { } chart)
            {
                string? member = null;
                if (chart.NeedsMember && (member = ChooseMember(guild, range)) is null) continue;
                var suggested = string.Create(CultureInfo.InvariantCulture,
                    $"gametime-{chart.Name}-{clock.GetUtcNow():yyyy-MM-dd}.{chart.Extension}");
                output.Write($"Save as [{suggested}]: ");
                var answer = input.ReadLine();
                if (answer is null) return ExitCode.Ok;
                Render(chart, guild, range.From, range.To, member, answer.Trim() is { Length: > 0 } typed ? typed : suggested);
            }
        }
        return ExitCode.Ok;
    }

    private int Render(AdminChart chart, GuildActivity guild, int from, int to, string? memberText, string file)
    {
        CommunityData data;
        try
        {
            data = CommunityData.Load(database, guild.GuildId, from, to, clock.GetUtcNow());
        }
        catch (ArgumentException ex)
        {
            return Usage(ex.Message);
        }
        ulong member = 0;
        if (chart.NeedsMember && !FindMember(data, memberText, out member)) return ExitCode.Usage;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (!Directory.Exists(folder)) return Usage($"the folder {folder} does not exist");

        var started = clock.GetTimestamp();
        var bytes = chart.Render(data, member);
        File.WriteAllBytes(file, bytes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {file}: {chart.Title}, {data.Range.Subtitle}, {bytes.Length:#,0} bytes in {clock.GetElapsedTime(started).TotalMilliseconds:0} ms"));
        return ExitCode.Ok;
    }

    private GuildActivity? ChooseGuild(string? text)
    {
        var guilds = CommunityData.Guilds(database);
        var known = string.Join("; ", guilds.Select(g => $"{g.GuildId} {g.Name} ({g.Sessions} voice sessions)"));
        if (text is not null)
        {
            if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && guilds.Find(g => g.GuildId == id) is { } found)
                return found;
            Usage(guilds.Count == 0 ? $"guild '{text}' is not in {database.Path}, which has no guilds yet"
                : $"guild '{text}' is not in {database.Path}; it has: {known}");
            return null;
        }
        var active = guilds.Where(g => g.Sessions > 0).ToList();
        if (active.Count == 1) return active[0];
        Usage(active.Count == 0
            ? $"there is no voice activity in {database.Path} yet; `gametime admin demo-data` fills it with a fake community to try the charts on"
            : $"{database.Path} has several guilds with voice activity; choose one with --guild: {known}");
        return null;
    }

    private (int From, int To)? ChooseRange(GuildActivity guild)
    {
        var today = LocalCalendar.Day(clock.GetUtcNow().ToUnixTimeMilliseconds(), guild.Zone);
        DateOnly? first = guild.FirstSessionMs is { } ms ? LocalCalendar.Day(ms, guild.Zone) : null;
        var choices = RangePresets.All.Select((p, i) => ((int?)i, p.Label)).Append((RangePresets.All.Count, "From N days ago to M days ago")).ToList();
        while (true)
        {
            if (Pick("Time range", choices, exit: "Exit") is not { } picked) return null;
            if (picked < RangePresets.All.Count) return RangePresets.DaysAgo(RangePresets.All[picked].Preset, today, first);
            output.Write("From how many days ago? ");
            var fromText = input.ReadLine();
            output.Write("To how many days ago (0 = today)? ");
            var toText = input.ReadLine();
            if (fromText is null || toText is null) return null;
            if (int.TryParse(fromText, NumberStyles.None, CultureInfo.InvariantCulture, out int from)
                && int.TryParse(toText, NumberStyles.None, CultureInfo.InvariantCulture, out int to) && to <= from && from <= AnalyticsRange.MaxDays)
                return (from, to);
            output.WriteLine($"Two whole numbers, the first not smaller than the second and at most {AnalyticsRange.MaxDays}.");
        }
    }

    private string? ChooseMember(GuildActivity guild, (int From, int To) range)
    {
        var data = CommunityData.Load(database, guild.GuildId, range.From, range.To, clock.GetUtcNow());
        var members = data.Spans.Select(s => s.UserId).Distinct()
            .Select(id => (Id: id, Name: data.Name(id)))
            .OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(m => m.Id).ToList();
        if (members.Count == 0)
        {
            output.WriteLine("Nobody was in voice in this time range.");
            return null;
        }
        var picked = Pick("Member", [.. members.Select(m => ((ulong?)m.Id, $"{m.Name} - {m.Id}"))]);
        return picked?.ToString(CultureInfo.InvariantCulture);
    }

    private bool FindMember(CommunityData data, string? text, out ulong member)
    {
        member = 0;
        if (text is null)
        {
            Usage("admin member needs --member with a member's id or display name");
            return false;
        }
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out member) && data.Names.ContainsKey(member)) return true;
        var named = data.Names.Where(n => string.Equals(n.Value, text, StringComparison.CurrentCultureIgnoreCase)).Select(n => n.Key).ToList();
        if (named.Count == 1)
        {
            member = named[0];
            return true;
        }
        Usage(named.Count == 0 ? $"no member '{text}' in guild {data.Range.GuildId}"
            : $"{named.Count} members are called '{text}'; use one of their ids: {string.Join(", ", named.Order())}");
        return false;
    }

    /// <summary>A numbered list: [1]…[9], then [a], [b]…; null when the answer is q or the input ends.</summary>
    private T? Pick<T>(string heading, IReadOnlyList<(T Value, string Label)> choices, string exit = "Back")
    {
        while (true)
        {
            output.WriteLine();
            output.WriteLine(heading + ":");
            for (int i = 0; i < choices.Count; i++) output.WriteLine($"  [{Key(i)}] {choices[i].Label}");
            output.WriteLine($"  [q] {exit}");
            output.Write("> ");
            var answer = input.ReadLine()?.Trim().ToLowerInvariant();
            if (answer is null or "q") return default;
            for (int i = 0; i < choices.Count; i++)
            {
                if (answer == Key(i)) return choices[i].Value;
            }
            output.WriteLine($"'{answer}' is not one of the choices.");
        }
    }

    private static string Key(int index) => index < 9
        ? (index + 1).ToString(CultureInfo.InvariantCulture)
        : index - 9 < 26 ? ((char)('a' + index - 9)).ToString() : (index + 1).ToString(CultureInfo.InvariantCulture);

    private string Describe(GuildActivity guild, (int From, int To) range) =>
        AnalyticsRange.DaysAgo(guild.GuildId, guild.Zone, range.From, range.To, clock.GetUtcNow()).Subtitle;

    private bool Number(Dictionary<string, string> options, string name, int fallback, out int value)
    {
        value = fallback;
        if (!options.TryGetValue(name, out var text)) return true;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= AnalyticsRange.MaxDays) return true;
        Usage($"{name} takes a whole number of days from 0 to {AnalyticsRange.MaxDays} (got '{text}')");
        return false;
    }

    private int Usage(string message)
    {
        errors.WriteLine(message);
        return ExitCode.Usage;
    }
}
