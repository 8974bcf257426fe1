using GameTime.App.Configuration;

namespace GameTime.Tests.Configuration;

public class DotEnvFileTests
{
    [Fact]
    public void Reads_keys_values_comments_exports_and_quotes()
    {
        var values = DotEnvFile.Parse(
        [
            "# GameTime settings",
            "",
            "ENV=dev",
            "export LOG_LEVEL = debug",
            "DATABASE_PATH=\"/var/lib/game time/gametime.db\"   # quoted, with a space",
            "TRN_API_KEY='literal \\n stays'",
            "GEMINI_API_KEY=abc#def",
            "OPENAI_API_KEY=sk-123 # trailing comment",
            "MULTI=\"line1\\nline2 \\\"quoted\\\"\"",
            "EMPTY=",
        ], ".env");

        Assert.Equal("dev", values["ENV"]);
        Assert.Equal("debug", values["LOG_LEVEL"]);
        Assert.Equal("/var/lib/game time/gametime.db", values["DATABASE_PATH"]);
        Assert.Equal("literal \\n stays", values["TRN_API_KEY"]);
        Assert.Equal("abc#def", values["GEMINI_API_KEY"]);
        Assert.Equal("sk-123", values["OPENAI_API_KEY"]);
        Assert.Equal("line1\nline2 \"quoted\"", values["MULTI"]);
        Assert.Equal("", values["EMPTY"]);
    }

    [Theory]
    [InlineData("BOT_TOKEN", 2)]
    [InlineData("=value", 2)]
    [InlineData("1BAD=value", 2)]
    [InlineData("BOT_TOKEN=\"unterminated", 2)]
    [InlineData("BOT_TOKEN=\"closed\" junk", 2)]
    public void A_bad_line_is_named_by_number_and_not_echoed(string badLine, int lineNumber)
    {
        var error = Assert.Throws<ConfigException>(() => DotEnvFile.Parse(["ENV=prod", badLine], "/etc/gametime/.env"));
        Assert.Equal($"/etc/gametime/.env line {lineNumber}", error.Variable);
        Assert.DoesNotContain(badLine, error.Message);
    }
}
