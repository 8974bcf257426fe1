using GameTime.Render.Charts;

namespace GameTime.Tests.Render.Charts;

public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(0, 37, 10, 40)]
    [InlineData(0, 1_000_000, 200_000, 1_000_000)]
    [InlineData(0, 212, 50, 250)]
    [InlineData(0, 4.2, 1, 5)]
    [InlineData(0, 0.37, 0.1, 0.4)]
    [InlineData(0, 60, 10, 60)]
    public void Steps_are_1_2_or_5_times_a_power_of_ten_and_the_axis_ends_on_a_tick(double min, double max, double step, double top)
    {
        var scale = NiceScale.For(min, max, maxIntervals: 6);
        Assert.Equal(step, scale.Step, 9);
        Assert.Equal(top, scale.Max, 9);
        Assert.Equal(0, scale.Min);
    }

    [Fact]
    public void An_empty_range_still_has_an_axis_from_0_to_1()
    {
        var scale = NiceScale.For(0, 0);
        Assert.Equal(0, scale.Min);
        Assert.True(scale.Max > 0);
        Assert.True(scale.Ticks().Count >= 2);
    }

    [Fact]
    public void Integer_steps_never_fall_below_one_so_counts_have_no_half_ticks()
    {
        var scale = NiceScale.For(0, 3, maxIntervals: 8, integerSteps: true);
        Assert.Equal(1, scale.Step);
        Assert.Equal([0.0, 1, 2, 3], scale.Ticks());
    }

    [Fact]
    public void A_fixed_maximum_and_step_give_a_rate_axis_every_5_percent()
    {
        var scale = NiceScale.For(0, 97, fixedMax: 100, fixedStep: 5);
        Assert.Equal(21, scale.Ticks().Count);
        Assert.Equal(100, scale.Ticks()[^1]);
    }

    [Fact]
    public void Negative_values_extend_the_axis_below_zero_on_a_tick()
    {
        var scale = NiceScale.For(-12, 30, maxIntervals: 6);
        Assert.Equal(10, scale.Step);
        Assert.Equal(-20, scale.Min);
        Assert.Equal(30, scale.Max);
    }

    [Fact]
    public void Tick_values_are_rounded_so_labels_never_show_float_noise()
    {
        var scale = NiceScale.For(0, 0.7, maxIntervals: 7);
        Assert.Equal(0.1, scale.Step, 12);
        Assert.Equal(1, scale.Decimals);
        Assert.Contains(0.3, scale.Ticks());
    }

    [Fact]
    public void A_range_that_is_not_finite_is_refused() =>
        Assert.Throws<ArgumentException>(() => NiceScale.For(0, double.NaN));
}
