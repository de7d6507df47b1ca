using MathNet.Numerics.Interpolation;

namespace QuantumDsl.Simulation.Matter.Inputs;

/// <summary>
/// A sampled curve y(x) evaluated like scipy <c>interp1d(x, y, kind, bounds_error=False, fill_value=0)</c>:
/// interpolated inside [x₀, xₙ] and 0 outside. Points are sorted by x on construction.
/// </summary>
public sealed class Schedule
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly IInterpolation? _spline;

    /// <summary>Builds the curve; <paramref name="x"/> and <paramref name="y"/> must have the same non-zero length.</summary>
    public Schedule(IReadOnlyList<double> x, IReadOnlyList<double> y, InterpolationKind kind)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count == 0 || x.Count != y.Count)
            throw new ArgumentException($"x has {x.Count} points and y has {y.Count}: both need the same non-zero length.", nameof(y));
        var order = Enumerable.Range(0, x.Count).OrderBy(i => x[i]).ToArray();
        _x = order.Select(i => x[i]).ToArray();
        _y = order.Select(i => y[i]).ToArray();
        for (var i = 1; i < _x.Length; i++)
            if (_x[i] == _x[i - 1])
                throw new ArgumentException($"x[{order[i]}] = {_x[i]} repeats an earlier point: points must be unique.", nameof(x));
        Kind = kind;
        // scipy needs k+1 points for a spline of order k; with fewer we fall back to linear (see docs/emulator.md).
        if (kind is InterpolationKind.Cubic or InterpolationKind.Quadratic && _x.Length >= 4)
            _spline = CubicSpline.InterpolateNatural(_x, _y);
    }

    /// <summary>The interpolation kind.</summary>
    public InterpolationKind Kind { get; }

    /// <summary>First abscissa.</summary>
    public double Start => _x[0];

    /// <summary>Last abscissa.</summary>
    public double End => _x[^1];

    /// <summary>The sorted abscissae.</summary>
    public IReadOnlyList<double> X => _x;

    /// <summary>The ordinates, in the order of <see cref="X"/>.</summary>
    public IReadOnlyList<double> Y => _y;

    /// <summary>The curve at <paramref name="x"/> (0 outside [<see cref="Start"/>, <see cref="End"/>]).</summary>
    public double Evaluate(double x)
    {
        if (double.IsNaN(x) || x < _x[0] || x > _x[^1]) return 0;
        if (_x.Length == 1) return _y[0];
        if (_spline is not null) return _spline.Interpolate(x);
        var i = Array.BinarySearch(_x, x);
        if (i >= 0) return _y[i];
        var hi = ~i;
        var lo = hi - 1;
        return Kind switch
        {
            InterpolationKind.Zero or InterpolationKind.Previous => _y[lo],
            InterpolationKind.Next => _y[hi],
            // scipy 'nearest' rounds half down.
            InterpolationKind.Nearest => x - _x[lo] <= _x[hi] - x ? _y[lo] : _y[hi],
            _ => _y[lo] + (_y[hi] - _y[lo]) * (x - _x[lo]) / (_x[hi] - _x[lo]),
        };
    }
}
