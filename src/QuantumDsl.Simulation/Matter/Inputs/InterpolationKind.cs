namespace QuantumDsl.Simulation.Matter.Inputs;

/// <summary>
/// How a schedule is interpolated between its points: the scipy <c>interp1d</c> kinds the Oqtant schema maps its
/// <c>InterpolationType</c> to (OFF→<see cref="Zero"/>, SMOOTH→<see cref="Cubic"/>, STEP→<see cref="Previous"/>,
/// every other value by name).
/// </summary>
public enum InterpolationKind
{
    /// <summary>Piecewise linear.</summary>
    Linear,
    /// <summary>Piecewise linear (scipy's first-order spline; same values as <see cref="Linear"/>).</summary>
    SLinear,
    /// <summary>Zeroth-order spline: holds the previous point's value.</summary>
    Zero,
    /// <summary>Holds the previous point's value.</summary>
    Previous,
    /// <summary>Takes the next point's value.</summary>
    Next,
    /// <summary>Takes the nearest point's value.</summary>
    Nearest,
    /// <summary>Quadratic spline (evaluated here with the cubic spline; see docs/emulator.md).</summary>
    Quadratic,
    /// <summary>Cubic spline.</summary>
    Cubic,
}
