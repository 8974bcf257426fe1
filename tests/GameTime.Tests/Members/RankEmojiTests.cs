using GameTime.Features.Members;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Wire;

namespace GameTime.Tests.Members;

public sealed class RankEmojiTests
{
    private const ulong Guild = 1, Bare = 2, GoldRole = 50, DiamondRole = 51, MemberRole = 52;
    private readonly GuildCache _cache = new();
    private readonly RankEmoji _ranks;

    public RankEmojiTests()
    {
        _cache.ApplyGuild(new JsonGuild
        {
            Id = Guild,
            Roles = [new JsonRole { Id = GoldRole, Name = "Gold" }, new JsonRole { Id = DiamondRole, Name = "Diamond" }, new JsonRole { Id = MemberRole, Name = "Member" }],
            Emojis = [new JsonGuildEmoji { Id = 900, Name = "Gold" }, new JsonGuildEmoji { Id = 901, Name = "Diamond" }],
        });
        _cache.ApplyGuild(new JsonGuild { Id = Bare, Emojis = [] });
        _ranks = new RankEmoji(_cache);
    }

    private static CachedMember Member(params ulong[] roles) => new(7, "Ash", roles, null, false);

    [Fact]
    public void A_rank_shows_the_guilds_emoji_named_after_it_else_the_ranks_coloured_symbol()
    {
        Assert.Equal("<:Gold:900>", _ranks.For(Guild, "Gold"));
        Assert.Equal("<:Gold:900>", _ranks.For(Guild, "gold"));        // a stored rank in another case is still Gold
        Assert.Equal(RankEmoji.Symbol("Silver"), _ranks.For(Guild, "Silver"));
        Assert.Equal(RankEmoji.Symbol("Gold"), _ranks.For(Bare, "Gold"));
        Assert.NotEqual(RankEmoji.Symbol("Gold"), RankEmoji.Symbol("Silver"));
        Assert.Null(_ranks.For(Guild, "Unranked"));
        Assert.Null(_ranks.For(Guild, (string?)null));
    }

    [Fact]
    public void A_member_shows_their_stored_max_rank_else_their_best_rank_role_else_nothing()
    {
        Assert.Equal("<:Diamond:901>", _ranks.For(Guild, Member(MemberRole, GoldRole, DiamondRole)));
        Assert.Equal("<:Gold:900>", _ranks.For(Guild, Member(DiamondRole), maxRank: "Gold"));
        Assert.Null(_ranks.For(Guild, Member(MemberRole)));
        Assert.Null(_ranks.For(Guild, Member()));
    }

    [Fact]
    public void The_rank_comes_from_the_stored_max_rank_first_then_the_best_role()
    {
        Assert.Equal("Gold", RankEmoji.RankOf("Gold", ["Diamond"]));
        Assert.Equal("Diamond", RankEmoji.RankOf(null, ["Member", "Silver", "diamond"]));
        Assert.Equal("Silver", RankEmoji.RankOf("Not a rank", ["Silver"]));
        Assert.Null(RankEmoji.RankOf(null, ["Member"]));
    }
}
