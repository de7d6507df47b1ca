using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>
/// The values of an output: either <see cref="NonPlotOutput"/> (time-of-flight imaging) or <see cref="PlotOutput"/>
/// (in-trap imaging). On the wire there is no discriminator: an object with <c>it_plot</c> is a plot output.
/// </summary>
[JsonConverter(typeof(OutputValuesConverter))]
public abstract record OutputValues;
