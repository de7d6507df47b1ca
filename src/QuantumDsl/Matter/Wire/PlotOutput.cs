using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>Output of an in-trap (IN_TRAP) image: <c>{it_plot}</c>.</summary>
public sealed record PlotOutput : OutputValues
{
    /// <summary>The in-trap OD image (hardware 148×503, 0.344 µm per pixel) (<c>it_plot</c>).</summary>
    [JsonPropertyName("it_plot")]
    public required Image ItPlot { get; init; }
}
