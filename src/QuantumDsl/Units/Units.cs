using QuantumDsl.Analog;

namespace QuantumDsl;

/// <summary>
/// Unit conversions for values passed to DSL arguments whose unit differs from a <c>[Param]</c>'s <c>Unit</c>
/// (QDSL206 inserts them). Each helper has a <see cref="double"/> form (matter experiments, constants) and an
/// <see cref="Expr"/> form (analog variables such as <c>v.Detuning</c>, which stay symbolic in the sequence).
/// </summary>
public static class Units
{
    private const double TwoPi = 2 * Math.PI;

    /// <summary>Converts a frequency in MHz to an angular frequency in rad/µs (× 2π).</summary>
    /// <param name="value">The value in MHz.</param>
    /// <returns>The value in rad/µs.</returns>
    [UnitConversion("MHz", "rad/µs", TwoPi)]
    public static double MHzToRadPerUs(double value) => value * (TwoPi);

    /// <summary>Converts a frequency in MHz to an angular frequency in rad/µs (× 2π), symbolically.</summary>
    /// <param name="value">The expression in MHz.</param>
    /// <returns>The expression in rad/µs.</returns>
    [UnitConversion("MHz", "rad/µs", TwoPi)]
    public static Expr MHzToRadPerUs(Expr value) => value * (TwoPi);

    /// <summary>Converts a frequency in kHz to an angular frequency in rad/µs (× 2π / 1000).</summary>
    /// <param name="value">The value in kHz.</param>
    /// <returns>The value in rad/µs.</returns>
    [UnitConversion("kHz", "rad/µs", TwoPi / 1000)]
    public static double KHzToRadPerUs(double value) => value * (TwoPi / 1000);

    /// <summary>Converts a frequency in kHz to an angular frequency in rad/µs (× 2π / 1000), symbolically.</summary>
    /// <param name="value">The expression in kHz.</param>
    /// <returns>The expression in rad/µs.</returns>
    [UnitConversion("kHz", "rad/µs", TwoPi / 1000)]
    public static Expr KHzToRadPerUs(Expr value) => value * (TwoPi / 1000);

    /// <summary>Converts an angular frequency in rad/µs to a frequency in MHz (÷ 2π).</summary>
    /// <param name="value">The value in rad/µs.</param>
    /// <returns>The value in MHz.</returns>
    [UnitConversion("rad/µs", "MHz", 1 / TwoPi)]
    public static double RadPerUsToMHz(double value) => value * (1 / TwoPi);

    /// <summary>Converts an angular frequency in rad/µs to a frequency in MHz (÷ 2π), symbolically.</summary>
    /// <param name="value">The expression in rad/µs.</param>
    /// <returns>The expression in MHz.</returns>
    [UnitConversion("rad/µs", "MHz", 1 / TwoPi)]
    public static Expr RadPerUsToMHz(Expr value) => value * (1 / TwoPi);

    /// <summary>Converts kHz to MHz (÷ 1000).</summary>
    /// <param name="value">The value in kHz.</param>
    /// <returns>The value in MHz.</returns>
    [UnitConversion("kHz", "MHz", 0.001)]
    public static double KHzToMHz(double value) => value * (0.001);

    /// <summary>Converts kHz to MHz (÷ 1000), symbolically.</summary>
    /// <param name="value">The expression in kHz.</param>
    /// <returns>The expression in MHz.</returns>
    [UnitConversion("kHz", "MHz", 0.001)]
    public static Expr KHzToMHz(Expr value) => value * (0.001);

    /// <summary>Converts MHz to kHz (× 1000).</summary>
    /// <param name="value">The value in MHz.</param>
    /// <returns>The value in kHz.</returns>
    [UnitConversion("MHz", "kHz", 1000)]
    public static double MHzToKHz(double value) => value * (1000);

    /// <summary>Converts MHz to kHz (× 1000), symbolically.</summary>
    /// <param name="value">The expression in MHz.</param>
    /// <returns>The expression in kHz.</returns>
    [UnitConversion("MHz", "kHz", 1000)]
    public static Expr MHzToKHz(Expr value) => value * (1000);

    /// <summary>Converts µs to ns (× 1000).</summary>
    /// <param name="value">The value in µs.</param>
    /// <returns>The value in ns.</returns>
    [UnitConversion("µs", "ns", 1000)]
    public static double UsToNs(double value) => value * (1000);

    /// <summary>Converts µs to ns (× 1000), symbolically.</summary>
    /// <param name="value">The expression in µs.</param>
    /// <returns>The expression in ns.</returns>
    [UnitConversion("µs", "ns", 1000)]
    public static Expr UsToNs(Expr value) => value * (1000);

    /// <summary>Converts ms to ns (× 10⁶).</summary>
    /// <param name="value">The value in ms.</param>
    /// <returns>The value in ns.</returns>
    [UnitConversion("ms", "ns", 1e6)]
    public static double MsToNs(double value) => value * (1e6);

    /// <summary>Converts ms to ns (× 10⁶), symbolically.</summary>
    /// <param name="value">The expression in ms.</param>
    /// <returns>The expression in ns.</returns>
    [UnitConversion("ms", "ns", 1e6)]
    public static Expr MsToNs(Expr value) => value * (1e6);

    /// <summary>Converts ns to µs (÷ 1000).</summary>
    /// <param name="value">The value in ns.</param>
    /// <returns>The value in µs.</returns>
    [UnitConversion("ns", "µs", 0.001)]
    public static double NsToUs(double value) => value * (0.001);

    /// <summary>Converts ns to µs (÷ 1000), symbolically.</summary>
    /// <param name="value">The expression in ns.</param>
    /// <returns>The expression in µs.</returns>
    [UnitConversion("ns", "µs", 0.001)]
    public static Expr NsToUs(Expr value) => value * (0.001);

    /// <summary>Converts ms to µs (× 1000).</summary>
    /// <param name="value">The value in ms.</param>
    /// <returns>The value in µs.</returns>
    [UnitConversion("ms", "µs", 1000)]
    public static double MsToUs(double value) => value * (1000);

    /// <summary>Converts ms to µs (× 1000), symbolically.</summary>
    /// <param name="value">The expression in ms.</param>
    /// <returns>The expression in µs.</returns>
    [UnitConversion("ms", "µs", 1000)]
    public static Expr MsToUs(Expr value) => value * (1000);

    /// <summary>Converts µs to ms (÷ 1000).</summary>
    /// <param name="value">The value in µs.</param>
    /// <returns>The value in ms.</returns>
    [UnitConversion("µs", "ms", 0.001)]
    public static double UsToMs(double value) => value * (0.001);

    /// <summary>Converts µs to ms (÷ 1000), symbolically.</summary>
    /// <param name="value">The expression in µs.</param>
    /// <returns>The expression in ms.</returns>
    [UnitConversion("µs", "ms", 0.001)]
    public static Expr UsToMs(Expr value) => value * (0.001);

    /// <summary>Converts nm to µm (÷ 1000).</summary>
    /// <param name="value">The value in nm.</param>
    /// <returns>The value in µm.</returns>
    [UnitConversion("nm", "µm", 0.001)]
    public static double NmToUm(double value) => value * (0.001);

    /// <summary>Converts nm to µm (÷ 1000), symbolically.</summary>
    /// <param name="value">The expression in nm.</param>
    /// <returns>The expression in µm.</returns>
    [UnitConversion("nm", "µm", 0.001)]
    public static Expr NmToUm(Expr value) => value * (0.001);
}
