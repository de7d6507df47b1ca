using QuantumDsl.Analog;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl;

/// <summary>
/// What an analog sweep learns from the device specs the service publishes (<see cref="SweepRunOptions.CheckPublishedDeviceSpecs"/>):
/// whether they drift from the compiled device, and the sequence moved onto the published device to validate points.
/// </summary>
/// <param name="Status"><c>DEVICE_SPECS_DRIFT</c>, <c>DEVICE_SPECS_MISSING</c>, or null when the published device is the compiled one.</param>
/// <param name="Message">What differs or is missing, or null.</param>
/// <param name="DeviceType">The device type checked, or null.</param>
/// <param name="Published">The sequence on the published device, or null when there is none to validate against.</param>
/// <param name="Refusal">Why no point can run on the published device (a declared channel it lacks), or null.</param>
internal sealed record PublishedDeviceCheck(string? Status, string? Message, string? DeviceType, AnalogSequence? Published, string? Refusal)
{
    public const string Drift = "DEVICE_SPECS_DRIFT";
    public const string Missing = "DEVICE_SPECS_MISSING";

    public static async Task<PublishedDeviceCheck> RunAsync(PasqalClient client, AnalogSequence sequence, string? deviceType,
        CancellationToken cancellationToken)
    {
        var compiled = sequence.Device;
        deviceType ??= compiled.CloudDeviceType;
        if (deviceType is null)
        {
            PasqalClient.LogDeviceSpecsMissing(client.Logger, "(none)", "-", compiled.Name);
            return new PublishedDeviceCheck(Missing,
                $"{compiled.Name} has no Pasqal device type, so no published specs apply; set SweepRunOptions.PasqalDeviceType", null, null, null);
        }

        var specs = await client.GetDeviceSpecsAsync(cancellationToken).ConfigureAwait(false);
        if (!specs.TryGetValue(deviceType, out var published))
        {
            var names = string.Join(", ", specs.Keys);
            PasqalClient.LogDeviceSpecsMissing(client.Logger, deviceType, names, compiled.Name);
            return new PublishedDeviceCheck(Missing, $"the service publishes no specs for {deviceType} (published: {names})", deviceType, null, null);
        }

        var differences = DeviceDifference.Between(compiled, published);
        string? status = null, message = null;
        if (differences.Count > 0)
        {
            var list = string.Join("; ", differences);
            PasqalClient.LogDeviceSpecsDrift(client.Logger, deviceType, compiled.Name, differences.Count, list);
            (status, message) = (Drift, $"the {deviceType} specs the service publishes differ from the compiled {compiled.Name}: {list}");
        }

        return Move(status, message, deviceType, sequence, published);
    }

    /// <summary>This check for another sequence of the same sweep (a structure sweep): the same device, the other sequence moved onto it.</summary>
    public PublishedDeviceCheck For(AnalogSequence sequence) => Published is { } published
        ? Move(Status, Message, DeviceType!, sequence, published.Device)
        : this;

    private static PublishedDeviceCheck Move(string? status, string? message, string deviceType, AnalogSequence sequence, Device published)
    {
        try
        {
            return new PublishedDeviceCheck(status, message, deviceType, sequence.OnDevice(published), null);
        }
        catch (ExperimentValidationException e)
        {
            return new PublishedDeviceCheck(status, message, deviceType, null,
                $"the sequence cannot run on the published {deviceType} device: {string.Join("; ", e.Violations.Select(v => v.Message))}");
        }
    }
}
