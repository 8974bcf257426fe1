using GameTime.App.Configuration;
using Microsoft.Extensions.Logging;

namespace GameTime.Tests.Configuration;

public class BotConfigTests
{
    // Shaped like a real token (three base64url parts) but never valid anywhere.
    public const string Token = "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";

    private static BotConfig Load(params (string Key, string Value)[] values) =>
        BotConfig.Load(values.ToDictionary(v => v.Key, v => v.Value));

    private static ConfigException Rejects(params (string Key, string Value)[] values) =>
        Assert.Throws<ConfigException>(() => Load(values));

    [Fact]
    public void Defaults_need_nothing_but_run_needs_a_token()
    {
        var config = Load();
        Assert.Equal(BotEnvironment.Prod, config.Environment);
        Assert.Equal("gametime.db", config.DatabasePath);
        Assert.Equal(LogLevel.Information, config.LogLevel);
        Assert.Equal("https://discord.com/api", config.DiscordApiBase.ToString().TrimEnd('/'));
        Assert.Null(config.BotToken);

        var missing = Assert.Throws<ConfigException>(config.RequireBotToken);
        Assert.Equal("BOT_TOKEN", missing.Variable);
        Assert.Contains("BOT_TOKEN is not set", missing.Message);
    }

    [Fact]
    public void Dev_reads_the_dev_token_and_prod_the_prod_token()
    {
        var dev = Load(("ENV", "dev"), ("BOT_TOKEN", "x.y.z"), ("BOT_TOKEN_DEV", Token));
        Assert.Equal(Token, dev.RequireBotToken().Reveal());

        var devWithoutDevToken = Load(("ENV", "dev"), ("BOT_TOKEN", Token));
        Assert.Equal("BOT_TOKEN_DEV", Assert.Throws<ConfigException>(devWithoutDevToken.RequireBotToken).Variable);

        Assert.Equal(Token, Load(("BOT_TOKEN", Token)).RequireBotToken().Reveal());
    }

    [Fact]
    public void Empty_values_count_as_unset()
    {
        var config = Load(("BOT_TOKEN", "  "), ("TRN_API_KEY", ""), ("LOG_LEVEL", ""), ("TRN_API_BASE", ""));
        Assert.Null(config.BotToken);
        Assert.Null(config.TrnApiKey);
        Assert.Equal(LogLevel.Information, config.LogLevel);
    }

    [Theory]
    [InlineData("ENV", "staging")]
    [InlineData("LOG_LEVEL", "loud")]
    [InlineData("DISCORD_API_BASE", "discord.com/api")]
    [InlineData("DISCORD_API_BASE", "ftp://discord.com/api")]
    [InlineData("TRN_API_BASE", "http://127.0.0.1:5000/api?key=1")]
    [InlineData("GEMINI_API_BASE", "not a url")]
    [InlineData("OPENAI_API_BASE", "/v1")]
    [InlineData("DATABASE_PATH", "/no/such/folder/gametime.db")]
    [InlineData("DATABASE_PATH", "/tmp")]
    [InlineData("OPENAI_API_KEY", "sk-has a space")]
    [InlineData("SHARD_ID", "-1")]
    [InlineData("SHARD_COUNT", "0")]
    [InlineData("SHARD_COUNT", "two")]
    public void Malformed_values_name_their_variable(string variable, string value)
    {
        var error = Rejects((variable, value));
        Assert.Equal(variable, error.Variable);
        Assert.StartsWith(variable + " ", error.Message);
    }

    [Theory]
    [InlineData("just-one-part")]
    [InlineData("two.parts")]
    [InlineData("four.dot.separated.parts")]
    [InlineData("bad!chars.in.token")]
    [InlineData("empty..part")]
    public void A_malformed_token_is_rejected_without_echoing_it(string token)
    {
        var error = Rejects(("BOT_TOKEN", token));
        Assert.Equal("BOT_TOKEN", error.Variable);
        Assert.DoesNotContain(token, error.Message);
    }

    [Fact]
    public void Shards_default_to_the_recommended_count_and_must_fit()
    {
        Assert.Equal((0, (int?)null), (Load().ShardId, Load().ShardCount));
        Assert.Equal((1, (int?)2), (Load(("SHARD_ID", "1"), ("SHARD_COUNT", "2")).ShardId, Load(("SHARD_ID", "1"), ("SHARD_COUNT", "2")).ShardCount));
        Assert.Null(Load(("SHARD_COUNT", "auto")).ShardCount);
        Assert.Equal("SHARD_ID", Rejects(("SHARD_ID", "2"), ("SHARD_COUNT", "2")).Variable);
    }

    [Fact]
    public void Base_urls_are_normalised_without_a_trailing_slash()
    {
        var config = Load(("DISCORD_API_BASE", "http://127.0.0.1:8123/api/"), ("TRN_API_BASE", "http://localhost:9000"));
        Assert.Equal("http://127.0.0.1:8123/api", config.DiscordApiBase.AbsoluteUri);
        Assert.Equal("http://localhost:9000/", config.TrnApiBase.AbsoluteUri);
    }

    [Fact]
    public void A_secret_never_prints_itself()
    {
        var config = Load(("BOT_TOKEN", Token), ("GEMINI_API_KEY", "AIzaSyTestKey123456789"));
        var everything = $"{config} {config.BotToken} {config.GeminiApiKey}";
        Assert.DoesNotContain(Token, everything);
        Assert.DoesNotContain("AIzaSyTestKey123456789", everything);
        Assert.Contains(SecretScrubber.Mask, everything);
    }
}
