using GameTime.Features.Lfg;

namespace GameTime.Tests.Lfg;

public sealed class LfgMessagesTests
{
    private static LfgListed[] Named(params ulong[] ids) => [.. ids.Select(id => new LfgListed(id, null))];

    [Fact]
    public void The_auto_post_reads_right_for_one_member_and_one_teammate()
    {
        Assert.Equal("🎮 <@1> is looking for 4 teammates to play in <#9>", LfgMessages.Auto(Named(1), 0, 4, 9));
        Assert.Equal("🎮 <@1>, <@2>, <@3>, <@4> are looking for 1 teammate to play in <#9>", LfgMessages.Auto(Named(1, 2, 3, 4), 0, 1, 9));
    }

    [Fact]
    public void Opted_out_members_count_without_being_named_and_rank_emoji_come_first()
    {
        var named = new[] { new LfgListed(1, "<:Diamond:40>"), new LfgListed(2, null) };
        Assert.Equal("🎮 <:Diamond:40> <@1>, <@2> and 1 more are looking for 2 teammates to play in <#9>", LfgMessages.Auto(named, 1, 2, 9));
    }

    [Fact]
    public void The_command_reads_right_for_one_and_many()
    {
        Assert.Equal("@here <@1> is in the voice channel <#9> and needs 4 more players.", LfgMessages.Command(Named(1), 0, 4, 9));
        Assert.Equal("@here <@1>, <@2> are in the voice channel <#9> and need 1 more player.", LfgMessages.Command(Named(1, 2), 0, 1, 9));
        Assert.Equal("@here <@1> and 2 more are in the voice channel <#9> and need 2 more players.", LfgMessages.Command(Named(1), 2, 2, 9));
    }
}
