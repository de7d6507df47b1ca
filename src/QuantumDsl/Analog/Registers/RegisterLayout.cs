namespace QuantumDsl.Analog;

/// <summary>
/// A 2D trap layout (Pulser <c>RegisterLayout</c>): trap coordinates in µm, sorted by x then y as Pulser numbers them.
/// Written as the sequence's <c>layout</c> when the device requires one.
/// </summary>
public sealed class RegisterLayout
{
    internal RegisterLayout(IEnumerable<(double X, double Y)> traps, string? slug = null, bool sort = true)
    {
        Traps = sort ? traps.OrderBy(t => t.X).ThenBy(t => t.Y).ToList() : traps.ToList();
        Slug = slug;
    }

    /// <summary>Trap coordinates (µm), sorted by x then y.</summary>
    public IReadOnlyList<(double X, double Y)> Traps { get; }

    /// <summary>Optional name of the layout.</summary>
    public string? Slug { get; }
}
