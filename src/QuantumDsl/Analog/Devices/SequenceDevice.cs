namespace QuantumDsl.Analog;

/// <summary>Moves a sequence to another description of its device, for example the specs the Pasqal service publishes.</summary>
public static class SequenceDevice
{
    /// <summary>
    /// The same sequence on <paramref name="device"/>: each declared channel is bound to the device's channel of the same
    /// id, so <see cref="AnalogSequence.Validate"/> and the schedule use <paramref name="device"/>'s limits, and the
    /// sequence is written with <paramref name="device"/> embedded.
    /// </summary>
    /// <exception cref="ExperimentValidationException">A declared channel is not on <paramref name="device"/> (one violation per channel).</exception>
    public static AnalogSequence OnDevice(this AnalogSequence sequence, Device device)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentNullException.ThrowIfNull(device);
        var violations = new List<Violation>();
        var channels = new List<DeclaredChannel>();
        foreach (var declared in sequence.Channels)
        {
            if (device.FindChannel(declared.Channel.Id) is { } channel)
            {
                channels.Add(declared with { Channel = channel });
            }
            else
            {
                violations.Add(Violation.Rule($"channels.{declared.Name}", declared.Channel.Id,
                    $"is not a channel of {device.Name}; its channels: {string.Join(", ", device.Channels.Select(c => c.Id))}"));
            }
        }

        ExperimentValidationException.ThrowIfAny(violations);
        return new AnalogSequence(sequence.Name, device, sequence.Register, sequence.Variables, channels, sequence.Operations,
            sequence.Measurement, sequence.Layout)
        {
            MappableDefaultTraps = sequence.MappableDefaultTraps,
            LayoutJson = sequence.LayoutJson,
            ExtraFields = sequence.ExtraFields,
            SlmMaskTargets = sequence.SlmMaskTargets,
        };
    }
}
