namespace QuantumDsl.Tests;

public sealed class SweepAlgebraTests
{
    [Fact]
    public void Linspace_has_exact_endpoints_and_no_accumulated_rounding()
    {
        var sweep = Sweeps.Linspace(0.05, 0.45, 9);
        Assert.Equal(9, sweep.Count);
        Assert.Equal(0.05, sweep[0]);
        Assert.Equal(0.45, sweep[8]);
        // Decimal endpoints give the doubles nearest to the decimal points (0.15, not 0.05 + 2*0.4/8 = 0.15000000000000002).
        double[] expected = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45];
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal(expected[i], sweep[i]);
        }

        // Repeated addition of 0.1 drifts (0.1*10 != 1.0 after 10 additions); linspace must not.
        var tenths = Sweeps.Linspace(0, 1, 11);
        Assert.Equal(1.0, tenths[10]);
        Assert.Equal(0.3, tenths[3]);
        Assert.Equal(0.7, tenths[7]);

        // Endpoints beyond decimal's precision use the double formula.
        var tiny = Sweeps.Linspace(1e-30, 3e-30, 3);
        Assert.Equal(1e-30 + (1 * (3e-30 - 1e-30) / 2), tiny[1]);
    }

    [Fact]
    public void Linspace_rejects_malformed_input()
    {
        Assert.Contains("below the minimum 1", Assert.Throws<ArgumentOutOfRangeException>(() => Sweeps.Linspace(0, 1, 0)).Message, StringComparison.Ordinal);
        Assert.Contains("cannot span", Assert.Throws<ArgumentException>(() => Sweeps.Linspace(0, 1, 1)).Message, StringComparison.Ordinal);
        Assert.Single(Sweeps.Linspace(2, 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sweeps.Linspace(double.NaN, 1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sweeps.Linspace(0, double.PositiveInfinity, 3));
    }

    [Fact]
    public void Points_keep_order_and_are_copied()
    {
        var values = new[] { 3.0, 1.0, 2.0 };
        var sweep = Sweeps.Points(values);
        values[0] = 99;
        Assert.Equal([3.0, 1.0, 2.0], sweep);
        Assert.Throws<ArgumentException>(() => Sweeps.Points<double>());
    }

    [Fact]
    public void Zip_pairs_points_and_requires_equal_lengths()
    {
        var zipped = Sweeps.Zip(Sweeps.Points(1, 2, 3), Sweeps.Points("a", "b", "c"));
        Assert.Equal([(1, "a"), (2, "b"), (3, "c")], zipped);
        var ex = Assert.Throws<ArgumentException>(() => Sweeps.Zip(Sweeps.Points(1, 2), Sweeps.Points(1, 2, 3)));
        Assert.Contains("(2 and 3)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Product_counts_without_enumerating_and_orders_first_axis_outermost()
    {
        var product = Sweeps.Product(Sweeps.Points(1, 2), Sweeps.Points("x", "y", "z"));
        Assert.Equal(6, product.Count);
        Assert.Equal([(1, "x"), (1, "y"), (1, "z"), (2, "x"), (2, "y"), (2, "z")], product);

        // Counting a huge product is O(1): 100,000 × 20,000 points is never enumerated.
        var big = Sweeps.Product(Sweeps.Linspace(0, 1, 100_000), Sweeps.Linspace(0, 1, 20_000));
        Assert.Equal(2_000_000_000, big.Count);
        Assert.Equal((1.0, 1.0), big[big.Count - 1]);
        Assert.Throws<ArgumentException>(() => Sweeps.Product(big, Sweeps.Points(1, 2)));
    }

    [Fact]
    public void Product_and_zip_compose_and_concat_appends()
    {
        var axis = Sweeps.Zip(Sweeps.Linspace(0, 1, 3), Sweeps.Points(10, 20, 30));
        var grid = Sweeps.Product(Sweeps.Points(true, false), axis);
        Assert.Equal(6, grid.Count);
        Assert.Equal((false, (0.5, 20)), grid[4]);

        var joined = Sweeps.Concat(Sweeps.Points(1, 2), Sweeps.Points(3));
        Assert.Equal([1, 2, 3], joined);
        Assert.Equal([2, 4, 6], joined.Select(x => x * 2));
    }

    [Fact]
    public void Indexer_checks_range()
    {
        var sweep = Sweeps.Points(1.0);
        Assert.Throws<ArgumentOutOfRangeException>(() => sweep[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => sweep[-1]);
    }

    [Fact]
    public void Slices_are_views_with_range_syntax_and_checked_bounds()
    {
        var sweep = Sweeps.Linspace(0, 9, 10);
        Assert.Equal([3.0, 4.0, 5.0], sweep[3..6]);
        Assert.Equal([8.0, 9.0], sweep[^2..]);
        Assert.Equal([4.0], sweep.Slice(3, 3).Slice(1, 1));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sweep.Slice(8, 3));
        Assert.Contains("slice: start 8 + length 3 exceeds the sweep's 10 points", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => sweep.Slice(-1, 1));
    }

    [Fact]
    public void Lists_become_sweeps_and_concat_joins_several_point_sets()
    {
        IReadOnlyList<int> list = new List<int> { 1, 2, 3 };
        var sweep = list.AsSweep();
        Assert.Equal([1, 2, 3], sweep);
        Assert.Same(sweep, sweep.AsSweep());
        Assert.Equal([(1, 10.0), (2, 20.0), (3, 30.0)], Sweeps.Zip(sweep, Sweeps.Points(10.0, 20.0, 30.0)));
        Assert.Equal([1, 2, 3, 9, 2, 3], Sweeps.Concat(list, Sweeps.Points(9), sweep[1..]));
        Assert.Throws<ArgumentException>(() => Array.Empty<int>().AsSweep());
    }
}
