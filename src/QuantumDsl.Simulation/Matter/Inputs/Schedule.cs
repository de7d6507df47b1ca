using MathNet.Numerics.Interpolation;

namespace QuantumDsl.Simulation.Matter.Inputs;

/// <summary>
/// A sampled curve y(x) evaluated like scipy <c>interp1d(x, y, kind, bounds_error=False, fill_value=0)</c>:
/// interpolated inside [x₀, xₙ] and 0 outside. Points are sorted by x on construction (a stable sort, so points with
/// the same x keep their order). A repeated x is a step, as the service's landscapes and barriers use it: the curve
/// arrives at the step on the first of the repeated points' values and leaves on the last. At the step itself it
/// takes the first value (the last one for <see cref="InterpolationKind.Previous"/> and <see cref="InterpolationKind.Zero"/>),
/// as scipy does; spline kinds are fitted separately on each side of a step.
/// </summary>
public sealed class Schedule
{
    private readonly double[] _x;
    private readonly double[] _y;

    // The spline of the piece each segment [x_i, x_i+1] belongs to (null: linear), for the spline kinds.
    private readonly IInterpolation?[]? _splines;

    /// <summary>Builds the curve; <paramref name="x"/> and <paramref name="y"/> must have the same non-zero length of finite values.</summary>
    public Schedule(IReadOnlyList<double> x, IReadOnlyList<double> y, InterpolationKind kind)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count == 0 || x.Count != y.Count)
            throw new ArgumentException($"x has {x.Count} points and y has {y.Count}: both need the same non-zero length.", nameof(y));
        for (var i = 0; i < x.Count; i++)
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i]))
                throw new ArgumentException($"point {i} is ({x[i]}, {y[i]}): points must be finite.", nameof(x));
        var order = Enumerable.Range(0, x.Count).OrderBy(i => x[i]).ToArray(); // OrderBy is stable
        _x = order.Select(i => x[i]).ToArray();
        _y = order.Select(i => y[i]).ToArray();
        Kind = kind;
        if (kind is InterpolationKind.Cubic or InterpolationKind.Quadratic)
            _splines = PieceSplines(_x, _y);
    }

    /// <summary>The interpolation kind.</summary>
    public InterpolationKind Kind { get; }

    /// <summary>First abscissa.</summary>
    public double Start => _x[0];

    /// <summary>Last abscissa.</summary>
    public double End => _x[^1];

    /// <summary>The sorted abscissae (a repeated value is a step).</summary>
    public IReadOnlyList<double> X => _x;

    /// <summary>The ordinates, in the order of <see cref="X"/>.</summary>
    public IReadOnlyList<double> Y => _y;

    /// <summary>The abscissae where the curve steps (values that appear more than once in <see cref="X"/>).</summary>
    public IEnumerable<double> Steps => _x.Where((v, i) => i > 0 && v == _x[i - 1]).Distinct();

    /// <summary>The curve at <paramref name="x"/> (0 outside [<see cref="Start"/>, <see cref="End"/>]).</summary>
    public double Evaluate(double x)
    {
        if (double.IsNaN(x) || x < _x[0] || x > _x[^1]) return 0;
        if (_x.Length == 1) return _y[0];
        var first = LowerBound(x);
        if (_x[first] == x)
        {
            // On a point: the first of the points at x, or the last one for the hold-previous kinds.
            if (Kind is not (InterpolationKind.Zero or InterpolationKind.Previous)) return _y[first];
            var last = first;
            while (last + 1 < _x.Length && _x[last + 1] == x) last++;
            return _y[last];
        }

        // Strictly inside (x[lo], x[hi]): lo is the last point of its x, hi the first of its x.
        var hi = first;
        var lo = hi - 1;
        return Kind switch
        {
            InterpolationKind.Zero or InterpolationKind.Previous => _y[lo],
            InterpolationKind.Next => _y[hi],
            // scipy 'nearest' rounds half down.
            InterpolationKind.Nearest => x - _x[lo] <= _x[hi] - x ? _y[lo] : _y[hi],
            _ when _splines?[lo] is { } spline => spline.Interpolate(x),
            _ => _y[lo] + (_y[hi] - _y[lo]) * (x - _x[lo]) / (_x[hi] - _x[lo]),
        };
    }

    /// <summary>Index of the first point with abscissa ≥ <paramref name="x"/> (x is inside the range).</summary>
    private int LowerBound(double x)
    {
        int lo = 0, hi = _x.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_x[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// A natural cubic spline per piece between steps. scipy needs k+1 points for a spline of order k; a piece with
    /// fewer than 4 points stays linear (see docs/emulator.md).
    /// </summary>
    private static IInterpolation?[] PieceSplines(double[] x, double[] y)
    {
        var splines = new IInterpolation?[x.Length];
        var start = 0;
        for (var i = 1; i <= x.Length; i++)
        {
            if (i < x.Length && x[i] != x[i - 1]) continue;
            var count = i - start;
            if (count >= 4)
            {
                var spline = CubicSpline.InterpolateNatural(x[start..i], y[start..i]);
                for (var j = start; j < i - 1; j++) splines[j] = spline;
            }
            start = i;
        }
        return splines;
    }
}
