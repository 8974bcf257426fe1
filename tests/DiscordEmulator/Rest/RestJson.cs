using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>REST bodies shaped like fx:rest/user_example.json and a real GET /applications/@me.</summary>
internal static class RestJson
{
    public static JsonObject CurrentUser(EmulatorOptions options) => new()
    {
        ["id"] = Json.Id(options.ApplicationId),
        ["username"] = options.BotUsername,
        ["avatar"] = null,
        ["discriminator"] = GuildJson.BotDiscriminator(options.ApplicationId),
        ["public_flags"] = 0,
        ["flags"] = 0,
        ["bot"] = true,
        ["banner"] = null,
        ["accent_color"] = null,
        ["global_name"] = null,
        ["avatar_decoration_data"] = null,
        ["collectibles"] = null,
        ["display_name_styles"] = null,
        ["banner_color"] = null,
        ["clan"] = null,
        ["primary_guild"] = null,
        ["mfa_enabled"] = true,
        ["locale"] = "en-US",
        ["premium_type"] = 0,
        ["email"] = null,
        ["verified"] = true,
        ["bio"] = "",
    };

    public static JsonObject CurrentApplication(EmulatorOptions options, GatewayHub hub)
    {
        int guildCount;
        lock (hub.Sync)
        {
            guildCount = hub.Guilds.Count;
        }
        var owner = new JsonObject
        {
            ["id"] = Json.Id(options.OwnerId),
            ["username"] = "owner",
            ["avatar"] = null,
            ["discriminator"] = "0",
            ["public_flags"] = 0,
            ["flags"] = 0,
            ["banner"] = null,
            ["accent_color"] = null,
            ["global_name"] = "Owner",
            ["avatar_decoration_data"] = null,
            ["collectibles"] = null,
            ["display_name_styles"] = null,
            ["banner_color"] = null,
            ["clan"] = null,
            ["primary_guild"] = null,
        };
        var bot = CurrentUser(options);
        return new JsonObject
        {
            ["id"] = Json.Id(options.ApplicationId),
            ["name"] = options.BotUsername,
            ["icon"] = null,
            ["description"] = "",
            ["summary"] = "",
            ["type"] = null,
            ["is_monetized"] = false,
            ["is_verified"] = false,
            ["is_discoverable"] = false,
            ["bot_public"] = true,
            ["bot_require_code_grant"] = false,
            ["verify_key"] = "c0ffee" + new string('0', 58),
            ["flags"] = SessionJson.ApplicationFlags(options),
            ["flags_new"] = SessionJson.ApplicationFlags(options).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["hook"] = true,
            ["redirect_uris"] = new JsonArray(),
            ["interactions_endpoint_url"] = null,
            ["role_connections_verification_url"] = null,
            ["owner"] = owner,
            ["approximate_guild_count"] = guildCount,
            ["approximate_user_install_count"] = 0,
            ["interactions_event_types"] = new JsonArray(),
            ["interactions_version"] = 1,
            ["explicit_content_filter"] = 0,
            ["rpc_application_state"] = 0,
            ["store_application_state"] = 1,
            ["verification_state"] = 1,
            ["integration_public"] = true,
            ["integration_require_code_grant"] = false,
            ["discoverability_state"] = 1,
            ["discovery_eligibility_flags"] = 0,
            ["monetization_state"] = 1,
            ["team"] = null,
            ["bot"] = bot,
            ["integration_types_config"] = new JsonObject { ["0"] = new JsonObject() },
        };
    }
}
