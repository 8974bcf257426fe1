using System.Text;
using System.Text.RegularExpressions;

namespace GameTime.App.Configuration;

/// <summary>
/// Reads a `.env` file: KEY=VALUE lines, `#` comments, an optional `export ` prefix, and single- or
/// double-quoted values (double quotes understand \n, \" and \\). A bad line is an error that names the
/// file and line number but never echoes the line, which may hold a secret.
/// </summary>
public static partial class DotEnvFile
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex KeyPattern();

    public static Dictionary<string, string> Parse(string path) => Parse(File.ReadAllLines(path), path);

    public static Dictionary<string, string> Parse(IEnumerable<string> lines, string sourceName)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        int number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.StartsWith("export ", StringComparison.Ordinal)) line = line[7..].TrimStart();

            int equals = line.IndexOf('=');
            string key = equals > 0 ? line[..equals].Trim() : "";
            if (!KeyPattern().IsMatch(key))
                throw new ConfigException($"{sourceName} line {number}", "is not a KEY=VALUE line");

            values[key] = ParseValue(line[(equals + 1)..].Trim(), sourceName, number);
        }
        return values;
    }

    private static string ParseValue(string value, string sourceName, int number)
    {
        if (value.Length == 0) return "";
        char quote = value[0];
        if (quote is not ('"' or '\''))
        {
            // An unquoted value ends at a comment that is set off by white space.
            int comment = value.IndexOf(" #", StringComparison.Ordinal);
            return comment >= 0 ? value[..comment].TrimEnd() : value;
        }

        var text = new StringBuilder();
        for (int i = 1; i < value.Length; i++)
        {
            char c = value[i];
            if (c == quote)
            {
                var rest = value[(i + 1)..].TrimStart();
                if (rest.Length == 0 || rest[0] == '#') return text.ToString();
                break;
            }
            if (c == '\\' && quote == '"' && i + 1 < value.Length)
            {
                char next = value[++i];
                text.Append(next switch { 'n' => '\n', 't' => '\t', _ => next });
                continue;
            }
            text.Append(c);
        }
        throw new ConfigException($"{sourceName} line {number}", "has an unterminated or malformed quoted value");
    }
}
