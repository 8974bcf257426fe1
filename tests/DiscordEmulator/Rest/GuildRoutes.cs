using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>Guilds, members, member roles, channels and DM channels, with Discord's 404 codes.</summary>
internal static class GuildRoutes
{
    public static IEnumerable<RestRoute> Routes(RestState state)
    {
        yield return new RestRoute("GET", "/guilds/{guild_id}", call => RestResult.Ok(Guild(state.RequireGuild(call.Id("guild_id")), call.QueryBool("with_counts"))));
        yield return new RestRoute("GET", "/guilds/{guild_id}/members", call =>
        {
            var guild = state.RequireGuild(call.Id("guild_id"));
            if ((state.Options.PrivilegedIntentsEnabled & Intents.GuildMembers) == 0)
            {
                // Listing members needs the GUILD_MEMBERS toggle in the developer portal.
                throw new RestError(403, 50001, "Missing Access");
            }
            int limit = call.QueryInt("limit", 1, 1000, 1);
            ulong after = call.QueryId("after") ?? 0;
            var page = guild.MemberEntries.Where(m => m.Member.UserId > after).OrderBy(m => m.Member.UserId).Take(limit);
            return RestResult.Ok(Json.Array(page.Select(m => (JsonNode?)GuildJson.Member(m))));
        });
        yield return new RestRoute("GET", "/guilds/{guild_id}/members/{user_id}", call =>
        {
            var guild = state.RequireGuild(call.Id("guild_id"));
            return RestResult.Ok(GuildJson.Member(guild.FindMember(call.Id("user_id")) ?? throw RestError.UnknownMember()));
        });
        yield return new RestRoute("PUT", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", call => MemberRole(state, call, add: true));
        yield return new RestRoute("DELETE", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", call => MemberRole(state, call, add: false));
        yield return new RestRoute("GET", "/channels/{channel_id}", call =>
        {
            var channel = state.RequireChannel(call.Id("channel_id"));
            return RestResult.Ok(Channel(state, channel));
        });
        yield return new RestRoute("POST", "/users/@me/channels", call => OpenDm(state, call), body: true);
    }

    private static RestResult MemberRole(RestState state, RestCall call, bool add)
    {
        var guild = state.RequireGuild(call.Id("guild_id"));
        ulong userId = call.Id("user_id"), roleId = call.Id("role_id");
        var member = guild.FindMember(userId) ?? throw RestError.UnknownMember();
        var role = guild.Roles.FirstOrDefault(r => r.Id == roleId) ?? throw RestError.UnknownRole();
        if (role.Id == guild.Id || role.Managed)
        {
            throw new RestError(403, 50013, "Missing Permissions");
        }
        var roles = (member.Member.Roles ?? []).ToList();
        bool changed = add ? !roles.Contains(roleId) : roles.Remove(roleId);
        if (add && changed)
        {
            roles.Add(roleId);
        }
        if (changed)
        {
            var updated = guild.SetMemberRoles(userId, [.. roles]);
            var data = GuildJson.Member(updated);
            data["guild_id"] = Json.Id(guild.Id);
            // About the bot itself it arrives even without GUILD_MEMBERS, like DispatchAsync does.
            string text = Json.Write(data);
            state.Hub.Fanout("GUILD_MEMBER_UPDATE", guild.Id, _ => text, ungated: userId == state.Options.ApplicationId);
        }
        return RestResult.NoContent;
    }

    private static RestResult OpenDm(RestState state, RestCall call)
    {
        var body = call.BodyObject;
        if (MessageRules.Text(body["recipient_id"]) is not { } raw || !ulong.TryParse(raw, out ulong userId))
        {
            throw RestError.InvalidForm("recipient_id", "BASE_TYPE_REQUIRED", "This field is required");
        }
        var user = state.FindUser(userId) ?? throw RestError.UnknownUser();
        if (!state.DmChannels.TryGetValue(userId, out ulong channelId))
        {
            channelId = Snowflake.Next();
            state.DmChannels[userId] = channelId;
        }
        return RestResult.Ok(new JsonObject
        {
            ["id"] = Json.Id(channelId),
            ["type"] = 1,
            ["last_message_id"] = null,
            ["flags"] = 0,
            ["recipients"] = new JsonArray(GuildJson.User(user.Member)),
        });
    }

    private static JsonObject Channel(RestState state, ChannelRef channel)
    {
        if (channel.Guild is { } guild)
        {
            var json = GuildJson.Channel(guild.FindChannel(channel.Id)!, guild.Id);
            json.Remove("version");
            var last = state.Messages.InChannel(channel.Id).LastOrDefault();
            json["last_message_id"] = Json.Id(last?.Id);
            return json;
        }
        var recipient = state.FindUser(channel.RecipientId!.Value)!;
        return new JsonObject
        {
            ["id"] = Json.Id(channel.Id),
            ["type"] = 1,
            ["last_message_id"] = Json.Id(state.Messages.InChannel(channel.Id).LastOrDefault()?.Id),
            ["flags"] = 0,
            ["recipients"] = new JsonArray(GuildJson.User(recipient.Member)),
        };
    }

    /// <summary>GET /guilds/{id}, shaped like fx:rest/guild_get.json.</summary>
    private static JsonObject Guild(EmulatedGuild guild, bool withCounts)
    {
        var json = new JsonObject
        {
            ["id"] = Json.Id(guild.Id),
            ["name"] = guild.Name,
            ["icon"] = null,
            ["description"] = null,
            ["home_header"] = null,
            ["splash"] = null,
            ["discovery_splash"] = null,
            ["features"] = new JsonArray(),
            ["banner"] = null,
            ["owner_id"] = Json.Id(guild.OwnerId),
            ["application_id"] = null,
            ["region"] = "deprecated",
            ["afk_channel_id"] = null,
            ["afk_timeout"] = 300,
            ["system_channel_id"] = Json.Id(guild.Channels.FirstOrDefault(c => c.Type == 0)?.Id),
            ["system_channel_flags"] = 0,
            ["widget_enabled"] = false,
            ["widget_channel_id"] = null,
            ["verification_level"] = 1,
            ["roles"] = Json.Array(guild.Roles.Select(r => (JsonNode?)GuildJson.Role(r))),
            ["default_message_notifications"] = 0,
            ["mfa_level"] = 0,
            ["explicit_content_filter"] = 2,
            ["max_presences"] = null,
            ["max_members"] = 25000000,
            ["max_stage_video_channel_users"] = 50,
            ["max_video_channel_users"] = 25,
            ["vanity_url_code"] = null,
            ["premium_tier"] = 0,
            ["premium_subscription_count"] = 0,
            ["preferred_locale"] = "en-US",
            ["rules_channel_id"] = null,
            ["safety_alerts_channel_id"] = null,
            ["public_updates_channel_id"] = null,
            ["hub_type"] = null,
            ["premium_progress_bar_enabled"] = false,
            ["latest_onboarding_question_id"] = null,
            ["nsfw"] = false,
            ["nsfw_level"] = 0,
            ["emojis"] = Json.Array(guild.Emojis.Select(e => (JsonNode?)GuildJson.Emoji(e))),
            ["stickers"] = new JsonArray(),
            ["incidents_data"] = null,
            ["inventory_settings"] = null,
            ["embed_enabled"] = false,
            ["embed_channel_id"] = null,
        };
        if (withCounts)
        {
            json["approximate_member_count"] = guild.MemberEntries.Count();
            json["approximate_presence_count"] = guild.Presences.Values.Count(p => p.Status is not ("offline" or "invisible"));
        }
        return json;
    }
}
