using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace QuantumDsl.Client;

/// <summary>The client's ActivitySource and Meter, both named <see cref="Name"/> (subscribe with OpenTelemetry).</summary>
public static class ClientTelemetry
{
    /// <summary>Name of the ActivitySource and the Meter.</summary>
    public const string Name = "QuantumDsl.Client";

    internal static readonly ActivitySource Source = new(Name, "0.1.0");
    internal static readonly Meter Meter = new(Name, "0.1.0");
    internal static readonly Counter<long> Requests = Meter.CreateCounter<long>("quantumdsl.client.requests", description: "Logical service calls (before retries).");
    internal static readonly Counter<long> PointsCompleted = Meter.CreateCounter<long>("quantumdsl.client.points_completed", description: "Sweep points that finished.");
}
