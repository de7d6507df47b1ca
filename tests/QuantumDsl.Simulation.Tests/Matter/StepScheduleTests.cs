using QuantumDsl.Simulation.Matter.Inputs;

namespace QuantumDsl.Simulation.Tests.Matter;

/// <summary>Repeated positions or times are steps, as in the service's landscapes (scipy interp1d on unsorted, repeated x).</summary>
public sealed class StepScheduleTests
{
    [Fact]
    public void A_repeated_position_is_a_step_arriving_on_the_first_value_and_leaving_on_the_last()
    {
        // FS_hold_time_0_rep_0: positions [-60, 0, 0, 60], potentials [0, 0, 0.9, 0.9] — a 0.9 kHz step at x = 0.
        var step = new Schedule([-60, 0, 0, 60], [0, 0, 0.9, 0.9], InterpolationKind.Linear);

        Assert.Equal(0, step.Evaluate(-30), 12);
        Assert.Equal(0, step.Evaluate(-1e-9), 12);
        Assert.Equal(0, step.Evaluate(0), 12);         // scipy linear: the first value at the step
        Assert.Equal(0.9, step.Evaluate(1e-9), 12);
        Assert.Equal(0.9, step.Evaluate(30), 12);
        Assert.Equal([0.0], step.Steps);
    }

    [Theory]
    // interp1d([0, 1, 1, 2], [10, 20, 30, 40], kind) at 0.5, 1, 1.5, worked through scipy's rules: searchsorted for
    // linear/previous/next/nearest, the order-0 B-spline (knots [0, 1, 1, 2, 2]) for zero.
    [InlineData(InterpolationKind.Linear, 15, 20, 35)]
    [InlineData(InterpolationKind.Previous, 10, 30, 30)]
    [InlineData(InterpolationKind.Zero, 10, 30, 30)]
    [InlineData(InterpolationKind.Next, 20, 20, 40)]
    [InlineData(InterpolationKind.Nearest, 10, 20, 30)]
    public void Every_kind_steps_at_a_repeated_point(InterpolationKind kind, double atHalf, double atStep, double atOneAndHalf)
    {
        var schedule = new Schedule([0, 1, 1, 2], [10, 20, 30, 40], kind);
        Assert.Equal(atHalf, schedule.Evaluate(0.5), 12);
        Assert.Equal(atStep, schedule.Evaluate(1), 12);
        Assert.Equal(atOneAndHalf, schedule.Evaluate(1.5), 12);
    }

    [Fact]
    public void Points_with_the_same_position_keep_their_order_whatever_order_the_others_come_in()
    {
        var schedule = new Schedule([60, 0, -60, 0], [0.9, 0, 0, 0.9], InterpolationKind.Linear);
        Assert.Equal(0, schedule.Evaluate(-1), 12);
        Assert.Equal(0.9, schedule.Evaluate(1), 12);
    }

    [Fact]
    public void A_snapshot_whose_points_all_share_one_position_is_zero_everywhere_but_there()
    {
        // DarkSolitonCollectiveTOF's second snapshot: positions [0, 0], potentials [0, 0].
        var schedule = new Schedule([0, 0], [0, 5], InterpolationKind.Linear);
        Assert.Equal(0, schedule.Evaluate(-0.5));
        Assert.Equal(0, schedule.Evaluate(0));
        Assert.Equal(0, schedule.Evaluate(0.5));
    }

    [Fact]
    public void Cubic_pieces_are_fitted_on_each_side_of_a_step()
    {
        var schedule = new Schedule([0, 1, 2, 3, 3, 4, 5, 6], [0, 1, 2, 3, 10, 11, 12, 13], InterpolationKind.Cubic);
        Assert.Equal(1.5, schedule.Evaluate(1.5), 9);  // a line on the left piece
        Assert.Equal(11.5, schedule.Evaluate(4.5), 9); // and on the right one, 7 higher
        Assert.Equal(3, schedule.Evaluate(3), 12);
    }

    [Fact]
    public void A_landscape_with_a_stepped_snapshot_paints_the_step()
    {
        var landscape = new PaintedLandscape([
            new LandscapeSnapshot(15.2, [-60, 0, 0, 60], [0, 0, 0.9, 0.9]),
            new LandscapeSnapshot(15.9, [0, 0], [0, 0]),
        ]);
        var v = new double[3];
        landscape.AddIdeal(15.2, [-5, 5, 70], v);
        Assert.Equal([0, 0.9, 0], v);
    }

    [Fact]
    public void Snapshots_at_the_same_time_switch_the_landscape_at_that_time()
    {
        var landscape = new PaintedLandscape([
            new LandscapeSnapshot(0, [-10, 10], [10, 10]),
            new LandscapeSnapshot(5, [-10, 10], [10, 10]),
            new LandscapeSnapshot(5, [-10, 10], [30, 30]),
            new LandscapeSnapshot(10, [-10, 10], [30, 30]),
        ]);
        double At(double t) { var v = new double[1]; landscape.AddIdeal(t, [0], v); return v[0]; }
        Assert.Equal(10, At(4.9), 12);
        Assert.Equal(30, At(5.1), 12);
    }

    [Fact]
    public void A_barrier_whose_times_repeat_jumps_in_height()
    {
        var barrier = new PaintedBarrier([0, 5, 5, 10], [0, 0, 0, 0], [0, 0, 20, 20], [2, 2, 2, 2]);
        double At(double t) { var v = new double[1]; barrier.AddIdeal(t, [0], v); return v[0]; }
        Assert.Equal(0, At(4.99), 12);
        Assert.Equal(20, At(5.01), 12);
    }
}
