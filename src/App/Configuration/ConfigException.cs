namespace GameTime.App.Configuration;

/// <summary>A missing or malformed configuration value. The message names the variable, never its value.</summary>
public sealed class ConfigException(string variable, string problem) : Exception($"{variable} {problem}")
{
    public string Variable { get; } = variable;
}
