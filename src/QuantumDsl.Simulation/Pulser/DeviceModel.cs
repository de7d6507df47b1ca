namespace QuantumDsl.Simulation.Pulser;

/// <summary>What the emulator needs of a device: interaction coefficient, duration limit and channels.</summary>
internal sealed record DeviceModel(string Name, double InteractionCoeff, int MaxSequenceDurationNs, IReadOnlyDictionary<string, ChannelModel> Channels);

/// <summary>What the emulator needs of a channel (0 means "no limit" for maxima).</summary>
internal sealed record ChannelModel(
    string Id, string Basis, bool IsLocal, double MaxAmplitude, double MaxAbsDetuning, double MinAverageAmplitude,
    int ClockPeriodNs, int MinDurationNs, int MaxDurationNs, int MinRetargetIntervalNs, int FixedRetargetNs, int MaxTargets);
