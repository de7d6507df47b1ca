using QuantumDsl.Simulation.Matter.Gpe;
using QuantumDsl.Simulation.Matter.Inputs;
using QuantumDsl.Simulation.Matter.Potentials;

namespace QuantumDsl.Simulation.Tests.Matter;

public sealed class PotentialTests
{
    [Theory]
    // scipy interp1d([0, 1, 2], [10, 20, 40], kind, bounds_error=False, fill_value=0) at 0.5, 1.5, 2.5 and -0.1.
    [InlineData(InterpolationKind.Linear, 15, 30)]
    [InlineData(InterpolationKind.Zero, 10, 20)]
    [InlineData(InterpolationKind.Previous, 10, 20)]
    [InlineData(InterpolationKind.Next, 20, 40)]
    [InlineData(InterpolationKind.Nearest, 10, 20)]
    public void Schedules_interpolate_like_scipy_and_are_zero_outside(InterpolationKind kind, double atHalf, double atOneAndHalf)
    {
        var schedule = new Schedule([2, 0, 1], [40, 10, 20], kind);
        Assert.Equal(atHalf, schedule.Evaluate(0.5), 12);
        Assert.Equal(atOneAndHalf, schedule.Evaluate(1.5), 12);
        Assert.Equal(40, schedule.Evaluate(2), 12);
        Assert.Equal(0, schedule.Evaluate(2.5));
        Assert.Equal(0, schedule.Evaluate(-0.1));
    }

    [Fact]
    public void Cubic_schedule_passes_through_its_points_and_reproduces_a_line()
    {
        var schedule = new Schedule([0, 1, 2, 3, 4], [1, 3, 5, 7, 9], InterpolationKind.Cubic);
        Assert.Equal(5, schedule.Evaluate(2), 12);
        Assert.Equal(6, schedule.Evaluate(2.5), 9);
    }

    [Theory]
    [InlineData(BarrierShape.Gaussian, 2.0, 0.60653065971263342)]   // e^{−½} one σ away
    [InlineData(BarrierShape.Lorentzian, 2.0, 0.5)]                // half maximum at one HWHM
    [InlineData(BarrierShape.Square, 1.9, 1.0)]                    // inside the half-width
    [InlineData(BarrierShape.Square, 2.1, 0.0)]
    public void Barrier_widths_mean_what_the_schema_says(BarrierShape shape, double offsetUm, double relative)
    {
        var barrier = new PaintedBarrier([0, 10], [5, 5], [30, 30], [2, 2], shape);
        var v = new double[1];
        barrier.AddIdeal(3, [5 + offsetUm], v);
        Assert.Equal(30 * relative, v[0], 9);
        var outside = new double[1];
        barrier.AddIdeal(10.5, [5], outside);
        Assert.Equal(0, outside[0]);
    }

    [Fact]
    public void Landscape_is_linear_in_time_between_snapshots_and_off_outside()
    {
        var landscape = new PaintedLandscape([
            new LandscapeSnapshot(2, [-10, 10], [0, 20]),
            new LandscapeSnapshot(6, [-10, 10], [40, 40]),
        ]);
        double At(double t) { var v = new double[1]; landscape.AddIdeal(t, [0], v); return v[0]; }
        Assert.Equal(10, At(2), 12);
        Assert.Equal(25, At(4), 12);
        Assert.Equal(0, At(1.9));
        Assert.Equal(0, At(6));
    }

    [Fact]
    public void Projector_paints_the_ideal_maximum_and_clips_at_100_kHz()
    {
        var projector = new ProjectionSystem();
        var x = Enumerable.Range(0, 401).Select(i => -20 + 0.1 * i).ToArray();
        double PaintedMax(double heightKhz, double widthUm)
        {
            var barrier = new PaintedBarrier([0, 1], [0, 0], [heightKhz, heightKhz], [widthUm, widthUm]);
            var amplitudes = projector.SpotAmplitudes((xs, v) => barrier.AddIdeal(0, xs, v));
            var painted = new double[x.Length];
            projector.Paint(amplitudes, x, painted);
            return painted.Max();
        }
        // Each 1 µm bin is rescaled on 10 sub-samples, so the painted peak is within ~1% of the ideal one.
        Assert.InRange(PaintedMax(40, 3), 39.6, 40.4);
        Assert.InRange(PaintedMax(40, 0.5), 39.2, 40.8);
        Assert.Equal(100, PaintedMax(100, 5), 9);
    }

    [Fact]
    public void Terminator_empties_the_region_it_shines_on()
    {
        var grid = new Grid1D();
        var solver = new SplitStepSolver(grid, NonPolynomialSchrodinger.ForGuide(400, 5.3e-3));
        var trap = new Trap(50, 400);
        // A shallow trap (5 Hz) so that the cloud reaches the beam at 30 µm.
        var wide = new Trap(5, 400);
        var psi = solver.ThomasFermi(grid.X.Select(wide.AxialPotentialKhz).ToArray(), 5000).Psi;
        var before = solver.Norm(psi);
        var potential = new ExperimentPotential(wide, grid.X, null, null, new TerminatorPulse(0, 0.5));

        solver.Evolve(psi, new PaintedPotential(potential), 0, 0.5, 0.002);

        var at30 = Array.FindIndex(grid.X, x => x >= 30);
        var atMinus30 = Array.FindIndex(grid.X, x => x >= -30);
        Assert.True(psi[at30].Magnitude < 1e-3 * psi[atMinus30].Magnitude);
        Assert.True(solver.Norm(psi) < before);
        Assert.Equal(50, trap.AxialHz);
    }
}
